// Go from the go.dev download site (go-download-base-url), over HTTP: fetching the listing,
// downloading an archive while hashing it, refusing it on a checksum mismatch, and installing
// it (extracted and moved into the tool cache by go-tool-cache.ts). A failure names the URL:
// the network or a server error is an EnvironmentError (retry), anything else from a mirror
// the user chose is an InputError.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import { InputError } from '../input-error.ts';
import { EnvironmentError } from '../environment-error.ts';
import { silentLog, type Log } from '../log.ts';
import { runnerTemp } from '../util/temp-dir.ts';
import { parseListing, type GoRelease, type SelectedRelease } from './go-listing.ts';
import { extractTarGz, moveIntoToolCache, noToolCache, OFFICIAL_GO_TOOL_NAME, toolCacheRoot } from './go-tool-cache.ts';

// Loaded when a Go download needs it: with undici and node:http it would be much of the
// action's startup time, and a run with Go on PATH never uses it.
const loadHttpClient = () => import('@actions/http-client');

export const DEFAULT_GO_DOWNLOAD_BASE_URL = 'https://go.dev/dl';
const BASE_INPUT = 'go-download-base-url';

export interface HttpSettings {
  /** Give up when no byte arrives for this long (connecting, headers or body). */
  timeoutMs: number;
  /** Tries per URL for dropped connections, timeouts and 5xx/408/429 answers. */
  attempts: number;
  retryDelayMs: number;
}

export const defaultHttpSettings: HttpSettings = { timeoutMs: 60_000, attempts: 3, retryDelayMs: 2_000 };

function trimBase(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

/**
 * The tool cache name for Go from `baseUrl`: "go" for the official site; for a mirror,
 * go-<host>-<hash of the URL>, so that a mirror's build never stands in for the official one
 * in a runner's tool cache, nor the reverse, nor one mirror's for another's.
 */
export function goToolName(baseUrl: string): string {
  const base = trimBase(baseUrl);
  if (base === DEFAULT_GO_DOWNLOAD_BASE_URL) return OFFICIAL_GO_TOOL_NAME;
  let host = 'mirror';
  try {
    host = new URL(base).host || host;
  } catch {
    // Not a URL: the fetch reports that; the hash still keeps it apart.
  }
  const hash = crypto.createHash('sha256').update(base).digest('hex').slice(0, 12);
  return `go-${host.replace(/[^A-Za-z0-9.-]/g, '_')}-${hash}`;
}

export function listingUrl(baseUrl: string): string {
  return `${trimBase(baseUrl)}/?mode=json&include=all`;
}

export function archiveUrl(baseUrl: string, filename: string): string {
  return `${trimBase(baseUrl)}/${encodeURIComponent(filename)}`;
}

/** An HTTP status worth retrying, or a network failure (status undefined). */
class TransferError extends Error {
  status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
  get retryable(): boolean {
    return this.status === undefined || this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/**
 * Whose fault a failed fetch is. A dropped connection, a timeout or a 5xx/408/429 answer is
 * the environment, even at a mirror the user chose: retry. Anything else (a 404, a body that
 * is not a listing, a checksum mismatch) is go-download-base-url when the user set it, and
 * the environment again at the default go.dev, which the user cannot fix.
 */
function fetchFailure(baseUrl: string, error: unknown, what: string): Error {
  const why = error instanceof Error ? error.message : String(error);
  const custom = trimBase(baseUrl) !== DEFAULT_GO_DOWNLOAD_BASE_URL;
  if (custom && !(error instanceof TransferError && error.retryable))
    return new InputError(BASE_INPUT, `${what}: ${why}. Check the input ${BASE_INPUT} (${baseUrl}).`);
  let host = baseUrl;
  try {
    host = new URL(baseUrl).host;
  } catch {
    // Kept as given: the message still names it.
  }
  const fix = custom
    ? `if it keeps failing, check the mirror in ${BASE_INPUT} (${baseUrl})`
    : `or set ${BASE_INPUT} to a mirror, or go-download-source to proxy`;
  return new EnvironmentError(`Go download site ${host}`, `${what}: ${why}. Retry the job later; ${fix}.`);
}

/** Passes bytes through; destroys the response when it goes quiet for timeoutMs. */
function idleGuard(source: IncomingMessage, timeoutMs: number, onChunk: (chunk: Buffer) => void): Transform {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => source.destroy(new TransferError(`no data for ${timeoutMs} ms (timed out)`)), timeoutMs);
  };
  arm();
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
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
    },
  });
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ECONNRESET' || /aborted|socket hang up/i.test(e?.message ?? ''))
    return `the connection was dropped (${e.code ?? e.message})`;
  if (e?.code === 'ECONNREFUSED') return 'the connection was refused';
  if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') return `the host name did not resolve (${e.code})`;
  if (/Request timeout/.test(e?.message ?? '')) return `timed out waiting for an answer`;
  return e?.message ?? String(error);
}

/** What one attempt does with a 200 body: observe each chunk, and consume the stream. */
interface BodyConsumer {
  onChunk?: (chunk: Buffer) => void;
  consume: (body: Transform) => Promise<void>;
}

/**
 * GETs `url` and streams its 200 body into a fresh consumer per attempt (with retries).
 * Written here rather than with tc.downloadTool, which lacks, per test in
 * test/integration/go-download.test.ts:
 * - any timeout: a server that stalls mid-body or never answers holds the step until the job's
 *   own timeout ("a non-JSON listing and a silent server give clear errors");
 * - hashing while the bytes stream: it only writes a file, to be read again for the sha256
 *   ("(c) an archive with one byte changed is refused");
 * - settable retries: 3 attempts 10-20 s apart (tunable only through TEST_* globals), logged
 *   with core.debug, which stages do not use ("(d) ... a dropped connection", 2 attempts);
 * - a body kept in memory: the listing is JSON to parse, not a file.
 */
async function getStream(url: string, http: HttpSettings, startAttempt: () => BodyConsumer, log: Pick<Log, 'info'>): Promise<void> {
  const { HttpClient } = await loadHttpClient();
  const client = new HttpClient('tf-cgo-verify', [], { allowRetries: false, socketTimeout: http.timeoutMs, allowRedirects: true });
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
          throw new TransferError(`HTTP ${status}${response.message.statusMessage ? ` ${response.message.statusMessage}` : ''}`, status);
        }
        const consumer = startAttempt();
        const guard = idleGuard(response.message, http.timeoutMs, consumer.onChunk ?? (() => {}));
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

/** Fetches and parses `<base>/?mode=json&include=all`. */
export async function fetchListing(
  baseUrl: string,
  http: HttpSettings = defaultHttpSettings,
  log: Pick<Log, 'info'> = silentLog,
): Promise<GoRelease[]> {
  const url = listingUrl(baseUrl);
  const fail = (error: unknown) => fetchFailure(baseUrl, error, `Could not read the Go download listing ${url}`);
  const chunks: Buffer[] = [];
  try {
    await getStream(
      url,
      http,
      () => {
        chunks.length = 0;
        return {
          consume: (body) =>
            pipeline(
              body,
              new Writable({
                write(c: Buffer, _e, done) {
                  chunks.push(c);
                  done();
                },
              }),
            ),
        };
      },
      log,
    );
  } catch (error) {
    throw fail(error);
  }
  try {
    return parseListing(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw fail(new Error(`${(error as Error).message}; a mirror must serve the go.dev/dl JSON listing`));
  }
}

/**
 * Downloads `url` to `destFile`, hashing the bytes as they stream. On a checksum mismatch
 * the file is deleted and the error names both hashes and the URL.
 */
export async function downloadVerified(
  url: string,
  expectedSha256: string,
  destFile: string,
  http: HttpSettings = defaultHttpSettings,
  baseUrl = url,
  log: Pick<Log, 'info'> = silentLog,
): Promise<{ sha256: string; bytes: number }> {
  const expected = expectedSha256.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw fetchFailure(
      baseUrl,
      new Error(`the listing gives no usable sha256 ("${expectedSha256}"), so the archive cannot be verified; refusing it`),
      `Refusing ${url}`,
    );
  }
  let hash = crypto.createHash('sha256');
  let bytes = 0;
  try {
    await getStream(
      url,
      http,
      () => {
        hash = crypto.createHash('sha256');
        bytes = 0;
        return {
          onChunk: (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
          },
          consume: (body) => pipeline(body, fs.createWriteStream(destFile)),
        };
      },
      log,
    );
  } catch (error) {
    await fs.promises.rm(destFile, { force: true });
    throw fetchFailure(baseUrl, error, `Could not download ${url}`);
  }
  const actual = hash.digest('hex');
  if (actual !== expected) {
    await fs.promises.rm(destFile, { force: true });
    throw fetchFailure(
      baseUrl,
      new Error(
        `its sha256 is ${actual} (${bytes} bytes) but the listing says ${expected}; nothing was cached. The download was corrupted or the mirror serves a different file`,
      ),
      `Refusing ${url}`,
    );
  }
  return { sha256: actual, bytes };
}

export interface InstallOptions {
  baseUrl: string;
  /** Node-style arch for the tool cache folder (x64, arm64). */
  cacheArch: string;
  http?: HttpSettings;
  log?: Pick<Log, 'info'>;
}

/** Downloads, verifies, extracts and caches `selected`; returns the cached GOROOT. */
export async function installGo(selected: SelectedRelease, options: InstallOptions): Promise<string> {
  const cacheRoot = toolCacheRoot();
  if (!cacheRoot) throw noToolCache();
  const url = archiveUrl(options.baseUrl, selected.file.filename);
  const work = await fs.promises.mkdtemp(path.join(runnerTemp(), 'go-setup-'));
  let staging: string | undefined;
  try {
    const archive = path.join(work, selected.file.filename);
    const log = options.log ?? silentLog;
    log.info(`Downloading Go ${selected.version} from ${url}`);
    const { bytes } = await downloadVerified(url, selected.file.sha256, archive, options.http, options.baseUrl, log);
    log.info(`Verified sha256 ${selected.file.sha256} (${bytes} bytes)`);
    // Extract next to the final folder so it can be renamed into place. Not a semver
    // name, so tc.findAllVersions never mistakes it for a cached version.
    const toolName = goToolName(options.baseUrl);
    await fs.promises.mkdir(path.join(cacheRoot, toolName), { recursive: true });
    staging = await fs.promises.mkdtemp(path.join(cacheRoot, toolName, '.staging-'));
    // Linux archives are .tar.gz (the platform gate refuses the systems with .zip ones).
    await extractTarGz(archive, staging);
    const root = path.join(staging, 'go');
    const goBinary = path.join(root, 'bin', 'go');
    if (!fs.existsSync(goBinary)) {
      throw fetchFailure(
        options.baseUrl,
        new Error('it passed its checksum but has no go/bin/go inside; it is not a Go toolchain archive'),
        `Refusing ${url}`,
      );
    }
    return await moveIntoToolCache(root, selected.version, options.cacheArch, toolName);
  } finally {
    await fs.promises.rm(work, { recursive: true, force: true });
    if (staging) await fs.promises.rm(staging, { recursive: true, force: true });
  }
}
