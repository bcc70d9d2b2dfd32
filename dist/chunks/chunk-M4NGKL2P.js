import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  BINDINGS_LIBRARY_NAMES,
  C_API_NAME,
  OPTIONAL_TEXT_FIELDS,
  TENSORFLOW_LIBRARY_NAMES,
  architectureHistory,
  capiLibrary,
  compareFileOrder,
  compareSeverity,
  composeCauseFinding,
  frameworkLibrary,
  goVersionLines,
  goVersionToSemver,
  isAtLeast,
  isStableAlias,
  librariesAbsentIn,
  linkEntries,
  locateTensorFlow,
  minorOf,
  minorsExporting,
  minorsShipping,
  minorsWithAbseil,
  normalizeSpec,
  parseGoVersionFile,
  parseVersionFile,
  pythonOnlyExporters,
  recordedMinors,
  semverToGoVersion,
  shippedHistory,
  sysconfigFramework,
  tensorflowLibraries,
  workspaceRelative
} from "./chunk-UNMOTGL2.js";
import {
  EnvironmentError,
  IMPORT_TIMEOUT_MS,
  adoptPrestarted,
  createLineSplitter,
  defaultMaxLineLength,
  findGoMod,
  runnerTemp,
  splitWords,
  startPythonWorker,
  toolCacheOrTemp
} from "./chunk-5QYZCYMJ.js";
import {
  outputTail,
  runProcess,
  startLaterProcessesInBackground
} from "./chunk-3PHFEWK4.js";
import {
  ActionCache,
  goSumHash,
  pendingCaches,
  pendingGoBuildCache,
  restoreGoBuildCache,
  tfVenvCacheKey
} from "./chunk-6TNHHGZW.js";
import {
  TF_RELEASES,
  TF_REQUIREMENT_NAMES,
  checkCompatibility,
  compareDotted,
  defaultTfPackage,
  findRelease,
  findTfPin,
  goModRequires,
  inferTfFromGoMod,
  newestCompatible,
  olderBindingsNotice,
  parseVersionInput,
  pep440ToSemver,
  pepVersionToSemver,
  pinToRequest,
  requestRange,
  semverToPep440,
  tfMinorOf
} from "./chunk-YZCBP5WB.js";
import {
  InputError,
  TF_PACKAGES,
  normalizeInstallDir,
  parseRpathSetting,
  quoteFlag
} from "./chunk-QJX3G46C.js";
import {
  require_semver
} from "./chunk-KGVCVX4O.js";
import {
  __toESM
} from "./chunk-X6EWYPAH.js";

// src/pipeline-result.ts
function failThreshold(failOn) {
  return failOn === "warning" ? "warning" : "error";
}
function hasFailures(diagnostics, failOn) {
  const threshold = failThreshold(failOn);
  return diagnostics.some((d) => isAtLeast(d.severity, threshold));
}

// src/stage.ts
var RAW_TAIL_LINES = 200;
function tailLines(text, count = RAW_TAIL_LINES) {
  const lines = text.replace(/\n$/, "").split("\n");
  return lines.slice(-count).join("\n");
}
function failed(value) {
  return typeof value === "object" && value !== null && "ok" in value && value.ok === false;
}
function createStages(log) {
  const records = [];
  const created = Date.now();
  return {
    records,
    async run(name, stage, spentOn) {
      const record = { name, status: "failed" };
      records.push(record);
      const started = Date.now();
      try {
        const value = await log.group(name, stage);
        record.status = failed(value) ? "failed" : "passed";
        const spent = spentOn?.(value);
        if (spent) record.spent = spent;
        return value;
      } finally {
        record.durationMs = Date.now() - started;
      }
    },
    skip(name) {
      records.push({ name, status: "skipped" });
      return void 0;
    },
    alongside(name) {
      const record = { name, status: "skipped" };
      records.push(record);
      return record;
    },
    elapsedMs: () => Date.now() - created
  };
}

// src/setup/go-setup.ts
var import_semver3 = __toESM(require_semver(), 1);
import fs4 from "node:fs";
import os from "node:os";
import path5 from "node:path";

// src/util/search-path.ts
import path from "node:path";
function prependSearchPath(dir, existing) {
  const rest = (existing ?? "").split(path.delimiter).filter((entry) => entry !== "" && entry !== dir);
  return [dir, ...rest].join(path.delimiter);
}

// src/log.ts
var silentLog = {
  info: () => void 0,
  notice: () => void 0,
  warning: () => void 0,
  debug: () => void 0,
  group: (_name, fn) => fn(),
  rawEcho: () => ({ write: () => void 0, end: () => void 0 })
};

// src/setup/go-listing.ts
var import_semver = __toESM(require_semver(), 1);
function parseListing(text) {
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    const start = text.slice(0, 80).replace(/\s+/g, " ").trim();
    throw new Error(`the answer is not JSON (it starts with "${start}")`);
  }
  if (!Array.isArray(data)) throw new Error("the answer is JSON but not an array of releases");
  const releases = [];
  for (const entry of data) {
    if (typeof entry !== "object" || entry === null) continue;
    const e = entry;
    if (typeof e.version !== "string" || !Array.isArray(e.files)) continue;
    const files = [];
    for (const f of e.files) {
      if (typeof f !== "object" || f === null) continue;
      const r = f;
      if (typeof r.filename !== "string") continue;
      files.push({
        filename: r.filename,
        os: typeof r.os === "string" ? r.os : "",
        arch: typeof r.arch === "string" ? r.arch : "",
        version: typeof r.version === "string" ? r.version : e.version,
        sha256: typeof r.sha256 === "string" ? r.sha256 : "",
        size: typeof r.size === "number" ? r.size : 0,
        kind: typeof r.kind === "string" ? r.kind : ""
      });
    }
    releases.push({ version: e.version, stable: e.stable === true, files });
  }
  if (releases.length === 0 && data.length > 0) throw new Error("the answer is JSON but lists no releases with files");
  return releases;
}
function goOs(platform) {
  const map = { win32: "windows", sunos: "solaris" };
  return map[platform] ?? platform;
}
function goArch(arch) {
  const map = { x64: "amd64", ia32: "386", x32: "386", arm: "armv6l", ppc64: "ppc64le" };
  return map[arch] ?? arch;
}
function nodeArch(arch) {
  const map = { amd64: "x64", "386": "ia32", armv6l: "arm", ppc64le: "ppc64" };
  return map[arch] ?? arch;
}
function archiveFor(release, os4, arch) {
  return release.files.find((f) => f.kind === "archive" && f.os === os4 && f.arch === arch);
}
function availableVersions(listing, platform, arch) {
  const os4 = goOs(platform);
  const a = goArch(arch);
  const versions = /* @__PURE__ */ new Set();
  for (const r of listing) {
    const v = goVersionToSemver(r.version);
    if (v && archiveFor(r, os4, a)) versions.add(v);
  }
  return [...versions].sort(import_semver.default.rcompare);
}
function resolveStableAlias(listing, alias) {
  const stable = listing.filter((r) => r.stable).map((r) => goVersionToSemver(r.version)).filter((v) => v !== void 0 && import_semver.default.prerelease(v) === null).sort(import_semver.default.rcompare);
  const newest = stable[0];
  if (!newest) return void 0;
  const line = (v) => `${import_semver.default.major(v)}.${import_semver.default.minor(v)}`;
  if (alias === "stable") return `~${line(newest)}`;
  const older = stable.find((v) => line(v) !== line(newest));
  return older ? `~${line(older)}` : void 0;
}
function selectRelease(listing, spec, platform, arch) {
  const range = isStableAlias(spec) ? resolveStableAlias(listing, spec) : spec;
  if (range === void 0) return void 0;
  const os4 = goOs(platform);
  const a = goArch(arch);
  let best;
  for (const r of listing) {
    const v = goVersionToSemver(r.version);
    if (!v || !import_semver.default.satisfies(v, range)) continue;
    if (best && import_semver.default.lte(v, best.version)) continue;
    const file = archiveFor(r, os4, a);
    if (!file) continue;
    best = { version: v, goVersion: r.version, stable: r.stable, file: { filename: file.filename, sha256: file.sha256, size: file.size } };
  }
  return best;
}

// src/setup/go-download.ts
import crypto from "node:crypto";
import fs2 from "node:fs";
import path3 from "node:path";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/setup/go-tool-cache.ts
import fs from "node:fs";
import path2 from "node:path";
var loadToolCache = () => import("./tool-cache-YUURCXZM.js");
var OFFICIAL_GO_TOOL_NAME = "go";
function noToolCache() {
  return new EnvironmentError(
    "RUNNER_TOOL_CACHE",
    "is not set, so there is nowhere to keep a downloaded Go. Set it to a folder (the runner does), or put a Go that satisfies go-version on PATH."
  );
}
function toolCacheRoot() {
  return process.env.RUNNER_TOOL_CACHE || void 0;
}
async function findInToolCache(range, cacheArch, toolName) {
  if (!toolCacheRoot()) return void 0;
  const tc = await loadToolCache();
  const versions = tc.findAllVersions(toolName, cacheArch);
  const version = tc.evaluateVersions(versions, range);
  if (!version) return void 0;
  const goroot = tc.find(toolName, version, cacheArch);
  return goroot ? { version, goroot } : void 0;
}
async function extractTarGz(archive, dest) {
  await (await loadToolCache()).extractTar(archive, dest);
}
async function moveIntoToolCache(root, version, cacheArch, toolName) {
  const dest = path2.join(toolCacheRoot(), toolName, version, cacheArch);
  await fs.promises.rm(dest, { recursive: true, force: true });
  await fs.promises.rm(`${dest}.complete`, { force: true });
  await fs.promises.mkdir(path2.dirname(dest), { recursive: true });
  const tc = await loadToolCache();
  try {
    await fs.promises.rename(root, dest);
  } catch (error) {
    if (error.code !== "EXDEV") throw error;
    return tc.cacheDir(root, toolName, version, cacheArch);
  }
  await fs.promises.writeFile(`${dest}.complete`, "");
  const found = tc.find(toolName, version, cacheArch);
  if (found !== dest) throw new Error(`internal: cached Go at ${dest} but the tool cache finds "${found}"`);
  return dest;
}

// src/setup/go-download.ts
var loadHttpClient = () => import("./lib-LDZIULSC.js");
var DEFAULT_GO_DOWNLOAD_BASE_URL = "https://go.dev/dl";
var BASE_INPUT = "go-download-base-url";
var defaultHttpSettings = { timeoutMs: 6e4, attempts: 3, retryDelayMs: 2e3 };
function trimBase(baseUrl) {
  return baseUrl.trim().replace(/\/+$/, "");
}
function goToolName(baseUrl) {
  const base = trimBase(baseUrl);
  if (base === DEFAULT_GO_DOWNLOAD_BASE_URL) return OFFICIAL_GO_TOOL_NAME;
  let host = "mirror";
  try {
    host = new URL(base).host || host;
  } catch {
  }
  const hash = crypto.createHash("sha256").update(base).digest("hex").slice(0, 12);
  return `go-${host.replace(/[^A-Za-z0-9.-]/g, "_")}-${hash}`;
}
function listingUrl(baseUrl) {
  return `${trimBase(baseUrl)}/?mode=json&include=all`;
}
function archiveUrl(baseUrl, filename) {
  return `${trimBase(baseUrl)}/${encodeURIComponent(filename)}`;
}
var TransferError = class extends Error {
  status;
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  get retryable() {
    return this.status === void 0 || this.status >= 500 || this.status === 408 || this.status === 429;
  }
};
function fetchFailure(baseUrl, error, what) {
  const why = error instanceof Error ? error.message : String(error);
  const custom = trimBase(baseUrl) !== DEFAULT_GO_DOWNLOAD_BASE_URL;
  if (custom && !(error instanceof TransferError && error.retryable))
    return new InputError(BASE_INPUT, `${what}: ${why}. Check the input ${BASE_INPUT} (${baseUrl}).`);
  let host = baseUrl;
  try {
    host = new URL(baseUrl).host;
  } catch {
  }
  const fix = custom ? `if it keeps failing, check the mirror in ${BASE_INPUT} (${baseUrl})` : `or set ${BASE_INPUT} to a mirror, or go-download-source to proxy`;
  return new EnvironmentError(`Go download site ${host}`, `${what}: ${why}. Retry the job later; ${fix}.`);
}
function idleGuard(source, timeoutMs, onChunk) {
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => source.destroy(new TransferError(`no data for ${timeoutMs} ms (timed out)`)), timeoutMs);
  };
  arm();
  return new Transform({
    transform(chunk, _enc, done) {
      arm();
      onChunk(chunk);
      done(null, chunk);
    },
    flush(done) {
      clearTimeout(timer);
      done();
    },
    destroy(err, done) {
      clearTimeout(timer);
      done(err);
    }
  });
}
function describe(error) {
  const e = error;
  if (e?.code === "ECONNRESET" || /aborted|socket hang up/i.test(e?.message ?? ""))
    return `the connection was dropped (${e.code ?? e.message})`;
  if (e?.code === "ECONNREFUSED") return "the connection was refused";
  if (e?.code === "ENOTFOUND" || e?.code === "EAI_AGAIN") return `the host name did not resolve (${e.code})`;
  if (/Request timeout/.test(e?.message ?? "")) return `timed out waiting for an answer`;
  return e?.message ?? String(error);
}
async function getStream(url, http, startAttempt, log) {
  const { HttpClient } = await loadHttpClient();
  const client = new HttpClient("tf-cgo-verify", [], { allowRetries: false, socketTimeout: http.timeoutMs, allowRedirects: true });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        let response;
        try {
          response = await client.get(url);
        } catch (error) {
          throw new TransferError(describe(error));
        }
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
          response.message.resume();
          throw new TransferError(`HTTP ${status}${response.message.statusMessage ? ` ${response.message.statusMessage}` : ""}`, status);
        }
        const consumer = startAttempt();
        const guard = idleGuard(response.message, http.timeoutMs, consumer.onChunk ?? (() => {
        }));
        try {
          await Promise.all([pipeline(response.message, guard), consumer.consume(guard)]);
        } catch (error) {
          throw error instanceof TransferError ? error : new TransferError(describe(error));
        }
        return;
      } catch (error) {
        if (!(error instanceof TransferError) || !error.retryable || attempt >= http.attempts) {
          if (error instanceof TransferError && attempt > 1) error.message += ` (after ${attempt} attempts)`;
          throw error;
        }
        log.info(`GET ${url}: ${error.message}; retrying in ${http.retryDelayMs} ms (attempt ${attempt + 1} of ${http.attempts})`);
        await new Promise((r) => setTimeout(r, http.retryDelayMs));
      }
    }
  } finally {
    client.dispose();
  }
}
async function fetchListing(baseUrl, http = defaultHttpSettings, log = silentLog) {
  const url = listingUrl(baseUrl);
  const fail = (error) => fetchFailure(baseUrl, error, `Could not read the Go download listing ${url}`);
  const chunks = [];
  try {
    await getStream(
      url,
      http,
      () => {
        chunks.length = 0;
        return {
          consume: (body) => pipeline(
            body,
            new Writable({
              write(c, _e, done) {
                chunks.push(c);
                done();
              }
            })
          )
        };
      },
      log
    );
  } catch (error) {
    throw fail(error);
  }
  try {
    return parseListing(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    throw fail(new Error(`${error.message}; a mirror must serve the go.dev/dl JSON listing`));
  }
}
async function downloadVerified(url, expectedSha256, destFile, http = defaultHttpSettings, baseUrl = url, log = silentLog) {
  const expected = expectedSha256.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw fetchFailure(
      baseUrl,
      new Error(`the listing gives no usable sha256 ("${expectedSha256}"), so the archive cannot be verified; refusing it`),
      `Refusing ${url}`
    );
  }
  let hash = crypto.createHash("sha256");
  let bytes = 0;
  try {
    await getStream(
      url,
      http,
      () => {
        hash = crypto.createHash("sha256");
        bytes = 0;
        return {
          onChunk: (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
          },
          consume: (body) => pipeline(body, fs2.createWriteStream(destFile))
        };
      },
      log
    );
  } catch (error) {
    await fs2.promises.rm(destFile, { force: true });
    throw fetchFailure(baseUrl, error, `Could not download ${url}`);
  }
  const actual = hash.digest("hex");
  if (actual !== expected) {
    await fs2.promises.rm(destFile, { force: true });
    throw fetchFailure(
      baseUrl,
      new Error(
        `its sha256 is ${actual} (${bytes} bytes) but the listing says ${expected}; nothing was cached. The download was corrupted or the mirror serves a different file`
      ),
      `Refusing ${url}`
    );
  }
  return { sha256: actual, bytes };
}
async function installGo(selected, options) {
  const cacheRoot = toolCacheRoot();
  if (!cacheRoot) throw noToolCache();
  const url = archiveUrl(options.baseUrl, selected.file.filename);
  const work = await fs2.promises.mkdtemp(path3.join(runnerTemp(), "go-setup-"));
  let staging;
  try {
    const archive = path3.join(work, selected.file.filename);
    const log = options.log ?? silentLog;
    log.info(`Downloading Go ${selected.version} from ${url}`);
    const { bytes } = await downloadVerified(url, selected.file.sha256, archive, options.http, options.baseUrl, log);
    log.info(`Verified sha256 ${selected.file.sha256} (${bytes} bytes)`);
    const toolName = goToolName(options.baseUrl);
    await fs2.promises.mkdir(path3.join(cacheRoot, toolName), { recursive: true });
    staging = await fs2.promises.mkdtemp(path3.join(cacheRoot, toolName, ".staging-"));
    await extractTarGz(archive, staging);
    const root = path3.join(staging, "go");
    const goBinary = path3.join(root, "bin", "go");
    if (!fs2.existsSync(goBinary)) {
      throw fetchFailure(
        options.baseUrl,
        new Error("it passed its checksum but has no go/bin/go inside; it is not a Go toolchain archive"),
        `Refusing ${url}`
      );
    }
    return await moveIntoToolCache(root, selected.version, options.cacheArch, toolName);
  } finally {
    await fs2.promises.rm(work, { recursive: true, force: true });
    if (staging) await fs2.promises.rm(staging, { recursive: true, force: true });
  }
}

// src/setup/go-proxy.ts
var import_semver2 = __toESM(require_semver(), 1);
import fs3 from "node:fs";
import path4 from "node:path";
var TOOLCHAIN_MODULE = "golang.org/toolchain";
var DOWNLOAD_SOURCE_INPUT = "go-download-source";
var MIN_SWITCHING_GO = "1.21.0";
var TOOLCHAIN_VERSION = /^v0\.0\.1-(go[0-9a-z.]+)\.([a-z0-9]+)-([a-z0-9]+)$/;
var FIX = `or set go-download-source to go.dev`;
function toolchainModuleVersion(version, goos, goarch) {
  return `v0.0.1-${semverToGoVersion(version)}.${goos}-${goarch}`;
}
function parseToolchainVersions(text, goos, goarch) {
  const found = /* @__PURE__ */ new Set();
  for (const word of text.split(/\s+/)) {
    const m = TOOLCHAIN_VERSION.exec(word);
    if (!m || m[2] !== goos || m[3] !== goarch) continue;
    const v = goVersionToSemver(m[1]);
    if (v) found.add(v);
  }
  return [...found].sort(import_semver2.default.rcompare);
}
function chooseToolchainVersion(versions, spec) {
  if (!isStableAlias(spec)) return import_semver2.default.maxSatisfying([...versions], spec) ?? void 0;
  const releases = versions.filter((v) => import_semver2.default.prerelease(v) === null).sort(import_semver2.default.rcompare);
  const lines = [...new Set(releases.map((v) => `${import_semver2.default.major(v)}.${import_semver2.default.minor(v)}`))];
  const line = lines[spec === "stable" ? 0 : 1];
  return line ? releases.find((v) => `${import_semver2.default.major(v)}.${import_semver2.default.minor(v)}` === line) : void 0;
}
function proxyUnavailableReason(onPath, goos, goarch) {
  if (!onPath) return "there is no Go on PATH to fetch and verify it";
  if (import_semver2.default.lt(onPath.version, MIN_SWITCHING_GO))
    return `the Go on PATH is ${onPath.version}, and only Go 1.21 or newer fetches toolchains`;
  if (onPath.hostOs !== goos || onPath.hostArch !== goarch) {
    return `the Go on PATH runs on ${onPath.hostOs}/${onPath.hostArch} and fetches toolchains for that platform, not ${goos}/${goarch}`;
  }
  return void 0;
}
function proxyGoEnv(base, workDir, gotoolchain) {
  return { ...base, GOMODCACHE: path4.join(workDir, "mod"), GOPATH: path4.join(workDir, "gopath"), GOTOOLCHAIN: gotoolchain };
}
function proxyIsOff(goproxy) {
  return goproxy.trim().split(/[,|]/)[0]?.trim() === "off";
}
var PROXY_REFUSED = /toolchain not available|\b(403|404|410)\b|not found|Not Found|Gone|not available/;
var PROXY_UNREACHABLE = /dial tcp|connection refused|no such host|i\/o timeout|TLS handshake|EOF|\b5\d\d [A-Z][a-z]/;
function proxyFailure(output, module, config, doing = "") {
  const text = `${doing}${explainProxyFailure(output, module, config)}`;
  const unreachable = PROXY_UNREACHABLE.test(output) && !PROXY_REFUSED.test(output) && !/checksum mismatch|GOSUMDB=off/.test(output);
  return unreachable ? new EnvironmentError(`Go module proxy (GOPROXY=${config.GOPROXY})`, `${text} Retry the job later.`) : new InputError(DOWNLOAD_SOURCE_INPUT, text);
}
function explainProxyFailure(output, module, config) {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !/^go: downloading go/.test(l));
  const goSays = lines.filter((l) => !/^(SECURITY ERROR|This download|The bits|have been|intercepted|For more information)/.test(l)).join(" ").slice(0, 600);
  const where = `GOPROXY=${config.GOPROXY}`;
  if (/checksum mismatch/.test(output)) {
    const sums = /downloaded:\s*(\S+)\s*\n\s*(\S+):\s*(\S+)/.exec(output);
    return `the module proxy (${where}) served ${module} with a checksum that does not match the checksum database (GOSUMDB=${config.GOSUMDB})` + (sums ? `: downloaded ${sums[1]}, ${sums[2]} ${sums[3]}` : "") + `. The proxy serves altered files; nothing was installed. Point GOPROXY at a proxy you trust (unset, it is Go's default module proxy, then direct), ${FIX}.`;
  }
  if (/disabled by GOSUMDB=off/.test(output)) {
    return `GOSUMDB is off, and the go command only installs a toolchain it has checked against the checksum database. Unset GOSUMDB (the default is Go's checksum database) ${FIX}.`;
  }
  if (PROXY_REFUSED.test(output)) {
    return `the module proxy (${where}) refused ${module} (${goSays}). Use a GOPROXY that serves golang.org/toolchain (Go's default module proxy does) and check the version exists for this platform, ${FIX}.`;
  }
  if (PROXY_UNREACHABLE.test(output)) {
    return `the module proxy (${where}) could not be reached (${goSays}). Check GOPROXY and the network, ${FIX}.`;
  }
  return `the go command could not fetch ${module} through ${where} (${goSays}). ${FIX[0].toUpperCase()}${FIX.slice(1)}.`;
}
var GO_TIMEOUT_MS = 15 * 6e4;
async function makeFoldersWritable(dir) {
  if (!fs3.existsSync(dir)) return;
  await fs3.promises.chmod(dir, 493);
  for (const entry of await fs3.promises.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) await fs3.promises.chmod(path4.join(entry.parentPath, entry.name), 493);
  }
}
async function removeTree(dir) {
  await makeFoldersWritable(dir).catch(() => {
  });
  await fs3.promises.rm(dir, { recursive: true, force: true });
}
async function readProxyConfig(env, cwd) {
  const run = await runProcess("go", ["env", "GOPROXY", "GOSUMDB"], { cwd, env, timeoutMs: 6e4 });
  if (run.exitCode !== 0) {
    throw new InputError(
      DOWNLOAD_SOURCE_INPUT,
      `'go env GOPROXY GOSUMDB' failed (${(run.spawnError?.message ?? run.combined).trim()}); fix the Go environment ${FIX}.`
    );
  }
  const [GOPROXY = "", GOSUMDB = ""] = run.stdout.split(/\r?\n/).map((l) => l.trim());
  if (proxyIsOff(GOPROXY)) {
    throw new InputError(
      DOWNLOAD_SOURCE_INPUT,
      `GOPROXY is ${GOPROXY}, so the go command cannot fetch Go from the module proxy. Unset GOPROXY (the default is Go's module proxy, then direct) ${FIX}.`
    );
  }
  return { GOPROXY, GOSUMDB };
}
async function listProxyToolchains(options) {
  const work = await fs3.promises.mkdtemp(path4.join(runnerTemp(), "go-proxy-list-"));
  try {
    const env = proxyGoEnv(options.env ?? process.env, work, "local");
    const config = await readProxyConfig(env, work);
    const run = await runProcess("go", ["list", "-m", "-versions", TOOLCHAIN_MODULE], { cwd: work, env, timeoutMs: 12e4 });
    if (run.exitCode !== 0) {
      throw proxyFailure(run.combined, TOOLCHAIN_MODULE, config, `listing ${TOOLCHAIN_MODULE} versions: `);
    }
    return parseToolchainVersions(run.stdout, options.goos, options.goarch);
  } finally {
    await removeTree(work);
  }
}
async function installGoFromProxy(version, options) {
  const cacheRoot = toolCacheRoot();
  if (!cacheRoot) throw noToolCache();
  const goVersion = semverToGoVersion(version);
  const module = `${TOOLCHAIN_MODULE}@${toolchainModuleVersion(version, options.goos, options.goarch)}`;
  await fs3.promises.mkdir(path4.join(cacheRoot, "go"), { recursive: true });
  const work = await fs3.promises.mkdtemp(path4.join(cacheRoot, "go", ".proxy-"));
  try {
    const env = proxyGoEnv(options.env ?? process.env, work, goVersion);
    const config = await readProxyConfig({ ...env, GOTOOLCHAIN: "local" }, work);
    options.log.info(`Fetching ${module} with the go command on PATH (GOPROXY=${config.GOPROXY}, GOSUMDB=${config.GOSUMDB})`);
    const run = await runProcess("go", ["env", "GOROOT", "GOVERSION"], { cwd: work, env, timeoutMs: GO_TIMEOUT_MS });
    if (run.exitCode !== 0) throw proxyFailure(run.combined, module, config);
    const [goroot = "", reported = ""] = run.stdout.split(/\r?\n/).map((l) => l.trim());
    const expectedRoot = path4.join(env.GOMODCACHE, module);
    if (goroot !== expectedRoot || reported !== goVersion) {
      throw new InputError(
        DOWNLOAD_SOURCE_INPUT,
        `GOTOOLCHAIN=${goVersion} go env reported GOVERSION "${reported}" at "${goroot}", expected ${goVersion} at ${expectedRoot}; the go command on PATH did not switch toolchains.`
      );
    }
    options.log.info(`Verified ${module} against ${config.GOSUMDB}`);
    await makeFoldersWritable(goroot);
    return await moveIntoToolCache(goroot, version, options.cacheArch, OFFICIAL_GO_TOOL_NAME);
  } finally {
    await removeTree(work);
  }
}

// src/setup/go-setup.ts
function readRequested(options, log) {
  const spec = options.versionSpec?.trim();
  const file = options.versionFile?.trim();
  if (spec && file) log.warning(`Both go-version (${spec}) and go-version-file (${file}) are set; using go-version.`);
  if (spec) return { spec, input: "go-version" };
  if (!file) return void 0;
  const full = path5.resolve(options.workingDirectory, file);
  let text;
  try {
    text = fs4.readFileSync(full, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(
      "go-version-file",
      `go-version-file ${file} cannot be read (${full}: ${code ?? error.message}). The path is relative to the working directory ${options.workingDirectory}.`
    );
  }
  const found = parseGoVersionFile(full, text);
  if (!found) {
    throw new InputError(
      "go-version-file",
      `go-version-file ${file} names no Go version (expected a "toolchain goX.Y.Z" or "go X.Y" line in go.mod/go.work, a "golang X.Y.Z" line in .tool-versions, or a version in .go-version).`
    );
  }
  return { spec: found, input: "go-version-file" };
}
async function goOnPath(env, log) {
  const run = await runProcess("go", ["env", "GOVERSION", "GOROOT", "GOHOSTOS", "GOHOSTARCH"], {
    cwd: os.tmpdir(),
    env: { ...env, GOTOOLCHAIN: "local", GOFLAGS: "" },
    timeoutMs: 3e4
  });
  if (run.spawnError || run.exitCode !== 0) {
    if (!run.spawnError) log.debug(`go env failed: ${run.combined.trim()}`);
    return void 0;
  }
  const [goVersion = "", goroot = "", hostOs = "", hostArch = ""] = run.stdout.split(/\r?\n/).map((l) => l.trim());
  const version = goVersionToSemver(goVersion);
  if (!version || !goroot) {
    log.info(`The Go on PATH reports GOVERSION "${goVersion}", which is not a release version; not using it.`);
    return void 0;
  }
  return { version, goroot, hostOs, hostArch };
}
function goEnvironment(go, env) {
  return { ...env, PATH: prependSearchPath(path5.join(go.goroot, "bin"), env.PATH), GOTOOLCHAIN: "local" };
}
async function setupGo(options) {
  const log = options.log ?? silentLog;
  const env = options.env ?? process.env;
  const requested = readRequested(options, log);
  const result = requested ? await setupRequested(setupContext(options, requested, log, env)) : await pathGoOnly(env, log);
  log.info(`Using Go ${result.version} from ${result.source}: ${result.goroot}`);
  return result;
}
function setupContext(options, requested, log, env) {
  const platform = goOs(options.platform ?? process.platform);
  const arch = goArch(options.arch ?? process.arch);
  const http = { ...defaultHttpSettings };
  for (const [k, v] of Object.entries(options.http ?? {})) if (v !== void 0) http[k] = v;
  const baseUrl = options.downloadBaseUrl?.trim() || DEFAULT_GO_DOWNLOAD_BASE_URL;
  return { options, requested, log, env, platform, arch, cacheArch: nodeArch(arch), baseUrl, http };
}
async function pathGoOnly(env, log) {
  const onPath = await goOnPath(env, log);
  if (!onPath) {
    throw new InputError(
      "go-version",
      "No Go on PATH and neither go-version nor go-version-file is set. Set go-version (for example 1.26 or stable) or go-version-file (for example go.mod)."
    );
  }
  return { version: onPath.version, goroot: onPath.goroot, source: "path" };
}
async function setupRequested(ctx) {
  const { options, requested } = ctx;
  let range = normalizeSpec(requested.spec, {
    input: requested.input,
    file: requested.input === "go-version-file" ? options.versionFile : void 0
  });
  const useProxy = options.downloadSource === "proxy";
  const onPath = useProxy || !options.checkLatest ? await goOnPath(ctx.env, ctx.log) : void 0;
  const source = chooseSource(ctx, useProxy, onPath);
  if (isStableAlias(range)) {
    const resolved = await source.resolveAlias(range);
    ctx.log.info(`go-version ${range} is ${resolved}`);
    range = resolved;
  }
  if (!options.checkLatest) {
    const local = await findLocal(ctx, onPath, range, source.toolName);
    if (local) return { ...local, spec: range };
  }
  const choice = await source.choose(range);
  const cached = options.checkLatest ? await findInToolCache(choice.version, ctx.cacheArch, source.toolName) : void 0;
  if (cached) return { ...cached, source: "tool-cache", spec: range };
  return { version: choice.version, ...await choice.install(), spec: range };
}
async function findLocal(ctx, onPath, range, toolName) {
  const { platform, arch } = ctx;
  const sameHost = onPath && (!onPath.hostOs || onPath.hostOs === platform) && (!onPath.hostArch || onPath.hostArch === arch);
  if (onPath && sameHost && import_semver3.default.satisfies(onPath.version, range)) {
    return { version: onPath.version, goroot: onPath.goroot, source: "path" };
  }
  if (onPath)
    ctx.log.info(
      `The Go on PATH (${onPath.version}, ${onPath.hostOs}/${onPath.hostArch}) does not satisfy ${range} for ${platform}/${arch}.`
    );
  const cached = await findInToolCache(range, ctx.cacheArch, toolName);
  return cached && { ...cached, source: "tool-cache" };
}
function chooseSource(ctx, useProxy, onPath) {
  const fallbackReason = useProxy ? proxyUnavailableReason(onPath, ctx.platform, ctx.arch) : void 0;
  if (useProxy && !fallbackReason) return proxySource(ctx, onPath);
  return listingSource(ctx, fallbackReason);
}
function proxySource(ctx, fetcher) {
  const { platform, arch, requested } = ctx;
  const proxyOptions = { goos: platform, goarch: arch, env: ctx.env, log: ctx.log };
  let listed3;
  const list = async () => listed3 ??= await listProxyToolchains(proxyOptions);
  return {
    toolName: OFFICIAL_GO_TOOL_NAME,
    async resolveAlias(alias) {
      const newest = chooseToolchainVersion(await list(), alias);
      const resolved = newest && `~${newest.split(".").slice(0, 2).join(".")}`;
      if (!resolved)
        throw new InputError(
          "go-download-source",
          `The module proxy lists no ${alias} ${TOOLCHAIN_MODULE} release for ${platform}/${arch}.`
        );
      return resolved;
    },
    async choose(range) {
      const versions = listed3 ?? (import_semver3.default.valid(range) ? [range] : await list());
      const version = chooseToolchainVersion(versions, range);
      if (!version) {
        const newest = versions.slice(0, 6);
        throw new InputError(
          requested.input,
          `No ${TOOLCHAIN_MODULE} release on the module proxy matches ${requested.input} "${requested.spec}" (${range}) for ${platform}/${arch}. ` + (newest.length ? `Newest available: ${newest.join(", ")}.` : "The proxy lists none for this platform.")
        );
      }
      return {
        version,
        install: async () => (
          // GOTOOLCHAIN naming the Go on PATH's own release fetches nothing: that Go is the release.
          version === fetcher.version ? { goroot: fetcher.goroot, source: "path" } : { goroot: await installGoFromProxy(version, { ...proxyOptions, cacheArch: ctx.cacheArch }), source: "proxy" }
        )
      };
    }
  };
}
function listingSource(ctx, fallbackReason) {
  const { platform, arch, baseUrl, requested } = ctx;
  let listing;
  const read = async () => {
    if (listing) return listing;
    if (fallbackReason)
      ctx.log.notice(
        `go-download-source is proxy, but ${fallbackReason}; downloading Go from ${baseUrl} instead (verified against the listing's sha256).`
      );
    return listing = await fetchListing(baseUrl, ctx.http, ctx.log);
  };
  return {
    toolName: goToolName(baseUrl),
    async resolveAlias(alias) {
      const resolved = resolveStableAlias(await read(), alias);
      if (!resolved) throw new InputError("go-download-base-url", `The listing ${listingUrl(baseUrl)} has no ${alias} Go release.`);
      return resolved;
    },
    async choose(range) {
      const releases = await read();
      const selected = selectRelease(releases, range, platform, arch);
      if (!selected) {
        const newest = availableVersions(releases, platform, arch).slice(0, 6);
        throw new InputError(
          requested.input,
          `No Go release in ${listingUrl(baseUrl)} matches ${requested.input} "${requested.spec}" (${range}) for ${platform}/${arch}. ` + (newest.length ? `Newest available: ${newest.join(", ")}.` : `The listing has no archive for ${platform}/${arch} at all.`)
        );
      }
      return {
        version: selected.version,
        install: async () => ({
          goroot: await installGo(selected, { baseUrl, cacheArch: ctx.cacheArch, http: ctx.http, log: ctx.log }),
          source: "download"
        })
      };
    }
  };
}

// src/setup/tf-install.ts
var import_semver4 = __toESM(require_semver(), 1);
import fs8 from "node:fs";
import path9 from "node:path";

// src/setup/venv-install.ts
import fs7 from "node:fs";
import path8 from "node:path";

// src/setup/uv-install.ts
import fs6 from "node:fs";
import path7 from "node:path";

// src/setup/pip-config.ts
function unrepr(text) {
  const quote = text[0];
  if (quote !== "'" && quote !== '"' || text.at(-1) !== quote) return text;
  const escapes = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"' };
  return text.slice(1, -1).replace(
    /\\(x[0-9a-fA-F]{2}|.)/g,
    (_m, c) => c.length === 3 ? String.fromCharCode(parseInt(c.slice(1), 16)) : escapes[c] ?? `\\${c}`
  );
}
function parsePipConfigList(text) {
  const settings = [];
  for (const line of text.split("\n")) {
    const m = /^(:env:|[A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)=(.*)$/.exec(line.trim());
    if (m) settings.push({ section: m[1], name: m[2].replace(/_/g, "-"), value: unrepr(m[3]) });
  }
  return settings;
}
var SECTION_ORDER = ["global", "install", ":env:"];
function installSettings(settings) {
  const chosen = /* @__PURE__ */ new Map();
  for (const section of SECTION_ORDER) for (const s of settings) if (s.section === section) chosen.set(s.name, s);
  return chosen;
}
function settingLabel(setting) {
  return setting.section === ":env:" ? `PIP_${setting.name.toUpperCase().replace(/-/g, "_")}` : `pip config ${setting.section}.${setting.name}`;
}
async function readPipSettings(python, env) {
  const result = await runProcess(python, ["-m", "pip", "config", "list"], { env, timeoutMs: 6e4 });
  if (result.exitCode === 0) return parsePipConfigList(result.stdout);
  return Object.entries(env).flatMap(
    ([key, value]) => key.startsWith("PIP_") && value !== void 0 ? [{ section: ":env:", name: key.slice(4).toLowerCase().replace(/_/g, "-"), value }] : []
  );
}

// src/setup/pip-to-uv.ts
var same = (uv, takesValue2 = true) => ({ kind: "same", uv: [uv], takesValue: takesValue2 });
var flag = (...uv) => ({ kind: "same", uv, takesValue: false });
var RULES = {
  "index-url": { kind: "index" },
  "extra-index-url": { kind: "extra-index" },
  "no-index": { kind: "no-index" },
  "find-links": { kind: "find-links" },
  "trusted-host": { kind: "trusted-host" },
  "no-binary": same("--no-binary"),
  "only-binary": same("--only-binary"),
  "prefer-binary": flag(),
  pre: flag("--prerelease", "allow"),
  cert: same("--cert"),
  constraint: same("--constraint"),
  requirement: same("--requirement"),
  upgrade: flag("--upgrade"),
  "force-reinstall": flag("--reinstall"),
  "no-deps": flag("--no-deps"),
  "require-hashes": flag("--require-hashes"),
  "no-build-isolation": flag("--no-build-isolation"),
  "no-cache-dir": flag("--no-cache"),
  quiet: flag("--quiet"),
  verbose: flag("--verbose"),
  timeout: { kind: "env", names: ["UV_HTTP_TIMEOUT"] },
  "default-timeout": { kind: "env", names: ["UV_HTTP_TIMEOUT"] },
  retries: { kind: "env", names: ["UV_HTTP_RETRIES"] },
  proxy: { kind: "env", names: ["HTTPS_PROXY", "HTTP_PROXY"] },
  "disable-pip-version-check": { kind: "ignore", takesValue: false },
  "no-input": { kind: "ignore", takesValue: false },
  "no-color": { kind: "ignore", takesValue: false },
  "no-warn-script-location": { kind: "ignore", takesValue: false },
  "no-warn-conflicts": { kind: "ignore", takesValue: false },
  "break-system-packages": { kind: "ignore", takesValue: false },
  "require-virtualenv": { kind: "ignore", takesValue: false },
  "progress-bar": { kind: "ignore", takesValue: true },
  "config-file": { kind: "ignore", takesValue: true },
  "root-user-action": { kind: "ignore", takesValue: true }
};
var SHORT = {
  i: "index-url",
  f: "find-links",
  c: "constraint",
  r: "requirement",
  U: "upgrade",
  q: "quiet",
  v: "verbose"
};
function apply(rule, value, into, origin) {
  const values = value === void 0 ? [] : value.split(/\s+/).filter(Boolean);
  switch (rule.kind) {
    case "index":
      into.index = value;
      into.indexFrom = origin;
      return;
    case "extra-index":
      into.extraIndexes.push(...values);
      into.extraIndexesFrom.add(origin);
      return;
    case "find-links":
      into.findLinks.push(...values);
      return;
    case "trusted-host":
      into.trustedHosts.push(...values);
      return;
    case "no-index":
      into.noIndex = true;
      return;
    case "same":
      into.args.push(...rule.uv, ...rule.takesValue && value !== void 0 ? [value] : []);
      return;
    case "env":
      for (const name of rule.names) into.env[name] = value ?? "";
      return;
    case "ignore":
      return;
  }
}
function takesValue(rule) {
  if (rule.kind === "same" || rule.kind === "ignore") return rule.takesValue;
  return rule.kind !== "no-index";
}
var TRUE_WORDS = /* @__PURE__ */ new Set(["1", "true", "yes", "on"]);
function settingValue(rule, setting) {
  if (takesValue(rule)) return setting.value;
  return TRUE_WORDS.has(setting.value.trim().toLowerCase()) ? void 0 : false;
}
function gatherSettings(settings, into) {
  for (const setting of settings) {
    const rule = RULES[setting.name];
    if (!rule) return settingLabel(setting);
    const value = settingValue(rule, setting);
    if (value !== false) apply(rule, value, into, settingLabel(setting));
  }
  return void 0;
}
function readOption(words, at) {
  const word = words[at];
  const long = /^--([^=]+)(?:=(.*))?$/s.exec(word);
  const short2 = /^-([A-Za-z])(.*)$/s.exec(word);
  const name = long ? long[1] : SHORT[short2?.[1] ?? ""] ?? word;
  const inline = long ? long[2] : short2?.[2] || void 0;
  const rule = RULES[name];
  if (!rule || !takesValue(rule) || inline !== void 0) return { name, value: inline, used: 1, word };
  return { name, value: words[at + 1], used: 2, word };
}
function gatherArgs(pipArgs, into) {
  for (let at = 0; at < pipArgs.length; ) {
    const word = pipArgs[at];
    if (!word.startsWith("-")) {
      into.args.push(word);
      at++;
      continue;
    }
    const option = readOption(pipArgs, at);
    const rule = RULES[option.name];
    if (!rule) return option.word.replace(/=.*$/s, "");
    const repeats = /^-(q+|v+)$/.exec(word)?.[1]?.length ?? 1;
    for (let i = 0; i < repeats; i++) apply(rule, option.value, into, "pip-args");
    at += option.used;
  }
  return void 0;
}
function written(g) {
  const args = [...g.args];
  if (g.noIndex) args.push("--no-index");
  else if (g.index) args.push("--index-url", g.index);
  if (!g.noIndex) for (const url of g.extraIndexes) args.push("--extra-index-url", url);
  for (const place2 of g.findLinks) args.push("--find-links", place2);
  for (const host of g.trustedHosts) args.push("--allow-insecure-host", host);
  const sources = (g.noIndex ? 0 : 1 + g.extraIndexes.length) + g.findLinks.length;
  if (sources > 1) args.push("--index-strategy", "unsafe-best-match");
  const indexes = g.noIndex ? [] : [...g.index ? [g.index] : [], ...g.extraIndexes];
  return {
    args,
    env: g.env,
    indexes,
    noIndex: g.noIndex,
    indexOrigins: [.../* @__PURE__ */ new Set([...g.indexFrom ? [g.indexFrom] : [], ...g.extraIndexesFrom])]
  };
}
function pipToUv(pipArgs, settings) {
  const gathered = {
    extraIndexes: [],
    findLinks: [],
    trustedHosts: [],
    noIndex: false,
    args: [],
    env: {},
    extraIndexesFrom: /* @__PURE__ */ new Set()
  };
  const isolated = pipArgs.includes("--isolated");
  const unknownSetting = isolated ? void 0 : gatherSettings(settings, gathered);
  if (unknownSetting) return { ok: false, option: unknownSetting };
  const unknownArg = gatherArgs(
    pipArgs.filter((w) => w !== "--isolated"),
    gathered
  );
  if (unknownArg) return { ok: false, option: `pip-args ${unknownArg}` };
  return { ok: true, ...written(gathered) };
}
var INDEX_CHOICE = /* @__PURE__ */ new Set(["index", "extra-index", "no-index", "find-links", "trusted-host"]);
function indexWords(pipArgs) {
  const words = [];
  for (let at = 0; at < pipArgs.length; ) {
    if (!pipArgs[at].startsWith("-")) {
      at++;
      continue;
    }
    const option = readOption(pipArgs, at);
    const rule = RULES[option.name];
    if (rule && (INDEX_CHOICE.has(rule.kind) || option.name === "cert")) words.push(...pipArgs.slice(at, at + option.used));
    at += option.used;
  }
  return words;
}

// src/setup/uv-tool.ts
import fs5 from "node:fs";
import os2 from "node:os";
import path6 from "node:path";
var UV_VERSION = "0.13.9";
var UV_WHEEL_SHA256 = {
  x64: "d7f459fe4fd247d830351c75686d3996ace3c6f3f728eb0e85a30b7ada0cef19",
  arm64: "5435c5ce14a56431208ca0996416d310f1598e8c2c8ba707688985a16bb82dbe"
};
var loadToolCache2 = () => import("./tool-cache-YUURCXZM.js");
var lastLines = (result) => outputTail(result, 3).replace(/\n/g, " / ");
async function obtainUv(request) {
  const { platform, arch } = request;
  if (platform !== "linux" || !UV_WHEEL_SHA256[arch])
    return { ok: false, reason: `uv ${UV_VERSION} is pinned for Linux x86-64 and aarch64 only, not ${platform} ${arch}` };
  if (!process.env.RUNNER_TOOL_CACHE) return obtainOutsideToolCache(request);
  const tc = await loadToolCache2();
  const cached = tc.find("uv", UV_VERSION, arch);
  if (cached) return { ok: true, uv: path6.join(cached, "uv"), fetched: false };
  const scratch = fs5.mkdtempSync(path6.join(runnerTemp(request.env), "tf-cgo-verify-uv-"));
  try {
    const fetched = await fetchUv(request, scratch);
    if (!fetched.ok) return fetched;
    const dir = await tc.cacheDir(path6.dirname(fetched.uv), "uv", UV_VERSION, arch);
    return { ok: true, uv: path6.join(dir, "uv"), fetched: true };
  } finally {
    fs5.rmSync(scratch, { recursive: true, force: true });
  }
}
async function obtainOutsideToolCache(request) {
  const home = path6.join(toolCacheOrTemp(request.env), "tf-cgo-verify", `uv-${UV_VERSION}-${request.arch}`);
  const uv = path6.join(home, "target", "bin", "uv");
  if (fs5.existsSync(uv)) return { ok: true, uv, fetched: false };
  fs5.rmSync(home, { recursive: true, force: true });
  fs5.mkdirSync(home, { recursive: true });
  const fetched = await fetchUv(request, home);
  if (!fetched.ok) fs5.rmSync(home, { recursive: true, force: true });
  return fetched;
}
async function fetchUv(request, scratch) {
  const requirements = path6.join(scratch, "uv-requirements.txt");
  const hashes = Object.values(UV_WHEEL_SHA256).map((h) => ` --hash=sha256:${h}`);
  fs5.writeFileSync(requirements, `uv==${UV_VERSION}${hashes.join("")}${os2.EOL}`);
  const target = path6.join(scratch, "target");
  const args = ["-m", "pip", "install", "--disable-pip-version-check", "--no-deps", "--only-binary", ":all:", "--require-hashes"];
  const pip = await runProcess(request.python, [...args, "--target", target, ...request.indexArgs, "-r", requirements], {
    env: request.env,
    timeoutMs: 5 * 6e4
  });
  if (pip.exitCode !== 0) return { ok: false, reason: `${request.python} -m pip could not fetch uv ${UV_VERSION}: ${lastLines(pip)}` };
  const uv = path6.join(target, "bin", "uv");
  const version = await runProcess(uv, ["--version"], { env: request.env, timeoutMs: 6e4 });
  if (version.exitCode !== 0) return { ok: false, reason: `uv ${UV_VERSION} does not run here: ${lastLines(version)}` };
  return { ok: true, uv, fetched: true };
}

// src/setup/uv-failure.ts
var RULES2 = [
  { kind: "index-unreachable", pattern: /^error: Request failed after \d+ retr/m },
  {
    kind: "index-unreachable",
    pattern: /^\s*cause: (?:tcp connect error|dns error|operation timed out|error sending request for url)/m
  },
  { kind: "index-lacks-package", pattern: /Because \S+ was not found in the package registry/ },
  { kind: "no-matching-version", pattern: /Because there is no version of |has no wheels with a matching (?:platform|Python)/ },
  { kind: "no-matching-version", pattern: /Because only \S+ .*is available and you require/ }
];
function classifyUvFailure(output) {
  return RULES2.find((r) => r.pattern.test(output))?.kind ?? "uv-trouble";
}
function uvFailure(result, context) {
  const kind = result.timedOut ? "index-unreachable" : classifyUvFailure(result.combined);
  if (kind === "uv-trouble") return void 0;
  const said = `uv pip install ${context.words.join(" ")} ${result.timedOut ? "timed out after 30 minutes" : `exited with ${result.exitCode ?? result.signal}`}:
${outputTail(result)}
`;
  const index = context.indexes.length ? `package index ${context.indexes.join(", ")} (from ${context.indexOrigin})` : "the default package index";
  switch (kind) {
    case "index-unreachable":
      return new EnvironmentError(
        index,
        `${said}The index could not be reached. Retry the job later; if it keeps failing, check the network, or give a reachable mirror in pip-args (--index-url).`
      );
    case "index-lacks-package":
      return new EnvironmentError(
        index,
        `${said}The index has no such package at all: a mirror that does not carry it, or the wrong URL. Give an index that serves TensorFlow (pip-args --index-url, or PIP_INDEX_URL).`
      );
    case "no-matching-version":
      return new InputError("tensorflow-version", `${said}Choose a tensorflow-version that has a wheel for this Python and platform.`);
  }
}

// src/setup/uv-install.ts
function loggedStep(log, title, command, args, env) {
  return log.group(title, async () => {
    const echo = log.rawEcho();
    const result = await runProcess(command, args, { env, timeoutMs: 30 * 6e4, onOutput: (chunk) => echo.write(chunk) });
    echo.end();
    return result;
  });
}
function uvCacheDir(env) {
  return env.UV_CACHE_DIR || path7.join(toolCacheOrTemp(env), "tf-cgo-verify", "uv-cache");
}
function bytecodeWords(env) {
  return env.PYTHONDONTWRITEBYTECODE ? ["--compile-bytecode"] : [];
}
async function installWithUv(request) {
  const { python, venv, venvPython, requirement, pipArgs, log } = request;
  const translated = pipToUv(pipArgs, [...installSettings(await readPipSettings(python, request.env)).values()]);
  if (!translated.ok) return { ok: false, reason: `${translated.option} has no uv equivalent` };
  const tool = await obtainUv({ ...request, indexArgs: indexWords(pipArgs) });
  if (!tool.ok) return { ok: false, reason: tool.reason };
  if (tool.fetched) log.info(`uv ${UV_VERSION} fetched with pip and kept at ${tool.uv}`);
  const env = { ...request.env, UV_CACHE_DIR: uvCacheDir(request.env), ...translated.env };
  fs6.mkdirSync(path7.dirname(venv), { recursive: true });
  const venvArgs = ["venv", "--no-config", "--python", python, "--no-python-downloads", venv];
  const made = await loggedStep(log, `uv ${venvArgs.join(" ")}`, tool.uv, venvArgs, env);
  if (made.exitCode !== 0) {
    fs6.rmSync(venv, { recursive: true, force: true });
    return { ok: false, reason: `uv venv failed: ${outputTail(made, 3)}` };
  }
  const words = [requirement, ...bytecodeWords(request.env), ...translated.args];
  const installed = await loggedStep(
    log,
    `uv pip install ${words.join(" ")}`,
    tool.uv,
    ["pip", "install", "--no-config", "--python", venvPython, ...words],
    env
  );
  if (installed.exitCode === 0) return { ok: true };
  fs6.rmSync(venv, { recursive: true, force: true });
  const error = uvFailure(installed, {
    words: [requirement, ...pipArgs],
    indexes: translated.indexes,
    indexOrigin: translated.indexOrigins.join(", ") || "pip-args"
  });
  if (error) throw error;
  return { ok: false, reason: `uv pip install failed: ${outputTail(installed, 3)}` };
}

// src/setup/venv-install.ts
async function installVenv(request) {
  const uv = await installWithUv(request);
  if (uv.ok) return "uv";
  request.log.notice(`Installing TensorFlow with pip instead of uv: ${uv.reason}.`);
  await installWithPip(request);
  return "pip";
}
async function installWithPip({ python, venv, venvPython, requirement, pipArgs, env, log }) {
  fs7.mkdirSync(path8.dirname(venv), { recursive: true });
  const made = await loggedStep(log, `${python} -m venv ${venv}`, python, ["-m", "venv", venv], env);
  if (made.exitCode !== 0) {
    fs7.rmSync(venv, { recursive: true, force: true });
    throw new InputError(
      "python",
      `${python} -m venv failed: ${outputTail(made)}
On Debian/Ubuntu install python3-venv, or use actions/setup-python.`
    );
  }
  const pipWords = [requirement, ...pipArgs];
  const pipCommand = ["-m", "pip", "install", "--disable-pip-version-check", ...pipWords];
  const pip = await loggedStep(log, `pip install ${pipWords.join(" ")}`, venvPython, pipCommand, env);
  if (pip.exitCode !== 0) {
    fs7.rmSync(venv, { recursive: true, force: true });
    throw pipFailure(pip, pipWords);
  }
}
var INDEX_UNREACHABLE = /Retrying \(Retry\(|NewConnectionError|Max retries exceeded|Failed to establish a new connection|Temporary failure in name resolution|Read timed out|ProxyError|SSLError/;
function pipFailure(pip, pipWords) {
  const why = pip.timedOut ? "timed out after 30 minutes" : `exited with ${pip.exitCode ?? pip.signal}`;
  const said = `pip install ${pipWords.join(" ")} ${why}:
${outputTail(pip)}
`;
  if (pip.timedOut || INDEX_UNREACHABLE.test(pip.combined)) {
    const index = /Looking in indexes: (\S+)/.exec(pip.combined)?.[1];
    return new EnvironmentError(
      index ? `package index ${index}` : "pip's package index (its configured default)",
      `${said}The index could not be reached. Retry the job later; if it keeps failing, check the network, or give a reachable mirror in pip-args (--index-url).`
    );
  }
  if (pip.combined.includes("No matching distribution"))
    return new InputError("tensorflow-version", `${said}Choose a tensorflow-version that has a wheel for this Python and platform.`);
  return new InputError("pip-args", `${said}Check pip-args (an --index-url for a mirror, say).`);
}

// src/setup/tf-install.ts
var PROBE = 'import json, platform, sys; print(json.dumps({"version": platform.python_version(), "executable": sys.executable, "basePrefix": getattr(sys, "base_prefix", sys.prefix), "libc": list(platform.libc_ver())}))';
async function probePython(python) {
  const result = await runProcess(python, ["-c", PROBE], { timeoutMs: 6e4 });
  if (result.exitCode !== 0) {
    throw new InputError(
      "python",
      `could not run ${python}: ${outputTail(result).replace(/\.$/, "")}. Give an interpreter on PATH or a full path, e.g. the one actions/setup-python sets up.`
    );
  }
  const out = JSON.parse(result.stdout.trim().split("\n").pop());
  const runtime = process.report?.getReport()?.header?.glibcVersionRuntime;
  const glibc = out.libc[0] === "glibc" ? out.libc[1] : runtime ?? "";
  return { version: out.version, executable: out.executable, basePrefix: out.basePrefix, glibc };
}
function resolveRequest(options, log) {
  const spec = options.versionSpec?.trim();
  const file = options.versionFile?.trim();
  if (spec) {
    if (file) log.warning(`Both tensorflow-version and tensorflow-version-file are set; using tensorflow-version ${spec}.`);
    return { request: parseVersionInput(spec), input: "tensorflow-version" };
  }
  if (file) {
    const full = path9.resolve(options.workingDirectory, file);
    let text;
    try {
      text = fs8.readFileSync(full, "utf8");
    } catch {
      throw new InputError(
        "tensorflow-version-file",
        `cannot read ${full}. Give a requirements.txt, pyproject.toml or setup.cfg path relative to working-directory.`
      );
    }
    const pin = findTfPin(parseVersionFile(full, text));
    if (!pin) throw new InputError("tensorflow-version-file", `${file} has no tensorflow or tensorflow-cpu requirement.`);
    if (pin.note) log.info(`${file}: ${pin.note}`);
    log.info(`TensorFlow version from ${file} line ${pin.requirement.line}: ${pin.requirement.text}`);
    return { request: pinToRequest(pin.requirement), input: "tensorflow-version-file" };
  }
  const goMod = findGoMod(options.workingDirectory);
  if (!goMod) return void 0;
  const inferred = inferTfFromGoMod(fs8.readFileSync(goMod, "utf8"));
  if (!inferred) return void 0;
  const shown2 = path9.relative(options.workingDirectory, goMod) || "go.mod";
  const inferredFrom = `${shown2}:${inferred.line} ${inferred.lineText}`;
  log.info(
    `Inferred TensorFlow ${inferred.request.text} from ${inferredFrom} (${inferred.how}). Set tensorflow-version to choose another.`
  );
  return { request: inferred.request, input: "tensorflow-version", inferredFrom };
}
function planInstall(request, target, input) {
  const refuse = (tf) => {
    throw new InputError(
      input,
      checkCompatibility({ ...target, tf }).map((p) => p.message).join("\n")
    );
  };
  const oldest = TF_RELEASES.at(-1).minor;
  if (!import_semver4.default.intersects(requestRange(request), `>=${oldest}.0-0`, { includePrerelease: true })) {
    throw new InputError(
      input,
      `${request.text} is older than TensorFlow ${oldest}, the oldest release this action knows and checks against the Python and glibc at hand. Give ${oldest} or newer.`
    );
  }
  if (request.kind === "exact") {
    if (checkCompatibility({ ...target, tf: request.version }).length) refuse(request.version);
    return { label: request.version, pipSpec: `==${request.version}`, accept: [pepVersionToSemver(request.version)] };
  }
  const range = requestRange(request);
  const candidates2 = TF_RELEASES.filter((r) => import_semver4.default.intersects(range, `${r.minor}.x`));
  const extra = request.kind === "range" ? request.pep440 ?? semverToPep440(range) : "";
  if (candidates2.length === 0) {
    if (extra === void 0)
      throw new InputError(
        input,
        `${request.text} is outside the TensorFlow releases this action knows (${TF_RELEASES.at(-1).minor}-${TF_RELEASES[0].minor}) and has alternatives (||) pip cannot take; give a simple range such as >=2.22 <2.23.`
      );
    return { label: request.text.replace(/[^A-Za-z0-9.]+/g, "_"), pipSpec: extra, accept: [range] };
  }
  const chosen = newestCompatible(target, candidates2);
  if (!chosen) return refuse(candidates2[0].minor);
  const wildcard = `==${chosen.minor}.*`;
  const pipSpec = extra && extra !== wildcard ? `${wildcard},${extra}` : wildcard;
  return { label: `${chosen.minor}.x`, pipSpec, accept: [`${chosen.minor}.x`, range] };
}
function venvPythonOf(venv) {
  return path9.join(venv, "bin", "python");
}
async function installedVersion(venvPython, packageName) {
  if (!fs8.existsSync(venvPython)) return void 0;
  const result = await runProcess(venvPython, ["-c", "import importlib.metadata as m, sys; print(m.version(sys.argv[1]))", packageName], {
    timeoutMs: 6e4
  });
  return result.exitCode === 0 ? result.stdout.trim() || void 0 : void 0;
}
function fits(version, accept) {
  if (!version) return false;
  try {
    const v = pepVersionToSemver(version);
    return accept.every((range) => import_semver4.default.satisfies(v, range));
  } catch {
    return false;
  }
}
async function setupTensorFlow(options, deps) {
  const { log } = deps;
  const env = deps.env ?? process.env;
  const platform = deps.platform ?? process.platform;
  const arch = deps.arch ?? process.arch;
  const packageName = options.packageName ?? defaultTfPackage(arch);
  if (!TF_PACKAGES.includes(packageName)) {
    throw new InputError(
      "tensorflow-package",
      `'${packageName}' is not one of ${TF_PACKAGES.map((p) => `'${p}'`).join(", ")}. Leave it unset (tensorflow-cpu on x64, tensorflow on arm64), or set tensorflow-cpu or tensorflow.`
    );
  }
  const asked = resolveRequest(options, log);
  if (!asked) return { python: options.python, source: "given-python" };
  const py = await (deps.probePython ?? probePython)(options.python);
  const target = { python: py.version, glibc: py.glibc, platform, arch, packageName, pythonLabel: options.python };
  const plan = planInstall(asked.request, target, asked.input);
  const pyMinor = tfMinorOf(py.version);
  const root = toolCacheOrTemp(env);
  const venv = path9.join(root, "tf-cgo-verify", "venv", `${packageName}-${plan.label}-py${pyMinor}-${platform}-${arch}`);
  const venvPython = venvPythonOf(venv);
  const done = (version, source, cacheKey2, spent) => {
    log.info(`TensorFlow ${packageName} ${version} in ${venv} (${source})`);
    return {
      python: venvPython,
      version,
      venv,
      source,
      inferredFrom: asked.inferredFrom,
      ...cacheKey2 ? { cacheKey: cacheKey2 } : {},
      ...spent ? { spent } : {}
    };
  };
  const existing = await installedVersion(venvPython, packageName);
  const holds = existing ? ` (holds ${packageName} ${existing})` : "";
  if (fits(existing, plan.accept)) return done(existing, "venv-reused");
  if (fs8.existsSync(venv)) {
    log.info(`Replacing ${venv}${holds}`);
    fs8.rmSync(venv, { recursive: true, force: true });
  }
  const cache2 = deps.cache ?? new ActionCache(void 0, log);
  const cacheKey = tfVenvCacheKey({
    platform,
    arch,
    pythonVersion: py.version,
    pythonPrefix: py.basePrefix,
    packageName,
    tfVersion: plan.label,
    pipArgs: options.pipArgs
  });
  const restoreStarted = Date.now();
  if (options.cache && await cache2.restore([venv], cacheKey)) {
    const restored = await installedVersion(venvPython, packageName);
    if (fits(restored, plan.accept)) return done(restored, "cache-restored", cacheKey, { how: "cache", ms: Date.now() - restoreStarted });
    fs8.rmSync(venv, { recursive: true, force: true });
  }
  const installStarted = Date.now();
  const requirement = `${packageName}${plan.pipSpec}`;
  const how = await installVenv({
    python: options.python,
    venv,
    venvPython,
    requirement,
    pipArgs: options.pipArgs,
    env,
    platform,
    arch,
    log
  });
  const installed = await installedVersion(venvPython, packageName);
  if (!fits(installed, plan.accept)) {
    throw new InputError(
      "pip-args",
      `${how} installed ${packageName} ${installed ?? "(nothing)"} into ${venv}, which does not match ${plan.pipSpec}; check pip-args.`
    );
  }
  return done(installed, "venv-installed", options.cache ? cacheKey : void 0, { how, ms: Date.now() - installStarted });
}

// src/setup/setup-stage.ts
function withoutGroups(log) {
  return {
    ...log,
    group: async (name, fn) => {
      log.info(`-- ${name}`);
      return fn();
    }
  };
}
async function setUp(request) {
  const goSetup = await setUpGo(request);
  const tfSetup = await setUpTensorFlow(request);
  return { goSetup, tfSetup, python: tfSetup.python, env: goEnvironment(goSetup, request.env) };
}
async function setUpTensorFlowOnly(request) {
  const tfSetup = await setUpTensorFlow(request);
  return { tfSetup, python: tfSetup.python, env: request.env };
}
async function setUpGo({ inputs, log, env, onGoReady }) {
  const s = inputs.setup;
  const goSetup = await setupGo({
    versionSpec: s.goVersion,
    versionFile: s.goVersionFile,
    workingDirectory: inputs.workingDirectory,
    downloadBaseUrl: s.goDownloadBaseUrl,
    downloadSource: s.goDownloadSource,
    checkLatest: s.checkLatest,
    log,
    env
  });
  onGoReady?.(goSetup);
  return goSetup;
}
function setUpTensorFlow({ inputs, log, env, cache: cache2 }) {
  const s = inputs.setup;
  return setupTensorFlow(
    {
      versionSpec: s.tensorflowVersion,
      versionFile: s.tensorflowVersionFile,
      ...s.tensorflowPackage ? { packageName: s.tensorflowPackage } : {},
      pipArgs: s.pipArgs,
      python: inputs.python,
      cache: s.cache !== "off",
      workingDirectory: inputs.workingDirectory
    },
    { log: withoutGroups(log), env, cache: cache2 }
  );
}
function setupSpent({ tfSetup }) {
  const version = tfSetup.version ? ` ${tfSetup.version}` : "";
  if (tfSetup.source === "venv-reused") return { what: `TensorFlow${version} reused from the tool cache, nothing installed` };
  const spent = tfSetup.spent;
  if (!spent) return void 0;
  const how = spent.how === "cache" ? "restored from the Actions cache" : `installed with ${spent.how}`;
  return { what: `TensorFlow${version} ${how}`, ms: spent.ms };
}

// src/resolve/resolve-stage.ts
import { readFile as readFile2 } from "node:fs/promises";
import path15 from "node:path";

// src/resolve/go-package.ts
import path11 from "node:path";

// src/parse/file-system-failure.ts
var problems = ["no space left on device", "read-only file system", "permission denied"];
var goPathError = /(?:^|: )([a-z]+) ((?:[A-Za-z]:)?[^:]+): (no space left on device|read-only file system|permission denied)$/;
var buildCache = /^failed to initialize build cache at (.+?): [a-z]+ /;
var copiedLink = /copying \S*[/\\]exe[/\\]a\.out(?:\.exe)? to /;
var sourceLocation = /^[^\s:][^:]*:\d+(?::\d+)?: /;
var workFolder = /^\$WORK[/\\]|[/\\]go-build\d+(?:[/\\]|$)/;
function fileSystemFailureOf(line) {
  if (!problems.some((problem2) => line.endsWith(problem2))) return void 0;
  if (sourceLocation.test(line)) return void 0;
  const match = goPathError.exec(line);
  if (!match) return void 0;
  const [goError, operation, filePath, problem] = match;
  const cacheDir = buildCache.exec(line)?.[1];
  const place2 = cacheDir !== void 0 ? "build-cache" : workFolder.test(filePath) || line.includes("creating work dir: ") ? "work-folder" : "path";
  return {
    problem,
    operation,
    path: filePath,
    place: place2,
    ...cacheDir !== void 0 ? { cacheDir } : {},
    linked: copiedLink.test(line),
    goError: goError.replace(/^: /, ""),
    line
  };
}
function firstFileSystemFailure(output) {
  for (const line of output.split("\n")) {
    const failure = fileSystemFailureOf(line.trimEnd());
    if (failure) return failure;
  }
  return void 0;
}

// src/resolve/file-system-error.ts
import fs9 from "node:fs";
import os3 from "node:os";
import path10 from "node:path";

// src/util/bytes.ts
function formatBytes(n) {
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(1)} GiB`;
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1)} MiB`;
  if (n >= 2 ** 10) return `${(n / 2 ** 10).toFixed(1)} KiB`;
  return `${n} bytes`;
}

// src/resolve/file-system-error.ts
function goTempDir(env) {
  return env.GOTMPDIR || env.TMPDIR || os3.tmpdir();
}
function resolvedPath(failure, env) {
  return failure.path.replace(/^\$WORK(?=[/\\]|$)/, path10.join(goTempDir(env), "go-build\u2026"));
}
function isOutputFailure(failure, output) {
  if (output === void 0 || failure.place !== "path") return false;
  return path10.dirname(failure.path) === path10.dirname(output) || output.startsWith(`${failure.path}${path10.sep}`);
}
async function spaceAt(file) {
  for (let dir = file; ; dir = path10.dirname(dir)) {
    const stats = await fs9.promises.statfs(dir).catch(() => void 0);
    if (stats) return { free: stats.bavail * stats.bsize, total: stats.blocks * stats.bsize };
    if (path10.dirname(dir) === dir) return void 0;
  }
}
function userName() {
  try {
    return `${os3.userInfo().username}, uid ${os3.userInfo().uid}`;
  } catch {
    return `uid ${process.getuid?.() ?? "unknown"}`;
  }
}
var causes = {
  "no space left on device": () => "the disk is full",
  "read-only file system": () => "it is on a read-only file system",
  "permission denied": () => `the user the action runs as (${userName()}) may not write there`
};
function placeOf(failure, context, file) {
  const mend = failure.problem === "no space left on device" ? "free space on that disk" : failure.problem === "read-only file system" ? "mount it read-write" : "give the user write access to it";
  if (isOutputFailure(failure, context.output)) {
    return {
      service: `output folder ${path10.dirname(context.output ?? file)}`,
      fix: `Set 'output' to a folder of the workspace on a writable disk with room, or ${mend}.`
    };
  }
  if (failure.place === "build-cache") {
    return {
      service: `Go's build cache ${failure.cacheDir ?? file} (GOCACHE)`,
      fix: `Set GOCACHE to a folder on a writable disk with room (go env GOCACHE shows the one go uses), or ${mend}.`
    };
  }
  if (failure.place === "work-folder") {
    return {
      service: `Go's work folder in ${goTempDir(context.env)} (GOTMPDIR, else TMPDIR)`,
      fix: `Set GOTMPDIR to a folder on a writable disk with room, or ${mend}.`
    };
  }
  return { service: `folder ${path10.dirname(file)}`, fix: `${mend.charAt(0).toUpperCase()}${mend.slice(1)}, then run again.` };
}
async function fileSystemError(failure, context) {
  const file = resolvedPath(failure, context.env);
  const place2 = placeOf(failure, context, file);
  const what = failure.linked ? `${context.command} linked ${path10.basename(file)}, then could not write it there` : `${context.command} could not ${failure.operation === "mkdir" ? "make a folder" : "write"} there`;
  const space = failure.problem === "no space left on device" ? await spaceAt(file) : void 0;
  const parts = [
    `${causes[failure.problem]()}: ${what} (${failure.goError}).`,
    ...space ? [`${formatBytes(space.free)} free of ${formatBytes(space.total)} there now.`] : [],
    ...context.outputNote ? [context.outputNote] : [],
    place2.fix
  ];
  return new EnvironmentError(place2.service, parts.join(" "));
}
var errnoProblems = {
  ENOSPC: "no space left on device",
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "permission denied"
};
function fileSystemFailureOfErrno(error, operation) {
  const { code, path: file } = error ?? {};
  const problem = code ? errnoProblems[code] : void 0;
  if (!problem || !file) return void 0;
  const goError = `${operation} ${file}: ${problem}`;
  return { problem, operation, path: file, place: "path", linked: false, goError, line: goError };
}

// src/resolve/go.ts
function goVanished(spawnError) {
  return new EnvironmentError(
    "go",
    `cannot run go (${spawnError.code ?? spawnError.message}), which setup found earlier in this run: the Go installation changed or went away during the step. Retry the job; if it keeps failing, check what removes or replaces Go on PATH.`
  );
}
async function goListError(stderr, workingDirectory, packagePath, env) {
  const failure = firstFileSystemFailure(stderr);
  return failure ? fileSystemError(failure, { command: "go list", env }) : goListFailed(stderr, workingDirectory, packagePath);
}
function goListFailed(stderr, workingDirectory, packagePath) {
  const why = stderr.trim().split("\n").slice(-3).join(" ");
  if (/go\.mod file not found|cannot find main module/.test(why)) {
    return new InputError(
      "working-directory",
      `${workingDirectory} is not inside a Go module (${why}): point working-directory at the folder with go.mod.`
    );
  }
  return new InputError("package", `go list cannot load '${packagePath}' in ${workingDirectory}: ${why}`);
}
async function readGoEnv(workingDirectory, env) {
  const run = await runProcess("go", ["env", "GOOS", "GOARCH", "CC", "GOCACHE"], { cwd: workingDirectory, env, timeoutMs: 6e4 });
  const [goos = "", goarch = "", cc = "", gocache = ""] = run.exitCode === 0 ? run.stdout.split("\n").map((l) => l.trim()) : [];
  return { goos, goarch, cc: splitWords(cc), gocache };
}

// src/resolve/go-package.ts
function packageFromGoList(json, packagePath) {
  if (json.Error) {
    throw new InputError("package", `go list cannot load '${packagePath}': ${json.Error.Err.trim()}`);
  }
  const pkg = {
    dir: json.Dir,
    importPath: json.ImportPath,
    name: json.Name,
    cgoFiles: (json.CgoFiles ?? []).map((f) => path11.join(json.Dir, f)),
    goFiles: (json.GoFiles ?? []).map((f) => path11.join(json.Dir, f)),
    cxxFiles: (json.CXXFiles ?? []).map((f) => path11.join(json.Dir, f)),
    module: json.Module ? { path: json.Module.Path, goMod: json.Module.GoMod, dir: json.Module.Dir } : void 0,
    deps: json.Deps ?? []
  };
  if (pkg.cgoFiles.length === 0) {
    throw new InputError(
      "package",
      `${pkg.importPath} has no file with import "C", so there is nothing to link against TensorFlow: point 'package' at your cgo package.`
    );
  }
  if (pkg.name !== "main") {
    throw new InputError(
      "package",
      `${pkg.importPath} is package ${pkg.name}, but -buildmode=c-shared needs package main (with //export functions and an empty main()).`
    );
  }
  return pkg;
}
async function describePackage(workingDirectory, packagePath, buildFlags, env) {
  const args = ["list", "-e", "-json=Dir,ImportPath,Name,CgoFiles,GoFiles,CXXFiles,Module,Deps,Error", ...buildFlags, packagePath];
  const result = await runProcess("go", args, { cwd: workingDirectory, env, timeoutMs: 3e5 });
  if (result.spawnError) throw goVanished(result.spawnError);
  if (result.exitCode !== 0 || !result.stdout.trim()) throw await goListError(result.stderr, workingDirectory, packagePath, env);
  return packageFromGoList(JSON.parse(result.stdout), packagePath);
}

// src/resolve/cgo-source.ts
import { readFile } from "node:fs/promises";
import path13 from "node:path";

// src/resolve/go-tokens.ts
var OPS3 = /* @__PURE__ */ new Set(["<<=", ">>=", "&^=", "..."]);
var OPS2 = /* @__PURE__ */ new Set([
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "<<",
  ">>",
  "&^",
  "&&",
  "||",
  "<-",
  "++",
  "--",
  "==",
  "!=",
  "<=",
  ">=",
  ":="
]);
var IDENT_RE = /[\p{L}_][\p{L}\p{Nd}_]*/uy;
function isAsciiIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isAsciiIdentPart(c) {
  return isAsciiIdentStart(c) || c >= 48 && c <= 57;
}
function isDecimal(c) {
  return c >= 48 && c <= 57;
}
function isHex(c) {
  return isDecimal(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function lower(c) {
  return c | 32;
}
function advanceTo(cur, to) {
  for (let k = cur.i; k < to; k++) {
    if (cur.text.charCodeAt(k) === 10) {
      cur.line++;
      cur.lineStart = k + 1;
    }
  }
  cur.i = to;
}
function skipDigits(cur, hex) {
  for (; ; ) {
    const c = cur.text.charCodeAt(cur.i);
    if (c === 95 || (hex ? isHex(c) : isDecimal(c))) cur.i++;
    else return;
  }
}
function scanAsciiIdent(cur) {
  const { text } = cur;
  const start = cur.i++;
  while (cur.i < text.length && isAsciiIdentPart(text.charCodeAt(cur.i))) cur.i++;
  if (cur.i < text.length && text.charCodeAt(cur.i) >= 128) {
    IDENT_RE.lastIndex = start;
    IDENT_RE.test(text);
    cur.i = IDENT_RE.lastIndex;
  }
  return { kind: "ident", terminated: true };
}
function scanNonAscii(cur) {
  IDENT_RE.lastIndex = cur.i;
  if (IDENT_RE.test(cur.text)) {
    cur.i = IDENT_RE.lastIndex;
    return { kind: "ident", terminated: true };
  }
  cur.i += (cur.text.codePointAt(cur.i) ?? 0) > 65535 ? 2 : 1;
  return { kind: "op", terminated: true };
}
function scanNumber(cur, c, next) {
  const { text } = cur;
  let hex = false;
  if (c === 48 && (lower(next) === 120 || lower(next) === 98 || lower(next) === 111)) {
    hex = lower(next) === 120;
    cur.i += 2;
  }
  if (text.charCodeAt(cur.i) !== 46) skipDigits(cur, hex);
  if (text.charCodeAt(cur.i) === 46) {
    cur.i++;
    skipDigits(cur, hex);
  }
  const e = lower(text.charCodeAt(cur.i));
  if (e === 101 || e === 112) {
    cur.i++;
    const sign = text.charCodeAt(cur.i);
    if (sign === 43 || sign === 45) cur.i++;
    skipDigits(cur, false);
  }
  if (text.charCodeAt(cur.i) === 105) cur.i++;
  return { kind: "number", terminated: true };
}
function scanQuoted(cur, quote) {
  const { text } = cur;
  const kind = quote === 34 ? "string" : "rune";
  cur.i++;
  while (cur.i < text.length) {
    const ch = text.charCodeAt(cur.i);
    if (ch === 10) break;
    cur.i++;
    if (ch === quote) return { kind, terminated: true };
    if (ch === 92 && cur.i < text.length && text.charCodeAt(cur.i) !== 10) cur.i++;
  }
  return { kind, terminated: false };
}
function scanToClose(cur, kind, open, close) {
  const at = cur.text.indexOf(close, cur.i + open);
  const terminated = at >= 0;
  advanceTo(cur, terminated ? at + close.length : cur.text.length);
  return { kind, terminated };
}
function scanLineComment(cur) {
  const nl = cur.text.indexOf("\n", cur.i);
  cur.i = nl < 0 ? cur.text.length : nl;
  return { kind: "comment", terminated: true };
}
function scanOperator(cur) {
  const { text, i } = cur;
  if (OPS3.has(text.slice(i, i + 3))) cur.i += 3;
  else if (OPS2.has(text.slice(i, i + 2))) cur.i += 2;
  else cur.i++;
  return { kind: "op", terminated: true };
}
var TOKEN_RULES = [
  { starts: isAsciiIdentStart, scan: scanAsciiIdent },
  { starts: (c) => c >= 128, scan: scanNonAscii },
  { starts: (c, next) => isDecimal(c) || c === 46 && isDecimal(next), scan: scanNumber },
  { starts: (c) => c === 34 || c === 39, scan: scanQuoted },
  { starts: (c) => c === 96, scan: (cur) => scanToClose(cur, "rawString", 1, "`") },
  { starts: (c, next) => c === 47 && next === 47, scan: scanLineComment },
  { starts: (c, next) => c === 47 && next === 42, scan: (cur) => scanToClose(cur, "comment", 2, "*/") }
];
function scanToken(cur, c, next) {
  for (const rule of TOKEN_RULES) if (rule.starts(c, next)) return rule.scan(cur, c, next);
  return scanOperator(cur);
}
function tokenizeGo(text) {
  const tokens = [];
  const cur = { text, i: text.charCodeAt(0) === 65279 ? 1 : 0, line: 1, lineStart: 0 };
  while (cur.i < text.length) {
    const c = text.charCodeAt(cur.i);
    if (c === 10) {
      cur.line++;
      cur.lineStart = ++cur.i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      cur.i++;
      continue;
    }
    const { i: start, line, lineStart } = cur;
    const next = text.charCodeAt(cur.i + 1);
    const { kind, terminated } = scanToken(cur, c, next);
    const endLine = kind === "rawString" || kind === "comment" ? cur.line : line;
    tokens.push({ kind, start, end: cur.i, line, lineStart, endLine, terminated });
  }
  return tokens;
}
function columnAt(text, lineStart, offset) {
  let column = 1;
  for (let k = lineStart; k < offset; k++) {
    const c = text.charCodeAt(k);
    if (c >= 55296 && c <= 56319 && k + 1 < offset) {
      const d = text.charCodeAt(k + 1);
      if (d >= 56320 && d <= 57343) k++;
    }
    column++;
  }
  return column;
}

// src/link-line/link-line.ts
import fs10 from "node:fs";
import path12 from "node:path";
var LINK_KINDS = /* @__PURE__ */ new Set(["LDFLAGS"]);
var COMPILE_KINDS = /* @__PURE__ */ new Set(["CFLAGS", "CPPFLAGS", "CXXFLAGS"]);
var OBJECT_PATH = /\.(?:so(?:\.\d+)*|a|o)$/;
function constraintHolds(condition, goos, goarch) {
  if (!condition) return true;
  const term = (t) => t.startsWith("!") ? !term(t.slice(1)) : t === goos || t === goarch || t === "cgo" || t === "unix";
  return condition.split(/\s+/).some((alt) => alt.split(",").every(term));
}
function libraryWords(words) {
  const found = [];
  words.forEach((word, index) => {
    if (word === "-l" && index + 1 < words.length) found.push({ name: words[index + 1], arg: `-l${words[index + 1]}`, index });
    else if (word.startsWith("-l") && word.length > 2) found.push({ name: word.slice(2), arg: word, index });
    else if (word.startsWith("-Wl,")) {
      for (const part of word.slice(4).split(","))
        if (part.startsWith("-l") && part.length > 2) found.push({ name: part.slice(2), arg: word, index });
    }
  });
  return found;
}
function libraryFileNames(name) {
  return name.startsWith(":") ? [name.slice(1)] : [`lib${name}.so`, `lib${name}.a`];
}
function libraryArg(file) {
  const dylib = /^lib(.+)\.dylib$/.exec(file);
  return dylib ? dylib[1] : `:${file}`;
}
function libraryArgFile(arg, dir) {
  return arg.startsWith(":") ? path12.join(dir, arg.slice(1)) : path12.join(dir, `lib${arg}.dylib`);
}
function libraryFlag(library) {
  return library.includes(".so") || library.includes(".a") ? `-l:${library}` : `-l${library}`;
}
function libraryStem(name) {
  return name.replace(/^:/, "").replace(/^lib/, "").replace(/\.(?:so(?:\.\d+)*|a|dylib)$/, "");
}
function isLibraryFile(file) {
  return /^lib.+\.(?:so(?:\.\d+)*|a)$/.test(file);
}
function libraryMatches(printed, flag2) {
  const name = printed.startsWith("-l") ? printed.slice(2) : printed;
  if (name === flag2) return true;
  const base = path12.basename(name);
  if (flag2.startsWith(":")) return flag2.slice(1) === name || flag2.slice(1) === base;
  if (name.startsWith(":")) return false;
  const escaped = flag2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^lib${escaped}(?:\\.so(?:\\.[0-9.]+)?|\\.a|(?:\\.[0-9.]+)?\\.dylib|\\.tbd)$`).test(base);
}
function resolveLibrary(name, dirs) {
  for (const dir of dirs) for (const file of libraryFileNames(name)) if (fs10.existsSync(path12.join(dir, file))) return path12.join(dir, file);
  return void 0;
}
function expand(word, base) {
  return path12.resolve(base, word.replaceAll("${SRCDIR}", base));
}
function folderOf(words, i) {
  const { word, location, base } = words[i];
  for (const kind of ["-isystem", "-L", "-I"]) {
    if (!word.startsWith(kind)) continue;
    const dir = word === kind ? words[i + 1]?.word : word.slice(kind.length);
    return dir ? { kind, dir: expand(dir, base), ...location ? { location } : {} } : void 0;
  }
  return void 0;
}
function rpathsOf(word) {
  if (!word.startsWith("-Wl,")) return [];
  const parts = word.slice(4).split(",");
  return parts.flatMap(
    (part, i) => part === "-rpath" || part === "--rpath" ? parts[i + 1] ? [parts[i + 1]] : [] : /^--?rpath=/.test(part) ? [part.replace(/^--?rpath=/, "")] : []
  );
}
function librariesOf(words, dirs) {
  const named = libraryWords(words.map((w) => w.word)).map(({ name, arg, index }) => ({
    index,
    library: { name, how: name.startsWith(":") ? "-l:" : "-l", arg, file: resolveLibrary(name, dirs) }
  }));
  const paths = words.flatMap(({ word, base }, index) => {
    if (word.startsWith("-") || !OBJECT_PATH.test(word)) return [];
    const file = expand(word, base);
    return [{ index, library: { name: word, how: "path", arg: word, file: fs10.existsSync(file) ? file : void 0 } }];
  });
  return [...named, ...paths].sort((a, b) => a.index - b.index).map(({ index, library: { file, ...library } }) => {
    const location = words[index].location;
    return { ...library, ...file ? { file } : {}, ...location ? { location } : {} };
  });
}
function lineOf(linkWords, compileWords) {
  const linkFolders = linkWords.flatMap((_, i) => folderOf(linkWords, i) ?? []);
  const includes = compileWords.flatMap((_, i) => folderOf(compileWords, i) ?? []).filter((f) => f.kind !== "-L");
  const dirs = linkFolders.filter((f) => f.kind === "-L").map((f) => f.dir);
  return {
    folders: [...linkFolders, ...includes],
    libraries: librariesOf(linkWords, dirs),
    rpaths: linkWords.flatMap((w) => rpathsOf(w.word)),
    linkWords,
    compileWords
  };
}
function userWords(text, base) {
  return splitWords(text ?? "").map((word) => ({ word, base }));
}
function directiveWords({ sources, goos, goarch }, kinds) {
  const words = [];
  for (const f of sources.files)
    for (const d of f.directives) {
      if (!kinds.has(d.kind) || goos !== void 0 && goarch !== void 0 && !constraintHolds(d.condition, goos, goarch)) continue;
      const location = { file: f.file, line: d.line, column: d.column };
      for (const word of d.args) words.push({ word, location, base: path12.dirname(f.file) });
    }
  return words;
}
function readLinkLine(request) {
  const base = request.sources.dir;
  return lineOf(
    [...userWords(request.cgoLdflags, base), ...directiveWords(request, LINK_KINDS)],
    [...(request.cgoCompileFlags ?? []).flatMap((flags) => userWords(flags, base)), ...directiveWords(request, COMPILE_KINDS)]
  );
}
function withLeadingWords(line, words, base) {
  return lineOf([...words.map((word) => ({ word, base })), ...line.linkWords], line.compileWords);
}
function libraryDirs(line) {
  return [...new Set(line.folders.filter((f) => f.kind === "-L").map((f) => f.dir))];
}
function includeDirs(line) {
  return [...new Set(line.folders.filter((f) => f.kind !== "-L").map((f) => f.dir))];
}

// src/resolve/cgo-preamble.ts
var SPACE = /[\s\u0085]/;
function splitCgoArgs(s) {
  const words = [];
  let current = "";
  let started = -1;
  let escaped = false;
  let quoted = false;
  let quote = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (started < 0 && !SPACE.test(ch)) started = i;
    if (escaped) escaped = false;
    else if (ch === "\\") {
      escaped = true;
      continue;
    } else if (quote !== "") {
      if (ch === quote) {
        quote = "";
        continue;
      }
    } else if (ch === '"' || ch === "'") {
      quoted = true;
      quote = ch;
      continue;
    } else if (SPACE.test(ch)) {
      if (quoted || current.length > 0) words.push({ text: current, offset: started });
      quoted = false;
      current = "";
      started = -1;
      continue;
    }
    current += ch;
  }
  if (quoted || current.length > 0) words.push({ text: current, offset: started });
  const error = quote !== "" ? "unclosed quote" : escaped ? "unfinished escaping" : void 0;
  return error ? { words, error } : { words };
}
function parseCgoDirective(l) {
  const trimmed = l.text.trim();
  if (trimmed.length < 5 || !trimmed.startsWith("#cgo") || trimmed[4] !== " " && trimmed[4] !== "	") return void 0;
  const fields = trimmed.split(/\s+/);
  if (fields.length === 3 && (fields[1] === "nocallback" || fields[1] === "noescape")) return void 0;
  const hash = l.text.indexOf("#cgo");
  const colon = l.text.indexOf(":", hash);
  if (colon < 0) return void 0;
  const head = l.text.slice(hash + 4, colon).trim().split(/\s+/).filter((f) => f !== "");
  if (head.length === 0) return void 0;
  const col = (index) => l.column + [...l.text.slice(0, index)].length;
  const { words, error } = splitCgoArgs(l.text.slice(colon + 1));
  const directive = {
    line: l.line,
    column: col(hash),
    kind: head[head.length - 1],
    args: words.map((w) => w.text),
    libraries: [],
    text: trimmed
  };
  if (head.length > 1) directive.condition = head.slice(0, -1).join(" ");
  if (error) directive.error = error;
  if (directive.kind === "LDFLAGS")
    for (const { name, arg, index } of libraryWords(directive.args))
      directive.libraries.push({ name, arg, column: col(colon + 1 + words[index].offset) });
  return directive;
}
function blankCComments(s) {
  const blank = (t) => t.replace(/[^\n\uD800-\uDFFF]/g, " ");
  let out = "";
  let last = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "/" && (s[i + 1] === "*" || s[i + 1] === "/")) {
      let end;
      if (s[i + 1] === "*") {
        const close = s.indexOf("*/", i + 2);
        end = close < 0 ? s.length : close + 2;
      } else {
        const nl = s.indexOf("\n", i);
        end = nl < 0 ? s.length : nl;
      }
      out += s.slice(last, i) + blank(s.slice(i, end));
      last = i = end;
    } else if (c === '"' || c === "'") {
      i = skipCLiteral(s, i);
    } else i++;
  }
  return out + s.slice(last);
}
function skipCLiteral(s, i) {
  const quote = s[i];
  for (i++; i < s.length && s[i] !== "\n"; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === quote) return i + 1;
  }
  return i;
}
var INCLUDE = /^\s*#\s*(?:include|include_next|import)\s*(?:<([^>\n]*)>|"([^"\n]*)")/;
var C_KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "while",
  "for",
  "switch",
  "return",
  "sizeof",
  "int",
  "char",
  "void",
  "short",
  "long",
  "float",
  "double",
  "signed",
  "unsigned",
  "const",
  "volatile",
  "static",
  "inline",
  "extern",
  "struct",
  "union",
  "enum",
  "typedef",
  "_Alignof",
  "alignof",
  "typeof",
  "__typeof__",
  "_Static_assert",
  "static_assert",
  "_Generic",
  "defined"
]);
var C_ATTRIBUTES = /* @__PURE__ */ new Set(["__attribute__", "__attribute", "__declspec", "__asm__", "__asm", "asm", "_Alignas", "alignas"]);
function scanPreambleC(source) {
  const code = blankCComments(source.map((l) => l.text).join("\n"));
  const codeLines = code.split("\n");
  const starts = [];
  let offset = 0;
  for (const l of codeLines) {
    starts.push(offset);
    offset += l.length + 1;
  }
  const lines = codeLines.map((c, i) => ({ line: source[i].line, column: source[i].column, code: c }));
  const functions = findFunctionDefinitions(code, codeLines, starts).map(({ name, offset: offset2 }) => {
    const li = lineIndex(starts, offset2);
    return { name, line: lines[li].line, column: columnIn(lines[li], offset2 - starts[li]) };
  });
  return { includes: findIncludes(lines), functions, lines };
}
function columnIn(l, index) {
  return l.column + columnAt(l.code, 0, index) - 1;
}
function findIncludes(lines) {
  const includes = [];
  for (const l of lines) {
    const m = INCLUDE.exec(l.code);
    if (!m) continue;
    const header = m[1] ?? m[2];
    const nameAt = m[0].length - 1 - header.length;
    includes.push({
      line: l.line,
      column: columnIn(l, l.code.indexOf("#")),
      header,
      system: m[1] !== void 0,
      headerColumn: columnIn(l, nameAt),
      headerEndColumn: columnIn(l, nameAt + Math.max(header.length, 1)) - 1
    });
  }
  return includes;
}
function startDeclaration(scan2) {
  scan2.candidate = void 0;
  scan2.hasEquals = false;
  scan2.paren = 0;
  scan2.skipAt = -1;
}
var C_BLANKS = /* @__PURE__ */ new Set([" ", "	", "\r", "\f", "\v"]);
function findFunctionDefinitions(code, codeLines, starts) {
  const found = [];
  const scan2 = { depth: 0, paren: 0, skipAt: -1, hasEquals: false };
  let li = 0;
  let lineStart = true;
  for (let i = 0; i < code.length; ) {
    const ch = code[i];
    if (ch === "\n") {
      li++;
      i++;
      lineStart = true;
    } else if (C_BLANKS.has(ch)) {
      i++;
    } else if (lineStart && ch === "#") {
      while (li < codeLines.length - 1 && /\\\s*$/.test(codeLines[li])) li++;
      i = (starts[li] ?? code.length) + codeLines[li].length;
    } else {
      lineStart = false;
      i = scanCToken(code, i, scan2, found);
    }
  }
  return found;
}
var FILE_SCOPE_PUNCTUATION = /* @__PURE__ */ new Map([
  [
    "(",
    (scan2, before) => {
      if (scan2.skipAt < 0 && before) {
        if (C_ATTRIBUTES.has(before.name)) scan2.skipAt = scan2.paren;
        else if (!scan2.candidate && !C_KEYWORDS.has(before.name)) scan2.candidate = before;
      }
      scan2.paren++;
    }
  ],
  [
    ")",
    (scan2) => {
      scan2.paren = Math.max(0, scan2.paren - 1);
      if (scan2.paren === scan2.skipAt) scan2.skipAt = -1;
    }
  ],
  [
    "=",
    (scan2) => {
      if (scan2.paren === 0) scan2.hasEquals = true;
    }
  ],
  [
    ";",
    (scan2) => {
      if (scan2.paren === 0) startDeclaration(scan2);
    }
  ]
]);
function scanCToken(code, i, scan2, found) {
  const ch = code[i];
  const ident = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(code.slice(i, i + 256));
  if (ident) {
    if (scan2.depth === 0) scan2.prevIdent = { name: ident[0], offset: i };
    return i + ident[0].length;
  }
  const before = scan2.prevIdent;
  scan2.prevIdent = void 0;
  if (ch === '"' || ch === "'") return skipCLiteral(code, i);
  if (/[0-9]/.test(ch)) return i + (/^[0-9A-Za-z_.]+/.exec(code.slice(i, i + 64))?.[0].length ?? 1);
  if (ch === "{" || ch === "}") onBrace(scan2, ch, found);
  else if (scan2.depth === 0) FILE_SCOPE_PUNCTUATION.get(ch)?.(scan2, before);
  return i + 1;
}
function onBrace(scan2, brace, found) {
  if (brace === "{") {
    if (scan2.depth === 0) {
      if (scan2.paren === 0 && scan2.candidate && !scan2.hasEquals) found.push(scan2.candidate);
      startDeclaration(scan2);
    }
    scan2.depth++;
    return;
  }
  scan2.depth = Math.max(0, scan2.depth - 1);
  if (scan2.depth === 0) startDeclaration(scan2);
}
function lineIndex(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/resolve/cgo-source.ts
var isOp = (text, t, op) => t !== void 0 && t.kind === "op" && t.end - t.start === op.length && text.startsWith(op, t.start);
var isIdent = (text, t, name) => t !== void 0 && t.kind === "ident" && (name === void 0 || t.end - t.start === name.length && text.startsWith(name, t.start));
var isPathC = (text, t) => t !== void 0 && (t.kind === "string" || t.kind === "rawString") && t.end - t.start === 3 && text.charCodeAt(t.start + 1) === 67;
function leadComment(tokens, index) {
  let k = index - 1;
  while (k >= 0 && tokens[k].kind === "comment") k--;
  const comments = tokens.slice(k + 1, index);
  if (comments.length === 0) return void 0;
  let first = 0;
  const prev = k >= 0 ? tokens[k] : void 0;
  if (prev && comments[0].line === prev.endLine) {
    let end = comments[0].endLine;
    for (first = 1; first < comments.length && comments[first].line <= end; first++) end = comments[first].endLine;
  }
  if (first >= comments.length) return void 0;
  let g = comments.length - 1;
  while (g > first && comments[g].line <= comments[g - 1].endLine + 1) g--;
  const group2 = comments.slice(g);
  return group2[group2.length - 1].endLine + 1 === tokens[index].line ? group2 : void 0;
}
function commentLines(text, group2) {
  const lines = [];
  for (const c of group2) {
    const block = text.charCodeAt(c.start + 1) === 42;
    const bodyEnd = block && c.terminated ? c.end - 2 : c.end;
    let offset = c.start + 2;
    let line = c.line;
    let lineStart = c.lineStart;
    for (; ; ) {
      const nl = text.indexOf("\n", offset);
      const end = nl < 0 || nl >= bodyEnd ? bodyEnd : nl;
      lines.push({ line, column: columnAt(text, lineStart, offset), text: text.slice(offset, end).replace(/\r$/, "") });
      if (end === bodyEnd) break;
      offset = lineStart = end + 1;
      line++;
    }
  }
  return lines;
}
function preambles(text, tokens, sig) {
  let importsC = false;
  const groups = [];
  const add = (g) => {
    if (g) groups.push(g);
  };
  for (let s = 0; s < sig.length; s++) {
    if (!isIdent(text, tokens[sig[s]], "import")) continue;
    const importAt = sig[s];
    if (isOp(text, tokens[sig[s + 1]], "(")) {
      const specs = [];
      let e = s + 2;
      for (; e < sig.length && !isOp(text, tokens[sig[e]], ")"); e++) {
        const t = tokens[sig[e]];
        if (t.kind !== "string" && t.kind !== "rawString") continue;
        const before = tokens[sig[e - 1]];
        const named = e - 1 > s + 1 && (isIdent(text, before) || isOp(text, before, "."));
        specs.push({ start: named ? sig[e - 1] : sig[e], isC: isPathC(text, t) });
      }
      for (const spec of specs) {
        if (!spec.isC) continue;
        importsC = true;
        add(leadComment(tokens, spec.start) ?? (specs.length === 1 ? leadComment(tokens, importAt) : void 0));
      }
      s = e;
    } else {
      const pathTok = isPathC(text, tokens[sig[s + 1]]) ? tokens[sig[s + 1]] : tokens[sig[s + 2]];
      if (isPathC(text, pathTok)) {
        importsC = true;
        add(leadComment(tokens, importAt));
      }
    }
  }
  return { importsC, groups };
}
function scanCgoSource(text, file) {
  const tokens = tokenizeGo(text);
  const sig = [];
  const exports = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "comment") sig.push(k);
    else if (text.startsWith("//export ", t.start)) {
      const m = /^\s*(\S+)/.exec(text.slice(t.start + 9, t.end));
      if (m) exports.push({ name: m[1], line: t.line, column: columnAt(text, t.lineStart, t.start) });
    }
  }
  const facts = {
    file,
    importsC: false,
    refs: [],
    directives: [],
    includes: [],
    preambleFunctions: [],
    preambleLines: [],
    exports
  };
  const tok = (s) => s >= 0 && s < sig.length ? tokens[sig[s]] : void 0;
  if (isIdent(text, tok(0), "package") && isIdent(text, tok(1))) facts.packageName = text.slice(tok(1).start, tok(1).end);
  const { importsC, groups } = preambles(text, tokens, sig);
  facts.importsC = importsC;
  if (!importsC) return facts;
  for (let s = 0; s < sig.length; s++) {
    const c = tok(s);
    if (!isIdent(text, c, "C") || isOp(text, tok(s - 1), ".") || !isOp(text, tok(s + 1), ".") || !isIdent(text, tok(s + 2))) continue;
    const name = tok(s + 2);
    facts.refs.push({
      name: text.slice(name.start, name.end),
      line: c.line,
      column: columnAt(text, c.lineStart, c.start),
      endLine: name.line,
      endColumn: columnAt(text, name.lineStart, name.end) - 1,
      call: isOp(text, tok(s + 3), "(")
    });
    s += 2;
  }
  for (const group2 of groups) {
    const lines = commentLines(text, group2);
    for (const l of lines) {
      const directive = parseCgoDirective(l);
      if (directive) facts.directives.push(directive);
    }
    const c = scanPreambleC(lines);
    facts.includes.push(...c.includes);
    facts.preambleFunctions.push(...c.functions);
    facts.preambleLines.push(...c.lines);
  }
  return facts;
}
async function scanCgoPackage(dir, files) {
  const results = await Promise.all(
    files.map(async (f) => {
      const file = path13.resolve(dir, f);
      try {
        return scanCgoSource(await readFile(file, "utf8"), file);
      } catch (error) {
        return { file, error: error instanceof Error ? error.message : String(error) };
      }
    })
  );
  const pkg = { dir: path13.resolve(dir), files: [], unreadable: [] };
  for (const r of results) {
    if ("error" in r) pkg.unreadable.push(r);
    else pkg.files.push(r);
  }
  pkg.packageName = pkg.files.find((f) => f.packageName)?.packageName;
  return pkg;
}
var PSEUDO_NAMES = /* @__PURE__ */ new Set([
  "char",
  "schar",
  "uchar",
  "short",
  "ushort",
  "int",
  "uint",
  "long",
  "ulong",
  "longlong",
  "ulonglong",
  "float",
  "double",
  "complexfloat",
  "complexdouble",
  "size_t",
  "ssize_t",
  "ptrdiff_t",
  "intptr_t",
  "uintptr_t",
  "int8_t",
  "int16_t",
  "int32_t",
  "int64_t",
  "uint8_t",
  "uint16_t",
  "uint32_t",
  "uint64_t",
  "_Bool",
  "bool",
  "void",
  "CString",
  "CBytes",
  "GoString",
  "GoStringN",
  "GoBytes",
  "_GoString_",
  "_GoBytes_"
]);
var PSEUDO_PREFIX = /^(struct|union|enum|sizeof)_/;
function isCgoPseudoName(name) {
  return PSEUDO_NAMES.has(name) || PSEUDO_PREFIX.test(name);
}
function usedCNames(pkg, options = {}) {
  const names2 = /* @__PURE__ */ new Set();
  for (const f of pkg.files) {
    for (const r of f.refs) {
      if ((!options.callsOnly || r.call) && !isCgoPseudoName(r.name)) names2.add(r.name);
    }
  }
  return [...names2].sort();
}
function preambleMentions(file, name) {
  const found = [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(?<![A-Za-z0-9_$])${escaped}(?![A-Za-z0-9_$])`, "g");
  for (const l of file.preambleLines) {
    if (/^\s*#\s*cgo\s/.test(l.code)) continue;
    for (const m of l.code.matchAll(re)) {
      const column = l.column + columnAt(l.code, 0, m.index) - 1;
      found.push({ line: l.line, column, endColumn: column + [...name].length - 1 });
    }
  }
  return found;
}

// src/resolve/declared-range.ts
import fs11 from "node:fs/promises";
import path14 from "node:path";
var PACKAGING_FILES = ["pyproject.toml", "setup.cfg", "setup.py"];
async function packagingFiles(dir) {
  const names2 = await fs11.readdir(dir).catch(() => []);
  const requirements = names2.filter((n) => /^requirements.*\.txt$/.test(n)).sort();
  return [...PACKAGING_FILES.filter((n) => names2.includes(n)), ...requirements].map((n) => path14.join(dir, n));
}
async function declaredInPackaging(dirs) {
  for (const dir of [...new Set(dirs.map((d) => path14.resolve(d)))]) {
    for (const file of await packagingFiles(dir)) {
      const text = await fs11.readFile(file, "utf8").catch(() => void 0);
      if (text === void 0) continue;
      const pin = findTfPin(parseVersionFile(file, text));
      if (!pin || pin.requirement.specifier === "") continue;
      const { specifier, line, text: requirement } = pin.requirement;
      const range = pep440ToSemver(specifier, {
        input: "supported-tensorflow",
        at: `${path14.basename(file)} line ${line} '${requirement}'`
      });
      return { specifier, range, source: { file, line, text: requirement } };
    }
  }
  return void 0;
}
async function readDeclaredRange(input, dirs) {
  const text = input.trim();
  if (text.toLowerCase() === "off") return void 0;
  if (text === "") return declaredInPackaging(dirs);
  if (!/^(===|==|~=|!=|<=|>=|<|>)/.test(text)) {
    throw new InputError(
      "supported-tensorflow",
      `'${text}' is not a PEP 440 version range. Give one as in a requirement, such as '>=2.18,<2.22' or '~=2.20.0', leave it empty to read it from pyproject.toml, setup.cfg, setup.py or requirements*.txt, or set off.`
    );
  }
  const specifier = text.replace(/\s+/g, "");
  return { specifier, range: pep440ToSemver(specifier, { input: "supported-tensorflow" }), source: { input: "supported-tensorflow" } };
}

// src/resolve/resolve-stage.ts
function userLinkLine(facts, goEnv, env) {
  return readLinkLine({
    sources: facts,
    cgoLdflags: env.CGO_LDFLAGS,
    cgoCompileFlags: [env.CGO_CPPFLAGS ?? "", env.CGO_CFLAGS ?? "", env.CGO_CXXFLAGS ?? ""],
    ...goEnv.goos && goEnv.goarch ? { goos: goEnv.goos, goarch: goEnv.goarch } : {}
  });
}
async function noticeOlderBindings(pkg, tf, log) {
  const goMod = pkg.module?.goMod;
  const text = goMod ? await readFile2(goMod, "utf8").catch(() => void 0) : void 0;
  const notice = text === void 0 ? void 0 : olderBindingsNotice(text, "go.mod", tf.version);
  if (notice) log.notice(notice);
}
function logTensorflow(tf, log) {
  log.info(`TensorFlow ${tf.version} (${tf.distribution}) at ${tf.dir}`);
  log.info(`Python ${tf.pythonVersion} (${tf.pythonExecutable})`);
}
async function probeBeside({ inputs, python, log, env }, packages) {
  const [tf, goEnv, described] = await Promise.all([locateTensorFlow(python, env), readGoEnv(inputs.workingDirectory, env), packages]);
  logTensorflow(tf, log);
  return { tf, goEnv, packages: described };
}
async function resolve(request) {
  const { inputs, log, env } = request;
  const described = describePackage(inputs.workingDirectory, inputs.packagePath, inputs.buildFlags, env);
  const { tf, goEnv, packages: pkg } = await probeBeside(request, described);
  log.info(`Package ${pkg.importPath} in ${pkg.dir}; cgo files: ${pkg.cgoFiles.map((f) => path15.basename(f)).join(", ")}`);
  await noticeOlderBindings(pkg, tf, log);
  const [facts, declaredRange] = await Promise.all([
    scanCgoPackage(pkg.dir, pkg.cgoFiles),
    readDeclaredRange(inputs.supportedTensorflow, [pkg.dir, inputs.workingDirectory, inputs.workspace])
  ]);
  if (declaredRange) log.info(`Declared TensorFlow range: ${declaredRange.specifier}`);
  return { tf, pkg, facts, goEnv, linkLine: userLinkLine(facts, goEnv, env), ...declaredRange ? { declaredRange } : {} };
}

// src/flags/cgo-flags.ts
function cgoEnvironment(flags, env) {
  const quoted = (words) => words.map((w) => quoteFlag(w, "python"));
  const baseC = env.CGO_CFLAGS ?? "-O2 -g";
  const baseCxx = env.CGO_CXXFLAGS ?? "-O2 -g";
  const baseL = env.CGO_LDFLAGS ?? "";
  const notIn = (base, words) => {
    const have = new Set(base.split(/\s+/));
    return words.filter((w) => !have.has(w));
  };
  const linkDir = notIn(baseL, quoted(flags.linkDir ? [`-L${flags.linkDir}`] : []));
  return {
    CGO_ENABLED: "1",
    CGO_CFLAGS: [baseC, ...notIn(baseC, quoted(flags.cflags))].filter(Boolean).join(" "),
    // cgo compiles .cc/.cpp files with CGO_CPPFLAGS + CGO_CXXFLAGS, never CGO_CFLAGS.
    CGO_CXXFLAGS: [baseCxx, ...notIn(baseCxx, quoted([...flags.cflags, ...flags.cxxflags ?? []]))].filter(Boolean).join(" "),
    CGO_LDFLAGS: [...linkDir, baseL, ...notIn(baseL, quoted(flags.ldflags))].filter(Boolean).join(" ")
  };
}

// src/flags/link-plan.ts
import { readdir as readdir2, readFile as readFile4 } from "node:fs/promises";
import path21 from "node:path";

// src/resolve/tensorflow-exports.ts
import path17 from "node:path";

// src/elf/file.ts
import fs12 from "node:fs/promises";
var ElfError = class extends Error {
  path;
  constructor(path54, message) {
    super(`${path54}: ${message}`);
    this.name = "ElfError";
    this.path = path54;
  }
};
var SHT_SYMTAB = 2;
var SHT_HASH = 5;
var SHT_DYNAMIC = 6;
var SHT_NOBITS = 8;
var SHT_DYNSYM = 11;
var SHT_GNU_HASH = 1879048182;
var SHT_GNU_VERDEF = 1879048189;
var SHT_GNU_VERNEED = 1879048190;
var SHT_GNU_VERSYM = 1879048191;
var SHT_NOTE = 7;
var SHF_WRITE = 1;
var SHF_COMPRESSED = 2048;
var SHN_UNDEF = 0;
var SHN_ABS = 65521;
var PT_TLS = 7;
var STB_GLOBAL = 1;
var STB_WEAK = 2;
var STB_GNU_UNIQUE = 10;
var STT_NOTYPE = 0;
var STT_OBJECT = 1;
var STT_FUNC = 2;
var STT_TLS = 6;
var STT_GNU_IFUNC = 10;
var STV_DEFAULT = 0;
var AR_MAGIC = "!<arch>\n";
var AR_HEADER = 60;
function hasElfMagic(b) {
  return b.length >= 4 && b[0] === 127 && b[1] === 69 && b[2] === 76 && b[3] === 70;
}
function arMemberHeader(header) {
  if (header.length < AR_HEADER) return void 0;
  const size = Number(header.toString("latin1", 48, 58).trim());
  if (!Number.isInteger(size) || size < 0) return void 0;
  return { name: header.toString("latin1", 0, 16).trim().replace(/\/$/, ""), size };
}
function bytesSource(bytes) {
  return {
    size: bytes.length,
    read: (buffer, into, length, position) => Promise.resolve(bytes.copy(buffer, into, position, Math.min(bytes.length, position + length))),
    close: () => Promise.resolve()
  };
}
async function fileSource(path54) {
  let handle;
  try {
    handle = await fs12.open(path54, "r");
  } catch (error) {
    throw new ElfError(path54, `cannot open: ${error.message}`);
  }
  try {
    const size = (await handle.stat()).size;
    return {
      size,
      read: async (buffer, into, length, position) => (await handle.read(buffer, into, length, position)).bytesRead,
      close: () => handle.close()
    };
  } catch (error) {
    await handle.close();
    throw new ElfError(path54, `cannot open: ${error.message}`);
  }
}
var fileTypes = { 0: "NONE", 1: "REL", 2: "EXEC", 3: "DYN", 4: "CORE" };
function numberReader(endian, elfClass) {
  const little = endian === "little";
  const u16 = little ? (b, at) => b.readUInt16LE(at) : (b, at) => b.readUInt16BE(at);
  const u32 = little ? (b, at) => b.readUInt32LE(at) : (b, at) => b.readUInt32BE(at);
  const u64 = little ? (b, at) => Number(b.readBigUInt64LE(at)) : (b, at) => Number(b.readBigUInt64BE(at));
  return { u16, u32, word: elfClass === 64 ? u64 : u32 };
}
var ElfFile = class _ElfFile {
  path;
  size;
  elfClass;
  endian;
  machine;
  type;
  sections;
  num;
  source;
  header;
  names;
  constructor(path54, source, header, sections) {
    this.path = path54;
    this.source = source;
    this.size = source.size;
    this.header = header;
    this.elfClass = header.elfClass;
    this.endian = header.endian;
    this.machine = header.machine;
    this.type = header.type;
    this.num = header.num;
    this.sections = sections;
  }
  /** Opens `path` and reads its headers. The caller must close() it (see withElfFile). */
  static async open(path54) {
    return _ElfFile.over(path54, await fileSource(path54));
  }
  /** An object already in memory; `name` stands for its path in errors. */
  static fromBytes(name, bytes) {
    return _ElfFile.over(name, bytesSource(bytes));
  }
  static async over(path54, source) {
    try {
      const ident = await readExactly(path54, source, 0, Math.min(source.size, 64), "ELF header");
      const header = parseHeader(path54, ident, source.size);
      const sections = await readSectionHeaders(path54, source, header);
      return new _ElfFile(path54, source, header, sections);
    } catch (error) {
      await source.close();
      throw error;
    }
  }
  async close() {
    await this.source.close();
  }
  fail(message) {
    return new ElfError(this.path, message);
  }
  /** Reads exactly `length` bytes at `offset`; `what` names the data in errors. */
  read(offset, length, what) {
    return readExactly(this.path, this.source, offset, length, what);
  }
  /** Reads exactly `length` bytes at `offset` into the start of `buffer` (reused by callers that stream a section). */
  readInto(buffer, offset, length, what) {
    return readExactlyInto(this.path, this.source, buffer, offset, length, what);
  }
  /** Throws the ElfError `read` would give if `length` bytes at `offset` lie outside the file. */
  checkRange(offset, length, what) {
    checkRange(this.path, this.size, offset, length, what);
  }
  readSection(section, what) {
    if (section.type === SHT_NOBITS) return Promise.resolve(Buffer.alloc(0));
    return this.read(section.offset, section.size, what);
  }
  /** The program headers (none in a relocatable object). */
  async programHeaders() {
    const { phoff, phentsize, phnum, num, elfClass } = this.header;
    if (phnum === 0) return [];
    const minEntry = elfClass === 64 ? 56 : 32;
    if (phentsize < minEntry) throw this.fail(`program header size ${phentsize} is smaller than ${minEntry}`);
    const table = await this.read(phoff, phentsize * phnum, "program headers");
    const headers = [];
    for (let at = 0; at < phnum * phentsize; at += phentsize) {
      headers.push({ type: num.u32(table, at), memsz: elfClass === 64 ? num.word(table, at + 40) : num.u32(table, at + 20) });
    }
    return headers;
  }
  /** The first section of that name (`.debug_info`); undefined without one, or without a section-name table. */
  async sectionNamed(name) {
    this.names ??= this.readSectionNames();
    const index = (await this.names).indexOf(name);
    return index < 0 ? void 0 : this.sections[index];
  }
  /** Each section's name from e_shstrndx's string table, read once ('' for all when there is none). */
  async readSectionNames() {
    const index = this.header.shstrndx === 65535 ? this.sections[0]?.link ?? 0 : this.header.shstrndx;
    const table = index === 0 ? void 0 : this.sections[index];
    if (!table) return this.sections.map(() => "");
    const strings = await this.readSection(table, "section names");
    return this.sections.map((s) => {
      if (s.nameOffset >= strings.length) return "";
      const end = strings.indexOf(0, s.nameOffset);
      return strings.toString("utf8", s.nameOffset, end < 0 ? strings.length : end);
    });
  }
  firstOfType(type) {
    return this.sections.find((s) => s.type === type);
  }
  /** The section named by another section's sh_link (e.g. the string table of .dynsym). */
  linkedSection(section, what) {
    const linked = this.sections[section.link];
    if (!linked || section.link === 0) throw this.fail(`section ${section.index} links to missing section ${section.link} (${what})`);
    return linked;
  }
  /** Reads the NUL-terminated string at `offset` inside a string-table section. */
  async readString(table, offset, what) {
    if (offset >= table.size) throw this.fail(`${what}: string offset ${offset} is outside its string table (${table.size} bytes)`);
    let chunk = 256;
    for (; ; ) {
      const length = Math.min(chunk, table.size - offset);
      const bytes = await this.read(table.offset + offset, length, what);
      const end = bytes.indexOf(0);
      if (end >= 0) return bytes.toString("utf8", 0, end);
      if (length === table.size - offset) return bytes.toString("utf8");
      chunk *= 4;
    }
  }
};
function withElfFile(path54, use) {
  return withOpened(path54, ElfFile.open(path54), use);
}
function withElfBytes(name, bytes, use) {
  return withOpened(name, ElfFile.fromBytes(name, bytes), use);
}
async function withOpened(path54, opening, use) {
  const file = await opening;
  try {
    return await use(file);
  } catch (error) {
    if (error instanceof RangeError) throw new ElfError(path54, `malformed ELF data (${error.message})`);
    throw error;
  } finally {
    await file.close();
  }
}
function checkRange(path54, fileSize, offset, length, what) {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > fileSize) {
    throw new ElfError(
      path54,
      `${what} at offset ${offset} (${length} bytes) lies outside the file (${fileSize} bytes); the file is truncated or corrupt`
    );
  }
}
async function readExactly(path54, source, offset, length, what) {
  checkRange(path54, source.size, offset, length, what);
  const buffer = Buffer.allocUnsafe(length);
  await readExactlyInto(path54, source, buffer, offset, length, what);
  return buffer;
}
async function readExactlyInto(path54, source, buffer, offset, length, what) {
  checkRange(path54, source.size, offset, length, what);
  if (length > buffer.length) throw new Error(`${length} bytes do not fit a ${buffer.length}-byte buffer`);
  let done = 0;
  while (done < length) {
    let bytesRead;
    try {
      bytesRead = await source.read(buffer, done, length - done, offset + done);
    } catch (error) {
      throw new ElfError(path54, `cannot read ${what}: ${error.message}`);
    }
    if (bytesRead === 0) throw new ElfError(path54, `${what}: unexpected end of file at offset ${offset + done}`);
    done += bytesRead;
  }
}
function parseHeader(path54, b, fileSize) {
  if (fileSize === 0) throw new ElfError(path54, "not an ELF file (the file is empty)");
  if (!hasElfMagic(b)) throw new ElfError(path54, "not an ELF file (no \\x7fELF magic)");
  if (b.length < 16) throw new ElfError(path54, `truncated ELF header (${b.length} bytes)`);
  const elfClass = b[4] === 1 ? 32 : b[4] === 2 ? 64 : void 0;
  if (!elfClass) throw new ElfError(path54, `unknown ELF class ${b[4]}`);
  const endian = b[5] === 1 ? "little" : b[5] === 2 ? "big" : void 0;
  if (!endian) throw new ElfError(path54, `unknown ELF data encoding ${b[5]}`);
  const headerSize = elfClass === 64 ? 64 : 52;
  if (b.length < headerSize) throw new ElfError(path54, `truncated ELF header (${b.length} of ${headerSize} bytes)`);
  const num = numberReader(endian, elfClass);
  const typeCode = num.u16(b, 16);
  const at = elfClass === 64 ? { phoff: 32, phentsize: 54, phnum: 56, shoff: 40, shentsize: 58, shnum: 60, shstrndx: 62 } : { phoff: 28, phentsize: 42, phnum: 44, shoff: 32, shentsize: 46, shnum: 48, shstrndx: 50 };
  return {
    elfClass,
    endian,
    machine: num.u16(b, 18),
    type: fileTypes[typeCode] ?? `0x${typeCode.toString(16)}`,
    num,
    shoff: num.word(b, at.shoff),
    shentsize: num.u16(b, at.shentsize),
    shnum: num.u16(b, at.shnum),
    phoff: num.word(b, at.phoff),
    phentsize: num.u16(b, at.phentsize),
    phnum: num.u16(b, at.phnum),
    shstrndx: num.u16(b, at.shstrndx)
  };
}
async function readSectionHeaders(path54, source, h) {
  const fileSize = source.size;
  if (h.shoff === 0) return [];
  const minEntry = h.elfClass === 64 ? 64 : 40;
  if (h.shentsize < minEntry) throw new ElfError(path54, `section header size ${h.shentsize} is smaller than ${minEntry}`);
  const first = parseSection(h, await readExactly(path54, source, h.shoff, h.shentsize, "section header 0"), 0, 0);
  const count = h.shnum === 0 ? first.size : h.shnum;
  if (count * h.shentsize > fileSize) throw new ElfError(path54, `${count} section headers do not fit in the file`);
  const table = await readExactly(path54, source, h.shoff, count * h.shentsize, "section headers");
  const sections = [];
  for (let i = 0; i < count; i++) sections.push(parseSection(h, table, i * h.shentsize, i));
  return sections;
}
function parseSection(h, b, at, index) {
  const { num } = h;
  if (h.elfClass === 64) {
    return {
      index,
      nameOffset: num.u32(b, at),
      type: num.u32(b, at + 4),
      flags: num.word(b, at + 8),
      offset: num.word(b, at + 24),
      size: num.word(b, at + 32),
      link: num.u32(b, at + 40),
      info: num.u32(b, at + 44),
      addralign: num.word(b, at + 48),
      entsize: num.word(b, at + 56)
    };
  }
  return {
    index,
    nameOffset: num.u32(b, at),
    type: num.u32(b, at + 4),
    flags: num.u32(b, at + 8),
    offset: num.u32(b, at + 16),
    size: num.u32(b, at + 20),
    link: num.u32(b, at + 24),
    info: num.u32(b, at + 28),
    addralign: num.u32(b, at + 32),
    entsize: num.u32(b, at + 36)
  };
}

// src/elf/dynamic.ts
var DT_NULL = 0;
var DT_NEEDED = 1;
var DT_SONAME = 14;
var DT_RPATH = 15;
var DT_FLAGS = 30;
var DT_RUNPATH = 29;
var DT_FLAGS_1 = 1879048187;
var flagNames = ["ORIGIN", "SYMBOLIC", "TEXTREL", "BIND_NOW", "STATIC_TLS"];
var flag1Names = [
  "NOW",
  "GLOBAL",
  "GROUP",
  "NODELETE",
  "LOADFLTR",
  "INITFIRST",
  "NOOPEN",
  "ORIGIN",
  "DIRECT",
  "TRANS",
  "INTERPOSE",
  "NODEFLIB",
  "NODUMP",
  "CONFALT",
  "ENDFILTEE",
  "DISPRELDNE",
  "DISPRELPND",
  "NODIRECT",
  "IGNMULDEF",
  "NOKSYMS",
  "NOHDR",
  "EDITED",
  "NORELOC",
  "SYMINTPOSE",
  "GLOBAUDIT",
  "SINGLETON",
  "STUB",
  "PIE",
  "KMOD",
  "WEAKFILTER",
  "NOCOMMON"
];
function decodeFlags(value, names2) {
  const out = [];
  for (let bit = 0; bit < 32; bit++) {
    const mask = 2 ** bit;
    if (Math.floor(value / mask) % 2 === 1) out.push(names2[bit] ?? `0x${mask.toString(16)}`);
  }
  return out;
}
var decodeDtFlags = (value) => decodeFlags(value, flagNames);
var decodeDtFlags1 = (value) => decodeFlags(value, flag1Names);
async function readDynamic(file) {
  const result = { needed: [], flags: [], flags1: [] };
  const section = file.firstOfType(SHT_DYNAMIC);
  if (!section) return result;
  const strings = file.linkedSection(section, "dynamic string table");
  const data = await file.readSection(section, "dynamic section");
  const { num } = file;
  const wordSize = file.elfClass === 64 ? 8 : 4;
  const stringAt2 = (value, what) => file.readString(strings, value, what);
  for (let at = 0; at + 2 * wordSize <= data.length; at += 2 * wordSize) {
    const tag = num.word(data, at);
    const value = num.word(data, at + wordSize);
    if (tag === DT_NULL) break;
    if (tag === DT_NEEDED) result.needed.push(await stringAt2(value, "DT_NEEDED"));
    else if (tag === DT_SONAME) result.soname = await stringAt2(value, "DT_SONAME");
    else if (tag === DT_RPATH) result.rpath = await stringAt2(value, "DT_RPATH");
    else if (tag === DT_RUNPATH) result.runpath = await stringAt2(value, "DT_RUNPATH");
    else if (tag === DT_FLAGS) result.flags = decodeDtFlags(value);
    else if (tag === DT_FLAGS_1) result.flags1 = decodeDtFlags1(value);
  }
  return result;
}

// src/elf/symbols.ts
import { isAscii } from "node:buffer";

// src/elf/versions.ts
var entrySize = 16;
var VER_FLG_BASE = 1;
async function readVersionTable(file, readString, parts = { needs: true }) {
  const table = { byIndex: /* @__PURE__ */ new Map(), needIndexes: /* @__PURE__ */ new Set(), defined: [], required: [] };
  const verdef = file.firstOfType(SHT_GNU_VERDEF);
  const verneed = file.firstOfType(SHT_GNU_VERNEED);
  if (verdef) await readDefinitions(file, verdef, stringsFor(file, verdef, readString), table);
  if (verneed && parts.needs) await readNeeds(file, verneed, stringsFor(file, verneed, readString), table);
  return table;
}
function stringsFor(file, section, readString) {
  if (readString) return readString;
  const strtab = file.linkedSection(section, "version string table");
  return (offset, what) => file.readString(strtab, offset, what);
}
function* chain(file, data, count, entryBytes, nextAt, start = 0) {
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at < 0 || at + entryBytes > data.length) throw file.fail(`version entry at ${at} lies outside its section`);
    yield at;
    const next = file.num.u32(data, at + nextAt);
    if (next === 0) return;
    at += next;
  }
}
async function readDefinitions(file, section, strings, table) {
  const data = await file.readSection(section, "version definitions");
  const { num } = file;
  const count = Math.min(section.info || data.length, Math.floor(data.length / 20));
  for (const at of chain(file, data, count, 20, 16)) {
    const flags = num.u16(data, at + 2);
    const index = num.u16(data, at + 4);
    const auxCount = num.u16(data, at + 6);
    if (auxCount === 0) continue;
    const aux = at + num.u32(data, at + 12);
    if (aux + 8 > data.length) throw file.fail(`version definition ${index} has its name outside the section`);
    const name = await strings(num.u32(data, aux), "version definition name");
    table.byIndex.set(index, name);
    if (!(flags & VER_FLG_BASE)) table.defined.push(name);
  }
}
async function readNeeds(file, section, strings, table) {
  const data = await file.readSection(section, "version needs");
  const { num } = file;
  const count = Math.min(section.info || data.length, Math.floor(data.length / entrySize));
  for (const at of chain(file, data, count, entrySize, 12)) {
    const auxCount = num.u16(data, at + 2);
    const need = { file: await strings(num.u32(data, at + 4), "needed file name"), versions: [] };
    const firstAux = at + num.u32(data, at + 8);
    for (const aux of chain(file, data, auxCount, entrySize, 12, firstAux)) {
      const index = num.u16(data, aux + 6) & 32767;
      const name = await strings(num.u32(data, aux + 8), "needed version name");
      table.byIndex.set(index, name);
      table.needIndexes.add(index);
      need.versions.push(name);
    }
    table.required.push(need);
  }
}

// src/elf/symbols.ts
var bindings = [
  "LOCAL",
  "GLOBAL",
  "WEAK",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "GNU_UNIQUE",
  "11",
  "12",
  "13",
  "14",
  "15"
];
var types = [
  "NOTYPE",
  "OBJECT",
  "FUNC",
  "SECTION",
  "FILE",
  "COMMON",
  "TLS",
  "7",
  "8",
  "9",
  "IFUNC",
  "11",
  "12",
  "13",
  "14",
  "15"
];
var bindingName = (value) => bindings[value & 15];
var typeName = (value) => types[value & 15];
function symbolWithVersion(symbol) {
  if (symbol.version === void 0) return symbol.name;
  return `${symbol.name}${symbol.defined && !symbol.versionHidden ? "@@" : "@"}${symbol.version}`;
}
var DynamicSymbol = class {
  name;
  defined;
  binding;
  type;
  version;
  versionHidden;
  constructor(name, info, defined, version, hidden) {
    this.name = name;
    this.defined = defined;
    this.binding = bindings[info >> 4];
    this.type = types[info & 15];
    this.version = version;
    this.versionHidden = hidden;
  }
};
function symbolLayout(file) {
  return file.elfClass === 64 ? { size: 24, info: 4, other: 5, shndx: 6 } : { size: 16, info: 12, other: 13, shndx: 14 };
}
function symbolSize(file, table, at) {
  return file.elfClass === 64 ? file.num.word(table, at + 16) : file.num.u32(table, at + 8);
}
async function readDynamicSymbolFields(file) {
  const where = dynamicSymbolSections(file);
  const table = where ? await file.readSection(where.dynsym, ".dynsym") : Buffer.alloc(0);
  const layout = symbolLayout(file);
  return (index) => {
    const at = index * layout.size;
    return { other: table[at + layout.other], shndx: file.num.u16(table, at + layout.shndx), size: symbolSize(file, table, at) };
  };
}
function dynamicSymbolSections(file) {
  const dynsym = file.firstOfType(SHT_DYNSYM);
  if (!dynsym) return void 0;
  const dynstr = file.linkedSection(dynsym, "dynamic string table");
  const versym = file.sections.find((s) => s.type === SHT_GNU_VERSYM && s.link === dynsym.index);
  const count = Math.floor(dynsym.size / symbolLayout(file).size);
  if (versym && versym.size < count * 2) throw file.fail(`.gnu.version has ${versym.size / 2} entries for ${count} symbols`);
  return { dynsym, dynstr, versym, count };
}
function versionOf(versions, entry, defined) {
  const index = entry & 32767;
  if (index < 2) return {};
  const version = versions.byIndex.get(index);
  if (version === void 0) return {};
  return { version, hidden: defined ? (entry & 32768) !== 0 : false };
}
var noColumns = {
  length: 0,
  names: [],
  info: new Uint8Array(0),
  defined: new Uint8Array(0),
  versionEntry: new Uint16Array(0),
  versionNames: []
};
async function readSymbolTable(file) {
  const c = await readSymbolColumns(file);
  const out = new Array(c.length);
  for (let from = 0; from < c.length; from += batch) symbolObjects(c, out, from, Math.min(c.length, from + batch));
  return out;
}
var batch = 1 << 13;
function symbolObjects(c, out, from, to) {
  for (let j = from; j < to; j++) {
    const defined = c.defined[j] === 1;
    const entry = c.versionEntry[j];
    const version = c.versionNames[entry & 32767];
    const hidden = version === void 0 ? void 0 : defined && (entry & 32768) !== 0;
    out[j] = new DynamicSymbol(c.names[j], c.info[j], defined, version, hidden);
  }
}
async function readSymbolColumns(file) {
  const where = dynamicSymbolSections(file);
  if (!where) return noColumns;
  const { dynsym, dynstr, versym, count } = where;
  const stringBytes = dynstr.type === SHT_NOBITS ? 0 : dynstr.size;
  const [symbolBytes, versymBytes] = await Promise.all([
    file.readSection(dynsym, ".dynsym"),
    versym ? file.readSection(versym, ".gnu.version") : Promise.resolve(void 0)
  ]);
  file.checkRange(dynstr.offset, stringBytes, ".dynstr");
  const versionsRead = readVersionTable(file, (offset, what) => {
    if (offset >= stringBytes) throw file.fail(`${what}: string offset ${offset} is outside .dynstr`);
    return file.readString(dynstr, offset, what);
  });
  versionsRead.catch(() => void 0);
  const length = Math.max(0, count - 1);
  const fields = {
    nameOffsets: new Uint32Array(length),
    info: new Uint8Array(length),
    defined: new Uint8Array(length),
    versionEntry: new Uint16Array(length)
  };
  const sym = new DataView(symbolBytes.buffer, symbolBytes.byteOffset, symbolBytes.byteLength);
  const ver = versymBytes ? new DataView(versymBytes.buffer, versymBytes.byteOffset, versymBytes.byteLength) : void 0;
  for (let from = 0; from < length; from += batch) {
    const bad = parseSymbols(file, sym, ver, stringBytes, fields, from, Math.min(length, from + batch));
    if (bad >= 0) throw file.fail(`symbol ${bad + 1} has name offset ${fields.nameOffsets[bad]} outside .dynstr (${stringBytes} bytes)`);
  }
  const names2 = await readNames(file, dynstr, stringBytes, fields.nameOffsets, ".dynstr");
  const versionNames = versionNameArray(await versionsRead);
  return { length, names: names2, info: fields.info, defined: fields.defined, versionEntry: fields.versionEntry, versionNames };
}
function parseSymbols(file, sym, ver, stringBytes, fields, from, to) {
  const { size: entrySize2, info: infoAt, shndx: shndxAt } = symbolLayout(file);
  const little = file.endian === "little";
  const { nameOffsets, info, defined, versionEntry } = fields;
  for (let j = from; j < to; j++) {
    const at = (j + 1) * entrySize2;
    const nameOffset = sym.getUint32(at, little);
    nameOffsets[j] = nameOffset;
    if (nameOffset >= stringBytes) return j;
    info[j] = sym.getUint8(at + infoAt);
    defined[j] = sym.getUint16(at + shndxAt, little) !== 0 ? 1 : 0;
    if (ver) versionEntry[j] = ver.getUint16((j + 1) * 2, little);
  }
  return -1;
}
function versionNameArray(versions) {
  const names2 = new Array(32768);
  for (const [index, name] of versions.byIndex) if (index >= 2) names2[index] = name;
  return names2;
}
var spanBits = 20;
var spanBytes = 1 << spanBits;
var tailBytes = 1 << 16;
async function readNames(file, table, size, offsets, what) {
  const n = offsets.length;
  const names2 = new Array(n);
  if (n === 0) return names2;
  const { order, first } = groupBySpan(offsets, Math.ceil(size / spanBytes));
  const spans = first.length - 1;
  const used = [];
  for (let s = 0; s < spans; s++) if (first[s + 1] > first[s]) used.push(s);
  const buffers = [0, 1].map(() => Buffer.allocUnsafe(Math.min(spanBytes + tailBytes, size)));
  let pending = readSpan(file, table, size, used[0] * spanBytes, buffers[0], what);
  for (let u = 0; u < used.length; u++) {
    const span2 = await pending;
    buffers[u & 1] = span2.buffer;
    if (u + 1 < used.length) {
      pending = readSpan(file, table, size, used[u + 1] * spanBytes, buffers[u + 1 & 1], what);
      pending.catch(() => void 0);
    }
    const s = used[u];
    cutNames(span2.buffer, span2.length, s * spanBytes, offsets, order, first[s], first[s + 1], names2);
  }
  return names2;
}
function groupBySpan(offsets, spans) {
  const n = offsets.length;
  const first = new Uint32Array(spans + 1);
  for (let j = 0; j < n; j++) first[(offsets[j] >>> spanBits) + 1]++;
  for (let s = 0; s < spans; s++) first[s + 1] += first[s];
  const next = first.slice(0, spans);
  const order = new Uint32Array(n);
  for (let j = 0; j < n; j++) order[next[offsets[j] >>> spanBits]++] = j;
  return { order, first };
}
async function readSpan(file, table, size, start, buffer, what) {
  const lastStart = Math.min(spanBytes, size - start) - 1;
  for (; ; ) {
    const length = Math.min(buffer.length, size - start);
    await file.readInto(buffer, table.offset + start, length, what);
    if (start + length === size) return { buffer, length };
    const nul = buffer.indexOf(0, lastStart);
    if (nul >= 0 && nul < length) return { buffer, length: nul + 1 };
    buffer = Buffer.allocUnsafe(buffer.length * 2);
  }
}
function cutNames(bytes, length, start, offsets, order, from, to, names2) {
  if (isAscii(bytes.subarray(0, length))) {
    const text = bytes.toString("latin1", 0, length);
    for (let k = from; k < to; k++) {
      const j = order[k];
      const at = offsets[j] - start;
      const end = text.indexOf("\0", at);
      names2[j] = text.substring(at, end < 0 ? length : end);
    }
  } else {
    for (let k = from; k < to; k++) {
      const j = order[k];
      const at = offsets[j] - start;
      const end = bytes.indexOf(0, at);
      names2[j] = bytes.toString("utf8", at, end < 0 || end > length ? length : end);
    }
  }
}

// src/elf/lookup.ts
function gnuHash(name) {
  let h = 5381;
  for (const byte of name) h = h * 33 + byte >>> 0;
  return h;
}
function sysvHash(name) {
  let h = 0;
  for (const byte of name) {
    h = (h << 4) + byte >>> 0;
    const g = h & 4026531840;
    if (g !== 0) h ^= g >>> 24;
    h = (h & ~g) >>> 0;
  }
  return h;
}
async function lookupSymbols(file, names2) {
  const where = dynamicSymbolSections(file);
  if (!where || names2.length === 0) return /* @__PURE__ */ new Map();
  const gnu = file.sections.find((s) => s.type === SHT_GNU_HASH && s.link === where.dynsym.index);
  const sysv = file.sections.find((s) => s.type === SHT_HASH && s.link === where.dynsym.index);
  if (!gnu && !sysv) return scan(file, names2);
  const table = await file.readSection(gnu ?? sysv, gnu ? ".gnu.hash" : ".hash");
  const wanted = [...new Set(names2)].map((name) => ({ name, bytes: Buffer.from(name, "utf8") }));
  const candidates2 = wanted.map(
    ({ bytes }) => gnu ? gnuCandidates(file, table, gnuHash(bytes), where.count) : sysvCandidates(file, table, sysvHash(bytes), where.count)
  );
  const matches = await Promise.all(wanted.map((w, k) => matchingSymbols(file, where, w.bytes, candidates2[k])));
  const needVersions = where.versym && matches.some((m) => m.length > 0);
  const versions = needVersions ? await readVersionTable(file, void 0, { needs: false }) : void 0;
  const perName = await Promise.all(
    wanted.map(async ({ name }, k) => {
      const symbols = [];
      for (const m of matches[k]) {
        const entry = where.versym && versions ? await file.read(where.versym.offset + m.index * 2, 2, ".gnu.version entry") : void 0;
        const v = entry && versions ? versionOf(versions, file.num.u16(entry, 0), true) : {};
        symbols.push({ name, defined: true, binding: m.binding, type: m.type, version: v.version, versionHidden: v.hidden });
      }
      return symbols;
    })
  );
  return withDefinitions(wanted.map(({ name }, k) => [name, perName[k]]));
}
function withDefinitions(perName) {
  return new Map(perName.filter((entry) => entry[1] !== void 0 && entry[1].length > 0));
}
async function scan(file, names2) {
  const wanted = new Set(names2);
  const byName = /* @__PURE__ */ new Map();
  for (const symbol of await readSymbolTable(file)) {
    if (!symbol.defined || symbol.binding === "LOCAL" || !wanted.has(symbol.name)) continue;
    const list = byName.get(symbol.name);
    if (list) list.push(symbol);
    else byName.set(symbol.name, [symbol]);
  }
  return withDefinitions([...wanted].map((name) => [name, byName.get(name)]));
}
function gnuCandidates(file, t, hash, symbolCount) {
  const { num } = file;
  if (t.length < 16) throw file.fail(".gnu.hash is too short");
  const nbuckets = num.u32(t, 0);
  const symoffset = num.u32(t, 4);
  const bloomWords = num.u32(t, 8);
  const bucketsAt = 16 + bloomWords * (file.elfClass === 64 ? 8 : 4);
  const chainAt = bucketsAt + nbuckets * 4;
  if (nbuckets === 0) return [];
  if (chainAt > t.length) throw file.fail(".gnu.hash buckets lie outside the section");
  const out = [];
  let index = num.u32(t, bucketsAt + hash % nbuckets * 4);
  if (index === 0) return out;
  if (index < symoffset) throw file.fail(`.gnu.hash bucket points to symbol ${index} below symoffset ${symoffset}`);
  for (; index < symbolCount; index++) {
    const at = chainAt + (index - symoffset) * 4;
    if (at + 4 > t.length) throw file.fail(".gnu.hash chain runs past the end of the section");
    const value = num.u32(t, at);
    if ((value | 1) === (hash | 1)) out.push(index);
    if (value & 1) break;
  }
  return out;
}
function sysvCandidates(file, t, hash, symbolCount) {
  const { num } = file;
  if (t.length < 8) throw file.fail(".hash is too short");
  const nbucket = num.u32(t, 0);
  const nchain = num.u32(t, 4);
  if (nbucket === 0) return [];
  if (8 + (nbucket + nchain) * 4 > t.length) throw file.fail(".hash tables lie outside the section");
  const out = [];
  let index = num.u32(t, 8 + hash % nbucket * 4);
  for (let steps = 0; index !== 0 && steps < nchain; steps++) {
    if (index >= nchain || index >= symbolCount) throw file.fail(`.hash chain points to symbol ${index} past the table`);
    out.push(index);
    index = num.u32(t, 8 + (nbucket + index) * 4);
  }
  return out;
}
async function matchingSymbols(file, where, name, candidates2) {
  const layout = symbolLayout(file);
  const { num } = file;
  const results = await Promise.all(
    candidates2.map(async (index) => {
      const entry = await file.read(where.dynsym.offset + index * layout.size, layout.size, `.dynsym entry ${index}`);
      const info = entry[layout.info];
      if (num.u16(entry, layout.shndx) === 0 || info >> 4 === 0) return void 0;
      if (!await nameEquals(file, where.dynstr, num.u32(entry, 0), name)) return void 0;
      return { index, binding: bindingName(info >> 4), type: typeName(info & 15) };
    })
  );
  return results.filter((m) => m !== void 0);
}
async function nameEquals(file, dynstr, offset, name) {
  if (offset + name.length + 1 > dynstr.size) return false;
  const bytes = await file.read(dynstr.offset + offset, name.length + 1, ".dynstr name");
  return bytes[name.length] === 0 && bytes.compare(name, 0, name.length, 0, name.length) === 0;
}

// src/elf/dwarf-data.ts
import { promisify } from "node:util";
import zlib from "node:zlib";
var inflate = promisify(zlib.inflate);
var zstdDecompress = promisify(zlib.zstdDecompress);
var ELFCOMPRESS_ZLIB = 1;
var ELFCOMPRESS_ZSTD = 2;
var MAX_SECTION = 1 << 30;
var Cursor = class {
  data;
  little;
  at;
  constructor(data, little, at = 0) {
    this.data = data;
    this.little = little;
    this.at = at;
  }
  u8() {
    return this.data.readUInt8(this.at++);
  }
  u16() {
    const v = this.little ? this.data.readUInt16LE(this.at) : this.data.readUInt16BE(this.at);
    this.at += 2;
    return v;
  }
  u24() {
    const [a, b, c] = [this.u8(), this.u8(), this.u8()];
    return this.little ? a | b << 8 | c << 16 : a << 16 | b << 8 | c;
  }
  u32() {
    const v = this.little ? this.data.readUInt32LE(this.at) : this.data.readUInt32BE(this.at);
    this.at += 4;
    return v;
  }
  /** 64-bit values above 2^53 are no valid offsets; they become huge numbers that later bounds checks reject. */
  u64() {
    const v = this.little ? this.data.readBigUInt64LE(this.at) : this.data.readBigUInt64BE(this.at);
    this.at += 8;
    return Number(v);
  }
  uleb() {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const byte = this.u8();
      value += (byte & 127) * scale;
      if (byte < 128) return value;
    }
  }
  sleb() {
    let value = 0;
    let scale = 1;
    for (; ; ) {
      const byte = this.u8();
      value += (byte & 127) * scale;
      scale *= 128;
      if (byte < 128) return byte & 64 ? value - scale : value;
    }
  }
  /** A 4- or 8-byte offset, as the unit's format says. */
  offset(size) {
    return size === 8 ? this.u64() : this.u32();
  }
  cstring() {
    const end = this.data.indexOf(0, this.at);
    if (end < 0) throw new RangeError(`unterminated string at offset ${this.at}`);
    const text = this.data.toString("utf8", this.at, end);
    this.at = end + 1;
    return text;
  }
  skip(length) {
    if (!Number.isSafeInteger(length) || length < 0 || this.at + length > this.data.length)
      throw new RangeError(`${length} bytes at offset ${this.at} run past the end (${this.data.length} bytes)`);
    this.at += length;
  }
};
function stringAt(section, offset) {
  if (offset >= section.length) throw new RangeError(`string offset ${offset} is outside its section (${section.length} bytes)`);
  const end = section.indexOf(0, offset);
  return section.toString("utf8", offset, end < 0 ? section.length : end);
}
function unitLength(c) {
  const short2 = c.u32();
  const offsetSize = short2 === 4294967295 ? 8 : 4;
  const length = offsetSize === 8 ? c.u64() : short2;
  const end = c.at + length;
  if (!Number.isSafeInteger(end) || end > c.data.length) throw new RangeError(`a unit of ${length} bytes runs past its section`);
  return { end, offsetSize };
}
var FIXED_SIZE = {
  11: 1,
  // data1
  12: 1,
  // flag
  17: 1,
  // ref1
  37: 1,
  // strx1
  41: 1,
  // addrx1
  5: 2,
  // data2
  18: 2,
  // ref2
  38: 2,
  // strx2
  42: 2,
  // addrx2
  39: 3,
  // strx3
  43: 3,
  // addrx3
  6: 4,
  // data4
  19: 4,
  // ref4
  28: 4,
  // ref_sup4
  40: 4,
  // strx4
  44: 4,
  // addrx4
  7: 8,
  // data8
  20: 8,
  // ref8
  32: 8,
  // ref_sig8
  36: 8,
  // ref_sup8
  30: 16
  // data16
};
var OFFSET_FORMS = /* @__PURE__ */ new Set([14, 23, 31, 29, 7968, 7969]);
var ULEB_FORMS = /* @__PURE__ */ new Set([15, 21, 26, 27, 34, 35, 7937, 7938]);
var DW_FORM_ADDR = 1;
var DW_FORM_STRING = 8;
var DW_FORM_SDATA = 13;
var DW_FORM_REF_ADDR = 16;
var DW_FORM_INDIRECT = 22;
var DW_FORM_FLAG_PRESENT = 25;
var DW_FORM_IMPLICIT_CONST = 33;
var BLOCK_LENGTH = {
  10: (c) => c.u8(),
  3: (c) => c.u16(),
  4: (c) => c.u32(),
  9: (c) => c.uleb(),
  24: (c) => c.uleb()
};
function readForm(c, form, unit, implicit = 0) {
  const fixed = FIXED_SIZE[form];
  if (fixed !== void 0) {
    if (fixed === 1) return c.u8();
    if (fixed === 2) return c.u16();
    if (fixed === 3) return c.u24();
    if (fixed === 4) return c.u32();
    if (fixed === 8) return c.u64();
    c.skip(fixed);
    return 0;
  }
  if (OFFSET_FORMS.has(form)) return c.offset(unit.offsetSize);
  if (ULEB_FORMS.has(form)) return c.uleb();
  const block = BLOCK_LENGTH[form];
  if (block) {
    const length = block(c);
    const start = c.at;
    c.skip(length);
    return c.data.subarray(start, start + length);
  }
  return readOtherForm(c, form, unit, implicit);
}
function readOtherForm(c, form, unit, implicit) {
  switch (form) {
    case DW_FORM_ADDR:
      return unit.addressSize === 8 ? c.u64() : unit.addressSize === 4 ? c.u32() : unit.addressSize === 2 ? c.u16() : c.u8();
    case DW_FORM_STRING:
      return c.cstring();
    case DW_FORM_SDATA:
      return c.sleb();
    case DW_FORM_REF_ADDR:
      return unit.version <= 2 ? readOtherForm(c, DW_FORM_ADDR, unit, implicit) : c.offset(unit.offsetSize);
    case DW_FORM_INDIRECT:
      return readForm(c, c.uleb(), unit, implicit);
    case DW_FORM_FLAG_PRESENT:
      return 1;
    case DW_FORM_IMPLICIT_CONST:
      return implicit;
    default:
      throw new RangeError(`unknown DWARF form 0x${form.toString(16)} at offset ${c.at}`);
  }
}
async function readDebugSections(file) {
  const [info, abbrev, str, line, lineStr, strOffsets] = await Promise.all(
    ["info", "abbrev", "str", "line", "line_str", "str_offsets"].map((name) => readDebugSection(file, name))
  );
  return { info, abbrev, str, line, lineStr, strOffsets };
}
async function readDebugSection(file, name) {
  const plain2 = await file.sectionNamed(`.debug_${name}`);
  if (plain2) {
    const bytes2 = await file.readSection(plain2, `.debug_${name}`);
    return plain2.flags & SHF_COMPRESSED ? decompress(file, bytes2, `.debug_${name}`) : bytes2;
  }
  const gnu = await file.sectionNamed(`.zdebug_${name}`);
  if (!gnu) return Buffer.alloc(0);
  const bytes = await file.readSection(gnu, `.zdebug_${name}`);
  if (bytes.length < 12 || bytes.toString("latin1", 0, 4) !== "ZLIB") throw file.fail(`.zdebug_${name} does not start with ZLIB`);
  return inflated(file, ELFCOMPRESS_ZLIB, bytes.subarray(12), Number(bytes.readBigUInt64BE(4)), `.zdebug_${name}`);
}
function decompress(file, bytes, what) {
  const c = new Cursor(bytes, file.endian === "little");
  const type = c.u32();
  if (file.elfClass === 64) c.skip(4);
  const size = file.elfClass === 64 ? c.u64() : c.u32();
  c.skip(file.elfClass === 64 ? 8 : 4);
  return inflated(file, type, bytes.subarray(c.at), size, what);
}
async function inflated(file, type, body, size, what) {
  if (type !== ELFCOMPRESS_ZLIB && type !== ELFCOMPRESS_ZSTD) throw file.fail(`${what}: unknown compression type ${type}`);
  if (size === 0) return Buffer.alloc(0);
  if (!Number.isSafeInteger(size) || size > MAX_SECTION) throw file.fail(`${what}: its header gives an impossible size (${size} bytes)`);
  let data;
  try {
    data = await (type === ELFCOMPRESS_ZLIB ? inflate(body, { maxOutputLength: size }) : zstdDecompress(body, { maxOutputLength: size }));
  } catch (error) {
    throw file.fail(`${what}: cannot decompress: ${error.message}`);
  }
  if (data.length !== size) throw file.fail(`${what}: decompressed to ${data.length} bytes, not the ${size} its header says`);
  return data;
}

// src/elf/dwarf-lines.ts
import path16 from "node:path";
var DW_LNCT_PATH = 1;
var DW_LNCT_DIRECTORY_INDEX = 2;
var DW_FORM_LINE_STRP = 31;
var DW_FORM_STRP = 14;
function lineTableFiles(sections, offset, little, compDir) {
  const c = new Cursor(sections.line, little, offset);
  const { end, offsetSize } = unitLength(c);
  const version = c.u16();
  if (version < 2 || version > 5) throw new RangeError(`line table version ${version} at offset ${offset}`);
  const addressSize = version >= 5 ? c.u8() : 8;
  if (version >= 5) c.u8();
  const headerLength = c.offset(offsetSize);
  const programStart = c.at + headerLength;
  if (programStart > end) throw new RangeError(`line table header at offset ${offset} runs past its unit`);
  c.skip(version >= 4 ? 5 : 4);
  const opcodeBase = c.u8();
  c.skip(Math.max(0, opcodeBase - 1));
  const unit = { version, offsetSize, addressSize };
  const join = (dir, name) => {
    const inDir = path16.posix.isAbsolute(name) || !dir ? name : path16.posix.join(dir, name);
    return path16.posix.isAbsolute(inDir) || !compDir ? inDir : path16.posix.join(compDir, inDir);
  };
  if (version >= 5) {
    const dirs2 = entries(c, unit, sections).map((e) => e.path);
    return entries(c, unit, sections).map((e) => join(dirs2[e.directory], e.path));
  }
  const dirs = [];
  for (let dir = c.cstring(); dir !== ""; dir = c.cstring()) dirs.push(dir);
  const files = [""];
  for (let name = c.cstring(); name !== ""; name = c.cstring()) {
    const directory = c.uleb();
    c.uleb();
    c.uleb();
    files.push(join(directory === 0 ? void 0 : dirs[directory - 1], name));
  }
  return files;
}
function entries(c, unit, sections) {
  const formatCount = c.u8();
  const format = [];
  for (let i = 0; i < formatCount; i++) format.push([c.uleb(), c.uleb()]);
  const count = c.uleb();
  const found = [];
  for (let i = 0; i < count; i++) {
    let entryPath = "";
    let directory = 0;
    for (const [content, form] of format) {
      const value = readForm(c, form, unit);
      if (content === DW_LNCT_PATH) entryPath = pathString(form, value, sections);
      else if (content === DW_LNCT_DIRECTORY_INDEX && typeof value === "number") directory = value;
    }
    found.push({ path: entryPath, directory });
  }
  return found;
}
function pathString(form, value, sections) {
  if (typeof value === "string") return value;
  if (typeof value !== "number") return "";
  if (form === DW_FORM_LINE_STRP) return stringAt(sections.lineStr, value);
  if (form === DW_FORM_STRP) return stringAt(sections.str, value);
  return "";
}

// src/elf/dwarf.ts
var TAG_COMPILE_UNIT = 17;
var TAG_PARTIAL_UNIT = 60;
var TAG_VARIABLE = 52;
var TAG_MEMBER = 13;
var AT = {
  location: 2,
  name: 3,
  stmtList: 16,
  language: 19,
  compDir: 27,
  abstractOrigin: 49,
  declColumn: 57,
  declFile: 58,
  declLine: 59,
  declaration: 60,
  specification: 71,
  linkageName: 110,
  strOffsetsBase: 114,
  mipsLinkageName: 8199
};
var KEPT_ATTRIBUTES = new Set(Object.values(AT));
var LANG_GO = 22;
var OP_FORM_TLS_ADDRESS = 155;
var OP_GNU_PUSH_TLS_ADDRESS = 224;
var UT_COMPILE = 1;
var UT_PARTIAL = 3;
var UNIT_REFERENCES = /* @__PURE__ */ new Set([17, 18, 19, 20, 21]);
var DW_FORM_REF_ADDR2 = 16;
var STRING_FORMS = { string: 8, strp: 14, lineStrp: 31, strx: /* @__PURE__ */ new Set([26, 37, 38, 39, 40]) };
async function readDwarfVariables(file, names2) {
  const sections = await readDebugSections(file);
  if (sections.info.length === 0 || names2.length === 0) return [];
  const wanted = new Set(names2);
  const walk = { sections, little: file.endian === "little", wanted, abbrevs: /* @__PURE__ */ new Map(), kept: /* @__PURE__ */ new Map() };
  const c = new Cursor(sections.info, walk.little);
  while (c.at < sections.info.length) readUnit(c, walk);
  const found = /* @__PURE__ */ new Map();
  for (const die of walk.kept.values()) {
    if (die.tag !== TAG_VARIABLE && !(die.tag === TAG_MEMBER && numberOf(die, AT.declaration))) continue;
    for (const variable of resolveVariable(die, walk)) found.set(JSON.stringify(variable), variable);
  }
  return [...found.values()];
}
function readUnit(c, walk) {
  const offset = c.at;
  const { end, offsetSize } = unitLength(c);
  const version = c.u16();
  let unitType = UT_COMPILE;
  let abbrevOffset;
  let addressSize;
  if (version >= 5) {
    unitType = c.u8();
    addressSize = c.u8();
    abbrevOffset = c.offset(offsetSize);
  } else {
    abbrevOffset = c.offset(offsetSize);
    addressSize = c.u8();
  }
  if (version >= 2 && version <= 5 && (unitType === UT_COMPILE || unitType === UT_PARTIAL)) {
    const unit = { offset, version, offsetSize, addressSize, little: walk.little, sections: walk.sections };
    readDies(new Cursor(c.data.subarray(0, end), walk.little, c.at), unit, abbrevsAt(walk, abbrevOffset), walk);
  }
  c.at = end;
}
function readDies(c, unit, abbrevs, walk) {
  let first = true;
  while (c.at < c.data.length) {
    const offset = c.at;
    const code = c.uleb();
    if (code === 0) continue;
    const abbrev = abbrevs.get(code);
    if (!abbrev) throw new RangeError(`DIE at offset ${offset} uses abbreviation ${code}, which its unit does not define`);
    const keep = first || abbrev.tag === TAG_VARIABLE || abbrev.tag === TAG_MEMBER;
    const attributes = /* @__PURE__ */ new Map();
    for (const a of abbrev.attributes) {
      const value = readForm(c, a.form, unit, a.implicit);
      if (keep && KEPT_ATTRIBUTES.has(a.name)) attributes.set(a.name, { form: a.form, value });
    }
    const die = { unit, tag: abbrev.tag, attributes };
    if (first) {
      first = false;
      if (abbrev.tag === TAG_COMPILE_UNIT || abbrev.tag === TAG_PARTIAL_UNIT) {
        if (numberOf(die, AT.language) === LANG_GO) return;
        describeUnit(die);
      }
    } else if (keep && worthKeeping(die, walk.wanted)) walk.kept.set(offset, die);
  }
}
function describeUnit(die) {
  const { unit } = die;
  const base = numberOf(die, AT.strOffsetsBase);
  if (base !== void 0) unit.strOffsetsBase = base;
  const compDir = stringOf(die, AT.compDir);
  if (compDir !== void 0) unit.compDir = compDir;
  const stmtList = numberOf(die, AT.stmtList);
  if (stmtList !== void 0) unit.stmtList = stmtList;
}
function worthKeeping(die, wanted) {
  const { attributes } = die;
  if (attributes.has(AT.declaration) || attributes.has(AT.specification) || attributes.has(AT.abstractOrigin)) return true;
  const name = stringOf(die, AT.name);
  const linkage = stringOf(die, AT.linkageName) ?? stringOf(die, AT.mipsLinkageName);
  return name !== void 0 && wanted.has(name) || linkage !== void 0 && wanted.has(linkage);
}
function resolveVariable(die, walk) {
  const chain2 = [die];
  for (let d = die; chain2.length < 5; ) {
    const next = referenceOf(d, AT.specification) ?? referenceOf(d, AT.abstractOrigin);
    d = next === void 0 ? void 0 : walk.kept.get(next);
    if (!d) break;
    chain2.push(d);
  }
  const name = firstOf(chain2, (d) => stringOf(d, AT.name));
  const linkageName = firstOf(chain2, (d) => stringOf(d, AT.linkageName) ?? stringOf(d, AT.mipsLinkageName));
  if (name === void 0 || !(walk.wanted.has(name) || linkageName !== void 0 && walk.wanted.has(linkageName))) return [];
  const names2 = { name, ...linkageName !== void 0 ? { linkageName } : {} };
  return chain2.flatMap((d, i) => i === 0 || numberOf(d, AT.declaration) ? [{ ...names2, ...place(chain2.slice(i)) }] : []);
}
function firstOf(chain2, pick) {
  for (const d of chain2) {
    const value = pick(d);
    if (value !== void 0) return value;
  }
  return void 0;
}
function place(chain2) {
  const fileDie = chain2.find((d) => numberOf(d, AT.declFile) !== void 0);
  const file = fileDie ? filesOf(fileDie.unit)[numberOf(fileDie, AT.declFile)] || void 0 : void 0;
  const line = firstOf(chain2, (d) => numberOf(d, AT.declLine));
  const column = firstOf(chain2, (d) => numberOf(d, AT.declColumn));
  return {
    ...file !== void 0 ? { file } : {},
    ...line !== void 0 ? { line } : {},
    ...column !== void 0 && column > 0 ? { column } : {},
    declaration: (numberOf(chain2[0], AT.declaration) ?? 0) !== 0,
    threadLocal: isThreadLocal(chain2[0])
  };
}
function isThreadLocal(die) {
  const expression = die.attributes.get(AT.location)?.value;
  if (!Buffer.isBuffer(expression) || expression.length === 0) return false;
  const last = expression[expression.length - 1];
  return last === OP_FORM_TLS_ADDRESS || last === OP_GNU_PUSH_TLS_ADDRESS;
}
function filesOf(unit) {
  unit.files ??= unit.stmtList === void 0 ? [] : lineTableFiles(unit.sections, unit.stmtList, unit.little, unit.compDir);
  return unit.files;
}
function numberOf(die, attribute) {
  const value = die.attributes.get(attribute)?.value;
  return typeof value === "number" ? value : void 0;
}
function referenceOf(die, attribute) {
  const a = die.attributes.get(attribute);
  if (!a || typeof a.value !== "number") return void 0;
  if (UNIT_REFERENCES.has(a.form)) return die.unit.offset + a.value;
  return a.form === DW_FORM_REF_ADDR2 ? a.value : void 0;
}
function stringOf(die, attribute) {
  const a = die.attributes.get(attribute);
  if (!a) return void 0;
  if (typeof a.value === "string") return a.value;
  if (typeof a.value !== "number") return void 0;
  const s = die.unit.sections;
  if (a.form === STRING_FORMS.strp) return stringAt(s.str, a.value);
  if (a.form === STRING_FORMS.lineStrp) return stringAt(s.lineStr, a.value);
  if (STRING_FORMS.strx.has(a.form)) {
    const { offsetSize } = die.unit;
    const base = die.unit.strOffsetsBase ?? 2 * offsetSize;
    return stringAt(s.str, new Cursor(s.strOffsets, die.unit.little, base + a.value * offsetSize).offset(offsetSize));
  }
  return void 0;
}
function abbrevsAt(walk, offset) {
  const cached = walk.abbrevs.get(offset);
  if (cached) return cached;
  const table = /* @__PURE__ */ new Map();
  const c = new Cursor(walk.sections.abbrev, walk.little, offset);
  for (let code = c.uleb(); code !== 0; code = c.uleb()) {
    const tag = c.uleb();
    c.u8();
    const attributes = [];
    for (; ; ) {
      const name = c.uleb();
      const form = c.uleb();
      if (name === 0 && form === 0) break;
      attributes.push({ name, form, implicit: form === 33 ? c.sleb() : 0 });
    }
    table.set(code, { tag, attributes });
  }
  walk.abbrevs.set(offset, table);
  return table;
}

// src/elf/build-id.ts
var NT_GNU_BUILD_ID = 3;
async function readBuildId(file) {
  for (const section of file.sections) {
    if (section.type !== SHT_NOTE || section.size > 1 << 16) continue;
    const data = await file.readSection(section, "note section");
    const { num } = file;
    for (let at = 0; at + 12 <= data.length; ) {
      const nameSize = num.u32(data, at);
      const descSize = num.u32(data, at + 4);
      const type = num.u32(data, at + 8);
      const nameAt = at + 12;
      const descAt = nameAt + (nameSize + 3 & ~3);
      if (descAt + descSize > data.length) break;
      if (type === NT_GNU_BUILD_ID && data.toString("latin1", nameAt, nameAt + nameSize) === "GNU\0") {
        return data.toString("hex", descAt, descAt + descSize);
      }
      at = descAt + (descSize + 3 & ~3);
    }
  }
  return void 0;
}

// src/elf/abseil.ts
var LTS_NAMESPACE = /4absl12(lts_\d{8})/;
function abseilNamespaceOf(name) {
  return LTS_NAMESPACE.exec(name)?.[1];
}
async function readAbseilNamespace(file) {
  const sections = dynamicSymbolSections(file);
  if (!sections) return void 0;
  const names2 = await file.readSection(sections.dynstr, "dynamic string table");
  return LTS_NAMESPACE.exec(names2.toString("latin1"))?.[1];
}

// src/elf/symtab.ts
async function readStaticSymbols(file) {
  const symtab = file.firstOfType(SHT_SYMTAB);
  if (!symtab) return [];
  const strtab = file.linkedSection(symtab, "symbol string table");
  const [table, strings] = await Promise.all([file.readSection(symtab, ".symtab"), file.readSection(strtab, ".strtab")]);
  const layout = symbolLayout(file);
  const symbols = [];
  for (let at = layout.size; at + layout.size <= table.length; at += layout.size) {
    const nameAt = file.num.u32(table, at);
    if (nameAt >= strings.length && nameAt !== 0)
      throw file.fail(`.symtab names string ${nameAt}, outside .strtab (${strings.length} bytes)`);
    const end = strings.indexOf(0, nameAt);
    symbols.push({
      name: strings.toString("utf8", nameAt, end < 0 ? strings.length : end),
      info: table[at + layout.info],
      shndx: file.num.u16(table, at + layout.shndx),
      size: symbolSize(file, table, at)
    });
  }
  return symbols;
}

// src/elf/tls.ts
function readTls(path54) {
  return withElfFile(path54, async (file) => {
    const [segments, symbols] = await Promise.all([file.programHeaders(), readStaticSymbols(file)]);
    return {
      size: segments.find((s) => s.type === PT_TLS)?.memsz ?? 0,
      symbols: symbols.filter((s) => (s.info & 15) === STT_TLS).map(({ name, size }) => ({ name, size })).sort((a, b) => b.size - a.size || a.name.localeCompare(b.name))
    };
  });
}

// src/elf/machine.ts
import fs13 from "node:fs/promises";
var EM_386 = 3;
var EM_ARM = 40;
var EM_X86_64 = 62;
var EM_AARCH64 = 183;
var EM_RISCV = 243;
var names = {
  [EM_386]: "i386",
  [EM_ARM]: "ARM (32-bit)",
  [EM_X86_64]: "x86-64",
  [EM_AARCH64]: "AArch64 (arm64)",
  [EM_RISCV]: "RISC-V"
};
var goArches = { "386": EM_386, arm: EM_ARM, amd64: EM_X86_64, arm64: EM_AARCH64 };
function machineName(machine) {
  return names[machine] ?? `ELF machine ${machine}`;
}
function machineOfArch(arch) {
  return goArches[arch] ?? { x64: EM_X86_64, ia32: EM_386 }[arch];
}
function elfMachine(head) {
  if (head.length < 20 || !hasElfMagic(head)) return void 0;
  return head[5] === 2 ? head.readUInt16BE(18) : head.readUInt16LE(18);
}
var AR_MEMBERS = 64;
async function objectMachine(file) {
  let handle;
  try {
    handle = await fs13.open(file, "r");
  } catch {
    return void 0;
  }
  try {
    const read = async (at2, length) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buf, 0, length, at2);
      return buf.subarray(0, bytesRead);
    };
    const head = await read(0, 20);
    if (head.subarray(0, 8).toString("latin1") !== AR_MAGIC) return elfMachine(head);
    let at = 8;
    for (let i = 0; i < AR_MEMBERS; i++) {
      const member = arMemberHeader(await read(at, AR_HEADER));
      if (!member) return void 0;
      const machine = elfMachine(await read(at + AR_HEADER, 20));
      if (machine !== void 0) return machine;
      at += AR_HEADER + member.size + member.size % 2;
    }
    return void 0;
  } finally {
    await handle.close();
  }
}

// src/elf/object-symbols.ts
function archiveObjects(data) {
  if (hasElfMagic(data)) return [{ name: "", bytes: data }];
  if (data.toString("latin1", 0, AR_MAGIC.length) !== AR_MAGIC) return [];
  const members = [];
  for (let at = AR_MAGIC.length; at + AR_HEADER <= data.length; ) {
    const member = arMemberHeader(data.subarray(at, at + AR_HEADER));
    if (!member) break;
    const bytes = data.subarray(at + AR_HEADER, Math.min(data.length, at + AR_HEADER + member.size));
    if (hasElfMagic(bytes)) members.push({ name: member.name, bytes });
    at += AR_HEADER + member.size + (member.size & 1);
  }
  return members;
}
async function undefinedSymbols(object, name = "object") {
  try {
    return await withElfBytes(
      name,
      object,
      async (file) => (await readStaticSymbols(file)).filter((s) => s.shndx === SHN_UNDEF && (s.info >> 4 === STB_GLOBAL || s.info >> 4 === STB_WEAK)).map((s) => s.name)
    );
  } catch (error) {
    if (error instanceof ElfError) return [];
    throw error;
  }
}
async function archiveUndefinedSymbols(archive) {
  const perObject = await Promise.all(archiveObjects(archive).map((m) => undefinedSymbols(m.bytes, m.name)));
  return [...new Set(perObject.flat())].sort();
}

// src/elf/elf.ts
function readElfInfo(path54) {
  return withElfFile(path54, async (file) => {
    const [dynamic, versions] = await Promise.all([readDynamic(file), readVersionTable(file)]);
    const requiredVersions = {};
    for (const need of versions.required) (requiredVersions[need.file] ??= []).push(...need.versions);
    return {
      path: path54,
      class: file.elfClass,
      endian: file.endian,
      machine: file.machine,
      type: file.type,
      dynamic,
      requiredVersions,
      definedVersions: versions.defined
    };
  });
}
function readDynamicSymbols(path54) {
  return withElfFile(path54, readSymbolTable);
}
function lookupDefined(path54, names2) {
  return withElfFile(path54, (file) => lookupSymbols(file, names2));
}
function readVariableDeclarations(path54, names2) {
  return withElfFile(path54, (file) => readDwarfVariables(file, names2));
}

// src/resolve/tensorflow-exports.ts
async function findProvisions(libraries, names2) {
  const unique2 = [...new Set(names2)];
  const perLibrary = await Promise.all(libraries.map((library) => lookupDefined(library, unique2)));
  const result = /* @__PURE__ */ new Map();
  for (const name of unique2) {
    let provision;
    for (const [i, found] of perLibrary.entries()) {
      const definitions2 = found.get(name);
      if (!definitions2) continue;
      provision = { library: path17.basename(libraries[i]), definition: definitions2.find((d) => !d.versionHidden) ?? definitions2[0] };
      break;
    }
    result.set(name, provision);
  }
  return result;
}
async function findProviders(libraries, names2) {
  const provisions = await findProvisions(libraries, names2);
  return new Map([...provisions].map(([name, p]) => [name, p?.library]));
}

// src/parse/symbol-names.ts
function isMangled(symbol) {
  return symbol.startsWith("_Z") && !/\s/.test(symbol);
}
function isCxxAbiMismatch(symbol) {
  return symbol.includes("B5cxx11") || symbol.includes("[abi:cxx11]");
}
var C_NAME = /^(?!_Z)[A-Za-z_]\w*$/;

// src/flags/tf-headers.ts
import { readFile as readFile3, readdir } from "node:fs/promises";
import path18 from "node:path";
var COMMENT_OR_LITERAL = /\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?/g;
function stripCommentsAndLiterals(s) {
  return s.replace(COMMENT_OR_LITERAL, (m) => {
    if (m[0] === '"' || m[0] === "'") return m[0] + m[0];
    return m[1] === "*" ? m.replace(/[^\n]+/g, " ") : "";
  });
}
var CPLUSPLUS_IF = /^(?:ifdef\s+__cplusplus\b|if\s+(?:defined\s*\(?\s*__cplusplus\b|__cplusplus\b))/;
var CPLUSPLUS_IFNOT = /^(?:ifndef\s+__cplusplus\b|if\s+!\s*defined\s*\(?\s*__cplusplus\b)/;
var DIRECTIVE = /^\s*#\s*(.*)$/;
function preprocess(text) {
  const lines = stripCommentsAndLiterals(text).split("\n");
  const originalLines = text.split("\n");
  const macros = [];
  const aliases = [];
  const includes = [];
  const frames = [];
  let skipping = 0;
  const code = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const directive = line.includes("#") ? DIRECTIVE.exec(line) : null;
    if (!directive) {
      code.push(skipping > 0 ? "" : line);
      continue;
    }
    let body = directive[1];
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      line = lines[++i];
      body = body.replace(/\\\s*$/, " ") + line;
      code.push("");
    }
    code.push("");
    if (body.startsWith("if")) {
      const frame = { skip: CPLUSPLUS_IF.test(body), cxx: CPLUSPLUS_IF.test(body) || CPLUSPLUS_IFNOT.test(body) };
      frames.push(frame);
      if (frame.skip) skipping++;
    } else if (/^(else|elif)\b/.test(body)) {
      const top = frames[frames.length - 1];
      if (top?.cxx) {
        top.skip = !top.skip;
        skipping += top.skip ? 1 : -1;
      }
    } else if (body.startsWith("endif")) {
      if (frames.pop()?.skip) skipping--;
    } else if (skipping === 0) {
      const define = /^define\s+([A-Za-z_]\w*)(?:\s+([A-Za-z_]\w*)\s*$)?/.exec(body);
      if (define) {
        macros.push(define[1]);
        if (define[2]) aliases.push({ name: define[1], target: define[2] });
      }
      if (body.startsWith("include")) {
        const original = /#\s*include\s*[<"]([^>"\n]*)[>"]/.exec(originalLines[i]);
        if (original) includes.push(original[1]);
      }
    }
  }
  return { code: code.join("\n"), macros, aliases, includes };
}
function tokenize(code) {
  return code.match(/[A-Za-z_]\w*|""|''|[{}();,=*[\]^]/g) ?? [];
}
var isIdent2 = (t) => {
  if (t === void 0) return false;
  const c = t.charCodeAt(0);
  return c === 95 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
};
var ATTRIBUTES = /* @__PURE__ */ new Set(["__attribute__", "__attribute", "__declspec", "__asm__", "__asm", "asm", "alignas", "_Alignas"]);
var NOT_FUNCTIONS = /* @__PURE__ */ new Set(["sizeof", "_Alignof", "alignof", "_Static_assert", "static_assert", "_Generic", "typeof", "__typeof__"]);
var CXX_AT_FILE_SCOPE = /^[ \t]*(?:namespace\b[\w:\s]*\{|class\s+\w+\s*[;{:]|template\s*<|using\s+(?:namespace\s+)?[\w:]+\s*[=;])/m;
function scanHeaderText(text) {
  if (!text.includes("__cplusplus") && CXX_AT_FILE_SCOPE.test(text)) {
    return { functions: [], inlineFunctions: [], types: [], constants: [], macros: [], aliases: [], includes: [], cplusplus: true };
  }
  const { code, macros, aliases, includes } = preprocess(text);
  const scan2 = { functions: [], inlineFunctions: [], types: [], constants: [], macros, aliases, includes, cplusplus: false };
  if (CXX_AT_FILE_SCOPE.test(code)) {
    scan2.cplusplus = true;
    return scan2;
  }
  const tokens = tokenize(code);
  let stmt = { tokens: [], depths: [] };
  let depth = 0;
  let linkage = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (depth === 0 && stmt.tokens.length === 0 && t === "extern" && tokens[i + 1] === '""') {
      if (tokens[i + 2] === "{") {
        linkage++;
        i += 2;
      } else i += 1;
      continue;
    }
    if (depth === 0 && t === "}" && linkage > 0) {
      linkage--;
      stmt = { tokens: [], depths: [] };
      continue;
    }
    if (t === "{") {
      stmt.tokens.push(t);
      stmt.depths.push(depth++);
      continue;
    }
    if (t === "}") {
      depth = Math.max(0, depth - 1);
      stmt.tokens.push(t);
      stmt.depths.push(depth);
      if (depth === 0 && isFunctionDefinition(stmt)) {
        finishStatement(stmt, scan2, true);
        stmt = { tokens: [], depths: [] };
      }
      continue;
    }
    if (t === ";" && depth === 0) {
      finishStatement(stmt, scan2, false);
      stmt = { tokens: [], depths: [] };
      continue;
    }
    stmt.tokens.push(t);
    stmt.depths.push(depth);
  }
  return scan2;
}
var NOT_BEFORE_BODY = /* @__PURE__ */ new Set(["=", "typedef", "struct", "enum", "union"]);
function isFunctionDefinition(stmt) {
  const open = stmt.tokens.indexOf("{");
  if (open <= 0 || stmt.tokens[open - 1] !== ")") return false;
  for (let k = 0; k < open; k++) if (NOT_BEFORE_BODY.has(stmt.tokens[k])) return false;
  return true;
}
function finishStatement(stmt, scan2, definition) {
  const { tokens, depths } = stmt;
  if (tokens.length === 0) return;
  const top = tokens.filter((_, k) => depths[k] === 0);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const w = tokens[k];
    if (w !== "struct" && w !== "union" && w !== "enum") continue;
    if (isIdent2(tokens[k + 1])) scan2.types.push(tokens[k + 1]);
    if (w !== "enum") continue;
    let open = k + 1;
    while (open < tokens.length && isIdent2(tokens[open])) open++;
    if (tokens[open] !== "{") continue;
    const level = depths[open] + 1;
    let expectName = true;
    for (let j = open + 1; j < tokens.length && !(depths[j] < level && tokens[j] === "}"); j++) {
      if (depths[j] !== level) continue;
      if (expectName && isIdent2(tokens[j])) {
        scan2.constants.push(tokens[j]);
        expectName = false;
      } else if (tokens[j] === ",") expectName = true;
    }
  }
  if (top[0] === "typedef") {
    const name = typedefName(top);
    if (name) scan2.types.push(name);
    return;
  }
  const fn = functionName(top);
  const local = definition || top.includes("static") || top.includes("inline") || top.includes("__inline__");
  if (fn) (local ? scan2.inlineFunctions : scan2.functions).push(fn);
}
function typedefName(top) {
  for (let k = 0; k + 2 < top.length; k++) {
    if (top[k] === "(" && (top[k + 1] === "*" || top[k + 1] === "^") && isIdent2(top[k + 2])) return top[k + 2];
  }
  const bracket = top.indexOf("[");
  const end = bracket > 0 ? bracket : top.length;
  for (let k = end - 1; k > 0; k--) if (isIdent2(top[k])) return top[k];
  return void 0;
}
function functionName(top) {
  let paren = 0;
  for (let k = 0; k + 1 < top.length; k++) {
    const t = top[k];
    if (t === "(") paren++;
    else if (t === ")") paren = Math.max(0, paren - 1);
    if (paren !== 0 || !isIdent2(t) || top[k + 1] !== "(") continue;
    if (ATTRIBUTES.has(t)) {
      let p = 0;
      for (k = k + 1; k < top.length; k++) {
        if (top[k] === "(") p++;
        else if (top[k] === ")" && --p === 0) break;
      }
      continue;
    }
    const next = top[k + 2];
    if (next === "*" || next === "^" || NOT_FUNCTIONS.has(t)) return void 0;
    return t;
  }
  return void 0;
}
async function listHeaders(dir) {
  const entries2 = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries2.filter((e) => e.isFile() && e.name.endsWith(".h")).map((e) => path18.join(e.parentPath, e.name)).sort();
}
var KIND_ORDER = ["inline-function", "macro", "type", "constant", "function"];
var FOLLOWED_INCLUDES = /^(?:tensorflow|tsl|xla\/tsl)\/[\w/.-]+\.h$/;
async function scanIncludeDir(includeDir) {
  const started = performance.now();
  const roots = await listHeaders(path18.join(includeDir, "tensorflow", "c"));
  const texts = /* @__PURE__ */ new Map();
  const read = (file) => {
    let p = texts.get(file);
    if (!p) {
      p = readFile3(file, "utf8").catch(() => void 0);
      texts.set(file, p);
    }
    return p;
  };
  const result = { includeDir, names: /* @__PURE__ */ new Map(), headers: [], skipped: [], durationMs: 0 };
  const seen = /* @__PURE__ */ new Set();
  const aliases = [];
  let queue = roots;
  const add = (names2, kind, header) => {
    for (const name of names2) {
      const had = result.names.get(name);
      if (!had || KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(had.kind)) result.names.set(name, { kind, header });
    }
  };
  while (queue.length > 0) {
    const batch2 = queue.filter((f) => !seen.has(f));
    batch2.forEach((f) => seen.add(f));
    const scans = await Promise.all(
      batch2.map(async (file) => {
        const text = await read(file);
        return { file, scan: text === void 0 ? void 0 : scanHeaderText(text) };
      })
    );
    const next = [];
    for (const { file, scan: scan2 } of scans) {
      if (!scan2) continue;
      const rel = path18.relative(includeDir, file);
      if (scan2.cplusplus) {
        if (rel.startsWith(`tensorflow${path18.sep}c${path18.sep}`)) result.skipped.push(rel);
        continue;
      }
      result.headers.push(rel);
      add(scan2.functions, "function", rel);
      add(scan2.inlineFunctions, "inline-function", rel);
      add(scan2.types, "type", rel);
      add(scan2.constants, "constant", rel);
      add(scan2.macros, "macro", rel);
      aliases.push(...scan2.aliases);
      for (const inc of scan2.includes) {
        const target = path18.join(includeDir, inc);
        if (!seen.has(target) && FOLLOWED_INCLUDES.test(inc)) next.push(target);
      }
    }
    const existing = await Promise.all(next.map(async (f) => await read(f) === void 0 ? void 0 : f));
    queue = existing.filter((f) => f !== void 0);
  }
  for (let round = 0; round < 4; round++) {
    for (const { name, target } of aliases) {
      const entry = result.names.get(name);
      const to = result.names.get(target);
      if (entry?.kind === "macro" && to && to.kind !== "macro") result.names.set(name, { kind: to.kind, header: entry.header });
    }
  }
  result.headers.sort();
  result.skipped.sort();
  result.durationMs = performance.now() - started;
  return result;
}
var cache = /* @__PURE__ */ new Map();
function readTfHeaders(includeDir) {
  const key = path18.resolve(includeDir);
  let p = cache.get(key);
  if (!p) {
    p = scanIncludeDir(key);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

// src/util/edit-distance.ts
function editDistance(a, b, options = {}) {
  const max = options.max ?? Infinity;
  const caseChangeCost = options.caseChangeCost ?? 1;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? caseChangeCost : 1;
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

// src/flags/spelling-suggestion.ts
function nearestFunction(headers, name) {
  const max = Math.max(2, Math.floor(name.length / 6));
  let best;
  for (const [candidate, entry] of headers.names) {
    if (entry.kind !== "function" || candidate === name) continue;
    const distance = editDistance(name, candidate, { max, caseChangeCost: 0.5 });
    if (distance <= max && (!best || distance < best.distance || distance === best.distance && candidate < best.name))
      best = { name: candidate, distance };
  }
  return best?.name;
}

// src/flags/rpath.ts
import path19 from "node:path";
function relativePathToTensorflow(installDir) {
  return path19.posix.relative(normalizeInstallDir(installDir), "tensorflow");
}
function originToken(platform = process.platform) {
  return platform === "darwin" ? "@loader_path" : "$ORIGIN";
}
function rpathFlags(setting, installDir, platform = process.platform) {
  const value = parseRpathSetting(setting);
  if (value === "none") return [];
  if (value !== "auto") return [`-Wl,-rpath,${value}`, ...newDtags(platform)];
  if (installDir === void 0 || installDir.trim() === "") return [];
  const relative = relativePathToTensorflow(installDir);
  const origin = originToken(platform);
  return [`-Wl,-rpath,${relative === "" ? origin : `${origin}/${relative}`}`, ...newDtags(platform)];
}
function newDtags(platform) {
  return platform === "darwin" ? [] : ["-Wl,--enable-new-dtags"];
}

// src/flags/bindings.ts
import { createHash } from "node:crypto";
import { mkdir, readlink, rename, rm, symlink } from "node:fs/promises";
import path20 from "node:path";
var BINDINGS_PACKAGES = [
  "github.com/tensorflow/tensorflow/tensorflow/go",
  "github.com/wamuir/graft/tensorflow",
  "github.com/galeone/tfgo",
  // tfgo's own fork of the official bindings, which it imports.
  "github.com/galeone/tensorflow/tensorflow/go"
];
var underPackage = (dep, root) => dep === root || dep.startsWith(`${root}/`);
function detectBindings(facts, pkg) {
  const use = { reasons: [], locations: [], imports: [] };
  for (const f of facts.files) {
    for (const d of f.directives) {
      if (d.kind !== "LDFLAGS") continue;
      for (const lib of d.libraries) {
        if (!BINDINGS_LIBRARY_NAMES.has(lib.name)) continue;
        use.reasons.push(`${path20.basename(f.file)}:${d.line} #cgo LDFLAGS: ${lib.arg}`);
        use.locations.push({ file: f.file, line: d.line, column: lib.column, endLine: d.line, endColumn: lib.column + lib.arg.length - 1 });
      }
    }
  }
  const own = pkg.module?.path;
  for (const root of BINDINGS_PACKAGES) {
    if (own && (underPackage(root, own) || underPackage(own, root))) continue;
    if (pkg.deps.some((dep) => underPackage(dep, root))) {
      use.imports.push(root);
      use.reasons.push(`imports ${root}`);
    }
  }
  return use.reasons.length > 0 ? use : void 0;
}
function linkDirFor(tempDir, tfLibDir) {
  const hash = createHash("sha256").update(path20.resolve(tfLibDir)).digest("hex").slice(0, 16);
  return path20.join(tempDir, "tf-cgo-verify-link", hash);
}
async function ensureLinkDir(tempDir, tf) {
  const dir = linkDirFor(tempDir, tf.dir);
  await mkdir(dir, { recursive: true });
  const created = [];
  for (const entry of linkEntries(tf)) {
    const at = path20.join(dir, entry.name);
    const current = await readlink(at).catch(() => void 0);
    if (current === entry.target) continue;
    const temporary = path20.join(dir, `.${entry.name}.${process.pid}.${Math.random().toString(36).slice(2)}`);
    await symlink(entry.target, temporary);
    try {
      await rename(temporary, at);
    } catch {
      const aside = `${temporary}.aside`;
      await rename(at, aside).catch(() => void 0);
      await rm(aside, { recursive: true, force: true });
      await rename(temporary, at);
    }
    created.push(entry.name);
  }
  return { dir, created };
}

// src/flags/compile-flags.ts
function cxxStandardFor(version) {
  const [major = 0, minor = 0] = version.split(".").map((part) => parseInt(part, 10));
  return major > 2 || major === 2 && minor >= 10 ? "c++17" : "c++14";
}
function eigenAlignFor(version) {
  const [major = 0, minor = 0] = version.split(".").map((part) => parseInt(part, 10));
  return major > 2 || major === 2 && minor >= 13 ? 64 : void 0;
}
function tensorflowCompileFlags(tf) {
  const align = eigenAlignFor(tf.version);
  return {
    cflags: [
      ...tf.pythonIncludeDir ? [`-isystem${tf.pythonIncludeDir}`] : [],
      `-isystem${tf.includeDir}`,
      `-D_GLIBCXX_USE_CXX11_ABI=${tf.cxx11AbiFlag}`,
      ...align !== void 0 ? [`-DEIGEN_MAX_ALIGN_BYTES=${align}`] : []
    ],
    cxxflags: [`--std=${cxxStandardFor(tf.version)}`]
  };
}

// src/resolve/extension-module.ts
var PYTHON_C_NAME = /^_?Py[A-Z_]/;
function referencesPython(names2) {
  return names2.some((n) => PYTHON_C_NAME.test(n));
}
var PY_INIT = /^PyInit_(\w+)$/;
function pythonHeaderIncludes(facts) {
  return facts.files.flatMap(
    (f) => f.includes.filter((inc) => inc.header === "Python.h").map((inc) => ({ file: f.file, line: inc.line, column: inc.column }))
  );
}
function moduleInitExports(facts) {
  return facts.files.flatMap(
    (f) => f.exports.flatMap((e) => {
      const m = PY_INIT.exec(e.name);
      return m ? [{ module: m[1], location: { file: f.file, line: e.line, column: e.column } }] : [];
    })
  );
}
function isExtensionModule(facts, objectSymbols = []) {
  return pythonHeaderIncludes(facts).length > 0 || moduleInitExports(facts).length > 0 || referencesPython(objectSymbols);
}
async function interpreterProviders(tf, names2) {
  const files = tf.interpreterFiles ?? [];
  if (files.length === 0 || names2.length === 0) return /* @__PURE__ */ new Map();
  const found = await findProviders(files, names2);
  return new Map([...found].flatMap(([name, file]) => file ? [[name, file]] : []));
}
function definesLimitedApi(facts, compileWords = []) {
  return facts.files.some((f) => f.preambleLines.some((l) => /#\s*define\s+Py_LIMITED_API\b/.test(l.code))) || compileWords.some((w) => /^-DPy_LIMITED_API(?:=|$)/.test(w.word));
}

// src/resolve/c-api-changes.ts
var compareMinor = (a, b) => {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
};
function describeMinors(minors, recorded) {
  const runs = [];
  for (const minor of minors) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous !== void 0 && recorded.indexOf(previous) + 1 === recorded.indexOf(minor)) run.push(minor);
    else runs.push([minor]);
  }
  return runs.map((r) => r.length === 1 ? r[0] : `${r[0]}\u2013${r.at(-1)}`).join(", ");
}
function pinOf(have, recorded, distribution) {
  const first = have[0];
  const after = recorded[recorded.indexOf(have.at(-1)) + 1];
  const upper = after ? `<${after}` : "";
  const lower2 = first === recorded[0] ? "" : `>=${first}`;
  return `${distribution}${[lower2, upper].filter(Boolean).join(",")}`;
}
function pythonOnlyPhrase(libraries) {
  return libraries.length === 1 ? `${libraries[0]}, a Python-only library a Go package cannot link` : `${libraries.join(" and ")}, Python-only libraries a Go package cannot link`;
}
function change(subject, have, recorded, tf, pythonOnly = []) {
  const installed = minorOf(tf.version);
  if (have.length === 0 || have.includes(installed)) return void 0;
  const first = have[0];
  const last = have.at(-1);
  const span2 = describeMinors(have, recorded);
  const after = recorded[recorded.indexOf(last) + 1];
  const pin = pinOf(have, recorded, tf.distribution);
  const only = pythonOnly.length > 0 ? { pythonOnly: [...pythonOnly] } : {};
  const where = pythonOnly.length > 0 ? `, which has it only in ${pythonOnlyPhrase(pythonOnly)}` : "";
  if (compareMinor(last, installed) < 0 && after) {
    const sentence = `${subject} was removed in TensorFlow ${after}.0 (last in ${last}.x)${where && `; this is ${tf.version}${where}`}`;
    return { sentence, pin, span: span2, removedIn: after, ...only };
  }
  if (compareMinor(first, installed) > 0) {
    const sentence = where ? `${subject} is in the libraries a Go package links from TensorFlow ${first}.0 on; this is ${tf.version}${where}` : `${subject} first appears in TensorFlow ${first}.0; this is ${tf.version}`;
    return { sentence, pin, span: span2, ...only };
  }
  return { sentence: `${subject} is in TensorFlow ${span2}, not in ${installed} (this is ${tf.version}${where})`, pin, span: span2, ...only };
}
function nameChange(name, tf, source = shippedHistory) {
  const arch = architectureHistory(tf.arch, source);
  if (!arch) return void 0;
  const pythonOnly = pythonOnlyExporters(arch, name, minorOf(tf.version), source);
  return change(name, minorsExporting(arch, name, source), recordedMinors(arch, source), tf, pythonOnly);
}
function headerChange(header, tf, source = shippedHistory) {
  const arch = architectureHistory(tf.arch, source);
  return arch && change(header, minorsShipping(arch, header, source), recordedMinors(arch, source), tf);
}

// src/flags/absent-name-history.ts
function absentNameHistory(name, tf) {
  const change2 = nameChange(name, { version: tf.version, distribution: tf.distribution, arch: process.arch });
  if (!change2) return void 0;
  const linked = change2.pythonOnly ? " that a Go package links" : "";
  return {
    message: `${change2.sentence}. TensorFlow ${change2.span} export it; no library of TensorFlow ${tf.version}${linked} does, so the link or the load would fail.`,
    fix: `Pin ${change2.pin} (a TensorFlow that exports ${name}), or remove the call to ${name}.`
  };
}

// src/flags/link-plan.ts
var TF_API_NAME = /^(?:TF|TFE|TSL|TP|SP|SE)_\w/;
var KERNEL_OP_HEADERS = /^tensorflow\/c\/(?:kernels\.h|kernels_experimental\.h|ops\.h|kernels\/)/;
var KERNEL_OP_NAME = /^TF_(?:(?:New|Delete)?KernelBuilder|RegisterKernelBuilder|KernelBuilder_|OpKernelContext_|OpKernelConstruction_|(?:New|Delete)?OpDefinitionBuilder|RegisterOpDefinition|ShapeInferenceContext|GetInput$|SetOutput$|AllocateOutput$|AllocateTemp$|ForwardInputOrAllocateOutput$)/;
var CALL = /(?<![\w$.>])([A-Za-z_]\w*)\s*\(/g;
function preambleCalls(facts) {
  const names2 = /* @__PURE__ */ new Set();
  for (const f of facts.files) {
    for (const l of f.preambleLines) {
      if (/^\s*#/.test(l.code)) continue;
      for (const m of l.code.matchAll(CALL)) names2.add(m[1]);
    }
  }
  return [...names2].sort();
}
function analyzeNames(facts, headers, cFileCalls = []) {
  const local = new Set(facts.files.flatMap((f) => f.preambleFunctions.map((p) => p.name)));
  const isTfFunction = (name) => {
    if (local.has(name)) return false;
    const kind = headers.names.get(name)?.kind;
    if (kind !== void 0 && kind !== "function") return false;
    return kind === "function" || TF_API_NAME.test(name);
  };
  const lookup = new Set([...usedCNames(facts), ...preambleCalls(facts), ...cFileCalls].filter(isTfFunction));
  const calledFromGo = new Set(usedCNames(facts, { callsOnly: true }).filter((n) => lookup.has(n)));
  return { lookup: [...lookup].sort(), calledFromGo };
}
var C_SOURCE = /\.(?:c|h|cc|cpp|cxx|hh|hpp|hxx|m|mm|S|s)$/;
var C_COMPILED = /\.(?:c|m)$/;
function cSourceCalls(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, " ");
  const names2 = /* @__PURE__ */ new Set();
  for (const m of code.matchAll(CALL)) names2.add(m[1]);
  return [...names2].sort();
}
function packageDirs(facts) {
  return [.../* @__PURE__ */ new Set([facts.dir, ...facts.files.map((f) => path21.dirname(f.file))])];
}
async function packageCFileCalls(dir) {
  const entries2 = await readdir2(dir).catch(() => []);
  const texts = await Promise.all(
    entries2.filter((e) => C_COMPILED.test(e)).map((e) => readFile4(path21.join(dir, e), "utf8").catch(() => ""))
  );
  return [...new Set(texts.flatMap(cSourceCalls))].sort();
}
async function mentionedInLocalC(facts, names2, tfIncludeDir, line) {
  const files = /* @__PURE__ */ new Set();
  const dirs = packageDirs(facts);
  for (const dir of dirs) {
    for (const entry of await readdir2(dir).catch(() => [])) if (C_SOURCE.test(entry)) files.add(path21.join(dir, entry));
  }
  const includeDirs2 = /* @__PURE__ */ new Set([...dirs, ...includeDirs(line)]);
  const tfInclude = path21.resolve(tfIncludeDir) + path21.sep;
  for (const f of facts.files) {
    for (const inc of f.includes) {
      for (const dir of includeDirs2) {
        const candidate = path21.resolve(dir, inc.header);
        if (!candidate.startsWith(tfInclude)) files.add(candidate);
      }
    }
  }
  const texts = await Promise.all([...files].map((file) => readFile4(file, "utf8").catch(() => "")));
  const found = new Set(names2.filter((name) => facts.files.some((f) => preambleMentions(f, name).length > 0)));
  for (const name of names2) {
    const re = new RegExp(`(?<![\\w$])${name}(?![\\w$])`);
    if (texts.some((t) => re.test(t))) found.add(name);
  }
  return found;
}
function callSites(facts, name) {
  return facts.files.flatMap(
    (f) => f.refs.filter((r) => r.call && r.name === name).map((r) => ({ file: f.file, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn }))
  );
}
function notInTensorflowDiagnostic(name, tf, headers, libraries, facts) {
  const declared = headers.names.get(name);
  const libs = libraries.join(" and ");
  const history = absentNameHistory(name, tf);
  const message = history ? `${history.message}${declared ? ` ${declared.header} still declares it.` : ""}` : declared ? `TensorFlow ${tf.version} has no function ${name}: ${declared.header} declares it, but no TensorFlow library exports it (${libs}), so the link or the load would fail.` : `TensorFlow ${tf.version} has no function ${name}: no TensorFlow library exports it (${libs}) and no TensorFlow C header declares it.`;
  const near = declared ? void 0 : nearestFunction(headers, name);
  const spelling = near ? `Check the spelling (did you mean ${near}?)` : "Check the spelling";
  return {
    severity: "error",
    kind: "not-in-tensorflow",
    stage: "flags",
    title: `${name} is not in TensorFlow ${tf.version}`,
    message,
    fix: history ? history.fix : declared ? `Remove or replace the call to ${name}, or pin a TensorFlow version that exports it.` : `${spelling}; otherwise remove or replace the call, or pin a TensorFlow version that has ${name}.`,
    symbol: name,
    locations: callSites(facts, name)
  };
}
async function lookUpProviders(input, headers, libraries) {
  const { tf, facts } = input;
  const predicted = analyzeNames(facts, headers, (await Promise.all(packageDirs(facts).map(packageCFileCalls))).flat());
  const { calledFromGo } = predicted;
  const objects = input.objectSymbols;
  const lookup = objects ? [.../* @__PURE__ */ new Set([...objects, ...calledFromGo])].sort() : predicted.lookup;
  const found = libraries.length > 0 ? await findProviders(libraries, lookup) : /* @__PURE__ */ new Map();
  const providers = lookup.filter((name) => !objects || found.get(name) || calledFromGo.has(name) || TF_API_NAME.test(name)).map((name) => ({ name, ...found.get(name) ? { library: found.get(name) } : {} }));
  const notes = providerNotes(providers, tf.version);
  if (objects)
    notes.unshift(
      `the compiled objects reference ${objects.length} undefined names; ${providers.filter((p) => p.library).length} are TensorFlow's`
    );
  return { providers, lookup, calledFromGo, notes };
}
async function namesNotInTensorflow(input, headers, libraryNames, { providers, calledFromGo, notes }) {
  const { tf, facts } = input;
  if (headers.headers.length === 0) {
    notes.push(`no TensorFlow C headers under ${tf.includeDir}: names the libraries lack are not reported before the build`);
    return { notInTensorflow: [], diagnostics: [] };
  }
  if (!capiLibrary({ libraries: libraryNames })) {
    notes.push(`no libtensorflow_cc in ${tf.dir}: names the libraries lack are not reported before the build`);
    return { notInTensorflow: [], diagnostics: [] };
  }
  const notInTensorflow = providers.filter((p) => !p.library).map((p) => p.name);
  const missing = notInTensorflow.filter((name) => calledFromGo.has(name));
  const line = input.linkLine ?? readLinkLine({ sources: facts });
  const local = missing.length > 0 ? await mentionedInLocalC(facts, missing, tf.includeDir, line) : /* @__PURE__ */ new Set();
  const diagnostics = [];
  for (const name of missing) {
    if (local.has(name))
      notes.push(`${name}: not in TensorFlow, but the package's own C sources or headers mention it; left to the linker`);
    else diagnostics.push(notInTensorflowDiagnostic(name, tf, headers, libraryNames, facts));
  }
  return { notInTensorflow, diagnostics };
}
function librariesForAuto(input, headers, libraryNames, { providers, lookup, notes }, bindings2) {
  const objects = input.objectSymbols;
  const wanted = new Set(providers.flatMap((p) => p.library ? [p.library] : []));
  const framework = frameworkLibrary({ libraries: libraryNames });
  const want = (why, note) => {
    if (!why || !framework || wanted.has(framework)) return;
    wanted.add(framework);
    notes.push(note);
  };
  const kernelApi = !objects && lookup.some((n) => KERNEL_OP_NAME.test(n) || KERNEL_OP_HEADERS.test(headers.names.get(n)?.header ?? ""));
  want(kernelApi, `kernel/op API used -> ${framework} (the op registry lives there)`);
  want(!objects && input.cxx === true, `C++ sources -> ${framework} (predicted before the compile: TensorFlow's C++ API lives there)`);
  want(bindings2, `Go bindings -> ${framework} (the half of the C API that -ltensorflow does not name)`);
  if (wanted.size === 0) notes.push("the package calls no TensorFlow function: no TensorFlow library linked");
  return libraryNames.filter((l) => wanted.has(l));
}
function unlinkedNotes(providers, linked) {
  const unlinked = /* @__PURE__ */ new Map();
  for (const p of providers)
    if (p.library && !linked.includes(p.library)) unlinked.set(p.library, [...unlinked.get(p.library) ?? [], p.name]);
  return [...unlinked].map(([library, names2]) => {
    const shown2 = names2.length > 5 ? `${names2.slice(0, 5).join(", ")} and ${names2.length - 5} more` : names2.join(", ");
    return `not linked: ${library} (${shown2}), which then resolve only once tensorflow is imported`;
  });
}
async function planLink(input) {
  const { tf, facts } = input;
  const { cflags, cxxflags } = tensorflowCompileFlags(tf);
  const libraries = tensorflowLibraries(tf.dir).filter((file) => tf.libraries.includes(path21.basename(file)));
  const libraryNames = libraries.map((l) => path21.basename(l));
  const headers = await readTfHeaders(tf.includeDir);
  const found = await lookUpProviders(input, headers, libraries);
  const { providers, notes } = found;
  const { notInTensorflow, diagnostics } = await namesNotInTensorflow(input, headers, libraryNames, found);
  const rpath = rpathFlags(input.rpath, input.installDir);
  const bindings2 = detectBindings(facts, input.pkg);
  let linkDir;
  if (bindings2) {
    linkDir = (await ensureLinkDir(input.tempDir, tf)).dir;
    notes.push(`Go bindings (${bindings2.reasons.join("; ")}): -ltensorflow binds to the pip libtensorflow_cc.so.2`);
  }
  const auto = input.mode === "auto";
  const linked = auto ? librariesForAuto(input, headers, libraryNames, found, bindings2 !== void 0) : input.mode === "sysconfig" ? [sysconfigFramework(tf)] : [];
  const zDefs = auto && input.zDefs !== false;
  const extensionModule = isExtensionModule(facts, input.objectSymbols);
  const warnUnresolved = zDefs && extensionModule;
  if (warnUnresolved)
    notes.push(
      "Python extension module: -z defs reports undefined names as warnings; those the interpreter exports are left to it, the others are findings"
    );
  notes.push(...unlinkedNotes(providers, linked));
  const noRunpath = auto && input.rpath === "auto" && linked.length === 0 && rpath.length > 0;
  if (noRunpath) notes.push("rpath auto: no RUNPATH, since the library needs no TensorFlow library");
  const computedLibraries = linked.map(libraryArg);
  const ldflags = [
    ...linked.length > 0 ? [`-L${tf.dir}`, ...computedLibraries.map((l) => `-l${l}`)] : [],
    ...zDefs ? ["-Wl,-z,defs"] : [],
    ...warnUnresolved ? ["-Wl,--warn-unresolved-symbols"] : [],
    ...noRunpath ? [] : rpath
  ];
  notes.push(
    `link-libraries ${input.mode}: ${linked.length > 0 ? linked.join(" ") : "no TensorFlow library"}${zDefs ? " with -z defs" : ""}`
  );
  return {
    ldflags,
    cflags,
    cxxflags,
    computedLibraries,
    providers,
    notInTensorflow,
    diagnostics,
    notes,
    ...linkDir ? { linkDir } : {},
    ...extensionModule ? { extensionModule } : {}
  };
}
function providerNotes(providers, version) {
  const notes = [];
  const mangled = /* @__PURE__ */ new Map();
  for (const p of providers) {
    if (p.library && isMangled(p.name)) mangled.set(p.library, [...mangled.get(p.library) ?? [], p.name]);
    else notes.push(`${p.name} -> ${p.library ?? `not in TensorFlow ${version}`}`);
  }
  for (const [library, names2] of mangled) {
    notes.push(`${names2.length} C++ symbol(s) -> ${library} (${names2.slice(0, 3).join(", ")}${names2.length > 3 ? ", ..." : ""})`);
  }
  return notes;
}

// src/flags/compiled-objects.ts
import { existsSync } from "node:fs";
import { readFile as readFile5, rm as rm2 } from "node:fs/promises";
import path23 from "node:path";

// src/util/go-work.ts
import fs14 from "node:fs";
import path22 from "node:path";
var workLine = /^WORK=(.*)\n/;
function splitWorkLine(stderr) {
  const m = workLine.exec(stderr);
  return m ? { workDir: m[1], output: stderr.slice(m[0].length) } : { output: stderr };
}
function createWorkLineFilter() {
  let pending = "";
  let done = false;
  let workDir;
  return {
    write(chunk) {
      if (done) return chunk;
      pending += chunk;
      if (!pending.startsWith("WORK=")) {
        if ("WORK=".startsWith(pending)) return "";
        done = true;
        const out2 = pending;
        pending = "";
        return out2;
      }
      const end = pending.indexOf("\n");
      if (end < 0) return "";
      done = true;
      workDir = pending.slice("WORK=".length, end);
      const out = pending.slice(end + 1);
      pending = "";
      return out;
    },
    end() {
      const out = pending;
      pending = "";
      done = true;
      return out;
    },
    get workDir() {
      return workDir;
    }
  };
}
var stem = (file) => path22.basename(file).replace(/\.go$/, "");
async function compiledInWorkDir(workDir, cgoFiles) {
  if (cgoFiles.length === 0) return false;
  const dirs = await fs14.promises.readdir(workDir, { withFileTypes: true }).catch(() => []);
  for (const dir of dirs) {
    if (!dir.isDirectory() || !/^b\d+$/.test(dir.name)) continue;
    const names2 = new Set(await fs14.promises.readdir(path22.join(workDir, dir.name)).catch(() => []));
    if (cgoFiles.every((file) => names2.has(`${stem(file)}.cgo1.go`))) return true;
  }
  return false;
}
async function removeWorkDir(workDir) {
  if (!workDir || !path22.isAbsolute(workDir) || !/^go-build\d+$/.test(path22.basename(workDir))) return;
  await fs14.promises.rm(workDir, { recursive: true, force: true }).catch(() => void 0);
}

// src/flags/compiled-objects.ts
var cgoLine = "cgo:";
var exportLine = "export:";
function listedPackages(stdout) {
  const packages = [];
  let cgoFiles = [];
  for (const line of stdout.split("\n")) {
    if (line.startsWith(cgoLine)) cgoFiles = line.slice(cgoLine.length).split("	").filter(Boolean);
    if (line.startsWith(exportLine)) packages.push({ archive: line.slice(exportLine.length).trim(), cgoFiles });
  }
  return packages;
}
async function compiledNow(workDir, packages) {
  if (!workDir) return true;
  for (const p of packages) if (await compiledInWorkDir(workDir, p.cgoFiles)) return true;
  return false;
}
async function compiledUndefinedSymbols(request) {
  const started = performance.now();
  const args = [
    "list",
    "-e",
    "-export",
    // Keeps cmd/go's work folder, to tell a compile from a cache hit; removed below.
    "-work",
    ...request.buildmode ? [`-buildmode=${request.buildmode}`] : [],
    ...request.buildFlags,
    "-f",
    // Two lines per cgo package, its cgo files and its archive; with -e a package that did not
    // compile has no export file.
    `{{if .CgoFiles}}${cgoLine}{{join .CgoFiles "\\t"}}{{"\\n"}}${exportLine}{{.Export}}{{end}}`,
    request.packagePath
  ];
  const strayHeader = path23.join(request.workingDirectory, ".h");
  const headerWasThere = existsSync(strayHeader);
  const run = await runProcess("go", args, { cwd: request.workingDirectory, env: request.env, timeoutMs: 9e5 });
  if (!headerWasThere) await rm2(strayHeader, { force: true });
  const { workDir, output } = splitWorkLine(run.stderr);
  const packages = listedPackages(run.stdout);
  const compiled = await compiledNow(workDir, packages);
  await removeWorkDir(workDir);
  if (run.exitCode !== 0 || run.spawnError) {
    return { ok: false, reason: "the package does not compile" };
  }
  const archives = packages.map((p) => p.archive);
  if (archives.some((archive) => archive === "")) return { ok: false, reason: "the package does not compile" };
  const symbols = /* @__PURE__ */ new Set();
  for (const archive of archives) {
    const data = await readFile5(archive).catch(() => void 0);
    if (!data) return { ok: false, reason: `cannot read the compiled package ${archive}` };
    for (const name of await archiveUndefinedSymbols(data)) symbols.add(name);
  }
  return { ok: true, symbols: [...symbols].sort(), durationMs: Math.round(performance.now() - started), output, compiled };
}

// src/flags/flags-stage.ts
function planWords(plan) {
  return [...plan.linkDir ? [`-L${plan.linkDir}`] : [], ...plan.ldflags];
}
async function computeFlags(request) {
  const { inputs, resolved, log, env } = request;
  const { tf, facts, pkg } = resolved;
  const choose = request.chooseEnvironment ?? ((plan2) => Promise.resolve({ cgoEnv: cgoEnvironment(plan2, env), notes: [] }));
  const planInput = {
    mode: inputs.link.mode,
    tf,
    facts,
    pkg,
    rpath: inputs.link.rpath,
    installDir: inputs.link.installDir,
    tempDir: request.tempDir,
    cxx: (pkg.cxxFiles ?? []).length > 0,
    linkLine: resolved.linkLine
  };
  let plan = await planLink(planInput);
  let choice = await choose(plan, { provisional: inputs.link.mode === "auto" && planInput.cxx });
  let compileOutput;
  let compiledNow2;
  const compiledEnv = choice.cgoEnv;
  if (inputs.link.mode === "auto") {
    const compiled = await compiledUndefinedSymbols({
      workingDirectory: inputs.workingDirectory,
      packagePath: inputs.packagePath,
      buildFlags: inputs.buildFlags,
      env: { ...env, ...choice.cgoEnv },
      ...request.buildmode ? { buildmode: request.buildmode } : {}
    });
    if (compiled.ok) {
      const how = compiled.compiled ? "compiled the package's objects" : "took the package's objects from Go's build cache";
      log.info(`${how} in ${compiled.durationMs} ms: ${compiled.symbols.length} undefined names`);
      const decided = await planLink({ ...planInput, objectSymbols: compiled.symbols });
      if (compiled.output.trim()) compileOutput = compiled.output;
      compiledNow2 = compiled.compiled;
      const same2 = decided.ldflags.join(" ") === plan.ldflags.join(" ");
      const mangled = decided.providers.some((p) => p.library && !C_NAME.test(p.name));
      plan = decided;
      if (choice.provisional || !same2 || mangled && choice.via) choice = await choose(plan);
    } else {
      plan.notes.push(`link plan predicted, not read from compiled objects: ${compiled.reason}`);
      if (choice.provisional) choice = await choose(plan);
    }
  }
  for (const note of plan.notes) log.info(note);
  if (choice.notice) log.notice(choice.notice);
  const notes = [`link-libraries: ${inputs.link.mode}`, ...choice.notes];
  const { cgoEnv, via } = choice;
  if (plan.linkDir)
    log.info(`-ltensorflow resolves in ${choice.bindingsFolder ?? plan.linkDir}: libtensorflow.so -> libtensorflow_cc.so.2`);
  log.info(`CGO_CFLAGS: ${cgoEnv.CGO_CFLAGS}`);
  log.info(`CGO_CXXFLAGS: ${cgoEnv.CGO_CXXFLAGS}`);
  log.info(`CGO_LDFLAGS: ${cgoEnv.CGO_LDFLAGS}`);
  const reused = compiledNow2 !== void 0 && JSON.stringify(cgoEnv) === JSON.stringify(compiledEnv);
  return {
    plan,
    linkLine: withLeadingWords(resolved.linkLine, planWords(plan), facts.dir),
    cgoEnv,
    ...via ? { via } : {},
    ...reused && compileOutput !== void 0 ? { compileOutput } : {},
    ...reused ? { packageCompiled: compiledNow2 } : {},
    diagnostics: plan.diagnostics,
    notes
  };
}

// src/stubs/link.ts
import path25 from "node:path";

// src/stubs/stubs.ts
import { randomBytes, createHash as createHash2 } from "node:crypto";
import { access, mkdir as mkdir2, readFile as readFile6, rename as rename2, rm as rm3, symlink as symlink2, writeFile } from "node:fs/promises";
import path24 from "node:path";

// src/stubs/spec.ts
import { stat } from "node:fs/promises";
var visibilityNames = ["default", "internal", "hidden", "protected"];
async function readLibraryIdentity(path54) {
  const stats = await stat(path54);
  const buildId = await withElfFile(path54, readBuildId);
  return buildId ?? sizeAndMtime(stats);
}
var sizeAndMtime = (stats) => `size-${stats.size}-mtime-${Math.round(stats.mtimeMs)}`;
async function readLibraryExports(path54) {
  const stats = await stat(path54);
  return withElfFile(path54, async (file) => {
    const [dynamic, versionTable, columns, buildId, field] = await Promise.all([
      readDynamic(file),
      readVersionTable(file, void 0, { needs: false }),
      readSymbolColumns(file),
      readBuildId(file),
      readDynamicSymbolFields(file)
    ]);
    return {
      path: path54,
      identity: buildId ?? sizeAndMtime(stats),
      file,
      dynamic,
      defined: definedVersions(versionTable.byIndex),
      columns,
      field
    };
  });
}
var prefetched = /* @__PURE__ */ new Map();
function prefetchStubSpecs(paths) {
  for (const path54 of paths) {
    if (prefetched.has(path54)) continue;
    const reading = readLibraryExports(path54);
    reading.catch(() => void 0);
    prefetched.set(path54, reading);
  }
}
function forgetPrefetchedStubSpecs() {
  prefetched.clear();
}
function takePrefetched(path54) {
  const reading = prefetched.get(path54);
  prefetched.delete(path54);
  return reading?.catch(() => readLibraryExports(path54));
}
async function readStubSpec(path54, extraNames = /* @__PURE__ */ new Set()) {
  const library = await (takePrefetched(path54) ?? readLibraryExports(path54));
  const { file, dynamic, defined, field } = library;
  const byName = exportedDefinitions(library.columns, extraNames);
  const { symbols, unanswerable, versionSymbols } = sortDefinitions(byName, { file, field, defined });
  return {
    path: path54,
    identity: library.identity,
    elfClass: file.elfClass,
    machine: file.machine,
    ...dynamic.soname !== void 0 ? { soname: dynamic.soname } : {},
    needed: dynamic.needed,
    ...dynamic.runpath !== void 0 ? { runpath: dynamic.runpath } : {},
    ...dynamic.rpath !== void 0 ? { rpath: dynamic.rpath } : {},
    versions: defined.names,
    symbols,
    unanswerable,
    versionSymbols
  };
}
function definedVersions(table) {
  const byIndex = /* @__PURE__ */ new Map();
  for (const [index, name] of table) if (index >= 2) byIndex.set(index, name);
  const names2 = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  return { byIndex, names: names2 };
}
function exportedDefinitions(columns, extraNames) {
  const byName = /* @__PURE__ */ new Map();
  for (let j = 0; j < columns.length; j++) {
    if (columns.defined[j] !== 1 || columns.info[j] >> 4 === 0) continue;
    const name = columns.names[j];
    if (!C_NAME.test(name) && !extraNames.has(name)) continue;
    const list = byName.get(name);
    const definition = { index: j + 1, info: columns.info[j], versionEntry: columns.versionEntry[j] };
    if (list) list.push(definition);
    else byName.set(name, [definition]);
  }
  return byName;
}
function printVersion(d, defined) {
  const version = defined.byIndex.get(d.versionEntry & 32767);
  return version === void 0 ? "" : `${d.versionEntry & 32768 ? "@" : "@@"}${version}`;
}
function sortDefinitions(byName, library) {
  const sorted = { symbols: [], unanswerable: /* @__PURE__ */ new Map(), versionSymbols: [] };
  for (const [name, definitions2] of byName) {
    if (definitions2.length > 1) {
      sorted.unanswerable.set(
        name,
        `${name} has ${definitions2.length} versions (${definitions2.map((d) => name + printVersion(d, library.defined)).sort().join(", ")}); a stub keeps one version per name`
      );
      continue;
    }
    sortDefinition(name, definitions2[0], library, sorted);
  }
  return sorted;
}
function sortDefinition(name, d, library, sorted) {
  const { file, defined } = library;
  const { other, shndx, size } = library.field(d.index);
  const type = d.info & 15;
  const binding = d.info >> 4;
  const visibility = other & 3;
  const versionIndex = d.versionEntry & 32767;
  const version = defined.byIndex.get(versionIndex);
  if (shndx === SHN_ABS && size === 0 && defined.names.includes(name)) {
    sorted.versionSymbols.push(name);
    return;
  }
  const reason = whyNoStub({ name, type, binding, visibility, shndx, versionEntry: d.versionEntry, version }, printVersion(d, defined));
  if (reason) {
    sorted.unanswerable.set(name, `${name} ${reason}`);
    return;
  }
  const section = file.sections[shndx];
  sorted.symbols.push({
    name,
    type: type === STT_OBJECT ? "OBJECT" : "FUNC",
    weak: binding === STB_WEAK,
    ...version !== void 0 ? { version } : {},
    size,
    align: Math.max(1, section?.addralign ?? 1),
    readonly: section ? (section.flags & SHF_WRITE) === 0 : false
  });
}
function whyNoStub(d, printedVersion) {
  if (d.shndx === SHN_ABS) return "is an absolute symbol (SHN_ABS); stubs carry functions and objects in sections only";
  if (d.type === STT_GNU_IFUNC) return "is an IFUNC (resolved at load time); a stub cannot reproduce it";
  if (d.visibility !== STV_DEFAULT) {
    return `has ${visibilityNames[d.visibility]} visibility; linkers treat it differently (copy relocations, canonical addresses), so a stub does not stand in for it`;
  }
  if (d.type === STT_TLS) return "is a thread-local (TLS) variable; stubs carry functions and objects only";
  if (d.type !== STT_OBJECT && d.type !== STT_FUNC) {
    return `has type ${d.type === STT_NOTYPE ? "NOTYPE" : d.type} (not FUNC or OBJECT); stubs carry functions and objects only`;
  }
  if (d.binding !== STB_GLOBAL && d.binding !== STB_WEAK) {
    return `has binding ${d.binding === STB_GNU_UNIQUE ? "GNU_UNIQUE" : d.binding}; stubs carry GLOBAL and WEAK symbols only`;
  }
  if ((d.versionEntry & 32768) !== 0) return `is defined only as a non-default version (${d.name}${printedVersion})`;
  const versionIndex = d.versionEntry & 32767;
  if (versionIndex >= 2 && d.version === void 0) return `has version index ${versionIndex}, which the library does not define`;
  return void 0;
}

// src/stubs/source.ts
var TRAP = "tf_cgo_verify_stub_called";
function symbolLines(s) {
  const bind = s.weak ? `.weak ${s.name}` : `.globl ${s.name}`;
  if (s.type === "FUNC") return [bind, `.type ${s.name}, %function`, `.set ${s.name}, ${TRAP}`];
  const section = s.readonly ? '.pushsection .rodata,"a",%progbits' : '.pushsection .bss,"aw",%nobits';
  return [
    section,
    `.balign ${s.align}`,
    bind,
    `.type ${s.name}, %object`,
    `.size ${s.name}, ${s.size}`,
    `${s.name}:`,
    `.zero ${s.size}`,
    ".popsection"
  ];
}
function stubSource(spec) {
  const asm = spec.symbols.flatMap(symbolLines).map((line) => `  ${JSON.stringify(`${line}
`)}`);
  return [
    `/* Link-time stub of ${spec.soname ?? "a shared library"}, generated by tf-cgo-verify. Never load it. */`,
    `__attribute__((used, noreturn)) static void ${TRAP}(void) { __builtin_trap(); }`,
    "__asm__(",
    ...asm.length > 0 ? asm : ['  ""'],
    ");",
    ""
  ].join("\n");
}
function stubVersionScript(spec) {
  if (spec.versions.length === 0) return void 0;
  const names2 = new Map(spec.versions.map((v) => [v, []]));
  for (const s of spec.symbols) if (s.version !== void 0) names2.get(s.version)?.push(s.name);
  return spec.versions.map((v) => {
    const list = names2.get(v);
    return list.length === 0 ? `${v} { };
` : `${v} {
  global:
${list.map((n) => `    ${n};
`).join("")}};
`;
  }).join("");
}

// src/stubs/stubs.ts
var STUB_FORMAT = 1;
var COMPILE_TIMEOUT_MS = 12e4;
function stubCacheBase(cacheRoot, env = process.env) {
  return path24.join(cacheRoot ?? toolCacheOrTemp(env), "tf-cgo-verify-stubs");
}
async function withSiblings(libraries) {
  const all = libraries.map((l) => path24.resolve(l));
  for (let i = 0; i < all.length; i++) {
    const info = await readElfInfo(all[i]);
    for (const name of info.dynamic.needed) {
      const sibling = path24.join(path24.dirname(all[i]), name);
      if (all.includes(sibling)) continue;
      if (await access(sibling).then(
        () => true,
        () => false
      ))
        all.push(sibling);
    }
  }
  return all;
}
async function stubFolderMade(dir) {
  return await readManifest(dir) !== void 0;
}
async function readManifest(dir) {
  try {
    const manifest = JSON.parse(await readFile6(path24.join(dir, "manifest.json"), "utf8"));
    if (manifest.format !== STUB_FORMAT) return void 0;
    for (const l of manifest.libraries) await access(path24.join(dir, l.file));
    return manifest;
  } catch {
    return void 0;
  }
}
var describe2 = (error) => error instanceof Error ? error.message : String(error);
async function stubFolderFor(request) {
  if (request.libraries.length === 0) return { reason: "no TensorFlow library to make link stubs for" };
  const notElf = request.libraries.find((l) => !/\.so(\.\d+)*$/.test(l));
  if (notElf) return { reason: `stubs are made for ELF shared libraries only, not ${path24.basename(notElf)}` };
  let libraries;
  let identities;
  try {
    libraries = await withSiblings(request.libraries);
    identities = await Promise.all(libraries.map(readLibraryIdentity));
  } catch (error) {
    return { reason: `cannot read the TensorFlow libraries for stubs: ${describe2(error)}` };
  }
  const files = libraries.map((l) => path24.basename(l));
  if (new Set(files).size !== files.length)
    return { reason: `two libraries share a file name (${files.join(", ")}); one stub folder cannot hold both` };
  const key = createHash2("sha256").update(JSON.stringify({ format: STUB_FORMAT, libraries: files.map((f, i) => [f, identities[i]]).sort() })).digest("hex").slice(0, 16);
  const base = stubCacheBase(request.cacheRoot, request.env);
  return { dir: path24.join(base, key), base, key, libraries, identities, files };
}
async function prepareStubs(request) {
  const started = Date.now();
  const { log } = request;
  const folder = await stubFolderFor(request);
  if ("reason" in folder) return { ok: false, reason: folder.reason };
  const { dir, base, key, libraries, identities, files } = folder;
  const ready = (manifest, cached) => ({
    ok: true,
    dir,
    stubs: libraries.map((real) => ({ real, stub: path24.join(dir, path24.basename(real)) })),
    unanswerable: new Map(manifest.unanswerable),
    cached,
    durationMs: Date.now() - started
  });
  const existing = await readManifest(dir);
  const had = new Set(existing?.extra ?? []);
  const lacking = (request.extraNames ?? []).filter((name) => !had.has(name));
  if (existing && lacking.length === 0) {
    log.info(`Link stubs: reusing ${dir} (${files.join(", ")})`);
    return ready(existing, true);
  }
  const extra = [.../* @__PURE__ */ new Set([...had, ...lacking])].sort();
  const temporary = path24.join(base, `.tmp-${key}-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await mkdir2(temporary, { recursive: true });
    const manifest = await generate(libraries, identities, temporary, request, extra);
    await writeFile(path24.join(temporary, "manifest.json"), `${JSON.stringify(manifest, null, 1)}
`);
    await publish(temporary, dir, extra);
    const made = await readManifest(dir);
    if (!made) return { ok: false, reason: `the stub folder ${dir} is not readable after writing it` };
    const mangled = extra.length > 0 ? ` with ${extra.length} C++ name(s) the package references` : "";
    log.info(`Link stubs: made ${files.join(", ")}${mangled} in ${Date.now() - started} ms under ${dir}`);
    return ready(made, false);
  } catch (error) {
    return { ok: false, reason: error instanceof StubError ? error.message : `cannot write link stubs under ${base}: ${describe2(error)}` };
  } finally {
    await rm3(temporary, { recursive: true, force: true }).catch(() => void 0);
  }
}
var StubError = class extends Error {
};
async function publish(temporary, dir, extra) {
  try {
    await rename2(temporary, dir);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
    const there = await readManifest(dir);
    const covers = new Set(there?.extra ?? []);
    if (there && extra.every((name) => covers.has(name))) return;
    const aside = `${temporary}-old`;
    await rename2(dir, aside);
    await rename2(temporary, dir);
    await rm3(aside, { recursive: true, force: true });
    return;
    await rm3(dir, { recursive: true, force: true });
    await rename2(temporary, dir);
  }
}
async function generate(libraries, identities, out, request, extra) {
  const extraNames = new Set(extra);
  const cc = request.cc && request.cc.length > 0 ? request.cc : ["gcc"];
  const env = { ...request.env ?? process.env, LC_ALL: "C" };
  const compile = async (args, what) => {
    const run = await runProcess(cc[0], [...cc.slice(1), ...args], { env, timeoutMs: COMPILE_TIMEOUT_MS, cwd: out });
    if (run.spawnError) throw new StubError(`cannot run the C compiler ${cc[0]} to make link stubs: ${run.spawnError.message}`);
    if (run.exitCode !== 0) {
      const tail = run.combined.trim().split("\n").slice(-6).join("\n");
      throw new StubError(
        `the C compiler (${cc.join(" ")}) failed to make ${what} (exit ${run.exitCode ?? run.signal}${run.timedOut ? ", timed out" : ""}):
${tail}`
      );
    }
  };
  const specs = await Promise.all(libraries.map((library) => readStubSpec(library, extraNames)));
  const work = path24.join(out, ".work");
  const needed = path24.join(work, "needed");
  await mkdir2(needed, { recursive: true });
  const allNeeded = [...new Set(specs.flatMap((s) => s.needed))];
  if (allNeeded.length > 0) {
    await writeFile(path24.join(work, "empty.c"), "int tf_cgo_verify_needed_placeholder;\n");
    await compile(["-c", "-fPIC", "-o", path24.join(work, "empty.o"), path24.join(work, "empty.c")], "an empty object");
    await Promise.all(
      allNeeded.map(
        (name) => compile(
          ["-shared", "-nostdlib", `-Wl,-soname,${name}`, "-o", path24.join(needed, name), path24.join(work, "empty.o")],
          `a placeholder for ${name}`
        )
      )
    );
  }
  const built = await Promise.all(
    specs.map(async (spec) => {
      const file = path24.basename(spec.path);
      const source = path24.join(work, `${file}.c`);
      await writeFile(source, stubSource(spec));
      const args = ["-shared", "-nostdlib", "-o", path24.join(out, file)];
      if (spec.soname !== void 0) args.push(`-Wl,-soname,${spec.soname}`);
      const script = stubVersionScript(spec);
      if (script !== void 0) {
        await writeFile(path24.join(work, `${file}.map`), script);
        args.push(`-Wl,--version-script,${path24.join(work, `${file}.map`)}`);
      }
      if (spec.runpath !== void 0) args.push("-Wl,--enable-new-dtags", `-Wl,-rpath,${spec.runpath}`);
      else if (spec.rpath !== void 0) args.push("-Wl,--disable-new-dtags", `-Wl,-rpath,${spec.rpath}`);
      args.push(source, "-Wl,--no-as-needed", ...spec.needed.map((name) => path24.join(needed, name)));
      await compile(args, `the stub of ${file}`);
      return { spec, file, added: compareStub(spec, await readStubSpec(path24.join(out, file), extraNames)) };
    })
  );
  const unanswerable = /* @__PURE__ */ new Map();
  for (const { spec, file, added } of built) {
    for (const [name, reason] of spec.unanswerable) unanswerable.set(name, `${reason} (${file})`);
    for (const [name, reason] of added) unanswerable.set(name, reason);
    request.log.debug(
      `Link stubs: ${file}: ${spec.symbols.length} symbols, versions [${spec.versions.join(", ")}], ${spec.unanswerable.size} left out`
    );
  }
  await rm3(work, { recursive: true, force: true });
  for (const entry of linkEntries({ dir: out, libraries: libraries.map((l) => path24.basename(l)) }))
    await symlink2(path24.basename(entry.target), path24.join(out, entry.name));
  return {
    format: STUB_FORMAT,
    libraries: libraries.map((l, i) => ({ file: path24.basename(l), identity: identities[i] })),
    unanswerable: [...unanswerable].sort((a, b) => a[0].localeCompare(b[0])),
    extra: [...extra]
  };
}
function compareStub(real, stub) {
  const file = path24.basename(real.path);
  const problems2 = [];
  const same2 = (what, a, b) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) problems2.push(`${what}: real ${JSON.stringify(a)}, stub ${JSON.stringify(b)}`);
  };
  same2("ELF class", real.elfClass, stub.elfClass);
  same2("machine", real.machine, stub.machine);
  same2("SONAME", real.soname, stub.soname);
  same2("NEEDED", real.needed, stub.needed);
  same2("RUNPATH", real.runpath, stub.runpath);
  same2("RPATH", real.rpath, stub.rpath);
  same2("version definitions", real.versions, stub.versions);
  const stubSymbols = new Map(stub.symbols.map((s) => [s.name, s]));
  for (const s of real.symbols) {
    const t = stubSymbols.get(s.name);
    if (!t) {
      problems2.push(`${s.name} is missing`);
      continue;
    }
    same2(
      `${s.name}`,
      [s.type, s.weak, s.version, s.type === "OBJECT" ? s.size : 0, s.readonly],
      [t.type, t.weak, t.version, t.type === "OBJECT" ? t.size : 0, t.readonly]
    );
    if (s.type === "OBJECT" && t.align < s.align)
      problems2.push(`${s.name} is aligned to ${t.align} in the stub, ${s.align} in the real library`);
    stubSymbols.delete(s.name);
  }
  if (problems2.length > 0) {
    throw new StubError(
      `the stub made for ${file} differs from the real library (${problems2.slice(0, 5).join("; ")}${problems2.length > 5 ? `; ${problems2.length - 5} more` : ""})`
    );
  }
  const extra = /* @__PURE__ */ new Map();
  const realVersionSymbols = new Set(real.versionSymbols);
  for (const name of [
    ...stubSymbols.keys(),
    ...stub.unanswerable.keys(),
    ...stub.versionSymbols.filter((v) => !realVersionSymbols.has(v))
  ]) {
    if (real.unanswerable.has(name)) continue;
    extra.set(name, `${name} is defined by the stub of ${file} (the linker adds a symbol per version name) but not by the real library`);
  }
  for (const name of real.versionSymbols) {
    if (!stub.versionSymbols.includes(name))
      extra.set(name, `${name} (a version name) is a symbol of the real ${file} but not of its stub`);
  }
  return extra;
}
async function whyStubsCannotStandIn(result, names2) {
  const reasons = [];
  const rest = [];
  for (const name of new Set(names2)) {
    const why = result.unanswerable.get(name);
    if (why !== void 0) reasons.push(why);
    else rest.push(name);
  }
  if (rest.length > 0) {
    const inStubs = /* @__PURE__ */ new Set();
    for (const s of result.stubs) for (const name of (await lookupDefined(s.stub, rest)).keys()) inStubs.add(name);
    const missing = rest.filter((n) => !inStubs.has(n));
    for (const s of missing.length > 0 ? result.stubs : []) {
      for (const name of (await lookupDefined(s.real, missing)).keys()) {
        reasons.push(`${name} is exported by ${path24.basename(s.real)} but its stub does not carry it`);
      }
    }
  }
  if (reasons.length === 0) return void 0;
  const shown2 = reasons.slice(0, 3).join("; ");
  return `the link stubs cannot stand in for the real libraries: ${shown2}${reasons.length > 3 ? ` (and ${reasons.length - 3} more)` : ""}`;
}
async function whyStubsCannotVouchForBuilt(result, built) {
  const undefinedNames = (await readDynamicSymbols(built)).filter((s) => !s.defined).map((s) => s.name);
  return whyStubsCannotStandIn(result, undefinedNames);
}

// src/stubs/link.ts
function plannedLibraries(plan, tf) {
  const files = plan.computedLibraries.map((arg) => libraryArgFile(arg, tf.dir));
  if (plan.linkDir) files.push(...linkEntries(tf).map((e) => e.target));
  return [...new Set(files)];
}
function stubbedFlags(flags, tfLibDir, stubDir) {
  const ldflags = flags.ldflags.map((f) => f === `-L${tfLibDir}` ? `-L${stubDir}` : f);
  if (!flags.linkDir) return { ...flags, ldflags };
  return { ...flags, linkDir: stubDir, ldflags: ldflags.filter((f) => f !== `-L${stubDir}`) };
}
function stubbedLibraries(plan, tf) {
  const planned = plannedLibraries(plan, tf);
  return planned.length === 0 ? [] : [.../* @__PURE__ */ new Set([...planned, ...tf.libraries.map((file) => path25.join(tf.dir, file))])];
}
async function chooseStubs({ plan, tf, env, log, cc }) {
  const libraries = stubbedLibraries(plan, tf);
  if (libraries.length === 0) return { use: false };
  const extraNames = plan.providers.filter((p) => p.library && !C_NAME.test(p.name)).map((p) => p.name);
  const stubs = await prepareStubs({ libraries, env, log, extraNames, cc });
  if (!stubs.ok) return { use: false, reason: stubs.reason };
  const reason = await whyStubsCannotStandIn(
    stubs,
    plan.providers.map((p) => p.name)
  ).catch((error) => `cannot check the package's names against the stubs: ${String(error)}`);
  return reason ? { use: false, reason } : { use: true, stubs };
}
function stubNote(stubs) {
  const files = stubs.stubs.map((s) => path25.basename(s.real)).join(", ");
  return `link stubs of ${files} (${stubs.cached ? "cached" : `generated in ${stubs.durationMs} ms`}) in ${stubs.dir}`;
}
function stubEnvironment({ against, tf, env, log, cc }) {
  return async (plan, options) => {
    const realCgoEnv = cgoEnvironment(plan, env);
    if (against !== "stubs") return { cgoEnv: realCgoEnv, notes: [] };
    if (options?.provisional) {
      const folder = await stubFolderFor({ libraries: stubbedLibraries(plan, tf), env });
      if ("reason" in folder) return { cgoEnv: realCgoEnv, notes: [], provisional: true };
      if (!await stubFolderMade(folder.dir)) prefetchStubSpecs(folder.libraries);
      return { cgoEnv: cgoEnvironment(stubbedFlags(plan, tf.dir, folder.dir), env), notes: [], provisional: true };
    }
    const choice = await chooseStubs({ plan, tf, env, log, cc });
    forgetPrefetchedStubSpecs();
    if (choice.use) {
      return {
        cgoEnv: cgoEnvironment(stubbedFlags(plan, tf.dir, choice.stubs.dir), env),
        via: { stubs: choice.stubs, realCgoEnv },
        notes: [stubNote(choice.stubs)],
        bindingsFolder: `${choice.stubs.dir} (the link stubs)`
      };
    }
    if (!choice.reason) return { cgoEnv: realCgoEnv, notes: [] };
    return {
      cgoEnv: realCgoEnv,
      notes: [`linked against the real TensorFlow libraries, not stubs: ${choice.reason}`],
      notice: `link-against stubs: linking the real TensorFlow libraries instead, because ${choice.reason}.`
    };
  };
}

// src/build/build-stage.ts
import fs18 from "node:fs";
import path31 from "node:path";

// src/parse/collector.ts
var detach = (text) => Buffer.from(text, "utf8").toString("utf8");
function detachFinding(d) {
  const copy = { ...d, title: detach(d.title), message: detach(d.message) };
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const value = d[field];
    if (value !== void 0) copy[field] = detach(value);
  }
  if (d.toolLocation) copy.toolLocation = detachLocation(d.toolLocation);
  if (d.relatedLocations) copy.relatedLocations = d.relatedLocations.map((r) => ({ ...detachLocation(r), note: detach(r.note) }));
  return copy;
}
function detachLocation(location) {
  return { ...location, file: detach(location.file) };
}
function createCollector(options = {}) {
  const maxRawLines = options.maxRawLines ?? 4;
  const maxFindings = options.maxFindings ?? 5e3;
  const byKey = /* @__PURE__ */ new Map();
  const ordered = [];
  let dropped = 0;
  const addRaw = (finding, raw) => {
    finding.raw ??= [];
    if (finding.raw.length < maxRawLines) finding.raw.push(detach(raw));
  };
  return {
    add(kind, a, b, make, raw, extraCount = 1) {
      let byA = byKey.get(kind);
      let byB = byA?.get(a);
      const existing = byB?.get(b);
      if (existing) {
        existing.count += extraCount;
        if (raw !== void 0) addRaw(existing, raw);
        return existing;
      }
      if (ordered.length >= maxFindings) {
        dropped += 1;
        return void 0;
      }
      const finding = { ...detachFinding(make()), count: extraCount };
      if (raw !== void 0) addRaw(finding, raw);
      if (!byA) byKey.set(detach(kind), byA = /* @__PURE__ */ new Map());
      if (!byB) byA.set(detach(a), byB = /* @__PURE__ */ new Map());
      byB.set(detach(b), finding);
      ordered.push(finding);
      return finding;
    },
    addRaw,
    has: (predicate) => ordered.some(predicate),
    get dropped() {
      return dropped;
    },
    list: () => [...ordered]
  };
}
var locationScore = (location) => (location.file.endsWith(".go") ? 2 : 0) + (location.file.startsWith("/tmp/go-build/") || location.file.startsWith("$WORK/") ? 0 : 1);
var earlierInFile = (a, b) => a.file === b.file && a.line !== void 0 && b.line !== void 0 && a.line < b.line;
function betterLocation(current, candidate) {
  if (!current) return candidate && detachLocation(candidate);
  if (!candidate) return current;
  if (candidate.file === current.file) return earlierInFile(candidate, current) ? detachLocation(candidate) : current;
  return locationScore(candidate) > locationScore(current) ? detachLocation(candidate) : current;
}
var maxRelatedLocations = 8;
var sameLocation = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;
function addRelated(finding, location, note) {
  if (finding.toolLocation && sameLocation(finding.toolLocation, location)) return;
  const related = finding.relatedLocations ??= [];
  if (related.some((r) => sameLocation(r, location))) return;
  const before = related.findIndex((r) => earlierInFile(location, r));
  if (related.length >= maxRelatedLocations) {
    if (before === -1) return;
    related.pop();
  }
  const kept = { ...detachLocation(location), note };
  if (before === -1) related.push(kept);
  else related.splice(before, 0, kept);
}
function keepLocation(finding, candidate, note) {
  if (!candidate) return;
  const current = finding.toolLocation;
  if (!current) {
    finding.toolLocation = detachLocation(candidate);
  } else if (!sameLocation(current, candidate)) {
    const better = betterLocation(current, candidate);
    if (better === current) {
      addRelated(finding, candidate, note);
    } else {
      finding.toolLocation = better;
      addRelated(finding, current, note);
    }
  }
}

// src/parse/link-findings.ts
var cgoWrapper = /^_{1,2}cgo_[0-9a-f]+_Cfunc_(.+)$/;
function cgoCalledName(referencedFrom) {
  return referencedFrom ? cgoWrapper.exec(referencedFrom)?.[1] : void 0;
}
var isTensorFlowSymbol = (symbol) => /^(?:TF_|TFE_|TF_Tstring|TFL_|TfLite)/.test(symbol) || symbol.includes("tensorflow") || symbol.includes("10tensorflow");
var tfSplitNote = "TensorFlow's C API is split between libtensorflow_framework.so.2 and libtensorflow_cc.so.2, and tf.sysconfig.get_link_flags() names only the framework library, so functions such as TF_Version and TF_NewGraph (only in libtensorflow_cc.so.2) are missing when you link with those flags alone.";
var tfLinkFix = (symbol) => `Link the TensorFlow library that defines ${symbol}: add it as -l:<file> next to -L<tensorflow dir> in #cgo LDFLAGS or CGO_LDFLAGS, e.g. "-l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2". If no TensorFlow library defines it, the name is misspelled or this TensorFlow version does not have it.`;
var inArchive = (info) => info.object && info.archive ? ` in ${info.object} of ${info.archive}` : info.object ? ` in ${info.object}` : "";
function undefinedReference(info) {
  const { symbol, referencedFrom, library } = info;
  const called = cgoCalledName(referencedFrom);
  const from = called ? ` (called from Go as C.${called})` : referencedFrom && referencedFrom !== library ? ` (referenced from ${referencedFrom}${inArchive(info)})` : inArchive(info) ? ` (referenced${inArchive(info)})` : "";
  let message = library ? `${library}, a shared library on the link line, needs ${symbol}, and no object or library on the link line defines it (the link asks for every dependency to resolve: --no-allow-shlib-undefined).` : `The linker found no definition of ${symbol}${from} in any object or library on the link line.`;
  if (called) {
    message += " A declaration in the preamble or a header lets cgo compile the call, but a library must still define it.";
  }
  const tf = isTensorFlowSymbol(symbol);
  const abi = isCxxAbiMismatch(symbol);
  if (abi)
    message += ` ${symbol} belongs to the C++11 string ABI; a library built with _GLIBCXX_USE_CXX11_ABI=0 defines it under another name.`;
  else if (tf) message += ` ${tfSplitNote}`;
  return {
    severity: info.warning ? "warning" : "error",
    kind: "undefined-reference",
    stage: "build",
    title: `Undefined reference to ${symbol}`,
    message,
    fix: abi ? "Compile with the same -D_GLIBCXX_USE_CXX11_ABI as the library (for TensorFlow: tf.sysconfig.get_compile_flags())." : tf ? tfLinkFix(symbol) : `Add the library that defines ${symbol} to #cgo LDFLAGS (-l<name> with -L<dir>), or correct the name if it is misspelled.`,
    symbol,
    referencedFrom,
    toolLocation: info.toolLocation,
    ...info.object ? { object: info.object } : {},
    ...info.archive ? { archive: info.archive } : {},
    ...library ? { library } : {}
  };
}
function moreUndefinedReferences(symbol, toolLocation2, more) {
  return {
    severity: "notice",
    kind: "more-undefined-references",
    stage: "build",
    title: `More undefined references to ${symbol}`,
    message: `The linker stopped listing references to ${symbol}` + (more ? ` after the first few; it counted ${more} more.` : " after the first few.") + " They all go away once the library that defines it is linked.",
    symbol,
    toolLocation: toolLocation2
  };
}
function missingLibrary(name) {
  const flag2 = `-l${name}`;
  const file = name.startsWith(":") ? name.slice(1) : void 0;
  return {
    severity: "error",
    kind: "missing-library",
    stage: "build",
    title: `Library ${flag2} not found`,
    message: `The linker searched every -L directory and the system directories for ${libraryFileNames(name).join(" or ")} and found none. The flag usually comes from a #cgo LDFLAGS line or CGO_LDFLAGS.` + (name.includes("tensorflow") ? " The pip wheel ships libtensorflow_framework.so.2 and libtensorflow_cc.so.2 (no libtensorflow.so), in the tensorflow package directory." : "") + (name === "tensorflow" ? " Go bindings such as tensorflow/go and graft link with -ltensorflow, which expects the separate libtensorflow C library; a link directory with libtensorflow.so -> <tensorflow dir>/libtensorflow_cc.so.2 and libtensorflow_framework.so -> libtensorflow_framework.so.2 makes it bind to the TensorFlow that Python imports." : ""),
    fix: `Check the -l name in #cgo LDFLAGS / CGO_LDFLAGS and add -L<dir> for the directory that holds it` + (name.includes("tensorflow") ? '; for the pip wheel use -L$(python -c "import tensorflow as tf; print(tf.sysconfig.get_lib())") -l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2.' : "."),
    library: file ?? name
  };
}
function missingDso(symbol, library, versioned = symbol) {
  const file = library ? library.slice(library.lastIndexOf("/") + 1) : void 0;
  return {
    severity: "error",
    kind: "missing-dso",
    stage: "build",
    title: file ? `${symbol} is in ${file}, which is not on the link line` : `Undefined reference to symbol ${versioned}`,
    message: `${versioned} is defined in ${library ?? "a shared library"}, which the link only reaches as a dependency of another library. GNU ld does not let an object use symbols of such indirect dependencies (--no-copy-dt-needed-entries), so the library has to be named on the link line itself.`,
    fix: file ? `Add -l:${file} (with -L for its directory) to #cgo LDFLAGS or CGO_LDFLAGS.` : "Add the library named in the note to the link line.",
    symbol,
    library
  };
}
function multipleDefinition(symbol, toolLocation2, object) {
  return {
    severity: "error",
    kind: "multiple-definition",
    stage: "build",
    title: `Multiple definition of ${symbol}`,
    message: `${symbol} is defined in more than one object. In a cgo package this usually means a function or variable is defined (not just declared) in the preamble of a file that also has //export functions: cgo compiles that preamble twice, into the package object and into _cgo_export.c.`,
    fix: `Make the preamble definition of ${symbol} static (or static inline), or move it to a separate .c file and keep only a declaration in the preamble.`,
    symbol,
    toolLocation: toolLocation2,
    ...object ? { object } : {}
  };
}
function linkerErrorFix(message) {
  if (message.includes("recompile with -fPIC")) {
    const archive = /([^\s/]+\.a)\(/.exec(message)?.[1];
    return `A shared library can only contain position-independent code: rebuild ${archive ?? "the object or static library named"} with -fPIC, or link its shared version instead.`;
  }
  if (message.startsWith("unrecognized option") || message.startsWith("unknown option")) {
    return "Remove or correct the linker option in #cgo LDFLAGS or CGO_LDFLAGS (-Wl,... options go to the linker as they are).";
  }
  return void 0;
}
function linkerError(message, toolLocation2) {
  const fix = linkerErrorFix(message);
  const shown2 = message.replace(/^\S*(?:\.o|\.a\([^)]*\)|\.so[.\d]*): /, "");
  return {
    severity: "error",
    kind: "linker-error",
    stage: "build",
    title: `Linker error: ${shown2.length > 80 ? `${shown2.slice(0, 77)}...` : shown2}`,
    message: `The linker stopped with: ${message}`,
    ...fix ? { fix } : {},
    toolLocation: toolLocation2
  };
}
function genericLinkFailure(tool) {
  return {
    severity: "error",
    kind: "linker-error",
    stage: "build",
    title: "Linking the shared library failed",
    message: `go build could not link the package: ${tool}. No more specific linker message was recognised; see the raw output.`
  };
}
function missingHeader(header, toolLocation2) {
  return {
    severity: "error",
    kind: "missing-header",
    stage: "build",
    title: `Header ${header} not found`,
    message: `The C compiler could not find ${header} in any include directory. ` + (header.startsWith("tensorflow/") ? "TensorFlow headers live under <tensorflow dir>/include in the pip wheel (tf.sysconfig.get_include())." : "The #include line is in the cgo preamble or a .c/.h file of the package."),
    fix: header.startsWith("tensorflow/") ? "Check the header name and add -I<tensorflow dir>/include to #cgo CFLAGS or CGO_CFLAGS." : "Check the header name and add its directory with -I in #cgo CFLAGS or CGO_CFLAGS.",
    header,
    toolLocation: toolLocation2
  };
}
function cgoUnknownName(name, toolLocation2) {
  return {
    severity: "error",
    kind: "cgo-unknown-name",
    stage: "build",
    title: `C.${name} is not declared`,
    message: `cgo could not find a declaration of ${name} in the preamble or the headers it includes, so it cannot tell whether it is a function, type or variable. Either the name is misspelled, the header that declares it is not included, or this TensorFlow version does not have it.`,
    fix: `Include the header that declares ${name} in the cgo preamble (e.g. #include "tensorflow/c/c_api.h"), or correct the name.`,
    symbol: name,
    toolLocation: toolLocation2
  };
}
function compileMessage(kind, text, toolLocation2) {
  const what = kind === "go-compile-error" ? "Go compile error" : kind === "c-compile-error" ? "C compile error" : "C compiler warning";
  return {
    severity: kind === "c-compile-warning" ? "warning" : "error",
    kind,
    stage: "build",
    title: `${what}: ${text.length > 80 ? `${text.slice(0, 77)}...` : text}`,
    message: text,
    toolLocation: toolLocation2
  };
}

// src/parse/compiler.ts
var located = /^(.+?):(\d+):(?:(\d+):)? (.*)$/;
var gccHeader = /^fatal error: (.+?): No such file or directory$/;
var clangHeader = /^fatal error: '(.+?)' file not found$/;
var unknownName = /^could not determine (?:kind of name for C\.(\S+)|what C\.(\S+) refers to)$/;
var severityPrefix = /^(fatal error|error|warning|note): (.*)$/;
var declarationNotes = [/^declared here$/, /^'[^']+' has been explicitly marked deprecated here$/];
var sourceLine = /^\s*\d+ \| (.*)$/;
var includedFrom = /^\s+from \S.*:\d+[,:]$/;
var normalise = (file) => file.startsWith("./") ? file.slice(2) : file;
function createCompilerParser(collector) {
  let last;
  let declared;
  const record = (kind, where, what, make, raw) => {
    last = collector.add(kind, where, what, make, raw);
    declared = void 0;
  };
  const note = (text, location, raw) => {
    declared = void 0;
    if (!last) return;
    collector.addRaw(last, raw);
    if (last.declaredAt || !declarationNotes.some((rule) => rule.test(text))) return;
    last.declaredAt = { ...location, file: detach(location.file) };
    declared = last;
  };
  return {
    line(body, raw) {
      const m = located.exec(body);
      if (!m) {
        return body.endsWith(":") && (body.includes(": In function") || body.startsWith("In file included from"));
      }
      const file = m[1] ?? "";
      const line = Number(m[2]);
      const column = m[3] === void 0 ? void 0 : Number(m[3]);
      const rest = m[4] ?? "";
      const location = column === void 0 ? { file, line } : { file, line, column };
      const where = `${normalise(file)}:${line}:${column ?? ""}`;
      const severity = severityPrefix.exec(rest);
      if (severity) {
        const [, level, text = ""] = severity;
        if (level === "note") {
          note(text, location, raw);
          return true;
        }
        if (level === "fatal error") {
          const header = gccHeader.exec(rest)?.[1] ?? clangHeader.exec(rest)?.[1];
          if (header) {
            record("missing-header", where, header, () => missingHeader(header, location), raw);
            return true;
          }
        }
        const kind = level === "warning" ? "c-compile-warning" : "c-compile-error";
        record(kind, where, text, () => compileMessage(kind, text, location), raw);
        return true;
      }
      const unknown = unknownName.exec(rest);
      if (unknown) {
        const name = unknown[1] ?? unknown[2] ?? "";
        record("cgo-unknown-name", where, name, () => cgoUnknownName(name, location), raw);
        return true;
      }
      if (column !== void 0 && file.endsWith(".go")) {
        record("go-compile-error", where, rest, () => compileMessage("go-compile-error", rest, location), raw);
        return true;
      }
      return false;
    },
    /** A source or caret line under the last message (`    5 | #include ...`). */
    context(line) {
      if (!last || includedFrom.test(line)) return;
      const source = declared?.declaredAt ? sourceLine.exec(line)?.[1] : void 0;
      if (source !== void 0 && declared?.declaredAt) {
        declared.declaredAt.source = detach(source);
        declared = void 0;
      }
      collector.addRaw(last, line);
    },
    interrupt() {
      last = void 0;
      declared = void 0;
    }
  };
}

// src/parse/linker-messages.ts
var short = (text) => text.length > 80 ? `${text.slice(0, 77)}...` : text;
function linkerWarning(info) {
  const where = info.library ?? info.object;
  return {
    severity: "warning",
    kind: "linker-warning",
    stage: "build",
    title: `Linker warning: ${short(info.text)}`,
    message: `The linker warned${where ? ` about ${where}` : ""}${info.referencedFrom ? ` (in ${info.referencedFrom})` : ""}: ${info.text}`,
    ...info.symbol ? { symbol: info.symbol } : {},
    ...info.library ? { library: info.library } : {},
    ...info.object ? { object: info.object } : {},
    ...info.referencedFrom ? { referencedFrom: info.referencedFrom } : {},
    ...info.toolLocation ? { toolLocation: info.toolLocation } : {}
  };
}
function debugInfoWarnings(example) {
  return {
    severity: "notice",
    kind: "linker-warning",
    stage: "build",
    title: "The linker could not read some debug information",
    message: `The linker warned about the debug information of an object (for example: ${example}). It only affects the source lines it names in other messages; the link itself is not affected.`
  };
}
function driverError(driver, text) {
  return {
    severity: "error",
    kind: "driver-error",
    stage: "build",
    title: `${driver}: ${short(text)}`,
    message: `The compiler driver ${driver} refused its command line before any linking: ${text}`,
    fix: "Correct the option or input file in #cgo LDFLAGS / CGO_LDFLAGS (or #cgo CFLAGS / CGO_CFLAGS when the compile step fails)."
  };
}
var machineName2 = (number) => machineName(Number(number));
function wrongArchitecture(file, fileCpu, targetCpu, text) {
  const built = fileCpu ? `built for ${fileCpu}` : "built for another CPU";
  return {
    severity: "error",
    kind: "linker-error",
    stage: "build",
    title: `${file} is ${built}${targetCpu ? `, not ${targetCpu}` : ""}`,
    message: `The linker cannot use ${file}: it is ${built}${targetCpu ? `, and this link is for ${targetCpu}` : ", not for the CPU this link is for"}. The linker said: ${text}`,
    fix: `Use a build of ${file} for the CPU you build for (on an arm64 runner, the arm64 library), or drop it from #cgo LDFLAGS / CGO_LDFLAGS.`,
    library: file
  };
}
function notAnObject(file, text) {
  return {
    severity: "error",
    kind: "linker-error",
    stage: "build",
    title: `${file} is not a file the linker can use`,
    message: `The linker read ${file} and found no object, archive or shared library it understands (a file for another system, such as a macOS Mach-O file, a directory, or a text file): ${text}`,
    fix: `Check the path of ${file} in #cgo LDFLAGS / CGO_LDFLAGS: it must be an ELF object, archive or shared library for this system.`,
    library: file
  };
}
function inputNotFound(file) {
  return {
    severity: "error",
    kind: "linker-error",
    stage: "build",
    title: `Input file ${file} not found`,
    message: `The link line names ${file} as a file to link, and it does not exist.`,
    fix: `Correct the path in #cgo LDFLAGS / CGO_LDFLAGS, or build ${file} first.`,
    library: file
  };
}
function commandLineSymbol(symbol, option) {
  return {
    severity: "error",
    kind: "undefined-reference",
    stage: "build",
    title: `Undefined symbol ${symbol} named by ${option}`,
    message: `The linker option ${option} names ${symbol}, and no object or library on the link line defines it.`,
    fix: `Link the library that defines ${symbol}, or correct or remove ${option} in #cgo LDFLAGS / CGO_LDFLAGS.`,
    symbol,
    referencedFrom: option
  };
}
function relocationError(text, toolLocation2, symbol, object) {
  return {
    severity: "error",
    kind: "linker-error",
    stage: "build",
    title: `Linker error: ${short(text)}`,
    message: `The linker stopped with: ${text}`,
    fix: text.includes("truncated to fit") ? "The code is too far from the data it refers to for the code model it was compiled with: compile with -fPIC (or -mcmodel=medium/large for huge static data)." : "A shared library can only contain position-independent code: compile every object and static library it links with -fPIC.",
    ...symbol ? { symbol } : {},
    ...object ? { object } : {},
    ...toolLocation2 ? { toolLocation: toolLocation2 } : {}
  };
}

// src/parse/record.ts
function recordReference(collector, info, raw) {
  const kept = collector.add("undefined-reference", info.symbol, info.referencedFrom ?? "", () => undefinedReference(info), raw);
  if (kept) keepLocation(kept, info.toolLocation, "also referenced here");
  return kept;
}
function recordMoreReferences(collector, symbol, raw, toolLocation2, more) {
  collector.add(
    "more-undefined-references",
    symbol,
    "",
    () => moreUndefinedReferences(symbol, toolLocation2, more),
    raw,
    more ?? 1
  );
}
function recordMissingLibrary(collector, name, raw) {
  collector.add("missing-library", name, "", () => missingLibrary(name), raw);
}
function recordCommandLineSymbol(collector, symbol, option, raw) {
  collector.add("undefined-reference", symbol, option, () => commandLineSymbol(symbol, option), raw);
}
function recordWrongArchitecture(collector, file, fileCpu, targetCpu, text, raw) {
  collector.add("linker-error", file, "wrong-architecture", () => wrongArchitecture(file, fileCpu, targetCpu, text), raw);
}
function recordNotAnObject(collector, file, text, raw) {
  collector.add("linker-error", file, "not-an-object", () => notAnObject(file, text), raw);
}
function recordIncompatibleLibrary(collector, file, text, raw) {
  collector.add("linker-warning", file, "incompatible", () => linkerWarning({ text, library: file }), raw);
}
function recordMissingDso(collector, versioned, raw) {
  const at = versioned.indexOf("@");
  const symbol = at > 0 ? versioned.slice(0, at) : versioned;
  return collector.add("missing-dso", symbol, "", () => missingDso(symbol, void 0, versioned), raw);
}
function setDsoLibrary(collector, finding, printed, raw) {
  if (finding.library) {
    collector.addRaw(finding, raw);
    return;
  }
  const library = printed.replace(/\/{2,}/g, "/");
  const full = missingDso(finding.symbol ?? "", library, finding.title.replace(/^Undefined reference to symbol /, ""));
  finding.library = detach(library);
  finding.title = detach(full.title);
  finding.message = detach(full.message);
  if (full.fix) finding.fix = detach(full.fix);
  collector.addRaw(finding, raw);
}
function recordMultipleDefinition(collector, symbol, raw, toolLocation2, firstDefinition, object) {
  const kept = collector.add("multiple-definition", symbol, "", () => multipleDefinition(symbol, toolLocation2, object), raw);
  if (kept) {
    keepLocation(kept, toolLocation2, "also defined here");
    if (firstDefinition) addRelated(kept, firstDefinition, "first defined here");
  }
  return kept;
}
var followUp = /^(?:use the --help option|final link failed|failed to set dynamic section sizes|link errors found)/;
function recordLinkerError(collector, message, raw, previous) {
  if (previous && followUp.test(message)) {
    collector.addRaw(previous, raw);
    return previous;
  }
  return collector.add("linker-error", message, "", () => linkerError(message), raw);
}

// src/parse/rules.ts
function ruleTable(rules) {
  return rules.map(
    (rule) => "rules" in rule ? { has: rule.has, pattern: void 0, handle: void 0, rules: [...ruleTable(rule.rules)] } : { has: rule.has, pattern: rule.pattern, handle: rule.handle, rules: void 0 }
  );
}
function applyRules(table, body, raw, state) {
  for (const rule of table) {
    if (rule.has !== void 0 && !body.includes(rule.has)) continue;
    if (rule.rules !== void 0) {
      if (applyRules(rule.rules, body, raw, state)) return true;
      continue;
    }
    const match = rule.pattern?.exec(body);
    if (match && rule.handle?.(match, raw, state) !== false) return true;
  }
  return false;
}

// src/parse/tool-place.ts
var sectionOffset = /:?\((?:\.[\w.$]*|\*ABS\*)(?:[+-]0x[0-9a-fA-F]+)?\)$/;
var digits = /^\d+$/;
var archiveMember = /^(.+?\.a)\(([^)]+)\)(?::(.*))?$/;
var sharedLibrary = /\.so(?:\.\d+)*$/;
var objectFile = /\.(?:o|obj|lo)$/;
var goLinkObject = /\/go-link-\d+\/\d+\.o$/;
function parsePlace(text) {
  const place2 = { location: void 0, object: void 0, archive: void 0, library: void 0 };
  let rest = text.endsWith(")") ? text.replace(sectionOffset, "") : text;
  const member = rest.includes(".a(") ? archiveMember.exec(rest) : null;
  if (member) {
    place2.archive = member[1];
    place2.object = member[2];
    rest = member[3] ?? "";
  } else {
    const objectEnd = rest.lastIndexOf(".o:");
    if (objectEnd !== -1) {
      place2.object = rest.slice(0, objectEnd + 2);
      rest = rest.slice(objectEnd + 3);
    } else if (rest.includes(".o") && objectFile.test(rest)) {
      place2.object = rest;
      rest = "";
    } else if (rest.includes(".so") && sharedLibrary.test(rest)) {
      place2.library = rest;
      rest = "";
    }
  }
  if (place2.object !== void 0 && goLinkObject.test(place2.object)) place2.object = void 0;
  if (rest.length === 0) return place2;
  const colon = rest.lastIndexOf(":");
  const line = colon > 0 ? rest.slice(colon + 1) : "";
  place2.location = digits.test(line) ? { file: rest.slice(0, colon), line: Number(line) } : { file: rest };
  return place2;
}
function parseToolLocation(text) {
  return parsePlace(text).location;
}

// src/parse/gnu-ld.ts
var functionPlace = (state) => state.functionPlaceParsed ??= parsePlace(state.functionPlaceText);
function forgetContext(state) {
  state.currentFunction = void 0;
  state.functionPlaceText = "";
  state.functionPlaceParsed = void 0;
  state.pendingDso = void 0;
  state.lastRelocation = void 0;
}
var warnedSymbol = /^(?:(\w+) is not implemented|the [`'](\w+)' function)/;
var placeColumn = /:\d+:\d+$/;
var quotedSymbol = /against (?:undefined )?symbol [`'](.+?)'/;
var enterFunction = (m, _raw, state) => {
  state.currentFunction = m[2];
  state.functionPlaceText = m[1] ?? "";
  state.functionPlaceParsed = void 0;
};
var undefinedReference2 = (m, raw, state) => {
  const symbol = m[3] ?? "";
  const warning = m[2] === "warning";
  const place2 = parsePlace(m[1] ?? "");
  if (place2.library) {
    recordReference(state.collector, { symbol, referencedFrom: place2.library, library: place2.library, warning }, raw);
    return;
  }
  const inFunction = place2.object === void 0;
  recordReference(
    state.collector,
    {
      symbol,
      referencedFrom: inFunction ? state.currentFunction : void 0,
      toolLocation: place2.location,
      object: place2.object ?? functionPlace(state).object,
      archive: place2.archive ?? functionPlace(state).archive,
      warning
    },
    raw
  );
};
var wrongFormat = (m, raw, { collector, machineOf }) => {
  const file = m[1] ?? "";
  const machine = machineOf?.file === file ? machineName2(machineOf.machine) : void 0;
  recordWrongArchitecture(collector, file, machine, void 0, m[0], raw);
};
var inputNotUsable = (m, raw, { collector }) => {
  const file = m[1] ?? "";
  if (m[2] === "No such file or directory") {
    collector.add("linker-error", file, "not-found", () => inputNotFound(file), raw);
  } else {
    recordNotAnObject(collector, file, m[0], raw);
  }
};
var multipleDefinition2 = (m, raw, state) => {
  const place2 = parsePlace(m[1] ?? "");
  const first = m[3] === void 0 ? void 0 : parsePlace(m[3]).location;
  recordMultipleDefinition(state.collector, m[2] ?? "", raw, place2.location, first, place2.object ?? functionPlace(state).object);
};
var nonPicRelocation = (m, raw, state) => {
  const relocation = recordLinkerError(state.collector, m.input, raw);
  state.lastRelocation = relocation;
  if (!relocation) return;
  const symbol = quotedSymbol.exec(m.input)?.[1];
  const place2 = parsePlace(m[1] ?? "");
  if (symbol) relocation.symbol ??= detach(symbol);
  if (place2.object) relocation.object ??= detach(place2.object);
  if (place2.archive) relocation.archive ??= detach(place2.archive);
};
var relocationError2 = (m, raw, state) => {
  const text = m[2] ?? "";
  const place2 = parsePlace(m[1] ?? "");
  const location = place2.location;
  if (text.startsWith("dangerous relocation") && state.lastRelocation) {
    keepLocation(state.lastRelocation, location, "the relocation is here");
    state.collector.addRaw(state.lastRelocation, raw);
    return;
  }
  const symbol = quotedSymbol.exec(text)?.[1];
  const object = place2.object ?? functionPlace(state).object;
  state.lastRelocation = state.collector.add("linker-error", text, "", () => relocationError(text, location, symbol, object), raw);
};
function recordWarning(state, placeText, printed, raw) {
  if (placeText !== void 0 && placeColumn.test(placeText)) return false;
  const place2 = parsePlace(placeText ?? "");
  const text = printed.replace(/^warning: /, "");
  const m = warnedSymbol.exec(text);
  const info = {
    text,
    toolLocation: place2.location,
    library: place2.library,
    object: place2.object,
    referencedFrom: place2.object === void 0 && place2.location ? state.currentFunction : void 0,
    symbol: m?.[1] ?? m?.[2]
  };
  const where = place2.location ? `${place2.location.file}:${place2.location.line ?? ""}` : place2.library ?? place2.object ?? "";
  state.collector.add("linker-warning", text, where, () => linkerWarning(info), raw);
  return true;
}
var gnuLdRules = ruleTable([
  {
    // `/tmp/go-link-793003319/000000.o: in function `status_ok':`; gcc's own "In function ‘f’:"
    // context lines use other quotes, ld always a backtick.
    has: "n function `",
    pattern: /^(?:(.*?): )?[iI]n function `(.*)':$/,
    handle: enterFunction
  },
  // Undefined symbols: references, DSOs not on the link line, --defsym.
  {
    has: "undefined",
    rules: [
      {
        // `/tmp/go-link-42/000001.o: undefined reference to symbol 'dlclose@@GLIBC_2.2.5'`
        has: "undefined reference to symbol",
        pattern: /^(.*?): undefined reference to symbol '(.*)'$/,
        handle: (m, raw, state) => {
          state.pendingDso = recordMissingDso(state.collector, m[2] ?? "", raw);
        }
      },
      {
        // `000000.o:/tmp/go-build/_cgo_export.c:10: more undefined references to `TF_Missing' follow`
        has: "more undefined references",
        pattern: /^(.*?): more undefined references to [`‘](.*)['’] follow$/,
        handle: (m, raw, { collector }) => recordMoreReferences(collector, m[2] ?? "", raw, parsePlace(m[1] ?? "").location)
      },
      {
        // `/tmp/go-build/_cgo_export.c:7: undefined reference to `TF_HelperMissing'`; with
        // --warn-unresolved-symbols the same line says `warning: ` first (a warning finding, as lld's).
        has: "undefined reference to ",
        pattern: /^(.*?): (?:(warning): )?undefined reference to [`‘](.*)['’]$/,
        handle: undefinedReference2
      },
      {
        // bfd: `ld:--defsym:1: undefined symbol `x' referenced in expression` (no space after its name);
        // gold: `error: undefined symbol 'x' referenced in expression`.
        has: "referenced in expression",
        pattern: /undefined symbol [`'](.+)' referenced in expression$/,
        handle: (m, raw, { collector }) => recordCommandLineSymbol(collector, m[1] ?? "", "--defsym", raw)
      }
    ]
  },
  // The library that defines a symbol, when it is only an indirect dependency.
  {
    has: "symbols",
    rules: [
      {
        // `/lib64/libdl.so.2: could not read symbols: Invalid operation`
        pattern: /^(.*?): (?:error adding symbols: DSO missing from command line|could not read symbols: Invalid operation)$/,
        handle: (m, raw, { collector, pendingDso }) => {
          if (pendingDso) setDsoLibrary(collector, pendingDso, m[1] ?? "", raw);
        }
      }
    ]
  },
  {
    // Older binutils: `note: 'dlclose@@GLIBC_2.2.5' is defined in DSO /lib64/libdl.so.2 so try adding it to the ...`
    has: "DSO",
    pattern: /^note: '(.*)' is defined in DSO (.*) so try adding it to the linker command line$/,
    handle: (m, raw, { collector, pendingDso }) => {
      if (pendingDso) setDsoLibrary(collector, pendingDso, m[2] ?? "", raw);
    }
  },
  // Files the linker cannot use.
  {
    has: "file",
    rules: [
      // `./libarm64.so: error adding symbols: file in wrong format`
      { has: "file in wrong format", pattern: /^(.*?): (?:error adding symbols: )?file in wrong format$/, handle: wrongFormat },
      {
        // `macho.o: file not recognized: file format not recognized`
        has: "file not recognized",
        pattern: /^(.*?): file not recognized: (.*)$/,
        handle: (m, raw, { collector }) => recordNotAnObject(collector, m[1] ?? "", m[0], raw)
      }
    ]
  },
  {
    // `skipping incompatible arm64lib/libtfcgo_arm64.so when searching for -ltfcgo_arm64`: a library
    // for another CPU in a -L directory; bfd and gold skip it, then may not find -lX at all.
    has: "skipping incompatible ",
    pattern: /^(?:error: )?skipping incompatible (.+?) when searching for (-l\S+)$/,
    handle: (m, raw, { collector }) => {
      const file = m[1] ?? "";
      recordIncompatibleLibrary(collector, file, `${file} was skipped when searching for ${m[2]}: it is built for another CPU`, raw);
    }
  },
  {
    has: "cannot find ",
    rules: [
      {
        // `cannot find -ltensorflow_missing: No such file or directory`
        has: "cannot find -l",
        pattern: /^(?:error: )?cannot find -l(\S+?)(?:: .*)?$/,
        handle: (m, raw, { collector }) => recordMissingLibrary(collector, m[1] ?? "", raw)
      },
      {
        // `cannot find /nonexistent/libtfcgo.so: No such file or directory`,
        // `cannot find /usr/local/lib: file format not recognized`
        has: "cannot find ",
        pattern: /^cannot find (\S+): (No such file or directory|file format not recognized)$/,
        handle: inputNotUsable
      }
    ]
  },
  // Definitions: duplicates, and symbols the command line requires.
  {
    has: "efin",
    rules: [
      {
        // `/src/def2.c:3: multiple definition of `tfcgo_answer'; def1.o:/src/def1.c:1: first defined here`
        has: "multiple definition",
        pattern: /^(.*?): multiple definition of [`‘](.*?)['’](?:; (.*): first defined here)?$/,
        handle: multipleDefinition2
      },
      // Older bfd prints the first definition on a line of its own.
      { has: "first defined here", pattern: /: first defined here$/, handle: () => {
      } },
      {
        // `required symbol `TF_Required' not defined`
        has: "required symbol",
        pattern: /^required symbol [`'](.+)' not defined$/,
        handle: (m, raw, { collector }) => recordCommandLineSymbol(collector, m[1] ?? "", "--require-defined", raw)
      }
    ]
  },
  // Relocations: another CPU, code that is not position-independent, out of range.
  {
    has: "elocation",
    rules: [
      {
        // `./libarm64.so: Relocations in generic ELF (EM: 183)`
        has: "Relocations in generic ELF",
        pattern: /^(.*?): Relocations in generic ELF \(EM: (\d+)\)$/,
        handle: (m, _raw, state) => {
          state.machineOf = { file: m[1] ?? "", machine: m[2] ?? "" };
        }
      },
      {
        // `lib.a(helpers.o): relocation R_X86_64_32 against symbol `x' can not be used when making a shared object; ...`
        has: "can not be used when making",
        pattern: /^(.*?): relocation \S+ against .*can not be used when making/,
        handle: nonPicRelocation
      },
      {
        // `/src/far.c:3:(.text+0x7): relocation truncated to fit: R_X86_64_PC32 against symbol `far_away' ...`
        has: "relocation",
        pattern: /^(.*?): ((?:relocation truncated to fit|dangerous relocation): .*)$/,
        handle: relocationError2
      }
    ]
  },
  {
    // `failed to set dynamic section sizes: bad value`: what bfd says after such an error adds nothing of its own.
    has: "failed",
    pattern: /^(?:final link failed|failed to set dynamic section sizes)/,
    handle: (_m, raw, { collector, lastRelocation }) => {
      if (!lastRelocation) return false;
      collector.addRaw(lastRelocation, raw);
    }
  },
  // Warnings, placed on a source line or library, or about the link itself.
  {
    has: "warning: ",
    rules: [
      {
        // `libtfshim.so: warning: warning: feupdateenv is not implemented and will always fail`
        has: ": warning: ",
        pattern: /^(.*?): warning: (.*)$/,
        handle: (m, raw, state) => recordWarning(state, m[1], m[2] ?? "", raw)
      },
      {
        // `warning: tfcgo::Op* tfcgo::Registry::find() const has different visibility (hidden) in kernels.o and ...`
        has: "warning: ",
        pattern: /^warning: (.*)$/,
        handle: (m, raw, state) => state.linker !== void 0 && recordWarning(state, void 0, m[1] ?? "", raw)
      }
    ]
  }
]);
function createGnuLdParser(collector) {
  const state = {
    collector,
    linker: void 0,
    currentFunction: void 0,
    functionPlaceText: "",
    functionPlaceParsed: void 0,
    pendingDso: void 0,
    lastRelocation: void 0,
    machineOf: void 0
  };
  return {
    line(body, raw, linker) {
      state.linker = linker;
      return applyRules(gnuLdRules, body, raw, state);
    },
    interrupt: () => forgetContext(state)
  };
}

// src/parse/gold.ts
function goldPlace(text) {
  const fn = text.indexOf(":function ");
  if (fn !== -1) return { ...parsePlace(text.slice(0, fn)), holder: text.slice(fn + ":function ".length) };
  const place2 = parsePlace(text);
  const file = place2.location?.file;
  if ((place2.object !== void 0 || place2.archive !== void 0) && file !== void 0 && place2.location?.line === void 0) {
    const colon = file.lastIndexOf(":");
    if (colon > 0) return { ...place2, location: { file: file.slice(0, colon) }, holder: file.slice(colon + 1) };
  }
  return place2;
}
var goldRules = ruleTable([
  {
    // `/tmp/go-build/cgo-gcc-prolog:60: error: undefined reference to 'TF_DoesNotExist'`,
    // `000001.o:main.cgo2.c:function _cgo_209e0b51832d_Cfunc_TF_DoesNotExist: error: undefined reference to ...`
    has: "undefined reference",
    pattern: /^(.*?): (error|warning): undefined reference to '(.*)'$/,
    handle: (m, raw, collector) => {
      const place2 = goldPlace(m[1] ?? "");
      recordReference(
        collector,
        {
          symbol: m[3] ?? "",
          referencedFrom: place2.holder,
          toolLocation: place2.location,
          object: place2.object,
          archive: place2.archive,
          warning: m[2] === "warning"
        },
        raw
      );
    }
  },
  {
    // `error: def2.o: multiple definition of 'tfcgo_answer'`
    has: "multiple definition",
    pattern: /^error: (.*?): multiple definition of '(.*)'$/,
    handle: (m, raw, collector) => recordMultipleDefinition(collector, m[2] ?? "", raw, void 0, void 0, parsePlace(m[1] ?? "").object)
  },
  { has: "previous definition here", pattern: /: previous definition here$/, handle: () => {
  } },
  {
    // `fatal error: ./libarm64.so: unsupported ELF machine number 183`
    has: "unsupported ELF machine number",
    pattern: /^(?:fatal )?error: (.+?): unsupported ELF machine number (\d+)$/,
    handle: (m, raw, collector) => recordWrongArchitecture(collector, m[1] ?? "", machineName2(m[2] ?? ""), void 0, m[0], raw)
  },
  {
    // `error: macho.o:1:1: invalid character`: gold reads a file it does not recognise as a
    // linker script, and fails on its first byte.
    has: "error: ",
    pattern: /^error: (.+?):\d+:\d+: invalid character$|^error: (.+?): not an object or archive$/,
    handle: (m, raw, collector) => recordNotAnObject(collector, m[1] ?? m[2] ?? "", m[0], raw)
  }
]);
function createGoldParser(collector) {
  return {
    line: (body, raw) => applyRules(goldRules, body, raw, collector),
    interrupt() {
    }
  };
}

// src/parse/ld64.ts
var withoutMachOUnderscore = (name) => name.startsWith("_") ? name.slice(1) : name;
function isLd64BlockStart(line) {
  return line.startsWith("Undefined symbols for architecture ") || line === "ld: Undefined symbols:";
}
var blockRules = ruleTable([
  {
    has: "referenced from:",
    pattern: /^\s+"?(.+?)"?, referenced from:$/,
    handle: (m, _raw, state) => {
      state.symbol = withoutMachOUnderscore(m[1] ?? "");
    }
  },
  { pattern: /^\s+(?:\(maybe you meant|\.\.\.$)/, handle: () => {
  } },
  {
    has: " in ",
    pattern: /^\s+(.+) in (\S.*)$/,
    handle: (m, raw, { collector, symbol }) => {
      if (symbol === void 0) return false;
      recordReference(collector, { symbol, referencedFrom: withoutMachOUnderscore(m[1] ?? ""), object: m[2] }, raw);
    }
  }
]);
var lineRules = ruleTable([
  {
    has: "library not found for -l",
    pattern: /^library not found for -l(.+)$/,
    handle: (m, raw, { collector }) => recordMissingLibrary(collector, m[1] ?? "", raw)
  },
  // `ld: symbol(s) not found for architecture arm64` closes the block; the references say it all.
  { pattern: /^symbol\(s\) not found/, handle: () => {
  } }
]);
function createLd64Parser(collector) {
  const state = { collector, active: false, symbol: void 0 };
  return {
    get active() {
      return state.active;
    },
    start() {
      state.active = true;
      state.symbol = void 0;
    },
    line(body, raw) {
      const indented = body.startsWith(" ") || body.startsWith("	");
      return indented ? state.active && applyRules(blockRules, body, raw, state) : applyRules(lineRules, body, raw, state);
    },
    interrupt() {
      state.active = false;
      state.symbol = void 0;
    }
  };
}

// src/parse/lld-mold.ts
function sourceLocation2(text) {
  const open = text.lastIndexOf(" (");
  return parseToolLocation(open !== -1 && text.endsWith(")") ? text.slice(open + 2, -1) : text);
}
function holderOf(text, machO) {
  const archiveAt = text.lastIndexOf(" in archive ");
  const archive = archiveAt === -1 ? void 0 : text.slice(archiveAt + " in archive ".length);
  const rest = archiveAt === -1 ? text : text.slice(0, archiveAt);
  const open = rest.indexOf(":(");
  const place2 = parsePlace(open === -1 ? rest : rest.slice(0, open));
  let fn = open !== -1 && rest.endsWith(")") ? rest.slice(open + 2, -1) : void 0;
  if (fn?.startsWith("symbol ")) fn = fn.slice("symbol ".length).replace(/\+0x[0-9a-f]+$/, "");
  if (fn !== void 0 && machO) fn = withoutMachOUnderscore(fn);
  const holder = {};
  if (fn !== void 0 && !fn.startsWith(".")) holder.function = fn;
  const object = place2.object ?? place2.location?.file;
  if (object !== void 0) holder.object = object;
  if (archive !== void 0 || place2.archive !== void 0) holder.archive = archive ?? place2.archive;
  return holder;
}
function flushReference(state, holder = {}) {
  if (!state.havePending) return;
  const { symbol, warning, pendingLocation: toolLocation2 } = state;
  recordReference(
    state.collector,
    { symbol, referencedFrom: holder.function, toolLocation: toolLocation2, object: holder.object, archive: holder.archive, warning },
    state.pendingRaw ?? ""
  );
  state.havePending = false;
  state.pendingLocation = void 0;
}
function endBlock(state) {
  flushReference(state);
  state.block = void 0;
  state.duplicate = void 0;
}
var referencedBy = (m, raw, state) => {
  flushReference(state);
  const what = m[1] ?? "";
  state.havePending = true;
  state.pendingRaw = raw;
  if (what.endsWith(")") && what.includes(":(") && !what.includes(" (")) flushReference(state, holderOf(what, state.machO));
  else state.pendingLocation = sourceLocation2(what);
};
var undefinedBlockRules = ruleTable([
  {
    // lld 17+: `referenced by a.so (disallowed by --no-allow-shlib-undefined)`.
    has: "disallowed by",
    pattern: /^referenced by (\S+) \(disallowed by (--[\w-]+)\)$/,
    handle: (m, raw, state) => {
      flushReference(state);
      recordReference(state.collector, { symbol: state.symbol, referencedFrom: m[1], library: m[1], warning: state.warning }, raw);
    }
  },
  // `referenced by cgo-gcc-prolog:60 (/tmp/go-build/cgo-gcc-prolog:60)`, `referenced by main.cgo2.c`
  { has: "referenced by ", pattern: /^referenced by (.*)$/, handle: referencedBy },
  {
    // `referenced 11 more times`
    has: "more time",
    pattern: /^referenced (\d+) more times?$/,
    handle: (m, raw, state) => {
      flushReference(state);
      recordMoreReferences(state.collector, state.symbol, raw, void 0, Number(m[1]));
    }
  },
  { pattern: /^(?:did you mean|defined in)/, handle: () => {
  } },
  // `/tmp/go-link-2002586017/000001.o:(_cgo_6b55487d9a09_Cfunc_TF_Version)`: where the reference above is.
  { pattern: /^./, handle: (m, _raw, state) => flushReference(state, holderOf(m.input, state.machO)) }
]);
var duplicateBlockRules = ruleTable([
  {
    // `defined at def2.c:3 (/tmp/tfcgo-fixtures/forms/def2.c:3)`
    has: "defined at ",
    pattern: /^defined at /,
    handle: (m, raw, { collector, duplicate }) => {
      if (!duplicate) return;
      keepLocation(duplicate, sourceLocation2(m.input.slice(m[0].length)), "also defined here");
      collector.addRaw(duplicate, raw);
    }
  }
]);
var blockRules2 = { undefined: undefinedBlockRules, duplicate: duplicateBlockRules };
function readBlockLines(state, block, body, raw) {
  let start = 0;
  while (start < body.length) {
    const next = body.indexOf(">>>", start + 3);
    const end = next === -1 ? body.length : next;
    applyRules(blockRules2[block], body.slice(start + 3, end).trim(), raw, state);
    start = end;
  }
}
var startUndefinedBlock = (m, _raw, state) => {
  const name = m[2] ?? "";
  state.block = "undefined";
  state.warning = m[1] === "warning";
  state.machO = state.linker === "ld64.lld";
  state.symbol = state.machO ? withoutMachOUnderscore(name) : name;
};
var duplicateSymbol = (m, raw, state) => {
  const named = m[1] ?? "";
  const lastColon = named.lastIndexOf(": ");
  if (lastColon !== -1 && named.slice(0, lastColon).includes(".o")) {
    const objects = named.slice(0, lastColon).split(": ");
    recordMultipleDefinition(state.collector, named.slice(lastColon + 2), raw, void 0, void 0, objects[0]);
  } else {
    state.block = "duplicate";
    state.symbol = named;
    state.duplicate = recordMultipleDefinition(state.collector, named, raw);
  }
};
var isDebugInfoNoise = (text) => text.includes("line table") || text.includes("prologue") || text.includes(".debug_") || text.includes("DWARF") || text.startsWith("unexpected end of data") && text.includes("while reading [");
var recordWarning2 = (m, raw, { collector }) => {
  const text = m[1] ?? "";
  if (isDebugInfoNoise(text)) {
    collector.add("linker-warning", "", "debug-info", () => debugInfoWarnings(text), raw);
  } else {
    collector.add("linker-warning", text, "", () => linkerWarning({ text }), raw);
  }
};
var messageRules = ruleTable([
  {
    // `error: undefined symbol: TF_DoesNotExist`, then its `>>>` lines.
    has: "undefined",
    pattern: /^(error|warning): undefined (?:symbol|reference due to --no-allow-shlib-undefined|reference): (.*)$/,
    handle: startUndefinedBlock
  },
  {
    // lld 14: `error: a.so: undefined reference to x1 [--no-allow-shlib-undefined]`.
    has: "[--no-allow-shlib-undefined]",
    pattern: /^(error|warning): (.+?): undefined reference to (.+?) \[--no-allow-shlib-undefined\]$/,
    handle: (m, raw, { collector }) => {
      recordReference(collector, { symbol: m[3] ?? "", referencedFrom: m[2], library: m[2], warning: m[1] === "warning" }, raw);
    }
  },
  // `error: duplicate symbol: tfcgo_answer` (lld), `error: duplicate symbol: def2.o: def1.o: tfcgo_answer` (mold)
  { has: "duplicate symbol: ", pattern: /^error: duplicate symbol: (.*)$/, handle: duplicateSymbol },
  {
    // `error: unable to find library -ltensorflow_missing` (lld), `fatal: library not found: tensorflow_missing` (mold)
    has: "librar",
    pattern: /^(?:error: unable to find library -l|fatal: library not found: |error: library not found: )(.*)$/,
    handle: (m, raw, { collector }) => recordMissingLibrary(collector, m[1] ?? "", raw)
  },
  {
    // mold: `--require-defined: undefined symbol: S`, `--defsym: undefined symbol: S`,
    // `lib.so: --no-allow-shlib-undefined: undefined symbol: S`.
    has: ": undefined symbol: ",
    pattern: /^(error|warning): (?:(.+?): )?(--[\w-]+): undefined symbol: (.*)$/,
    handle: (m, raw, { collector }) => {
      const [, level, library, option = "", name = ""] = m;
      if (library !== void 0)
        recordReference(collector, { symbol: name, referencedFrom: library, library, warning: level === "warning" }, raw);
      else recordCommandLineSymbol(collector, name, option, raw);
    }
  },
  {
    // `error: --defsym:1: symbol not found: TF_Sym`
    has: "symbol not found: ",
    pattern: /^error: (--defsym):\d+: symbol not found: (.*)$/,
    handle: (m, raw, { collector }) => recordCommandLineSymbol(collector, m[2] ?? "", m[1] ?? "", raw)
  },
  {
    // mold 1.0: `undefined symbol: src/CMakeFiles/app.dir/session.cpp.o: TF_NewSession`
    has: "undefined symbol: ",
    pattern: /^undefined symbol: (.*?): (.*)$/,
    handle: (m, raw, { collector }) => {
      const place2 = parsePlace(m[1] ?? "");
      recordReference(collector, { symbol: m[2] ?? "", toolLocation: place2.location, object: place2.object, archive: place2.archive }, raw);
    }
  },
  {
    // `error: ./libarm64.so is incompatible with elf64-x86-64` (lld),
    // `fatal: ./libarm64.so: incompatible file type: x86_64 is expected but got arm64` (mold)
    has: "incompatible",
    pattern: /^error: (.+?) is incompatible with (?:elf64-|elf32-)?(\S+)$|^fatal: (.+?): incompatible file type: (\S+) is expected but got (\S+)$/,
    handle: (m, raw, { collector }) => recordWrongArchitecture(collector, m[1] ?? m[3] ?? "", m[5], m[2] ?? m[4], m[0], raw)
  },
  {
    // `error: macho.o: unknown file type`
    has: "unknown file type",
    pattern: /^(?:error|fatal): (.+?): unknown file type$/,
    handle: (m, raw, { collector }) => recordNotAnObject(collector, m[1] ?? "", m[0], raw)
  },
  {
    // mold: `warning: dir/libx.so: skipping incompatible file arm64 62` (its CPU, then the ELF machine wanted).
    has: "skipping incompatible file",
    pattern: /^warning: (.+?): skipping incompatible file (\S+) \d+$/,
    handle: (m, raw, { collector }) => {
      const file = m[1] ?? "";
      recordIncompatibleLibrary(collector, file, `${file} was skipped: it is built for ${m[2]}`, raw);
    }
  },
  // `warning: unknown command line option: -z tfcgo-nosuch`
  { has: "warning: ", pattern: /^warning: (.*)$/, handle: recordWarning2 }
]);
function createLldMoldParser(collector) {
  const state = {
    collector,
    linker: void 0,
    block: void 0,
    symbol: "",
    warning: false,
    machO: false,
    havePending: false,
    pendingLocation: void 0,
    pendingRaw: void 0,
    duplicate: void 0
  };
  return {
    get active() {
      return state.block !== void 0;
    },
    line(body, raw, linker) {
      if (body.startsWith(">>>")) {
        if (state.block === void 0) return false;
        readBlockLines(state, state.block, body, raw);
        return true;
      }
      endBlock(state);
      state.linker = linker;
      return applyRules(messageRules, body, raw, state);
    },
    interrupt: () => endBlock(state)
  };
}

// src/parse/tool-prefix.ts
var crossPrefix = String.raw`(?:[\w.-]+-)?`;
var versionSuffix = String.raw`(?:-\d+(?:\.\d+)*)?`;
var linkerName = new RegExp(String.raw`^${crossPrefix}(ld(?:\.bfd|\.gold|\.lld|64(?:\.lld)?)?|lld|mold)${versionSuffix}$`);
var driverName = new RegExp(String.raw`^${crossPrefix}(gcc|g\+\+|cc|c\+\+|clang|clang\+\+)${versionSuffix}$`);
var longestPrefix = 256;
var programCacheSize = 1024;
var programs = /* @__PURE__ */ new Map();
function classify(name) {
  const cached = programs.get(name);
  if (cached !== void 0) return cached;
  const linker = linkerName.exec(name)?.[1];
  const driver = linker === void 0 ? driverName.exec(name)?.[1] : void 0;
  const program = linker !== void 0 || driver !== void 0 ? { linker, driver } : null;
  if (programs.size < programCacheSize) programs.set(name, program);
  return program;
}
var plain = (line) => ({ linker: void 0, driver: void 0, body: line });
function splitToolPrefix(line) {
  const colon = line.indexOf(": ");
  if (colon <= 0 || colon > longestPrefix || line.lastIndexOf(" ", colon) !== -1) return plain(line);
  const name = line.slice(line.lastIndexOf("/", colon) + 1, colon);
  if (name.includes(":")) return plain(line);
  const program = classify(name);
  return program === null ? plain(line) : { linker: program.linker, driver: program.driver, body: line.slice(colon + 2) };
}

// src/parse/build-output.ts
var keywords = [
  "defined",
  "error",
  "warning",
  "fatal",
  "unction `",
  "not found",
  "find",
  "efinition",
  "duplicate",
  "could not",
  ".go:",
  "failed",
  "elocation",
  "not recognized",
  "required symbol",
  // A compiler's note under its message (`note: declared here`).
  "note: "
];
function mayMatter(line) {
  for (const word of keywords) if (line.includes(word)) return true;
  return false;
}
var compilerLocation = /^[^\s:][^:]*:\d+:\d+: /;
var linkFailed = /\/link(?:\.exe)?: running (\S+) failed: (.*)$/;
var isWarningOrNote = (body) => body.startsWith("warning: ") || body.startsWith("note: ");
function createBuildState(options) {
  const maxRawLines = options.maxRawLines ?? 4;
  const collector = createCollector({ maxRawLines, maxFindings: options.maxFindings });
  const gnu = createGnuLdParser(collector);
  const gold = createGoldParser(collector);
  const lld = createLldMoldParser(collector);
  const ld64 = createLd64Parser(collector);
  const cc = createCompilerParser(collector);
  return {
    collector,
    maxRawLines,
    gnu,
    gold,
    lld,
    ld64,
    cc,
    lldLines: [lld],
    gnuLines: [gnu, gold, ld64],
    compilerLines: [cc, gnu, gold, lld],
    goldLines: [gold, gnu, cc, lld],
    plainLines: [gnu, gold, cc, lld],
    owner: void 0,
    skipCommandLine: false,
    linkFailure: void 0,
    inLinkSection: false,
    linkTail: [],
    lastLinkerError: void 0,
    fileSystemFailure: void 0
  };
}
function parsersFor(state, linker, line) {
  if (linker !== void 0) return linker === "mold" || linker.endsWith("lld") ? state.lldLines : state.gnuLines;
  if (compilerLocation.test(line)) return state.compilerLines;
  return line.includes(": error: ") ? state.goldLines : state.plainLines;
}
function interruptAll(state) {
  state.owner?.interrupt();
  state.owner = void 0;
}
function claim(state, parser) {
  if (state.owner !== parser) state.owner?.interrupt();
  state.owner = parser;
}
var unrecognised = (line, _tool, state) => {
  interruptAll(state);
  if (!state.inLinkSection) return;
  if (state.linkTail.length >= state.maxRawLines) state.linkTail.shift();
  state.linkTail.push(line);
};
var ld64BlockStart = {
  match: isLd64BlockStart,
  handle: (_line, _tool, state) => {
    interruptAll(state);
    state.ld64.start();
    state.owner = state.ld64;
  }
};
var lldBlockLine = {
  // `>>> referenced by main.go:7 (/tmp/go-build/main.go:7)`
  match: (line, _tool, state) => state.lld.active && line.startsWith(">>>"),
  handle: (line, _tool, state) => state.lld.line(line, line)
};
var indentedLine = {
  // ld64's reference lines, or a compiler's source and caret lines under its message.
  match: () => true,
  handle: (line, _tool, state) => {
    if (state.ld64.active && state.ld64.line(line, line)) return;
    if (state.owner === state.cc) state.cc.context(line);
  }
};
var packageHeader = {
  // `# example.com/pkg`: cmd/go starts the output of another package or step.
  match: (line) => line.startsWith("# "),
  handle: (_line, _tool, state) => {
    state.inLinkSection = false;
    state.lastLinkerError = void 0;
    interruptAll(state);
  }
};
var includeChain = {
  // `In file included from .../errors.h:27,`: gcc names the headers that lead to the file of
  // the next message or note, which still belongs to the message before it.
  match: (line) => line.startsWith("In file included from "),
  handle: () => true
};
var byFirstCharacter = /* @__PURE__ */ new Map([
  [">", lldBlockLine],
  [" ", indentedLine],
  ["	", indentedLine],
  ["#", packageHeader],
  // `Undefined symbols for architecture arm64:` has no `: ` after it, so it is a shape too;
  // `ld: Undefined symbols:` comes through the tool messages.
  ["U", ld64BlockStart],
  ["I", includeChain]
]);
var detachFailure = (failure) => ({
  ...failure,
  path: detach(failure.path),
  goError: detach(failure.goError),
  line: detach(failure.line),
  ...failure.cacheDir !== void 0 ? { cacheDir: detach(failure.cacheDir) } : {}
});
var messageRules2 = [
  {
    // `example.com/m: go build example.com/m: copying …/exe/a.out to …/libm.so: write …/libm.so: no space left on device`:
    // the file system failed (file-system-failure.ts). The first one is kept; the line is no finding.
    match: (line) => line.endsWith("device") || line.endsWith("system") || line.endsWith("denied"),
    handle: (line, _tool, state) => {
      const failure = fileSystemFailureOf(line);
      if (!failure) return false;
      interruptAll(state);
      state.fileSystemFailure ??= detachFailure(failure);
      return true;
    }
  },
  {
    // A line can only matter if it has a `: ` and a keyword, or a linker's name in front of it.
    match: (line, tool) => tool.linker === void 0 && !mayMatter(line),
    handle: unrecognised
  },
  {
    // `/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1`, then the gcc command line.
    match: (line) => line.includes("/link") && linkFailed.test(line),
    handle: (line, _tool, state) => {
      interruptAll(state);
      const failed2 = linkFailed.exec(line);
      state.linkFailure = `${failed2?.[1]} failed: ${failed2?.[2]}`;
      state.inLinkSection = true;
      state.linkTail = [];
      state.skipCommandLine = true;
    }
  },
  {
    // `collect2: error: ld returned 1 exit status`, `clang: error: linker command failed with exit code 1 ...`
    match: (line) => line.startsWith("collect2: error: ") || line.includes("linker command failed with exit code"),
    handle: (line, _tool, state) => {
      interruptAll(state);
      state.linkFailure ??= line;
    }
  },
  ld64BlockStart,
  {
    // `gcc: error: unrecognized command-line option ...`: the driver, before any linker ran.
    match: (_line, tool) => tool.driver !== void 0 && !isWarningOrNote(tool.body),
    handle: (line, tool, state) => {
      interruptAll(state);
      const driver = tool.driver ?? "";
      const text = tool.body.replace(/^(?:fatal )?error: /, "");
      state.collector.add("driver-error", driver, text, () => driverError(driver, text), line);
    }
  },
  {
    // A linker's or compiler's message: the first parser that recognises it takes it.
    match: () => true,
    handle: (line, tool, state) => {
      for (const parser of parsersFor(state, tool.linker, line)) {
        if (parser.line(tool.body, line, tool.linker)) {
          claim(state, parser);
          return true;
        }
      }
      return false;
    }
  },
  {
    // Another linker error (bad value, unknown option ...): kept as it is.
    match: (_line, tool) => tool.linker !== void 0 && !isWarningOrNote(tool.body),
    handle: (line, tool, state) => {
      interruptAll(state);
      state.lastLinkerError = recordLinkerError(state.collector, tool.body.replace(/^(?:error|fatal): /, ""), line, state.lastLinkerError);
    }
  },
  { match: () => true, handle: unrecognised }
];
var noTool = { linker: void 0, driver: void 0, body: "" };
function readLine(state, line) {
  if (state.skipCommandLine) {
    state.skipCommandLine = false;
    return;
  }
  if (line.length === 0) return interruptAll(state);
  const shaped = byFirstCharacter.get(line.charAt(0));
  if (shaped?.match(line, noTool, state) && shaped.handle(line, noTool, state) !== false) return;
  if (!line.includes(": ")) return unrecognised(line, noTool, state);
  const tool = splitToolPrefix(line);
  for (const rule of messageRules2) {
    if (rule.match(line, tool, state) && rule.handle(line, tool, state) !== false) return;
  }
}
var moreFindingsNotice = (dropped) => ({
  severity: "notice",
  kind: "other",
  stage: "build",
  title: "More findings not shown",
  message: `The build output held ${dropped} more distinct findings than the parser keeps.`,
  count: dropped
});
function finish(state) {
  interruptAll(state);
  const { collector, linkFailure } = state;
  if (linkFailure !== void 0 && !collector.has((d) => d.severity === "error")) {
    const generic = collector.add("linker-error", "", "generic", () => genericLinkFailure(linkFailure));
    if (generic) for (const raw of state.linkTail) collector.addRaw(generic, raw);
  }
  const findings = collector.list();
  if (collector.dropped > 0) findings.push(moreFindingsNotice(collector.dropped));
  return findings;
}
function createBuildOutputParser(options = {}) {
  const state = createBuildState(options);
  const splitter = createLineSplitter((line) => readLine(state, line), options.maxLineLength ?? defaultMaxLineLength);
  return {
    write: (chunk) => splitter.write(chunk),
    end() {
      splitter.end();
      return finish(state);
    },
    fileSystemFailure: () => state.fileSystemFailure
  };
}
function parseBuildOutput(text, options) {
  const parser = createBuildOutputParser(options);
  parser.write(text);
  return parser.end();
}

// src/stubs/relink.ts
import fs15 from "node:fs";
import path26 from "node:path";
var compileKinds = /* @__PURE__ */ new Set(["missing-header", "cgo-unknown-name", "c-compile-error", "go-compile-error"]);
function failedRegardlessOfStubs(diagnostics, tfDir, notInTensorflow = []) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const absent = new Set(notInTensorflow);
  const inTensorflowFolder = (library) => [library, ...libraryFileNames(library)].some((file) => fs15.existsSync(path26.join(tfDir, file)));
  return errors.length > 0 && errors.every(
    (d) => compileKinds.has(d.kind) || d.kind === "undefined-reference" && d.symbol !== void 0 && absent.has(d.symbol) || d.kind === "missing-library" && d.library !== void 0 && !BINDINGS_LIBRARY_NAMES.has(d.library) && !inTensorflowFolder(d.library)
  );
}
async function relinkAgainstRealLibraries(build2) {
  if (!build2.ok) {
    return failedRegardlessOfStubs(build2.diagnostics, build2.tfDir, build2.notInTensorflow) ? { relink: false, failedAnyway: true } : { relink: true };
  }
  const why = await whyStubsCannotVouchForBuilt(build2.stubs, build2.output).catch(
    (error) => `cannot read the built library's symbols: ${String(error)}`
  );
  return why ? { relink: true, why } : { relink: false, failedAnyway: false };
}

// src/build/go-build.ts
import path27 from "node:path";
import fs16 from "node:fs";
function goBuildArgs(request) {
  return ["build", "-buildmode=c-shared", ...request.buildFlags, "-o", request.output, request.packagePath];
}
function withoutWorkLine(run) {
  const stderr = splitWorkLine(run.stderr).output;
  const start = run.combined.startsWith("WORK=") ? 0 : run.combined.indexOf("\nWORK=") + 1;
  const end = start === 0 && !run.combined.startsWith("WORK=") ? -1 : run.combined.indexOf("\n", start);
  const combined = end < 0 ? run.combined : run.combined.slice(0, start) + run.combined.slice(end + 1);
  return { ...run, stderr, combined };
}
async function goBuild(request) {
  const args = goBuildArgs(request);
  await fs16.promises.mkdir(path27.dirname(request.output), { recursive: true });
  const filter = createWorkLineFilter();
  const run = await runProcess("go", ["build", "-work", ...args.slice(1)], {
    cwd: request.workingDirectory,
    env: request.env,
    onOutput: (chunk, stream) => {
      const shown2 = stream === "stderr" ? filter.write(chunk) : chunk;
      if (shown2) request.onOutput?.(shown2);
    }
  });
  const rest = filter.end();
  if (rest) request.onOutput?.(rest);
  const workDir = filter.workDir ?? splitWorkLine(run.stderr).workDir;
  const compiled = workDir ? await compiledInWorkDir(workDir, request.cgoFiles ?? []) : true;
  await removeWorkDir(workDir);
  return { ok: run.exitCode === 0 && !run.spawnError, args, run: withoutWorkLine(run), compiled };
}

// src/build/foreign-link-inputs.ts
import path28 from "node:path";
function linkInputsOf(line) {
  return line.libraries.flatMap(({ file, arg, location }) => file ? [{ file, arg, ...location ? { location } : {} }] : []);
}
async function foreignLinkInputs(inputs, goarch) {
  const target = machineOfArch(goarch);
  if (target === void 0) return [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const input of inputs) {
    if (seen.has(input.file)) continue;
    seen.add(input.file);
    const machine = await objectMachine(input.file);
    if (machine === void 0 || machine === target) continue;
    const base = path28.basename(input.file);
    findings.push({
      severity: "error",
      kind: "wrong-cpu",
      stage: "build",
      title: `${base} is built for ${machineName(machine)}, not ${machineName(target)}`,
      message: `${input.file} (${input.arg}${input.location ? " in #cgo LDFLAGS" : " in CGO_LDFLAGS"}) is built for ${machineName(machine)}, but this build links for GOARCH ${goarch}, ${machineName(target)}. The linker skips such a file ("skipping incompatible") or stops at it ("file in wrong format").`,
      fix: `Link a ${machineName(target)} build of ${base}: build it with this runner's C compiler (go env CC) or point -L at the folder of the ${goarch} copy. For a different file per CPU, use a build constraint: #cgo linux,${goarch} LDFLAGS: ...`,
      library: base,
      ...input.location ? { locations: [input.location] } : {}
    });
  }
  return findings;
}

// src/build/output-failure.ts
import fs17 from "node:fs";
import path29 from "node:path";
function outputBefore(output) {
  try {
    const stat2 = fs17.lstatSync(output);
    return { existed: true, ino: stat2.ino, size: stat2.size, mtimeMs: stat2.mtimeMs };
  } catch {
    return { existed: false };
  }
}
async function outputNote(output, before, failure) {
  const name = path29.basename(output);
  const now = await fs17.promises.lstat(output).catch(() => void 0);
  if (!now) return isOutputFailure(failure, output) ? `No partial ${name} is left there.` : void 0;
  if (!before.existed) {
    const removed = await fs17.promises.rm(output, { force: true }).then(
      () => true,
      () => false
    );
    return removed ? `The partial ${name} the build left there was removed.` : `The build left a partial ${name} there that could not be removed: delete it.`;
  }
  const unchanged = now.ino === before.ino && now.size === before.size && now.mtimeMs === before.mtimeMs;
  return unchanged ? `The ${name} there from before this build is unchanged.` : `The ${name} there from before this build was changed and may be incomplete; the action leaves it: delete it or build again.`;
}
async function buildFileSystemError(failure, context) {
  const note = await outputNote(context.output, context.before, failure);
  return fileSystemError(failure, {
    command: "go build",
    env: context.env,
    output: context.output,
    ...note ? { outputNote: note } : {}
  });
}
async function firstLevelError(folder, error) {
  let missing = folder;
  while (path29.dirname(missing) !== missing && !fs17.existsSync(path29.dirname(missing))) missing = path29.dirname(missing);
  return fs17.promises.mkdir(missing).then(
    () => error,
    (levelError) => levelError
  );
}
async function outputFolderError(error, context) {
  const cause = error.code === "ENOENT" ? await firstLevelError(path29.dirname(context.output), error) : error;
  const failure = fileSystemFailureOfErrno(cause, "mkdir");
  if (!failure) return void 0;
  return fileSystemError(failure, { command: "tf-cgo-verify", env: context.env, output: context.output });
}

// src/build/interpreter-names.ts
import path30 from "node:path";
var REFERENCE_KINDS = /* @__PURE__ */ new Set(["undefined-reference", "more-undefined-references"]);
async function nearestInterpreterName(files, name) {
  const max = Math.max(2, Math.floor(name.length / 6));
  const names2 = (await Promise.all(files.map((f) => readDynamicSymbols(f).catch(() => [])))).flat();
  let best;
  for (const s of names2) {
    if (!s.defined || !PYTHON_C_NAME.test(s.name)) continue;
    const distance = editDistance(name, s.name, { max, caseChangeCost: 0.5 });
    if (distance <= max && (!best || distance < best.distance)) best = { name: s.name, distance };
  }
  return best?.name;
}
async function notInInterpreter(d, tf) {
  const files = tf.interpreterFiles ?? [];
  const near = await nearestInterpreterName(files, d.symbol);
  const where = files.map((f) => path30.basename(f)).join(" and ");
  const python = `Python ${tf.pythonVersion.split(".").slice(0, 2).join(".")}`;
  return {
    ...d,
    severity: "error",
    title: `${d.symbol} is not in ${python}'s C API`,
    message: `The module references ${d.symbol}, which neither TensorFlow's libraries nor the interpreter that imports the module (${where}) exports, so importing it fails with "undefined symbol: ${d.symbol}".`,
    fix: `${near ? `Check the spelling (did you mean ${near}?)` : "Check the spelling"}; otherwise use a function ${python}'s C API has. Do not link libpython for it: the interpreter provides the C API.`
  };
}
async function withoutInterpreterNames(diagnostics, tf) {
  const isReference = (d) => REFERENCE_KINDS.has(d.kind) && d.symbol !== void 0;
  const provided = await interpreterProviders(tf, [...new Set(diagnostics.filter(isReference).map((d) => d.symbol))]);
  const out = [];
  for (const d of diagnostics) {
    if (!isReference(d)) out.push(d);
    else if (provided.has(d.symbol)) continue;
    else if (d.kind === "undefined-reference" && PYTHON_C_NAME.test(d.symbol)) out.push(await notInInterpreter(d, tf));
    else if (d.kind === "undefined-reference") out.push({ ...d, severity: "error" });
    else out.push(d);
  }
  return { diagnostics: out, leftToInterpreter: [...provided.keys()].sort() };
}

// src/build/build-stage.ts
async function restoreGoCache(resolved, goVersion, cache2, rotationDays) {
  if (!cache2.configuredOrSaid) return void 0;
  const { pkg } = resolved;
  const goSum = pkg.module ? path31.join(path31.dirname(pkg.module.goMod), "go.sum") : void 0;
  const sum = goSum && fs18.existsSync(goSum) ? await fs18.promises.readFile(goSum, "utf8") : "";
  const { gocache } = resolved.goEnv;
  if (!gocache) return void 0;
  const parts = {
    platform: process.platform,
    arch: process.arch,
    goVersion,
    goSumHash: goSumHash(sum),
    tfVersion: resolved.tf.version,
    rotation: { days: rotationDays, nowMs: Date.now() }
  };
  const dirs = [gocache];
  return pendingGoBuildCache(dirs, parts, await restoreGoBuildCache(dirs, parts, cache2));
}
function describeExisting(file) {
  try {
    const stat2 = fs18.lstatSync(file);
    if (stat2.isSymbolicLink()) return `a symbolic link to ${fs18.readlinkSync(file)}`;
    return `a ${stat2.size}-byte file that is not an object file`;
  } catch {
    return "a file that is not an object file";
  }
}
function refusedOutputError(combinedOutput, inputs) {
  if (!/build output "[^"]*" already exists and is not an object file/.test(combinedOutput)) return void 0;
  const shown2 = path31.relative(inputs.workspace, inputs.output);
  const suggestion = path31.relative(inputs.workingDirectory, path31.join(inputs.workingDirectory, "build", path31.basename(inputs.output)));
  return new InputError(
    "output",
    `${shown2} already exists and is ${describeExisting(inputs.output)}, so go build refuses to write the shared object there; the action leaves that file as it is. Remove or rename it in the repository, or set 'output' to a path where nothing is yet, e.g. ${suggestion}.`
  );
}
async function goBuildOnce(inputs, env, log, cgoFiles, earlierOutput = "") {
  const parser = createBuildOutputParser();
  const echo = log.rawEcho();
  if (earlierOutput) {
    echo.write(earlierOutput);
    parser.write(earlierOutput.endsWith("\n") ? earlierOutput : `${earlierOutput}
`);
  }
  const { output } = inputs;
  const before = outputBefore(output);
  const run = await goBuild({
    workingDirectory: inputs.workingDirectory,
    packagePath: inputs.packagePath,
    output,
    buildFlags: inputs.buildFlags,
    env,
    cgoFiles,
    onOutput: (chunk) => {
      echo.write(chunk);
      parser.write(chunk);
    }
  }).catch(async (error) => {
    throw await outputFolderError(error, { output, env }) ?? error;
  }).finally(() => echo.end());
  const diagnostics = parser.end();
  if (run.run.spawnError) throw goVanished(run.run.spawnError);
  const failure = run.ok ? void 0 : parser.fileSystemFailure();
  if (failure) throw await buildFileSystemError(failure, { output, before, env });
  const refused = run.ok ? void 0 : refusedOutputError(run.run.combined, inputs);
  if (refused) throw refused;
  return {
    ok: run.ok,
    diagnostics,
    rawTail: { title: `go ${run.args.join(" ")}`, text: tailLines(run.run.combined) },
    exitStatus: String(run.run.exitCode ?? run.run.signal),
    compiled: run.compiled
  };
}
async function linkedForOtherCpu(resolved, linkLine) {
  const { goarch } = resolved.goEnv;
  if (!goarch) return [];
  return foreignLinkInputs(linkInputsOf(linkLine), goarch);
}
async function realLinkIfNeeded(request, stubLink, first, notes) {
  const { inputs, resolved, env, log } = request;
  const verdict = await relinkAgainstRealLibraries({
    ...first,
    output: inputs.output,
    stubs: stubLink.stubs,
    tfDir: resolved.tf.dir,
    notInTensorflow: request.notInTensorflow ?? []
  });
  if (!verdict.relink && verdict.failedAnyway) {
    notes.push(
      "the build failed the same way it would against the real libraries (a compile error, a library TensorFlow does not ship, or a name no TensorFlow library exports); not rebuilt against them"
    );
    return { run: first, usedEnv: stubLink.realCgoEnv };
  }
  if (!verdict.relink) {
    notes.push(
      `linked against the link stubs (the note above names their folder); inspected and loaded against the real libraries in ${resolved.tf.dir}`
    );
    return { run: first, usedEnv: request.cgoEnv };
  }
  const { why } = verdict;
  if (why) log.notice(`link-against stubs: relinking against the real TensorFlow libraries, because ${why}.`);
  else
    log.info("The build against the link stubs failed: building again against the real TensorFlow libraries, whose findings are reported.");
  const run = await goBuildOnce(inputs, { ...env, ...stubLink.realCgoEnv }, log, resolved.pkg.cgoFiles);
  const needed = !first.ok && run.ok ? await whyStubsCannotVouchForBuilt(stubLink.stubs, inputs.output).catch(() => void 0) : why;
  if (!first.ok && run.ok) {
    log.notice(
      needed ? `link-against stubs: the real TensorFlow libraries were needed, because ${needed}.` : `link-against stubs: the link against the stubs failed but the real libraries link; please report this (link-against: libraries avoids the stubs). The build against the stubs said:
${first.rawTail.text.split("\n").slice(-20).join("\n")}`
    );
  }
  notes.push(
    needed ? `relinked against the real TensorFlow libraries: ${needed}` : "the build against the link stubs failed; built again against the real TensorFlow libraries, whose findings are reported"
  );
  return { run, usedEnv: stubLink.realCgoEnv };
}
async function leaveToInterpreter(found, request, notes) {
  const { diagnostics, leftToInterpreter } = await withoutInterpreterNames(found, request.resolved.tf);
  if (leftToInterpreter.length > 0) {
    const shown2 = leftToInterpreter.length > 8 ? `${leftToInterpreter.slice(0, 8).join(", ")} and ${leftToInterpreter.length - 8} more` : leftToInterpreter.join(", ");
    const note = `left undefined for the interpreter that imports the module to provide: ${shown2}`;
    request.log.info(note);
    notes.push(note);
  }
  return diagnostics;
}
function objectsFromCache(request, first, run, log) {
  const fromCache = run === first ? !first.compiled && request.packageCompiled !== true : !run.compiled;
  if (fromCache)
    log.info(
      "The package's C/C++ objects came from Go's build cache: cmd/go prints compiler warnings only when it compiles, so none are shown this run (a cold cache or build-flags: -a shows them)."
    );
  return fromCache;
}
async function build(request) {
  const { inputs, resolved, goVersion, cgoEnv, env, log, cache: cache2, stubLink, compileOutput } = request;
  const goCache = cache2 ? await restoreGoCache(resolved, goVersion, cache2, inputs.setup.cacheRotationDays) : void 0;
  const notes = [];
  const first = await goBuildOnce(inputs, { ...env, ...cgoEnv }, log, resolved.pkg.cgoFiles, compileOutput);
  const { run, usedEnv } = stubLink ? await realLinkIfNeeded(request, stubLink, first, notes) : { run: first, usedEnv: cgoEnv };
  const diagnostics = request.extensionModule ? await leaveToInterpreter(run.diagnostics, request, notes) : run.diagnostics;
  const cached = objectsFromCache(request, first, run, log) ? { objectsFromCache: true } : {};
  const undefinedLeft = run.ok && diagnostics.some((d) => d.severity === "error" && d.kind === "undefined-reference");
  if (undefinedLeft) notes.push(`the linker wrote ${inputs.output}, but it leaves names undefined that nothing provides`);
  if (!run.ok || undefinedLeft) {
    diagnostics.push(...await linkedForOtherCpu(resolved, request.linkLine));
    if (!diagnostics.some((d) => d.severity === "error")) {
      diagnostics.push({
        severity: "error",
        kind: "other",
        stage: "build",
        title: "go build failed",
        message: `go build exited with ${run.exitStatus}; its output is in the log and the summary.`
      });
    }
    return { ok: false, diagnostics, rawTails: [run.rawTail], notes, cgoEnv: usedEnv, ...cached, ...goCache ? { goCache } : {} };
  }
  log.info(`Built ${inputs.output}`);
  return {
    ok: true,
    sharedObject: inputs.output,
    diagnostics,
    rawTails: [],
    notes,
    cgoEnv: usedEnv,
    ...cached,
    ...goCache ? { goCache } : {}
  };
}

// src/inspect/inspect-stage.ts
import path41 from "node:path";

// src/inspect/post-build.ts
import fs21 from "node:fs";
import path34 from "node:path";

// src/inspect/inspect-library.ts
import fs20 from "node:fs";
import path33 from "node:path";

// src/inspect/elf-loader-scope.ts
import fs19 from "node:fs";
import path32 from "node:path";
function defaultLibraryDirs(arch = process.arch) {
  const triplet = arch === "arm64" ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
  return [`/lib/${triplet}`, `/usr/lib/${triplet}`, "/lib64", "/usr/lib64", "/lib", "/usr/lib"];
}
function expandSearchPath(value, origin) {
  if (!value) return [];
  return value.split(":").filter((dir) => dir !== "").map((dir) => dir.replace(/\$\{ORIGIN\}|\$ORIGIN(?![A-Za-z0-9_])/g, origin));
}
function parseLdconfigCache(text) {
  const cache2 = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const m = /^\s+(\S+) \(([^)]*)\)(?: OS ABI: [^=]*)? => (.+)$/.exec(line);
    if (!m) continue;
    const list = cache2.get(m[1]) ?? [];
    list.push(m[3].trim());
    cache2.set(m[1], list);
  }
  return cache2;
}
async function readLdconfigCache() {
  for (const command of ["ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"]) {
    const result = await runProcess(command, ["-p"], { timeoutMs: 1e4 });
    if (result.exitCode === 0) return parseLdconfigCache(result.stdout);
  }
  return /* @__PURE__ */ new Map();
}
function searchOrder(requester, root, config) {
  const origin = (entry) => path32.dirname(entry.path);
  const dirs = [];
  const runpath = requester.info?.dynamic.runpath;
  if (!runpath) {
    for (const entry of requester === root ? [requester] : [requester, root]) {
      if (!entry.info?.dynamic.runpath)
        for (const dir of expandSearchPath(entry.info?.dynamic.rpath, origin(entry))) dirs.push({ dir, foundBy: "rpath" });
    }
  }
  for (const dir of config.extraDirs) dirs.push({ dir, foundBy: "extra-dir" });
  for (const dir of expandSearchPath(runpath, origin(requester))) dirs.push({ dir, foundBy: "runpath" });
  return dirs;
}
async function compatible(file, root) {
  if (!fs19.existsSync(file)) return void 0;
  try {
    const info = await readElfInfo(file);
    return info.class === root.class && info.machine === root.machine ? info : void 0;
  } catch (error) {
    if (error instanceof ElfError) return void 0;
    throw error;
  }
}
async function locate(name, requester, root, config) {
  const neededBy = path32.basename(requester.path);
  const found = async (file, foundBy) => {
    const info = await compatible(file, root.info);
    return info ? { name, path: file, foundBy, neededBy, info } : void 0;
  };
  if (name.includes("/"))
    return await found(path32.resolve(path32.dirname(requester.path), name), "path") ?? { name, foundBy: "not-found", neededBy };
  const candidates2 = [
    ...searchOrder(requester, root, config).map(({ dir, foundBy }) => ({ file: path32.join(dir, name), foundBy })),
    ...(config.cache.get(name) ?? []).map((file) => ({ file, foundBy: "cache" })),
    ...config.defaultDirs.map((dir) => ({ file: path32.join(dir, name), foundBy: "default-dir" }))
  ];
  for (const { file, foundBy } of candidates2) {
    const entry = await found(file, foundBy);
    if (entry) return entry;
  }
  const tf = config.tensorflow.get(name);
  return tf && await found(tf, "tensorflow") || { name, foundBy: "not-found", neededBy };
}
async function loadScope(library, config) {
  const root = { name: path32.basename(library), path: library, foundBy: "root", info: await readElfInfo(library) };
  const scope = [root];
  const loaded = (name) => scope.some((e) => e.name === name || e.path && path32.basename(e.path) === name || e.info?.dynamic.soname === name);
  for (let i = 0; i < scope.length; i++) {
    const requester = scope[i];
    for (const name of requester.info?.dynamic.needed ?? []) {
      if (loaded(name)) continue;
      const entry = await locate(name, requester, root, config);
      if (entry.path && scope.some((e) => e.path && fs19.realpathSync(e.path) === fs19.realpathSync(entry.path))) continue;
      scope.push(entry);
    }
  }
  return scope;
}

// src/inspect/inspect-library.ts
var systemLibraries = ["libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "libstdc++.so.6", "libgcc_s.so.1"];
async function inspectLibrary(options) {
  const tensorflow = new Map(options.tensorflowLibraries.map((p) => [path33.basename(p), p]));
  const config = {
    extraDirs: options.extraLibraryDirs ?? [],
    cache: options.ldconfigCache ?? await readLdconfigCache(),
    defaultDirs: options.defaultDirs ?? defaultLibraryDirs(),
    tensorflow
  };
  const [scope, dynamicSymbols] = await Promise.all([loadScope(options.library, config), readDynamicSymbols(options.library)]);
  const root = scope[0];
  const wanted = dynamicSymbols.filter((s) => !s.defined && s.binding !== "WEAK");
  const names2 = [...new Set(wanted.map((s) => s.name))];
  const inScope = scope.slice(1).filter((e) => e.path !== void 0);
  const realInScope = new Set(inScope.map((e) => fs20.realpathSync(e.path)));
  const outside = (file) => fs20.existsSync(file) && !realInScope.has(fs20.realpathSync(file));
  const tfOutside = options.tensorflowLibraries.filter(outside);
  const systemOutside = systemLibraries.map((name) => [...config.cache.get(name) ?? [], ...config.defaultDirs.map((d) => path33.join(d, name))].find((f) => fs20.existsSync(f))).filter((f) => f !== void 0 && outside(f) && !tfOutside.includes(f));
  const lookups = async (files) => Promise.all(files.map(async (file) => ({ file, found: await lookupDefined(file, names2) })));
  const [scopeDefs, tfDefs, systemDefs, interpreterDefs] = await Promise.all([
    lookups(inScope.map((e) => e.path)),
    lookups(tfOutside),
    lookups(systemOutside),
    lookups((options.interpreterFiles ?? []).filter((f) => fs20.existsSync(f)))
  ]);
  const hint = (file) => ({ library: path33.basename(file), path: file, linkFlag: `-l:${path33.basename(file)}` });
  const symbols = wanted.map((ref) => {
    const provider = (defs) => defs.find((d) => (d.found.get(ref.name) ?? []).some((def) => bindsTo(ref, def)))?.file;
    const base = { display: symbolWithVersion(ref), name: ref.name, ...ref.version ? { version: ref.version } : {} };
    const needed = provider(scopeDefs);
    if (needed) return { ...base, resolution: { kind: "needed", library: path33.basename(needed), path: needed } };
    const tf = provider(tfDefs);
    if (tf) return { ...base, resolution: { kind: "resolved-only-by-import", ...hint(tf) } };
    const interpreter = provider(interpreterDefs);
    if (interpreter) return { ...base, resolution: { kind: "interpreter", library: path33.basename(interpreter) } };
    const system = provider(systemDefs);
    return { ...base, resolution: system ? { kind: "unresolved", definedIn: hint(system) } : { kind: "unresolved" } };
  });
  const info = root.info;
  return {
    library: options.library,
    needed: info.dynamic.needed,
    ...info.dynamic.runpath !== void 0 ? { runpath: info.dynamic.runpath } : {},
    ...info.dynamic.rpath !== void 0 ? { rpath: info.dynamic.rpath } : {},
    flags: info.dynamic.flags,
    flags1: info.dynamic.flags1,
    staticTls: info.dynamic.flags.includes("STATIC_TLS"),
    scope: scope.slice(1).map(({ name, path: p, foundBy, neededBy }) => ({ name, ...p ? { path: p } : {}, foundBy, ...neededBy ? { neededBy } : {} })),
    symbols,
    tooNew: versionsAboveFloor(
      info.requiredVersions,
      options.versionFloors ?? {},
      dynamicSymbols.filter((s) => !s.defined)
    )
  };
}
function bindsTo(ref, def) {
  if (ref.version === void 0) return !def.versionHidden;
  return def.version === ref.version || def.version === void 0;
}
function versionsAboveFloor(required, floors, refs) {
  const out = [];
  for (const [file, versions] of Object.entries(required)) {
    for (const version of versions) {
      const m = /^(GLIBC|GLIBCXX)_(\d+(?:\.\d+)*)$/.exec(version);
      const floor = m && (m[1] === "GLIBC" ? floors.glibc : floors.glibcxx);
      if (!m || !floor || compareDotted(m[2], floor) <= 0) continue;
      out.push({ version, file, floor, symbols: refs.filter((r) => r.version === version).map((r) => r.name) });
    }
  }
  return out;
}
var quoteList = (items, max = 5) => items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
function libraryDiagnostics(result) {
  const lib = path33.basename(result.library);
  const out = [];
  for (const entry of result.scope) {
    if (entry.foundBy === "not-found") {
      out.push({
        severity: "error",
        kind: "shared-object-not-found",
        stage: "inspect",
        library: entry.name,
        title: `${entry.name} is needed but cannot be found`,
        message: `${entry.neededBy ?? lib} lists ${entry.name} in NEEDED, but the loader finds it in no RPATH/RUNPATH, library path, ld.so.cache entry or default directory, so loading ${lib} fails with "${entry.name}: cannot open shared object file".`,
        fix: `Make the directory that holds ${entry.name} known to the loader, e.g. link with -Wl,-rpath,<that directory>.`
      });
    } else if (entry.foundBy === "tensorflow") {
      const dir = path33.dirname(entry.path);
      out.push({
        severity: "warning",
        kind: "shared-object-not-found",
        stage: "inspect",
        library: entry.name,
        providedBy: entry.name,
        title: `${entry.name} is found only after import tensorflow`,
        message: `${entry.neededBy ?? lib} lists ${entry.name} in NEEDED without a RUNPATH that leads to it. The loader finds it only because importing tensorflow has already loaded it; loading ${lib} before (or without) tensorflow fails with "${entry.name}: cannot open shared object file".`,
        fix: `Add -Wl,-rpath,${dir} to CGO_LDFLAGS (or an $ORIGIN-relative RUNPATH if the library is installed next to TensorFlow).`
      });
    }
  }
  for (const s of result.symbols) {
    const r = s.resolution;
    if (r.kind === "resolved-only-by-import") {
      out.push({
        severity: "warning",
        kind: "resolved-only-by-import",
        stage: "inspect",
        symbol: s.name,
        providedBy: r.library,
        library: r.library,
        title: `${s.name} resolves only after import tensorflow`,
        message: `${lib} uses ${s.display}, which only ${r.library} defines, and ${r.library} is not among ${lib}'s NEEDED libraries. It resolves only when "import tensorflow" has already loaded ${r.library}; loading ${lib} first fails with "undefined symbol: ${s.name}".`,
        fix: `Add ${r.linkFlag} to CGO_LDFLAGS (next to -L${path33.dirname(r.path)}), and -Wl,-z,defs so the link itself catches this.`
      });
    } else if (r.kind === "unresolved") {
      const where = r.definedIn;
      out.push({
        severity: "error",
        kind: "unresolved-symbol",
        stage: "inspect",
        symbol: s.name,
        ...where ? { library: where.library } : {},
        title: `Undefined symbol ${s.name}`,
        message: where ? `${lib} uses ${s.display}, which ${where.library} defines, but ${where.library} is not among its NEEDED libraries, so loading ${lib} fails with "undefined symbol: ${s.name}" unless the process happens to have loaded ${where.library} already.` : `${lib} uses ${s.display}, but neither its NEEDED libraries nor TensorFlow (${result.scope.length} libraries searched) define it, so loading ${lib} fails with "undefined symbol: ${s.name}".`,
        fix: where ? `Add ${where.linkFlag} to CGO_LDFLAGS, and -Wl,-z,defs so the link itself catches this.` : PYTHON_C_NAME.test(s.name) ? `Check the name against the C API of the Python that loads the library (it does not export ${s.name}); do not link libpython for it, the interpreter provides its C API.` : `Check the name against the TensorFlow headers of the installed version, and link the library that defines it; -Wl,-z,defs makes the link fail on this.`
      });
    }
  }
  for (const v of result.tooNew) {
    const family = v.version.startsWith("GLIBCXX_") ? "libstdc++" : "glibc";
    out.push({
      severity: "warning",
      kind: "glibc-too-new",
      stage: "inspect",
      library: v.file,
      ...v.symbols[0] ? { symbol: v.symbols[0] } : {},
      title: `Requires ${v.version}, newer than ${family} ${v.floor}`,
      message: `${lib} needs ${v.version} from ${v.file}${v.symbols.length ? ` (for ${quoteList(v.symbols)})` : ""}, but the TensorFlow wheel supports systems down to ${family} ${v.floor}. On such a system loading fails with "version \`${v.version}' not found".`,
      fix: `Build on a system whose ${family} is no newer than ${v.floor} (e.g. a manylinux container matching the wheel). If the library only has to load where ${family} is newer, set the input glibc-floor to that version.`
    });
  }
  return out;
}

// src/inspect/expected-symbols.ts
function missingExpectedSymbols(defined, expected) {
  return expected.filter((name) => !defined.has(name)).map((name) => ({
    severity: "error",
    kind: "missing-expected-symbol",
    stage: "inspect",
    symbol: name,
    title: `Expected symbol ${name} is not exported`,
    message: `The built library does not export ${name}, which expect-symbols lists.`,
    fix: `Add an //export ${name} comment directly above func ${name} in package main (no blank line between), or correct the name in expect-symbols.`
  }));
}

// src/inspect/post-build.ts
function realpathOr(p) {
  try {
    return fs21.realpathSync(p);
  } catch {
    return path34.resolve(p);
  }
}
function runpathReaches(runpath, library, dir) {
  const target = realpathOr(dir);
  return expandSearchPath(runpath, path34.dirname(library)).some((entry) => realpathOr(entry) === target);
}
function glibcFloorFor(setting, tfVersion) {
  if (setting === "off") return void 0;
  if (setting === "wheel" || setting === "report") return findRelease(tfVersion)?.glibc;
  return setting;
}
function glibcFloorNote(setting, tfVersion, floor, tooNew) {
  if (setting === "off") return void 0;
  const whose2 = setting === "wheel" || setting === "report" ? `the TensorFlow ${tfVersion} wheel's floor` : "the glibc-floor input";
  if (!floor)
    return `glibc: the floor of the TensorFlow ${tfVersion} wheel is not known to this action; set glibc-floor to a version such as 2.28 to check against one.`;
  const glibc = tooNew.filter((v) => v.version.startsWith("GLIBC_")).sort((a, b) => compareDotted(b.version.slice(6), a.version.slice(6)));
  if (glibc.length === 0) return `glibc: the library needs no GLIBC version newer than ${whose2}, glibc ${floor}.`;
  const highest = glibc[0].version.slice("GLIBC_".length);
  const perVersion = glibc.filter((v) => v.symbols.length > 0).map((v) => `${v.version}: ${v.symbols.slice(0, 5).join(", ")}${v.symbols.length > 5 ? ` and ${v.symbols.length - 5} more` : ""}`);
  const forWhat = perVersion.length > 0 ? ` (${perVersion.join("; ")})` : "";
  const line = `glibc: the library needs GLIBC_${highest}${forWhat}, newer than ${whose2}, glibc ${floor}, so it loads only where glibc is ${highest} or newer.`;
  return setting === "report" ? `${line} Set glibc-floor to wheel or to the oldest glibc you ship to, to make this a warning (it is one when install-dir is set).` : line;
}
function mergeGlibcFindings(diagnostics) {
  const versionOf2 = (d) => /GLIBC(?:XX)?_([\d.]+)/.exec(d.title)?.[1] ?? "0";
  const glibc = diagnostics.filter((d) => d.kind === "glibc-too-new").sort((a, b) => compareDotted(versionOf2(b), versionOf2(a)));
  if (glibc.length <= 1) return diagnostics;
  const [first] = glibc;
  const merged2 = { ...first, message: glibc.map((d) => d.message).join(" ") };
  return [...diagnostics.filter((d) => d.kind !== "glibc-too-new"), merged2];
}
async function inspectBuiltLibrary(library, tf, expectSymbols, glibcFloor = "report", ldconfigCache) {
  const { dynamic } = await readElfInfo(library);
  const reaches = runpathReaches(dynamic.runpath ?? dynamic.rpath, library, tf.dir);
  const floor = glibcFloorFor(glibcFloor, tf.version);
  const inspection = await inspectLibrary({
    library,
    tensorflowLibraries: tensorflowLibraries(tf.dir),
    ...tf.interpreterFiles ? { interpreterFiles: tf.interpreterFiles } : {},
    versionFloors: { glibc: floor },
    extraLibraryDirs: reaches ? [] : [tf.dir],
    ...ldconfigCache ? { ldconfigCache } : {}
  });
  const found = libraryDiagnostics(inspection);
  const diagnostics = mergeGlibcFindings(glibcFloor === "report" ? found.filter((d) => d.kind !== "glibc-too-new") : found);
  const note = glibcFloorNote(glibcFloor, tf.version, floor, inspection.tooNew);
  if (expectSymbols.length > 0) {
    const found2 = await lookupDefined(library, [...expectSymbols]);
    const exported = new Set([...found2].filter(([, defs]) => defs.length > 0).map(([name]) => name));
    diagnostics.push(...missingExpectedSymbols(exported, expectSymbols));
  }
  return { inspection, diagnostics, runpathReachesTensorflow: reaches, notes: note ? [note] : [] };
}

// src/inspect/static-tls.ts
import path36 from "node:path";

// src/inspect/tls-location.ts
import { readdir as readdir3, readFile as readFile7 } from "node:fs/promises";
import path35 from "node:path";
var SOURCE_FILE = /\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx)$/;
var TLS_KEYWORD = /(?<![\w$])(?:__thread|_Thread_local|thread_local)(?![\w$])/;
var EXTERN = /(?<![\w$])extern(?![\w$])/;
function sourceName(symbol) {
  if (symbol.startsWith("_Z")) {
    let last;
    for (let i = symbol.startsWith("_ZN") ? 3 : 2; ; ) {
      const digits2 = /^L?(\d+)/.exec(symbol.slice(i));
      if (!digits2) break;
      const start = i + digits2[0].length;
      last = symbol.slice(start, start + Number(digits2[1]));
      i = start + Number(digits2[1]);
    }
    if (last) return last;
  }
  return symbol.replace(/\.\d+$/, "");
}
function nameColumns(code, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`).exec(code);
  if (!m) return void 0;
  const column = [...code.slice(0, m.index)].length + 1;
  return { column, endColumn: column + [...name].length - 1 };
}
var SourceLines = class {
  cache = /* @__PURE__ */ new Map();
  lines(file) {
    let lines = this.cache.get(file);
    if (!lines) {
      lines = readFile7(file, "utf8").then(
        (text) => (SOURCE_FILE.test(file) ? blankCComments(text) : text).split(/\r?\n/),
        () => void 0
      );
      this.cache.set(file, lines);
    }
    return lines;
  }
  /** The name on that line of the file, as a location; undefined when the line does not name it. */
  async place(file, line, name) {
    const code = (await this.lines(file))?.[line - 1];
    const columns = code === void 0 ? void 0 : nameColumns(code, name);
    return columns ? { file, line, ...columns, endLine: line } : void 0;
  }
};
async function placeInPackage(v, name, sources, lines) {
  if (!v.file || v.line === void 0) return void 0;
  const candidates2 = path35.isAbsolute(v.file) ? [v.file] : [];
  const parts = v.file.split("/").filter((p) => p !== "" && p !== "." && p !== "..");
  for (let i = 0; i < parts.length; i++) candidates2.push(path35.join(sources.dir, ...parts.slice(i)));
  for (const file of candidates2) {
    const found = await lines.place(file, v.line, name);
    if (found) return found;
  }
  return void 0;
}
async function searchSources(names2, sources, lines) {
  const found = new Map(names2.map((n) => [n, { definitions: [], declarations: [] }]));
  const scan2 = (file, line, code, startColumn) => {
    if (!TLS_KEYWORD.test(code)) return;
    for (const name of names2) {
      const columns = nameColumns(code, name);
      if (!columns) continue;
      const place2 = { file, line, column: columns.column + startColumn - 1, endLine: line, endColumn: columns.endColumn + startColumn - 1 };
      found.get(name)[EXTERN.test(code) ? "declarations" : "definitions"].push(place2);
    }
  };
  const entries2 = await readdir3(sources.dir).catch(() => []);
  for (const entry of entries2.filter((e) => SOURCE_FILE.test(e)).sort()) {
    const file = path35.join(sources.dir, entry);
    (await lines.lines(file) ?? []).forEach((code, i) => scan2(file, i + 1, code, 1));
  }
  for (const f of sources.facts?.files ?? []) for (const l of f.preambleLines) scan2(f.file, l.line, l.code, l.column);
  return found;
}
var sameLine = (a, b) => a.file === b.file && a.line === b.line;
var addUnique = (into, more) => {
  for (const l of more) if (!into.some((k) => sameLine(k, l))) into.push(l);
};
async function locateTlsVariables(library, symbols, sources, log) {
  const wanted = symbols.map((symbol) => ({ symbol, name: sourceName(symbol) }));
  const variables = await readVariableDeclarations(library, [...new Set(wanted.flatMap((w) => [w.symbol, w.name]))]).catch(
    (error) => {
      log.debug(`static TLS: the debug info of ${library} could not be read: ${error.message}`);
      return [];
    }
  );
  const lines = new SourceLines();
  const found = /* @__PURE__ */ new Map();
  for (const { symbol, name } of wanted) {
    const own = variables.filter(
      (v) => symbol.startsWith("_Z") ? v.linkageName === symbol : v.name === name && (v.linkageName ?? symbol) === symbol
    );
    const place2 = { definitions: [], declarations: [], from: "debug info" };
    for (const v of own.filter((o) => o.declaration || o.threadLocal)) {
      const at = await placeInPackage(v, name, sources, lines);
      if (at) addUnique(v.declaration ? place2.declarations : place2.definitions, [at]);
    }
    found.set(symbol, place2);
  }
  const missing = wanted.filter((w) => found.get(w.symbol).definitions.length === 0);
  const inSources = missing.length > 0 ? await searchSources([...new Set(missing.map((w) => w.name))], sources, lines) : /* @__PURE__ */ new Map();
  const places = [];
  for (const { symbol, name } of wanted) {
    const { declarations, ...own } = found.get(symbol);
    const more = inSources.get(name);
    const { definitions: definitions2, from } = own.definitions.length === 0 && more ? { definitions: more.definitions, from: "source" } : own;
    if (more && from === "source") addUnique(declarations, more.declarations);
    if (definitions2.length + declarations.length === 0) continue;
    places.push({ symbol, name, ...definitions2[0] ? { definition: definitions2[0] } : {}, declarations, from });
  }
  return places;
}

// src/inspect/static-tls.ts
var STATIC_TLS_ROOM = 512;
var SHOWN = 5;
var NAMED = 3;
function describeTls(tls) {
  const shown2 = tls.symbols.slice(0, SHOWN).map((s) => `${s.name} (${formatBytes(s.size)})`);
  const more = tls.symbols.length > SHOWN ? ` and ${tls.symbols.length - SHOWN} more` : "";
  return `its static TLS block (PT_TLS) is ${formatBytes(tls.size)}${shown2.length > 0 ? `: ${shown2.join(", ")}${more}` : ""}`;
}
function largestTlsSymbols(tls) {
  return tls.symbols.slice(0, NAMED).filter((s, i) => i === 0 || s.size * 100 >= tls.size);
}
function needs(tls, library) {
  const named = largestTlsSymbols(tls).map((s) => `${sourceName(s.name)} ${formatBytes(s.size)}`);
  return `${library} needs ${formatBytes(tls.size)} of static TLS${named.length > 0 ? ` (${named.join(", ")})` : ""}`;
}
var ROOM = `dlopen has ${STATIC_TLS_ROOM} bytes to spare for it by default (glibc.rtld.optional_static_tls)`;
function fixFor(tls) {
  const largest = tls.symbols[0];
  const what = largest ? sourceName(largest.name) : "large per-thread buffers";
  return `Allocate ${what} on the heap and keep only a pointer thread-local (malloc on first use, or pthread_key_create). Dropping tls_model("initial-exec") does not help: a Go c-shared library is STATIC_TLS, so its whole TLS block, global-dynamic variables included, must fit into what dlopen has left. GLIBC_TUNABLES=glibc.rtld.optional_static_tls=<bytes> in the loading process only hides it.`;
}
function warningMessage(tls, library, where) {
  return `${needs(tls, library)}; ${ROOM}, so loading it can fail with "cannot allocate memory in static TLS block". ${where ? `${where} ` : ""}${library} is a Go c-shared library (FLAGS STATIC_TLS), and ${describeTls(tls)}: dlopen must fit all of it into the static TLS room glibc keeps for libraries loaded after start-up, shared with TensorFlow's own libraries.`;
}
function staticTlsFinding(tls, library) {
  if (tls.size <= STATIC_TLS_ROOM) return void 0;
  const largest = tls.symbols[0];
  return {
    severity: "warning",
    kind: "static-tls",
    stage: "inspect",
    title: `${library} needs ${formatBytes(tls.size)} of static TLS`,
    message: warningMessage(tls, library, void 0),
    fix: fixFor(tls),
    library,
    ...largest ? { symbol: largest.name } : {}
  };
}
function withTlsDetail(diagnostics, detail) {
  if (!detail || detail.tls.size <= STATIC_TLS_ROOM) return [...diagnostics];
  const failed2 = diagnostics.find((d) => d.kind === "static-tls" && d.stage === "smoke");
  const early = diagnostics.find((d) => d.kind === "static-tls" && d.stage === "inspect");
  return diagnostics.filter((d) => !(failed2 && d === early)).map((d) => {
    if (d === failed2) return placed(failedLoad(d, detail, early), detail);
    if (d !== early) return d;
    const where = placeSentence(largestPlace(detail), detail.dir);
    return placed({ ...d, message: warningMessage(detail.tls, d.library ?? "the library", where) }, detail);
  });
}
var largestPlace = ({ tls, places }) => places.find((p) => p.symbol === tls.symbols[0]?.name);
function failedLoad(d, detail, early) {
  const { tls } = detail;
  const library = d.library ?? early?.library ?? "the library";
  const largest = tls.symbols[0];
  const where = placeSentence(largestPlace(detail), detail.dir);
  return {
    ...d,
    title: `${library} needs ${formatBytes(tls.size)} of static TLS`,
    message: `${needs(tls, library)}; ${ROOM}, and the load failed. ${where ? `${where} ` : ""}${d.message} The library asks for more than there is: ${describeTls(tls)}.`,
    fix: fixFor(tls),
    ...largest ? { symbol: largest.name } : {},
    ...early?.demangled && early.symbol === largest?.name ? { demangled: early.demangled } : {}
  };
}
function placeSentence(place2, dir) {
  if (!place2) return void 0;
  const at = (l) => `${path36.relative(dir, l.file) || l.file}${l.line === void 0 ? "" : `:${l.line}`}`;
  const declared = place2.declarations.length > 0 ? ` (declared at ${place2.declarations.map(at).join(", ")})` : "";
  return place2.definition ? `${place2.name} is defined at ${at(place2.definition)}${declared}.` : `${place2.name} is declared at ${place2.declarations.map(at).join(", ")}.`;
}
function placed(d, detail) {
  const { tls, places } = detail;
  const largest = largestPlace(detail);
  const main = largest?.definition ?? largest?.declarations[0];
  if (!main) return d;
  const related = [];
  for (const p of places) {
    const size = formatBytes(tls.symbols.find((s) => s.name === p.symbol)?.size ?? 0);
    if (p !== largest && p.definition) related.push({ ...p.definition, note: `${p.name} (${size}) is defined here` });
    for (const l of p.declarations) if (l !== main) related.push({ ...l, note: `${p.name} is declared here` });
  }
  return { ...d, locations: [main], ...related.length > 0 ? { relatedLocations: related } : {} };
}

// src/inspect/foreign-cpu.ts
async function builtForOtherCpu(library, tensorflowLibrary) {
  const [built, tf] = await Promise.all([objectMachine(library), objectMachine(tensorflowLibrary)]);
  if (built === void 0 || tf === void 0 || built === tf) return void 0;
  return {
    severity: "error",
    kind: "wrong-cpu",
    stage: "inspect",
    title: `The library is built for ${machineName(built)}, but TensorFlow here is ${machineName(tf)}`,
    message: `${library} is built for ${machineName(built)}, but the TensorFlow that Python loads it with (${tensorflowLibrary}) is ${machineName(tf)}: the loader will not open it and says "cannot open shared object file", although the file is there.`,
    fix: `Build for this machine (unset GOARCH and CC, or set them for ${machineName(tf)}), or run the load check on a ${machineName(built)} runner.`
  };
}

// src/inspect/tensorflow-copies.ts
import fs23 from "node:fs";
import path38 from "node:path";

// src/inspect/ld-so-conf.ts
import fs22 from "node:fs";
import path37 from "node:path";
var LD_SO_CONF = "/etc/ld.so.conf";
function parseLdSoConf(text) {
  const dirs = [];
  const includes = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line || line.startsWith("hwcap ")) continue;
    const include = /^include\s+(.+)$/.exec(line);
    if (include) includes.push(...include[1].split(/\s+/));
    else dirs.push(...line.split(/[\s:,]+/).filter(Boolean));
  }
  return { dirs, includes };
}
function expandInclude(pattern, from) {
  const full = path37.resolve(path37.dirname(from), pattern);
  const base = path37.basename(full);
  if (!base.includes("*")) return [full];
  const matcher = new RegExp(`^${base.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  try {
    return fs22.readdirSync(path37.dirname(full)).filter((name) => matcher.test(name)).sort().map((name) => path37.join(path37.dirname(full), name));
  } catch {
    return [];
  }
}
function sameFolder(a, b) {
  const real = (p) => {
    try {
      return fs22.realpathSync(p);
    } catch {
      return path37.resolve(p);
    }
  };
  return real(a) === real(b);
}
function confFileListing(dir, conf = LD_SO_CONF, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(conf)) return void 0;
  seen.add(conf);
  let text;
  try {
    text = fs22.readFileSync(conf, "utf8");
  } catch {
    return void 0;
  }
  const { dirs, includes } = parseLdSoConf(text);
  if (dirs.some((listed3) => sameFolder(listed3, dir))) return conf;
  for (const pattern of includes) {
    for (const file of expandInclude(pattern, conf)) {
      const found = confFileListing(dir, file, seen);
      if (found) return found;
    }
  }
  return void 0;
}

// src/inspect/tensorflow-copies.ts
var TENSORFLOW_FILE_NAMES = [...TENSORFLOW_LIBRARY_NAMES, "libtensorflow.so.2"];
function libraryPathEntries(value) {
  return (value ?? "").split(/[:;]/).filter((dir) => dir !== "");
}
var buildIdOf = (file) => withElfFile(file, readBuildId).catch(() => void 0);
async function isWheelCopy(file, name, wheelDir) {
  const wheelFile = path38.join(wheelDir, name);
  if (!fs23.existsSync(wheelFile) || !fs23.existsSync(file)) return false;
  if (fs23.realpathSync(file) === fs23.realpathSync(wheelFile)) return true;
  const [a, b] = await Promise.all([buildIdOf(file), buildIdOf(wheelFile)]);
  return a !== void 0 && a === b;
}
function reachOf(entry, ldSoConf) {
  const dir = path38.dirname(entry.path);
  if (entry.foundBy === "extra-dir") return { via: "ld-library-path", entry: dir };
  if (entry.foundBy === "cache") {
    const confFile = confFileListing(dir, ldSoConf);
    return { via: "ld-cache", ...confFile ? { confFile } : {} };
  }
  return entry.foundBy === "default-dir" ? { via: "default-dir" } : { via: "runpath" };
}
async function otherCopiesIn(scope, request) {
  const copies = [];
  for (const entry of scope.slice(1)) {
    if (!entry.path || !TENSORFLOW_FILE_NAMES.includes(entry.name)) continue;
    if (await isWheelCopy(entry.path, entry.name, request.tf.dir)) continue;
    copies.push({ name: entry.name, file: entry.path, reach: reachOf(entry, request.ldSoConf) });
  }
  return copies;
}
async function scopeFrom(from, request) {
  const config = {
    extraDirs: libraryPathEntries(request.env.LD_LIBRARY_PATH),
    cache: request.cache,
    defaultDirs: request.defaultDirs ?? defaultLibraryDirs(),
    tensorflow: /* @__PURE__ */ new Map()
  };
  return loadScope(from, config).catch(() => []);
}
async function candidates(request) {
  const found = [];
  const ldSoConf = request.ldSoConf;
  for (const name of TENSORFLOW_FILE_NAMES) {
    for (const entry of libraryPathEntries(request.env.LD_LIBRARY_PATH))
      found.push({ name, file: path38.join(entry, name), reach: { via: "ld-library-path", entry } });
    for (const file of request.cache.get(name) ?? []) {
      const confFile = confFileListing(path38.dirname(file), ldSoConf);
      found.push({ name, file, reach: { via: "ld-cache", ...confFile ? { confFile } : {} } });
    }
    for (const dir of request.defaultDirs ?? defaultLibraryDirs())
      found.push({ name, file: path38.join(dir, name), reach: { via: "default-dir" } });
  }
  const others = [];
  for (const copy of found) {
    if (!fs23.existsSync(copy.file) || await isWheelCopy(copy.file, copy.name, request.tf.dir)) continue;
    if (!await readElfInfo(copy.file).catch(() => void 0)) continue;
    others.push(copy);
  }
  return others;
}
async function releaseOf(file) {
  const sitePackages = path38.dirname(path38.dirname(fs23.realpathSync(file)));
  const names2 = fs23.existsSync(sitePackages) ? fs23.readdirSync(sitePackages) : [];
  const wheel = names2.map((n) => /^tensorflow(?:[-_][a-z]+)?-(\d[\w.]*)\.dist-info$/i.exec(n)?.[1]).find(Boolean);
  if (wheel) return `TensorFlow ${wheel}`;
  const namespace = await withElfFile(file, readAbseilNamespace).catch(() => void 0);
  if (!namespace) return void 0;
  const history = architectureHistory(process.arch);
  const minors = history ? minorsWithAbseil(history, namespace) : [];
  return minors.length > 0 ? `built with abseil ${namespace}, as TensorFlow ${describeMinors(minors, recordedMinors(history))} is` : `built with abseil ${namespace}`;
}
function distinct(copies) {
  const seen = /* @__PURE__ */ new Set();
  return copies.filter((c) => {
    const key = fs23.realpathSync(c.file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
async function findTensorflowCopies(request) {
  const pywrap = path38.join(request.tf.dir, "python", "_pywrap_tensorflow_internal.so");
  const [importScope, libraryScope, all] = await Promise.all([
    fs23.existsSync(pywrap) ? scopeFrom(pywrap, request) : Promise.resolve([]),
    request.library ? scopeFrom(request.library, request) : Promise.resolve([]),
    candidates(request)
  ]);
  const shadowsImport = await otherCopiesIn(importScope, request);
  const boundByLibrary = await otherCopiesIn(libraryScope, request);
  const tensorflowFiles = libraryScope.slice(1).filter((e) => e.path && TENSORFLOW_FILE_NAMES.includes(e.name));
  const libraryFindsWheel = tensorflowFiles.length > boundByLibrary.length;
  const bound = new Set([...shadowsImport, ...boundByLibrary].map((c) => fs23.realpathSync(c.file)));
  const unreached = distinct(all.filter((c) => !bound.has(fs23.realpathSync(c.file))));
  const withRelease = (copies) => Promise.all(copies.map(async (c) => ({ ...c, ...await releaseOf(c.file).then((r) => r ? { release: r } : {}) })));
  return {
    wheelDir: request.tf.dir,
    wheelVersion: request.tf.version,
    shadowsImport: await withRelease(shadowsImport),
    boundByLibrary: await withRelease(boundByLibrary),
    libraryFindsWheel,
    unreached: await withRelease(unreached)
  };
}

// src/inspect/other-tensorflow.ts
import path39 from "node:path";
function describeReach(reach) {
  switch (reach.via) {
    case "ld-library-path":
      return "from LD_LIBRARY_PATH";
    case "ld-cache":
      return `from the loader's cache${reach.confFile ? ` (${reach.confFile})` : ""}`;
    case "runpath":
      return "through the library's RUNPATH";
    case "default-dir":
      return "from one of the loader's default folders";
  }
}
function describeCopies(copies) {
  const byFolder = /* @__PURE__ */ new Map();
  for (const copy of copies) {
    const key = `${path39.dirname(copy.file)}\0${describeReach(copy.reach)}`;
    byFolder.set(key, [...byFolder.get(key) ?? [], copy]);
  }
  return [...byFolder.values()].map((group2) => {
    const [first] = group2;
    const names2 = group2.map((c) => c.name).join(" and ");
    return `${names2} in ${path39.dirname(first.file)}${first.release ? ` (${first.release})` : ""}, ${describeReach(first.reach)}`;
  }).join("; ");
}
function removalFix(copies, wheelVersion) {
  const ways = /* @__PURE__ */ new Set();
  for (const { reach, file } of copies) {
    const dir = path39.dirname(file);
    if (reach.via === "ld-library-path") ways.add(`take ${reach.entry} off LD_LIBRARY_PATH (for this step, or for good)`);
    else if (reach.via === "ld-cache")
      ways.add(
        reach.confFile ? `remove its line from ${reach.confFile} and run ldconfig` : `remove ${dir} from the loader's configuration (/etc/ld.so.conf.d) and run ldconfig`
      );
    else ways.add(`remove the TensorFlow libraries from ${dir}`);
  }
  return `${[...ways].join(", or ")}; or install the same TensorFlow version there as the wheel's ${wheelVersion}`;
}
var capitalized = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
function importShadowExplanation(copies) {
  if (copies.shadowsImport.length === 0) return void 0;
  return {
    message: `TensorFlow's own modules get ${whose(copies.shadowsImport)} ${describeReach(copies.shadowsImport[0].reach)}, not the wheel's ${copies.wheelVersion}: they find their libraries through RUNPATH, which LD_LIBRARY_PATH comes before. The loader gives them ${describeCopies(copies.shadowsImport)}; the wheel's are in ${copies.wheelDir}.`,
    fix: `${capitalized(removalFix(copies.shadowsImport, copies.wheelVersion))}.`
  };
}
function whose(copies) {
  const release = copies.map((c) => c.release).find((r) => r?.startsWith("TensorFlow "));
  return `${release ?? "another TensorFlow"}'s ${copies.length === 1 ? copies[0].name : "libraries"}`;
}
function answers(copies) {
  const version = copies.map((c) => /^TensorFlow (\S+)$/.exec(c.release ?? "")?.[1]).find(Boolean);
  return version ? ` (TF_Version() answers ${version})` : "";
}
function otherTensorflowFindings(copies, context) {
  const findings = [];
  if (copies.boundByLibrary.length > 0) {
    findings.push({
      severity: context.ships ? "error" : "warning",
      kind: "other-tensorflow",
      stage: "inspect",
      title: `Loaded on its own, ${context.library} binds another TensorFlow`,
      message: `Loaded without import tensorflow first, ${context.library} gets ${whose(copies.boundByLibrary)} ${describeReach(copies.boundByLibrary[0].reach)}, not the wheel's ${copies.wheelVersion}. The loader gives it ${describeCopies(copies.boundByLibrary)}; the wheel's are in ${copies.wheelDir}. A plain ctypes.CDLL of it then runs that TensorFlow's code${answers(copies.boundByLibrary)}; after import tensorflow it binds the wheel's, which is what the action's loads saw.`,
      fix: `${capitalized(removalFix(copies.boundByLibrary, copies.wheelVersion))}; or give the library a RUNPATH that reaches the wheel's folder first (install-dir, or rpath: a path to it).`,
      library: copies.boundByLibrary[0].name
    });
  }
  const shadow = importShadowExplanation(copies);
  if (shadow)
    findings.push({
      severity: "warning",
      kind: "other-tensorflow",
      stage: "inspect",
      title: "import tensorflow binds another TensorFlow",
      message: `${shadow.message} The import works with it in this run, but the two versions can disagree at any call.`,
      fix: shadow.fix
    });
  return findings;
}
function copiesForLaterSteps(copies, loaderPathVariable) {
  const all = [...copies.shadowsImport, ...copies.unreached];
  if (all.length === 0) return void 0;
  return {
    severity: "notice",
    kind: "other-tensorflow",
    stage: "setup",
    title: "Another TensorFlow is on this job's loader paths",
    message: `This job's loader reaches ${whose(all)} ${describeReach(all[0].reach)}, beside the wheel's ${copies.wheelVersion}. It finds ${describeCopies(all)}; the wheel's are in ${copies.wheelDir}. The exported ${loaderPathVariable} puts the wheel's folder first, so later steps load the wheel's; a step that sets ${loaderPathVariable} itself, or loads a library without a RUNPATH elsewhere, can get the other one, and then fails with "undefined symbol" or runs the other version.`,
    fix: `${capitalized(removalFix(all, copies.wheelVersion))}.`
  };
}
function environmentLine(copies, library) {
  const alone = `${library ?? "the library"} loaded on its own`;
  const wheelUsers = [
    copies.shadowsImport.length === 0 ? "import tensorflow" : void 0,
    library && copies.libraryFindsWheel ? alone : void 0
  ].filter(Boolean);
  const usedBy = (c) => [
    copies.shadowsImport.some((s) => s.file === c.file) ? "import tensorflow" : void 0,
    copies.boundByLibrary.some((b) => b.file === c.file) ? alone : void 0
  ].filter(Boolean).join(" and ") || "no load here";
  const others = [
    ...copies.shadowsImport,
    ...copies.boundByLibrary.filter((c) => !copies.shadowsImport.some((s) => s.file === c.file)),
    ...copies.unreached
  ];
  const byUse = /* @__PURE__ */ new Map();
  for (const copy of others) byUse.set(usedBy(copy), [...byUse.get(usedBy(copy)) ?? [], copy]);
  const parts = [
    `the wheel's TensorFlow ${copies.wheelVersion} in ${copies.wheelDir}${wheelUsers.length > 0 ? ` (used by ${wheelUsers.join(" and ")})` : ""}`,
    ...[...byUse].map(([use, group2]) => `${describeCopies(group2)}, used by ${use}`)
  ];
  return `Environment: TensorFlow libraries found: ${parts.join("; ")}.`;
}

// src/inspect/extension-module-checks.ts
import path40 from "node:path";
var LIBPYTHON = /^libpython\d/;
var CPYTHON_TAG = /\.cpython-(\d)(\d+)[a-z]*-[^.]*\.so$/;
function libpythonNeeded(needed, library, context) {
  const libpython = needed.find((n) => LIBPYTHON.test(n));
  if (!libpython) return void 0;
  const words = (context.linkLine?.libraries ?? []).filter((l) => /^python\d/.test(libraryStem(l.name)));
  const locations = words.flatMap((w) => w.location ? [w.location] : []);
  const named = words.length > 0 ? ` (${words.map((w) => w.arg).join(", ")} on the link line)` : "";
  return {
    severity: context.installDir ? "error" : "warning",
    kind: "extension-module",
    stage: "inspect",
    library: libpython,
    title: `The extension module NEEDs ${libpython}`,
    message: `${path40.basename(library)} lists ${libpython} in NEEDED${named}. An extension module must not link libpython: the interpreter that imports it provides the C API, the manylinux policy (PEP 513/600) forbids a NEEDED libpython in a wheel, and python3-config --ldflags has left -lpython out on purpose since Python 3.8 (bpo-36721); a python built without a shared libpython cannot load the module at all.`,
    fix: "Remove -lpython3.x (and python3-config --embed flags) from #cgo LDFLAGS and CGO_LDFLAGS: the action leaves the Py* names undefined for the interpreter and checks every other name.",
    ...locations.length > 0 ? { locations } : {}
  };
}
var moduleFinding = (severity, title, message, fix) => ({
  severity,
  kind: "extension-module",
  stage: "inspect",
  title,
  message,
  fix
});
function moduleFileName(library, tf, limitedApi) {
  const file = path40.basename(library);
  const suffixes = tf.extensionSuffixes ?? [];
  if (suffixes.length === 0) return void 0;
  const name = file.split(".")[0] ?? "";
  const suffix = file.slice(name.length);
  const names2 = suffixes.map((s) => `${name}${s}`).join(", ");
  const python = `Python ${tf.pythonVersion}`;
  if (!/^[A-Za-z_]\w*$/.test(name))
    return moduleFinding(
      "error",
      `${file} cannot be imported: ${name} is not a module name`,
      `Python imports an extension module by the file name up to its first dot, which must be an identifier; "${name}" is not one, so no import statement can name it.`,
      `Name the output after the module, e.g. ${suffixes.map((s) => `my_module${s}`)[0]}.`
    );
  const tag = CPYTHON_TAG.exec(suffix);
  if (!suffixes.includes(suffix) && tag) {
    const built = `${tag[1]}.${tag[2]}`;
    return moduleFinding(
      "error",
      `${file} is named for CPython ${built}, the interpreter is ${python}`,
      `The file name says the module is built for CPython ${built} (with its headers, for its ABI), but the Python that imports TensorFlow is ${python}; its import looks only for ${names2}, so "import ${name}" does not find the file, and a module for another CPython's ABI must not be loaded into it.`,
      `Build with the headers of the Python that imports it and name the file ${name}${suffixes[0]}; or build against the limited API (define Py_LIMITED_API) and name it ${name}.abi3.so, which every CPython 3 since that version imports.`
    );
  }
  if (!suffixes.includes(suffix))
    return moduleFinding(
      "warning",
      `${python} does not import a module from ${file}`,
      `"import ${name}" looks only for ${names2}: a file ending in "${suffix}" is not found by it (the action imported it from its path).`,
      `Name the output ${name}${suffixes[0]} or ${name}.so.`
    );
  if (suffix === ".abi3.so" && !limitedApi)
    return moduleFinding(
      "warning",
      `${file} is named for the stable ABI without Py_LIMITED_API`,
      `An .abi3.so name tells every CPython 3 that the module uses only the limited API, but the package does not define Py_LIMITED_API, so it is built against ${python}'s full API and may crash under another version that imports it.`,
      `Define Py_LIMITED_API (e.g. #define Py_LIMITED_API 0x030a0000 before #include <Python.h>, or -DPy_LIMITED_API=0x030a0000 in #cgo CFLAGS), or name the file ${name}${suffixes[0]}.`
    );
  return void 0;
}

// src/inspect/tensorflow-range.ts
var import_semver5 = __toESM(require_semver(), 1);
var CXX_TENSORFLOW_NAME = /^_Z.*(?:10tensorflow|3tsl|4absl\d+lts_\d{8})/;
function tensorflowNamesOf(undefinedNames) {
  return {
    kernelNames: undefinedNames.filter((n) => CXX_TENSORFLOW_NAME.test(n)),
    cApiNames: [...new Set(undefinedNames.filter((n) => C_API_NAME.test(n)))].sort()
  };
}
function minorsHolding(arch, names2) {
  const have = new Map(names2.map((n) => [n, new Set(minorsExporting(arch, n))]));
  return { have, holds: recordedMinors(arch).filter((m) => names2.every((n) => have.get(n).has(m))) };
}
function minorsClaimed(range, recorded) {
  return recorded.filter((minor) => import_semver5.default.intersects(range, `~${minor}.0`, { includePrerelease: false }));
}
function claimsLater(range, recorded) {
  const last = recorded.at(-1);
  if (!last) return void 0;
  const [major, minor] = last.split(".").map(Number);
  const next = `${major}.${minor + 1}`;
  return import_semver5.default.intersects(range, `>=${next}.0`) ? next : void 0;
}
function widestRange(holds, recorded, installed) {
  let from = recorded.indexOf(installed);
  if (from < 0 || !holds.has(installed)) return void 0;
  let to = from;
  while (from > 0 && holds.has(recorded[from - 1])) from--;
  while (to + 1 < recorded.length && holds.has(recorded[to + 1])) to++;
  return to + 1 < recorded.length ? `>=${recorded[from]},<${recorded[to + 1]}` : `>=${recorded[from]}`;
}
function declaredAt(declared) {
  const source = declared.source;
  if ("input" in source) return { where: `supported-tensorflow '${declared.specifier}'` };
  return { where: `'${source.text}' (line ${source.line})`, locations: [{ file: source.file, line: source.line }] };
}
function kernelCheck(kernelNames, request, arch, recorded) {
  const installed = minorOf(request.tf.version);
  const abseil = arch.releases[installed]?.abseil;
  const why = `abseil ${abseil ?? "namespace"} and the kernel API's C++ names change with every minor`;
  const line = `bound to TensorFlow ${installed}: a C++ kernel library (${kernelNames.length} C++ names of TensorFlow or abseil; ${why})`;
  const { declared } = request;
  const claimed = declared ? minorsClaimed(declared.range, recorded) : [];
  const later = declared ? claimsLater(declared.range, recorded) : void 0;
  const others = claimed.filter((m) => m !== installed);
  if (!declared || others.length === 0 && !later) return { diagnostics: [], line, notes: [line] };
  const { where, locations } = declaredAt(declared);
  const claims = [describeMinors(claimed, recorded), ...later ? [`${later} and later`] : []].filter(Boolean).join(", ");
  const diagnostic = {
    severity: "error",
    kind: "kernel-bound-to-minor",
    stage: "inspect",
    title: `A C++ kernel built on TensorFlow ${installed} cannot support ${declared.specifier}`,
    message: `The library uses TensorFlow's C++ names (${kernelNames[0]}, and ${kernelNames.length - 1} more), so it loads only on TensorFlow ${installed}, the minor it was built against: ${why}. ${where} claims TensorFlow ${claims}.`,
    fix: `Declare one minor per build (tensorflow~=${installed}.0), and build one library per TensorFlow minor with mode: matrix and a per-minor pin, as tensorflow-io does.`,
    ...locations ? { locations } : {}
  };
  return { diagnostics: [diagnostic], line, notes: [line] };
}
var listed = (items) => items.length < 2 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
function whyNotOn(name, missing, arch, recorded) {
  const noFile = missing.filter((m) => librariesAbsentIn(arch, name, m).length > 0);
  const noName = missing.filter((m) => !noFile.includes(m));
  const reasons = [];
  if (noName.length > 0) reasons.push(`on ${describeMinors(noName, recorded)} the library fails to load with "undefined symbol: ${name}"`);
  if (noFile.length > 0) {
    const absent = [...new Set(noFile.flatMap((m) => librariesAbsentIn(arch, name, m)))];
    const pythonOnly = [...new Set(noFile.flatMap((m) => pythonOnlyExporters(arch, name, m)))];
    const which = `${noFile.length === 1 ? "which has" : "which have"} no ${listed(absent)}`;
    const inside = pythonOnly.length > 0 ? ` (${name} is only in ${pythonOnlyPhrase(pythonOnly)})` : "";
    reasons.push(`on ${describeMinors(noFile, recorded)}, ${which}${inside}, the library does not load`);
  }
  return reasons.join("; ");
}
function missingFromRange(names2, have, claimed, arch, context) {
  const { where } = declaredAt(context.declared);
  const recorded = recordedMinors(arch);
  return names2.flatMap((name) => {
    const missing = claimed.filter((m) => !have.get(name).has(m));
    if (missing.length === 0) return [];
    const exported = recorded.filter((m) => have.get(name).has(m));
    const linked = missing.some((m) => pythonOnlyExporters(arch, name, m).length > 0) ? " from a library a Go package links" : "";
    const absent = linked ? "is not in a library a Go package links on" : "is not in";
    return [
      {
        severity: "error",
        kind: "outside-supported-range",
        stage: "inspect",
        title: `${name} ${absent} TensorFlow ${describeMinors(missing, recorded)}`,
        message: `${where} claims TensorFlow ${describeMinors(claimed, recorded)}, but only TensorFlow ${describeMinors(exported, recorded) || "no release"} export ${name}${linked}: ${whyNotOn(name, missing, arch, recorded)}.`,
        fix: context.widest ? `Declare the widest range that holds, tensorflow${context.widest}, or stop using ${name}.` : `Stop using ${name}, or declare only the TensorFlow versions that export it.`,
        symbol: name
      }
    ];
  });
}
function checkTensorflowRange(request) {
  const arch = architectureHistory(request.arch);
  if (!arch) return { diagnostics: [], notes: [`the C API history has no ${request.arch} entry: declared range not checked`] };
  const recorded = recordedMinors(arch);
  const { kernelNames, cApiNames: names2 } = tensorflowNamesOf(request.undefinedNames);
  kernelNames.sort((a, b) => Number(!a.includes("10tensorflow")) - Number(!b.includes("10tensorflow")));
  if (kernelNames.length > 0) return kernelCheck(kernelNames, request, arch, recorded);
  if (names2.length === 0)
    return { diagnostics: [], notes: ["uses no TensorFlow C API name: loads on any TensorFlow by the names it uses"] };
  const minors = minorsHolding(arch, names2);
  const have = minors.have;
  const holds = new Set(minors.holds);
  const installed = minorOf(request.tf.version);
  const widest = widestRange(holds, recorded, installed);
  const span2 = describeMinors(
    recorded.filter((m) => holds.has(m)),
    recorded
  );
  const line = span2 ? `loads on TensorFlow ${span2} by the ${names2.length} TensorFlow C API names it uses` : `no recorded TensorFlow exports all ${names2.length} TensorFlow C API names it uses`;
  const { declared } = request;
  if (!declared) return { diagnostics: [], line, notes: [line] };
  const claimed = minorsClaimed(declared.range, recorded);
  const later = claimsLater(declared.range, recorded);
  const notes = [line, `declared range ${declared.specifier}: TensorFlow ${describeMinors(claimed, recorded) || "no recorded minor"}`];
  if (later) notes.push(`TensorFlow ${later} and later are past the C API history (${recorded.at(-1)}): not checked`);
  return { diagnostics: missingFromRange(names2, have, claimed, arch, { declared, widest }), line, notes };
}

// src/inspect/built-for.ts
function mismatch(request, builtFor2, message, fix, explains) {
  return {
    severity: "error",
    kind: "built-for-other-tensorflow",
    stage: "inspect",
    title: `${request.library} was built for TensorFlow ${builtFor2}; this is ${request.tf.version}`,
    message,
    fix,
    ...explains[0] ? { symbol: explains[0] } : {}
  };
}
function kernelBuiltFor(kernelNames, request, arch) {
  const recorded = recordedMinors(arch);
  const installed = minorOf(request.tf.version);
  const ours = arch.releases[installed]?.abseil;
  const abseilNames = kernelNames.filter((n) => abseilNamespaceOf(n) !== void 0);
  const namespace = abseilNames[0] && abseilNamespaceOf(abseilNames[0]);
  const count = kernelNames.length === 1 ? "1 C++ name" : `${kernelNames.length} C++ names`;
  const kind = `a C++ kernel library (${count} of TensorFlow or abseil)`;
  if (!namespace) {
    return {
      line: `${kind}: bound to the TensorFlow minor it was built against, which its names do not tell (no abseil names)`,
      explains: []
    };
  }
  const minors = minorsWithAbseil(arch, namespace);
  const span2 = minors.length > 0 ? describeMinors(minors, recorded) : void 0;
  const line = span2 ? `built for TensorFlow ${span2}: ${kind} against abseil ${namespace}` : `${kind} against abseil ${namespace}, which no TensorFlow ${describeMinors(recorded, recorded)} uses: built for a TensorFlow outside the C API history`;
  if (namespace === ours) return { line, explains: [] };
  const pin = minors.length > 0 ? ` (pin ${request.tf.distribution}~=${minors.at(-1)}.0)` : "";
  const message = `It uses abseil ${namespace}${span2 ? `, the abseil of TensorFlow ${span2}` : ""}; TensorFlow ${request.tf.version} has abseil ${ours ?? "of another namespace"}. A C++ kernel loads only on the TensorFlow minor it was built against, so loading it here fails with "undefined symbol" on a C++ name such as ${abseilNames[0]}.`;
  const fix = `Use the file with TensorFlow ${span2 ?? "the minor it was built against"}${pin}, or rebuild it against TensorFlow ${installed}; ship one build per TensorFlow minor (mode: matrix), as tensorflow-io does.`;
  return { line, diagnostic: mismatch(request, span2 ?? `abseil ${namespace}`, message, fix, abseilNames), explains: abseilNames };
}
function cApiBuiltFor(names2, request, arch) {
  const recorded = recordedMinors(arch);
  const { have, holds } = minorsHolding(arch, names2);
  const counted = `the ${names2.length} TensorFlow C API ${names2.length === 1 ? "name" : "names"} it uses`;
  const span2 = describeMinors(holds, recorded);
  const line = span2 ? `built for TensorFlow ${span2} by ${counted}` : `no recorded TensorFlow exports all ${counted}`;
  const installed = minorOf(request.tf.version);
  if (holds.length === 0 || holds.includes(installed)) return { line, explains: [] };
  const absent = names2.filter((n) => !have.get(n).has(installed));
  const tf = { ...request.tf, arch: request.arch };
  const sentences = absent.map((n) => nameChange(n, tf)?.sentence ?? `${n} is not in TensorFlow ${installed}`);
  const noFile = [...new Set(absent.flatMap((n) => librariesAbsentIn(arch, n, installed)))];
  const failure = noFile.length > 0 ? `TensorFlow ${request.tf.version} has no ${noFile.join(" or ")}, so the file does not load with it` : `With TensorFlow ${request.tf.version} installed, loading it fails with "undefined symbol: ${absent[0]}"`;
  const message = `By ${counted}, the file loads on TensorFlow ${span2}: ${sentences.join("; ")}. ${failure}.`;
  const fix = `Use the file with TensorFlow ${span2} (pin ${pinOf(holds, recorded, request.tf.distribution)}), or rebuild it against TensorFlow ${installed} without ${absent.join(", ")}.`;
  return { line, diagnostic: mismatch(request, span2, message, fix, absent), explains: absent };
}
function builtFor(request) {
  const arch = architectureHistory(request.arch);
  if (!arch) return { line: `the C API history has no ${request.arch} entry: the TensorFlow it was built for is not known`, explains: [] };
  const { kernelNames, cApiNames: names2 } = tensorflowNamesOf(request.undefinedNames);
  if (kernelNames.length > 0) return kernelBuiltFor(kernelNames, request, arch);
  if (names2.length === 0) return { line: "uses no TensorFlow name: built for any TensorFlow, by the names it uses", explains: [] };
  return cApiBuiltFor(names2, request, arch);
}

// src/inspect/inspect-stage.ts
function extensionModuleFindings({ inputs, library, tf, sources, linkLine }, needed) {
  const limitedApi = definesLimitedApi(sources?.facts ?? { files: [] }, linkLine?.compileWords);
  const found = [
    libpythonNeeded(needed, library, {
      ...inputs.link.installDir ? { installDir: inputs.link.installDir } : {},
      ...linkLine ? { linkLine } : {}
    }),
    moduleFileName(library, tf, limitedApi)
  ];
  return found.filter((d) => d !== void 0);
}
async function inspect(request) {
  const { inputs, library, tf, log, sources, env } = request;
  const cache2 = await readLdconfigCache();
  const [built, tensorflowCopies] = await Promise.all([
    inspectBuiltLibrary(library, tf, inputs.expectSymbols, inputs.glibcFloor, cache2),
    findTensorflowCopies({ tf, env, cache: cache2, library })
  ]);
  const { inspection, diagnostics, runpathReachesTensorflow, notes: glibcNotes } = built;
  diagnostics.push(
    ...otherTensorflowFindings(tensorflowCopies, { library: path41.basename(library), ships: inputs.link.installDir !== void 0 })
  );
  const environment = environmentLine(tensorflowCopies, path41.basename(library));
  log.info(environment);
  const otherCpu = tf.libraries[0] ? await builtForOtherCpu(library, path41.join(tf.dir, tf.libraries[0])) : void 0;
  if (otherCpu) diagnostics.unshift(otherCpu);
  const undefinedNames = inspection.symbols.map((s) => s.name);
  const range = tensorflowRangeOf(request, undefinedNames);
  diagnostics.push(...range.diagnostics);
  for (const note of range.notes) log.info(note);
  const needed = inspection.needed.join(", ") || "(none)";
  const runpath = inspection.runpath ?? inspection.rpath ?? "(none)";
  log.info(`NEEDED: ${needed}`);
  log.info(`RUNPATH: ${runpath}`);
  for (const note of glibcNotes) log.info(note);
  for (const s of inspection.symbols) log.debug(`${s.display}: ${JSON.stringify(s.resolution)}`);
  const tls = await readTls(library).catch(() => void 0);
  const tlsLine = tls ? `static TLS: ${describeTls(tls)}` : void 0;
  if (tlsLine) log.info(tlsLine);
  const tlsFinding = tls && inspection.staticTls ? staticTlsFinding(tls, path41.basename(library)) : void 0;
  const tlsPlaces = tlsFinding && tls && sources ? await placeTls(library, tls, sources, log) : void 0;
  const extensionModule = request.extensionModule || request.builtElsewhere && referencesPython(undefinedNames);
  const moduleFindings = extensionModule ? extensionModuleFindings(request, inspection.needed) : [];
  const found = [...diagnostics, ...moduleFindings, ...tlsFinding ? [tlsFinding] : []];
  const notes = [`NEEDED: ${needed}; RUNPATH: ${runpath}`, ...glibcNotes, ...tlsLine ? [tlsLine] : [], environment, ...range.notes];
  const ok = !found.some((d) => d.severity === "error");
  return {
    ok,
    inspection,
    runpathReachesTensorflow,
    tensorflowCopies,
    diagnostics: found,
    rawTails: [],
    notes,
    ...tls ? { tls } : {},
    ...tlsPlaces ? { tlsPlaces } : {},
    ...range.line ? { tensorflowRange: range.line } : {},
    ...range.builtFor ? { builtFor: range.builtFor } : {}
  };
}
function tensorflowRangeOf(request, undefinedNames) {
  const { tf, library } = request;
  if (request.builtElsewhere) {
    const found = builtFor({ undefinedNames, tf, arch: process.arch, library: path41.basename(library) });
    return { diagnostics: found.diagnostic ? [found.diagnostic] : [], line: found.line, notes: [found.line], builtFor: found };
  }
  return checkTensorflowRange({
    undefinedNames,
    tf,
    arch: process.arch,
    ...request.declaredRange ? { declared: request.declaredRange } : {}
  });
}
async function placeTls(library, tls, sources, log) {
  if (tls.size <= STATIC_TLS_ROOM) return void 0;
  const places = await locateTlsVariables(
    library,
    largestTlsSymbols(tls).map((s) => s.name),
    sources,
    log
  );
  for (const p of places) {
    const at = (l) => `${path41.relative(sources.dir, l.file)}:${l.line ?? ""}`;
    const where = p.definition ? `defined at ${at(p.definition)}` : `declared at ${p.declarations.map(at).join(", ")}`;
    log.info(`static TLS: ${p.name} is ${where} (from the ${p.from === "debug info" ? "library's debug info" : "package's sources"})`);
  }
  return places;
}

// src/smoke/load-stage.ts
import fs25 from "node:fs";
import path43 from "node:path";

// src/parse/load-findings.ts
var smoke = (kind, title, message, fix) => ({
  severity: "error",
  kind,
  stage: "smoke",
  title,
  message,
  ...fix ? { fix } : {}
});
var baseName = (path54) => path54.slice(path54.lastIndexOf("/") + 1);
function undefinedSymbol(symbol, library, via) {
  const isTf = /^(?:TF_|TFE_|TfLite)/.test(symbol) || symbol.includes("10tensorflow");
  const message = `${via} failed: the dynamic loader found no definition of ${symbol}, which ${library} needs. GNU ld links a shared library even when a symbol is undefined, so this only shows up at load time. ` + (isTf ? `It can look random: the library loads in a process that ran "import tensorflow" first (which makes TensorFlow's symbols global) and fails in one that did not. ` : "") + "The library that defines the symbol was left off the link line, or dropped by --as-needed because nothing else from it was used.";
  return {
    ...smoke(
      "undefined-symbol",
      `Undefined symbol ${symbol} when loading ${library}`,
      message,
      `Link the library that defines ${symbol} with -l:<file> (and -L<dir>) in #cgo LDFLAGS or CGO_LDFLAGS, and add -Wl,-z,defs so the next missing symbol fails the build instead of the load.`
    ),
    symbol,
    library
  };
}
function cxxAbiMismatch(symbol, library, via) {
  return {
    ...smoke(
      "cxx-abi-mismatch",
      `C++ ABI mismatch: ${symbol} not found`,
      `${via} failed on ${symbol}, a symbol of the C++11 string ABI (it contains "B5cxx11"). Code compiled with _GLIBCXX_USE_CXX11_ABI=1 asks for std::string functions under that name; a TensorFlow built with _GLIBCXX_USE_CXX11_ABI=0 (TensorFlow before 2.9) only has the old names, and the reverse mismatch fails the same way.`,
      "Compile the C++ code with the same -D_GLIBCXX_USE_CXX11_ABI as TensorFlow: use tf.sysconfig.get_compile_flags() (tf.sysconfig.CXX11_ABI_FLAG) in CGO_CXXFLAGS/CGO_CPPFLAGS (tensorflow/tensorflow#1569)."
    ),
    symbol,
    library
  };
}
function moduleInitNotExported(initName, library) {
  const name = initName.replace(/^PyInit_/, "");
  return {
    ...smoke(
      "extension-module",
      `${library} does not export ${initName}`,
      `Importing ${library} as the module ${name} failed: Python said "dynamic module does not define module export function (${initName})". Python takes the module name from the file name (up to the first dot) and calls PyInit_<that name>.`,
      `Export ${initName} with //export, or name the file after the PyInit_ function the package exports.`
    ),
    symbol: initName,
    library
  };
}
function missingExport(symbol, library) {
  return {
    ...smoke(
      "missing-expected-symbol",
      `${library} does not export ${symbol}`,
      `The library loaded, but looking up ${symbol} in it failed. cgo only exports Go functions marked with a //export ${symbol} comment directly above the func, in package main, built with -buildmode=c-shared.`,
      `Add "//export ${symbol}" above the Go function (no space after //) or fix the name the smoke test calls.`
    ),
    symbol,
    library
  };
}
function sharedObjectNotFound(missing, library) {
  const self = baseName(missing) === library;
  return {
    ...smoke(
      "shared-object-not-found",
      self ? `${library} not found` : `${missing} not found when loading ${library}`,
      self ? `The dynamic loader could not open ${missing} itself; the path given to the smoke test is wrong or the build did not write it.` : `${library} needs ${missing} (a NEEDED entry), but the dynamic loader found it in none of its search directories: the library has no RUNPATH pointing at it, and LD_LIBRARY_PATH does not name its directory.`,
      self ? "Check the path of the built library." : missing.includes("tensorflow") ? `Add -Wl,-rpath,<tensorflow dir> to CGO_LDFLAGS (or "-Wl,-rpath,$ORIGIN/..." relative to where the library will live), or import tensorflow before loading ${library}.` : `Add -Wl,-rpath,<dir of ${missing}> to the link, or install ${missing} where the loader looks.`
    ),
    library: missing
  };
}
function loaderNotFound(loader, library) {
  const arm64 = loader.includes("aarch64");
  return {
    ...smoke(
      "shared-object-not-found",
      `The dynamic loader ${loader} is missing`,
      `The program that was to load ${library} runs under CPU emulation${arm64 ? " as an arm64 program" : ""}, and the emulator found no ${loader} to start it with: there is no ${arm64 ? "arm64 " : ""}system root for it, so nothing was loaded.`,
      `Run it inside a root for its CPU (chroot), or point the emulator at one with QEMU_LD_PREFIX (qemu-user's -L)${arm64 ? ", e.g. /usr/aarch64-linux-gnu from the aarch64 cross libc" : ""}.`
    ),
    library: loader
  };
}
function versionNotFound(version, provider, requiredBy) {
  const cxx = version.startsWith("GLIBCXX") || version.startsWith("CXXABI");
  return {
    ...smoke(
      "version-not-found",
      `${baseName(provider)} lacks ${version}`,
      `${requiredBy} was built against a newer ${cxx ? "libstdc++" : "library"} and needs symbol version ${version}, but the ${baseName(provider)} that was loaded (${provider}) is older.` + (cxx ? " A conda environment or an old system libstdc++ loaded first is the usual cause." : ""),
      cxx ? "Build with the same compiler generation that TensorFlow uses, or make the newer libstdc++.so.6 load first (LD_LIBRARY_PATH or LD_PRELOAD)." : `Build against the oldest ${baseName(provider)} you need to run on, or upgrade it on the machine that loads the library.`
    ),
    symbol: version,
    library: provider
  };
}
function staticTls(library, line) {
  return {
    ...smoke(
      "static-tls",
      `Not enough static TLS to load ${library}`,
      `The dynamic loader said "${line.trim()}". Go c-shared libraries use the initial-exec TLS model (FLAGS STATIC_TLS), which dlopen can only satisfy from a small surplus reserved at program start; when the libraries loaded before (TensorFlow among them) have used it up, or this library asks for more than is left, loading fails (golang/go#48596, tensorflow/io#574).`,
      `Load ${library} early, before other big libraries (import it before tensorflow), or preload it with LD_PRELOAD; on glibc 2.32+ GLIBC_TUNABLES=glibc.rtld.optional_static_tls=<bytes> enlarges the surplus.`
    ),
    library
  };
}
function duplicateRuntime(evidence) {
  return smoke(
    "duplicate-tensorflow-runtime",
    "Two TensorFlow runtimes in one process",
    `The process aborted with "${evidence.trim()}". Two copies of TensorFlow's runtime were loaded (for example a separately downloaded libtensorflow next to the pip package that Python imports), and both tried to register the same protobuf files, ops or kernels (tensorflow/tensorflow#20561).`,
    "Link against the libraries of the TensorFlow that Python imports (tf.sysconfig.get_lib()) instead of a separate libtensorflow; remove the other copy from the link and from LD_LIBRARY_PATH."
  );
}
function opLibraryNotFound(message, library) {
  return { ...smoke("op-library-not-found", `tf.load_op_library could not load ${library}`, message), library };
}
function killedBySignal(signal, library, detail, toolLocation2) {
  return {
    ...smoke(
      "killed-by-signal",
      `Smoke test killed by ${signal}`,
      `The Python process loading ${library} died with ${signal}${detail ? ` (${detail})` : ""}.`,
      signal === "SIGSEGV" ? "Run the smoke test under gdb or with PYTHONFAULTHANDLER=1 to see where it crashed; a NULL TF_* handle or two TensorFlow copies are common causes." : void 0
    ),
    library,
    ...toolLocation2 ? { toolLocation: toolLocation2 } : {}
  };
}
function goPanic(message, library, toolLocation2) {
  const fatal = message.startsWith("fatal error: ");
  const what = fatal ? message.slice("fatal error: ".length) : message;
  return {
    ...smoke(
      "other",
      `${fatal ? "Go runtime fatal error" : "Go panic"} in ${library}: ${what.length > 80 ? `${what.slice(0, 77)}...` : what}`,
      fatal ? `The Go runtime in ${library} stopped the process with "${what}".` : `Go code in ${library} panicked with "${what}", which ends the whole process.`,
      "See the Go stack in the raw output; the first frame in your package is the place to look."
    ),
    library,
    ...toolLocation2 ? { toolLocation: toolLocation2 } : {}
  };
}
function timedOut(library) {
  return smoke(
    "timeout",
    `Smoke test timed out loading ${library}`,
    `The Python process loading ${library} did not finish in time and was killed. A Go init that blocks, or a deadlock between the Go runtime and TensorFlow's threads, are typical.`
  );
}
function pythonException(exceptionLine2, library) {
  return { ...smoke("python-exception", `Python exception while loading ${library}`, exceptionLine2), library };
}
function failedWithoutMessage(exitCode, library) {
  return {
    ...smoke(
      "other",
      `Smoke test failed with exit code ${exitCode}`,
      `The Python process loading ${library} exited with code ${exitCode} and printed nothing recognisable.`
    ),
    library
  };
}

// src/parse/loader.ts
var undefinedSymbolLine = /^(?:([\w.]+): )?(?:.*?symbol lookup error: )?(.*?): undefined symbol: (\S+)/;
var cannotOpen = /(?:^|: )([^:]+): cannot open shared object file/;
var versionNotFound2 = /(?:^|: )([^:]+): version [`'](.+?)' not found \(required by (.+?)\)/;
var staticTlsLine = /(?:(?:^|: )([^:]+): )?(cannot allocate memory in static TLS block|cannot load any more object with static TLS)/;
var moduleInitLine = /dynamic module does not define module export function \((PyInit_\w+)\)/;
var exceptionLine = /^([A-Za-z_][\w.]*)(?:: (.*))?$/;
var goSignalLine = /^\[?signal (SIG[A-Z]+)|^(SIG[A-Z]+): /;
var goFrame = /^\t(.+?):(\d+)(?: \+0x[0-9a-f]+)?$/;
var emulatorLoaderLine = /^qemu-[\w-]+: Could not open '(\/[^']*ld-linux[^']*)': /;
var pythonFatal = {
  "Segmentation fault": "SIGSEGV",
  Aborted: "SIGABRT",
  "Bus error": "SIGBUS",
  "Floating point exception": "SIGFPE",
  "Illegal instruction": "SIGILL"
};
var signalNumbers = {
  1: "SIGHUP",
  2: "SIGINT",
  3: "SIGQUIT",
  4: "SIGILL",
  5: "SIGTRAP",
  6: "SIGABRT",
  7: "SIGBUS",
  8: "SIGFPE",
  9: "SIGKILL",
  11: "SIGSEGV",
  13: "SIGPIPE",
  15: "SIGTERM"
};
function signalFromExitCode(exitCode) {
  if (exitCode === null) return void 0;
  if (exitCode > 128 && exitCode < 160) return signalNumbers[exitCode - 128] ?? `signal ${exitCode - 128}`;
  if (exitCode < 0) return signalNumbers[-exitCode] ?? `signal ${-exitCode}`;
  return void 0;
}
var isRuntimeFrame = (file) => file.includes("/src/runtime/") || file.includes("/src/internal/") || file.startsWith("<autogenerated>") || file.startsWith("_cgo_");
var asMatch = (m) => m === true ? true : m ? m : void 0;
var group = (m, n) => m === true ? "" : m[n] ?? "";
var tracebackRules = [
  {
    match: (line) => line.startsWith("Traceback (most recent call last)"),
    handle: (_line, _m, state) => {
      state.inTraceback = true;
    }
  },
  {
    // The first line after the frames is the exception (`OSError: ...`): kept, and read by the rules below too.
    match: (line, state) => state.inTraceback && line.length > 0 && !line.startsWith(" ") && !line.startsWith("	"),
    handle: (line, _m, state) => {
      state.inTraceback = false;
      if (exceptionLine.test(line) || line.includes(": ")) state.lastException = line;
      return false;
    }
  }
];
function undefinedSymbol2(line, m, { collector, via }) {
  const [exception, path54, symbol] = [group(m, 1), group(m, 2), group(m, 3)];
  const lib = baseName(path54);
  if (exception === "AttributeError") {
    collector.add("missing-expected-symbol", symbol, "", () => missingExport(symbol, lib), line);
    return;
  }
  const abi = isCxxAbiMismatch(symbol);
  const kind = abi ? "cxx-abi-mismatch" : "undefined-symbol";
  collector.add(kind, symbol, lib, () => (abi ? cxxAbiMismatch : undefinedSymbol)(symbol, lib, via), line);
}
var loaderRules = [
  { match: (line) => line.includes("undefined symbol: ") && undefinedSymbolLine.exec(line), handle: undefinedSymbol2 },
  {
    // `qemu-aarch64-static: Could not open '/lib/ld-linux-aarch64.so.1': ...`: qemu-user running an
    // arm64 program without an arm64 root to load it from.
    match: (line) => line.includes("Could not open") && emulatorLoaderLine.exec(line),
    handle: (line, m, { collector, library }) => {
      const loader = group(m, 1);
      collector.add("shared-object-not-found", loader, "", () => loaderNotFound(loader, library), line);
    }
  },
  {
    // `OSError: libtensorflow_framework.so.2: cannot open shared object file: No such file or directory`
    match: (line) => line.includes("cannot open shared object file"),
    handle: (line, _m, { collector, library }) => {
      const missing = cannotOpen.exec(line)?.[1]?.trim();
      if (missing) collector.add("shared-object-not-found", missing, "", () => sharedObjectNotFound(missing, library), line);
    }
  },
  {
    // `ImportError: /env/lib/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by /env/lib/libx.so)`
    match: (line) => line.includes(" not found (required by ") && versionNotFound2.exec(line),
    handle: (line, m, { collector }) => {
      const [provider, version, requiredBy] = [group(m, 1), group(m, 2), group(m, 3)];
      collector.add("version-not-found", version, provider, () => versionNotFound(version, provider.trim(), requiredBy), line);
    }
  },
  {
    // `OSError: /x/libbigtls.so: cannot allocate memory in static TLS block`
    match: (line) => line.includes("static TLS") && staticTlsLine.exec(line),
    handle: (line, m, { collector, library }) => {
      const named = group(m, 1).trim();
      const lib = named.includes("/") || named.includes(".so") ? baseName(named) : library;
      collector.add("static-tls", lib, "", () => staticTls(lib, group(m, 2) || line), line);
    }
  }
];
var pythonImportRules = [
  {
    // `ImportError: dynamic module does not define module export function (PyInit_other_name)`
    match: (line) => line.includes("does not define module export function") && moduleInitLine.exec(line),
    handle: (line, m, { collector, library }) => {
      const initName = group(m, 1);
      collector.add("extension-module", initName, "", () => moduleInitNotExported(initName, library), line);
    }
  }
];
var tensorflowRules = [
  {
    // `[libprotobuf ERROR .../descriptor_database.cc:58] File already exists in database: tensorflow/core/protobuf/master.proto`
    match: (line) => line.includes("File already exists in database: ") || line.includes("Check failed") && line.includes("Already registered"),
    handle: (line, _m, { collector }) => {
      const evidence = line.replace(/^\[libprotobuf ERROR [^\]]*\] /, "");
      collector.add("duplicate-tensorflow-runtime", "", "", () => duplicateRuntime(evidence), line);
    }
  },
  {
    // `tensorflow.python.framework.errors_impl.NotFoundError: ...`
    match: (line) => line.startsWith("NotFoundError: ") || line.includes("errors_impl.NotFoundError: "),
    handle: (line, _m, { collector, library }) => {
      const message = line.slice(line.indexOf("NotFoundError: ") + "NotFoundError: ".length);
      collector.add("op-library-not-found", message, "", () => opLibraryNotFound(message, library), line);
    }
  }
];
var crashRules = [
  {
    // `panic: tfcgo: TF_CGO_CONFIG is not set`
    match: (line, { crash }) => line.startsWith("panic: ") && crash.panicMessage === void 0,
    handle: (line, _m, { crash }) => {
      crash.panicMessage = line.slice("panic: ".length).replace(/ \[recovered\]$/, "");
      crash.stackRaw.push(line);
    }
  },
  {
    // `fatal error: ...` (deadlock, cgo misuse); a signal is reported as one below.
    match: (line, { crash }) => line.startsWith("fatal error: ") && crash.panicMessage === void 0,
    handle: (line, _m, { crash }) => {
      if (line.startsWith("fatal error: unexpected signal")) crash.signalDetail ??= line;
      else crash.panicMessage = line;
      crash.stackRaw.push(line);
    }
  },
  {
    // `SIGSEGV: segmentation violation`, `[signal SIGSEGV: segmentation violation code=...]`
    match: (line) => goSignalLine.exec(line),
    handle: (line, m, { crash }) => {
      crash.textSignal ??= group(m, 1) || group(m, 2);
      if (crash.stackRaw.length < 2) crash.stackRaw.push(line);
    }
  },
  {
    match: (line) => line === "signal arrived during cgo execution",
    handle: (_line, _m, { crash }) => {
      crash.signalDetail = "the signal arrived while C code called through cgo was running";
      return false;
    }
  },
  {
    // `Fatal Python error: Segmentation fault`
    match: (line) => line.startsWith("Fatal Python error: "),
    handle: (line, _m, { crash }) => {
      crash.textSignal ??= pythonFatal[line.slice("Fatal Python error: ".length)];
      crash.signalDetail ??= line;
    }
  },
  {
    // `goroutine 1 [running]:`: a goroutine's stack follows.
    match: (line) => line.startsWith("goroutine ") && line.endsWith(":"),
    handle: (_line, _m, { crash }) => {
      crash.inGoStack = crash.goFrameLocation === void 0;
    }
  },
  {
    // `\t/tmp/tfcgo-fixtures/crash/main.go:9`: the first frame of a goroutine's stack that is not
    // the runtime's is the user's Go line.
    match: (line, { crash }) => crash.inGoStack && line.startsWith("	") && goFrame.exec(line),
    handle: (line, m, { crash }) => {
      const file = group(m, 1);
      if (isRuntimeFrame(file)) return;
      crash.goFrameLocation = { file, line: Number(group(m, 2)) };
      crash.inGoStack = false;
      if (crash.stackRaw.length < 3) crash.stackRaw.push(line.trim());
    }
  }
];
var loadRules = [...tracebackRules, ...loaderRules, ...pythonImportRules, ...tensorflowRules, ...crashRules];
function readLine2(state, line) {
  for (const rule of loadRules) {
    const m = asMatch(rule.match(line, state));
    if (m !== void 0 && rule.handle(line, m, state) !== false) return;
  }
}
function addCrashFindings({ collector, library, crash }, outcome, explained2) {
  const { panicMessage, signalDetail, goFrameLocation, stackRaw } = crash;
  if (panicMessage !== void 0) {
    const panic = collector.add("go-panic", "", "", () => goPanic(panicMessage, library, goFrameLocation));
    if (panic) for (const raw of stackRaw) collector.addRaw(panic, raw);
  }
  const signal = crash.textSignal ?? outcome.signal ?? signalFromExitCode(outcome.exitCode);
  if (signal && !outcome.timedOut && !explained2 && panicMessage === void 0) {
    const killed = collector.add("killed-by-signal", "", "", () => killedBySignal(signal, library, signalDetail, goFrameLocation));
    if (killed) for (const raw of stackRaw) collector.addRaw(killed, raw);
  }
}
function addFallbackFindings({ collector, library, lastException }, outcome) {
  if (outcome.timedOut) collector.add("timeout", "", "", () => timedOut(library));
  if (!collector.has(() => true) && lastException !== void 0) {
    collector.add("python-exception", "", "", () => pythonException(lastException, library), lastException);
  }
  if (!collector.has(() => true) && outcome.exitCode !== null && outcome.exitCode !== 0) {
    collector.add("other", "", "", () => failedWithoutMessage(outcome.exitCode ?? 0, library));
  }
}
function parseLoadOutput(outcome, options = {}) {
  const library = baseName(outcome.library);
  const opLibrary = outcome.mode === "op-library" || outcome.mode === "load_op_library";
  const state = {
    collector: createCollector({ maxRawLines: options.maxRawLines }),
    library,
    via: opLibrary ? `tf.load_op_library("${library}")` : outcome.mode === "python-module" ? `Importing ${library}` : `Loading ${library}`,
    inTraceback: false,
    lastException: void 0,
    crash: { inGoStack: false, stackRaw: [] }
  };
  const splitter = createLineSplitter((line) => readLine2(state, line));
  splitter.write(outcome.output);
  splitter.end();
  const explained2 = state.collector.has((d) => d.severity === "error");
  addCrashFindings(state, outcome, explained2);
  addFallbackFindings(state, outcome);
  return state.collector.list();
}

// src/smoke/smoke-diagnostics.ts
var STEP_TEXT = {
  "import-tensorflow": "import tensorflow",
  load: "loading the library",
  "smoke-test": "the smoke test"
};
function smokeDiagnostics(smoke2, context) {
  const { run } = smoke2;
  if (run.spawnError) {
    return [
      {
        severity: "error",
        kind: "other",
        stage: "smoke",
        title: "Python could not be started",
        message: `Starting the Python interpreter for the load failed: ${run.spawnError.message}.`,
        fix: "Check the 'python' input: a command on PATH, or a path from the repository root."
      }
    ];
  }
  const failedStep = smoke2.steps.find((s) => s.status === "failed");
  if (run.timedOut) {
    const where = smoke2.unfinishedStep ? STEP_TEXT[smoke2.unfinishedStep] : "Python";
    const limitMs = smoke2.unfinishedStep === "import-tensorflow" ? IMPORT_TIMEOUT_MS : context.timeoutMs;
    return [
      {
        severity: "error",
        kind: "timeout",
        stage: "smoke",
        title: `Timed out in ${where}`,
        message: `${where} did not finish within ${limitMs / 1e3} s and was stopped. A Go init() or an exported function that blocks, or a deadlock between the Go runtime and TensorFlow's threads, looks like this.`,
        fix: limitMs === context.timeoutMs ? `Look at what ${where} waits for; raise smoke-timeout only if the work is genuinely slow.` : `Look at what ${where} waits for.`
      }
    ];
  }
  if (failedStep?.step === "smoke-test") {
    return [
      {
        severity: "error",
        kind: "python-exception",
        stage: "smoke",
        title: "Smoke test failed",
        message: `The smoke test raised ${failedStep.error ?? "an exception"}. The traceback is in the log and the summary.`,
        raw: failedStep.traceback ? failedStep.traceback.trimEnd().split("\n").slice(-20) : void 0
      }
    ];
  }
  const parsed = parseLoadOutput({
    output: run.combined,
    exitCode: run.exitCode,
    signal: run.signal,
    timedOut: run.timedOut,
    library: context.library,
    mode: context.loadAs
  });
  if (parsed.length > 0) return parsed;
  return [
    {
      severity: "error",
      kind: "other",
      stage: "smoke",
      title: failedStep ? `Failed in ${STEP_TEXT[failedStep.step]}` : "Python exited with an error",
      message: failedStep?.error ?? `Python exited with ${run.exitCode ?? run.signal} while ${smoke2.unfinishedStep ? STEP_TEXT[smoke2.unfinishedStep] : "running"}.`
    }
  ];
}

// src/smoke/loads.ts
function startStandaloneLoad(request) {
  return startPythonWorker({
    python: request.python,
    importTensorflow: false,
    env: withLibraryPath(request.env, request.libraryDirs),
    cwd: request.cwd
  }).load({
    library: request.library,
    // tf.load_op_library needs tensorflow, so an op library's standalone load uses ctypes; an
    // extension module is imported in the fresh Python too.
    loadAs: request.loadAs === "op-library" ? "ctypes" : request.loadAs,
    timeoutMs: request.timeoutMs
  });
}
function withLibraryPath(env, dirs) {
  if (dirs.length === 0) return env;
  const value = dirs.reduceRight((existing, dir) => prependSearchPath(dir, existing), env.LD_LIBRARY_PATH);
  return { ...env, LD_LIBRARY_PATH: value };
}
function standaloneFindings(found, severity) {
  return found.map((d) => ({
    ...d,
    severity: d.kind === "timeout" || d.kind === "killed-by-signal" ? "error" : severity,
    title: `Loads only after import tensorflow: ${d.title}`,
    message: `Loading the library in a Python that has not imported tensorflow fails, while it loads after import tensorflow: ${d.message}`
  }));
}
async function runLoads(request) {
  const mainRun = request.afterImport.load({
    library: request.library,
    loadAs: request.loadAs,
    smokeTest: request.smokeTest,
    timeoutMs: request.timeoutMs,
    onOutput: request.onOutput
  });
  const [main, standalone] = await Promise.all([mainRun, request.standaloneRun]);
  const diagnostics = [];
  if (!main.ok)
    diagnostics.push(...smokeDiagnostics(main, { library: request.library, timeoutMs: request.timeoutMs, loadAs: request.loadAs }));
  const mainWorks = main.ok || main.steps.some((s) => s.step === "smoke-test" && s.status === "failed");
  if (standalone && !standalone.ok && mainWorks) {
    const loadAs = request.loadAs === "python-module" ? "python-module" : "ctypes";
    const found = smokeDiagnostics(standalone, { library: request.library, timeoutMs: request.timeoutMs, loadAs });
    diagnostics.push(...standaloneFindings(found, request.standalone === "error" ? "error" : "warning"));
  }
  return { main, standalone, diagnostics };
}

// src/smoke/load-as.ts
var REGISTRATION = /^(?:TF_RegisterKernelBuilder|TF_RegisterKernelBuilderWithKernelDef|TF_RegisterOpDefinition)$|^_ZN10tensorflow(?:14kernel_factory17OpKernelRegistrar|11register_op19OpDefBuilderWrapper|15register_kernel)/;
function registersOps(undefinedNames) {
  return undefinedNames.some((name) => REGISTRATION.test(name));
}
function chooseLoadAs(setting, undefinedNames, extensionModule = false) {
  if (setting !== "auto") return setting;
  if (extensionModule || referencesPython(undefinedNames)) return "python-module";
  return registersOps(undefinedNames) ? "op-library" : "ctypes";
}

// src/smoke/tf-log-filter.ts
var TF_INFO = /^(?:I\d{4} \d\d:\d\d:[\d.]+\s+\d+ [\w.-]+:\d+\] |WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR$)/;
function isTensorflowInfo(line) {
  return TF_INFO.test(line);
}
function withoutTensorflowInfo(write) {
  let dropNext = false;
  const splitter = createLineSplitter((line) => {
    if (dropNext && /^To enable the following instructions:/.test(line)) {
      dropNext = false;
      return;
    }
    dropNext = false;
    if (isTensorflowInfo(line)) {
      dropNext = /cpu_feature_guard/.test(line);
      return;
    }
    write(`${line}
`);
  });
  return { write: (chunk) => splitter.write(chunk), end: () => splitter.end() };
}

// src/smoke/go-runtimes.ts
import fs24 from "node:fs";
import path42 from "node:path";
var GO_RUNTIME_NAMES = ["crosscall2", "_cgo_topofstack"];
var realPath = (file) => {
  try {
    return fs24.realpathSync(file);
  } catch {
    return file;
  }
};
async function otherGoRuntimes(library, objects) {
  const own = realPath(library);
  const others = [...new Set(objects.map(realPath))].filter((file) => file !== own);
  const found = await Promise.all(
    others.map(async (file) => {
      const defined = await lookupDefined(file, GO_RUNTIME_NAMES).catch(() => /* @__PURE__ */ new Map());
      return GO_RUNTIME_NAMES.every((name) => (defined.get(name) ?? []).length > 0) ? [file] : [];
    })
  );
  return found.flat();
}
function twoGoRuntimes(library, others) {
  const lib = path42.basename(library);
  const files = others.map((f) => path42.basename(f)).join(", ");
  return {
    severity: "warning",
    kind: "two-go-runtimes",
    stage: "smoke",
    library: lib,
    title: `Two Go runtimes in one process: ${lib} and ${files}`,
    message: `The Python process that loaded ${lib} also loaded ${others.join(", ")}, another Go c-shared object with a Go runtime of its own. The Go team does not support two Go c-shared libraries in one process (golang/go#18976); since Go 1.21 it can crash at any garbage collection with "fatal error: bad sweepgen in refill" (golang/go#65050).`,
    fix: `Build one combined c-shared library: put the Go packages behind ${lib} and ${files} into one main package (one go build -buildmode=c-shared), which exports every function both need (and, for an extension module, its PyInit_).`
  };
}

// src/smoke/load-stage.ts
var AUTO_CHOICE = {
  "python-module": "import, as a Python module (the library is an extension module: Python.h, Py* names or a PyInit_ export)",
  "op-library": "tf.load_op_library (the library registers ops or kernels)",
  ctypes: "ctypes (it registers no op or kernel)",
  "ctypes-global": "ctypes with RTLD_GLOBAL"
};
function inspectionFacts(inspected) {
  if (!inspected) return { runpathReachesTensorflow: false, needsTensorflow: true, undefinedNames: [] };
  const { inspection, runpathReachesTensorflow } = inspected;
  return {
    runpathReachesTensorflow,
    needsTensorflow: inspection.needed.some((n) => n.startsWith("libtensorflow")),
    undefinedNames: inspection.symbols.map((s) => s.name)
  };
}
function startLoad({
  inputs,
  afterImport,
  library,
  python,
  tf,
  runpathReachesTensorflow,
  needsTensorflow,
  undefinedNames,
  extensionModule = false,
  env,
  log
}) {
  const loadAs = chooseLoadAs(inputs.loadAs, undefinedNames, extensionModule);
  const libraryDirs2 = needsTensorflow && !runpathReachesTensorflow ? [tf.dir] : [];
  const standaloneRun = inputs.standaloneLoad === "off" ? void 0 : startStandaloneLoad({ python, library, loadAs, timeoutMs: inputs.smokeTimeoutMs, env, cwd: inputs.workingDirectory, libraryDirs: libraryDirs2 });
  return {
    async finish() {
      const notes = [];
      if (inputs.loadAs === "auto") {
        const how = AUTO_CHOICE[loadAs];
        log.info(`load-as auto: ${how}`);
        notes.push(`load-as auto: loaded with ${how}`);
      }
      if (libraryDirs2.length > 0 && standaloneRun) {
        const how = inputs.library ? "" : " (as with rpath auto and no install-dir)";
        const why = `The standalone load put TensorFlow's folder ${tf.dir} on LD_LIBRARY_PATH: the library NEEDs TensorFlow's libraries and has no RUNPATH that reaches them${how}, so it checks the symbols, not where the loader finds the files; where it is installed, the libraries are found through its RUNPATH${inputs.library ? "" : " (install-dir)"} or the import of tensorflow.`;
        log.info(why);
        notes.push(why);
      }
      const raw = log.rawEcho();
      const echo = env.RUNNER_DEBUG === "1" ? raw : withoutTensorflowInfo((chunk) => raw.write(chunk));
      const loads = await runLoads({
        afterImport,
        library,
        loadAs,
        standalone: inputs.standaloneLoad,
        ...standaloneRun ? { standaloneRun } : {},
        smokeTest: inputs.smokeTest,
        timeoutMs: inputs.smokeTimeoutMs,
        onOutput: (chunk) => echo.write(chunk)
      }).finally(() => {
        echo.end();
        if (echo !== raw) raw.end();
      });
      const runtimes = await goRuntimesBeside(library, loads, tf.dir);
      return loadResult(inputs, library, { ...loads, diagnostics: [...loads.diagnostics, ...runtimes] }, notes, log);
    }
  };
}
async function goRuntimesBeside(library, loads, tfDir) {
  const recorded = loads.main.steps.filter((s) => s.status === "passed" && s.objects);
  const tfFolder = `${fs25.realpathSync(tfDir)}${path43.sep}`;
  const objects = (recorded[recorded.length - 1]?.objects ?? []).filter((file) => !file.startsWith(tfFolder));
  const others = await otherGoRuntimes(library, objects);
  return others.length > 0 ? [twoGoRuntimes(library, others)] : [];
}
function loadResult(inputs, library, loads, notes, log) {
  const rawTails = [];
  if (!loads.main.ok) rawTails.push({ title: "Python: import tensorflow, load, smoke test", text: tailLines(loads.main.run.combined) });
  if (loads.standalone && !loads.standalone.ok)
    rawTails.push({ title: "Python: standalone load (no import tensorflow)", text: tailLines(loads.standalone.run.combined) });
  const ok = !loads.diagnostics.some((d) => d.severity === "error");
  const imported = loads.main.steps.find((s) => s.step === "load" && s.status === "passed")?.module;
  if (ok) {
    const verb = imported ? `Imported ${library} as the module ${imported}` : `Loaded ${library}`;
    log.info(`${verb} after import tensorflow${inputs.smokeTest ? ", and the smoke test passed" : ""}`);
    if (loads.standalone?.ok) log.info(`${imported ? "Imported" : "Loaded"} it in a fresh Python without import tensorflow as well`);
  }
  if (imported)
    notes.push(
      `imported as the module ${imported}${loads.standalone?.ok ? ", after import tensorflow and in a fresh Python without it" : ""}`
    );
  const ops = loads.main.steps.find((s) => s.step === "load")?.ops;
  if (ops) {
    const registered = ops.length > 0 ? `registered ops: ${ops.join(", ")}` : "registered no op";
    log.info(`tf.load_op_library: ${registered}`);
    notes.push(`tf.load_op_library: ${registered}`);
  }
  return { ok, diagnostics: loads.diagnostics, rawTails, notes };
}

// src/postprocess/postprocess.ts
import path49 from "node:path";

// src/inspect/providers.ts
import path44 from "node:path";
var SYMBOL_FINDING_KINDS = /* @__PURE__ */ new Set([
  "undefined-reference",
  "undefined-symbol",
  "unresolved-symbol",
  "more-undefined-references"
]);
async function withProviders(diagnostics, tensorflowLibraries2) {
  const needsProvider = (d) => d.symbol !== void 0 && !d.providedBy && SYMBOL_FINDING_KINDS.has(d.kind);
  const wanted = [...new Set(diagnostics.filter(needsProvider).map((d) => d.symbol))];
  if (wanted.length === 0) return diagnostics;
  const providers = await findProviders(tensorflowLibraries2, wanted);
  return diagnostics.map((d) => {
    const library = needsProvider(d) ? providers.get(d.symbol) : void 0;
    if (!library) return d;
    const file = path44.basename(library);
    return {
      ...d,
      providedBy: file,
      message: `${d.message} ${d.symbol} is defined in ${file}.`,
      fix: `Link ${file}: add -l:${file} to CGO_LDFLAGS next to -L<tensorflow dir> (link-libraries: auto does this for every TensorFlow function the package calls).`
    };
  });
}

// src/postprocess/advice.ts
import { readdir as readdir4 } from "node:fs/promises";
import path45 from "node:path";
var LINK_KINDS2 = /* @__PURE__ */ new Set(["undefined-reference", "undefined-symbol", "unresolved-symbol"]);
async function absentNamesAsFacts(diagnostics, context) {
  const { tf } = context;
  const searchable = TENSORFLOW_LIBRARY_NAMES.every((l) => tf.libraries.includes(l));
  const known = new Set(context.notInTensorflow);
  const reported = new Set(diagnostics.filter((d) => d.kind === "not-in-tensorflow").map((d) => d.symbol));
  const absent = (d) => LINK_KINDS2.has(d.kind) && d.symbol !== void 0 && !d.providedBy && !reported.has(d.symbol) && (known.has(d.symbol) || searchable && TF_API_NAME.test(d.symbol));
  if (!diagnostics.some(absent)) return [...diagnostics];
  const headers = await readTfHeaders(tf.includeDir);
  const libraries = tf.libraries.filter((l) => TENSORFLOW_LIBRARY_NAMES.includes(l));
  const out = [];
  for (const d of diagnostics) {
    if (!absent(d)) {
      out.push(d);
      continue;
    }
    if (reported.has(d.symbol)) continue;
    reported.add(d.symbol);
    const fact = notInTensorflowDiagnostic(d.symbol, tf, headers, libraries, context.facts);
    out.push({
      ...d,
      kind: "not-in-tensorflow",
      title: fact.title,
      message: fact.message,
      ...fact.fix ? { fix: fact.fix } : {},
      ...fact.locations && fact.locations.length > 0 ? { locations: fact.locations } : {}
    });
  }
  return out;
}
async function similarLibraries(library, folders) {
  const wanted = libraryStem(library);
  const found = [];
  for (const folder of folders) {
    for (const file of await readdir4(folder).catch(() => [])) {
      if (!isLibraryFile(file)) continue;
      const stem2 = libraryStem(file);
      const d = editDistance(wanted, stem2);
      if (d <= Math.max(2, Math.floor(wanted.length / 4)) && stem2 !== wanted) found.push({ folder, file, d });
    }
  }
  return found.sort((a, b) => a.d - b.d || a.file.localeCompare(b.file)).map(({ folder, file }) => ({ folder, file }));
}
async function missingLibraryFacts(diagnostics, context) {
  if (!diagnostics.some((d) => d.kind === "missing-library")) return [...diagnostics];
  const folders = libraryDirs(context.linkLine);
  return Promise.all(
    diagnostics.map(async (d) => {
      if (d.kind !== "missing-library" || !d.library) return d;
      const flag2 = libraryFlag(d.library);
      const at = d.locations?.[0];
      const where = at ? `${(context.workspace && workspaceRelative(at.file, context.workspace)) ?? path45.basename(at.file)}:${at.line ?? ""}` : void 0;
      const asks = where ? `${flag2} comes from the #cgo LDFLAGS line at ${where}.` : `${flag2} is not in any #cgo LDFLAGS line of the package: it comes from CGO_LDFLAGS.`;
      const similar = (await similarLibraries(d.library, folders))[0];
      const near = similar ? ` ${similar.folder} holds ${similar.file}, a similar name.` : ` No folder on the link line (${folders.length > 0 ? folders.join(", ") : "no -L folder"}) holds a library with a similar name.`;
      const fix = similar ? `Did you mean -l:${similar.file}? Correct ${flag2}${where ? ` at ${where}` : ""}.` : `Remove ${flag2}${where ? ` from ${where}` : ""}, or add -L<folder> for the folder that holds it.`;
      return { ...d, message: `${asks}${near} ${d.message}`, fix };
    })
  );
}
function withPinOrigin(diagnostics, change2) {
  if (!change2 || change2.subject !== "tensorflow" || change2.from === void 0) return [...diagnostics];
  const from = `${change2.fromName ?? change2.name} ${change2.from}`;
  return diagnostics.map(
    (d) => d.kind === "not-in-tensorflow" ? {
      ...d,
      message: `${d.message} This pull request moved ${change2.name} from ${change2.from} to ${change2.to ?? "no pin"}.`,
      ...d.fix ? { fix: `${d.fix.replace(/\.$/, "")} (the pull request's base pinned ${from}).` } : {}
    } : d
  );
}

// src/postprocess/dedupe.ts
function dropRepeatsOfNotInTensorflow(diagnostics) {
  const known = new Set(diagnostics.filter((d) => d.kind === "not-in-tensorflow" && d.symbol).map((d) => d.symbol));
  if (known.size === 0) return diagnostics;
  const repeats = (d) => d.symbol !== void 0 && known.has(d.symbol) && (SYMBOL_FINDING_KINDS.has(d.kind) || d.kind === "cgo-unknown-name");
  return diagnostics.filter((d) => d.kind === "not-in-tensorflow" || !repeats(d));
}

// src/postprocess/demangle.ts
var batchSize = 5e3;
async function demangleAll(symbols, cxxfilt = "c++filt") {
  const result = /* @__PURE__ */ new Map();
  const mangled = [];
  for (const symbol of symbols) {
    if (result.has(symbol)) continue;
    result.set(symbol, symbol);
    if (isMangled(symbol)) mangled.push(symbol);
  }
  for (let start = 0; start < mangled.length; start += batchSize) {
    const batch2 = mangled.slice(start, start + batchSize);
    const run = await runProcess(cxxfilt, [], { input: `${batch2.join("\n")}
`, timeoutMs: 3e4 });
    if (run.spawnError || run.exitCode !== 0) break;
    const lines = run.stdout.split("\n");
    if (lines.length < batch2.length) break;
    batch2.forEach((symbol, i) => result.set(symbol, lines[i] ?? symbol));
  }
  return result;
}
async function addDemangledNames(findings, cxxfilt) {
  const symbols = findings.flatMap((d) => d.symbol && isMangled(d.symbol) ? [d.symbol] : []);
  if (symbols.length === 0) return findings;
  const names2 = await demangleAll(symbols, cxxfilt);
  return findings.map((d) => {
    const demangled = d.symbol ? names2.get(d.symbol) : void 0;
    if (!demangled || !d.symbol || demangled === d.symbol) return d;
    return { ...d, demangled, title: d.title.replace(d.symbol, demangled) };
  });
}

// src/postprocess/map-to-source.ts
import path46 from "node:path";
var SYMBOL_KINDS = /* @__PURE__ */ new Set([
  "undefined-reference",
  "more-undefined-references",
  "undefined-symbol",
  "cgo-unknown-name",
  "unresolved-symbol",
  "resolved-only-by-import",
  "not-in-tensorflow",
  "outside-supported-range",
  "fails-on-other-tensorflow",
  "missing-expected-symbol",
  "missing-dso"
]);
var LIBRARY_KINDS = /* @__PURE__ */ new Set(["missing-library", "shared-object-not-found"]);
var CGO_WRAPPER = /^_{1,2}cgo_[0-9a-f]+_C(?:2func|func|macro)_(.+)$/;
var GENERATED_FROM_GO = /^(.+)\.cgo[12]\.(?:c|go)$/;
var DEFAULT_FROM = "from the TensorFlow libraries it located";
var C_OR_CXX_SOURCE = /\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx)$/;
function mapToSource(diags, pkg, context = {}) {
  const dir = path46.resolve(context.packageDir ?? pkg.dir);
  return diags.map((d) => mapOne(d, pkg, dir, context));
}
function mapOne(d, pkg, dir, context) {
  const found = [];
  let message = d.message;
  if (SYMBOL_KINDS.has(d.kind) || d.referencedFrom) found.push(...symbolLocations(d, pkg));
  let preambleDefinitions = 0;
  if (d.kind === "multiple-definition" && d.symbol) {
    for (const name of symbolCandidates(d.symbol)) found.push(...definitions(pkg, name), ...exportLines(pkg, name));
    preambleDefinitions = found.length;
  }
  if (d.library && (LIBRARY_KINDS.has(d.kind) || d.kind === "linker-error")) {
    const flags = libraryLocations(pkg, d.library);
    found.push(...flags);
    const computed = flags.length === 0 ? computedMatch(context, d.library) : void 0;
    if (computed) {
      message = `${message} The flag -l${computed.name} is not in any #cgo directive: the action added it to CGO_LDFLAGS (${computed.from ?? context.computedFrom ?? DEFAULT_FROM}).`;
    }
  }
  if (d.header) found.push(...includeLocations(pkg, d.header));
  const related = (d.relatedLocations ?? []).map(({ note: _note, ...place2 }) => place2);
  for (const place2 of d.toolLocation ? [d.toolLocation, ...related] : related) {
    const tool = toolLocation(place2, pkg, dir, found);
    if (tool) found.push(tool);
  }
  const locations = unique([...d.locations ?? [], ...found]);
  const mapped = { ...d, message };
  if (locations.length > 0) mapped.locations = locations;
  if (d.kind === "multiple-definition" && d.symbol && preambleDefinitions === 0)
    Object.assign(mapped, definedInSourceFiles(d.symbol, locations, dir));
  return mapped;
}
function definedInSourceFiles(symbol, locations, dir) {
  const inFiles = locations.filter((l) => C_OR_CXX_SOURCE.test(path46.basename(l.file)) && l.file.startsWith(dir + path46.sep));
  if (inFiles.length < 2) return {};
  const places = inFiles.map((l) => `${path46.relative(dir, l.file)}${l.line === void 0 ? "" : `:${l.line}`}`);
  const list = `${places.slice(0, -1).join(", ")} and ${places[places.length - 1]}`;
  return {
    message: `${symbol} is defined in ${list}: each file of the package is compiled into an object of its own, and all of them are linked into the one library.`,
    fix: `Keep one definition of ${symbol} and remove the others, or make each one static if every file needs its own.`
  };
}
function symbolCandidates(symbol) {
  const bare = symbol.replace(/@.*$/, "");
  return bare.startsWith("_") && bare.length > 1 ? [bare, bare.slice(1)] : [bare];
}
function symbolLocations(d, pkg) {
  const found = [];
  if (d.referencedFrom) {
    const callee = CGO_WRAPPER.exec(d.referencedFrom)?.[1];
    if (callee) found.push(...callSites2(pkg, callee), ...definitions(pkg, callee));
    else {
      const defs = definitions(pkg, d.referencedFrom);
      if (defs.length > 0) found.push(...defs, ...callSites2(pkg, d.referencedFrom));
    }
  }
  if (d.symbol) {
    for (const name of symbolCandidates(d.symbol)) {
      const sites = callSites2(pkg, name);
      const exported = d.kind === "missing-expected-symbol" ? exportLines(pkg, name) : [];
      const here = sites.length > 0 ? sites : mentions(pkg, name).filter((m) => !found.some((l) => l.file === m.file && l.line === m.line));
      if (here.length + exported.length > 0) {
        found.push(...exported, ...here);
        break;
      }
    }
  }
  return found;
}
function callSites2(pkg, name) {
  return pkg.files.flatMap(
    (f) => f.refs.filter((r) => r.name === name).map((r) => ({
      file: f.file,
      line: r.line,
      column: r.column,
      endLine: r.endLine,
      endColumn: r.endColumn
    }))
  );
}
function definitions(pkg, name) {
  return pkg.files.flatMap((f) => f.preambleFunctions.filter((p) => p.name === name).map((p) => span(f, p.line, p.column, name)));
}
function exportLines(pkg, name) {
  return pkg.files.flatMap((f) => f.exports.filter((e) => e.name === name).map((e) => ({ file: f.file, line: e.line, column: e.column })));
}
function mentions(pkg, name) {
  return pkg.files.flatMap((f) => {
    const seen = /* @__PURE__ */ new Set();
    return preambleMentions(f, name).filter((m) => !seen.has(m.line) && seen.add(m.line)).map((m) => span(f, m.line, m.column, name));
  });
}
function span(f, line, column, text) {
  return { file: f.file, line, column, endLine: line, endColumn: column + [...text].length - 1 };
}
function libraryLocations(pkg, library) {
  return pkg.files.flatMap(
    (f) => f.directives.flatMap(
      (d) => d.libraries.filter((l) => libraryMatches(library, l.name)).map((l) => ({ file: f.file, line: d.line, column: l.column, endLine: d.line, endColumn: l.column + [...l.arg].length - 1 }))
    )
  );
}
function computedMatch(context, library) {
  for (const entry of context.computedLibraries ?? []) {
    const lib = typeof entry === "string" ? { name: entry } : entry;
    if (libraryMatches(library, lib.name)) return lib;
  }
  return void 0;
}
function includeLocations(pkg, header) {
  return pkg.files.flatMap(
    (f) => f.includes.filter((i) => i.header === header).map((i) => ({
      file: f.file,
      line: i.line,
      column: i.headerColumn,
      endLine: i.line,
      endColumn: i.headerEndColumn
    }))
  );
}
function toolLocation(tool, pkg, dir, mapped) {
  const base = path46.basename(tool.file);
  const generated = GENERATED_FROM_GO.exec(base);
  if (generated) {
    const file2 = path46.join(dir, `${generated[1]}.go`);
    return mapped.length === 0 && pkg.files.some((f) => f.file === file2) ? { file: file2 } : void 0;
  }
  if (base.startsWith("_cgo_") || tool.file.startsWith("$WORK")) return void 0;
  if (C_OR_CXX_SOURCE.test(base)) {
    const file2 = path46.resolve(dir, tool.file);
    if (!file2.startsWith(dir + path46.sep)) return void 0;
    if (tool.line !== void 0 && mapped.some((l) => l.file === file2 && l.line === tool.line)) return void 0;
    return { ...tool, file: file2 };
  }
  if (!base.endsWith(".go")) return void 0;
  const file = resolveGoFile(tool.file, pkg, dir);
  if (tool.line !== void 0 && mapped.some((l) => l.file === file && l.line === tool.line)) return void 0;
  return { ...tool, file };
}
function resolveGoFile(file, pkg, dir) {
  if (path46.isAbsolute(file)) return file;
  const direct = path46.resolve(dir, file);
  if (pkg.files.some((f) => f.file === direct)) return direct;
  const tail = path46.sep + path46.normalize(file);
  return pkg.files.find((f) => f.file.endsWith(tail))?.file ?? direct;
}
function unique(locations) {
  const seen = /* @__PURE__ */ new Set();
  return locations.filter((l) => {
    const key = `${l.file}:${l.line ?? ""}:${l.column ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort(compareFileOrder);
}

// src/postprocess/root-cause.ts
var ROOT_CAUSE_THRESHOLD = 5;
var SHOWN_SYMBOLS = 2;
var symbolFinding = (d) => SYMBOL_FINDING_KINDS.has(d.kind) || d.kind === "resolved-only-by-import";
function collapseByLibrary(diagnostics, linkedLibraries, sites = []) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const library = d.providedBy;
    if (!library || !symbolFinding(d) || linkedLibraries.some((l) => l === library || l === `:${library}`)) continue;
    groups.set(library, [...groups.get(library) ?? [], d]);
  }
  const collapsed = /* @__PURE__ */ new Map();
  for (const [library, group2] of groups) {
    const symbols = [...new Set(group2.map((d) => d.symbol ?? ""))].filter(Boolean);
    if (symbols.length < ROOT_CAUSE_THRESHOLD) continue;
    const first = group2[0];
    const severity = group2.map((d) => d.severity).sort(compareSeverity)[0];
    const names2 = [...new Set(group2.map((d) => d.demangled ?? d.symbol ?? ""))].filter(Boolean);
    const own = uniqueLocations(group2.flatMap((d) => d.locations ?? []));
    const locations = (own.length > 0 ? own : uniqueLocations(sites)).sort(compareFileOrder);
    const shown2 = `${names2.slice(0, SHOWN_SYMBOLS).join(", ")}${names2.length > SHOWN_SYMBOLS ? `, and ${names2.length - SHOWN_SYMBOLS} more` : ""}`;
    const root = {
      severity,
      kind: first.kind,
      stage: first.stage,
      title: `${symbols.length} undefined symbols come from ${library}, which is not linked`,
      // The first sentence is the annotation's: short, so that the places and the fix fit beside it.
      message: `The package references ${symbols.length} symbols that only ${library} defines, and the link does not name it. They include ${shown2}.${locations.length > 0 ? ` First reference: ${describe3(locations[0])}.` : ""}`,
      fix: `Use link-libraries: auto, or add -L<tensorflow dir> -l:${library} to CGO_LDFLAGS. Under auto it is linked because the compiled objects reference it.`,
      library,
      providedBy: library,
      count: symbols.length,
      ...locations.length > 0 ? { locations } : {},
      raw: group2.flatMap((d) => d.raw ?? []).slice(0, 40)
    };
    group2.forEach((d, i) => collapsed.set(d, i === 0 ? root : void 0));
  }
  return diagnostics.flatMap((d) => collapsed.has(d) ? collapsed.get(d) ? [collapsed.get(d)] : [] : [d]);
}
function uniqueLocations(locations) {
  const seen = /* @__PURE__ */ new Set();
  return locations.filter((l) => {
    const key = `${l.file}:${l.line ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var describe3 = (l) => `${l.file.split("/").pop()}${l.line !== void 0 ? `:${l.line}` : ""}`;

// src/postprocess/missing-header.ts
import fs26 from "node:fs";
import path47 from "node:path";
var CXX_FILE = /\.(?:cc|cpp|cxx|hh|hpp|hxx)$/;
function explainPythonHeader(d, includeDir) {
  const installed = fs26.existsSync(path47.join(includeDir, "Python.h"));
  return {
    ...d,
    message: installed ? `The compiler could not find Python.h, which the Python that imports TensorFlow has in ${includeDir}: that folder is missing from the flags this file is compiled with.` : `The compiler could not find Python.h: the Python that imports TensorFlow has no C headers in ${includeDir} (the folder its sysconfig names), so an extension module cannot be compiled against it.`,
    fix: installed ? `Add -isystem${includeDir} to CGO_CFLAGS and CGO_CXXFLAGS (the action sets it in both from the interpreter's sysconfig).` : "Install the interpreter's development headers (on Debian and Ubuntu the python3.X-dev package for that version; actions/setup-python's builds include them), or point 'python' at an interpreter that has them."
  };
}
var installedOf = (context) => ({
  version: context.tensorflowVersion,
  distribution: context.distribution ?? "tensorflow",
  arch: context.arch ?? process.arch
});
function withRemovedNames(header, change2, context) {
  if (!change2.removedIn) return change2.sentence;
  const tf = installedOf(context);
  const names2 = [...new Set(context.calls ?? [])].filter((n) => nameChange(n, tf)?.removedIn === change2.removedIn).sort();
  if (names2.length === 0) return change2.sentence;
  const subjects = [header, ...names2];
  const list = `${subjects.slice(0, -1).join(", ")} and ${subjects.at(-1)}`;
  return change2.sentence.replace(`${header} was removed`, `${list} were removed`);
}
function historyFinding(d, context) {
  const change2 = headerChange(d.header, installedOf(context));
  if (!change2) return void 0;
  const sentence = withRemovedNames(d.header, change2, context);
  return {
    ...d,
    title: change2.removedIn ? `${d.header} was removed in TensorFlow ${change2.removedIn}.0` : `${d.header} is not in TensorFlow ${context.tensorflowVersion}`,
    message: `${sentence}. TensorFlow ${change2.span} ship it; ${context.tensorflowVersion} has no such file, so no include path can supply it.`,
    fix: `Pin ${change2.pin} (a TensorFlow that ships ${d.header}), or stop including ${d.header} and remove the calls to what it declared.`
  };
}
function explainMissingHeaders(diagnostics, context) {
  return diagnostics.map((d) => {
    if (d.kind !== "missing-header" || !d.header) return d;
    if (d.header === "Python.h" && context.pythonIncludeDir) return explainPythonHeader(d, context.pythonIncludeDir);
    const from = d.toolLocation?.file ?? "";
    const cxx = CXX_FILE.test(from);
    const variables = cxx ? "#cgo CXXFLAGS (or CPPFLAGS) or CGO_CXXFLAGS" : "#cgo CFLAGS (or CPPFLAGS) or CGO_CFLAGS";
    const shipped = fs26.existsSync(path47.join(context.includeDir, d.header));
    if (!shipped) {
      const fromHistory = historyFinding({ ...d, header: d.header }, context);
      if (fromHistory) return fromHistory;
    }
    const where = `${path47.basename(from) || "the file"} is ${cxx ? "C++: cgo compiles it with CGO_CPPFLAGS and CGO_CXXFLAGS" : "C: cgo compiles it with CGO_CPPFLAGS and CGO_CFLAGS"}`;
    const ships = shipped ? `TensorFlow ${context.tensorflowVersion} ships ${d.header} in ${context.includeDir}, so that folder is missing from the flags this file is compiled with.` : d.header.startsWith("tensorflow/") || d.header.startsWith("tsl/") || d.header.startsWith("absl/") ? `TensorFlow ${context.tensorflowVersion} does not ship ${d.header} (nothing by that name under ${context.includeDir}).` : "";
    return {
      ...d,
      message: `The compiler could not find ${d.header}. ${where}. ${ships}`.trim(),
      fix: shipped ? `Add -isystem${context.includeDir} to ${variables} (the action sets it from TensorFlow's compile flags for C and C++ alike).` : `Check the header name${d.header.startsWith("tensorflow/") ? ` against ${context.includeDir}` : ""}, or add its folder with -I in ${variables}.`
    };
  });
}

// src/postprocess/extension-module.ts
var fileNames = (module, suffixes) => (suffixes.length > 0 ? suffixes : [".so"]).map((s) => `${module}${s}`).join(" or ");
function placeModuleInitFindings(diagnostics, facts, extensionSuffixes = []) {
  return diagnostics.map((d) => {
    if (d.kind !== "extension-module" || !d.symbol?.startsWith("PyInit_") || (d.locations?.length ?? 0) > 0) return d;
    const wanted = d.symbol.slice("PyInit_".length);
    const exported = moduleInitExports(facts);
    if (exported.length > 0) {
      const names2 = exported.map((e) => `PyInit_${e.module}`).join(", ");
      const module = exported[0].module;
      return {
        ...d,
        title: `The file name asks for ${d.symbol}, the package exports ${names2}`,
        message: `${d.message} The package exports ${names2}, so the file name and the export name different modules.`,
        fix: `Either name the output after the export (${fileNames(module, extensionSuffixes)}), or rename the export to //export ${d.symbol} (and the module's name in its PyModuleDef to "${wanted}").`,
        locations: exported.map((e) => e.location)
      };
    }
    const includes = pythonHeaderIncludes(facts);
    return {
      ...d,
      title: `The extension module exports no PyInit_ function`,
      message: `${d.message} The package includes Python.h but exports no PyInit_ function, so Python cannot initialise it as a module.`,
      fix: `Add a Go function marked //export ${d.symbol} that returns the module (PyModule_Create(&definition) from the preamble), with the file named ${fileNames(wanted, extensionSuffixes)}; or, if the library is not a module, set load-as to ctypes.`,
      ...includes.length > 0 ? { locations: includes } : {}
    };
  });
}

// src/postprocess/cxx-abi.ts
var REFERENCE_KINDS2 = /* @__PURE__ */ new Set(["undefined-reference", "more-undefined-references", "undefined-symbol", "unresolved-symbol"]);
var OLD_ABI = /\bstd::(?:string|basic_string<|list<)|^_Z.*(?<![a-z])Ss/;
var NEW_ABI = /__cxx11|B5cxx11/;
function otherAbi(name, tfAbiFlag) {
  return tfAbiFlag === 1 ? OLD_ABI.test(name) && !NEW_ABI.test(name) : NEW_ABI.test(name);
}
function explainAbiMismatch(diagnostics, facts, tfAbiFlag, tfVersion) {
  const isMismatch = (d) => REFERENCE_KINDS2.has(d.kind) && [d.symbol, d.demangled].some((n) => n !== void 0 && otherAbi(n, tfAbiFlag));
  const group2 = diagnostics.filter(isMismatch);
  if (group2.length === 0) return [...diagnostics];
  const other = tfAbiFlag === 1 ? 0 : 1;
  const names2 = [...new Set(group2.map((d) => d.demangled ?? d.symbol ?? ""))].filter(Boolean);
  const directives = facts.files.flatMap(
    (f) => f.directives.filter((d) => d.args.some((a) => a === `-D_GLIBCXX_USE_CXX11_ABI=${other}`)).map((d) => ({ file: f.file, line: d.line, column: d.column }))
  );
  const first = group2[0];
  const finding = {
    severity: "error",
    kind: "cxx-abi-mismatch",
    stage: first.stage,
    title: `C++ code built with _GLIBCXX_USE_CXX11_ABI=${other}; TensorFlow ${tfVersion} uses ${tfAbiFlag}`,
    message: `${names2.length} referenced C++ name(s) take std::string under the other C++ ABI than TensorFlow's, so no TensorFlow library defines them: ${names2.slice(0, 3).join("; ")}${names2.length > 3 ? `; and ${names2.length - 3} more` : ""}. TensorFlow ${tfVersion} was built with -D_GLIBCXX_USE_CXX11_ABI=${tfAbiFlag}.`,
    fix: `Build the C++ code with -D_GLIBCXX_USE_CXX11_ABI=${tfAbiFlag}: remove -D_GLIBCXX_USE_CXX11_ABI=${other} from #cgo CXXFLAGS/CPPFLAGS and CGO_CXXFLAGS (the action sets TensorFlow's value).`,
    count: group2.length,
    ...directives.length > 0 || first.locations ? { locations: [...directives, ...group2.flatMap((d) => d.locations ?? [])].slice(0, 5) } : {},
    raw: group2.flatMap((d) => d.raw ?? []).slice(0, 40)
  };
  const at = diagnostics.indexOf(first);
  return diagnostics.flatMap((d, i) => i === at ? [finding] : isMismatch(d) ? [] : [d]);
}

// src/postprocess/compiler-warnings.ts
import path48 from "node:path";
var SHOWN_PLACES = 8;
var MAX_RAW = 40;
var deprecationWarning = /^[‘'](.+)[’'] is deprecated(?:: (.+?))? \[-Wdeprecated-declarations\]$/;
var aliasDeclaration = /^using (\w+) = (?:(?:class|struct|union|enum) )?(.+)$/;
var functionName2 = /((?:[\w~]+::)*[\w~]+\((?:[^()]|\([^()]*\))*\)(?: const)?)$/;
var forwardingBody = /\{\s*return\s+((?:::)?[\w:]+)\s*\(([^()]*)\)\s*;\s*\}/;
var sourceLine2 = /^\s*\d+ \| (.*)$/;
var readable = (name) => name.replace(/\blts_\d+::/g, "").replace(/^::/, "");
function asSpelled(name, raw) {
  const source = (raw ?? []).map((line) => sourceLine2.exec(line)?.[1]).find((line) => line !== void 0);
  const qualified = source ? new RegExp(`((?:\\w+::)+)${name}\\b`).exec(source)?.[1] : void 0;
  return qualified ? `${qualified}${name}` : name;
}
function fromDeclaration(declaration) {
  const body = declaration?.source ? forwardingBody.exec(declaration.source) : null;
  return body ? `${readable(body[1])}(${body[2].trim()})` : void 0;
}
function readDeprecation(d) {
  const m = deprecationWarning.exec(d.message);
  if (!m) return void 0;
  const quoted = m[1];
  const text = m[2]?.trim();
  const alias = aliasDeclaration.exec(quoted);
  const name = alias ? asSpelled(alias[1], d.raw) : readable(functionName2.exec(quoted)?.[1] ?? quoted);
  const replacement = alias ? readable(alias[2]) : fromDeclaration(d.declaredAt);
  return { name, ...replacement ? { replacement } : {}, ...text ? { text } : {} };
}
var placeOf2 = (d) => d.locations?.[0] ?? d.toolLocation;
function compareLocations(a, b) {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return compareFileOrder(a, b);
}
function shown(location, packageDir) {
  const { file } = location;
  const inPackage = packageDir && path48.isAbsolute(file) ? path48.relative(packageDir, file) : void 0;
  const include = file.lastIndexOf("/include/");
  const name = inPackage && !inPackage.startsWith("..") ? inPackage : include >= 0 ? file.slice(include + "/include/".length) : file.replace(/^\.\//, "");
  return location.line === void 0 ? name : `${name}:${location.line}`;
}
function listed2(places) {
  const head = places.slice(0, SHOWN_PLACES);
  const more = places.length - head.length;
  if (more > 0) return `${head.join(", ")} and ${more} more`;
  return head.length > 1 ? `${head.slice(0, -1).join(", ")} and ${head[head.length - 1]}` : head[0] ?? "";
}
var times = (n) => n === 1 ? "once" : `${n} times`;
function wording(lead, places, declaredAt2, packageDir) {
  const n = places.length;
  const deprecation = readDeprecation({ ...lead, declaredAt: declaredAt2 });
  if (!deprecation) {
    return {
      title: `${lead.title} (${n} places)`,
      message: `The compiler warned ${times(n)}: ${lead.message}, at ${listed2(places)}.`
    };
  }
  const { name, replacement, text } = deprecation;
  const declared = declaredAt2 ? ` It is declared deprecated at ${shown(declaredAt2, packageDir)}.` : "";
  const fix = text ? `The declaration of ${name} says: ${text.replace(/[.]?$/, ".")}` : replacement ? `Use ${replacement} instead of ${name}.` : void 0;
  return {
    title: `${name} is deprecated (${n === 1 ? "1 use" : `${n} uses`})`,
    message: `${name} is deprecated, and the package uses it ${times(n)}: at ${listed2(places)}.${declared} The compiler printed one warning per use; here they are one finding.`,
    ...fix ? { fix } : {}
  };
}
function merged(group2, packageDir) {
  const sorted = [...group2].sort((a, b) => compareLocations(placeOf2(a), placeOf2(b)));
  const lead = sorted[0];
  const uses = [];
  for (const d of sorted) {
    const place2 = placeOf2(d);
    if (place2 && !uses.some((u) => compareLocations(u, place2) === 0)) uses.push(place2);
  }
  const declaredAt2 = sorted.find((d) => d.declaredAt)?.declaredAt;
  const words = wording(
    lead,
    uses.map((u) => shown(u, packageDir)),
    declaredAt2,
    packageDir
  );
  const first = uses[0];
  const related = uses.slice(1).map((u) => ({ ...u, note: "another use" }));
  const { fix: _fix, relatedLocations: _related, locations: _locations, ...rest } = lead;
  return {
    ...rest,
    ...words,
    ...first && lead.locations?.length ? { locations: [first] } : {},
    ...related.length > 0 ? { relatedLocations: related } : {},
    ...declaredAt2 ? { declaredAt: declaredAt2 } : {},
    count: uses.length,
    raw: sorted.flatMap((d) => d.raw ?? []).slice(0, MAX_RAW)
  };
}
function groupCompilerWarnings(diagnostics, packageDir) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (d.kind !== "c-compile-warning") continue;
    groups.set(d.message, [...groups.get(d.message) ?? [], d]);
  }
  const replaced = /* @__PURE__ */ new Map();
  for (const group2 of groups.values()) {
    if (group2.length === 1 && !deprecationWarning.test(group2[0].message)) continue;
    group2.forEach((d, i) => replaced.set(d, i === 0 ? merged(group2, packageDir) : void 0));
  }
  return diagnostics.flatMap((d) => {
    if (!replaced.has(d)) return [d];
    const finding = replaced.get(d);
    return finding ? [finding] : [];
  });
}

// src/postprocess/postprocess.ts
async function postprocess(diagnostics, context) {
  const withLibraries = await withProviders(diagnostics, tensorflowLibraries(context.tfDir));
  const facts = context.tf ? await absentNamesAsFacts(withLibraries, { tf: context.tf, facts: context.facts, notInTensorflow: context.notInTensorflow ?? [] }) : withLibraries;
  const deduped = explainMissingHeaders(dropRepeatsOfNotInTensorflow(facts), {
    includeDir: path49.join(context.tfDir, "include"),
    tensorflowVersion: context.tensorflowVersion,
    ...context.tf?.pythonIncludeDir ? { pythonIncludeDir: context.tf.pythonIncludeDir } : {},
    distribution: context.tf?.distribution,
    arch: process.arch,
    calls: [...context.facts.files.flatMap((f) => f.refs.filter((r) => r.call).map((r) => r.name)), ...preambleCalls(context.facts)]
  });
  const placed2 = placeModuleInitFindings(deduped, context.facts, context.tf?.extensionSuffixes);
  const mapped = mapToSource(placed2, context.facts, {
    packageDir: context.packageDir,
    computedLibraries: context.computedLibraries
  });
  const grouped = groupCompilerWarnings(mapped, context.packageDir);
  const advised = await missingLibraryFacts(grouped, { linkLine: context.linkLine, workspace: context.workspace });
  const demangled = await addDemangledNames(advised);
  const abi = context.cxx11AbiFlag === void 0 ? demangled : explainAbiMismatch(demangled, context.facts, context.cxx11AbiFlag, context.tensorflowVersion);
  return collapseByLibrary(abi, context.computedLibraries, context.referenceSites);
}

// src/changes/blame.ts
import { readFile as readFile8 } from "node:fs/promises";
async function goLineOf(goMod) {
  if (!goMod) return void 0;
  const text = await readFile8(goMod, "utf8").catch(() => void 0);
  return text === void 0 ? void 0 : goVersionLines(goMod, text).find((l) => l.key === "go")?.version;
}
async function blameChange(input) {
  const { changes, repoRoot } = input.changes;
  if (!repoRoot || changes.length === 0) return void 0;
  const goModGo = await goLineOf(input.goMod);
  return composeCauseFinding({
    changes,
    findings: input.findings,
    stepFailed: input.stepFailed,
    repoRoot,
    facts: {
      tensorflowVersion: input.tensorflowVersion,
      ...input.goVersion ? { goVersion: input.goVersion } : {},
      ...goModGo ? { goModGo } : {},
      ...input.builtElsewhere ? { builtElsewhere: true } : {}
    }
  });
}

// src/postprocess/pin-cause.ts
async function withPinCause(request) {
  const { changes, findings, log } = request;
  if (changes.reason)
    log.notice(
      `tf-cgo-verify did not compare version pins with the pull request's base: ${changes.reason}.${changes.hint ? ` ${changes.hint}` : ""}`
    );
  const cause = await blameChange({
    changes,
    findings,
    // fail-on: never keeps the step green: the pin then gets a warning, not an error.
    stepFailed: request.failed && request.failOn !== "never",
    tensorflowVersion: request.tensorflowVersion,
    ...request.goVersion ? { goVersion: request.goVersion } : {},
    ...request.goMod ? { goMod: request.goMod } : {},
    ...request.builtElsewhere ? { builtElsewhere: true } : {}
  });
  return cause ? [cause, ...withPinOrigin(findings, cause.change)] : findings;
}

// src/build/module-output.ts
import path50 from "node:path";
function moduleOutput(inputs, facts, tf) {
  if (inputs.outputGiven) return void 0;
  const exports = moduleInitExports(facts);
  const modules = [...new Set(exports.map((e) => e.module))];
  if (modules.length !== 1) return void 0;
  const [module] = modules;
  const suffix = tf.extensionSuffixes?.[0] ?? ".so";
  const at = exports[0].location;
  return {
    output: path50.join(path50.dirname(inputs.output), `${module}${suffix}`),
    why: `${module}${suffix}, the module's name, from //export PyInit_${module} at ${path50.basename(at.file)}:${at.line ?? ""}, with the interpreter's suffix ${suffix}; set output to choose another`
  };
}

// src/smoke/import-failure.ts
import path51 from "node:path";
function importFailure(outcome, context) {
  const library = path51.basename(context.library);
  const said = outcome.error ? `Python said: ${outcome.error}` : "Python exited during the import.";
  const shadow = context.copies ? importShadowExplanation(context.copies) : void 0;
  const fix = shadow?.fix ?? `Run ${context.python} -c "import tensorflow" with this step's environment to see why; nothing about ${library} is judged until it works.`;
  return new EnvironmentError(
    "import tensorflow",
    `it fails in this environment, before ${library} is loaded. ${said}${shadow ? `
${shadow.message}` : ""}
Fix: ${fix}`
  );
}

// src/changes/git.ts
var LOCAL_TIMEOUT_MS = 3e4;
var FETCH_TIMEOUT_MS = 12e4;
function gitEnv(base = process.env) {
  return { ...base, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", LC_ALL: "C" };
}
function runGit(cwd, args, options = {}) {
  return runProcess("git", ["-c", "core.quotePath=false", ...args], {
    cwd,
    env: gitEnv(options.env),
    timeoutMs: options.timeoutMs ?? LOCAL_TIMEOUT_MS,
    ...options.signal ? { signal: options.signal } : {}
  });
}
function gitSucceeded(r) {
  return r.exitCode === 0 && !r.timedOut && !r.spawnError;
}
function gitError(r) {
  if (r.spawnError) return `git could not be started (${r.spawnError.code ?? r.spawnError.message})`;
  if (r.timedOut) return "git timed out";
  const lines = r.stderr.trim().split(/\r?\n/).filter(Boolean);
  return lines[lines.length - 1] ?? `git exited with ${r.exitCode ?? r.signal}`;
}
async function repositoryRoot(dir, options = {}) {
  const r = await runGit(dir, ["rev-parse", "--show-toplevel"], options);
  if (!gitSucceeded(r)) return { reason: `${dir} is not in a git repository that git can read (${gitError(r)})` };
  return { root: r.stdout.trim() };
}
async function hasCommit(root, sha, options = {}) {
  return gitSucceeded(await runGit(root, ["cat-file", "-e", `${sha}^{commit}`], options));
}
var FETCH_DEPTH_HINT = "To let tf-cgo-verify show what this pull request changed, have actions/checkout fetch the base commit: set `fetch-depth: 0` (all history), or `fetch-depth: 2` (the merge commit and its parents, one of which is the base).";
async function ensureCommit(root, sha, options = {}) {
  if (await hasCommit(root, sha, options)) return { present: true };
  const remote = await runGit(root, ["remote", "get-url", "origin"], options);
  if (!gitSucceeded(remote)) {
    return {
      present: false,
      reason: `the base commit ${sha.slice(0, 12)} is not in the checkout and there is no remote 'origin' to fetch it from`,
      hint: FETCH_DEPTH_HINT
    };
  }
  const fetch = await runGit(root, ["fetch", "--depth=1", "--no-tags", "--no-recurse-submodules", "--quiet", "origin", sha], {
    ...options,
    timeoutMs: options.fetchTimeoutMs ?? FETCH_TIMEOUT_MS
  });
  if (gitSucceeded(fetch) && await hasCommit(root, sha, options)) return { present: true, fetched: true };
  return {
    present: false,
    reason: `the base commit ${sha.slice(0, 12)} is not in the checkout and \`git fetch --depth=1 origin ${sha}\` failed: ${gitError(fetch)}`,
    hint: FETCH_DEPTH_HINT
  };
}

// src/changes/pin-files.ts
var WORKFLOW_DIR = ".github/workflows/";
function workflowFromRef(ref) {
  if (!ref) return void 0;
  const at = ref.lastIndexOf("@");
  const withRepo = at >= 0 ? ref.slice(0, at) : ref;
  const i = withRepo.indexOf(`/${WORKFLOW_DIR}`);
  if (i < 0) return void 0;
  const file = withRepo.slice(i + 1);
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) ? file : void 0;
}
function pinPathspecs(workflowRef) {
  const workflow = workflowFromRef(workflowRef);
  return [
    ":(glob)**/requirements*.txt",
    ":(glob)**/pyproject.toml",
    ":(glob)**/setup.cfg",
    ":(glob)**/go.mod",
    ":(glob)**/go.work",
    ":(glob)**/.go-version",
    ":(glob)**/.tool-versions",
    workflow ? `:(literal)${workflow}` : `:(glob)${WORKFLOW_DIR}*.y*ml`
  ];
}
function pinFileKind(file) {
  const base = file.split("/").pop() ?? file;
  if (/^requirements.*\.txt$/.test(base) || base === "pyproject.toml" || base === "setup.cfg") return "python-requirements";
  if (base === "go.mod" || base === "go.work") return "go-mod";
  if (base === ".go-version" || base === ".tool-versions") return "go-version";
  if (file.startsWith(WORKFLOW_DIR) && !file.slice(WORKFLOW_DIR.length).includes("/") && /\.ya?ml$/.test(base)) return "workflow";
  return void 0;
}

// src/changes/pin-versions.ts
function isBindingsModule(module) {
  return BINDINGS_PACKAGES.some((pkg) => pkg === module || pkg.startsWith(`${module}/`) || module.startsWith(`${pkg}/`));
}
function requirementVersion(specifier) {
  if (specifier === "") return "any version";
  return /^===?[^,=<>!~]+$/.test(specifier) ? specifier.replace(/^===?/, "") : specifier;
}
var WORKFLOW_INPUT = /^\s*(?:-\s+)?(tensorflow-version|go-version)\s*:\s*(.*)$/;
function workflowEntries(text) {
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = WORKFLOW_INPUT.exec(raw);
    if (!m) return;
    const value = m[2].replace(/\s+#.*$/, "").trim().replace(/^(['"])(.*)\1$/, "$2");
    if (value === "" || value === "|" || value === ">") return;
    out.push({ subject: m[1] === "go-version" ? "go" : "tensorflow", name: m[1], version: value, line: i + 1 });
  });
  return out;
}
function pinEntries(file, text) {
  switch (pinFileKind(file)) {
    case "python-requirements":
      return parseVersionFile(file, text).filter((r) => TF_REQUIREMENT_NAMES.includes(r.name) && !r.url).map((r) => ({ subject: "tensorflow", name: r.name, version: requirementVersion(r.specifier), line: r.line }));
    case "go-mod": {
      const go = goVersionLines(file, text).map((l) => ({ subject: "go", name: l.key, version: l.version, line: l.line }));
      const bindings2 = goModRequires(text).filter((r) => isBindingsModule(r.module)).map((r) => ({ subject: "go-bindings", name: r.module, version: r.version, line: r.line }));
      return [...go, ...bindings2].sort((a, b) => a.line - b.line);
    }
    case "go-version":
      return goVersionLines(file, text).map((l) => ({
        subject: "go",
        name: l.key === "version" ? "go" : l.key,
        version: l.version,
        line: l.line
      }));
    case "workflow":
      return workflowEntries(text);
    default:
      return [];
  }
}

// src/changes/pin-diff.ts
function parseHunks(diff) {
  const hunks = [];
  for (const m of diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    hunks.push({
      oldStart: Number(m[1]),
      oldCount: m[2] === void 0 ? 1 : Number(m[2]),
      newStart: Number(m[3]),
      newCount: m[4] === void 0 ? 1 : Number(m[4])
    });
  }
  return hunks;
}
function isAdded(line, hunks) {
  return hunks.some((h) => line >= h.newStart && line < h.newStart + h.newCount);
}
function newLineForDeleted(oldLine, hunks) {
  let shift = 0;
  for (const h of hunks) {
    if (oldLine < h.oldStart) break;
    if (oldLine < h.oldStart + h.oldCount) return Math.max(1, h.newStart);
    shift += h.newCount - h.oldCount;
  }
  return Math.max(1, oldLine + shift);
}
function keyed(entries2) {
  const seen = /* @__PURE__ */ new Map();
  return entries2.map((entry) => {
    const base = `${entry.subject}\0${entry.name}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { entry, key: `${base}\0${n}` };
  });
}
function comparePinFile(file, oldText, newText, hunks) {
  const oldLines = (oldText ?? "").split(/\r?\n/);
  const newLines = newText.split(/\r?\n/);
  const before = keyed(oldText === void 0 ? [] : pinEntries(file, oldText));
  const after = keyed(pinEntries(file, newText));
  const byKey = new Map(before.map((k) => [k.key, k.entry]));
  const matched = /* @__PURE__ */ new Set();
  const changes = [];
  const added = [];
  const plus = (e) => `+${(newLines[e.line - 1] ?? "").trimEnd()}`;
  const minus = (e) => `-${(oldLines[e.line - 1] ?? "").trimEnd()}`;
  for (const { entry, key } of after) {
    const old = byKey.get(key);
    if (!old) {
      if (isAdded(entry.line, hunks)) added.push(entry);
      continue;
    }
    matched.add(key);
    if (old.version === entry.version) continue;
    changes.push({
      file,
      line: entry.line,
      subject: entry.subject,
      name: entry.name,
      from: old.version,
      to: entry.version,
      diffLine: plus(entry),
      oldLine: minus(old),
      inDiff: isAdded(entry.line, hunks)
    });
  }
  const removed = before.filter((k) => !matched.has(k.key)).map((k) => k.entry);
  for (const entry of added) {
    const i = removed.findIndex((r) => r.subject === entry.subject);
    const old = i >= 0 ? removed.splice(i, 1)[0] : void 0;
    if (old && old.name === entry.name && old.version === entry.version) continue;
    changes.push({
      file,
      line: entry.line,
      subject: entry.subject,
      name: entry.name,
      ...old && old.name !== entry.name ? { fromName: old.name } : {},
      ...old ? { from: old.version, oldLine: minus(old) } : {},
      to: entry.version,
      diffLine: plus(entry),
      inDiff: true
    });
  }
  for (const old of removed) {
    changes.push({
      file,
      line: newLineForDeleted(old.line, hunks),
      subject: old.subject,
      name: old.name,
      from: old.version,
      diffLine: minus(old),
      oldLine: minus(old),
      inDiff: false
    });
  }
  return changes.sort((a, b) => a.line - b.line);
}
async function blob(root, rev, file, options) {
  const r = await runGit(root, ["cat-file", "blob", `${rev}:${file}`], options);
  return gitSucceeded(r) ? r.stdout : void 0;
}
async function diffPins(root, base, head, pathspecs, options = {}) {
  const diffArgs = ["diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames"];
  const names2 = await runGit(root, [...diffArgs, "--name-only", "-z", base, head, "--", ...pathspecs], options);
  if (!gitSucceeded(names2)) return { changes: [], reason: `git diff ${base.slice(0, 12)} ${head} failed: ${gitError(names2)}` };
  const files = names2.stdout.split("\0").filter((f) => f !== "" && pinFileKind(f) !== void 0);
  const perFile = await Promise.all(
    files.map(async (file) => {
      const [hunks, oldText, newText] = await Promise.all([
        runGit(root, [...diffArgs, "-U0", base, head, "--", `:(literal)${file}`], options),
        blob(root, base, file, options),
        blob(root, head, file, options)
      ]);
      if (newText === void 0 || !gitSucceeded(hunks)) return [];
      return comparePinFile(file, oldText, newText, parseHunks(hunks.stdout));
    })
  );
  return { changes: perFile.flat() };
}

// src/changes/pr-event.ts
import { readFile as readFile9 } from "node:fs/promises";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var OBJECT_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function shaAt(payload, side) {
  const pr = payload?.pull_request;
  const sha = pr?.[side]?.sha;
  return typeof sha === "string" && OBJECT_NAME.test(sha.toLowerCase()) ? sha.toLowerCase() : void 0;
}
async function readPullRequest(env) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  if (!PR_EVENTS.has(eventName)) return {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath)
    return { reason: `GITHUB_EVENT_NAME is ${eventName} but GITHUB_EVENT_PATH is not set, so the pull request's base commit is unknown` };
  let payload;
  try {
    payload = JSON.parse(await readFile9(eventPath, "utf8"));
  } catch (error) {
    return { reason: `cannot read the ${eventName} event payload ${eventPath}: ${error.message}` };
  }
  const baseSha = shaAt(payload, "base");
  if (!baseSha) return { reason: `the ${eventName} event payload ${eventPath} has no pull_request.base.sha commit id` };
  const headSha = shaAt(payload, "head");
  return { pullRequest: { eventName, baseSha, ...headSha ? { headSha } : {} } };
}

// src/changes/pr-changes.ts
async function readPrChanges(options) {
  const { pullRequest, reason } = await readPullRequest(options.env);
  if (!pullRequest) return { changes: [], ...reason ? { reason } : {} };
  const { root, reason: noRepo } = await repositoryRoot(options.dir, options);
  if (!root) return { pullRequest, changes: [], reason: noRepo };
  const base = await ensureCommit(root, pullRequest.baseSha, options);
  if (!base.present) return { pullRequest, repoRoot: root, changes: [], reason: base.reason, hint: base.hint };
  if (base.fetched) options.log?.info(`Fetched the pull request's base commit ${pullRequest.baseSha.slice(0, 12)} to compare version pins`);
  const diff = await diffPins(root, pullRequest.baseSha, options.head ?? "HEAD", pinPathspecs(options.env.GITHUB_WORKFLOW_REF), options);
  return {
    pullRequest,
    repoRoot: root,
    changes: diff.changes,
    ...base.fetched ? { fetchedBase: true } : {},
    ...diff.reason ? { reason: diff.reason } : {}
  };
}

// src/postprocess/reference-sites.ts
import fs27 from "node:fs";
import path52 from "node:path";
function packageSites(output, packageDir) {
  const dir = path52.resolve(packageDir) + path52.sep;
  const seen = /* @__PURE__ */ new Set();
  const sites = [];
  for (const d of parseBuildOutput(output)) {
    const at = d.toolLocation;
    if (!at || !C_OR_CXX_SOURCE.test(at.file)) continue;
    const file = path52.resolve(packageDir, at.file);
    if (!file.startsWith(dir)) continue;
    const key = `${file}:${at.line ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sites.push({ file, ...at.line !== void 0 ? { line: at.line } : {} });
  }
  return sites;
}
async function referenceSites(request) {
  if (request.buildFlags.some((f) => /^--?ldflags(=|$)/.test(f))) return [];
  const dir = await fs27.promises.mkdtemp(path52.join(request.tempDir, "tf-cgo-verify-sites-"));
  try {
    const args = [
      "build",
      "-buildmode=c-shared",
      ...request.buildFlags,
      "-ldflags=-extldflags=-Wl,-z,defs",
      "-o",
      path52.join(dir, "lib.so"),
      request.packagePath
    ];
    const run = await runProcess("go", args, { cwd: request.workingDirectory, env: request.env, timeoutMs: 3e5 });
    return run.exitCode === 0 ? [] : packageSites(run.combined, request.packageDir);
  } finally {
    await fs27.promises.rm(dir, { recursive: true, force: true });
  }
}

// src/smoke/after-import.ts
function afterImportWorker(prestarted, wanted) {
  const worker = adoptPrestarted(prestarted, wanted) ?? startPythonWorker({ ...wanted, importTensorflow: true });
  startLaterProcessesInBackground();
  return worker;
}
async function besideTheImport(stages, worker, checks) {
  const record = stages.alongside("Import TensorFlow (alongside the next stages)");
  try {
    return await checks();
  } finally {
    worker.stop();
    const imported = await worker.imported;
    record.status = imported.status;
    record.durationMs = imported.durationMs;
  }
}

// src/library-pipeline.ts
import path53 from "node:path";

// src/smoke/version-explanation.ts
function explainMissingSymbol(symbol, builtOn, loadedOn, arch) {
  const history = architectureHistory(arch);
  if (!history) return void 0;
  const [built, loaded] = [builtOn && minorOf(builtOn), minorOf(loadedOn)];
  const recorded = recordedMinors(history);
  if (C_API_NAME.test(symbol)) {
    const minors = minorsExporting(history, symbol);
    if (minors.length === 0 || minors.includes(loaded)) return void 0;
    const pythonOnly = pythonOnlyExporters(history, symbol, loaded);
    const where = pythonOnly.length > 0 ? ` (${loaded} has it only in ${pythonOnlyPhrase(pythonOnly)})` : "";
    return `${symbol} is in TensorFlow ${describeMinors(minors, recorded)}, not in ${loaded}${where}${built ? `: the library was built on ${built}` : ""}.`;
  }
  const abseil = abseilNamespaceOf(symbol);
  const theirs = history.releases[loaded]?.abseil;
  if (abseil && theirs && abseil !== theirs) {
    const owner = minorsWithAbseil(history, abseil);
    const from = owner.length > 0 ? ` (TensorFlow ${describeMinors(owner, recorded)})` : "";
    return `Built against abseil ${abseil}${from}, and this is ${loadedOn} (abseil ${theirs}): a C++ kernel is bound to the TensorFlow minor it was built against.`;
  }
  if (symbol.startsWith("_Z") && built && built !== loaded)
    return `A C++ name of TensorFlow ${built} that ${loadedOn} does not export: a C++ kernel is bound to the TensorFlow minor it was built against.`;
  return void 0;
}

// src/smoke/other-versions.ts
async function installOne({ inputs, basePython, cache: cache2, env, log }, requested) {
  try {
    const setup = await setupTensorFlow(
      {
        versionSpec: requested,
        packageName: inputs.setup.tensorflowPackage,
        pipArgs: inputs.setup.pipArgs,
        python: basePython,
        cache: inputs.setup.cache !== "off",
        workingDirectory: inputs.workingDirectory
      },
      { log, cache: cache2, env }
    );
    const worker = startPythonWorker({ python: setup.python, importTensorflow: true, env, cwd: inputs.workingDirectory });
    const tf = await locateTensorFlow(setup.python, env).catch((error) => {
      worker.stop();
      throw error;
    });
    return { requested, tf, worker };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError("load-on-tensorflow", `TensorFlow ${requested}: ${error.message}`);
  }
}
async function startOtherInstalls(request) {
  const settled = await Promise.allSettled(request.inputs.loadOnTensorflow.map((requested) => installOne(request, requested)));
  const installs = settled.flatMap((s) => s.status === "fulfilled" ? [s.value] : []);
  const failed2 = settled.find((s) => s.status === "rejected");
  if (!failed2) return installs;
  stopOtherWorkers(installs);
  throw failed2.reason;
}
function explained(found, install, builtOn) {
  const first = found[0];
  if (!first) return {};
  const version = install.tf.version;
  const explanation = first.symbol ? explainMissingSymbol(first.symbol, builtOn, version, process.arch) : void 0;
  const loader = first.raw?.find((l) => /undefined symbol|cannot open|not found|Error/.test(l))?.trim() ?? first.title;
  const claim2 = `or stop claiming TensorFlow ${minorOf(version)}`;
  const diagnostic = {
    severity: "error",
    kind: "fails-on-other-tensorflow",
    stage: "smoke",
    title: `Does not load on TensorFlow ${version}: ${first.title}`,
    message: `The same file${builtOn ? `, built on TensorFlow ${builtOn},` : ""} fails to load under TensorFlow ${version} (load-on-tensorflow ${install.requested}): ${loader}${explanation ? ` ${explanation}` : ""}`,
    fix: first.symbol && C_API_NAME.test(first.symbol) ? `Stop using ${first.symbol}, ${claim2}.` : `Build one library per TensorFlow minor (mode: matrix and a per-minor pin, as tensorflow-io does), ${claim2}.`,
    ...first.symbol ? { symbol: first.symbol } : {},
    ...first.raw ? { raw: first.raw } : {}
  };
  return { message: loader, ...explanation ? { explanation } : {}, diagnostic };
}
async function loadOn(install, request) {
  const { library, loadAs, inputs, env } = request;
  const cwd = inputs.workingDirectory;
  const timeoutMs = inputs.smokeTimeoutMs;
  const { worker } = install;
  const aloneRun = startStandaloneLoad({ python: install.tf.python, library, loadAs, timeoutMs, env, cwd, libraryDirs: [install.tf.dir] });
  let main;
  try {
    main = await worker.load({ library, loadAs, timeoutMs });
  } finally {
    worker.stop();
  }
  const alone = await aloneRun;
  const failed2 = !main.ok ? main : !alone.ok ? alone : void 0;
  const found = failed2 ? smokeDiagnostics(failed2, { library, timeoutMs, loadAs }) : [];
  const why = explained(found, install, request.builtOn);
  const result = {
    requested: install.requested,
    version: install.tf.version,
    afterImport: main.ok ? "loaded" : "failed",
    alone: alone.ok ? "loaded" : "failed",
    ...why.message ? { message: why.message } : {},
    ...why.explanation ? { explanation: why.explanation } : {}
  };
  return { result, diagnostics: why.diagnostic ? [why.diagnostic] : [] };
}
function stopOtherWorkers(installs) {
  for (const install of installs) install.worker.stop();
}
async function loadOnOtherVersions(request) {
  const results = [];
  const diagnostics = [];
  for (const install of request.installs) {
    const one = await loadOn(install, request);
    results.push(one.result);
    diagnostics.push(...one.diagnostics);
  }
  return { results, diagnostics };
}

// src/smoke/other-versions-stage.ts
function startOtherInstallsIfAsked(request) {
  if (request.inputs.loadOnTensorflow.length === 0) return void 0;
  const installs = startOtherInstalls(request);
  installs.catch(() => void 0);
  return installs;
}
async function stopOthersIfItFails(installs, work) {
  try {
    return await work();
  } catch (error) {
    installs?.then(stopOtherWorkers, () => void 0);
    throw error;
  }
}
var OTHER_VERSIONS = "Load under other TensorFlow versions (alongside the load)";
async function loadOthers(installs, library, names2, context) {
  const loaded = await loadOnOtherVersions({
    installs: await installs,
    library,
    loadAs: chooseLoadAs(context.inputs.loadAs, names2),
    // A file built elsewhere was built on a TensorFlow the run does not know.
    ...context.inputs.library ? {} : { builtOn: context.tf.version },
    inputs: context.inputs,
    env: context.env
  });
  const notes = loaded.results.map(
    (r) => `TensorFlow ${r.version ?? r.requested}: after import tensorflow ${r.afterImport}, alone ${r.alone}${r.explanation ? ` (${r.explanation})` : ""}`
  );
  return { ok: loaded.diagnostics.length === 0, diagnostics: loaded.diagnostics, rawTails: [], notes, results: loaded.results };
}
function startOtherVersionsStage(stages, installs, checked, context) {
  if (!installs) return void 0;
  if (!checked.library) {
    installs.then(stopOtherWorkers, () => void 0);
    return stages.skip(OTHER_VERSIONS);
  }
  const record = stages.alongside(OTHER_VERSIONS);
  const started = Date.now();
  const run = loadOthers(installs, checked.library, checked.names, context).then(
    (result) => (record.status = result.ok ? "passed" : "failed", result),
    (error) => {
      record.status = "failed";
      throw error;
    }
  );
  void run.finally(() => record.durationMs = Date.now() - started).catch(() => void 0);
  return run;
}

// src/library-pipeline.ts
var NAME_KINDS = /* @__PURE__ */ new Set(["unresolved-symbol", "undefined-symbol", "not-in-tensorflow"]);
function foldIntoBuiltFor(findings, explains) {
  const builtFor2 = findings.find((d) => d.kind === "built-for-other-tensorflow");
  if (!builtFor2) return [...findings];
  const kernel = explains.some((n) => CXX_TENSORFLOW_NAME.test(n));
  const explained2 = (d) => NAME_KINDS.has(d.kind) && d.symbol !== void 0 && (explains.includes(d.symbol) || kernel && d.symbol.startsWith("_Z"));
  const folded = findings.filter(explained2);
  if (folded.length === 0) return [...findings];
  const names2 = new Set(folded.map((d) => d.symbol));
  const raw = [.../* @__PURE__ */ new Set([...builtFor2.raw ?? [], ...folded.flatMap((d) => d.raw ?? [])])];
  const count = names2.size > 1 ? ` In all, ${names2.size} of the names it uses are not in this TensorFlow.` : "";
  const loader = raw.find((l) => l.includes("undefined symbol"))?.trim();
  const said = loader ? ` The load said: ${loader}` : "";
  const merged2 = { ...builtFor2, message: `${builtFor2.message}${count}${said}`, ...raw.length > 0 ? { raw } : {} };
  return findings.filter((d) => !explained2(d)).map((d) => d === builtFor2 ? merged2 : d);
}
function onTheFile(findings, library, workspace) {
  if (workspaceRelative(library, workspace) === void 0) return [...findings];
  return findings.map((d) => d.locations && d.locations.length > 0 ? d : { ...d, locations: [{ file: library }] });
}
async function checkFile({ inputs, library, stages, setup, tf, afterImport, otherInstalls, log }) {
  const { env, python } = setup;
  const inspected = await stages.run(
    "Inspect the shared object",
    () => inspect({ inputs, library, tf, log, env, builtElsewhere: true })
  );
  const facts = inspectionFacts(inspected);
  const loading = startLoad({ inputs, afterImport, library, python, tf, ...facts, env, log });
  const others = startOtherVersionsStage(stages, otherInstalls, { library, names: facts.undefinedNames }, { inputs, tf, env });
  others?.catch(() => void 0);
  const imported = await afterImport.imported;
  if (imported.status === "failed") throw importFailure(imported, { library, python, copies: inspected.tensorflowCopies });
  const loaded = await stages.run("Load under Python", () => loading.finish());
  return { inspected, loaded, others };
}
function postprocessFileFindings(findings, tf, library) {
  const facts = { dir: path53.dirname(library), files: [], unreadable: [] };
  return postprocess(findings, {
    tfDir: tf.dir,
    tensorflowVersion: tf.version,
    cxx11AbiFlag: tf.cxx11AbiFlag,
    facts,
    packageDir: facts.dir,
    computedLibraries: [],
    tf,
    linkLine: readLinkLine({ sources: facts })
  });
}
async function refuseAllButSharedObjects(library) {
  const info = await readElfInfo(library).catch((error) => {
    if (error instanceof ElfError) return void 0;
    throw error;
  });
  const what = !info ? "is not an ELF file" : ELF_TYPE_WORDS[info.type];
  if (what === void 0) return;
  throw new InputError("library", `${library} ${what}: give the shared object (.so) that go build -buildmode=c-shared makes.`);
}
var ELF_TYPE_WORDS = {
  REL: "is an object file (ELF type REL), not a shared object",
  EXEC: "is an executable (ELF type EXEC), not a shared object",
  CORE: "is a core dump, not a shared object",
  NONE: "is an ELF file of no type"
};
async function runLibraryPipeline(inputs, library, log, options) {
  await refuseAllButSharedObjects(library);
  const [stages, cache2] = [createStages(log), new ActionCache(void 0, log)];
  const callerEnv = options.env ?? process.env;
  const prChanges = readPrChanges({ env: callerEnv, dir: inputs.workingDirectory, log, signal: options.gitSignal });
  const otherInstalls = startOtherInstallsIfAsked({ inputs, basePython: inputs.python, cache: cache2, env: callerEnv, log });
  const setup = await stopOthersIfItFails(
    otherInstalls,
    () => stages.run("Set up TensorFlow", () => setUpTensorFlowOnly({ inputs, log, env: callerEnv, cache: cache2 }), setupSpent)
  );
  const { env, python } = setup;
  log.info(`Checking ${library}, built elsewhere: Go is not set up and nothing is built.`);
  const afterImport = afterImportWorker(options.prestarted, { python, env, cwd: inputs.workingDirectory });
  const { tf, checked } = await stopOthersIfItFails(
    otherInstalls,
    () => besideTheImport(stages, afterImport, async () => {
      const tf2 = await stages.run("Resolve TensorFlow", async () => {
        const found = await locateTensorFlow(python, env);
        logTensorflow(found, log);
        return found;
      });
      return { tf: tf2, checked: await checkFile({ inputs, library, stages, setup, tf: tf2, afterImport, otherInstalls, log }) };
    })
  );
  const { inspected, loaded } = checked;
  const others = await checked.others;
  const checks = [inspected, loaded, ...others ? [others] : []];
  const folded = foldIntoBuiltFor(
    checks.flatMap((c) => c.diagnostics),
    inspected.builtFor?.explains ?? []
  );
  const findings = onTheFile(await postprocessFileFindings(folded, tf, library), library, inputs.workspace);
  const passed = !hasFailures(findings, inputs.failOn);
  const changes = await prChanges;
  const diagnostics = await withPinCause({
    changes,
    findings,
    failed: !passed,
    failOn: inputs.failOn,
    tensorflowVersion: tf.version,
    builtElsewhere: true,
    log
  });
  const cacheState = pendingCaches(inputs.setup.cache, cache2.configured, setup.tfSetup, { ok: true });
  return {
    passed,
    diagnostics,
    stages: stages.records,
    wallMs: stages.elapsedMs(),
    rawTails: checks.flatMap((c) => c.rawTails),
    notes: checks.flatMap((c) => c.notes),
    tf,
    python,
    tfSetup: setup.tfSetup,
    cgoEnv: {},
    sharedObject: library,
    builtElsewhere: true,
    inspection: inspected.inspection,
    ...inspected.tensorflowRange ? { tensorflowRange: inspected.tensorflowRange } : {},
    ...others ? { otherVersions: others.results } : {},
    ...changes.pullRequest || changes.reason ? { changes } : {},
    ...cacheState ? { cacheState } : {}
  };
}

// src/pipeline.ts
function postprocessFindings(diagnostics, resolved, plan, referenceSites2 = [], link) {
  return postprocess(diagnostics, {
    referenceSites: referenceSites2,
    tfDir: resolved.tf.dir,
    tensorflowVersion: resolved.tf.version,
    cxx11AbiFlag: resolved.tf.cxx11AbiFlag,
    facts: resolved.facts,
    packageDir: resolved.pkg.dir,
    computedLibraries: plan.computedLibraries,
    tf: resolved.tf,
    notInTensorflow: plan.notInTensorflow,
    ...link
  });
}
function earlyStagesResult(setup, resolved, plan) {
  return {
    tf: resolved.tf,
    python: setup.python,
    goSetup: setup.goSetup,
    tfSetup: setup.tfSetup,
    pkg: resolved.pkg,
    plan
  };
}
function computeFlagsWithStubs(request) {
  const { inputs, resolved, env, log } = request;
  const against = inputs.link.against;
  return computeFlags({ ...request, chooseEnvironment: stubEnvironment({ against, tf: resolved.tf, env, log, cc: resolved.goEnv.cc }) });
}
function buildInputsFor(inputs, extensionModule, resolved, log) {
  const named = extensionModule ? moduleOutput(inputs, resolved.facts, resolved.tf) : void 0;
  if (!named) return inputs;
  log.info(`output: ${named.why}`);
  return { ...inputs, output: named.output };
}
async function checkLibrary(inputs, { stages, setup, resolved, cache: cache2, tempDir, log, afterImport, otherInstalls }) {
  const { env, python } = setup;
  const flags = await stages.run(
    "Compute cgo flags",
    () => computeFlagsWithStubs({ inputs, resolved, log, env, tempDir, buildmode: "c-shared" })
  );
  const built = await stages.run(
    "Build the shared object",
    () => build({
      inputs: buildInputsFor(inputs, flags.plan.extensionModule === true, resolved, log),
      resolved,
      goVersion: setup.goSetup.version,
      cgoEnv: flags.cgoEnv,
      stubLink: flags.via,
      notInTensorflow: flags.plan.notInTensorflow,
      ...flags.plan.extensionModule ? { extensionModule: true } : {},
      linkLine: flags.linkLine,
      ...flags.compileOutput ? { compileOutput: flags.compileOutput } : {},
      ...flags.packageCompiled !== void 0 ? { packageCompiled: flags.packageCompiled } : {},
      env,
      log,
      cache: inputs.setup.cache !== "off" ? cache2 : void 0
    })
  );
  const library = built.sharedObject;
  const inspected = library ? await stages.run(
    "Inspect the shared object",
    () => inspect({
      inputs,
      library,
      tf: resolved.tf,
      log,
      env,
      sources: { dir: resolved.pkg.dir, facts: resolved.facts },
      ...flags.plan.extensionModule ? { extensionModule: true } : {},
      linkLine: flags.linkLine,
      ...resolved.declaredRange ? { declaredRange: resolved.declaredRange } : {}
    })
  ) : stages.skip("Inspect the shared object");
  const facts = inspectionFacts(inspected);
  const loading = library ? startLoad({
    inputs,
    afterImport,
    library,
    python,
    tf: resolved.tf,
    ...facts,
    extensionModule: flags.plan.extensionModule === true,
    env,
    log
  }) : void 0;
  const others = startOtherVersionsStage(stages, otherInstalls, { library, names: facts.undefinedNames }, { inputs, tf: resolved.tf, env });
  others?.catch(() => void 0);
  if (loading && library) {
    const imported = await afterImport.imported;
    if (imported.status === "failed") throw importFailure(imported, { library, python, copies: inspected?.tensorflowCopies });
  }
  const loaded = loading ? await stages.run("Load under Python", () => loading.finish()) : stages.skip("Load under Python");
  return { flags, built, inspected, loaded, library, others };
}
async function runPipeline(inputs, log, options = {}) {
  const gitCommands = new AbortController();
  try {
    if (inputs.library) return await runLibraryPipeline(inputs, inputs.library, log, { ...options, gitSignal: gitCommands.signal });
    return await runStages(inputs, log, options, gitCommands.signal);
  } finally {
    gitCommands.abort();
    options.prestarted?.worker.stop();
  }
}
async function unlinkedSites(findings, { inputs, resolved, env, tempDir }) {
  const unlinked = findings.filter((d) => d.kind === "resolved-only-by-import" || d.kind === "unresolved-symbol");
  if (inputs.link.mode === "auto" || unlinked.length < ROOT_CAUSE_THRESHOLD) return [];
  return referenceSites({
    workingDirectory: inputs.workingDirectory,
    packagePath: inputs.packagePath,
    packageDir: resolved.pkg.dir,
    buildFlags: inputs.buildFlags,
    env,
    tempDir
  });
}
async function runStages(inputs, log, options, gitSignal) {
  const [stages, tempDir, cache2] = [createStages(log), runnerTemp(), new ActionCache(void 0, log)];
  const prChanges = readPrChanges({ env: options.env ?? process.env, dir: inputs.workingDirectory, log, signal: gitSignal });
  const callerEnv = options.env ?? process.env;
  const otherInstalls = startOtherInstallsIfAsked({ inputs, basePython: inputs.python, cache: cache2, env: callerEnv, log });
  const setup = await stopOthersIfItFails(
    otherInstalls,
    () => stages.run("Set up Go and TensorFlow", () => setUp({ inputs, log, env: callerEnv, cache: cache2, onGoReady: options.onGoReady }), setupSpent)
  );
  const { env, python } = setup;
  const afterImport = afterImportWorker(options.prestarted, { python, env, cwd: inputs.workingDirectory });
  const { resolved, checked } = await stopOthersIfItFails(
    otherInstalls,
    () => besideTheImport(stages, afterImport, async () => {
      const resolved2 = await stages.run("Resolve TensorFlow, Go and the package", () => resolve({ inputs, python, log, env }));
      return {
        resolved: resolved2,
        checked: await checkLibrary(inputs, { stages, setup, resolved: resolved2, cache: cache2, tempDir, log, afterImport, otherInstalls })
      };
    })
  );
  const { flags, built, inspected, loaded, library } = checked;
  const others = await checked.others;
  const cacheState = pendingCaches(inputs.setup.cache, cache2.configured, setup.tfSetup, built);
  const checks = [built, inspected, loaded, others].flatMap((c) => c ? [c] : []);
  const checkFindings = checks.flatMap((c) => c.diagnostics);
  const sites = library ? await unlinkedSites(checkFindings, { inputs, resolved, env: { ...env, ...built.cgoEnv }, tempDir }) : [];
  const mapped = await postprocessFindings([...flags.diagnostics, ...checkFindings], resolved, flags.plan, sites, {
    linkLine: flags.linkLine,
    workspace: inputs.workspace
  });
  const findings = withTlsDetail(
    mapped,
    inspected?.tls ? { tls: inspected.tls, places: inspected.tlsPlaces ?? [], dir: resolved.pkg.dir } : void 0
  );
  const passed = !hasFailures(findings, inputs.failOn);
  const changes = await prChanges;
  const diagnostics = await withPinCause({
    changes,
    findings,
    failed: !passed,
    failOn: inputs.failOn,
    tensorflowVersion: resolved.tf.version,
    goVersion: setup.goSetup.version,
    goMod: resolved.pkg.module?.goMod,
    log
  });
  return {
    passed,
    diagnostics,
    stages: stages.records,
    wallMs: stages.elapsedMs(),
    rawTails: checks.flatMap((c) => c.rawTails),
    notes: [...flags.notes, ...checks.flatMap((c) => c.notes)],
    ...earlyStagesResult(setup, resolved, flags.plan),
    cgoEnv: built.cgoEnv,
    ...library ? { sharedObject: library } : {},
    ...built.objectsFromCache ? { objectsFromCache: true } : {},
    ...inspected ? { inspection: inspected.inspection } : {},
    ...inspected?.tensorflowRange ? { tensorflowRange: inspected.tensorflowRange } : {},
    ...others ? { otherVersions: others.results } : {},
    ...changes.pullRequest || changes.reason ? { changes } : {},
    ...cacheState ? { cacheState } : {}
  };
}

export {
  hasFailures,
  createStages,
  prependSearchPath,
  setUp,
  setupSpent,
  goVanished,
  goListError,
  scanCgoPackage,
  userLinkLine,
  noticeOlderBindings,
  probeBeside,
  readLdconfigCache,
  findTensorflowCopies,
  copiesForLaterSteps,
  environmentLine,
  postprocessFindings,
  earlyStagesResult,
  computeFlagsWithStubs,
  runPipeline
};
