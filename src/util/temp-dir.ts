// Where the run's scratch files go: RUNNER_TEMP on a runner (emptied after the job), else the
// OS temp folder; and where what a later run reuses goes (the TensorFlow virtualenv, the link
// stubs). Read at call time, not at import.
import os from 'node:os';

export function runnerTemp(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || os.tmpdir();
}

/** For what later runs reuse: RUNNER_TOOL_CACHE on a runner (kept between jobs on a self-hosted one), else runnerTemp. */
export function toolCacheOrTemp(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TOOL_CACHE || runnerTemp(env);
}
