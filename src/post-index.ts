// Entry of the action's post step (action.yml runs.post: dist/post.js, post-if: success()).
// Saving a cache is an optimisation: whatever happens here, the job's result stands.
import * as core from '@actions/core';
import { CACHE_STATE_NAME, decodeCacheState } from './cache-state.ts';
import { runPost } from './post.ts';

const log = { info: (m: string) => core.info(m), notice: (m: string) => core.notice(m), debug: (m: string) => core.debug(m) };
try {
  await runPost(decodeCacheState(core.getState(CACHE_STATE_NAME)), log);
} catch (error) {
  log.notice(`Saving the caches failed: ${(error as Error).message}. The job's result is not affected.`);
}
