// The action on linux/arm64, as on GitHub's ubuntu-24.04-arm runners. `npm run test:arm64`
// runs this file inside the emulated arm64 Debian root of scripts/arm64-root.sh, with its
// arm64 Node, Go and gcc and the aarch64 `tensorflow` wheel (TF_CGO_VERIFY_PYTHON); the
// bundled dist/ is what runs. On any other CPU it is skipped.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf, type ActionRun } from '../helpers/run-action.ts';
import { nextStepEnv } from '../helpers/runner-env.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { readElfInfo } from '../../src/elf/elf.ts';
import { EM_AARCH64 } from '../../src/elf/machine.ts';
import { runProcess } from '../../src/util/process.ts';

const onArm64 = process.platform === 'linux' && process.arch === 'arm64';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-arm64-'));
const workspaces: string[] = [];
after(() => {
  workspaces.forEach(removeWorkspace);
  fs.rmSync(scratch, { recursive: true, force: true });
});
// Emulation is 5-20 times slower than a runner: a cold cgo build of example/ takes minutes.
const timeoutMs = 1_500_000;

function workspaceWith(from: string, subdir: string): string {
  const ws = makeWorkspace(from, subdir);
  workspaces.push(ws);
  return ws;
}

async function runOnArm64(ws: string, inputs: Record<string, string>, more: { toolCache?: string; runnerTemp?: string } = {}) {
  return runAction({ workspace: ws, inputs: { python: tfPython(), ...inputs }, env: { RUNNER_ARCH: 'ARM64' }, timeoutMs, ...more });
}

const took = (run: ActionRun) => `the action took ${(run.durationMs / 1000).toFixed(1)} s`;

describe('linux/arm64', { skip: onArm64 ? false : 'runs on arm64 only: npm run test:arm64 runs it in the emulated arm64 root' }, () => {
  test('example/ with default inputs: links against stubs made by the arm64 gcc, loads after import tensorflow and standalone, passes', async (t) => {
    const ws = workspaceWith(path.join(repoRoot, 'example'), 'example');
    const run = await runOnArm64(ws, { 'working-directory': 'example' });
    t.diagnostic(took(run));
    assert.equal(run.exitCode, 0, run.stdout);
    assert.deepEqual(errorsOf(run), []);
    assert.deepEqual(
      run.commands.filter((c) => c.command === 'warning'),
      [],
      'a correct build warned',
    );
    assert.equal(run.outputs.result, 'passed');
    assert.equal(run.outputs['tensorflow-version'], '2.21.0');
    const library = run.outputs['shared-object']!;
    assert.equal(library, path.join(ws, 'example', 'libexample.so'));
    assert.equal((await readElfInfo(library)).machine, EM_AARCH64);
    assert.match(run.stdout, /Loaded it in a fresh Python without import tensorflow as well/);
    // Linked against the stubs the arm64 gcc assembled; inspected and loaded against the real libraries.
    assert.match(run.outputs['cgo-ldflags'] ?? '', /-L\S*\/tf-cgo-verify-stubs\//);
    assert.match(run.summary, /linked against the link stubs \(the note above names their folder\)/);
    assert.match(run.outputs['cgo-ldflags'] ?? '', /-l:libtensorflow_cc\.so\.2/);
  });

  test('example/ with expect-symbols, its smoke test and standalone-load: error passes', async (t) => {
    const ws = workspaceWith(path.join(repoRoot, 'example'), 'example');
    const run = await runOnArm64(ws, {
      'working-directory': 'example',
      'expect-symbols': 'TFCGOVersion, TFCGOStatusOK, TFCGOGraphOperations',
      'smoke-test': 'smoke_test.py',
      'standalone-load': 'error',
    });
    t.diagnostic(took(run));
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.result, 'passed');
    assert.match(run.stdout, /example library OK: TensorFlow 2\.21\.0/);
  });

  test('a call to a TensorFlow function that does not exist is annotated on its Go line', async (t) => {
    const ws = workspaceWith(fixturePackage('missing-function'), 'missing-function');
    const run = await runOnArm64(ws, { 'working-directory': 'missing-function' });
    t.diagnostic(took(run));
    assert.equal(run.exitCode, 1, run.stdout);
    assert.equal(run.outputs.result, 'failed');
    const annotated = errorsOf(run).find((e) => e.message.includes('TF_VersionThatDoesNotExist'));
    assert.ok(annotated, run.stdout);
    assert.equal(annotated.properties.file, 'missing-function/lib.go');
    assert.equal(annotated.properties.line, '10');
  });

  test('mode: setup, then go test ./... in the next step links and runs against the aarch64 TensorFlow', async (t) => {
    const ws = workspaceWith(path.join(repoRoot, 'test', 'fixtures', 'setup-mode', 'tfmodule'), 'tfmodule');
    const toolCache = path.join(scratch, 'toolcache');
    const runnerTemp = path.join(scratch, 'temp');
    const run = await runOnArm64(ws, { mode: 'setup', 'working-directory': 'tfmodule' }, { toolCache, runnerTemp });
    t.diagnostic(took(run));
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.result, 'passed');
    fs.writeFileSync(path.join(scratch, 'env'), run.envFile);
    fs.writeFileSync(path.join(scratch, 'path'), run.pathFile);
    const next = nextStepEnv(
      { ...process.env, TFMODULE_WANT_VERSION: '2.21.0' },
      { githubEnvFile: path.join(scratch, 'env'), githubPathFile: path.join(scratch, 'path') },
    );
    const started = Date.now();
    // -count=1: a result from the root's test cache (kept between runs) would prove nothing.
    const tested = await runProcess('go', ['test', '-count=1', './...'], { cwd: path.join(ws, 'tfmodule'), env: next, timeoutMs });
    t.diagnostic(`go test -count=1 ./... took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(tested.exitCode, 0, tested.combined);
    assert.match(tested.stdout, /^ok\s+example\.com\/tfmodule\/tfinfo\s+\d/m);
  });

  test('a Go extension module with default inputs: built against the arm64 interpreter, imported after import tensorflow and without it', async (t) => {
    const ws = workspaceWith(fixturePackage('python-module'), 'mod');
    const run = await runOnArm64(ws, { 'working-directory': 'mod', output: 'my_golang_module.so', 'smoke-test': 'smoke_test.py' });
    t.diagnostic(took(run));
    assert.equal(run.exitCode, 0, run.stdout);
    assert.deepEqual(errorsOf(run), []);
    assert.equal((await readElfInfo(run.outputs['shared-object']!)).machine, EM_AARCH64);
    assert.match(run.stdout, /Imported \S+my_golang_module[.\w-]*\.so as the module my_golang_module after import tensorflow/);
    assert.match(run.stdout, /Imported it in a fresh Python without import tensorflow as well/);
    assert.match(run.stdout, /tf_version: 2\.21\.0/);
    assert.ok(!(run.outputs.needed ?? '').includes('libpython'), run.outputs.needed);
  });
});
