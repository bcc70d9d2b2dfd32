// The action end to end, as the runner drives it, against the real Go, linker and
// TensorFlow (tensorflow-cpu 2.21.0 in .tf-venv).
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runAction, errorsOf } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

function workspaceWith(from: string, subdir = '.'): string {
  const ws = makeWorkspace(from, subdir);
  workspaces.push(ws);
  return ws;
}

/** A workspace with the fixture package in a subfolder of its own name; runs the action there. */
async function runFixture(name: string, inputs: Record<string, string>) {
  const ws = workspaceWith(fixturePackage(name), name);
  const run = await runAction({ workspace: ws, inputs: { 'working-directory': name, python: tfPython(), ...inputs } });
  return { ws, run };
}

describe('a correct package', () => {
  test('example/ builds, loads after import tensorflow, its smoke test passes, with no warning and nothing changed for later steps', async () => {
    const ws = workspaceWith(path.join(repoRoot, 'example'), 'example');
    const run = await runAction({
      workspace: ws,
      inputs: {
        'working-directory': 'example',
        python: tfPython(),
        'expect-symbols': 'TFCGOVersion, TFCGOStatusOK\nTFCGOGraphOperations',
        'smoke-test': 'smoke_test.py',
      },
    });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.deepEqual(errorsOf(run), []);
    assert.deepEqual(
      run.commands.filter((c) => c.command === 'warning'),
      [],
      'a correct build warned',
    );
    // No cache service here: caching degrades to exactly one notice, never a failure.
    assert.deepEqual(
      run.commands.filter((c) => c.command === 'notice').map((c) => c.message.replace(/:.*/s, '')),
      ['Caching is off for this run'],
    );
    // verify mode with the Go on PATH: the job's later steps see no change.
    assert.equal(run.envFile, '');
    assert.equal(run.pathFile, '');
    assert.equal(run.outputs.result, 'passed');
    assert.equal(run.outputs['tensorflow-version'], '2.21.0');
    assert.match(run.outputs['python-version'] ?? '', /^3\.\d+\.\d+$/);
    assert.match(run.outputs['go-version'] ?? '', /^1\.\d+/);
    assert.equal(run.outputs['shared-object'], path.join(ws, 'example', 'libexample.so'));
    assert.ok(fs.existsSync(run.outputs['shared-object'] ?? ''));
    assert.match(run.outputs['cgo-ldflags'] ?? '', /-l:libtensorflow_cc\.so\.2/);
    assert.match(run.outputs['cgo-cflags'] ?? '', /-isystem\S+\/tensorflow\/include/);
    assert.match(run.stdout, /example library OK: TensorFlow 2\.21\.0/);
    assert.match(run.summary, /passed/i);
  });
});

describe('a broken package', () => {
  test('a call to a TensorFlow function that does not exist fails and names the symbol', async () => {
    const { run } = await runFixture('missing-function', {});
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.result, 'failed');
    const errors = errorsOf(run);
    assert.ok(
      errors.some((e) => e.message.includes('TF_VersionThatDoesNotExist')),
      run.stdout,
    );
  });

  test('a missing expect-symbols entry fails and is named', async () => {
    const { run } = await runFixture('hello', { 'expect-symbols': 'HelloStatusOK,HelloNotExported' });
    assert.equal(run.exitCode, 1);
    const errors = errorsOf(run);
    assert.ok(
      errors.some((e) => e.message.includes('HelloNotExported')),
      run.stdout,
    );
    assert.ok(!errors.some((e) => e.message.includes('HelloStatusOK is not')), 'an exported symbol is reported missing');
  });

  test('a smoke test that raises fails, with its traceback in the log', async () => {
    const code =
      'import os\ndef check():\n    raise ValueError("smoke says no: " + os.path.basename(os.environ["TF_CGO_LIBRARY"]))\ncheck()\n';
    const { run } = await runFixture('hello', { 'smoke-test': code });
    assert.equal(run.exitCode, 1);
    assert.match(run.stdout, /Traceback \(most recent call last\)/);
    assert.match(run.stdout, /ValueError: smoke says no: libhello\.so/);
    assert.ok(
      errorsOf(run).some((e) => e.message.includes('ValueError')),
      run.stdout,
    );
  });

  test('a smoke test that hangs is stopped at the timeout', async () => {
    const { run } = await runFixture('hello', { 'smoke-test': 'import time\ntime.sleep(600)\n', 'smoke-timeout': '8' });
    assert.equal(run.exitCode, 1);
    assert.ok(run.durationMs < 240_000, `took ${run.durationMs} ms`);
    const errors = errorsOf(run);
    assert.ok(
      errors.some((e) => /timed out/i.test(e.properties.title ?? '') || /did not finish within 8 s/.test(e.message)),
      run.stdout,
    );
  });
});

describe('smoke tests and checks work together', () => {
  test('a smoke-test file imports the modules beside it, as python tests/smoke.py would', async () => {
    const ws = workspaceWith(fixturePackage('hello'), 'hello');
    fs.mkdirSync(path.join(ws, 'hello', 'tests'));
    fs.writeFileSync(
      path.join(ws, 'hello', 'tests', 'helper.py'),
      'import ctypes, os\ndef status_ok():\n    return ctypes.CDLL(os.environ["TF_CGO_LIBRARY"]).HelloStatusOK()\n',
    );
    fs.writeFileSync(
      path.join(ws, 'hello', 'tests', 'smoke.py'),
      'import helper\nassert helper.status_ok() == 1\nprint("helper says OK")\n',
    );
    const run = await runAction({
      workspace: ws,
      inputs: { 'working-directory': 'hello', python: tfPython(), 'smoke-test': 'tests/smoke.py', 'glibc-floor': 'off' },
    });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.match(run.stdout, /helper says OK/);
  });

  test('a failed expect-symbols check does not make the loads report a false import-order problem', async () => {
    const { run } = await runFixture('hello', { 'expect-symbols': 'HelloStatusOK,NoSuchThing', 'glibc-floor': 'off' });
    assert.equal(run.exitCode, 1);
    assert.ok(errorsOf(run).some((e) => e.message.includes('NoSuchThing')));
    assert.ok(
      !run.commands.some((c) => /import tensorflow/.test(`${c.properties.title ?? ''} ${c.message}`) && c.command === 'warning'),
      run.stdout,
    );
  });
});

describe('fail-on and annotate', () => {
  test('fail-on: never reports the same errors but leaves the step green', async () => {
    const { run } = await runFixture('missing-function', { 'fail-on': 'never' });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.result, 'failed');
    assert.ok(errorsOf(run).some((e) => e.message.includes('TF_VersionThatDoesNotExist')));
  });

  test('fail-on: warning fails on a warning; annotate: false sends no annotation but keeps the summary', async () => {
    const { run } = await runFixture('hello', { 'fail-on': 'warning', annotate: 'false', 'glibc-floor': 'wheel' });
    assert.equal(run.exitCode, 1, run.stdout);
    assert.equal(run.outputs.result, 'failed');
    assert.ok(!run.commands.some((c) => c.command === 'warning' && c.properties.title), 'annotate: false still annotated');
    assert.match(run.summary, /GLIBC(_|&#95;)2\.34/);
  });
});

describe('bad input gets a clear error that names the input', () => {
  async function badInput(inputs: Record<string, string>, from = fixturePackage('hello')) {
    const ws = workspaceWith(from);
    const run = await runAction({ workspace: ws, inputs: { python: tfPython(), ...inputs } });
    assert.equal(run.exitCode, 1, run.stdout);
    const errors = errorsOf(run);
    assert.equal(errors.length, 1, run.stdout);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .*\.js:\d+/, 'a stack trace was printed');
    return errors[0]!.message;
  }

  test('no go.mod', async () => {
    const ws = workspaceWith(fixturePackage('hello'));
    fs.rmSync(path.join(ws, 'go.mod'));
    const run = await runAction({ workspace: ws, inputs: { python: tfPython() } });
    assert.match(errorsOf(run)[0]?.message ?? '', /working-directory.*no go\.mod/);
  });
  test('no package at the path', async () => {
    assert.match(await badInput({ package: './nope' }), /'package'.*no package folder/);
  });
  test('a package without import "C"', async () => {
    assert.match(await badInput({}, fixturePackage('no-cgo')), /'package'.*import "C"/);
  });
  test('a python that does not exist', async () => {
    assert.match(await badInput({ python: '/nonexistent/python3' }), /'python'.*cannot run/);
  });
  test('a python without TensorFlow', async () => {
    const venv = workspaceWith(fixturePackage('no-cgo'));
    execFileSync('python3', ['-m', 'venv', '--without-pip', path.join(venv, 'bare')]);
    assert.match(await badInput({ python: path.join(venv, 'bare', 'bin', 'python') }), /'python'.*has no TensorFlow/);
  });
  test('an output outside the workspace', async () => {
    assert.match(await badInput({ output: '../../escape.so' }), /'output'.*outside the workspace/);
  });
  test('a smoke-test file that does not exist', async () => {
    assert.match(await badInput({ 'smoke-test': 'tests/missing_smoke.py' }), /'smoke-test'.*does not exist/);
  });
  test('a non-numeric timeout', async () => {
    assert.match(await badInput({ 'smoke-timeout': 'ten' }), /'smoke-timeout'.*not a number/);
  });
  test('an output path where a symlink or a text file is committed: go build refuses, the file is left as it was', async () => {
    const ws = workspaceWith(fixturePackage('hello'));
    fs.writeFileSync(path.join(ws, 'NOTES.md'), 'notes\n');
    fs.symlinkSync('NOTES.md', path.join(ws, 'libhello.so'));
    const refusal = async (output: string) => {
      const run = await runAction({ workspace: ws, inputs: { python: tfPython(), output } });
      assert.equal(run.exitCode, 1, run.stdout);
      assert.equal(errorsOf(run).length, 1, run.stdout);
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .*\.js:\d+/, 'a stack trace was printed');
      return errorsOf(run)[0]!.message;
    };
    const linked = await refusal('libhello.so');
    assert.match(linked, /^Input 'output': libhello\.so already exists and is a symbolic link to NOTES\.md, so go build refuses/);
    assert.match(linked, /set 'output' to a path where nothing is yet/);
    assert.equal(fs.readlinkSync(path.join(ws, 'libhello.so')), 'NOTES.md');
    assert.equal(fs.readFileSync(path.join(ws, 'NOTES.md'), 'utf8'), 'notes\n');

    fs.writeFileSync(path.join(ws, 'libtext.so'), 'not a library\n');
    const text = await refusal('libtext.so');
    assert.match(text, /^Input 'output': libtext\.so already exists and is a 14-byte file that is not an object file/);
    assert.equal(fs.readFileSync(path.join(ws, 'libtext.so'), 'utf8'), 'not a library\n');
  });
});

describe('the environment failing is no finding of the code', () => {
  // Mounting needs root; as another user the test is skipped.
  const asRoot = process.getuid?.() === 0;
  const mounted: string[] = [];
  after(() => {
    for (const dir of mounted) execFileSync('umount', [dir]);
  });

  test(
    'the output folder on a full 1 MiB disk: an environment error naming the folder and its free space, no library left',
    { skip: !asRoot && 'needs root to mount a tmpfs' },
    async () => {
      const ws = workspaceWith(fixturePackage('hello'), 'hello');
      const out = path.join(ws, 'hello', 'out');
      fs.mkdirSync(out);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', out]);
      mounted.push(out);
      const run = await runAction({
        workspace: ws,
        inputs: { 'working-directory': 'hello', python: tfPython(), output: 'out/libhello.so' },
      });
      assert.equal(run.exitCode, 1, run.stdout);
      assert.equal(run.outputs.result, 'failed');
      const errors = errorsOf(run).map((e) => e.message);
      assert.equal(errors.length, 1, errors.join('\n'));
      const library = path.join(out, 'libhello.so');
      assert.match(
        errors[0]!,
        new RegExp(
          `^tf-cgo-verify could not finish: a service, tool or disk it needs failed, not your code or inputs\\. output folder ${out}: the disk is full: go build linked libhello\\.so, then could not write it there \\(write ${library}: no space left on device\\)\\. \\d+\\.\\d KiB free of 1\\.0 MiB there now\\. No partial libhello\\.so is left there\\.`,
        ),
      );
      assert.doesNotMatch(run.stdout, /Link failed|go build exited with/, 'reported as a failed link');
      assert.doesNotMatch(run.stdout, /relinking|building again against the real TensorFlow libraries/, 'the stubs link was redone');
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .*\.js:\d+/, 'a stack trace was printed');
      assert.equal(fs.existsSync(library), false, 'a library was left');
    },
  );
});
