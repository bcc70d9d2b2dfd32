// The action's entry: reads inputs, runs the pipeline, and reports through @actions/core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { readInputs, readMode, readMatrixInputs, type Inputs, type InputGetter } from './inputs.ts';
import { userFacingMessage } from './errors.ts';
import { buildMatrix } from './setup/matrix.ts';
import { runPipeline, type PipelineResult } from './pipeline.ts';
import { createRawEcho, neutralizeCommands } from './util/raw-output.ts';
import type { Log } from './log.ts';
import { planAnnotations } from './report/annotations.ts';
import { renderSummary } from './report/summary.ts';
import { toSarif, toDiagnosticsJson } from './report/sarif.ts';

const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024; // leave room for other steps' markup

export const actionLog: Log = {
  info: (m) => core.info(neutralizeCommands(m)),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
  rawEcho: () => createRawEcho((text) => process.stdout.write(text), { guard: true }),
};

function repoUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = process.env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_SHA ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}` : undefined;
}

/** Symbols nothing provides, plus those only `import tensorflow` provides. */
function unresolvedSymbols(result: PipelineResult): string[] {
  const kinds = new Set(['unresolved-symbol', 'resolved-only-by-import', 'undefined-symbol', 'undefined-reference', 'not-in-tensorflow']);
  return [...new Set(result.diagnostics.filter((d) => kinds.has(d.kind) && d.symbol).map((d) => d.symbol!))].sort();
}

async function writeReports(inputs: Inputs, result: PipelineResult): Promise<void> {
  const outputs: Record<string, string> = {
    result: result.passed ? 'passed' : 'failed',
    'shared-object': result.sharedObject ?? '',
    'cgo-cflags': result.cgoEnv?.CGO_CFLAGS ?? '',
    'cgo-ldflags': result.cgoEnv?.CGO_LDFLAGS ?? '',
    'go-version': result.goVersion ?? '',
    'tensorflow-version': result.tf?.version ?? '',
    'python-version': result.tf?.pythonVersion ?? '',
    python: result.python ?? '',
    'unresolved-symbols': unresolvedSymbols(result).join(','),
    needed: result.inspection?.needed.join(',') ?? '',
    runpath: result.inspection?.runpath ?? result.inspection?.rpath ?? '',
  };
  // A folder of its own per run: two steps of one job must not share a diagnostics file.
  const reportDir = await fs.promises.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'tf-cgo-verify-'));
  const diagnosticsFile = path.join(reportDir, 'diagnostics.json');
  const meta = { result: result.passed ? ('passed' as const) : ('failed' as const), workspace: inputs.workspace };
  await fs.promises.writeFile(diagnosticsFile, JSON.stringify(toDiagnosticsJson(result.diagnostics, meta), null, 2));
  outputs.diagnostics = diagnosticsFile;
  if (inputs.sarifFile) {
    await fs.promises.mkdir(path.dirname(inputs.sarifFile), { recursive: true });
    await fs.promises.writeFile(inputs.sarifFile, JSON.stringify(toSarif(result.diagnostics, { workspace: inputs.workspace, toolVersion: '0.1.0', fallbackFile: result.pkg?.module?.goMod }), null, 2));
    outputs['sarif-file'] = inputs.sarifFile;
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

  if (inputs.annotate) {
    const plan = planAnnotations(result.diagnostics, { workspace: inputs.workspace, sarif: Boolean(inputs.sarifFile) });
    for (const a of plan.annotations) {
      if (a.severity === 'error') core.error(a.message, a.properties);
      else if (a.severity === 'warning') core.warning(a.message, a.properties);
      else core.notice(a.message, a.properties);
    }
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = renderSummary({
      result: result.passed ? 'passed' : 'failed',
      diagnostics: result.diagnostics,
      workspace: inputs.workspace,
      repoUrl: repoUrl(),
      versions: { go: result.goVersion, tensorflow: result.tf?.version, python: result.tf?.pythonVersion },
      flags: { cgoCflags: result.cgoEnv?.CGO_CFLAGS, cgoLdflags: result.cgoEnv?.CGO_LDFLAGS },
      stages: result.stages,
      sharedObject: result.sharedObject,
      rawTail: result.rawTails,
      notes: result.notes,
    }, { maxBytes: SUMMARY_LIMIT });
    await fs.promises.appendFile(process.env.GITHUB_STEP_SUMMARY, markdown);
  }
}

/** mode: matrix installs and builds nothing: it only writes the compatible combinations. */
function writeMatrix(get: InputGetter): void {
  const options = readMatrixInputs(get);
  const matrix = buildMatrix(options);
  core.setOutput('matrix', JSON.stringify(matrix));
  core.info(`${matrix.include.length} compatible combinations:`);
  for (const entry of matrix.include) core.info(`  TensorFlow ${entry.tensorflow}, Python ${entry.python}, Go ${entry.go}`);
}

export async function run(): Promise<void> {
  try {
    const get: InputGetter = (name) => core.getInput(name);
    if (readMode(get) === 'matrix') {
      writeMatrix(get);
      return;
    }
    const inputs = readInputs(get, { workspace: process.env.GITHUB_WORKSPACE || process.cwd() });
    const result = await runPipeline(inputs, actionLog);
    await writeReports(inputs, result);
    const counted = (severity: string, noun: string) => {
      const n = result.diagnostics.filter((d) => d.severity === severity).length;
      return `${n} ${noun}${n === 1 ? '' : 's'}`;
    };
    const errors = counted('error', 'error');
    const warnings = counted('warning', 'warning');
    if (result.passed) {
      core.info(`tf-cgo-verify passed (${errors}, ${warnings}).`);
    } else if (inputs.failOn === 'never') {
      core.warning(`tf-cgo-verify found ${errors} and ${warnings}; fail-on is 'never', so the step stays green.`);
    } else {
      core.setFailed(`tf-cgo-verify found ${errors} and ${warnings}: see the annotations and the job summary.`);
    }
  } catch (error) {
    const message = userFacingMessage(error);
    if (message !== undefined) {
      core.setOutput('result', 'failed');
      core.setFailed(message);
      return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    core.debug(err.stack ?? '');
    core.setOutput('result', 'failed');
    core.setFailed(`tf-cgo-verify stopped on an unexpected error: ${err.message}. Please report it with the debug log.`);
  }
}
