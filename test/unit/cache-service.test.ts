// The project's cache wrapper driving the real @actions/cache client against a loopback double
// of GitHub's v1 cache service (test/helpers/cache-service.ts): real tar + zstd, real HTTP.
import { after, afterEach, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import { ActionCache, goBuildCacheKey, goSumHash, restoreGoBuildCache, tfVenvCacheKey } from '../../src/setup/cache.ts';
import { cacheServiceConfigured } from '../../src/setup/cache-library.ts';
import { startCacheService, type CacheServiceDouble } from '../helpers/cache-service.ts';

let service: CacheServiceDouble;
let tmp: string;
const savedEnv = { ...process.env };

before(async () => {
  service = await startCacheService();
});
after(async () => {
  await service.close();
});
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-service-test-'));
  fs.mkdirSync(path.join(tmp, 'workspace'));
  fs.mkdirSync(path.join(tmp, 'runner-temp'));
  // @actions/cache reads these at call time: the service URL and token, where tar runs
  // (GITHUB_WORKSPACE) and where the archive goes (RUNNER_TEMP).
  setEnv({
    ...service.env(),
    GITHUB_WORKSPACE: path.join(tmp, 'workspace'),
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    RUNNER_DEBUG: undefined,
    CACHE_UPLOAD_CHUNK_SIZE: undefined,
  });
  service.reset();
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
  fs.rmSync(tmp, { recursive: true, force: true });
});

function setEnv(vars: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

/** A fresh wrapper (the "said once" state is per run) that records what it logs. */
function recordingCache() {
  const notices: string[] = [];
  const infos: string[] = [];
  return { notices, infos, cache: new ActionCache(undefined, { notice: (m) => notices.push(m), info: (m) => infos.push(m) }) };
}

/** Records what reaches stdout, where @actions/core prints ::warning:: and ::error:: annotations. */
async function stdoutOf<T>(fn: () => Promise<T>): Promise<{ value: T; stdout: string }> {
  const original = process.stdout.write.bind(process.stdout);
  let stdout = '';
  // Passed on: the test runner reports through stdout too.
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string') stdout += chunk;
    return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
  };
  try {
    return { value: await fn(), stdout };
  } finally {
    process.stdout.write = original;
  }
}

/** A folder of files: text, nested, and incompressible bytes. Returns name -> content. */
function makeTree(dir: string, randomBytes = 200_000): Map<string, Buffer> {
  const files = new Map<string, Buffer>([
    ['README', Buffer.from('go build cache\n')],
    ['00/0012ab-d', crypto.randomBytes(randomBytes)],
    ['ff/ffee-a', Buffer.from('x'.repeat(10_000))],
  ]);
  for (const [name, data] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return files;
}

function assertTree(dir: string, files: Map<string, Buffer>): void {
  for (const [name, data] of files) assert.ok(fs.readFileSync(path.join(dir, name)).equals(data), `${name} restored byte for byte`);
}

function assertNoAnnotations(stdout: string): void {
  assert.doesNotMatch(stdout, /^::(warning|error)/m, 'the client printed an annotation');
}

const goParts = { platform: 'linux', arch: 'x64', goVersion: '1.26.0', goSumHash: goSumHash('a v1.0.0 h1:x=\n'), tfVersion: '2.21.0' };

test('cacheServiceConfigured gives the answer of @actions/cache isFeatureAvailable without loading it', () => {
  const combos: Record<string, string | undefined>[] = [];
  for (const cacheUrl of [undefined, 'http://127.0.0.1:1/'])
    for (const resultsUrl of [undefined, 'http://127.0.0.1:2/'])
      for (const v2 of [undefined, 'true'])
        for (const server of [undefined, 'https://github.com', 'https://ghes.example.com', 'https://acme.ghe.com'])
          combos.push({
            ACTIONS_CACHE_URL: cacheUrl,
            ACTIONS_RESULTS_URL: resultsUrl,
            ACTIONS_CACHE_SERVICE_V2: v2,
            GITHUB_SERVER_URL: server,
          });
  for (const combo of combos) {
    setEnv(combo);
    assert.equal(cacheServiceConfigured(), cache.isFeatureAvailable(), JSON.stringify(combo));
  }
});

test('Go build cache: saved, then restored byte for byte into an emptied GOCACHE', async () => {
  const gocache = path.join(tmp, 'gocache');
  const files = makeTree(gocache);
  const first = recordingCache();
  const { stdout } = await stdoutOf(async () => assert.equal(await first.cache.save([gocache], goBuildCacheKey(goParts).key), true));
  assertNoAnnotations(stdout);
  // The client's own lines go to the run's log (the CLI keeps stdout for findings), not to stdout.
  assert.ok(
    first.infos.some((l) => /^Cache Size: ~\d+ MB/.test(l)),
    first.infos.join('\n'),
  );
  assert.doesNotMatch(stdout, /Cache Size|::debug::/);
  const { key } = goBuildCacheKey(goParts);
  assert.deepEqual(
    service.seen('reserve').map((r) => (r.body as { key: string }).key),
    [key],
  );
  assert.equal(service.seen('commit').length, 1);
  assert.deepEqual(
    service.entries().map((e) => [e.key, e.committed]),
    [[key, true]],
  );

  fs.rmSync(gocache, { recursive: true });
  fs.mkdirSync(gocache);
  const second = recordingCache();
  assert.equal(await restoreGoBuildCache([gocache], goParts, second.cache), key);
  assertTree(gocache, files);
  assert.equal(service.seen('download').length, 1);
  assert.equal(service.seen('download')[0]!.headers.authorization, undefined, 'the archive URL is fetched without the token');
  const lookup = new URL(service.seen('lookup')[0]!.url, service.url);
  assert.deepEqual(lookup.searchParams.get('keys')!.split(','), [key, ...goBuildCacheKey(goParts).restoreKeys]);

  assert.deepEqual([...first.notices, ...second.notices], []);
});

test('Go build cache: a changed go.sum restores the newest entry by prefix, then saves its own key', async () => {
  const gocache = path.join(tmp, 'gocache');
  makeTree(gocache);
  const c = recordingCache();
  assert.equal(await c.cache.save([gocache], goBuildCacheKey(goParts).key), true);
  fs.writeFileSync(path.join(gocache, 'README'), 'newer\n');
  const newer = { ...goParts, goSumHash: goSumHash('a v1.1.0 h1:y=\n') };
  assert.equal(await c.cache.save([gocache], goBuildCacheKey(newer).key), true);

  fs.rmSync(gocache, { recursive: true });
  const changed = { ...goParts, goSumHash: goSumHash('b v2.0.0 h1:z=\n') };
  assert.equal(await restoreGoBuildCache([gocache], changed, c.cache), goBuildCacheKey(newer).key, 'the newest prefix match');
  assert.equal(fs.readFileSync(path.join(gocache, 'README'), 'utf8'), 'newer\n');
  assert.equal(await c.cache.save([gocache], goBuildCacheKey(changed).key), true);
  assert.equal(service.entries().filter((e) => e.committed).length, 3);
  assert.deepEqual(c.notices, []);
});

test('TensorFlow venv key: a different path set is a different cache version and misses', async () => {
  const key = tfVenvCacheKey({
    platform: 'linux',
    arch: 'x64',
    pythonVersion: '3.11.9',
    pythonPrefix: '/usr',
    packageName: 'tensorflow-cpu',
    tfVersion: '2.21.0',
    pipArgs: [],
  });
  const venvA = path.join(tmp, 'venv-a');
  const venvB = path.join(tmp, 'venv-b');
  const files = makeTree(venvA, 1000);
  const c = recordingCache();
  assert.equal(await c.cache.save([venvA], key), true);
  assert.equal(await c.cache.restore([venvB], key), undefined);
  assert.equal(fs.existsSync(venvB), false);
  const [saved, missed] = [service.seen('reserve')[0]!.body as { version: string }, new URL(service.seen('lookup')[0]!.url, service.url)];
  assert.notEqual(missed.searchParams.get('version'), saved.version);
  assert.equal(service.seen('lookup')[0]!.status, 204);

  fs.rmSync(venvA, { recursive: true });
  assert.equal(await c.cache.restore([venvA], key), key, 'the same path set hits');
  assertTree(venvA, files);
  assert.deepEqual(c.notices, []);
});

test('a large archive goes up in several chunks with matching Content-Range, and comes back whole', async () => {
  setEnv({ CACHE_UPLOAD_CHUNK_SIZE: '1' }); // MiB, read by @actions/cache at call time
  const dir = path.join(tmp, 'big');
  const files = makeTree(dir, 3_500_000);
  const c = recordingCache();
  assert.equal(await c.cache.save([dir], 'big-key'), true);
  const uploads = service.seen('upload');
  assert.ok(uploads.length >= 4, `${uploads.length} chunks`);
  for (const u of uploads) assert.match(String(u.headers['content-range']), /^bytes \d+-\d+\/\*$/);
  assert.equal(
    (service.seen('commit')[0]!.body as { size: number }).size,
    uploads.reduce((n, u) => n + (u.body as number), 0),
  );
  fs.rmSync(dir, { recursive: true });
  assert.equal(await c.cache.restore([dir], 'big-key'), 'big-key');
  assertTree(dir, files);
});

test('a 5xx when reading: one notice, no annotation, no exception, and the service is not asked again', async () => {
  service.fail('lookup', 500);
  const dir = path.join(tmp, 'gocache');
  makeTree(dir, 100);
  const c = recordingCache();
  const { value, stdout } = await stdoutOf(async () => [
    await restoreGoBuildCache([dir], goParts, c.cache),
    await c.cache.save([dir], goBuildCacheKey(goParts).key),
  ]);
  assert.deepEqual(value, [undefined, false]);
  assertNoAnnotations(stdout);
  assert.equal(c.notices.length, 1, c.notices.join('\n'));
  assert.match(
    c.notices[0]!,
    /^Caching is off for this run: restoring tf-cgo-verify-go-build-v1-\S+ failed: getCacheEntry failed: Cache service responded with 500\./,
  );
  assert.equal(service.seen('lookup').length, 1);
  assert.equal(service.seen('reserve').length, 0);
});

test('a 5xx when downloading the archive: one notice, nothing half-restored is reported as a hit', async () => {
  const dir = path.join(tmp, 'gocache');
  makeTree(dir, 100);
  assert.equal(await recordingCache().cache.save([dir], 'k'), true);
  service.fail('download', 500);
  const c = recordingCache();
  const { value, stdout } = await stdoutOf(() => c.cache.restore([dir], 'k'));
  assert.equal(value, undefined);
  assertNoAnnotations(stdout);
  assert.equal(c.notices.length, 1);
  assert.match(c.notices[0]!, /restoring k failed: downloadCache failed: Cache service responded with 500/);
});

for (const operation of ['reserve', 'upload', 'commit'] as const) {
  test(`a 5xx on ${operation} when writing: one notice, no annotation, no exception, nothing committed`, async () => {
    service.fail(operation, 500);
    const dir = path.join(tmp, 'gocache');
    makeTree(dir, 100);
    const c = recordingCache();
    const { value, stdout } = await stdoutOf(async () => [await c.cache.save([dir], 'key-1'), await c.cache.save([dir], 'key-2')]);
    assert.deepEqual(value, [false, false]);
    assertNoAnnotations(stdout);
    assert.equal(c.notices.length, 1, c.notices.join('\n'));
    assert.match(
      c.notices[0]!,
      new RegExp(`saving key-1 failed: .*${operation === 'reserve' ? 'reserveCache failed: Cache service responded with 500' : '500'}`),
    );
    assert.equal(service.seen('reserve').length, 1, 'not asked again after the failure');
    assert.ok(service.entries().every((e) => !e.committed));
  });
}

test('ACTIONS_CACHE_MODE=read: restores, but no reservation reaches the service', async () => {
  const dir = path.join(tmp, 'gocache');
  const files = makeTree(dir, 100);
  assert.equal(await recordingCache().cache.save([dir], 'seeded'), true);
  service.resetRequests();
  setEnv({ ACTIONS_CACHE_MODE: 'read' });
  fs.rmSync(dir, { recursive: true });
  const c = recordingCache();
  assert.equal(await c.cache.restore([dir], 'seeded'), 'seeded');
  assertTree(dir, files);
  assert.equal(await c.cache.save([dir], 'new-key'), false);
  assert.equal(service.seen('reserve').length, 0);
  assert.deepEqual(c.notices, []);
  assert.ok(
    c.infos.some((m) => m.includes('ACTIONS_CACHE_MODE=read')),
    c.infos.join('\n'),
  );
});

test('a key another job saved first (409): not a failure, no notice', async () => {
  const dir = path.join(tmp, 'gocache');
  makeTree(dir, 100);
  assert.equal(await recordingCache().cache.save([dir], 'same'), true);
  const c = recordingCache();
  const { value, stdout } = await stdoutOf(() => c.cache.save([dir], 'same'));
  assert.equal(value, false);
  assert.equal(service.seen('reserve')[1]!.status, 409);
  assert.deepEqual(c.notices, []);
  assert.ok(c.infos.includes('Cache key same is already saved'), c.infos.join('\n'));
  assert.ok(c.cache.usable);
  assert.doesNotMatch(stdout, /Failed to save/);
});

test('a wrong runtime token is refused by the service: one notice', async () => {
  setEnv({ ACTIONS_RUNTIME_TOKEN: 'not-the-token' });
  const c = recordingCache();
  assert.equal(await c.cache.restore([path.join(tmp, 'x')], 'k'), undefined);
  assert.equal(service.seen('lookup')[0]!.status, 401);
  assert.equal(c.notices.length, 1);
  assert.match(c.notices[0]!, /responded with 401/);
});

test('no service (ACTIONS_CACHE_URL unset): one notice, nothing asked, never a failure', async () => {
  setEnv({ ACTIONS_CACHE_URL: undefined });
  const c = recordingCache();
  const dir = path.join(tmp, 'gocache');
  makeTree(dir, 100);
  assert.equal(await restoreGoBuildCache([dir], goParts, c.cache), undefined);
  assert.equal(await c.cache.save([dir], goBuildCacheKey(goParts).key), false);
  assert.equal(c.notices.length, 1);
  assert.match(c.notices[0]!, /the Actions cache service is not available here/);
  assert.equal(service.requests.length, 0);
});

test('Go build cache: after a rotation period the last entry is restored by prefix and a fresh one saved', async () => {
  const gocache = path.join(tmp, 'gocache');
  makeTree(gocache);
  const week1 = { ...goParts, rotation: { days: 7, nowMs: Date.parse('2026-12-04T12:00:00Z') } };
  const week2 = { ...goParts, rotation: { days: 7, nowMs: Date.parse('2026-12-11T12:00:00Z') } };
  const c = recordingCache();
  assert.equal(await c.cache.save([gocache], goBuildCacheKey(week1).key), true);
  fs.writeFileSync(path.join(gocache, 'README'), 'week 1\n');
  assert.equal(await restoreGoBuildCache([gocache], week1, c.cache), goBuildCacheKey(week1).key, 'an exact hit within the week');

  fs.rmSync(gocache, { recursive: true });
  assert.equal(await restoreGoBuildCache([gocache], week2, c.cache), goBuildCacheKey(week1).key, 'the week before, by prefix');
  assert.ok(fs.existsSync(path.join(gocache, 'README')));
  assert.notEqual(goBuildCacheKey(week2).key, goBuildCacheKey(week1).key);
  assert.equal(await c.cache.save([gocache], goBuildCacheKey(week2).key), true, 'not an exact hit, so the post step saves');
  assert.deepEqual(
    service.entries().map((e) => e.key),
    [goBuildCacheKey(week1).key, goBuildCacheKey(week2).key],
  );
  assert.deepEqual(c.notices, []);
});
