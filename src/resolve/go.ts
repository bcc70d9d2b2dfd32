// The go command after setup. Setup found and ran it, so failing to start it now means the
// Go installation changed under the run: the environment, not an input. A `go list` that runs
// and fails on the user's package is about the inputs that name it.
import { EnvironmentError } from '../environment-error.ts';
import { InputError } from '../input-error.ts';

export function goVanished(spawnError: Error & { code?: string }): EnvironmentError {
  return new EnvironmentError(
    'go',
    `cannot run go (${spawnError.code ?? spawnError.message}), which setup found earlier in this run: the Go installation changed or went away during the step. Retry the job; if it keeps failing, check what removes or replaces Go on PATH.`,
  );
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
