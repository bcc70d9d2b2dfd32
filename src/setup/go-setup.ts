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
import { goVersionToSemver, isStableAlias, normalizeSpec, parseGoVersionFile } from './go-version.ts';
import { availableVersions, goArch, goOs, nodeArch, resolveStableAlias, selectRelease, type GoRelease } from './go-listing.ts';
import {
  DEFAULT_GO_DOWNLOAD_BASE_URL,
  defaultHttpSettings,
  fetchListing,
  installGo,
  listingUrl,
  type HttpSettings,
} from './go-download.ts';
import { findInToolCache } from './go-tool-cache.ts';
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

export async function setupGo(options: GoSetupOptions): Promise<GoSetupResult> {
  const log = options.log ?? silentLog;
  const env = options.env ?? process.env;
  const finish = (result: GoSetupResult): GoSetupResult => {
    log.info(`Using Go ${result.version} from ${result.source}: ${result.goroot}`);
    return result;
  };
  const platform = goOs(options.platform ?? process.platform);
  const arch = goArch(options.arch ?? process.arch);
  const cacheArch = nodeArch(arch);
  const baseUrl = options.downloadBaseUrl?.trim() || DEFAULT_GO_DOWNLOAD_BASE_URL;
  const http: HttpSettings = { ...defaultHttpSettings };
  for (const [k, v] of Object.entries(options.http ?? {})) if (v !== undefined) http[k as keyof HttpSettings] = v;

  const requested = readRequested(options, log);
  if (!requested) {
    const onPath = await goOnPath(env, log);
    if (!onPath) {
      throw new InputError(
        'go-version',
        'No Go on PATH and neither go-version nor go-version-file is set. Set go-version (for example 1.26 or stable) or go-version-file (for example go.mod).',
      );
    }
    return finish({ version: onPath.version, goroot: onPath.goroot, source: 'path' });
  }

  let range = normalizeSpec(requested.spec, {
    input: requested.input,
    file: requested.input === 'go-version-file' ? options.versionFile : undefined,
  });

  // With go-download-source: proxy, the Go on PATH fetches the toolchain; when it cannot, the
  // go.dev listing is used, with a notice once it is needed.
  const useProxy = options.downloadSource === 'proxy';
  const onPath = useProxy || !options.checkLatest ? await goOnPath(env, log) : undefined;
  const fallbackReason = useProxy ? proxyUnavailableReason(onPath, platform, arch) : undefined;
  const fetcher = useProxy && !fallbackReason ? onPath : undefined;
  const readListing = async () => {
    if (fallbackReason)
      log.notice(
        `go-download-source is proxy, but ${fallbackReason}; downloading Go from ${baseUrl} instead (verified against the listing's sha256).`,
      );
    return fetchListing(baseUrl, http, log);
  };
  const proxyOptions = { goos: platform, goarch: arch, env, log };
  let proxyVersions: string[] | undefined;
  let listing: GoRelease[] | undefined;
  if (isStableAlias(range)) {
    let resolved: string | undefined;
    if (fetcher) {
      proxyVersions = await listProxyToolchains(proxyOptions);
      const newest = chooseToolchainVersion(proxyVersions, range);
      resolved = newest && `~${newest.split('.').slice(0, 2).join('.')}`;
      if (!resolved)
        throw new InputError(
          'go-download-source',
          `The module proxy lists no ${range} ${TOOLCHAIN_MODULE} release for ${platform}/${arch}.`,
        );
    } else {
      listing = await readListing();
      resolved = resolveStableAlias(listing, range);
      if (!resolved) throw new InputError('go-download-base-url', `The listing ${listingUrl(baseUrl)} has no ${range} Go release.`);
    }
    log.info(`go-version ${range} is ${resolved}`);
    range = resolved;
  }

  if (!options.checkLatest) {
    const sameHost = onPath && (!onPath.hostOs || onPath.hostOs === platform) && (!onPath.hostArch || onPath.hostArch === arch);
    if (onPath && sameHost && semver.satisfies(onPath.version, range)) {
      return finish({ version: onPath.version, goroot: onPath.goroot, source: 'path', spec: range });
    }
    if (onPath)
      log.info(
        `The Go on PATH (${onPath.version}, ${onPath.hostOs}/${onPath.hostArch}) does not satisfy ${range} for ${platform}/${arch}.`,
      );
    const cached = await findInToolCache(range, cacheArch);
    if (cached) return finish({ ...cached, source: 'tool-cache', spec: range });
  }

  if (fetcher) {
    // An exact version needs no listing; a range is resolved against the proxy's.
    proxyVersions ??= semver.valid(range) ? [range] : await listProxyToolchains(proxyOptions);
    const version = chooseToolchainVersion(proxyVersions, range);
    if (!version) {
      const newest = proxyVersions.slice(0, 6);
      throw new InputError(
        requested.input,
        `No ${TOOLCHAIN_MODULE} release on the module proxy matches ${requested.input} "${requested.spec}" (${range}) for ${platform}/${arch}. ` +
          (newest.length ? `Newest available: ${newest.join(', ')}.` : 'The proxy lists none for this platform.'),
      );
    }
    const cachedExact = process.env.RUNNER_TOOL_CACHE ? (await import('@actions/tool-cache')).find('go', version, cacheArch) : '';
    if (cachedExact) return finish({ version, goroot: cachedExact, source: 'tool-cache', spec: range });
    // GOTOOLCHAIN naming the Go on PATH's own release fetches nothing: that Go is the release.
    if (version === fetcher.version) return finish({ version, goroot: fetcher.goroot, source: 'path', spec: range });
    const goroot = await installGoFromProxy(version, { ...proxyOptions, cacheArch });
    return finish({ version, goroot, source: 'proxy', spec: range });
  }

  listing ??= await readListing();
  const selected = selectRelease(listing, range, platform, arch);
  if (!selected) {
    const newest = availableVersions(listing, platform, arch).slice(0, 6);
    throw new InputError(
      requested.input,
      `No Go release in ${listingUrl(baseUrl)} matches ${requested.input} "${requested.spec}" (${range}) for ${platform}/${arch}. ` +
        (newest.length ? `Newest available: ${newest.join(', ')}.` : `The listing has no archive for ${platform}/${arch} at all.`),
    );
  }
  if (options.checkLatest && process.env.RUNNER_TOOL_CACHE) {
    const tc = await import('@actions/tool-cache'); // loaded only here: see go-tool-cache.ts
    const goroot = tc.find('go', selected.version, cacheArch);
    if (goroot) return finish({ version: selected.version, goroot, source: 'tool-cache', spec: range });
  }
  const goroot = await installGo(selected, { baseUrl, cacheArch, http, log });
  return finish({ version: selected.version, goroot, source: 'download', spec: range });
}
