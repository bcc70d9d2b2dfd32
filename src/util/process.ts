// Runs a program from an argument array (never through a shell), collecting its output,
// with an optional timeout that kills the whole process group. startProcess also keeps the
// program's standard input open and reads a fourth pipe, for a program that waits for work.
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

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

function start(command: string, args: readonly string[], options: StartOptions, ownGroup: boolean, input?: string): StartedProcess {
  const started = Date.now();
  const max = options.maxBuffer ?? 8 * 1024 * 1024;
  const out = new TailBuffer(max);
  const err = new TailBuffer(max);
  const both = new TailBuffer(max);
  let timedOut = false;
  let settled = false;
  let timer: NodeJS.Timeout | undefined;
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.onChannel ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'],
    // Own process group, so that a timeout or kill reaches grandchildren too.
    detached: ownGroup,
  });
  const pid = child.pid;
  if (ownGroup && pid !== undefined) {
    hookExit();
    liveGroups.add(pid);
  }
  const killNow = () => {
    if (ownGroup && pid !== undefined) killGroup(pid);
    else child.kill('SIGKILL');
  };
  const channel = options.onChannel ? (child.stdio[3] as Readable) : undefined;
  const result = new Promise<RunResult>((resolve) => {
    const finish = (end: Pick<RunResult, 'exitCode' | 'signal' | 'spawnError'>) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', killNow);
      if (pid !== undefined) liveGroups.delete(pid);
      resolve({
        ...end,
        timedOut,
        stdout: out.toString(),
        stderr: err.toString(),
        combined: both.toString(),
        durationMs: Date.now() - started,
      });
    };
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
    child.on('error', (error: NodeJS.ErrnoException) => finish({ exitCode: null, signal: null, spawnError: error }));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
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
  child.stdin.on('error', () => undefined);
  if (input !== undefined) child.stdin.end(input);
  const restartTimeout = (ms: number) => {
    if (settled) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      killNow();
    }, ms);
  };
  if (options.timeoutMs !== undefined) restartTimeout(options.timeoutMs);
  if (options.signal?.aborted) killNow();
  else options.signal?.addEventListener('abort', killNow, { once: true });
  return {
    result,
    write: (text) => {
      if (!settled && child.stdin.writable) child.stdin.write(text);
    },
    restartTimeout,
    clearTimeout: () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
    kill: () => {
      if (!settled) killNow();
    },
  };
}

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const ownGroup = options.timeoutMs !== undefined || options.signal !== undefined;
  return start(command, args, options, ownGroup, options.input ?? '').result;
}

/** Starts a program in a process group of its own and leaves its standard input open for write(). */
export function startProcess(command: string, args: readonly string[], options: StartOptions = {}): StartedProcess {
  return start(command, args, options, true);
}
