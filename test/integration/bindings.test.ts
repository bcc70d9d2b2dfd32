// Go bindings that link -ltensorflow: detection, the link folder, and real builds that bind
// to the pip TensorFlow (a local -ltensorflow module, and wamuir/graft from the module proxy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectBindings, ensureLinkDir, linkDirFor } from '../../src/flags/bindings.ts';
import { linkEntries } from '../../src/resolve/tensorflow.ts';
import { planLink } from '../../src/flags/link-plan.ts';
import { cgoEnvironment } from '../../src/flags/cgo-flags.ts';
import { scanCgoPackage, scanCgoSource, type CgoPackageFacts } from '../../src/resolve/cgo-source.ts';
import { describePackage } from '../../src/resolve/go-package.ts';
import { locateTensorFlow, type TensorFlowInstall } from '../../src/resolve/tensorflow.ts';
import { readElfInfo } from '../../src/elf/elf.ts';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'bindings');
let tf: TensorFlowInstall;
let tmp: string;
before(async () => {
  tf = await locateTensorFlow(tfPython());
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-'));
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const factsFrom = (source: string): CgoPackageFacts => ({
  dir: '/src/x',
  files: [scanCgoSource(source, '/src/x/main.go')],
  unreadable: [],
});

test('detected from the package own #cgo LDFLAGS and from imported bindings packages', () => {
  const own = detectBindings(
    factsFrom('package main\n\n// #cgo linux LDFLAGS: -L/opt/x -ltensorflow\n// #include <stdlib.h>\nimport "C"\n'),
    { deps: [] },
  );
  assert.deepEqual(own?.reasons, ['main.go:3 #cgo LDFLAGS: -ltensorflow']);
  assert.deepEqual(own?.locations, [{ file: '/src/x/main.go', line: 3, column: 33, endLine: 3, endColumn: 44 }]);
  const plain = factsFrom('package main\n\nimport "C"\n');
  for (const dep of [
    'github.com/wamuir/graft/tensorflow',
    'github.com/wamuir/graft/tensorflow/op',
    'github.com/tensorflow/tensorflow/tensorflow/go',
    'github.com/galeone/tfgo',
    'github.com/galeone/tensorflow/tensorflow/go/op',
  ]) {
    assert.ok(detectBindings(plain, { deps: ['fmt', dep] }), dep);
  }
  assert.deepEqual(detectBindings(plain, { deps: ['fmt', 'github.com/wamuir/graft/tensorflow/go', 'github.com/galeone/tfgox'] })?.reasons, [
    'imports github.com/wamuir/graft/tensorflow',
  ]);
  assert.equal(detectBindings(plain, { deps: ['fmt', 'github.com/wamuir/graft/tensorflowx', 'github.com/galeone/tfgox'] }), undefined);
  // Inside galeone/tfgo, its own packages are no import of bindings; its fork of the official ones is.
  const tfgo = { path: 'github.com/galeone/tfgo', goMod: '/tfgo/go.mod', dir: '/tfgo' };
  assert.deepEqual(
    detectBindings(plain, { deps: ['github.com/galeone/tfgo/preprocessor', 'github.com/galeone/tensorflow/tensorflow/go'], module: tfgo })
      ?.reasons,
    ['imports github.com/galeone/tensorflow/tensorflow/go'],
  );
  // Explicit files and other libraries are not the bindings' -ltensorflow.
  assert.equal(
    detectBindings(factsFrom('package main\n\n// #cgo LDFLAGS: -l:libtensorflow_cc.so.2 -ltensorflowlite_c\nimport "C"\n'), { deps: [] }),
    undefined,
  );
});

test('link folder: per TensorFlow, idempotent, repairs stale links, files and folders in the way', async () => {
  assert.deepEqual(
    linkEntries(tf).map((e) => `${e.name} -> ${path.basename(e.target)}`),
    [
      'libtensorflow.so -> libtensorflow_cc.so.2',
      'libtensorflow.so.2 -> libtensorflow_cc.so.2',
      'libtensorflow_framework.so -> libtensorflow_framework.so.2',
    ],
  );
  assert.deepEqual(linkEntries({ dir: '/tf', libraries: ['libtensorflow_cc.2.dylib', 'libtensorflow_framework.2.dylib'] }), [
    { name: 'libtensorflow.dylib', target: '/tf/libtensorflow_cc.2.dylib' },
    { name: 'libtensorflow.2.dylib', target: '/tf/libtensorflow_cc.2.dylib' },
    { name: 'libtensorflow_framework.dylib', target: '/tf/libtensorflow_framework.2.dylib' },
  ]);
  const base = path.join(tmp, 'repair');
  const first = await ensureLinkDir(base, tf);
  assert.equal(first.dir, linkDirFor(base, tf.dir));
  assert.match(first.dir, /tf-cgo-verify-link\/[0-9a-f]{16}$/);
  assert.deepEqual(first.created, ['libtensorflow.so', 'libtensorflow.so.2', 'libtensorflow_framework.so']);
  assert.equal(fs.readlinkSync(path.join(first.dir, 'libtensorflow.so')), path.join(tf.dir, 'libtensorflow_cc.so.2'));
  assert.deepEqual((await ensureLinkDir(base, tf)).created, [], 'a second run reuses the links');

  fs.rmSync(path.join(first.dir, 'libtensorflow.so'));
  fs.symlinkSync('/nonexistent/libtensorflow.so', path.join(first.dir, 'libtensorflow.so'));
  fs.rmSync(path.join(first.dir, 'libtensorflow.so.2'));
  fs.mkdirSync(path.join(first.dir, 'libtensorflow.so.2', 'sub'), { recursive: true });
  fs.rmSync(path.join(first.dir, 'libtensorflow_framework.so'));
  fs.writeFileSync(path.join(first.dir, 'libtensorflow_framework.so'), 'not a library');
  const [a, b] = await Promise.all([ensureLinkDir(base, tf), ensureLinkDir(base, tf)]);
  assert.equal(a.dir, b.dir);
  for (const e of linkEntries(tf)) assert.equal(fs.readlinkSync(path.join(first.dir, e.name)), e.target, e.name);
  assert.deepEqual(
    fs.readdirSync(first.dir).sort(),
    ['libtensorflow.so', 'libtensorflow.so.2', 'libtensorflow_framework.so'],
    'no temporary links left',
  );
  assert.notEqual(linkDirFor(base, '/other/tensorflow'), first.dir);
});

async function loadWithTensorflow(library: string, script: string): Promise<string> {
  const code = `import tensorflow, ctypes, sys\nlib = ctypes.CDLL(sys.argv[1])\n${script}`;
  const run = await runProcess(tfPython(), ['-c', code, library], { timeoutMs: 120_000 });
  assert.equal(run.exitCode, 0, run.combined);
  return run.stdout.trim();
}

test('a local -ltensorflow module builds against the link folder and binds to the pip TensorFlow', async () => {
  const dir = path.join(fixtures, 'ltensorflow');
  const facts = await scanCgoPackage(dir, ['main.go']);
  const plan = await planLink({
    mode: 'auto',
    tf,
    facts,
    rpath: 'auto',
    tempDir: tmp,
    pkg: { dir, importPath: 'example.com/ltensorflow', name: 'main', cgoFiles: [], goFiles: [], deps: [] },
  });
  assert.ok(plan.linkDir);
  assert.deepEqual(plan.ldflags, [`-L${tf.dir}`, '-l:libtensorflow_framework.so.2', '-l:libtensorflow_cc.so.2', '-Wl,-z,defs']);
  // The link folder comes first, ahead of the user's own flags, and every -L appears once.
  const cgoLdflags = cgoEnvironment(plan, { CGO_LDFLAGS: '-L/usr/local/lib' }).CGO_LDFLAGS!;
  assert.equal(
    cgoLdflags,
    `-L${plan.linkDir} -L/usr/local/lib -L${tf.dir} -l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2 -Wl,-z,defs`,
  );
  assert.ok(
    plan.notes.some((n) => n.startsWith('Go bindings (main.go:6 #cgo LDFLAGS: -ltensorflow)')),
    plan.notes.join('\n'),
  );
  assert.ok(!fs.existsSync(path.join(tf.dir, 'libtensorflow.so')), 'only the link folder can satisfy -ltensorflow');

  const library = path.join(tmp, 'ltensorflow', 'libbindings.so');
  const build = await runProcess('go', ['build', '-buildmode=c-shared', '-o', library, '.'], {
    cwd: dir,
    env: { ...process.env, ...cgoEnvironment(plan, {}) },
    timeoutMs: 600_000,
  });
  assert.equal(build.exitCode, 0, build.combined);
  const info = await readElfInfo(library);
  assert.ok(info.dynamic.needed.includes('libtensorflow_cc.so.2'), info.dynamic.needed.join(' '));
  assert.ok(!info.dynamic.needed.some((n) => n.startsWith('libtensorflow.so')), 'NEEDED names the wheel SONAME, not the link');
  const out = await loadWithTensorflow(
    library,
    'lib.BindingsVersion.restype = ctypes.c_char_p\nprint(lib.BindingsVersion().decode(), tensorflow.__version__)\n',
  );
  const [bound, imported] = out.split('\n').pop()!.split(' ');
  assert.equal(bound, imported);
  assert.equal(bound, tf.version);
});

test('github.com/wamuir/graft v0.10.0 (TF 2.18 bindings) builds against the pip TF 2.21 headers and runs', async (t) => {
  const dir = path.join(fixtures, 'graft');
  const env = { ...process.env, GOFLAGS: '-mod=mod', CGO_ENABLED: '1' };
  const download = await runProcess('go', ['mod', 'download', 'github.com/wamuir/graft'], { cwd: dir, env, timeoutMs: 300_000 });
  if (download.exitCode !== 0) {
    t.skip(`go mod download failed (${download.exitCode}): ${download.combined.trim().split('\n').pop()}`);
    return;
  }
  const pkg = await describePackage(dir, '.', [], env);
  assert.ok(pkg.deps.includes('github.com/wamuir/graft/tensorflow'));
  const facts = await scanCgoPackage(pkg.dir, pkg.cgoFiles);
  const plan = await planLink({ mode: 'auto', tf, facts, pkg, rpath: 'auto', tempDir: tmp });
  // The package itself calls no C function: the link folder, and framework for the bindings.
  assert.ok(plan.linkDir);
  assert.deepEqual(plan.ldflags, [`-L${tf.dir}`, '-l:libtensorflow_framework.so.2', '-Wl,-z,defs']);
  const library = path.join(tmp, 'graft', 'libgraft.so');
  const build = await runProcess('go', ['build', '-buildmode=c-shared', '-o', library, '.'], {
    cwd: dir,
    env: { ...env, ...cgoEnvironment(plan, {}) },
    timeoutMs: 900_000,
  });
  assert.equal(build.exitCode, 0, build.combined);
  const info = await readElfInfo(library);
  assert.deepEqual(
    info.dynamic.needed.filter((n) => n.startsWith('libtensorflow')),
    ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'],
  );
  const out = await loadWithTensorflow(
    library,
    'lib.GraftVersion.restype = ctypes.c_char_p\nprint(lib.GraftVersion().decode(), tensorflow.__version__, lib.GraftTensorSum())\n',
  );
  assert.equal(out.split('\n').pop(), `${tf.version} ${tf.version} 6`);
});
