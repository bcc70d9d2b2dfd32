// Runs the load check and the user's smoke test in a Python subprocess with a timeout,
// and reads back which steps passed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess, type RunResult } from '../util/process.ts';
import { LOAD_SCRIPT } from './load-script.ts';
import type { SmokeTest } from '../inputs.ts';

export type LoadAs = 'ctypes' | 'ctypes-global' | 'op-library';
export type StepName = 'import-tensorflow' | 'load' | 'smoke-test';

export interface StepRecord {
  step: StepName;
  status: 'started' | 'passed' | 'failed';
  error?: string;
  traceback?: string;
  version?: string;
  /** load as op-library: the op names the library registered. */
  ops?: string[];
}

export interface SmokeRequest {
  python: string;
  library: string;
  loadAs: LoadAs;
  importTensorflow: boolean;
  smokeTest?: SmokeTest;
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  tempDir: string;
  onOutput?: (chunk: string) => void;
}

export interface SmokeResult {
  ok: boolean;
  steps: StepRecord[];
  /** The step that started but never finished: where a hang or crash happened. */
  unfinishedStep?: StepName;
  run: RunResult;
}

/** Pure: folds the result file's lines into the last record of each step. */
export function stepsFromRecords(text: string): { steps: StepRecord[]; unfinished?: StepName } {
  const latest = new Map<StepName, StepRecord>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line) as StepRecord;
      latest.set(record.step, record);
    } catch {
      // A half-written line from a process killed mid-write: ignore it.
    }
  }
  const steps = [...latest.values()];
  const unfinished = steps.find((s) => s.status === 'started')?.step;
  return { steps, unfinished };
}

export async function runSmoke(request: SmokeRequest): Promise<SmokeResult> {
  const dir = await fs.promises.mkdtemp(path.join(request.tempDir, 'tf-cgo-verify-smoke-'));
  const script = path.join(dir, 'tf_cgo_verify_load.py');
  const resultFile = path.join(dir, 'result.jsonl');
  await fs.promises.writeFile(script, LOAD_SCRIPT);
  let smokeFile: string | undefined;
  if (request.smokeTest?.kind === 'file') smokeFile = request.smokeTest.path;
  if (request.smokeTest?.kind === 'inline') {
    smokeFile = path.join(dir, 'smoke_test.py');
    await fs.promises.writeFile(smokeFile, request.smokeTest.code);
  }
  const env: NodeJS.ProcessEnv = {
    ...request.env,
    TF_CGO_LIBRARY: request.library,
    TF_CGO_VERIFY_RESULT: resultFile,
    TF_CGO_VERIFY_LOAD_AS: request.loadAs,
    TF_CGO_VERIFY_IMPORT_TF: request.importTensorflow ? '1' : '0',
    TF_CGO_VERIFY_SMOKE_FILE: smokeFile ?? '',
    TF_CGO_VERIFY_SMOKE_IMPORT_DIR: request.smokeTest?.kind === 'file' ? path.dirname(request.smokeTest.path) : request.cwd,
    PYTHONUNBUFFERED: '1',
    // TensorFlow's INFO lines (oneDNN, CPU features) on every load are noise unless debugging.
    TF_CPP_MIN_LOG_LEVEL: request.env.TF_CPP_MIN_LOG_LEVEL ?? (request.env.RUNNER_DEBUG === '1' ? '0' : '1'),
  };
  const run = await runProcess(request.python, ['-X', 'faulthandler', script], {
    cwd: request.cwd,
    env,
    timeoutMs: request.timeoutMs,
    onOutput: (chunk) => request.onOutput?.(chunk),
  });
  const records = fs.existsSync(resultFile) ? await fs.promises.readFile(resultFile, 'utf8') : '';
  await fs.promises.rm(dir, { recursive: true, force: true });
  const { steps, unfinished } = stepsFromRecords(records);
  const ok = run.exitCode === 0 && !run.timedOut && steps.every((s) => s.status === 'passed');
  return { ok, steps, unfinishedStep: unfinished, run };
}

export function defaultTempDir(): string {
  return process.env.RUNNER_TEMP || os.tmpdir();
}
