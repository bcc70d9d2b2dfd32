// Turns a smoke run into findings: a timeout and a smoke-test failure are decided here,
// loader messages are classified by the loader parser.
import type { Diagnostic } from '../diagnostic.ts';
import { parseLoadOutput } from '../parse/loader.ts';
import type { SmokeResult, StepName, LoadAs } from './smoke.ts';
import { IMPORT_TIMEOUT_MS } from './python-worker.ts';

const STEP_TEXT: Record<StepName, string> = {
  'import-tensorflow': 'import tensorflow',
  load: 'loading the library',
  'smoke-test': 'the smoke test',
};

export function smokeDiagnostics(
  smoke: SmokeResult,
  context: { library: string; timeoutMs: number; loadAs: LoadAs; standalone?: boolean },
): Diagnostic[] {
  const { run } = smoke;
  if (run.spawnError) {
    return [
      {
        severity: 'error',
        kind: 'other',
        stage: 'smoke',
        title: 'Python could not be started',
        message: `Starting the Python interpreter for the load failed: ${run.spawnError.message}.`,
        fix: "Check the 'python' input: a command on PATH, or a path from the repository root.",
      },
    ];
  }
  const failedStep = smoke.steps.find((s) => s.status === 'failed');
  if (run.timedOut) {
    const where = smoke.unfinishedStep ? STEP_TEXT[smoke.unfinishedStep] : 'Python';
    // The import before the load has a limit of its own, not smoke-timeout.
    const limitMs = smoke.unfinishedStep === 'import-tensorflow' ? IMPORT_TIMEOUT_MS : context.timeoutMs;
    return [
      {
        severity: 'error',
        kind: 'timeout',
        stage: 'smoke',
        title: `Timed out in ${where}`,
        message: `${where} did not finish within ${limitMs / 1000} s and was stopped. A Go init() or an exported function that blocks, or a deadlock between the Go runtime and TensorFlow's threads, looks like this.`,
        fix:
          limitMs === context.timeoutMs
            ? `Look at what ${where} waits for; raise smoke-timeout only if the work is genuinely slow.`
            : `Look at what ${where} waits for.`,
      },
    ];
  }
  if (failedStep?.step === 'smoke-test') {
    return [
      {
        severity: 'error',
        kind: 'python-exception',
        stage: 'smoke',
        title: 'Smoke test failed',
        message: `The smoke test raised ${failedStep.error ?? 'an exception'}. The traceback is in the log and the summary.`,
        raw: failedStep.traceback ? failedStep.traceback.trimEnd().split('\n').slice(-20) : undefined,
      },
    ];
  }
  const parsed = parseLoadOutput({
    output: run.combined,
    exitCode: run.exitCode,
    signal: run.signal,
    timedOut: run.timedOut,
    library: context.library,
    mode: context.loadAs,
  });
  if (parsed.length > 0) return parsed;
  return [
    {
      severity: 'error',
      kind: 'other',
      stage: 'smoke',
      title: failedStep ? `Failed in ${STEP_TEXT[failedStep.step]}` : 'Python exited with an error',
      message:
        failedStep?.error ??
        `Python exited with ${run.exitCode ?? run.signal} while ${smoke.unfinishedStep ? STEP_TEXT[smoke.unfinishedStep] : 'running'}.`,
    },
  ];
}
