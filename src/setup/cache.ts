// @actions/cache, made optional: without the cache service (a local run, GHES without
// it, an outage) or on any error, the action says so once as a notice and goes on.
// Also the cache keys for the TensorFlow virtualenv and Go's build cache (pure).
import crypto from 'node:crypto';
import { createLibraryBackend } from './cache-library.ts';
import type { CacheBackend, CacheLog } from './cache-backend.ts';

export type { CacheBackend, CacheLog, LibraryOutput } from './cache-backend.ts';

export class ActionCache {
  private readonly backend: CacheBackend;
  private readonly log: CacheLog;
  private unavailableSaid = false;

  /** One per run, so that the notice comes once; `backend` is @actions/cache (logging to `log`) unless a test gives another. */
  constructor(backend: CacheBackend | undefined, log: CacheLog) {
    this.backend = backend ?? createLibraryBackend(log);
    this.log = log;
  }

  /** Whether the cache service is configured here at all (no notice, unlike `usable`). */
  get configured(): boolean {
    try {
      return this.backend.isFeatureAvailable();
    } catch {
      return false;
    }
  }

  /** `configured`, saying once as a notice when it is not: the action's one word on a missing service. */
  get configuredOrSaid(): boolean {
    return this.available();
  }

  /** Whether the service answered so far; false after the first failure. */
  get usable(): boolean {
    return !this.unavailableSaid && this.available();
  }

  /** Restores `paths`; returns the key that matched, or undefined on a miss or when the cache cannot be used. */
  async restore(paths: string[], key: string, restoreKeys: string[] = []): Promise<string | undefined> {
    if (!this.usable) return undefined;
    const started = Date.now();
    try {
      const hit = await this.backend.restoreCache(paths, key, restoreKeys);
      this.log.info(hit ? `Cache restored from key ${hit} in ${seconds(started)}` : `No cache for key ${key}`);
      return hit;
    } catch (error) {
      this.unavailable(`restoring ${key} failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Saves `paths` under `key`; returns whether it was saved. Never throws. */
  async save(paths: string[], key: string): Promise<boolean> {
    if (!this.usable) return false;
    const started = Date.now();
    try {
      if ((await this.backend.saveCache(paths, key)) === -1) {
        this.log.info(`Cache not saved for key ${key}: ACTIONS_CACHE_MODE=${process.env.ACTIONS_CACHE_MODE ?? ''} does not permit writes`);
        return false;
      }
      this.log.info(`Cache saved with key ${key} in ${seconds(started)}`);
      return true;
    } catch (error) {
      // Another job saved the same key first: the entry is there, nothing is wrong.
      // (By name, as @actions/cache itself checks: its CacheWriteDeniedError subclass is a real failure.)
      if ((error as Error).name === 'ReserveCacheError') {
        this.log.info(`Cache key ${key} is already saved`);
        return false;
      }
      this.unavailable(`saving ${key} failed: ${(error as Error).message}`);
      return false;
    }
  }

  private available(): boolean {
    let ok: boolean;
    try {
      ok = this.backend.isFeatureAvailable();
    } catch {
      ok = false;
    }
    if (!ok) this.unavailable('the Actions cache service is not available here (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL)');
    return ok;
  }

  private unavailable(reason: string): void {
    if (this.unavailableSaid) return;
    this.unavailableSaid = true;
    this.log.notice(`Caching is off for this run: ${reason}. Everything still works, just without reusing earlier downloads and builds.`);
  }
}

/** "4.2 s": a restore or save takes seconds to minutes, which users weigh against a fresh install. */
function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function shortHash(text: string, length = 16): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Keys may not hold commas; keep them to a safe alphabet. */
function keyPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._+-]/g, '_');
}

export interface VenvCacheKeyParts {
  /** process.platform, process.arch */
  platform: string;
  arch: string;
  /** Full Python version, e.g. 3.12.4: the venv links to that interpreter. */
  pythonVersion: string;
  /** sys.base_prefix of the interpreter the venv was made from. */
  pythonPrefix: string;
  packageName: string;
  /** The version or the label of the range installed, e.g. 2.21.0 or 2.21.x. */
  tfVersion: string;
  pipArgs: readonly string[];
}

/** tf-cgo-verify-venv-v1-linux-x64-py3.12.4-tensorflow-cpu-2.21.0-<hash of prefix and pip args>. */
export function tfVenvCacheKey(p: VenvCacheKeyParts): string {
  const hash = shortHash(JSON.stringify([p.pythonPrefix, p.pipArgs]), 12);
  return ['tf-cgo-verify-venv-v1', p.platform, p.arch, `py${p.pythonVersion}`, p.packageName, p.tfVersion, hash].map(keyPart).join('-');
}

/** sha256 of go.sum's text (an empty go.sum hashes too: a module without dependencies). */
export function goSumHash(goSumText: string): string {
  return crypto.createHash('sha256').update(goSumText).digest('hex');
}

export interface GoBuildCacheKeyParts {
  platform: string;
  arch: string;
  /** e.g. 1.26.0 */
  goVersion: string;
  goSumHash: string;
  /** The TF version the cgo code compiles against; its headers are inputs of the build. */
  tfVersion?: string;
  /** The cache-rotation input and the clock; without it, or with 0 days, the key never rotates. */
  rotation?: CacheRotation;
}

export interface CacheRotation {
  days: number;
  /** Milliseconds since the epoch (Date.now()); tests fix it. */
  nowMs: number;
}

const DAY_MS = 86_400_000;

/**
 * The first day (UTC, YYYY-MM-DD) of the rotation period `nowMs` falls in; periods of `days`
 * days counted from the epoch, so every run of a repository agrees on them.
 */
export function rotationPeriodStart(rotation: CacheRotation): string | undefined {
  if (rotation.days <= 0) return undefined;
  const periodMs = rotation.days * DAY_MS;
  return new Date(Math.floor(rotation.nowMs / periodMs) * periodMs).toISOString().slice(0, 10);
}

/**
 * Primary key and prefix restore keys for Go's build cache. A restore from a prefix is
 * safe: the build cache checks its entries by content, so stale ones are just not used.
 * Code changes that leave go.sum alone would hit the same exact key forever, and an exact hit
 * saves nothing: the rotation period in the key makes a new entry, from the newest one, once a period.
 */
export function goBuildCacheKey(p: GoBuildCacheKeyParts): { key: string; restoreKeys: string[] } {
  const base = ['tf-cgo-verify-go-build-v1', p.platform, p.arch, `go${p.goVersion}`].map(keyPart).join('-');
  const tf = p.tfVersion ? `-tf${keyPart(p.tfVersion)}` : '';
  const sum = `${base}${tf}-${p.goSumHash.slice(0, 16)}`;
  const period = p.rotation && rotationPeriodStart(p.rotation);
  const wider = [`${base}${tf}-`, `${base}-`];
  return period ? { key: `${sum}-${period}`, restoreKeys: [`${sum}-`, ...wider] } : { key: sum, restoreKeys: wider };
}

/** Restores Go's build cache folders (GOCACHE, optionally GOMODCACHE); returns the matched key. */
export async function restoreGoBuildCache(dirs: string[], parts: GoBuildCacheKeyParts, c: ActionCache): Promise<string | undefined> {
  const { key, restoreKeys } = goBuildCacheKey(parts);
  return c.restore(dirs, key, restoreKeys);
}
