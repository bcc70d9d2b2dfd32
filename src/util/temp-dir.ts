// Where the run's scratch files go: RUNNER_TEMP on a runner (emptied after the job), else the
// OS temp folder. Read at call time, not at import.
import os from 'node:os';

export function runnerTemp(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || os.tmpdir();
}
