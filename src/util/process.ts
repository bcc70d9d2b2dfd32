// Runs a program from an argument array (never through a shell), collecting its output,
// with an optional timeout that kills the whole process group. startProcess also keeps the
// program's standard input open and reads a fourth pipe, for a program that waits for work.
import fs from 'node:fs';
import os from 'node:os';
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

let laterInBackground = false;
const BACKGROUND_NICE = 10;

/**
 * From now on, the programs started here run at a lower priority (nice 10). The caller has
 * started the one process whose time is the run's (the Python importing tensorflow); a
 * runner with 2 cores then gives it one of its own while go build, the C compiler and the
 * other Pythons share the other. A program in a session of its own (ownGroup) is also in a
 * scheduling group of its own on kernels with autogroups (Ubuntu's), which weighs as much as
 * any other session whatever its processes' nice: that group's nice is lowered as well.
 */
export function startLaterProcessesInBackground(): void {
  laterInBackground = true;
}

function lowerPriority(pid: number, ownGroup: boolean): void {
  try {
    // Never raise a priority: a job already run at a lower one keeps it.
    os.setPriority(pid, Math.max(BACKGROUND_NICE, os.getPriority(pid)));
    if (ownGroup) fs.writeFileSync(`/proc/${pid}/autogroup`, String(BACKGROUND_NICE));
  } catch {
    // No autogroups (the file is absent), or a system that refuses: the program runs as it would have.
  }
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process (and its children) after this many milliseconds. */
  timeoutMs?: number;
  /** Text written to standard input, which is closed afterwards. */
  input?: string;
  /** Called with each chunk of output as it arrives (stdout and stderr). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Keep at most this many characters of each stream (the tail). Default 8 MiB. */
  maxBuffer?: number;
  /** Kill the process (and its children) when this aborts: the caller no longer wants the result. */
  signal?: AbortSignal;
  /** The run waits for it as for the first import (another TensorFlow's import): it keeps the action's priority. */
  criticalPath?: boolean;
}

export interface StartOptions extends Omit<RunOptions, 'input'> {
  /** Called with what the program writes to its fd 3, a pipe kept apart from its output. */
  onChannel?: (chunk: string) => void;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in arrival order (tail-capped like the others). */
  combined: string;
  durationMs: number;
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  spawnError?: NodeJS.ErrnoException;
}

/** A program started in a process group of its own, its standard input left open. */
export interface StartedProcess {
  readonly result: Promise<RunResult>;
  write(text: string): void;
  /** Kills the group this many milliseconds from now (replacing an earlier timeout); the result then says timedOut. */
  restartTimeout(ms: number): void;
  clearTimeout(): void;
  /** Kills the whole group now. */
  kill(): void;
}

class TailBuffer {
  private text = '';
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  add(chunk: string): void {
    this.text += chunk;
    if (this.text.length > this.max * 2) this.text = this.text.slice(-this.max);
  }
  toString(): string {
    return this.text.length > this.max ? this.text.slice(-this.max) : this.text;
  }
}

/** How long output may keep arriving after the program itself has exited. */
const EXIT_GRACE_MS = 2000;

// Process groups we started that are still running: they go when this process goes, so
// that nothing we started outlives the step (an exit, or a signal such as a cancelled job's).
const liveGroups = new Set<number>();
let exitHooked = false;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function killLiveGroups(): void {
  for (const pid of liveGroups) killGroup(pid);
  liveGroups.clear();
}

function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', killLiveGroups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      killLiveGroups();
      // Then die of the signal as we would have without this handler.
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** Spawns the program; in a process group of its own (`ownGroup`), which then goes when this process goes. */
function spawnChild(command: string, args: readonly string[], options: StartOptions, ownGroup: boolean) {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.onChannel ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'],
    // Own process group, so that a timeout or kill reaches grandchildren too.
    detached: ownGroup,
  });
  if (ownGroup && child.pid !== undefined) {
    hookExit();
    liveGroups.add(child.pid);
  }
  if (laterInBackground && !options.criticalPath && child.pid !== undefined) lowerPriority(child.pid, ownGroup);
  return child;
}

/** One started program and what its pieces below share. */
interface Run {
  readonly child: ReturnType<typeof spawnChild>;
  readonly pid: number | undefined;
  /** fd 3, when the caller reads it (onChannel). */
  readonly channel: Readable | undefined;
  /** Kills the group (or the program, when it has no group of its own) now. */
  readonly killNow: () => void;
  timedOut: boolean;
  settled: boolean;
  timer: NodeJS.Timeout | undefined;
}

function startRun(command: string, args: readonly string[], options: StartOptions, ownGroup: boolean): Run {
  const child = spawnChild(command, args, options, ownGroup);
  const pid = child.pid;
  const killNow = () => {
    if (ownGroup && pid !== undefined) killGroup(pid);
    else child.kill('SIGKILL');
  };
  const channel = options.onChannel ? (child.stdio[3] as Readable) : undefined;
  return { child, pid, channel, killNow, timedOut: false, settled: false, timer: undefined };
}

type Output = Pick<RunResult, 'stdout' | 'stderr' | 'combined'>;

/** Reads stdout and stderr (tail-capped, and passed to onOutput) and fd 3 (to onChannel); returns what is kept so far. */
function collectOutput(run: Run, options: StartOptions): () => Output {
  const max = options.maxBuffer ?? 8 * 1024 * 1024;
  const out = new TailBuffer(max);
  const err = new TailBuffer(max);
  const both = new TailBuffer(max);
  const { child, channel } = run;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out.add(chunk);
    both.add(chunk);
    options.onOutput?.(chunk, 'stdout');
  });
  child.stderr.on('data', (chunk: string) => {
    err.add(chunk);
    both.add(chunk);
    options.onOutput?.(chunk, 'stderr');
  });
  if (channel) {
    channel.setEncoding('utf8');
    channel.on('data', (chunk: string) => options.onChannel?.(chunk));
  }
  return () => ({ stdout: out.toString(), stderr: err.toString(), combined: both.toString() });
}

/** The result once the program has ended and its output is read, or EXIT_GRACE_MS after it exited. */
function awaitEnd(run: Run, options: StartOptions, output: () => Output, started: number): Promise<RunResult> {
  const { child, channel } = run;
  return new Promise<RunResult>((resolve) => {
    const finish = (end: Pick<RunResult, 'exitCode' | 'signal' | 'spawnError'>) => {
      if (run.settled) return;
      run.settled = true;
      if (run.timer) clearTimeout(run.timer);
      options.signal?.removeEventListener('abort', run.killNow);
      if (run.pid !== undefined) liveGroups.delete(run.pid);
      resolve({ ...end, timedOut: run.timedOut, ...output(), durationMs: Date.now() - started });
    };
    child.on('error', (error: NodeJS.ErrnoException) => finish({ exitCode: null, signal: null, spawnError: error }));
    child.on('exit', (code, signal) => {
      if (run.timer) clearTimeout(run.timer);
      child.stdin.destroy();
      // A grandchild that outlived the program (or escaped the group kill into a session of
      // its own) can hold the output pipes open: wait a little for the rest, then stop reading.
      const grace = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        channel?.destroy();
        finish({ exitCode: code, signal });
      }, EXIT_GRACE_MS);
      grace.unref();
    });
    child.on('close', (code, signal) => finish({ exitCode: code, signal }));
  });
}

/** What the caller may do with the running program: write to it, time it out, kill it. */
function controls(run: Run): Omit<StartedProcess, 'result'> {
  const { child } = run;
  return {
    write: (text) => {
      if (!run.settled && child.stdin.writable) child.stdin.write(text);
    },
    restartTimeout: (ms) => {
      if (run.settled) return;
      if (run.timer) clearTimeout(run.timer);
      run.timer = setTimeout(() => {
        run.timedOut = true;
        run.killNow();
      }, ms);
    },
    clearTimeout: () => {
      if (run.timer) clearTimeout(run.timer);
      run.timer = undefined;
    },
    kill: () => {
      if (!run.settled) run.killNow();
    },
  };
}

function start(command: string, args: readonly string[], options: StartOptions, ownGroup: boolean, input?: string): StartedProcess {
  const started = Date.now();
  const run = startRun(command, args, options, ownGroup);
  const result = awaitEnd(run, options, collectOutput(run, options), started);
  run.child.stdin.on('error', () => undefined);
  if (input !== undefined) run.child.stdin.end(input);
  const handle = controls(run);
  if (options.timeoutMs !== undefined) handle.restartTimeout(options.timeoutMs);
  if (options.signal?.aborted) run.killNow();
  else options.signal?.addEventListener('abort', run.killNow, { once: true });
  return { result, ...handle };
}

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const ownGroup = options.timeoutMs !== undefined || options.signal !== undefined;
  return start(command, args, options, ownGroup, options.input ?? '').result;
}

/** Starts a program in a process group of its own and leaves its standard input open for write(). */
export function startProcess(command: string, args: readonly string[], options: StartOptions = {}): StartedProcess {
  return start(command, args, options, true);
}

/** The last lines a program said (or why it could not start), for an error message. */
export function outputTail(result: RunResult, lines = 15): string {
  return (result.spawnError?.message ?? result.combined).trim().split('\n').slice(-lines).join('\n');
}
