// The types ActionCache (cache.ts) and the @actions/cache adapter (cache-library.ts) share:
// what a cache backend does, and where cache lines are logged. In a module of their own so
// that cache-library.ts does not import cache.ts, which imports it: no import circle.
import type { Log } from '../log.ts';

export interface CacheBackend {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  /** The new entry's id; -1 when nothing was saved (ACTIONS_CACHE_MODE forbids writes). */
  saveCache(paths: string[], key: string): Promise<number>;
}

export type CacheLog = Pick<Log, 'notice' | 'info'> & Partial<Pick<Log, 'debug'>>;

/** Where @actions/cache's own lines go (progress, tar's command line, debug). */
export type LibraryOutput = Pick<CacheLog, 'info' | 'debug'>;
