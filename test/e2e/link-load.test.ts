// Link what is used, inspect what was built, load it both ways: the import-order trap of
// domain.md section 2 is caught in CI, against the real TensorFlow.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, errorsOf, type ActionRun } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot, tfPython, tfDir } from '../helpers/env.ts';
import { runProcess } from '../../src/util/process.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

async function runOn(from: string, subdir: string, inputs: Record<string, string> = {}) {
  const ws = makeWorkspace(from, subdir);
  workspaces.push(ws);
  const run = await runAction({ workspace: ws, inputs: { 'working-directory': subdir, python: tfPython(), ...inputs } });
  return { ws, run };
}

const warningsOf = (run: ActionRun) => run.commands.filter((c) => c.command === 'warning');
const findingsOf = (run: ActionRun) =>
  (JSON.parse(run.diagnosticsJson!) as { findings: { kind: string; severity: string; symbol?: string; message: string; fix?: string }[] })
    .findings;

test('example/ under auto, with default inputs, links only what it uses and loads in both orders with no warning', async () => {
  // Built here, the library needs Go's GLIBC_2.34, above the wheel's 2.27: by default that is a
  // line in the summary, not a warning.
  const { run } = await runOn(path.join(repoRoot, 'example'), 'example', { 'smoke-test': 'smoke_test.py' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(warningsOf(run), [], run.stdout);
  assert.deepEqual(errorsOf(run), []);
  assert.deepEqual(run.outputs.needed?.split(','), ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2', 'libc.so.6']);
  assert.equal(run.outputs['unresolved-symbols'], '');
  assert.equal(run.outputs.runpath, '', 'no absolute runner path in the result');
  assert.match(run.stdout, /TF_Version -> libtensorflow_cc\.so\.2/);
  assert.match(run.stdout, /TF_NewStatus -> libtensorflow_framework\.so\.2/);
  assert.match(run.stdout, /Loaded it in a fresh Python without import tensorflow as well/);
  assert.ok(!findingsOf(run).some((f) => f.kind === 'glibc-too-new'), 'the glibc floor became a finding');
  assert.match(
    run.summary,
    /glibc: the library needs GLIBC(_|&#95;)2\.\d+ .*newer than the TensorFlow 2\.21\.0 wheel's floor, glibc 2\.27/,
  );
});

test('a package that uses only framework functions links only the framework library', async () => {
  const { run } = await runOn(fixturePackage('hello'), 'hello', { 'glibc-floor': 'off' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(run.outputs.needed?.split(','), ['libtensorflow_framework.so.2', 'libc.so.6']);
  assert.doesNotMatch(run.outputs['cgo-ldflags'] ?? '', /libtensorflow_cc/);
});

test('glibc-floor: wheel warns that a library built here needs a newer glibc than the wheel', async () => {
  const { run } = await runOn(fixturePackage('hello'), 'hello', { 'glibc-floor': 'wheel' });
  assert.equal(run.exitCode, 0);
  assert.ok(
    findingsOf(run).some((f) => f.kind === 'glibc-too-new' && /GLIBC_2\.\d+/.test(f.message) && /2\.27/.test(f.message)),
    run.stdout,
  );
  assert.ok(
    warningsOf(run).some((w) => /GLIBC_2\.\d+/.test(w.properties.title ?? '')),
    run.stdout,
  );
});

test('under sysconfig the import-order trap is caught and libtensorflow_cc.so.2 is named as the fix', async () => {
  const { run } = await runOn(path.join(repoRoot, 'example'), 'example', {
    'link-libraries': 'sysconfig',
    'standalone-load': 'error',
    'glibc-floor': 'off',
  });
  assert.equal(run.exitCode, 1, run.stdout);
  assert.doesNotMatch(run.outputs['cgo-ldflags'] ?? '', /libtensorflow_cc|-z,defs/);
  const findings = findingsOf(run);
  const trap = findings.filter((f) => f.kind === 'resolved-only-by-import');
  assert.ok(
    trap.some((f) => f.symbol === 'TF_Version'),
    JSON.stringify(findings, null, 1),
  );
  const standalone = findings.filter((f) => f.severity === 'error' && /import tensorflow/.test(f.message));
  assert.ok(standalone.length > 0, JSON.stringify(findings, null, 1));
  assert.ok(
    standalone.some((f) => /-l:libtensorflow_cc\.so\.2/.test(f.fix ?? '')),
    JSON.stringify(standalone, null, 1),
  );
  assert.match(run.outputs['unresolved-symbols'] ?? '', /TF_Version/);
});

test('a name TensorFlow 2.21 does not define is reported before the build, on its call site', async () => {
  const { ws, run } = await runOn(fixturePackage('missing-function'), 'missing-function');
  assert.equal(run.exitCode, 1);
  const finding = findingsOf(run).find((f) => f.kind === 'not-in-tensorflow');
  assert.ok(finding && finding.symbol === 'TF_VersionThatDoesNotExist', run.stdout);
  assert.match(finding.message, /2\.21\.0/);
  const callLine =
    fs
      .readFileSync(path.join(ws, 'missing-function', 'lib.go'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('C.TF_VersionThatDoesNotExist()')) + 1;
  const annotations = errorsOf(run).filter((e) => e.message.includes('TF_VersionThatDoesNotExist'));
  // The build still runs (and cgo fails on the name too), but the finding appears once.
  assert.equal(annotations.length, 1, JSON.stringify(annotations));
  assert.equal(annotations[0]!.properties.file, 'missing-function/lib.go');
  assert.equal(Number(annotations[0]!.properties.line), callLine);
});

test('a -ltensorflow bindings-style package builds and loads against the pip TensorFlow', async () => {
  const smoke =
    'import ctypes, os, tensorflow as tf\nlib = ctypes.CDLL(os.environ["TF_CGO_LIBRARY"])\nlib.BindingsVersion.restype = ctypes.c_char_p\nassert lib.BindingsVersion().decode() == tf.__version__\n';
  const { run } = await runOn(path.join(repoRoot, 'test', 'fixtures', 'bindings', 'ltensorflow'), 'ltensorflow', {
    'smoke-test': smoke,
    'glibc-floor': 'off',
  });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.match(run.stdout, /Go bindings/);
  assert.ok(run.outputs.needed?.split(',').includes('libtensorflow_cc.so.2'), run.outputs.needed);
});

test('op-library mode loads a Go c-shared op library that registers an op through the C API', async () => {
  const { run } = await runOn(fixturePackage('op-library'), 'op-library', {
    'load-as': 'op-library',
    'smoke-test': 'smoke_test.py',
    'glibc-floor': 'off',
  });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.match(run.stdout, /GoZero op registered/);
});

test('a package whose init panics is classified as a crash', async () => {
  const { run } = await runOn(fixturePackage('init-panic'), 'init-panic', { 'glibc-floor': 'off' });
  assert.equal(run.exitCode, 1);
  const findings = findingsOf(run);
  assert.ok(
    findings.some((f) => f.severity === 'error' && /panic|SIGABRT|signal|crash/i.test(`${f.kind} ${f.message}`)),
    JSON.stringify(findings, null, 1),
  );
  assert.match(run.stdout, /init refuses to start: 2\.21\.0/);
});

test('a package whose init blocks hits the timeout', async () => {
  // dlopen returns before a c-shared library's Go init has run (the Go runtime starts on a
  // thread of its own); the first call into an exported function waits for init.
  const smoke = 'import ctypes, os\nctypes.CDLL(os.environ["TF_CGO_LIBRARY"]).Version()\n';
  const { run } = await runOn(fixturePackage('init-block'), 'init-block', {
    'smoke-test': smoke,
    'smoke-timeout': '10',
    'glibc-floor': 'off',
  });
  assert.equal(run.exitCode, 1);
  assert.ok(
    findingsOf(run).some((f) => f.kind === 'timeout'),
    run.stdout,
  );
  assert.ok(run.durationMs < 180_000);
});

test("install-dir gives a $ORIGIN RUNPATH that loads from a site-packages tree without import tensorflow, and checks the wheel's glibc floor", async () => {
  const { run } = await runOn(path.join(repoRoot, 'example'), 'example', { 'install-dir': 'tensorflow_io/python/ops' });
  assert.equal(run.exitCode, 0, run.stdout);
  // The library ships inside a wheel: the wheel's floor is a warning there.
  assert.ok(
    warningsOf(run).some((w) => /GLIBC_2\.\d+/.test(w.properties.title ?? '') && /2\.27/.test(w.properties.title ?? '')),
    run.stdout,
  );
  assert.equal(run.outputs.runpath, '$ORIGIN/../../../tensorflow');
  const site = fs.mkdtempSync(path.join(path.dirname(run.outputs['shared-object']!), 'site-packages-'));
  const ops = path.join(site, 'tensorflow_io', 'python', 'ops');
  fs.mkdirSync(ops, { recursive: true });
  fs.symlinkSync(tfDir(), path.join(site, 'tensorflow'));
  const installed = path.join(ops, 'libtensorflow_io_golang.so');
  fs.copyFileSync(run.outputs['shared-object']!, installed);
  const env = { ...process.env };
  delete env.LD_LIBRARY_PATH;
  const load = await runProcess(
    tfPython(),
    [
      '-c',
      `import ctypes, sys; lib = ctypes.CDLL(${JSON.stringify(installed)}); lib.TFCGOVersion.restype = ctypes.c_char_p; print(lib.TFCGOVersion().decode()); assert "tensorflow" not in sys.modules`,
    ],
    { env },
  );
  assert.equal(load.exitCode, 0, load.combined);
  assert.equal(load.stdout.trim(), '2.21.0');
});
