// What a load reports: the steps of the Python side (src/smoke/load-script.ts) as they
// were recorded, and how the process ended.
import type { RunResult } from '../util/process.ts';

export type LoadAs = 'ctypes' | 'ctypes-global' | 'op-library' | 'python-module';
export type StepName = 'import-tensorflow' | 'load' | 'smoke-test';

export interface StepRecord {
  step: StepName;
  status: 'started' | 'passed' | 'failed';
  error?: string;
  traceback?: string;
  version?: string;
  /** load as op-library: the op names the library registered. */
  ops?: string[];
  /** load as python-module: the name it was imported as, from the file name. */
  module?: string;
  /** The shared objects mapped into the process once the step passed (Linux). */
  objects?: string[];
}

export interface SmokeResult {
  ok: boolean;
  steps: StepRecord[];
  /** The step that started but never finished: where a hang or crash happened. */
  unfinishedStep?: StepName;
  run: RunResult;
}

/** Pure: folds the recorded lines into the last record of each step. */
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
