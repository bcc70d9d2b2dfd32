// Go from the module proxy (go-download-source: proxy): the golang.org/toolchain module
// (v0.0.1-go1.X.Y.<os>-<arch>) fetched through GOPROXY by the go command already on PATH
// (Go 1.21+ switches toolchains itself), then moved into the runner's tool cache like a
// go.dev download. No crypto of our own: the go command checks the zip against GOSUMDB, and
// for this one module it does so even when GONOSUMDB/GOPRIVATE match it (cmd/go requires
// checksum database lookups for toolchains, since they can never be listed in a go.sum).
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import type { Log } from '../log.ts';
import { InputError } from '../input-error.ts';
import { runProcess } from '../util/process.ts';
import { runnerTemp } from '../util/temp-dir.ts';
import { goVersionToSemver, isStableAlias, semverToGoVersion } from './go-version.ts';
import { EnvironmentError } from '../environment-error.ts';
import { moveIntoToolCache, noToolCache, OFFICIAL_GO_TOOL_NAME, toolCacheRoot } from './go-tool-cache.ts';

export const TOOLCHAIN_MODULE = 'golang.org/toolchain';
export const DOWNLOAD_SOURCE_INPUT = 'go-download-source';
export type GoDownloadSource = 'go.dev' | 'proxy';
/** The first Go whose go command downloads toolchains named by GOTOOLCHAIN. */
export const MIN_SWITCHING_GO = '1.21.0';

const TOOLCHAIN_VERSION = /^v0\.0\.1-(go[0-9a-z.]+)\.([a-z0-9]+)-([a-z0-9]+)$/;
const FIX = `or set go-download-source to go.dev`;

/** "1.25.5", "linux", "amd64" -> "v0.0.1-go1.25.5.linux-amd64". */
export function toolchainModuleVersion(version: string, goos: string, goarch: string): string {
  return `v0.0.1-${semverToGoVersion(version)}.${goos}-${goarch}`;
}

/**
 * The releases for goos/goarch, as semver, newest first, from the output of
 * `go list -m -versions golang.org/toolchain` (the module path, then versions, all on one
 * line) or the proxy's `@v/list` (one version a line).
 */
export function parseToolchainVersions(text: string, goos: string, goarch: string): string[] {
  const found = new Set<string>();
  for (const word of text.split(/\s+/)) {
    const m = TOOLCHAIN_VERSION.exec(word);
    if (!m || m[2] !== goos || m[3] !== goarch) continue;
    const v = goVersionToSemver(m[1]!);
    if (v) found.add(v);
  }
  return [...found].sort(semver.rcompare);
}

/**
 * The newest version satisfying `spec` (a normalized range, or stable/oldstable). The
 * aliases mean the newest release of the newest minor line, or of the line before it;
 * prereleases count only when the range names one.
 */
export function chooseToolchainVersion(versions: readonly string[], spec: string): string | undefined {
  if (!isStableAlias(spec)) return semver.maxSatisfying([...versions], spec) ?? undefined;
  const releases = versions.filter((v) => semver.prerelease(v) === null).sort(semver.rcompare);
  const lines = [...new Set(releases.map((v) => `${semver.major(v)}.${semver.minor(v)}`))];
  const line = lines[spec === 'stable' ? 0 : 1];
  return line ? releases.find((v) => `${semver.major(v)}.${semver.minor(v)}` === line) : undefined;
}

export interface PathGoFacts {
  version: string;
  hostOs: string;
  hostArch: string;
}

/** Why the Go on PATH cannot fetch a toolchain for goos/goarch, or undefined when it can. */
export function proxyUnavailableReason(onPath: PathGoFacts | undefined, goos: string, goarch: string): string | undefined {
  if (!onPath) return 'there is no Go on PATH to fetch and verify it';
  if (semver.lt(onPath.version, MIN_SWITCHING_GO))
    return `the Go on PATH is ${onPath.version}, and only Go 1.21 or newer fetches toolchains`;
  if (onPath.hostOs !== goos || onPath.hostArch !== goarch) {
    return `the Go on PATH runs on ${onPath.hostOs}/${onPath.hostArch} and fetches toolchains for that platform, not ${goos}/${goarch}`;
  }
  return undefined;
}

/**
 * The environment the go command fetches with: the user's (GOPROXY, GOSUMDB, GONOSUMDB,
 * GOPRIVATE, GOINSECURE, GOFLAGS, GOENV pass through), with a module cache of its own so
 * nothing lands in the user's, and GOTOOLCHAIN pinned to the release (or to local).
 */
export function proxyGoEnv(base: NodeJS.ProcessEnv, workDir: string, gotoolchain: string): NodeJS.ProcessEnv {
  return { ...base, GOMODCACHE: path.join(workDir, 'mod'), GOPATH: path.join(workDir, 'gopath'), GOTOOLCHAIN: gotoolchain };
}

export interface ProxyConfig {
  GOPROXY: string;
  GOSUMDB: string;
}

/** True when GOPROXY sends no request anywhere ("off", or "off" before any proxy). */
export function proxyIsOff(goproxy: string): boolean {
  return goproxy.trim().split(/[,|]/)[0]?.trim() === 'off';
}

const PROXY_REFUSED = /toolchain not available|\b(403|404|410)\b|not found|Not Found|Gone|not available/;
const PROXY_UNREACHABLE = /dial tcp|connection refused|no such host|i\/o timeout|TLS handshake|EOF|\b5\d\d [A-Z][a-z]/;

/**
 * The error for a failed go command against the proxy: a proxy that cannot be reached is the
 * environment (retry); a refusal or a checksum problem is the proxy setup the input chose.
 */
export function proxyFailure(output: string, module: string, config: ProxyConfig, doing = ''): Error {
  const text = `${doing}${explainProxyFailure(output, module, config)}`;
  const unreachable = PROXY_UNREACHABLE.test(output) && !PROXY_REFUSED.test(output) && !/checksum mismatch|GOSUMDB=off/.test(output);
  return unreachable
    ? new EnvironmentError(`Go module proxy (GOPROXY=${config.GOPROXY})`, `${text} Retry the job later.`)
    : new InputError(DOWNLOAD_SOURCE_INPUT, text);
}

/** One sentence naming the cause and the fix for a failed `GOTOOLCHAIN=goX go env`, from go's stderr. */
export function explainProxyFailure(output: string, module: string, config: ProxyConfig): string {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^go: downloading go/.test(l));
  const goSays = lines
    .filter((l) => !/^(SECURITY ERROR|This download|The bits|have been|intercepted|For more information)/.test(l))
    .join(' ')
    .slice(0, 600);
  const where = `GOPROXY=${config.GOPROXY}`;
  if (/checksum mismatch/.test(output)) {
    const sums = /downloaded:\s*(\S+)\s*\n\s*(\S+):\s*(\S+)/.exec(output);
    return (
      `the module proxy (${where}) served ${module} with a checksum that does not match the checksum database (GOSUMDB=${config.GOSUMDB})` +
      (sums ? `: downloaded ${sums[1]}, ${sums[2]} ${sums[3]}` : '') +
      `. The proxy serves altered files; nothing was installed. Point GOPROXY at a proxy you trust (unset, it is Go's default module proxy, then direct), ${FIX}.`
    );
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
  return `the go command could not fetch ${module} through ${where} (${goSays}). ${FIX[0]!.toUpperCase()}${FIX.slice(1)}.`;
}

export interface ProxyOptions {
  goos: string;
  goarch: string;
  /** The user's environment; default process.env. */
  env?: NodeJS.ProcessEnv;
  log: Pick<Log, 'info' | 'debug'>;
}

const GO_TIMEOUT_MS = 15 * 60_000;

/**
 * Module cache folders are read-only (0555): give the owner write access to every folder so
 * the tree can be renamed into the tool cache and later removed or replaced by a non-root
 * runner. Files stay read-only, which changes nothing for using the toolchain.
 */
async function makeFoldersWritable(dir: string): Promise<void> {
  if (!fs.existsSync(dir)) return;
  await fs.promises.chmod(dir, 0o755);
  for (const entry of await fs.promises.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) await fs.promises.chmod(path.join(entry.parentPath, entry.name), 0o755);
  }
}

async function removeTree(dir: string): Promise<void> {
  await makeFoldersWritable(dir).catch(() => {});
  await fs.promises.rm(dir, { recursive: true, force: true });
}

/** The GOPROXY and GOSUMDB the go command will use (environment, then go env -w, then GOROOT/go.env). */
async function readProxyConfig(env: NodeJS.ProcessEnv, cwd: string): Promise<ProxyConfig> {
  const run = await runProcess('go', ['env', 'GOPROXY', 'GOSUMDB'], { cwd, env, timeoutMs: 60_000 });
  if (run.exitCode !== 0) {
    throw new InputError(
      DOWNLOAD_SOURCE_INPUT,
      `'go env GOPROXY GOSUMDB' failed (${(run.spawnError?.message ?? run.combined).trim()}); fix the Go environment ${FIX}.`,
    );
  }
  const [GOPROXY = '', GOSUMDB = ''] = run.stdout.split(/\r?\n/).map((l) => l.trim());
  if (proxyIsOff(GOPROXY)) {
    throw new InputError(
      DOWNLOAD_SOURCE_INPUT,
      `GOPROXY is ${GOPROXY}, so the go command cannot fetch Go from the module proxy. Unset GOPROXY (the default is Go's module proxy, then direct) ${FIX}.`,
    );
  }
  return { GOPROXY, GOSUMDB };
}

/** The golang.org/toolchain releases for goos/goarch the proxy lists (`go list -m -versions`), newest first. */
export async function listProxyToolchains(options: ProxyOptions): Promise<string[]> {
  const work = await fs.promises.mkdtemp(path.join(runnerTemp(), 'go-proxy-list-'));
  try {
    const env = proxyGoEnv(options.env ?? process.env, work, 'local');
    const config = await readProxyConfig(env, work);
    const run = await runProcess('go', ['list', '-m', '-versions', TOOLCHAIN_MODULE], { cwd: work, env, timeoutMs: 120_000 });
    if (run.exitCode !== 0) {
      throw proxyFailure(run.combined, TOOLCHAIN_MODULE, config, `listing ${TOOLCHAIN_MODULE} versions: `);
    }
    return parseToolchainVersions(run.stdout, options.goos, options.goarch);
  } finally {
    await removeTree(work);
  }
}

/**
 * Fetches Go `version` (semver) as the golang.org/toolchain module into a module cache of its
 * own beside the tool cache, verified by the go command against GOSUMDB, and moves it to
 * go/<version>/<cacheArch>. On any failure nothing is left in the tool cache.
 */
export async function installGoFromProxy(version: string, options: ProxyOptions & { cacheArch: string }): Promise<string> {
  const cacheRoot = toolCacheRoot();
  if (!cacheRoot) throw noToolCache();
  const goVersion = semverToGoVersion(version);
  const module = `${TOOLCHAIN_MODULE}@${toolchainModuleVersion(version, options.goos, options.goarch)}`;
  // Beside the final folder so the result is renamed into place, not copied. A dot name,
  // so tc.findAllVersions never takes it for a version.
  await fs.promises.mkdir(path.join(cacheRoot, 'go'), { recursive: true });
  const work = await fs.promises.mkdtemp(path.join(cacheRoot, 'go', '.proxy-'));
  try {
    const env = proxyGoEnv(options.env ?? process.env, work, goVersion);
    const config = await readProxyConfig({ ...env, GOTOOLCHAIN: 'local' }, work);
    options.log.info(`Fetching ${module} with the go command on PATH (GOPROXY=${config.GOPROXY}, GOSUMDB=${config.GOSUMDB})`);
    const run = await runProcess('go', ['env', 'GOROOT', 'GOVERSION'], { cwd: work, env, timeoutMs: GO_TIMEOUT_MS });
    if (run.exitCode !== 0) throw proxyFailure(run.combined, module, config);
    const [goroot = '', reported = ''] = run.stdout.split(/\r?\n/).map((l) => l.trim());
    const expectedRoot = path.join(env.GOMODCACHE!, module);
    if (goroot !== expectedRoot || reported !== goVersion) {
      throw new InputError(
        DOWNLOAD_SOURCE_INPUT,
        `GOTOOLCHAIN=${goVersion} go env reported GOVERSION "${reported}" at "${goroot}", expected ${goVersion} at ${expectedRoot}; the go command on PATH did not switch toolchains.`,
      );
    }
    options.log.info(`Verified ${module} against ${config.GOSUMDB}`);
    await makeFoldersWritable(goroot);
    // The toolchain module holds the official release, checked against GOSUMDB: the official name.
    return await moveIntoToolCache(goroot, version, options.cacheArch, OFFICIAL_GO_TOOL_NAME);
  } finally {
    await removeTree(work);
  }
}
