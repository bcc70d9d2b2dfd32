// The real @actions/cache behind ActionCache's CacheBackend, with two adjustments:
// - Loaded at first use: with the Azure SDK and protobuf it is most of the bundle, and a run
//   without the cache service (or one that stops at a bad input) should not pay to load it.
// - Its failures come back as exceptions. restoreCache/saveCache catch their own errors and
//   print them through @actions/core as ::warning:: or ::error:: (an annotation on a passing
//   run), returning a miss or -1. We take those lines off stdout while the call runs and
//   throw them instead, so that ActionCache turns them into its one notice.
// - Its other lines (progress, tar's command line, ::debug::) go to the run's log, not
//   straight to stdout: the CLI keeps stdout for findings.
import type { CacheBackend, LibraryOutput } from './cache-backend.ts';

type CacheLibrary = typeof import('@actions/cache');
let loading: Promise<CacheLibrary> | undefined;
const load = (): Promise<CacheLibrary> => (loading ??= import('@actions/cache'));

/**
 * The same answer as @actions/cache's isFeatureAvailable (test/unit/cache-service.test.ts
 * compares them), without loading it: v2 needs ACTIONS_RESULTS_URL, v1 ACTIONS_CACHE_URL,
 * and GHES is always v1.
 */
export function cacheServiceConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  let host: string;
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
  } catch {
    // The library would throw here; not configured is the safe answer.
    return false;
  }
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  const v2 = !ghes && Boolean(env.ACTIONS_CACHE_SERVICE_V2);
  return Boolean(v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL);
}

// What the library prints when it swallows a failure (cache.js, restoreCacheV1/saveCacheV1 and v2).
const SWALLOWED_FAILURE = /^::(?:warning|error)::(Failed to (?:restore|save): .*)$/s;
const RESERVE_CONFLICT = /^Failed to save: (Unable to reserve cache with key .*)$/s;

/** Named as the library's own, which ActionCache recognises by name. */
class ReserveCacheError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReserveCacheError';
  }
}

// One call at a time: the stdout lines carry no key, so two overlapping calls could not be told apart.
let queue: Promise<unknown> = Promise.resolve();

async function capturingFailures<T>(call: () => Promise<T>, output: LibraryOutput | undefined): Promise<T> {
  const run = queue.then(async () => {
    const original = process.stdout.write.bind(process.stdout);
    let failure: string | undefined;
    let conflict: string | undefined;
    let forwarding = false;
    process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      const passOn = () => Reflect.apply(original, this, [chunk, ...rest]) as boolean;
      // What the run's own log writes (the action's log writes to stdout too) goes through.
      if (forwarding) return passOn();
      // Strings only: @actions/core writes strings; a Buffer is someone else's (node --test's reporter, say).
      const text = typeof chunk === 'string' ? chunk.replace(/\r?\n$/, '') : undefined;
      const swallowed = text ? SWALLOWED_FAILURE.exec(text) : null;
      const reserve = text ? RESERVE_CONFLICT.exec(text) : null;
      if (swallowed) failure ??= unescapeCommand(swallowed[1]!);
      else if (reserve) conflict ??= reserve[1]!;
      else if (output && text !== undefined) {
        forwarding = true;
        try {
          toLog(text, output);
        } finally {
          forwarding = false;
        }
      } else return passOn();
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    };
    let value: T;
    try {
      value = await call();
    } finally {
      process.stdout.write = original;
    }
    if (failure) throw new Error(failure.replace(/^Failed to (restore|save): /, ''));
    if (conflict) throw new ReserveCacheError(conflict);
    return value;
  });
  queue = run.catch(() => undefined);
  return run;
}

function toLog(text: string, output: LibraryOutput): void {
  const debug = /^::debug::(.*)$/s.exec(text);
  if (debug) output.debug?.(unescapeCommand(debug[1]!));
  else output.info(text);
}

/** Undoes @actions/core's escaping of a command's message. */
function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** @actions/cache as a CacheBackend; its own lines go to `output` (default: stdout, as it prints them). */
export function createLibraryBackend(output?: LibraryOutput): CacheBackend {
  return {
    isFeatureAvailable: () => cacheServiceConfigured(),
    restoreCache: async (paths, primaryKey, restoreKeys) => {
      const library = await load();
      return capturingFailures(() => library.restoreCache(paths, primaryKey, restoreKeys), output);
    },
    saveCache: async (paths, key) => {
      const library = await load();
      return capturingFailures(() => library.saveCache(paths, key), output);
    },
  };
}
