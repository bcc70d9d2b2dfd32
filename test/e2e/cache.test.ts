// The Actions cache end to end: `node dist/index.js` (the main step) and then `node dist/post.js`
// (the post step, with the STATE_ variables the runner passes it), against the loopback double
// of GitHub's v1 cache service (test/helpers/cache-service.ts) driven by the real @actions/cache.
// The main step only restores; the post step saves, and only what a passing build made.
// Each scenario has its own GOCACHE, so the machine's Go build cache is never uploaded.
import { after, before, beforeEach, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runActionWithPost, type ActionRun, type ActionRunWithPost } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { startCacheService, type CacheOperation, type CacheServiceDouble } from '../helpers/cache-service.ts';
import { tfPython } from '../helpers/env.ts';
import { CACHE_STATE_NAME, decodeCacheState, type CacheState } from '../../src/cache-state.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-cache-e2e-'));
let service: CacheServiceDouble;
before(async () => {
  service = await startCacheService();
});
after(async () => {
  await service?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => service.reset());

interface Scenario {
  workspace: string;
  /** GOCACHE for every run of the scenario: the cache version hashes the path, so it stays the same. */
  gocache: string;
  toolCache: string;
}

/**
 * A copy of GOCACHE after the first scenario's build. The scenarios that test something else
 * than a cold start begin with a copy of it, which spares them building Go's runtime and
 * standard library for c-shared again (about 30 s each here); run alone, they start cold.
 */
let warmGocache: string | undefined;

function scenario(name: string, options: { fixture?: string; warm?: boolean } = {}): Scenario {
  const root = fs.mkdtempSync(path.join(scratch, `${name}-`));
  const fixture = options.fixture ?? 'hello';
  const workspace = makeWorkspace(fixturePackage(fixture), fixture);
  after(() => removeWorkspace(workspace));
  const gocache = path.join(root, 'gocache');
  if (options.warm && warmGocache) fs.cpSync(warmGocache, gocache, { recursive: true });
  return { workspace, gocache, toolCache: path.join(root, 'toolcache') };
}

interface CacheRun extends ActionRunWithPost {
  /** The service operations each step made, in order. */
  mainOps: CacheOperation[];
  postOps: CacheOperation[];
  state?: CacheState;
}

async function run(s: Scenario, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<CacheRun> {
  const serviceEnv = Object.fromEntries(Object.entries(service.env()).filter((e): e is [string, string] => e[1] !== undefined));
  const start = service.requests.length;
  let mid = start;
  const steps = await runActionWithPost({
    workspace: s.workspace,
    toolCache: s.toolCache,
    inputs: { 'working-directory': 'hello', python: tfPython(), 'glibc-floor': 'off', ...inputs },
    env: { ...serviceEnv, GOCACHE: s.gocache, ...env },
    timeoutMs: 20 * 60_000,
    onMainDone: () => {
      mid = service.requests.length;
    },
  });
  const ops = (from: number, to?: number) => service.requests.slice(from, to).map((r) => r.operation);
  const decoded = decodeCacheState(steps.main.state[CACHE_STATE_NAME]);
  return { ...steps, mainOps: ops(start, mid), postOps: ops(mid), state: decoded.ok ? decoded.state : undefined };
}

const of = (step: ActionRun | undefined, command: string) =>
  (step?.commands ?? []).filter((c) => c.command === command).map((c) => c.message);

/** Passed, with no warning or error annotation, and exactly `notices` notices. */
function assertQuiet(step: ActionRun | undefined, notices: number, what: string): void {
  assert.ok(step, `${what} did not run`);
  assert.equal(step.exitCode, 0, `${what}:\n${step.stdout}\n${step.stderr}`);
  assert.deepEqual([...of(step, 'error'), ...of(step, 'warning')], [], `${what} annotated`);
  assert.equal(of(step, 'notice').length, notices, `${what} notices: ${of(step, 'notice').join(' | ')}`);
}

const secondsIn = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
// The last part is the first day of the cache-rotation period (7 days by default).
const GO_KEY = /^tf-cgo-verify-go-build-v1-linux-x64-go1\.\d+(\.\d+)?-tf2\.21\.0-[0-9a-f]{16}-\d{4}-\d{2}-\d{2}$/;
const committed = () => service.entries().filter((e) => e.committed);

function countFiles(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0;
}

describe("Go's build cache", () => {
  test(
    'the post step saves it; a second run with an emptied GOCACHE restores it; restore-only restores and saves nothing',
    { timeout: 10 * 60_000 },
    async (t) => {
      const s = scenario('go-roundtrip');

      const first = await run(s);
      assertQuiet(first.main, 0, 'first main step');
      assert.deepEqual(first.mainOps, ['lookup'], 'the main step only looks up; saving is the post step');
      assert.equal(first.state?.mode, 'save');
      assert.equal(first.state?.buildSucceeded, true);
      assert.deepEqual(
        first.state?.caches.map((c) => [c.label, c.paths]),
        [['Go build cache', [s.gocache]]],
      );
      assertQuiet(first.post, 0, 'first post step');
      assert.equal(first.postOps[0], 'reserve');
      assert.equal(first.postOps.at(-1), 'commit');
      assert.ok(first.postOps.includes('upload'));
      const [entry] = committed();
      assert.ok(entry && committed().length === 1, JSON.stringify(service.entries()));
      assert.match(entry.key, GO_KEY);
      assert.match(first.post!.stdout, new RegExp(`Cache saved with key ${entry.key} in [\\d.]+ s`));
      const files = countFiles(s.gocache);
      warmGocache = path.join(scratch, 'warm-gocache');
      fs.cpSync(s.gocache, warmGocache, { recursive: true });

      fs.rmSync(s.gocache, { recursive: true });
      const second = await run(s);
      assertQuiet(second.main, 0, 'second main step');
      assert.deepEqual(second.mainOps, ['lookup', 'download']);
      assert.match(second.main.stdout, new RegExp(`Cache restored from key ${entry.key} in [\\d.]+ s`));
      assert.ok(
        countFiles(s.gocache) >= files,
        `GOCACHE holds ${countFiles(s.gocache)} files after the restore and build, ${files} after the first build`,
      );
      assertQuiet(second.post, 0, 'second post step');
      assert.deepEqual(second.postOps, [], 'an exact hit is not uploaded again');
      assert.match(second.post!.stdout, /Go build cache: not saved \(restored from this exact key\)/);

      // A new go.sum makes a new primary key: cache: true would save it; restore-only must not.
      fs.writeFileSync(
        path.join(s.workspace, 'hello', 'go.sum'),
        'example.com/unused v1.0.0/go.mod h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n',
      );
      fs.rmSync(s.gocache, { recursive: true });
      const restoreOnly = await run(s, { cache: 'restore-only' });
      assertQuiet(restoreOnly.main, 0, 'restore-only main step');
      assert.deepEqual(restoreOnly.mainOps, ['lookup', 'download'], 'restore-only restores');
      assert.match(restoreOnly.main.stdout, new RegExp(`Cache restored from key ${entry.key} in`));
      assert.equal(restoreOnly.state?.mode, 'restore-only');
      assert.notEqual(restoreOnly.state?.caches[0]?.primaryKey, entry.key, 'the new go.sum makes a key that cache: true would save');
      assertQuiet(restoreOnly.post, 0, 'restore-only post step');
      assert.deepEqual(restoreOnly.postOps, []);
      assert.match(restoreOnly.post!.stdout, /Go build cache: not saved \(cache: restore-only\)/);
      assert.equal(committed().length, 1);

      const saved = secondsIn(first.post!.stdout, /Cache saved with key \S+ in ([\d.]+) s/);
      const restored = secondsIn(second.main.stdout, /Cache restored from key \S+ in ([\d.]+) s/);
      t.diagnostic(
        `Go build cache: ${countFiles(s.gocache)} files, archive ${(entry.size / 2 ** 20).toFixed(1)} MiB; save ${saved} s (post step ${first.post!.durationMs} ms), restore ${restored} s; main step ${first.main.durationMs} ms cold, ${second.main.durationMs} ms restored`,
      );
    },
  );

  test('ACTIONS_CACHE_MODE=read restores but saves nothing', { timeout: 5 * 60_000 }, async () => {
    const s = scenario('read-mode', { warm: true });
    const r = await run(s, {}, { ACTIONS_CACHE_MODE: 'read' });
    assertQuiet(r.main, 0, 'main step');
    assert.deepEqual(r.mainOps, ['lookup']);
    assertQuiet(r.post, 0, 'post step');
    assert.deepEqual(r.postOps, []);
    assert.match(r.post!.stdout, /ACTIONS_CACHE_MODE=read does not permit writes/);
    assert.deepEqual(service.entries(), []);
  });

  test('a failed build saves nothing, even when the step passes (fail-on: never)', { timeout: 5 * 60_000 }, async () => {
    const s = scenario('failed-build', { fixture: 'missing-function', warm: true });
    const reported = await run(s, { 'working-directory': 'missing-function', 'fail-on': 'never' });
    assert.equal(reported.main.exitCode, 0, reported.main.stdout);
    assert.equal(reported.main.outputs.result, 'failed');
    assert.equal(reported.state?.buildSucceeded, false);
    assert.deepEqual(reported.mainOps, ['lookup']);
    assertQuiet(reported.post, 0, 'post step');
    assert.deepEqual(reported.postOps, []);
    assert.match(reported.post!.stdout, /Go build cache: not saved \(the build failed\)/);

    // With the default fail-on the step fails, and `post-if: success()` keeps the post step from running.
    const failed = await run(s, { 'working-directory': 'missing-function' });
    assert.equal(failed.main.exitCode, 1);
    assert.equal(failed.post, undefined);
    assert.deepEqual(service.entries(), []);
  });
});

describe('a cache service that answers 5xx', () => {
  test('on read: one notice, the step passes, and the post step still saves', { timeout: 5 * 60_000 }, async () => {
    const s = scenario('read-5xx', { warm: true });
    service.fail('lookup', 500);
    const r = await run(s);
    assertQuiet(r.main, 1, 'main step');
    assert.match(of(r.main, 'notice')[0]!, /^Caching is off for this run: restoring tf-cgo-verify-go-build-v1-\S+ failed: .*500/);
    assert.equal(r.main.outputs.result, 'passed');
    assertQuiet(r.post, 0, 'post step');
    assert.equal(committed().length, 1, 'the write side still works');
  });

  for (const operation of ['reserve', 'upload'] as const) {
    test(`on write (${operation}): one notice in the post step, which passes; nothing is committed`, { timeout: 5 * 60_000 }, async () => {
      const s = scenario(`write-5xx-${operation}`, { warm: true });
      service.fail(operation, 500);
      const r = await run(s);
      assertQuiet(r.main, 0, 'main step');
      assertQuiet(r.post, 1, 'post step');
      assert.match(of(r.post, 'notice')[0]!, /^Caching is off for this run: saving tf-cgo-verify-go-build-v1-\S+ failed: /);
      assert.ok(r.postOps.includes(operation));
      assert.deepEqual(committed(), []);
    });
  }
});

describe('the TensorFlow virtualenv', () => {
  test(
    'the first run installs and the post step saves it with the build cache; a fresh runner restores both and installs nothing',
    { timeout: 30 * 60_000 },
    async (t: TestContext) => {
      const s = scenario('tf-venv');
      const inputs = { python: 'python3', 'tensorflow-version': '2.21.0' };

      const first = await run(s, inputs);
      assertQuiet(first.main, 0, 'first main step');
      assert.match(first.main.stdout, /-- uv pip install tensorflow-cpu==2\.21\.0/);
      assert.equal(first.main.outputs['tensorflow-version'], '2.21.0');
      const venvPython = first.main.outputs.python!;
      assert.ok(venvPython.startsWith(path.join(s.toolCache, 'tf-cgo-verify', 'venv')), venvPython);
      assert.deepEqual(
        first.state?.caches.map((c) => c.label),
        ['TensorFlow virtualenv', 'Go build cache'],
      );
      assertQuiet(first.post, 0, 'first post step');
      const keys = committed().map((e) => e.key);
      assert.equal(keys.length, 2, JSON.stringify(service.entries()));
      assert.match(keys[0]!, /^tf-cgo-verify-venv-v1-linux-x64-py3\.\d+\.\d+-tensorflow-cpu-2\.21\.0-/);
      assert.match(keys[1]!, GO_KEY);

      // A fresh runner: the same paths, nothing in them.
      fs.rmSync(path.join(s.toolCache, 'tf-cgo-verify'), { recursive: true });
      fs.rmSync(s.gocache, { recursive: true });
      const second = await run(s, inputs);
      assertQuiet(second.main, 0, 'second main step');
      assert.doesNotMatch(second.main.stdout, /pip install/);
      assert.match(second.main.stdout, /\(cache-restored\)/);
      assert.match(first.main.summary, /\| Set up Go and TensorFlow: TensorFlow 2\.21\.0 installed with uv in (\d+ min )?[\d.]+ s \|/);
      assert.match(
        second.main.summary,
        /\| Set up Go and TensorFlow: TensorFlow 2\.21\.0 restored from the Actions cache in (\d+ min )?[\d.]+ s \|/,
      );
      assert.deepEqual(second.mainOps, ['lookup', 'download', 'lookup', 'download']);
      assert.equal(second.main.outputs.python, venvPython);
      assert.equal(second.main.outputs.result, 'passed', 'the restored venv imports TensorFlow and loads the library');
      assertQuiet(second.post, 0, 'second post step');
      assert.deepEqual(second.postOps, [], 'nothing new to save');

      const sizes = service.entries().map((e) => `${e.key.split('-')[3]} ${(e.size / 2 ** 20).toFixed(0)} MiB`);
      const timesIn = (text: string, verb: string) =>
        [...text.matchAll(new RegExp(`Cache ${verb} (?:with|from) key (\\S+) in ([\\d.]+) s`, 'g'))].map(
          (m) => `${m[1]!.split('-')[3]} ${m[2]} s`,
        );
      t.diagnostic(`archives: ${sizes.join(', ')}`);
      t.diagnostic(`saved (post step ${first.post!.durationMs} ms): ${timesIn(first.post!.stdout, 'saved').join(', ')}`);
      t.diagnostic(`restored: ${timesIn(second.main.stdout, 'restored').join(', ')}`);
      t.diagnostic(`main step: ${first.main.durationMs} ms with uv pip install, ${second.main.durationMs} ms restored`);
    },
  );
});
