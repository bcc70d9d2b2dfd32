// Setup through the action, as the runner drives it: Go downloaded from a loopback mirror,
// verified against the listing's sha256 and cached; TensorFlow installed by a range into
// the action's own virtualenv and reused; impossible combinations refused; matrix mode.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import type { LoopbackServer } from '../helpers/loopback-server.ts';
import { goListing, pathWithoutGo, startGoMirror } from '../helpers/go-mirror.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { parseGithubPath } from '../helpers/runner-env.ts';
import { goToolName } from '../../src/setup/go-download.ts';

const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-setup-'));
const workspaces: string[] = [];
after(() => {
  workspaces.forEach(removeWorkspace);
  fs.rmSync(scratch, { recursive: true, force: true });
});

function workspace(from: string, subdir: string): string {
  const ws = makeWorkspace(from, subdir);
  workspaces.push(ws);
  return ws;
}

describe('Go from a download mirror', { skip: !linuxX64 && 'packs the local linux/amd64 toolchain' }, () => {
  let server: LoopbackServer;
  let version: string;
  let archive: string;
  let sha: string;

  const listing = (sha256: string) => goListing(version, `go${version}.linux-amd64.tar.gz`, sha256, fs.statSync(archive).size);

  before(async () => {
    // The real toolchain, less what building a package never reads (tests, cmd sources, docs).
    const mirror = await startGoMirror(scratch);
    ({ server, version, archiveFile: archive, sha256: sha } = mirror);
  });
  after(() => server?.close());

  const inputs = () => ({
    'working-directory': 'hello',
    python: tfPython(),
    'go-version': version,
    'go-download-base-url': `${server.origin}/dl`,
    'glibc-floor': 'off',
  });

  test('downloads, verifies, caches and puts only its bin on PATH for later steps; a second run makes no request', async () => {
    server.route('/dl/', { kind: 'body', body: listing(sha), contentType: 'application/json' });
    const toolCache = path.join(scratch, 'toolcache-good');
    const ws = workspace(fixturePackage('hello'), 'hello');
    server.resetCounts();
    const first = await runAction({ workspace: ws, toolCache, inputs: inputs(), env: { PATH: pathWithoutGo() } });
    assert.equal(first.exitCode, 0, first.stdout);
    assert.equal(first.outputs['go-version'], version);
    assert.equal(server.count(`/dl/go${version}.linux-amd64.tar.gz`), 1);
    // The Go the action installed stays on PATH for the job, as setup-go does; nothing else changes.
    const goBin = path.join(toolCache, goToolName(`${server.origin}/dl`), version, 'x64', 'bin');
    assert.deepEqual(parseGithubPath(first.pathFile), [goBin]);
    assert.equal(first.envFile, '', 'verify mode exported a variable');
    assert.ok(fs.existsSync(path.join(goBin, 'go')));

    server.resetCounts();
    const second = await runAction({ workspace: ws, toolCache, inputs: inputs(), env: { PATH: pathWithoutGo() } });
    assert.equal(second.exitCode, 0, second.stdout);
    assert.equal(server.total(), 0, 'the second run went to the network');
    assert.equal(second.outputs['go-version'], version);
  });

  test('an archive with one byte changed is refused and nothing is cached', async () => {
    const tampered = path.join(scratch, 'tampered.tar.gz');
    const bytes = fs.readFileSync(archive);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
    fs.writeFileSync(tampered, bytes);
    server.route('/dl/', { kind: 'body', body: listing(sha), contentType: 'application/json' });
    server.route(`/dl/go${version}.linux-amd64.tar.gz`, { kind: 'file', file: tampered });
    const toolCache = path.join(scratch, 'toolcache-tampered');
    try {
      const run = await runAction({
        workspace: workspace(fixturePackage('hello'), 'hello'),
        toolCache,
        inputs: inputs(),
        env: { PATH: pathWithoutGo() },
      });
      assert.equal(run.exitCode, 1);
      const [error] = errorsOf(run);
      assert.match(error?.message ?? '', /sha256/i);
      assert.match(error?.message ?? '', new RegExp(sha));
      assert.ok(!fs.existsSync(path.join(toolCache, goToolName(`${server.origin}/dl`), version)), 'a refused archive was cached');
    } finally {
      server.route(`/dl/go${version}.linux-amd64.tar.gz`, { kind: 'file', file: archive });
    }
  });

  test('a 404 gives a clear error naming the mirror input', async () => {
    server.route('/dl/', { kind: 'status', status: 404 });
    const run = await runAction({
      workspace: workspace(fixturePackage('hello'), 'hello'),
      inputs: inputs(),
      env: { PATH: pathWithoutGo() },
    });
    assert.equal(run.exitCode, 1);
    assert.match(errorsOf(run)[0]?.message ?? '', /go-download-base-url/);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .*\.js:\d+/);
  });
});

test("TensorFlow chosen by a range is installed into the action's virtualenv, builds and loads example/, and is reused", async () => {
  const toolCache = path.join(scratch, 'toolcache-tf');
  const ws = workspace(path.join(repoRoot, 'example'), 'example');
  const inputs = {
    'working-directory': 'example',
    python: 'python3',
    'tensorflow-version': '~2.21',
    'smoke-test': 'smoke_test.py',
    'glibc-floor': 'off',
  };
  const first = await runAction({ workspace: ws, toolCache, inputs });
  assert.equal(first.exitCode, 0, first.stdout);
  assert.equal(first.outputs['tensorflow-version'], '2.21.0');
  assert.equal(first.envFile + first.pathFile, '', "the Go on PATH and the action's own virtualenv change nothing for later steps");
  const venvPython = first.outputs.python!;
  assert.ok(venvPython.startsWith(path.join(toolCache, 'tf-cgo-verify')), venvPython);
  assert.match(first.stdout, /example library OK: TensorFlow 2\.21\.0/);
  const second = await runAction({ workspace: ws, toolCache, inputs });
  assert.equal(second.exitCode, 0, second.stdout);
  assert.equal(second.outputs.python, venvPython);
  assert.doesNotMatch(second.stdout, /pip install/i, 'the second run installed again');
});

const python39 = path.join(os.homedir(), '.pyenv', 'versions', '3.9.18', 'bin', 'python3');
test(
  'an impossible combination is refused with one that works',
  { skip: !fs.existsSync(python39) && 'no Python 3.9 on this machine' },
  async () => {
    const run = await runAction({
      workspace: workspace(fixturePackage('hello'), 'hello'),
      inputs: { 'working-directory': 'hello', python: python39, 'tensorflow-version': '2.21' },
    });
    assert.equal(run.exitCode, 1);
    const message = errorsOf(run)[0]?.message ?? '';
    assert.match(message, /TensorFlow 2\.21 supports Python 3\.10-3\.13/);
    assert.match(message, /setup-python|tensorflow-version 2\.20/);
  },
);

test('mode: matrix writes the compatible combinations for a fixed range and builds nothing', async () => {
  const ws = workspace(fixturePackage('hello'), 'hello');
  const run = await runAction({
    workspace: ws,
    inputs: {
      mode: 'matrix',
      'tensorflow-version': '>=2.20 <2.22',
      'python-versions': '3.12, 3.13',
      'go-version': '1.26',
      'smoke-test': 'tests/smoke.py',
    },
  });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(
    run.commands.filter((c) => c.command === 'warning').map((c) => c.message),
    ["Input 'smoke-test' is ignored: it applies to mode: verify, and this step runs mode: matrix. Remove it, or set mode."],
    'one warning for the input matrix mode does not read',
  );
  assert.deepEqual(JSON.parse(run.outputs.matrix!), {
    include: [
      { tensorflow: '2.21', python: '3.13', go: '1.26' },
      { tensorflow: '2.21', python: '3.12', go: '1.26' },
      { tensorflow: '2.20', python: '3.13', go: '1.26' },
      { tensorflow: '2.20', python: '3.12', go: '1.26' },
    ],
  });
  assert.ok(!fs.readdirSync(path.join(ws, 'hello')).some((f) => f.endsWith('.so')), 'matrix mode built something');
});
