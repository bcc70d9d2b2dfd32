// Both entries of the action through their exported run(), as @github/local-action calls
// them: src/main.ts (the main step) and src/post-main.ts (the post step), imported from
// source, with the runner's files and the STATE_ variables between the steps. The main step
// passes and lists Go's build cache; the post step saves it to the loopback cache service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorsOf, runAction, runActionWithPost } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { startCacheService } from '../helpers/cache-service.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { CACHE_STATE_NAME } from '../../src/cache-state.ts';
import { startLoopbackServer } from '../helpers/loopback-server.ts';

test(
  'src/main.ts and src/post-main.ts run through their exported run(): main passes, post saves the cache',
  { timeout: 600_000 },
  async () => {
    const workspace = makeWorkspace(fixturePackage('hello'), 'hello');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-entries-'));
    const service = await startCacheService();
    try {
      const serviceEnv = Object.fromEntries(Object.entries(service.env()).filter((e): e is [string, string] => e[1] !== undefined));
      let mainOps = 0;
      const steps = await runActionWithPost({
        workspace,
        entry: path.join(repoRoot, 'src', 'main.ts'),
        postEntry: path.join(repoRoot, 'src', 'post-main.ts'),
        callExportedRun: true,
        toolCache: path.join(root, 'toolcache'),
        inputs: { 'working-directory': 'hello', python: tfPython(), 'glibc-floor': 'off', cache: 'true' },
        env: { ...serviceEnv, GOCACHE: path.join(root, 'gocache') },
        onMainDone: () => {
          mainOps = service.requests.length;
        },
      });
      assert.equal(steps.main.exitCode, 0, steps.main.stdout + steps.main.stderr);
      assert.equal(steps.main.outputs.result, 'passed');
      assert.ok(steps.main.state[CACHE_STATE_NAME], 'the main step saved its state for the post step');
      assert.ok(steps.post, 'the post step ran');
      assert.equal(steps.post.exitCode, 0, steps.post.stdout + steps.post.stderr);
      assert.deepEqual(
        service.requests
          .slice(mainOps)
          .map((r) => r.operation)
          .filter((op) => op !== 'upload'),
        ['reserve', 'commit'],
        'the post step saved Go build cache',
      );
      assert.match(steps.post.stdout, /Cache saved with key tf-cgo-verify-go-build-v1-/);
    } finally {
      await service.close();
      removeWorkspace(workspace);
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
);

test('the action fails a step whose Go download site answers 500 as the environment, not as an input', { timeout: 120_000 }, async () => {
  const workspace = makeWorkspace(fixturePackage('hello'), 'hello');
  const server = await startLoopbackServer();
  server.route('/dl/', { kind: 'status', status: 500 });
  try {
    const main = await runAction({
      workspace,
      entry: path.join(repoRoot, 'src', 'main.ts'),
      callExportedRun: true,
      inputs: { 'working-directory': 'hello', python: tfPython(), 'go-version': '1.99.1', 'go-download-base-url': `${server.origin}/dl` },
    });
    assert.equal(main.exitCode, 1);
    assert.equal(main.outputs.result, 'failed');
    const errors = errorsOf(main).map((c) => c.message);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(
      errors[0]!,
      new RegExp(
        `^tf-cgo-verify could not finish: a service, tool or disk it needs failed, not your code or inputs\\. Go download site ${new URL(server.origin).host}: .*HTTP 500`,
      ),
    );
    assert.doesNotMatch(errors[0]!, /Input '/);
  } finally {
    await server.close();
    removeWorkspace(workspace);
  }
});
