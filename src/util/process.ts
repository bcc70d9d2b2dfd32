// Runs a program from an argument array (never through a shell), collecting its output,
// with an optional timeout that kills the whole process group.
import { spawn } from 'node:child_process';

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

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  const max = options.maxBuffer ?? 8 * 1024 * 1024;
  const out = new TailBuffer(max);
  const err = new TailBuffer(max);
  const both = new TailBuffer(max);
  return new Promise((resolve) => {
    let timedOut = false;
    let settled = false;
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Own process group, so a timeout or an abort can kill grandchildren too.
      detached: options.timeoutMs !== undefined || options.signal !== undefined,
    });
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const onAbort = () => killGroup();
    const finish = (result: Omit<RunResult, 'stdout' | 'stderr' | 'combined' | 'durationMs' | 'timedOut'>) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({
        ...result,
        timedOut,
        stdout: out.toString(),
        stderr: err.toString(),
        combined: both.toString(),
        durationMs: Date.now() - started,
      });
    };
    let timer: NodeJS.Timeout | undefined;
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true;
        killGroup();
      }, options.timeoutMs);
    }
    if (options.signal?.aborted) killGroup();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
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
    child.on('error', (error: NodeJS.ErrnoException) => finish({ exitCode: null, signal: null, spawnError: error }));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      // A grandchild that outlived the program (or escaped the group kill into a session of
      // its own) can hold the output pipes open: wait a little for the rest, then stop reading.
      const grace = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish({ exitCode: code, signal });
      }, EXIT_GRACE_MS);
      grace.unref();
    });
    child.on('close', (code, signal) => finish({ exitCode: code, signal }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
