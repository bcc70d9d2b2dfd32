// What the main step hands to the post step (core.saveState / core.getState): the caches to
// save once the job has succeeded. Saving in the post step, as setup-go does, keeps uploads
// out of the main step's time and lets `post-if: success()` keep a failed job from writing.
import type { CacheInput } from './inputs.ts';
import { goBuildCacheKey, type GoBuildCacheKeyParts } from './setup/cache.ts';
import type { TfSetupResult } from './setup/tf-install.ts';

/** The name for core.saveState / core.getState (the post step sees it as STATE_cache). */
export const CACHE_STATE_NAME = 'cache';

/** `cache: true` restores and saves; `cache: restore-only` restores and never saves. */
export type CacheSaveMode = 'save' | 'restore-only';

export interface PendingCache {
  /** For the log: "Go build cache", "TensorFlow virtualenv". */
  label: string;
  /** Absolute paths: the cache version hashes them, so restore and save must name the same ones. */
  paths: string[];
  primaryKey: string;
  /** The key the main step restored; an exact hit is not saved again (entries are immutable). */
  restoredKey?: string;
  /** False when the main step made nothing new, e.g. it reused a venv already on disk. */
  saveWanted: boolean;
}

export interface CacheState {
  mode: CacheSaveMode;
  /** Whether go build succeeded; a failed build saves nothing, even with fail-on: never. */
  buildSucceeded: boolean;
  caches: PendingCache[];
}

export type DecodedCacheState = { ok: true; state: CacheState } | { ok: false; reason: string };

const FORMAT = 1;

export function encodeCacheState(state: CacheState): string {
  return JSON.stringify({ format: FORMAT, ...state });
}

/** Never throws: an empty, garbled or foreign state is a reason to save nothing. */
export function decodeCacheState(text: string | undefined): DecodedCacheState {
  if (!text) return { ok: false, reason: 'the main step recorded no caches (it stopped early, or caching is off)' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the state the main step saved is not JSON' };
  }
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || v.format !== FORMAT)
    return { ok: false, reason: `the state the main step saved is not format ${FORMAT}` };
  if (
    (v.mode !== 'save' && v.mode !== 'restore-only') ||
    typeof v.buildSucceeded !== 'boolean' ||
    !Array.isArray(v.caches) ||
    !v.caches.every(isPendingCache)
  ) {
    return { ok: false, reason: 'the state the main step saved is incomplete' };
  }
  return { ok: true, state: { mode: v.mode, buildSucceeded: v.buildSucceeded, caches: v.caches } };
}

function isPendingCache(c: unknown): c is PendingCache {
  const p = c as Record<string, unknown> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.label === 'string' &&
    Array.isArray(p.paths) &&
    p.paths.length > 0 &&
    p.paths.every((x) => typeof x === 'string' && x.length > 0) &&
    typeof p.primaryKey === 'string' &&
    p.primaryKey.length > 0 &&
    (p.restoredKey === undefined || typeof p.restoredKey === 'string') &&
    typeof p.saveWanted === 'boolean'
  );
}

/** The Go build cache entry for the state, with the same key restoreGoBuildCache looked up. */
export function pendingGoBuildCache(dirs: string[], parts: GoBuildCacheKeyParts, restoredKey: string | undefined): PendingCache {
  return {
    label: 'Go build cache',
    paths: dirs,
    primaryKey: goBuildCacheKey(parts).key,
    ...(restoredKey ? { restoredKey } : {}),
    saveWanted: true,
  };
}

/**
 * What the post step may save: the venv this run installed or restored and Go's build cache
 * (the build stage's entry), and only when a cache service is configured. Undefined with cache: off.
 */
export function pendingCaches(
  input: CacheInput,
  serviceConfigured: boolean,
  tfSetup: Pick<TfSetupResult, 'source' | 'venv' | 'cacheKey'>,
  built: { ok: boolean; goCache?: PendingCache },
): CacheState | undefined {
  if (input === 'off') return undefined;
  const caches: PendingCache[] = [];
  if (serviceConfigured && tfSetup.cacheKey && tfSetup.venv) {
    caches.push({
      label: 'TensorFlow virtualenv',
      paths: [tfSetup.venv],
      primaryKey: tfSetup.cacheKey,
      ...(tfSetup.source === 'cache-restored' ? { restoredKey: tfSetup.cacheKey } : {}),
      saveWanted: tfSetup.source === 'venv-installed',
    });
  }
  if (built.goCache) caches.push(built.goCache);
  return { mode: input, buildSucceeded: built.ok, caches };
}
