import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cache from '@actions/cache';
import { ActionCache, goBuildCacheKey, goSumHash, restoreGoBuildCache, tfVenvCacheKey, type CacheBackend } from '../../src/setup/cache.ts';

function recorder() {
  const notices: string[] = [];
  const infos: string[] = [];
  return { notices, infos, log: { notice: (m: string) => notices.push(m), info: (m: string) => infos.push(m) } };
}

const SERVICE_VARS = ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2'];

test('without the cache service: one notice per run, no throw, nothing restored or saved', async () => {
  const saved = Object.fromEntries(SERVICE_VARS.map((k) => [k, process.env[k]]));
  for (const k of SERVICE_VARS) delete process.env[k];
  try {
    assert.equal(cache.isFeatureAvailable(), false);
    const r = recorder();
    const c = new ActionCache(cache, r.log); // the real @actions/cache
    assert.equal(await c.restore(['/tmp/nowhere'], 'k1'), undefined);
    assert.equal(await c.save(['/tmp/nowhere'], 'k1'), false);
    assert.equal(
      await restoreGoBuildCache(['/tmp/gocache'], { platform: 'linux', arch: 'x64', goVersion: '1.26.0', goSumHash: goSumHash('') }, c),
      undefined,
    );
    assert.equal(r.notices.length, 1);
    assert.match(r.notices[0]!, /Caching is off for this run: the Actions cache service is not available here/);
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  }
});

test('a cache service that throws: one notice, the run goes on', async () => {
  let calls = 0;
  const failing: CacheBackend = {
    isFeatureAvailable: () => true,
    restoreCache: async () => {
      calls++;
      throw new Error('getaddrinfo ENOTFOUND results-receiver.actions.githubusercontent.com');
    },
    saveCache: async () => {
      calls++;
      throw new Error('should not be called after the first failure');
    },
  };
  const r = recorder();
  const c = new ActionCache(failing, r.log);
  assert.equal(await c.restore(['/x'], 'key-a'), undefined);
  assert.equal(await c.save(['/x'], 'key-a'), false);
  assert.equal(await c.restore(['/x'], 'key-b'), undefined);
  assert.equal(calls, 1, 'after a failure the service is not asked again');
  assert.equal(r.notices.length, 1);
  assert.match(r.notices[0]!, /restoring key-a failed: getaddrinfo ENOTFOUND/);
});

test('a key another job already saved is not a failure', async () => {
  const r = recorder();
  const c = new ActionCache(
    {
      isFeatureAvailable: () => true,
      restoreCache: async (_paths, key) => key,
      saveCache: async () => {
        throw new cache.ReserveCacheError('Unable to reserve cache with key k, another job may be creating this cache.');
      },
    },
    r.log,
  );
  assert.equal(await c.restore(['/x'], 'k'), 'k');
  assert.equal(await c.save(['/x'], 'k'), false);
  assert.deepEqual(r.notices, []);
  assert.ok(c.usable);
});

test('venv cache key: OS, arch, Python, package, TF version; interpreter and pip args hashed', () => {
  const parts = {
    platform: 'linux',
    arch: 'x64',
    pythonVersion: '3.12.4',
    pythonPrefix: '/opt/hostedtoolcache/Python/3.12.4/x64',
    packageName: 'tensorflow-cpu',
    tfVersion: '2.21.0',
    pipArgs: [],
  };
  const key = tfVenvCacheKey(parts);
  assert.match(key, /^tf-cgo-verify-venv-v1-linux-x64-py3\.12\.4-tensorflow-cpu-2\.21\.0-[0-9a-f]{12}$/);
  assert.equal(tfVenvCacheKey({ ...parts }), key, 'pure: same parts, same key');
  assert.notEqual(tfVenvCacheKey({ ...parts, pythonPrefix: '/usr' }), key);
  assert.notEqual(tfVenvCacheKey({ ...parts, pipArgs: ['--index-url', 'https://mirror.example/simple'] }), key);
  assert.notEqual(tfVenvCacheKey({ ...parts, tfVersion: '2.20.x' }), key);
  assert.ok(!tfVenvCacheKey({ ...parts, tfVersion: '>=2.18,<2.22' }).includes(','), 'keys may not contain commas');
});

test('Go build cache key: go.sum hash and Go version, with prefix restore keys', () => {
  const sum = goSumHash('github.com/wamuir/graft v0.10.0 h1:abc=\n');
  assert.equal(sum, goSumHash('github.com/wamuir/graft v0.10.0 h1:abc=\n'));
  assert.notEqual(sum, goSumHash(''));
  const { key, restoreKeys } = goBuildCacheKey({
    platform: 'linux',
    arch: 'x64',
    goVersion: '1.26.0',
    goSumHash: sum,
    tfVersion: '2.21.0',
  });
  assert.equal(key, `tf-cgo-verify-go-build-v1-linux-x64-go1.26.0-tf2.21.0-${sum.slice(0, 16)}`);
  assert.deepEqual(restoreKeys, [
    'tf-cgo-verify-go-build-v1-linux-x64-go1.26.0-tf2.21.0-',
    'tf-cgo-verify-go-build-v1-linux-x64-go1.26.0-',
  ]);
});

test('cache-rotation: one exact key per period, the older period restored by prefix, 0 never rotates', () => {
  const sum = goSumHash('github.com/wamuir/graft v0.10.0 h1:abc=\n');
  const parts = { platform: 'linux', arch: 'x64', goVersion: '1.26.0', goSumHash: sum, tfVersion: '2.21.0' };
  const base = `tf-cgo-verify-go-build-v1-linux-x64-go1.26.0-tf2.21.0-${sum.slice(0, 16)}`;
  const at = (iso: string, days = 7) => goBuildCacheKey({ ...parts, rotation: { days, nowMs: Date.parse(iso) } });
  // Seven-day periods counted from the epoch (a Thursday) start on Thursdays: 2026-12-03 is one.
  assert.equal(at('2026-12-03T00:00:00Z').key, `${base}-2026-12-03`);
  assert.equal(at('2026-12-09T23:59:59Z').key, `${base}-2026-12-03`, 'the same key all week: later runs hit it');
  assert.equal(at('2026-12-10T00:00:00Z').key, `${base}-2026-12-10`, 'a week on, a new key: the post step saves a fresh entry');
  const { restoreKeys } = at('2026-12-10T00:00:00Z');
  assert.deepEqual(restoreKeys, [
    `${base}-`,
    'tf-cgo-verify-go-build-v1-linux-x64-go1.26.0-tf2.21.0-',
    'tf-cgo-verify-go-build-v1-linux-x64-go1.26.0-',
  ]);
  assert.ok(at('2026-12-03T00:00:00Z').key.startsWith(restoreKeys[0]!), "last week's entry is the first prefix match");
  assert.equal(at('2026-12-05T00:00:00Z', 1).key, `${base}-2026-12-05`);
  assert.equal(at('2026-12-05T00:00:00Z', 0).key, base, 'cache-rotation: 0 keeps the key of go.sum, Go and TensorFlow alone');
  assert.deepEqual(at('2026-12-05T00:00:00Z', 0).restoreKeys, goBuildCacheKey(parts).restoreKeys);
});
