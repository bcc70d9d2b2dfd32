// A test double of GitHub's Actions cache service, v1 REST protocol (GHES, or ACTIONS_CACHE_URL
// without ACTIONS_CACHE_SERVICE_V2), on 127.0.0.1, as the real @actions/cache 6.x client speaks it
// (node_modules/@actions/cache/lib/internal/cacheHttpClient.js):
//   GET   {url}_apis/artifactcache/cache?keys=k1,k2&version=V   200 {cacheKey, archiveLocation, ...} | 204
//   GET   {url}_apis/artifactcache/caches?key=K                 200 {totalCount, artifactCaches} (only with RUNNER_DEBUG)
//   POST  {url}_apis/artifactcache/caches {key, version, cacheSize}  201 {cacheId} | 409 when key+version exists
//   PATCH {url}_apis/artifactcache/caches/{id}  Content-Range: bytes s-e/*   one chunk
//   POST  {url}_apis/artifactcache/caches/{id} {size}             commit; size must equal the bytes uploaded
//   GET   archiveLocation                                          the archive, with Content-Length
// API calls need `Authorization: Bearer <token>` and Accept `application/json;api-version=6.0-preview.1`;
// the archive download carries no token (on GitHub it is a signed blob URL). Every request is recorded,
// and each operation can be made to answer an error status, to test how the client copes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type CacheOperation = 'lookup' | 'list' | 'reserve' | 'upload' | 'commit' | 'download' | 'unknown';

export interface RecordedRequest {
  operation: CacheOperation;
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: http.IncomingHttpHeaders;
  /** The status the double answered. */
  status: number;
  /** Parsed JSON body of reserve and commit; byte count of an upload. */
  body?: unknown;
}

export interface CacheEntryView {
  cacheId: number;
  key: string;
  version: string;
  size: number;
  committed: boolean;
}

export interface CacheServiceDouble {
  /** The value for ACTIONS_CACHE_URL, with its trailing slash: http://127.0.0.1:<port>/ */
  url: string;
  /** The bearer token the API requires: the value for ACTIONS_RUNTIME_TOKEN. */
  token: string;
  /** Env for a v1 client against this double (merge into process.env; delete the `undefined` ones). */
  env(): Record<string, string | undefined>;
  requests: RecordedRequest[];
  /** Requests of one operation since the start or the last reset. */
  seen(operation: CacheOperation): RecordedRequest[];
  /** Every reservation, committed or not. */
  entries(): CacheEntryView[];
  /** Answer `status` to the next `times` requests of `operation` (default: every one until clearFaults). */
  fail(operation: CacheOperation, status?: number, times?: number): void;
  clearFaults(): void;
  resetRequests(): void;
  /** Forget every entry, request and fault. */
  reset(): void;
  close(): Promise<void>;
}

const API_PREFIX = '/_apis/artifactcache/';
const ACCEPT = 'application/json;api-version=6.0-preview.1';
const SCOPE = 'refs/heads/main';

interface Entry {
  cacheId: number;
  key: string;
  version: string;
  reservedSize?: number;
  chunks: { start: number; data: Buffer }[];
  archive?: Buffer;
  /** Order of commits: newest wins a prefix match. */
  committedSeq?: number;
  creationTime: string;
  downloadSecret: string;
}

export async function startCacheService(options: { token?: string } = {}): Promise<CacheServiceDouble> {
  const token = options.token ?? 'test-runtime-token';
  const entries: Entry[] = [];
  const requests: RecordedRequest[] = [];
  const faults = new Map<CacheOperation, { status: number; remaining: number }>();
  let nextId = 1;
  let commitSeq = 0;
  let origin = '';

  const server = http.createServer((req, res) => void handle(req, res));
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: RecordedRequest = {
      operation: classify(req.method ?? '', url.pathname),
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      status: 0,
    };
    requests.push(record);
    const body = await readBody(req);
    const reply = (status: number, json?: unknown) => {
      record.status = status;
      if (json === undefined) {
        res.writeHead(status);
        res.end();
        return;
      }
      const text = JSON.stringify(json);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    // The service's error body: the client surfaces `message`.
    const error = (status: number, message: string) =>
      reply(status, {
        $id: '1',
        innerException: null,
        message,
        typeName: 'CacheServiceDoubleError',
        typeKey: 'CacheServiceDoubleError',
        errorCode: 0,
        eventId: 3000,
      });

    const fault = faults.get(record.operation);
    if (fault && fault.remaining > 0) {
      fault.remaining--;
      return error(fault.status, `injected ${fault.status} for ${record.operation}`);
    }

    if (record.operation === 'download') {
      const [, , id, secret] = url.pathname.split('/');
      const entry = entries.find((e) => String(e.cacheId) === id && e.downloadSecret === secret && e.archive);
      if (!entry?.archive || req.method !== 'GET') return error(404, 'no such archive');
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.archive.length });
      res.end(entry.archive);
      return;
    }
    if (record.operation === 'unknown') return error(404, `not part of the v1 cache API: ${req.method} ${url.pathname}`);
    if (req.headers.authorization !== `Bearer ${token}`) return error(401, 'missing or wrong bearer token');
    if (record.operation !== 'upload' && req.headers.accept !== ACCEPT)
      return error(400, `Accept must be ${ACCEPT}, got ${req.headers.accept}`);

    switch (record.operation) {
      case 'lookup': {
        const keys = (url.searchParams.get('keys') ?? '').split(',').filter(Boolean);
        const version = url.searchParams.get('version');
        if (keys.length === 0 || !version) return error(400, 'keys and version are required');
        const hit = lookup(entries, keys, version);
        if (!hit) return reply(204);
        return reply(200, {
          scope: SCOPE,
          cacheKey: hit.key,
          cacheVersion: hit.version,
          creationTime: hit.creationTime,
          archiveLocation: `${origin}/_archives/${hit.cacheId}/${hit.downloadSecret}`,
        });
      }
      case 'list': {
        const key = url.searchParams.get('key') ?? '';
        const found = entries.filter((e) => e.archive && e.key === key);
        return reply(200, {
          totalCount: found.length,
          artifactCaches: found.map((e) => ({ scope: SCOPE, cacheKey: e.key, cacheVersion: e.version, creationTime: e.creationTime })),
        });
      }
      case 'reserve': {
        const request = parseJson(body) as { key?: unknown; version?: unknown; cacheSize?: unknown } | undefined;
        record.body = request;
        if (typeof request?.key !== 'string' || typeof request.version !== 'string') return error(400, 'key and version are required');
        if (request.key.length > 512 || request.key.includes(',')) return error(400, `invalid key ${request.key}`);
        if (entries.some((e) => e.key === request.key && e.version === request.version)) {
          return error(409, `Cache already exists. Scope: ${SCOPE}, Key: ${request.key}, Version: ${request.version}`);
        }
        const entry: Entry = {
          cacheId: nextId++,
          key: request.key,
          version: request.version,
          reservedSize: typeof request.cacheSize === 'number' ? request.cacheSize : undefined,
          chunks: [],
          creationTime: new Date().toISOString(),
          downloadSecret: Math.random().toString(36).slice(2),
        };
        entries.push(entry);
        return reply(201, { cacheId: entry.cacheId });
      }
      case 'upload': {
        const entry = entries.find((e) => String(e.cacheId) === url.pathname.slice(`${API_PREFIX}caches/`.length));
        if (!entry || entry.archive) return error(404, 'no open reservation with that id');
        if (req.headers['content-type'] !== 'application/octet-stream')
          return error(400, `Content-Type must be application/octet-stream, got ${req.headers['content-type']}`);
        const range = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] ?? '');
        if (!range) return error(400, `bad Content-Range: ${req.headers['content-range']}`);
        const start = Number(range[1]);
        const end = Number(range[2]);
        record.body = body.length;
        if (end < start || body.length !== end - start + 1)
          return error(400, `Content-Range ${start}-${end} does not match the ${body.length} bytes sent`);
        if (entry.chunks.some((c) => start < c.start + c.data.length && c.start <= end))
          return error(400, `chunk ${start}-${end} overlaps one already uploaded`);
        entry.chunks.push({ start, data: body });
        return reply(204);
      }
      case 'commit': {
        const entry = entries.find((e) => String(e.cacheId) === url.pathname.slice(`${API_PREFIX}caches/`.length));
        if (!entry || entry.archive) return error(404, 'no open reservation with that id');
        const request = parseJson(body) as { size?: unknown } | undefined;
        record.body = request;
        const chunks = [...entry.chunks].sort((a, b) => a.start - b.start);
        let offset = 0;
        for (const c of chunks) {
          if (c.start !== offset) return error(400, `gap in the upload at byte ${offset}`);
          offset += c.data.length;
        }
        if (request?.size !== offset) return error(400, `commit size ${String(request?.size)} does not match the ${offset} bytes uploaded`);
        entry.archive = Buffer.concat(chunks.map((c) => c.data));
        entry.committedSeq = ++commitSeq;
        return reply(204);
      }
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/`,
    token,
    env: () => ({
      ACTIONS_CACHE_URL: `${origin}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_SERVICE_V2: undefined,
      ACTIONS_RESULTS_URL: undefined,
      ACTIONS_CACHE_MODE: undefined,
    }),
    requests,
    seen: (operation) => requests.filter((r) => r.operation === operation),
    entries: () =>
      entries.map((e) => ({
        cacheId: e.cacheId,
        key: e.key,
        version: e.version,
        size: e.archive?.length ?? 0,
        committed: Boolean(e.archive),
      })),
    fail: (operation, status = 500, times = Number.POSITIVE_INFINITY) => void faults.set(operation, { status, remaining: times }),
    clearFaults: () => faults.clear(),
    resetRequests: () => void requests.splice(0),
    reset: () => {
      entries.splice(0);
      requests.splice(0);
      faults.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function classify(method: string, pathname: string): CacheOperation {
  if (pathname.startsWith('/_archives/')) return 'download';
  if (!pathname.startsWith(API_PREFIX)) return 'unknown';
  const rest = pathname.slice(API_PREFIX.length);
  if (rest === 'cache' && method === 'GET') return 'lookup';
  if (rest === 'caches' && method === 'GET') return 'list';
  if (rest === 'caches' && method === 'POST') return 'reserve';
  if (/^caches\/\d+$/.test(rest) && method === 'PATCH') return 'upload';
  if (/^caches\/\d+$/.test(rest) && method === 'POST') return 'commit';
  return 'unknown';
}

/** GitHub's order: for each key in turn, an exact match, then the newest entry the key is a prefix of; same version only. */
function lookup(entries: Entry[], keys: string[], version: string): Entry | undefined {
  const committed = entries.filter((e) => e.archive && e.version === version).sort((a, b) => b.committedSeq! - a.committedSeq!);
  for (const key of keys) {
    const hit = committed.find((e) => e.key === key) ?? committed.find((e) => e.key.startsWith(key));
    if (hit) return hit;
  }
  return undefined;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
