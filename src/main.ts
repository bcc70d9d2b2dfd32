// The action's entry, and the only module that talks to the runner (@actions/core): reads
// the inputs, runs the pipeline with a log that writes to the runner, and hands the
// outputs, annotations and summary that src/outputs.ts makes to the runner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { readInputs, readMode, readMatrixInputs, type InputGetter } from './inputs.ts';
import { InputError } from './input-error.ts';
import { buildMatrix } from './setup/matrix.ts';
import { runPipeline } from './pipeline.ts';
import { runSetupMode } from './setup-mode.ts';
import type { JobExports } from './setup/job-exports.ts';
import { reportRun } from './outputs.ts';
import { CACHE_STATE_NAME, encodeCacheState } from './cache-state.ts';
import { repoBlobUrl } from './report/summary.ts';
import { createRawEcho, neutralizeCommands } from './util/raw-output.ts';
import type { Log } from './log.ts';

export const actionLog: Log = {
  info: (m) => core.info(neutralizeCommands(m)),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
  rawEcho: () => createRawEcho((text) => process.stdout.write(text), { guard: true }),
};

/** mode: matrix installs and builds nothing: it only writes the compatible combinations. */
function writeMatrix(get: InputGetter): void {
  const matrix = buildMatrix(readMatrixInputs(get));
  core.setOutput('matrix', JSON.stringify(matrix));
  core.info(`${matrix.include.length} compatible combinations:`);
  for (const entry of matrix.include) core.info(`  TensorFlow ${entry.tensorflow}, Python ${entry.python}, Go ${entry.go}`);
}

/** mode: setup: the environment for the job's later steps (GITHUB_ENV, GITHUB_PATH). */
function exportForLaterSteps(exports: JobExports): void {
  for (const [name, value] of Object.entries(exports.env)) core.exportVariable(name, value);
  // Each addPath goes in front: add the last folder first so that the first ends up first.
  for (const dir of [...exports.path].reverse()) core.addPath(dir);
}

export async function run(): Promise<void> {
  try {
    const get: InputGetter = (name) => core.getInput(name);
    const mode = readMode(get);
    if (mode === 'matrix') {
      writeMatrix(get);
      return;
    }
    const inputs = readInputs(get, { workspace: process.env.GITHUB_WORKSPACE || process.cwd(), mode });
    const result = mode === 'setup' ? await runSetupMode(inputs, actionLog) : await runPipeline(inputs, actionLog, {
      // The job's later steps use the same Go, and cannot make it fetch another toolchain.
      onGoReady: (go) => {
        core.addPath(path.join(go.goroot, 'bin'));
        core.exportVariable('GOTOOLCHAIN', 'local');
      },
    });
    const exports = (result as { exports?: JobExports }).exports;
    if (exports) exportForLaterSteps(exports);
    // For the post step (dist/post.js), which saves them once the job has succeeded.
    if (result.cacheState) core.saveState(CACHE_STATE_NAME, encodeCacheState(result.cacheState));
    const report = await reportRun(inputs, result, { reportRoot: process.env.RUNNER_TEMP || os.tmpdir(), repoUrl: repoBlobUrl(process.env) });
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value);
    for (const a of report.annotations) {
      if (a.severity === 'error') core.error(a.message, a.properties);
      else if (a.severity === 'warning') core.warning(a.message, a.properties);
      else core.notice(a.message, a.properties);
    }
    if (process.env.GITHUB_STEP_SUMMARY) await fs.promises.appendFile(process.env.GITHUB_STEP_SUMMARY, report.summary);
    const { outcome, message } = report.verdict;
    if (outcome === 'passed') core.info(message);
    else if (outcome === 'reported') core.warning(message);
    else core.setFailed(message);
  } catch (error) {
    core.setOutput('result', 'failed');
    if (error instanceof InputError) {
      core.setFailed(error.message);
      return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    core.debug(err.stack ?? '');
    core.setFailed(`tf-cgo-verify stopped on an unexpected error: ${err.message}. Please report it with the debug log.`);
  }
}
