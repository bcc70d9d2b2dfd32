// The action's post step (action.yml runs.post: dist/post.js, post-if: success()), as main.ts
// is the main step: run() reads the state the main step saved and saves the caches it lists.
// The entry (post-index.ts) only calls run(), so local tools such as @github/local-action
// can import this module and call run() themselves. Saving a cache is an optimisation:
// whatever happens here, the job's result stands.
import * as core from '@actions/core';
import { CACHE_STATE_NAME, decodeCacheState } from './cache-state.ts';
import { runPost } from './post.ts';

export async function run(): Promise<void> {
  const log = { info: (m: string) => core.info(m), notice: (m: string) => core.notice(m), debug: (m: string) => core.debug(m) };
  try {
    await runPost(decodeCacheState(core.getState(CACHE_STATE_NAME)), log);
  } catch (error) {
    log.notice(`Saving the caches failed: ${(error as Error).message}. The job's result is not affected.`);
  }
}
