// A Python process for the loads that can start before the library exists: it imports
// tensorflow while the flags, build and inspection run, then waits for the library over
// standard input. Its output is held back until the load asks for it, so that nothing it
// prints reaches the log outside the load stage's raw-output fence; stopped, it is killed
// with its whole process group and its output is dropped.
import path from 'node:path';
import { startProcess } from '../util/process.ts';
import { LOAD_SCRIPT } from './load-script.ts';
import { stepsFromRecords, type LoadAs, type SmokeResult, type StepRecord } from './smoke.ts';
import { createLineSplitter } from '../parse/line-splitter.ts';
import type { SmokeTest } from '../inputs.ts';

export interface PythonWorkerOptions {
  python: string;
  /** Import tensorflow before the library arrives (the after-import load); false: a fresh Python. */
  importTensorflow: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface LoadOrder {
  library: string;
  loadAs: LoadAs;
  smokeTest?: SmokeTest;
  /** For the load and the smoke test, from the load's start: the import before it is not counted. */
  timeoutMs: number;
  /** The process's output, including what it printed before this order. */
  onOutput?: (chunk: string) => void;
  /**
   * The environment the load and the smoke test run in, when it differs from the one the
   * process started with (a prestarted import: setup puts Go on PATH after it started).
   */
  environment?: NodeJS.ProcessEnv;
}

export interface ImportOutcome {
  /** stopped: the run stopped before the import ended (a failed build). */
  status: 'passed' | 'failed' | 'stopped';
  /** From the start of the process to the end of the import (or of the process). */
  durationMs: number;
  /** Python's error when the import failed, e.g. "ImportError: …: undefined symbol: …". */
  error?: string;
}

export interface PythonWorker {
  /** Settles when the tensorflow import ends, or the process does. */
  readonly imported: Promise<ImportOutcome>;
  load(order: LoadOrder): Promise<SmokeResult>;
  /** Kills the process group; nothing once the process has ended. */
  stop(): void;
}

/**
 * The tensorflow import overlaps the build, so smoke-timeout does not bound it; this does,
 * so that a hung import cannot hold the job (an emulated arm64 import takes about 20 s).
 */
export const IMPORT_TIMEOUT_MS = 600_000;
const MIN_EXIT_TIMEOUT_MS = 30_000;

/** What to set and unset in os.environ to turn the `from` environment into `to`. */
export function environmentChanges(from: NodeJS.ProcessEnv, to: NodeJS.ProcessEnv): { environ: Record<string, string>; unset: string[] } {
  const environ: Record<string, string> = {};
  for (const [name, value] of Object.entries(to)) if (value !== undefined && from[name] !== value) environ[name] = value;
  const unset = Object.keys(from).filter((name) => from[name] !== undefined && to[name] === undefined);
  return { environ, unset };
}

function workerEnvironment(options: PythonWorkerOptions): NodeJS.ProcessEnv {
  return {
    ...options.env,
    TF_CGO_VERIFY_IMPORT_TF: options.importTensorflow ? '1' : '0',
    PYTHONUNBUFFERED: '1',
    // TensorFlow's INFO lines (oneDNN, CPU features) on every load are noise unless debugging.
    TF_CPP_MIN_LOG_LEVEL: options.env.TF_CPP_MIN_LOG_LEVEL ?? (options.env.RUNNER_DEBUG === '1' ? '0' : '1'),
  };
}

export function startPythonWorker(options: PythonWorkerOptions): PythonWorker {
  const started = Date.now();
  let records = '';
  let held: string[] = [];
  let sink: ((chunk: string) => void) | undefined;
  let order: LoadOrder | undefined;
  let importing = options.importTensorflow;
  let onImported: (outcome: ImportOutcome) => void = () => undefined;
  const imported = new Promise<ImportOutcome>((resolve) => {
    onImported = (outcome) => {
      importing = false;
      onImported = () => undefined;
      resolve(outcome);
    };
  });
  const onRecord = (line: string) => {
    let record: StepRecord;
    try {
      record = JSON.parse(line) as StepRecord;
    } catch {
      return; // cut short by a kill; stepsFromRecords skips it as well
    }
    if (record.step === 'import-tensorflow' && record.status !== 'started') {
      onImported({ status: record.status, durationMs: Date.now() - started, ...(record.error ? { error: record.error } : {}) });
      // Waiting for the library (the build may be slow) has no limit of its own.
      if (!order) child.clearTimeout();
    }
    if (!order) return;
    // The smoke timeout covers the load and the smoke test, not the import before them.
    if (record.step === 'load' && record.status === 'started') child.restartTimeout(order.timeoutMs);
    // Python's exit after tensorflow takes from half a second to several on a busy machine:
    // it gets a limit of its own, so that a short smoke-timeout cannot fail a passing run.
    const lastStep = order.smokeTest ? 'smoke-test' : 'load';
    if (record.step === lastStep && record.status === 'passed') child.restartTimeout(Math.max(order.timeoutMs, MIN_EXIT_TIMEOUT_MS));
  };
  const recordLines = createLineSplitter(onRecord);
  const child = startProcess(options.python, ['-X', 'faulthandler', '-c', LOAD_SCRIPT], {
    cwd: options.cwd,
    criticalPath: options.importTensorflow, // the run waits for an import of tensorflow: it does not yield to the build
    env: workerEnvironment(options),
    onOutput: (chunk) => (sink ? sink(chunk) : held.push(chunk)),
    onChannel: (chunk) => {
      records += chunk;
      recordLines.write(chunk);
    },
  });
  if (importing) child.restartTimeout(IMPORT_TIMEOUT_MS);
  const ended = child.result.then((run) => {
    onImported({ status: 'failed', durationMs: Date.now() - started });
    return run;
  });
  if (!options.importTensorflow) onImported({ status: 'passed', durationMs: 0 });
  return {
    imported,
    async load(given) {
      order = given;
      if (given.onOutput) {
        for (const chunk of held) given.onOutput(chunk);
        sink = given.onOutput;
      }
      held = [];
      const test = given.smokeTest;
      const smokeTest = test && {
        importDir: test.kind === 'file' ? path.dirname(test.path) : options.cwd,
        ...(test.kind === 'file' ? { path: test.path } : { code: test.code }),
      };
      // An import still running keeps its own limit; otherwise the clock starts now (and
      // restarts when the load starts).
      if (!importing) child.restartTimeout(given.timeoutMs);
      const environ = given.environment ? environmentChanges(options.env, given.environment) : undefined;
      child.write(`${JSON.stringify({ library: given.library, loadAs: given.loadAs, smokeTest, ...environ })}\n`);
      const run = await ended;
      const { steps, unfinished } = stepsFromRecords(records);
      const ok = run.exitCode === 0 && !run.timedOut && steps.every((s) => s.status === 'passed');
      return { ok, steps, unfinishedStep: unfinished, run };
    },
    stop() {
      onImported({ status: 'stopped', durationMs: Date.now() - started });
      child.kill();
    },
  };
}
