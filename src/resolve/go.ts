// The go command after setup. Setup found and ran it, so failing to start it now means the
// Go installation changed under the run: the environment, not an input. A `go list` that runs
// and fails on the user's package is about the inputs that name it, unless the file system
// under it failed (file-system-error.ts).
import { EnvironmentError } from '../environment-error.ts';
import { InputError } from '../input-error.ts';
import { firstFileSystemFailure } from '../parse/file-system-failure.ts';
import { fileSystemError } from './file-system-error.ts';
import { runProcess } from '../util/process.ts';
import { splitWords } from '../util/words.ts';

export function goVanished(spawnError: Error & { code?: string }): EnvironmentError {
  return new EnvironmentError(
    'go',
    `cannot run go (${spawnError.code ?? spawnError.message}), which setup found earlier in this run: the Go installation changed or went away during the step. Retry the job; if it keeps failing, check what removes or replaces Go on PATH.`,
  );
}

/**
 * A failed `go list`: a file system that failed under it (Go's build cache on a read-only disk
 * or in a folder the user may not write) is the environment's; anything else is about the input.
 */
export async function goListError(
  stderr: string,
  workingDirectory: string,
  packagePath: string,
  env: NodeJS.ProcessEnv,
): Promise<InputError | EnvironmentError> {
  const failure = firstFileSystemFailure(stderr);
  return failure ? fileSystemError(failure, { command: 'go list', env }) : goListFailed(stderr, workingDirectory, packagePath);
}

/** What a failed `go list` of the user's package or pattern says, as the input to change. */
export function goListFailed(stderr: string, workingDirectory: string, packagePath: string): InputError {
  const why = stderr.trim().split('\n').slice(-3).join(' ');
  if (/go\.mod file not found|cannot find main module/.test(why)) {
    return new InputError(
      'working-directory',
      `${workingDirectory} is not inside a Go module (${why}): point working-directory at the folder with go.mod.`,
    );
  }
  return new InputError('package', `go list cannot load '${packagePath}' in ${workingDirectory}: ${why}`);
}

/** What the later stages ask of `go env`, asked once per run; a value go could not give is empty. */
export interface GoEnv {
  /** The build's target (GOOS, GOARCH): the user's environment may cross-compile. */
  goos: string;
  goarch: string;
  /** CC as words: the compiler cgo links with, which makes the link stubs too. */
  cc: string[];
  /** Go's build cache folder, which the action caches between jobs. */
  gocache: string;
}

export async function readGoEnv(workingDirectory: string, env: NodeJS.ProcessEnv): Promise<GoEnv> {
  const run = await runProcess('go', ['env', 'GOOS', 'GOARCH', 'CC', 'GOCACHE'], { cwd: workingDirectory, env, timeoutMs: 60_000 });
  const [goos = '', goarch = '', cc = '', gocache = ''] = run.exitCode === 0 ? run.stdout.split('\n').map((l) => l.trim()) : [];
  return { goos, goarch, cc: splitWords(cc), gocache };
}
