// Provides the Go toolchain the build uses, trying the cheapest source first:
// 1. a Go already on PATH that satisfies the spec, 2. the runner's tool cache,
// 3. a download: from the go.dev listing (verify sha256, extract, cache), or with
// go-download-source: proxy, the golang.org/toolchain module through GOPROXY, checked against
// GOSUMDB by the go command on PATH (go-proxy.ts). check-latest skips 1 and 2.
// The caller then runs Go with goEnvironment(): <goroot>/bin first on PATH and GOTOOLCHAIN=local,
// so go.mod `toolchain` lines cannot make the go command fetch another toolchain.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { runProcess } from '../util/process.ts';
import { prependSearchPath } from '../util/search-path.ts';
import { InputError } from '../input-error.ts';
import { silentLog, type Log } from '../log.ts';
import { goVersionToSemver, isStableAlias, normalizeSpec, parseGoVersionFile, type StableAlias } from './go-version.ts';
import { availableVersions, goArch, goOs, nodeArch, resolveStableAlias, selectRelease, type GoRelease } from './go-listing.ts';
import {
  DEFAULT_GO_DOWNLOAD_BASE_URL,
  defaultHttpSettings,
  fetchListing,
  goToolName,
  installGo,
  listingUrl,
  type HttpSettings,
} from './go-download.ts';
import { findInToolCache, OFFICIAL_GO_TOOL_NAME } from './go-tool-cache.ts';
import {
  chooseToolchainVersion,
  installGoFromProxy,
  listProxyToolchains,
  proxyUnavailableReason,
  TOOLCHAIN_MODULE,
  type GoDownloadSource,
} from './go-proxy.ts';

type SetupLog = Pick<Log, 'info' | 'notice' | 'warning' | 'debug'>;

export interface GoSetupOptions {
  /** The go-version input: 1.26, 1.26.8, >=1.25, ^1.25, go1.27rc1, stable, oldstable. */
  versionSpec?: string;
  /** The go-version-file input (go.mod, go.work, .go-version, .tool-versions), relative to workingDirectory. */
  versionFile?: string;
  workingDirectory: string;
  /** The go-download-base-url input; default https://go.dev/dl. */
  downloadBaseUrl?: string;
  checkLatest?: boolean;
  /** Node (x64) or Go (amd64) name; default process.arch. */
  arch?: string;
  /** Node (win32) or Go (windows) name; default process.platform. */
  platform?: string;
  /** Network timeouts and retries (tests and benchmarks shorten them). */
  http?: Partial<HttpSettings>;
  /** The go-download-source input: go.dev (default) or proxy (golang.org/toolchain through GOPROXY). */
  downloadSource?: GoDownloadSource;
  log?: SetupLog;
  /** The environment the go command runs with (GOPROXY, GOSUMDB, GOFLAGS, ...); default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface GoSetupResult {
  /** Semver: "1.26.8". */
  version: string;
  goroot: string;
  /** download: from the go.dev listing; proxy: the golang.org/toolchain module through GOPROXY. */
  source: 'path' | 'tool-cache' | 'download' | 'proxy';
  /** The range that was resolved ("~1.26"), when a version was asked for. */
  spec?: string;
}

interface Requested {
  spec: string;
  /** The input it came from, for error messages. */
  input: 'go-version' | 'go-version-file';
}

function readRequested(options: GoSetupOptions, log: SetupLog): Requested | undefined {
  const spec = options.versionSpec?.trim();
  const file = options.versionFile?.trim();
  if (spec && file) log.warning(`Both go-version (${spec}) and go-version-file (${file}) are set; using go-version.`);
  if (spec) return { spec, input: 'go-version' };
  if (!file) return undefined;
  const full = path.resolve(options.workingDirectory, file);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      'go-version-file',
      `go-version-file ${file} cannot be read (${full}: ${code ?? (error as Error).message}). The path is relative to the working directory ${options.workingDirectory}.`,
    );
  }
  const found = parseGoVersionFile(full, text);
  if (!found) {
    throw new InputError(
      'go-version-file',
      `go-version-file ${file} names no Go version (expected a "toolchain goX.Y.Z" or "go X.Y" line in go.mod/go.work, a "golang X.Y.Z" line in .tool-versions, or a version in .go-version).`,
    );
  }
  return { spec: found, input: 'go-version-file' };
}

interface PathGo {
  version: string;
  goroot: string;
  hostOs: string;
  hostArch: string;
}

/** The Go on PATH, asked with GOTOOLCHAIN=local outside any module so it reports itself. */
async function goOnPath(env: NodeJS.ProcessEnv, log: SetupLog): Promise<PathGo | undefined> {
  const run = await runProcess('go', ['env', 'GOVERSION', 'GOROOT', 'GOHOSTOS', 'GOHOSTARCH'], {
    cwd: os.tmpdir(),
    env: { ...env, GOTOOLCHAIN: 'local', GOFLAGS: '' },
    timeoutMs: 30_000,
  });
  if (run.spawnError || run.exitCode !== 0) {
    if (!run.spawnError) log.debug(`go env failed: ${run.combined.trim()}`);
    return undefined;
  }
  const [goVersion = '', goroot = '', hostOs = '', hostArch = ''] = run.stdout.split(/\r?\n/).map((l) => l.trim());
  const version = goVersionToSemver(goVersion);
  if (!version || !goroot) {
    log.info(`The Go on PATH reports GOVERSION "${goVersion}", which is not a release version; not using it.`);
    return undefined;
  }
  return { version, goroot, hostOs, hostArch };
}

/** `env` with the Go of `go` first on PATH and GOTOOLCHAIN=local: how every later step runs go. */
export function goEnvironment(go: Pick<GoSetupResult, 'goroot'>, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, PATH: prependSearchPath(path.join(go.goroot, 'bin'), env.PATH), GOTOOLCHAIN: 'local' };
}

/** What every step of setupGo reads: the options, resolved once. */
interface SetupContext {
  options: GoSetupOptions;
  requested: Requested;
  log: SetupLog;
  env: NodeJS.ProcessEnv;
  /** Go's names: linux, amd64. */
  platform: string;
  arch: string;
  /** Node's arch, as the tool cache folders use it (x64). */
  cacheArch: string;
  baseUrl: string;
  http: HttpSettings;
}

/** The Go the options ask for, from the cheapest place that has it (see the top of this file). */
export async function setupGo(options: GoSetupOptions): Promise<GoSetupResult> {
  const log = options.log ?? silentLog;
  const env = options.env ?? process.env;
  const requested = readRequested(options, log);
  const result = requested ? await setupRequested(setupContext(options, requested, log, env)) : await pathGoOnly(env, log);
  log.info(`Using Go ${result.version} from ${result.source}: ${result.goroot}`);
  return result;
}

function setupContext(options: GoSetupOptions, requested: Requested, log: SetupLog, env: NodeJS.ProcessEnv): SetupContext {
  const platform = goOs(options.platform ?? process.platform);
  const arch = goArch(options.arch ?? process.arch);
  const http: HttpSettings = { ...defaultHttpSettings };
  for (const [k, v] of Object.entries(options.http ?? {})) if (v !== undefined) http[k as keyof HttpSettings] = v;
  const baseUrl = options.downloadBaseUrl?.trim() || DEFAULT_GO_DOWNLOAD_BASE_URL;
  return { options, requested, log, env, platform, arch, cacheArch: nodeArch(arch), baseUrl, http };
}

/** Neither go-version nor go-version-file: the Go on PATH, whichever it is. */
async function pathGoOnly(env: NodeJS.ProcessEnv, log: SetupLog): Promise<GoSetupResult> {
  const onPath = await goOnPath(env, log);
  if (!onPath) {
    throw new InputError(
      'go-version',
      'No Go on PATH and neither go-version nor go-version-file is set. Set go-version (for example 1.26 or stable) or go-version-file (for example go.mod).',
    );
  }
  return { version: onPath.version, goroot: onPath.goroot, source: 'path' };
}

/**
 * A Go for the requested version: the Go on PATH or the tool cache when one satisfies the
 * range (unless check-latest), else the newest release from the source, found in the tool
 * cache (check-latest) or installed.
 */
async function setupRequested(ctx: SetupContext): Promise<GoSetupResult> {
  const { options, requested } = ctx;
  let range = normalizeSpec(requested.spec, {
    input: requested.input,
    file: requested.input === 'go-version-file' ? options.versionFile : undefined,
  });
  const useProxy = options.downloadSource === 'proxy';
  const onPath = useProxy || !options.checkLatest ? await goOnPath(ctx.env, ctx.log) : undefined;
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
  const cached = options.checkLatest ? await findInToolCache(choice.version, ctx.cacheArch, source.toolName) : undefined;
  if (cached) return { ...cached, source: 'tool-cache', spec: range };
  return { version: choice.version, ...(await choice.install()), spec: range };
}

/** The Go on PATH when it satisfies `range` for the target platform, else the newest cached one that does. */
async function findLocal(
  ctx: SetupContext,
  onPath: PathGo | undefined,
  range: string,
  toolName: string,
): Promise<GoSetupResult | undefined> {
  const { platform, arch } = ctx;
  const sameHost = onPath && (!onPath.hostOs || onPath.hostOs === platform) && (!onPath.hostArch || onPath.hostArch === arch);
  if (onPath && sameHost && semver.satisfies(onPath.version, range)) {
    return { version: onPath.version, goroot: onPath.goroot, source: 'path' };
  }
  if (onPath)
    ctx.log.info(
      `The Go on PATH (${onPath.version}, ${onPath.hostOs}/${onPath.hostArch}) does not satisfy ${range} for ${platform}/${arch}.`,
    );
  const cached = await findInToolCache(range, ctx.cacheArch, toolName);
  return cached && { ...cached, source: 'tool-cache' };
}

/** A release a source chose for the range: its version, and how to install it. */
interface Choice {
  version: string;
  install(): Promise<Pick<GoSetupResult, 'goroot' | 'source'>>;
}

/** Where a Go comes from when neither PATH nor the tool cache has it: the go.dev listing or the module proxy. */
interface GoSource {
  /** The minor line ("~1.26") a stable alias stands for. */
  resolveAlias(alias: StableAlias): Promise<string>;
  /** The newest release satisfying `range`; an InputError naming the input when there is none. */
  choose(range: string): Promise<Choice>;
  /** Where its Go sits in the tool cache: a mirror's under a name of its own (goToolName). */
  toolName: string;
}

/**
 * With go-download-source: proxy, the Go on PATH fetches the toolchain; when it cannot, the
 * go.dev listing is used, with a notice once it is needed.
 */
function chooseSource(ctx: SetupContext, useProxy: boolean, onPath: PathGo | undefined): GoSource {
  const fallbackReason = useProxy ? proxyUnavailableReason(onPath, ctx.platform, ctx.arch) : undefined;
  if (useProxy && !fallbackReason) return proxySource(ctx, onPath!);
  return listingSource(ctx, fallbackReason);
}

/** The golang.org/toolchain module through GOPROXY, fetched by `fetcher`, the Go on PATH. */
function proxySource(ctx: SetupContext, fetcher: PathGo): GoSource {
  const { platform, arch, requested } = ctx;
  const proxyOptions = { goos: platform, goarch: arch, env: ctx.env, log: ctx.log };
  let listed: string[] | undefined;
  const list = async () => (listed ??= await listProxyToolchains(proxyOptions));
  return {
    toolName: OFFICIAL_GO_TOOL_NAME,
    async resolveAlias(alias) {
      const newest = chooseToolchainVersion(await list(), alias);
      const resolved = newest && `~${newest.split('.').slice(0, 2).join('.')}`;
      if (!resolved)
        throw new InputError(
          'go-download-source',
          `The module proxy lists no ${alias} ${TOOLCHAIN_MODULE} release for ${platform}/${arch}.`,
        );
      return resolved;
    },
    async choose(range) {
      // An exact version needs no listing; a range is resolved against the proxy's.
      const versions = listed ?? (semver.valid(range) ? [range] : await list());
      const version = chooseToolchainVersion(versions, range);
      if (!version) {
        const newest = versions.slice(0, 6);
        throw new InputError(
          requested.input,
          `No ${TOOLCHAIN_MODULE} release on the module proxy matches ${requested.input} "${requested.spec}" (${range}) for ${platform}/${arch}. ` +
            (newest.length ? `Newest available: ${newest.join(', ')}.` : 'The proxy lists none for this platform.'),
        );
      }
      return {
        version,
        install: async () =>
          // GOTOOLCHAIN naming the Go on PATH's own release fetches nothing: that Go is the release.
          version === fetcher.version
            ? { goroot: fetcher.goroot, source: 'path' }
            : { goroot: await installGoFromProxy(version, { ...proxyOptions, cacheArch: ctx.cacheArch }), source: 'proxy' },
      };
    },
  };
}

/** The go.dev listing at go-download-base-url, read once; `fallbackReason` says why it stands in for the proxy. */
function listingSource(ctx: SetupContext, fallbackReason: string | undefined): GoSource {
  const { platform, arch, baseUrl, requested } = ctx;
  let listing: GoRelease[] | undefined;
  const read = async () => {
    if (listing) return listing;
    if (fallbackReason)
      ctx.log.notice(
        `go-download-source is proxy, but ${fallbackReason}; downloading Go from ${baseUrl} instead (verified against the listing's sha256).`,
      );
    return (listing = await fetchListing(baseUrl, ctx.http, ctx.log));
  };
  return {
    toolName: goToolName(baseUrl),
    async resolveAlias(alias) {
      const resolved = resolveStableAlias(await read(), alias);
      if (!resolved) throw new InputError('go-download-base-url', `The listing ${listingUrl(baseUrl)} has no ${alias} Go release.`);
      return resolved;
    },
    async choose(range) {
      const releases = await read();
      const selected = selectRelease(releases, range, platform, arch);
      if (!selected) {
        const newest = availableVersions(releases, platform, arch).slice(0, 6);
        throw new InputError(
          requested.input,
          `No Go release in ${listingUrl(baseUrl)} matches ${requested.input} "${requested.spec}" (${range}) for ${platform}/${arch}. ` +
            (newest.length ? `Newest available: ${newest.join(', ')}.` : `The listing has no archive for ${platform}/${arch} at all.`),
        );
      }
      return {
        version: selected.version,
        install: async () => ({
          goroot: await installGo(selected, { baseUrl, cacheArch: ctx.cacheArch, http: ctx.http, log: ctx.log }),
          source: 'download',
        }),
      };
    },
  };
}
