import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);

// src/setup/cache.ts
import crypto from "node:crypto";

// src/setup/cache-library.ts
var loading;
var load = () => loading ??= import("./cache-UUZFVP73.js");
function cacheServiceConfigured(env = process.env) {
  let host;
  try {
    host = new URL(env.GITHUB_SERVER_URL || "https://github.com").hostname.trimEnd().toUpperCase();
  } catch {
    return false;
  }
  const ghes = host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
  const v2 = !ghes && Boolean(env.ACTIONS_CACHE_SERVICE_V2);
  return Boolean(v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL);
}
var SWALLOWED_FAILURE = /^::(?:warning|error)::(Failed to (?:restore|save): .*)$/s;
var RESERVE_CONFLICT = /^Failed to save: (Unable to reserve cache with key .*)$/s;
var ReserveCacheError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ReserveCacheError";
  }
};
var queue = Promise.resolve();
async function capturingFailures(call, output) {
  const run = queue.then(async () => {
    const original = process.stdout.write.bind(process.stdout);
    let failure;
    let conflict;
    let forwarding = false;
    process.stdout.write = function(chunk, ...rest) {
      const passOn = () => Reflect.apply(original, this, [chunk, ...rest]);
      if (forwarding) return passOn();
      const text = typeof chunk === "string" ? chunk.replace(/\r?\n$/, "") : void 0;
      const swallowed = text ? SWALLOWED_FAILURE.exec(text) : null;
      const reserve = text ? RESERVE_CONFLICT.exec(text) : null;
      if (swallowed) failure ??= unescapeCommand(swallowed[1]);
      else if (reserve) conflict ??= reserve[1];
      else if (output && text !== void 0) {
        forwarding = true;
        try {
          toLog(text, output);
        } finally {
          forwarding = false;
        }
      } else return passOn();
      const done = rest.find((r) => typeof r === "function");
      done?.();
      return true;
    };
    let value;
    try {
      value = await call();
    } finally {
      process.stdout.write = original;
    }
    if (failure) throw new Error(failure.replace(/^Failed to (restore|save): /, ""));
    if (conflict) throw new ReserveCacheError(conflict);
    return value;
  });
  queue = run.catch(() => void 0);
  return run;
}
function toLog(text, output) {
  const debug = /^::debug::(.*)$/s.exec(text);
  if (debug) output.debug?.(unescapeCommand(debug[1]));
  else output.info(text);
}
function unescapeCommand(text) {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function createLibraryBackend(output) {
  return {
    isFeatureAvailable: () => cacheServiceConfigured(),
    restoreCache: async (paths, primaryKey, restoreKeys) => {
      const library = await load();
      return capturingFailures(() => library.restoreCache(paths, primaryKey, restoreKeys), output);
    },
    saveCache: async (paths, key) => {
      const library = await load();
      return capturingFailures(() => library.saveCache(paths, key), output);
    }
  };
}

// src/setup/cache.ts
var ActionCache = class {
  backend;
  log;
  unavailableSaid = false;
  /** One per run, so that the notice comes once; `backend` is @actions/cache (logging to `log`) unless a test gives another. */
  constructor(backend, log) {
    this.backend = backend ?? createLibraryBackend(log);
    this.log = log;
  }
  /** Whether the cache service is configured here at all (no notice, unlike `usable`). */
  get configured() {
    try {
      return this.backend.isFeatureAvailable();
    } catch {
      return false;
    }
  }
  /** `configured`, saying once as a notice when it is not: the action's one word on a missing service. */
  get configuredOrSaid() {
    return this.available();
  }
  /** Whether the service answered so far; false after the first failure. */
  get usable() {
    return !this.unavailableSaid && this.available();
  }
  /** Restores `paths`; returns the key that matched, or undefined on a miss or when the cache cannot be used. */
  async restore(paths, key, restoreKeys = []) {
    if (!this.usable) return void 0;
    const started = Date.now();
    try {
      const hit = await this.backend.restoreCache(paths, key, restoreKeys);
      this.log.info(hit ? `Cache restored from key ${hit} in ${seconds(started)}` : `No cache for key ${key}`);
      return hit;
    } catch (error) {
      this.unavailable(`restoring ${key} failed: ${error.message}`);
      return void 0;
    }
  }
  /** Saves `paths` under `key`; returns whether it was saved. Never throws. */
  async save(paths, key) {
    if (!this.usable) return false;
    const started = Date.now();
    try {
      if (await this.backend.saveCache(paths, key) === -1) {
        this.log.info(`Cache not saved for key ${key}: ACTIONS_CACHE_MODE=${process.env.ACTIONS_CACHE_MODE ?? ""} does not permit writes`);
        return false;
      }
      this.log.info(`Cache saved with key ${key} in ${seconds(started)}`);
      return true;
    } catch (error) {
      if (error.name === "ReserveCacheError") {
        this.log.info(`Cache key ${key} is already saved`);
        return false;
      }
      this.unavailable(`saving ${key} failed: ${error.message}`);
      return false;
    }
  }
  available() {
    let ok;
    try {
      ok = this.backend.isFeatureAvailable();
    } catch {
      ok = false;
    }
    if (!ok) this.unavailable("the Actions cache service is not available here (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL)");
    return ok;
  }
  unavailable(reason) {
    if (this.unavailableSaid) return;
    this.unavailableSaid = true;
    this.log.notice(`Caching is off for this run: ${reason}. Everything still works, just without reusing earlier downloads and builds.`);
  }
};
function seconds(since) {
  return `${((Date.now() - since) / 1e3).toFixed(1)} s`;
}
function shortHash(text, length = 16) {
  return crypto.createHash("sha256").update(text).digest("hex").slice(0, length);
}
function keyPart(text) {
  return text.replace(/[^A-Za-z0-9._+-]/g, "_");
}
function tfVenvCacheKey(p) {
  const hash = shortHash(JSON.stringify([p.pythonPrefix, p.pipArgs]), 12);
  return ["tf-cgo-verify-venv-v1", p.platform, p.arch, `py${p.pythonVersion}`, p.packageName, p.tfVersion, hash].map(keyPart).join("-");
}
function goSumHash(goSumText) {
  return crypto.createHash("sha256").update(goSumText).digest("hex");
}
var DAY_MS = 864e5;
function rotationPeriodStart(rotation) {
  if (rotation.days <= 0) return void 0;
  const periodMs = rotation.days * DAY_MS;
  return new Date(Math.floor(rotation.nowMs / periodMs) * periodMs).toISOString().slice(0, 10);
}
function goBuildCacheKey(p) {
  const base = ["tf-cgo-verify-go-build-v1", p.platform, p.arch, `go${p.goVersion}`].map(keyPart).join("-");
  const tf = p.tfVersion ? `-tf${keyPart(p.tfVersion)}` : "";
  const sum = `${base}${tf}-${p.goSumHash.slice(0, 16)}`;
  const period = p.rotation && rotationPeriodStart(p.rotation);
  const wider = [`${base}${tf}-`, `${base}-`];
  return period ? { key: `${sum}-${period}`, restoreKeys: [`${sum}-`, ...wider] } : { key: sum, restoreKeys: wider };
}
async function restoreGoBuildCache(dirs, parts, c) {
  const { key, restoreKeys } = goBuildCacheKey(parts);
  return c.restore(dirs, key, restoreKeys);
}

// src/cache-state.ts
var CACHE_STATE_NAME = "cache";
var FORMAT = 1;
function encodeCacheState(state) {
  return JSON.stringify({ format: FORMAT, ...state });
}
function decodeCacheState(text) {
  if (!text) return { ok: false, reason: "the main step recorded no caches (it stopped early, or caching is off)" };
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "the state the main step saved is not JSON" };
  }
  const v = value;
  if (typeof v !== "object" || v === null || v.format !== FORMAT)
    return { ok: false, reason: `the state the main step saved is not format ${FORMAT}` };
  if (v.mode !== "save" && v.mode !== "restore-only" || typeof v.buildSucceeded !== "boolean" || !Array.isArray(v.caches) || !v.caches.every(isPendingCache)) {
    return { ok: false, reason: "the state the main step saved is incomplete" };
  }
  return { ok: true, state: { mode: v.mode, buildSucceeded: v.buildSucceeded, caches: v.caches } };
}
function isPendingCache(c) {
  const p = c;
  return typeof p === "object" && p !== null && typeof p.label === "string" && Array.isArray(p.paths) && p.paths.length > 0 && p.paths.every((x) => typeof x === "string" && x.length > 0) && typeof p.primaryKey === "string" && p.primaryKey.length > 0 && (p.restoredKey === void 0 || typeof p.restoredKey === "string") && typeof p.saveWanted === "boolean";
}
function pendingGoBuildCache(dirs, parts, restoredKey) {
  return {
    label: "Go build cache",
    paths: dirs,
    primaryKey: goBuildCacheKey(parts).key,
    ...restoredKey ? { restoredKey } : {},
    saveWanted: true
  };
}
function pendingCaches(input, serviceConfigured, tfSetup, built) {
  if (input === "off") return void 0;
  const caches = [];
  if (serviceConfigured && tfSetup.cacheKey && tfSetup.venv) {
    caches.push({
      label: "TensorFlow virtualenv",
      paths: [tfSetup.venv],
      primaryKey: tfSetup.cacheKey,
      ...tfSetup.source === "cache-restored" ? { restoredKey: tfSetup.cacheKey } : {},
      saveWanted: tfSetup.source === "venv-installed"
    });
  }
  if (built.goCache) caches.push(built.goCache);
  return { mode: input, buildSucceeded: built.ok, caches };
}

export {
  ActionCache,
  tfVenvCacheKey,
  goSumHash,
  restoreGoBuildCache,
  CACHE_STATE_NAME,
  encodeCacheState,
  decodeCacheState,
  pendingGoBuildCache,
  pendingCaches
};
