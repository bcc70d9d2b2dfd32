// The go command after setup. Setup found and ran it, so failing to start it now means the
// Go installation changed under the run: the environment, not an input.
import { EnvironmentError } from '../environment-error.ts';

export function goVanished(spawnError: Error & { code?: string }): EnvironmentError {
  return new EnvironmentError(
    'go',
    `cannot run go (${spawnError.code ?? spawnError.message}), which setup found earlier in this run: the Go installation changed or went away during the step. Retry the job; if it keeps failing, check what removes or replaces Go on PATH.`,
  );
}
