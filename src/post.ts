// The post step: save the caches the main step listed. Runs only after a successful job
// (action.yml `post-if: success()`); never fails the job.
import fs from 'node:fs';
import type { DecodedCacheState } from './cache-state.ts';
import { ActionCache } from './setup/cache.ts';

export interface PostLog {
  info(message: string): void;
  notice(message: string): void;
  debug?(message: string): void;
}

export type PostOutcome = 'saved' | 'not-saved' | 'exact-hit' | 'not-wanted' | 'restore-only' | 'build-failed' | 'missing';

export interface PostResult {
  label: string;
  key: string;
  outcome: PostOutcome;
}

/** Saves each pending cache that needs it; returns what happened to each. */
export async function runPost(
  decoded: DecodedCacheState,
  log: PostLog,
  cache: ActionCache = new ActionCache(undefined, log),
): Promise<PostResult[]> {
  if (!decoded.ok) {
    log.info(`No cache to save: ${decoded.reason}.`);
    return [];
  }
  const { state } = decoded;
  const results: PostResult[] = [];
  for (const c of state.caches) {
    const skip: PostOutcome | undefined =
      state.mode === 'restore-only'
        ? 'restore-only'
        : !state.buildSucceeded
          ? 'build-failed'
          : !c.saveWanted
            ? 'not-wanted'
            : c.restoredKey === c.primaryKey
              ? 'exact-hit'
              : !c.paths.some((p) => fs.existsSync(p))
                ? 'missing'
                : undefined;
    if (skip) {
      log.info(`${c.label}: not saved (${SKIP_REASONS[skip]}).`);
      results.push({ label: c.label, key: c.primaryKey, outcome: skip });
      continue;
    }
    const saved = await cache.save(c.paths, c.primaryKey);
    results.push({ label: c.label, key: c.primaryKey, outcome: saved ? 'saved' : 'not-saved' });
  }
  return results;
}

const SKIP_REASONS: Record<Exclude<PostOutcome, 'saved' | 'not-saved'>, string> = {
  'restore-only': 'cache: restore-only',
  'build-failed': 'the build failed',
  'not-wanted': 'nothing new since it was restored or reused',
  'exact-hit': 'restored from this exact key',
  missing: 'its folders are gone',
};
