// The post step's state and runPost, against the loopback cache service double and the real
// @actions/cache; and src/post-index.ts run as the runner runs it (STATE_cache in its env).
import { after, afterEach, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CACHE_STATE_NAME,
  decodeCacheState,
  encodeCacheState,
  pendingCaches,
  pendingGoBuildCache,
  type CacheState,
  type PendingCache,
} from '../../src/cache-state.ts';
import { runPost } from '../../src/post.ts';
import { ActionCache, goBuildCacheKey, goSumHash, restoreGoBuildCache } from '../../src/setup/cache.ts';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot } from '../helpers/env.ts';
import { startCacheService, type CacheServiceDouble } from '../helpers/cache-service.ts';

let service: CacheServiceDouble;
let tmp: string;
let clientEnv: Record<string, string | undefined>;
const savedEnv = { ...process.env };

before(async () => {
  service = await startCacheService();
});
after(async () => {
  await service.close();
});
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'post-test-'));
  for (const d of ['workspace', 'runner-temp']) fs.mkdirSync(path.join(tmp, d));
  clientEnv = {
    ...service.env(),
    GITHUB_WORKSPACE: path.join(tmp, 'workspace'),
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    RUNNER_DEBUG: undefined,
  };
  for (const [k, v] of Object.entries(clientEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  service.reset();
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
  fs.rmSync(tmp, { recursive: true, force: true });
});

function recorder() {
  const notices: string[] = [];
  const infos: string[] = [];
  return { notices, infos, log: { notice: (m: string) => notices.push(m), info: (m: string) => infos.push(m) } };
}

const goParts = { platform: 'linux', arch: 'x64', goVersion: '1.26.0', goSumHash: goSumHash(''), tfVersion: '2.21.0' };

/** A Go build cache and a venv folder on disk, and the state the main step would record for them. */
function mainStepState(over: Partial<CacheState> = {}, venvOver: Partial<PendingCache> = {}): CacheState {
  const gocache = path.join(tmp, 'gocache');
  const venv = path.join(tmp, 'venv');
  for (const [dir, file, text] of [
    [gocache, 'ab/abcd-d', 'compiled'],
    [venv, 'bin/python', '#!python'],
  ] as const) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return {
    mode: 'save',
    buildSucceeded: true,
    caches: [
      pendingGoBuildCache([gocache], goParts, undefined),
      { label: 'TensorFlow virtualenv', paths: [venv], primaryKey: 'tf-cgo-verify-venv-v1-test', saveWanted: true, ...venvOver },
    ],
    ...over,
  };
}

test('state: encode/decode round trip; empty, garbled, foreign or incomplete state decodes to a reason, never a throw', () => {
  const state = mainStepState();
  assert.deepEqual(decodeCacheState(encodeCacheState(state)), { ok: true, state });
  for (const text of [
    undefined,
    '',
    'not json',
    'null',
    '[]',
    '{"format":2}',
    JSON.stringify({ format: 1, mode: 'save', buildSucceeded: true }),
    JSON.stringify({ format: 1, mode: 'sometimes', buildSucceeded: true, caches: [] }),
    JSON.stringify({
      format: 1,
      mode: 'save',
      buildSucceeded: true,
      caches: [{ label: 'x', paths: [], primaryKey: 'k', saveWanted: true }],
    }),
  ]) {
    const decoded = decodeCacheState(text);
    assert.equal(decoded.ok, false, String(text));
    assert.ok(!decoded.ok && decoded.reason.length > 0);
  }
});

test('runPost saves each pending cache; the main step of the next run restores it', async () => {
  const state = mainStepState();
  const r = recorder();
  const results = await runPost(decodeCacheState(encodeCacheState(state)), r.log);
  assert.deepEqual(
    results.map((x) => x.outcome),
    ['saved', 'saved'],
  );
  assert.deepEqual(
    service.seen('reserve').map((q) => (q.body as { key: string }).key),
    [goBuildCacheKey(goParts).key, 'tf-cgo-verify-venv-v1-test'],
  );
  assert.ok(service.entries().every((e) => e.committed));
  assert.deepEqual(r.notices, []);

  const gocache = state.caches[0]!.paths[0]!;
  fs.rmSync(gocache, { recursive: true });
  assert.equal(await restoreGoBuildCache([gocache], goParts, new ActionCache(undefined, recorder().log)), goBuildCacheKey(goParts).key);
  assert.equal(fs.readFileSync(path.join(gocache, 'ab/abcd-d'), 'utf8'), 'compiled');
});

test('runPost saves nothing for restore-only, a failed build, an exact hit, a reused venv, or folders that are gone', async () => {
  const cases: [Partial<CacheState>, Partial<PendingCache>, string[]][] = [
    [{ mode: 'restore-only' }, {}, ['restore-only', 'restore-only']],
    [{ buildSucceeded: false }, {}, ['build-failed', 'build-failed']],
    [{}, { restoredKey: 'tf-cgo-verify-venv-v1-test', saveWanted: true }, ['saved', 'exact-hit']],
    [{}, { saveWanted: false }, ['saved', 'not-wanted']],
    [{}, { paths: [path.join(tmp, 'no-such-venv')] }, ['saved', 'missing']],
  ];
  for (const [over, venvOver, outcomes] of cases) {
    service.reset();
    const r = recorder();
    const results = await runPost({ ok: true, state: mainStepState(over, venvOver) }, r.log);
    assert.deepEqual(
      results.map((x) => x.outcome),
      outcomes,
      JSON.stringify(over) + JSON.stringify(venvOver),
    );
    assert.equal(service.seen('reserve').length, outcomes.filter((o) => o === 'saved').length);
    assert.deepEqual(r.notices, []);
  }
  // The exact hit, from the Go side too.
  service.reset();
  const hit = mainStepState();
  hit.caches[0] = pendingGoBuildCache(hit.caches[0]!.paths, goParts, goBuildCacheKey(goParts).key);
  assert.deepEqual(
    (await runPost({ ok: true, state: hit }, recorder().log)).map((x) => x.outcome),
    ['exact-hit', 'saved'],
  );
});

test('pendingCaches: the venv is saved only when freshly installed, an exact restore is marked; cache: off records nothing', () => {
  const go = pendingGoBuildCache(['/gocache'], goParts, undefined);
  const venv = (source: 'venv-installed' | 'cache-restored' | 'venv-reused', cacheKey?: string) => ({
    source,
    venv: '/tc/venv',
    ...(cacheKey ? { cacheKey } : {}),
  });
  const built = { ok: true, goCache: go };
  assert.equal(pendingCaches('off', true, venv('venv-installed', 'k'), built), undefined);
  assert.deepEqual(pendingCaches('save', true, venv('venv-installed', 'k'), built), {
    mode: 'save',
    buildSucceeded: true,
    caches: [{ label: 'TensorFlow virtualenv', paths: ['/tc/venv'], primaryKey: 'k', saveWanted: true }, go],
  });
  assert.deepEqual(pendingCaches('restore-only', true, venv('cache-restored', 'k'), { ok: false, goCache: go }), {
    mode: 'restore-only',
    buildSucceeded: false,
    caches: [{ label: 'TensorFlow virtualenv', paths: ['/tc/venv'], primaryKey: 'k', restoredKey: 'k', saveWanted: false }, go],
  });
  // A reused venv consulted no cache (no key); without a configured service the venv is not listed.
  assert.deepEqual(pendingCaches('save', true, venv('venv-reused'), built)?.caches, [go]);
  assert.deepEqual(pendingCaches('save', false, venv('venv-installed', 'k'), { ok: true })?.caches, []);
});

test('runPost with a 5xx from the service: one notice, no throw, nothing committed', async () => {
  service.fail('reserve', 500);
  const r = recorder();
  const results = await runPost({ ok: true, state: mainStepState() }, r.log);
  assert.deepEqual(
    results.map((x) => x.outcome),
    ['not-saved', 'not-saved'],
  );
  assert.equal(r.notices.length, 1, r.notices.join('\n'));
  assert.equal(service.seen('reserve').length, 1, 'the second cache is not tried after the service failed');
});

async function runPostEntry(state: string, env: Record<string, string | undefined> = {}) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...clientEnv, [`STATE_${CACHE_STATE_NAME}`]: state, ...env };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  return runProcess(process.execPath, [path.join(repoRoot, 'src', 'post-index.ts')], { env: childEnv, timeoutMs: 60_000 });
}

test('post-index.ts reads STATE_cache as the runner passes it and saves; a failing service is one ::notice:: and exit 0', async () => {
  const state = encodeCacheState(mainStepState());
  const ok = await runPostEntry(state);
  assert.equal(ok.exitCode, 0, ok.combined);
  assert.equal(service.seen('commit').length, 2);
  assert.doesNotMatch(ok.stdout, /^::(error|warning)/m);

  service.reset();
  service.fail('reserve', 500);
  const failing = await runPostEntry(state);
  assert.equal(failing.exitCode, 0, failing.combined);
  assert.equal(failing.stdout.match(/^::notice::/gm)?.length, 1, failing.stdout);
  assert.doesNotMatch(failing.stdout, /^::(error|warning)/m);

  const garbled = await runPostEntry('{"format":1,');
  assert.equal(garbled.exitCode, 0);
  assert.match(garbled.stdout, /No cache to save: the state the main step saved is not JSON/);
});
