// What the stages of the pipeline share: the result of a stage that checks the user's code,
// and the record of how each stage went (the job summary's table).
import type { Diagnostic } from './diagnostic.ts';
import type { Log } from './log.ts';

/** The end of a tool's output, for the summary when the tool failed. */
export interface RawTail {
  title: string;
  text: string;
}

/** The result of a stage that can fail on the user's code (build, inspect, load). */
export interface CheckResult {
  /** false: the stage found an error; later stages that need its output are skipped. */
  ok: boolean;
  diagnostics: Diagnostic[];
  rawTails: RawTail[];
  /** Facts for the summary: how it was linked, RUNPATH, static TLS. */
  notes: string[];
}

/** stopped: a stage running alongside others that the run ended before it finished (its time is how long it ran). */
export type StageStatus = 'passed' | 'failed' | 'skipped' | 'stopped';

/** Where a stage's time went, when a user weighs it: "TensorFlow installed with uv", 7100. */
export interface StageSpent {
  what: string;
  /** Undefined for what was avoided rather than spent (a virtualenv reused from disk). */
  ms?: number;
}

export interface StageRecord {
  name: string;
  status: StageStatus;
  /** The stage's own time; stages that run alongside others add up to more than the run's wall time. */
  durationMs?: number;
  spent?: StageSpent;
}

const RAW_TAIL_LINES = 200;

export function tailLines(text: string, count = RAW_TAIL_LINES): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return lines.slice(-count).join('\n');
}

function failed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}

export interface Stages {
  readonly records: StageRecord[];
  /**
   * Runs a stage in a log group. A thrown error (bad input) fails it and goes on up; a result
   * with ok: false fails it. `spentOn` says from its result where its time went.
   */
  run<T>(name: string, stage: () => Promise<T>, spentOn?: (value: T) => StageSpent | undefined): Promise<T>;
  skip(name: string): undefined;
  /** A stage that runs alongside the next ones, outside their log groups: listed here, timed by the caller. */
  alongside(name: string): StageRecord;
  /** Wall time since the stages were created. */
  elapsedMs(): number;
}

export function createStages(log: Log): Stages {
  const records: StageRecord[] = [];
  const created = Date.now();
  return {
    records,
    async run(name, stage, spentOn) {
      const record: StageRecord = { name, status: 'failed' };
      records.push(record);
      const started = Date.now();
      try {
        const value = await log.group(name, stage);
        record.status = failed(value) ? 'failed' : 'passed';
        const spent = spentOn?.(value);
        if (spent) record.spent = spent;
        return value;
      } finally {
        record.durationMs = Date.now() - started;
      }
    },
    skip(name) {
      records.push({ name, status: 'skipped' });
      return undefined;
    },
    alongside(name) {
      const record: StageRecord = { name, status: 'skipped' };
      records.push(record);
      return record;
    },
    elapsedMs: () => Date.now() - created,
  };
}
