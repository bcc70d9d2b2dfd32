// link-against: stubs (the default) through the action, against the real TensorFlow: the
// library built against the stubs is the one built against the real libraries; failures are
// reported as the real libraries would report them; the bindings build and load; C++ names the objects reference are stubbed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf, type ActionRun } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot, tfDir, tfPython } from '../helpers/env.ts';
import { linkedFacts } from '../helpers/linked-facts.ts';
import { runProcess } from '../../src/util/process.ts';

const workspaces: string[] = [];
const toolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-stub-toolcache-'));
after(() => {
  workspaces.forEach(removeWorkspace);
  fs.rmSync(toolCache, { recursive: true, force: true });
});

function workspace(from: string, subdir: string): string {
  const ws = makeWorkspace(from, subdir);
  workspaces.push(ws);
  return ws;
}

const run = (ws: string, subdir: string, inputs: Record<string, string>, env?: Record<string, string>) =>
  runAction({
    workspace: ws,
    toolCache,
    inputs: { 'working-directory': subdir, python: tfPython(), 'glibc-floor': 'off', ...inputs },
    ...(env ? { env } : {}),
  });

const stubFolder = path.join(toolCache, 'tf-cgo-verify-stubs');
const findingsOf = (r: ActionRun) =>
  (JSON.parse(r.diagnosticsJson!) as { findings: { kind: string; severity: string; symbol?: string; message: string }[] }).findings;
const noticesOf = (r: ActionRun) => r.commands.filter((c) => c.command === 'notice').map((c) => c.message);
/** The -L folders of CGO_LDFLAGS, in order. */
const libraryDirs = (ldflags: string | undefined) =>
  (ldflags ?? '')
    .split(' ')
    .filter((w) => w.startsWith('-L'))
    .map((w) => w.slice(2));

test('example/ built against the stubs is the library built against the real TensorFlow; a second run reuses the stubs', async () => {
  const ws = workspace(path.join(repoRoot, 'example'), 'example');
  const stubbed = await run(ws, 'example', { output: 'stubs/libexample.so', 'smoke-test': 'smoke_test.py' });
  const real = await run(ws, 'example', { output: 'libraries/libexample.so', 'link-against': 'libraries', 'smoke-test': 'smoke_test.py' });
  for (const r of [stubbed, real]) assert.equal(r.exitCode, 0, r.stdout);

  const [stubDir] = libraryDirs(stubbed.outputs['cgo-ldflags']);
  assert.equal(path.dirname(stubDir!), stubFolder, 'the stubs live in the tool cache, so a setup step can export them');
  assert.deepEqual(libraryDirs(real.outputs['cgo-ldflags']), [tfDir()]);
  // Only the -L folder differs.
  assert.equal(stubbed.outputs['cgo-ldflags']!.replace(stubDir!, tfDir()), real.outputs['cgo-ldflags']);
  assert.match(
    stubbed.summary,
    /link stubs of libtensorflow(?:&#95;|_)framework\.so\.2, libtensorflow(?:&#95;|_)cc\.so\.2 \(generated in \d+ ms\)/,
  );
  assert.match(stubbed.summary, /linked against the link stubs/);

  const facts = await linkedFacts(stubbed.outputs['shared-object']!);
  assert.deepEqual(facts, await linkedFacts(real.outputs['shared-object']!));
  assert.notEqual(stubbed.outputs['shared-object'], real.outputs['shared-object']);
  assert.ok(facts.undefinedSymbols.includes('TF_Version@tensorflow'), facts.undefinedSymbols.join(' '));
  // Nothing of the stub folder is in the library or what the inspection reports.
  assert.equal(stubbed.outputs.runpath, '');
  assert.equal(facts.runpath, undefined);
  assert.equal(facts.rpath, undefined);
  assert.equal(stubbed.outputs.needed, real.outputs.needed);
  assert.match(stubbed.stdout, /Loaded it in a fresh Python without import tensorflow as well/);

  const again = await run(ws, 'example', { output: 'again/libexample.so' });
  assert.equal(again.exitCode, 0, again.stdout);
  assert.equal(libraryDirs(again.outputs['cgo-ldflags'])[0], stubDir);
  assert.match(again.summary, /\(cached\)/);
  assert.deepEqual(await linkedFacts(again.outputs['shared-object']!), facts);
});

test('a TF function nothing defines fails the link against the stubs, not redone against the real libraries: the same findings as without stubs', async () => {
  // two-files declares TF_VersionNotInTensorFlow itself, so the check before the build leaves it to
  // the linker; the flags stage knows no TensorFlow library exports it, so the real libraries
  // would fail the same way and the 10-20 s relink is skipped.
  const ws = workspace(fixturePackage('two-files'), 'two-files');
  const stubbed = await run(ws, 'two-files', {});
  const real = await run(ws, 'two-files', { 'link-against': 'libraries' });
  for (const r of [stubbed, real]) assert.equal(r.exitCode, 1, r.stdout);
  assert.doesNotMatch(stubbed.stdout, /building again against the real TensorFlow libraries/);
  assert.match(stubbed.summary, /not rebuilt against them/);
  const annotated = (r: ActionRun): Record<string, string>[] =>
    errorsOf(r)
      .filter((e) => e.properties.file)
      .map((e) => ({ ...e.properties, message: e.message }));
  assert.ok(
    annotated(stubbed).some((e) => e.file === 'two-files/calls.go' && e.message!.includes('TF_VersionNotInTensorFlow')),
    stubbed.stdout,
  );
  assert.deepEqual(annotated(stubbed), annotated(real));
  assert.deepEqual(findingsOf(stubbed), findingsOf(real));
  // The linker found it (stage build), and says what the flags stage knew: no library has it.
  const [finding] = findingsOf(stubbed) as { kind: string; stage?: string }[];
  assert.deepEqual([finding!.kind, finding!.stage], ['not-in-tensorflow', 'build']);
  // The reported flags are the real libraries', to reproduce the failure with.
  assert.equal(stubbed.outputs['cgo-ldflags'], real.outputs['cgo-ldflags']);
  assert.ok(!JSON.stringify(findingsOf(stubbed)).includes('tf-cgo-verify-stubs'));
});

test('link-libraries: sysconfig against the stubs still shows the import-order trap', async () => {
  const ws = workspace(path.join(repoRoot, 'example'), 'example');
  const inputs = { 'link-libraries': 'sysconfig', 'standalone-load': 'error' };
  const stubbed = await run(ws, 'example', { ...inputs, output: 'stubs/libexample.so' });
  const real = await run(ws, 'example', { ...inputs, output: 'libraries/libexample.so', 'link-against': 'libraries' });
  for (const r of [stubbed, real]) assert.equal(r.exitCode, 1, r.stdout);
  assert.equal(path.dirname(libraryDirs(stubbed.outputs['cgo-ldflags'])[0]!), stubFolder);
  const trap = findingsOf(stubbed).filter((f) => f.kind === 'resolved-only-by-import');
  assert.ok(
    trap.some((f) => f.symbol === 'TF_Version'),
    JSON.stringify(findingsOf(stubbed), null, 1),
  );
  assert.ok(findingsOf(stubbed).some((f) => f.severity === 'error' && /import tensorflow/.test(f.message)));
  const summary = (r: ActionRun) =>
    findingsOf(r)
      .map((f) => `${f.severity} ${f.kind} ${f.symbol ?? ''}`)
      .sort();
  assert.deepEqual(summary(stubbed), summary(real));
  assert.deepEqual(await linkedFacts(stubbed.outputs['shared-object']!), await linkedFacts(real.outputs['shared-object']!));
});

test('a -ltensorflow bindings package links against the stub folder alone and loads against the pip TensorFlow', async () => {
  const smoke =
    'import ctypes, os, tensorflow as tf\nlib = ctypes.CDLL(os.environ["TF_CGO_LIBRARY"])\nlib.BindingsVersion.restype = ctypes.c_char_p\nassert lib.BindingsVersion().decode() == tf.__version__\n';
  const ws = workspace(path.join(repoRoot, 'test', 'fixtures', 'bindings', 'ltensorflow'), 'ltensorflow');
  const r = await run(ws, 'ltensorflow', { 'smoke-test': smoke });
  assert.equal(r.exitCode, 0, r.stdout);
  const dirs = libraryDirs(r.outputs['cgo-ldflags']);
  assert.equal(dirs.length, 1, r.outputs['cgo-ldflags']);
  assert.equal(path.dirname(dirs[0]!), stubFolder);
  assert.ok(r.outputs.needed?.split(',').includes('libtensorflow_cc.so.2'), r.outputs.needed);
  assert.match(r.stdout, /Loaded it in a fresh Python without import tensorflow as well/);
});

test('wamuir/graft builds against the stubs and runs against the pip TensorFlow', async (t) => {
  const dir = path.join(repoRoot, 'test', 'fixtures', 'bindings', 'graft');
  const env = { GOFLAGS: '-mod=mod' };
  const download = await runProcess('go', ['mod', 'download', 'github.com/wamuir/graft'], {
    cwd: dir,
    env: { ...process.env, ...env },
    timeoutMs: 300_000,
  });
  if (download.exitCode !== 0) {
    t.skip(`go mod download failed (${download.exitCode}): ${download.combined.trim().split('\n').pop()}`);
    return;
  }
  const smoke =
    'import ctypes, os, tensorflow as tf\nlib = ctypes.CDLL(os.environ["TF_CGO_LIBRARY"])\nlib.GraftVersion.restype = ctypes.c_char_p\nassert lib.GraftVersion().decode() == tf.__version__\nassert lib.GraftTensorSum() == 6\n';
  const ws = workspace(dir, 'graft');
  const r = await run(ws, 'graft', { 'smoke-test': smoke }, env);
  assert.equal(r.exitCode, 0, r.stdout);
  assert.equal(path.dirname(libraryDirs(r.outputs['cgo-ldflags'])[0]!), stubFolder);
  assert.match(r.summary, /linked against the link stubs/);
  assert.deepEqual(
    r.outputs.needed?.split(',').filter((n) => n.startsWith('libtensorflow')),
    ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'],
  );
});

test('a package with a C++ source links against the stubs as well', async () => {
  const ws = workspace(fixturePackage('cxx-source'), 'cxx-source');
  const r = await run(ws, 'cxx-source', {
    'smoke-test': 'import ctypes, os\nassert ctypes.CDLL(os.environ["TF_CGO_LIBRARY"]).CxxStatusOK() == 42\n',
  });
  assert.equal(r.exitCode, 0, r.stdout);
  assert.equal(path.dirname(libraryDirs(r.outputs['cgo-ldflags'])[0]!), stubFolder);
  assert.ok(!noticesOf(r).some((m) => /real TensorFlow libraries/.test(m)), JSON.stringify(noticesOf(r)));
});

test('a mangled C++ name the objects reference is answered by the stubs under auto; sysconfig, which reads no objects, relinks', async () => {
  const ws = workspace(fixturePackage('cxx-symbol'), 'cxx-symbol');
  const smoke = 'import ctypes, os\nassert ctypes.CDLL(os.environ["TF_CGO_LIBRARY"]).CxxSymbolStatusOK() == 1\n';
  // sysconfig first: the shared stub folder does not carry the name yet, and the built
  // library's undefined symbols give it away.
  const sysconfig = await run(ws, 'cxx-symbol', {
    output: 'sysconfig/lib.so',
    'link-libraries': 'sysconfig',
    'standalone-load': 'off',
    'smoke-test': smoke,
  });
  const auto = await run(ws, 'cxx-symbol', { output: 'auto/lib.so', 'smoke-test': smoke });
  const real = await run(ws, 'cxx-symbol', { output: 'libraries/lib.so', 'link-against': 'libraries', 'smoke-test': smoke });
  for (const r of [auto, sysconfig, real]) assert.equal(r.exitCode, 0, r.stdout);
  assert.deepEqual(libraryDirs(sysconfig.outputs['cgo-ldflags']), [tfDir()], 'the reported flags are the real libraries');
  assert.deepEqual(libraryDirs(real.outputs['cgo-ldflags']), [tfDir()]);
  const why = /_ZN10tensorflow10ApiDef_Arg5ClearEv is exported by libtensorflow_framework\.so\.2 but its stub does not carry it/;
  assert.ok(
    noticesOf(sysconfig).some((m) => /relinking against the real TensorFlow libraries, because/.test(m) && why.test(m)),
    JSON.stringify(noticesOf(sysconfig)),
  );
  assert.match(sysconfig.summary, /relinked against the real TensorFlow libraries: the link stubs cannot stand in/);
  assert.equal(path.dirname(libraryDirs(auto.outputs['cgo-ldflags'])[0]!), stubFolder);
  assert.ok(!noticesOf(auto).some((m) => /real TensorFlow libraries/.test(m)), JSON.stringify(noticesOf(auto)));
  assert.deepEqual(await linkedFacts(auto.outputs['shared-object']!), await linkedFacts(real.outputs['shared-object']!));
  assert.ok((await linkedFacts(sysconfig.outputs['shared-object']!)).undefinedSymbols.includes('_ZN10tensorflow10ApiDef_Arg5ClearEv'));
});
