import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-SGTA3SZ3.js";
import {
  CACHE_STATE_NAME,
  decodeCacheState
} from "./chunks/chunk-6TNHHGZW.js";
import {
  debug,
  getState,
  info,
  notice
} from "./chunks/chunk-C3OHNAY7.js";
import "./chunks/chunk-X6EWYPAH.js";

// src/post-main.ts
async function run() {
  const log = { info: (m) => info(m), notice: (m) => notice(m), debug: (m) => debug(m) };
  try {
    await runPost(decodeCacheState(getState(CACHE_STATE_NAME)), log);
  } catch (error) {
    log.notice(`Saving the caches failed: ${error.message}. The job's result is not affected.`);
  }
}

// src/post-index.ts
await run();
