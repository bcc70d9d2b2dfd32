// The action's entry, and the only module that talks to the runner (@actions/core): reads
// the inputs, runs the pipeline with a log that writes to the runner, and hands the
// outputs, annotations and summary that src/outputs.ts makes to the runner. The stages and
// the reporting are imported once the inputs are read and `import tensorflow` has started
// (src/smoke/prestart.ts): loading them takes 50-100 ms that the import need not wait for.
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import {
  readInputs,
  readMode,
  readMatrixInputs,
  inputsNotForMode,
  inputsIgnoredWithLibrary,
  type InputGetter,
  type Mode,
} from './inputs.ts';
import { InputError } from './input-error.ts';
import { EnvironmentError } from './environment-error.ts';
import type { SetupModeResult } from './setup-mode.ts';
import type { JobExports } from './setup/job-exports.ts';
import type { PipelineResult } from './pipeline-result.ts';
import { CACHE_STATE_NAME, encodeCacheState } from './cache-state.ts';
import { prestartImport } from './smoke/prestart.ts';
import { createAnnotationCounter, type AnnotationCounter } from './report/annotation-count.ts';
import { unsupportedPlatform } from './platform.ts';
import { runnerTemp } from './util/temp-dir.ts';
import { createRawEcho, neutralizeCommands } from './util/raw-output.ts';
import type { GoSetupResult } from './setup/go-setup.ts';
import type { Log } from './log.ts';

export const actionLog: Log = {
  info: (m) => core.info(neutralizeCommands(m)),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
  rawEcho: () => createRawEcho((text) => process.stdout.write(text), { guard: true }),
};

/**
 * Counts every annotation the step prints from here on, whoever prints it (@actions/cache
 * calls core.warning itself), so the findings get only what is left of GitHub's limits.
 */
function countAnnotationsOnStdout(): AnnotationCounter {
  const counter = createAnnotationCounter();
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    counter.feed(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return write(chunk, ...rest);
  };
  return counter;
}

/**
 * What the job's later steps get from this one. verify: nothing, except that a Go the action
 * installed (tool cache, download, proxy) stays on PATH, as setup-go does; a Go that was
 * already on PATH needs nothing. The README's "What the action changes for later steps"
 * lists the same.
 */
function exportForLaterSteps(mode: Mode, go: GoSetupResult): void {
  if (mode === 'verify' && go.source !== 'path') core.addPath(path.join(go.goroot, 'bin'));
}

/** mode: matrix installs and builds nothing: it only writes the compatible combinations. */
async function writeMatrix(get: InputGetter): Promise<void> {
  const { buildMatrix } = await import('./setup/matrix.ts');
  const matrix = buildMatrix(readMatrixInputs(get));
  core.setOutput('matrix', JSON.stringify(matrix));
  core.info(`${matrix.include.length} compatible combinations:`);
  for (const entry of matrix.include) core.info(`  TensorFlow ${entry.tensorflow}, Python ${entry.python}, Go ${entry.go}`);
}

/** mode: setup: the environment for the job's later steps (GITHUB_ENV, GITHUB_PATH). */
function exportJobEnvironment(exports: JobExports): void {
  for (const [name, value] of Object.entries(exports.env)) core.exportVariable(name, value);
  // Each addPath goes in front: add the last folder first so that the first ends up first.
  for (const dir of [...exports.path].reverse()) core.addPath(dir);
}

/** What the run produced, by mode: only setup mode has exports for later steps. */
type ModeRun = { mode: 'setup'; result: SetupModeResult } | { mode: 'verify'; result: PipelineResult };

export interface RunOptions {
  /** Node's names for the runner's system; default process.platform and process.arch (tests inject others). */
  platform?: string;
  arch?: string;
}

export async function run(options: RunOptions = {}): Promise<void> {
  const refused = unsupportedPlatform(options.platform ?? process.platform, options.arch ?? process.arch);
  if (refused) {
    core.setOutput('result', 'failed');
    core.setFailed(refused);
    return;
  }
  const printed = countAnnotationsOnStdout();
  try {
    const get: InputGetter = (name) => core.getInput(name);
    const mode = readMode(get);
    for (const warning of inputsNotForMode(get, mode)) actionLog.warning(warning);
    if (mode === 'verify') for (const warning of inputsIgnoredWithLibrary(get)) actionLog.warning(warning);
    if (mode === 'matrix') {
      await writeMatrix(get);
      return;
    }
    const inputs = readInputs(get, { workspace: process.env.GITHUB_WORKSPACE || process.cwd(), mode });
    const prestarted = mode === 'verify' ? prestartImport(inputs) : undefined;
    const [{ runPipeline }, { runSetupMode }, { reportRun }, { repoBlobUrl }] = await Promise.all([
      import('./pipeline.ts'),
      import('./setup-mode.ts'),
      import('./outputs.ts'),
      import('./report/source-links.ts'),
    ]);
    const ran: ModeRun =
      mode === 'setup'
        ? { mode, result: await runSetupMode(inputs, actionLog) }
        : { mode, result: await runPipeline(inputs, actionLog, { prestarted, onGoReady: (go) => exportForLaterSteps(mode, go) }) };
    const { result } = ran;
    if (ran.mode === 'setup') exportJobEnvironment(ran.result.exports);
    // For the post step (dist/post.js), which saves them once the job has succeeded.
    if (result.cacheState) core.saveState(CACHE_STATE_NAME, encodeCacheState(result.cacheState));
    const report = await reportRun(inputs, result, {
      diagnostics: { root: runnerTemp() },
      repoUrl: repoBlobUrl(process.env),
      annotationsPrinted: printed.counts(),
    });
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value);
    for (const a of report.annotations) {
      if (a.severity === 'error') core.error(a.message, a.properties);
      else if (a.severity === 'warning') core.warning(a.message, a.properties);
      else core.notice(a.message, a.properties);
    }
    if (process.env.GITHUB_STEP_SUMMARY) await fs.promises.appendFile(process.env.GITHUB_STEP_SUMMARY, report.summary);
    const { outcome, message, annotate } = report.verdict;
    if (outcome === 'passed' || (outcome === 'reported' && !annotate)) core.info(message);
    else if (outcome === 'reported') core.warning(message);
    else if (annotate) core.setFailed(message);
    else {
      // The findings' annotations say what failed; the exit code alone makes the step red.
      core.info(message);
      process.exitCode = core.ExitCode.Failure;
    }
  } catch (error) {
    core.setOutput('result', 'failed');
    if (error instanceof InputError) {
      core.setFailed(error.message);
      return;
    }
    if (error instanceof EnvironmentError) {
      core.setFailed(`tf-cgo-verify could not finish: a service, tool or disk it needs failed, not your code or inputs. ${error.message}`);
      return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    core.debug(err.stack ?? '');
    core.setFailed(`tf-cgo-verify stopped on an unexpected error: ${err.message}. Please report it with the debug log.`);
  }
}
