// TensorFlow installed with uv through the action, as the runner drives it: uv fetched with
// pip into a fresh tool cache; PIP_INDEX_URL honoured (a loopback index that serves nothing
// is named in the error); and pip, with one notice saying why, when uv cannot run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorsOf, runAction, type ActionRun } from '../helpers/run-action.ts';
import { fixturePackage, makeWorkspace, removeWorkspace } from '../helpers/workspace.ts';
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.ts';
import { UV_VERSION } from '../../src/setup/uv-tool.ts';

const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-uv-'));
const workspaces: string[] = [];
after(() => {
  workspaces.forEach(removeWorkspace);
  fs.rmSync(scratch, { recursive: true, force: true });
});

function hello(): string {
  const ws = makeWorkspace(fixturePackage('hello'), 'hello');
  workspaces.push(ws);
  return ws;
}

const inputs = (version: string) => ({
  'working-directory': 'hello',
  python: 'python3',
  'tensorflow-version': version,
  'glibc-floor': 'off',
});

/** Notices other than the one for running without the Actions cache service (none here). */
const notices = (run: ActionRun) =>
  run.commands.filter((c) => c.command === 'notice' && !c.message.startsWith('Caching is off')).map((c) => c.message);

describe('TensorFlow installed with uv', { skip: !linuxX64 && 'uv is pinned for Linux; the wheels here are x86-64' }, () => {
  const toolCache = path.join(scratch, 'toolcache');
  let index: LoopbackServer;
  before(async () => {
    index = await startLoopbackServer();
  });
  after(() => index?.close());

  test(
    'a fresh tool cache: uv is fetched into it, installs tensorflow-cpu 2.20.0, and the build loads',
    { timeout: 15 * 60_000 },
    async () => {
      const run = await runAction({ workspace: hello(), toolCache, inputs: inputs('2.20.0'), timeoutMs: 15 * 60_000 });
      assert.equal(run.exitCode, 0, run.stdout);
      assert.equal(run.outputs['tensorflow-version'], '2.20.0');
      assert.equal(run.outputs.result, 'passed');
      assert.match(run.stdout, /-- uv pip install tensorflow-cpu==2\.20\.0/);
      assert.doesNotMatch(run.stdout, /-- pip install/);
      assert.deepEqual(notices(run), [], 'no notice: uv was had');
      assert.ok(fs.existsSync(path.join(toolCache, 'uv', UV_VERSION, 'x64', 'uv')), 'uv is kept in the tool cache');
      assert.match(run.summary, /\| Set up Go and TensorFlow: TensorFlow 2\.20\.0 installed with uv in (\d+ min )?[\d.]+ s \|/);
    },
  );

  test("uv keeps to pip's rules: a repository's pyproject.toml [tool.uv] index is not used", { timeout: 10 * 60_000 }, async () => {
    const ws = hello();
    // An index that refuses connections: uv would fail if it read this file.
    fs.writeFileSync(path.join(ws, 'pyproject.toml'), '[tool.uv]\nindex-url = "http://127.0.0.1:9/simple"\n');
    // A new virtualenv, from uv's wheel cache in the tool cache (the first test filled it).
    fs.rmSync(path.join(toolCache, 'tf-cgo-verify', 'venv'), { recursive: true, force: true });
    const run = await runAction({ workspace: ws, toolCache, inputs: inputs('2.20.0'), timeoutMs: 10 * 60_000 });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.match(run.stdout, /-- uv pip install tensorflow-cpu==2\.20\.0/);
    assert.deepEqual(notices(run), []);
  });

  test('PIP_INDEX_URL is what uv installs from: a loopback index that serves nothing is named in an environment error', async () => {
    // Every path answers 404: an index without a single project.
    const url = `${index.origin}/simple`;
    index.resetCounts();
    const run = await runAction({ workspace: hello(), toolCache, inputs: inputs('2.20'), env: { PIP_INDEX_URL: url } });
    assert.equal(run.exitCode, 1, run.stdout);
    const [error] = errorsOf(run);
    assert.ok(error, run.stdout);
    assert.ok(error.message.includes(`package index ${url} (from PIP_INDEX_URL): uv pip install tensorflow-cpu==2.20.*`), error.message);
    assert.match(error.message, /a service, tool or disk it needs failed, not your code or inputs/);
    assert.match(error.message, /has no such package at all/);
    assert.ok(index.count('/simple/tensorflow-cpu/') > 0, 'uv asked the index for tensorflow-cpu');
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .*\.(js|ts):\d+/);
  });

  test('uv that cannot run: pip installs, and one notice says why', { timeout: 15 * 60_000 }, async () => {
    // A tool cache whose uv is not a program (a broken copy, a foreign CPU's binary).
    const broken = path.join(scratch, 'toolcache-broken');
    fs.mkdirSync(path.join(broken, 'uv', UV_VERSION, 'x64'), { recursive: true });
    fs.writeFileSync(path.join(broken, 'uv', UV_VERSION, 'x64', 'uv'), 'not a program\n', { mode: 0o644 });
    fs.writeFileSync(path.join(broken, 'uv', UV_VERSION, 'x64.complete'), '');
    const run = await runAction({ workspace: hello(), toolCache: broken, inputs: inputs('2.20.0'), timeoutMs: 15 * 60_000 });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs['tensorflow-version'], '2.20.0');
    const said = notices(run);
    assert.equal(said.length, 1, said.join('\n'));
    assert.match(said[0]!, /^Installing TensorFlow with pip instead of uv: uv venv failed: .*EACCES/);
    assert.match(run.stdout, /-- pip install tensorflow-cpu==2\.20\.0/);
    assert.match(run.summary, /\| Set up Go and TensorFlow: TensorFlow 2\.20\.0 installed with pip in (\d+ min )?[\d.]+ s \|/);
  });
});
