import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  ActionCache
} from "./chunk-6TNHHGZW.js";

// src/post.ts
import fs from "node:fs";
async function runPost(decoded, log, cache = new ActionCache(void 0, log)) {
  if (!decoded.ok) {
    log.info(`No cache to save: ${decoded.reason}.`);
    return [];
  }
  const { state } = decoded;
  const results = [];
  for (const c of state.caches) {
    const skip = state.mode === "restore-only" ? "restore-only" : !state.buildSucceeded ? "build-failed" : !c.saveWanted ? "not-wanted" : c.restoredKey === c.primaryKey ? "exact-hit" : !c.paths.some((p) => fs.existsSync(p)) ? "missing" : void 0;
    if (skip) {
      log.info(`${c.label}: not saved (${SKIP_REASONS[skip]}).`);
      results.push({ label: c.label, key: c.primaryKey, outcome: skip });
      continue;
    }
    const saved = await cache.save(c.paths, c.primaryKey);
    results.push({ label: c.label, key: c.primaryKey, outcome: saved ? "saved" : "not-saved" });
  }
  return results;
}
var SKIP_REASONS = {
  "restore-only": "cache: restore-only",
  "build-failed": "the build failed",
  "not-wanted": "nothing new since it was restored or reused",
  "exact-hit": "restored from this exact key",
  missing: "its folders are gone"
};

export {
  runPost
};
