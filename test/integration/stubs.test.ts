// Link stubs of the real TensorFlow 2.21 libraries (issue 11), with Go and the .tf-venv:
// example/ built against the stub folder is the same library as built against the real
// folder, and it loads and runs against the real TensorFlow; a missing TF function still
// fails the link under -z defs; the -ltensorflow bindings names work against the stubs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareStubs, whyStubsCannotStandIn, whyStubsCannotVouchForBuilt, type StubsReady } from '../../src/stubs/stubs.ts';
import { silentLog } from '../../src/log.ts';
import { readElfInfo } from '../../src/elf/elf.ts';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot, tfDir, tfPython } from '../helpers/env.ts';
import { linkedFacts } from '../helpers/linked-facts.ts';
import { compiledUndefinedSymbols } from '../../src/flags/compiled-objects.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stubs-integration-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));
const tf = tfDir();
const libraries = ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'];
const tfFlags = libraries.map((l) => `-l:${l}`);
let stubs: StubsReady;

const log = silentLog;

before(async () => {
  const result = await prepareStubs({ libraries: libraries.map((l) => path.join(tf, l)), cacheRoot: temp, log });
  if (!result.ok) throw new Error(result.reason);
  stubs = result;
});

/** go build -buildmode=c-shared of `dir` into a fresh output path. */
async function build(
  dir: string,
  ldflags: string[],
  name: string,
  extraEnv: Record<string, string> = {},
): Promise<{ output: string; ok: boolean; log: string }> {
  const output = path.join(temp, 'out', name, `lib${name}.so`);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  const env = {
    ...process.env,
    LC_ALL: 'C',
    CGO_ENABLED: '1',
    CGO_CFLAGS: `-I${path.join(tf, 'include')}`,
    CGO_LDFLAGS: ldflags.join(' '),
    ...extraEnv,
  };
  const run = await runProcess('go', ['build', '-buildmode=c-shared', '-o', output, '.'], { cwd: dir, env, timeoutMs: 600_000 });
  return { output, ok: run.exitCode === 0, log: run.combined };
}

/** TensorFlow's compile flags for the C++ kernel fixture, as the action sets them. */
const kernelFlags = {
  CGO_CXXFLAGS: `-O2 -g -isystem${path.join(tf, 'include')} -D_GLIBCXX_USE_CXX11_ABI=1 -DEIGEN_MAX_ALIGN_BYTES=64 --std=c++17`,
};

function goPackage(name: string, source: string): string {
  const dir = path.join(temp, 'pkg', name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'go.mod'), `module example.com/${name}\n\ngo 1.22\n`);
  fs.writeFileSync(path.join(dir, 'main.go'), source);
  return dir;
}

test('the stubs keep the SONAMEs, NEEDED, RUNPATH and version definitions, and leave out only protected section bounds', async () => {
  assert.deepEqual(
    stubs.stubs.map((s) => path.basename(s.stub)),
    libraries,
  );
  for (const { real, stub } of stubs.stubs) {
    const [r, s] = await Promise.all([readElfInfo(real), readElfInfo(stub)]);
    assert.deepEqual(
      [s.dynamic.soname, s.dynamic.needed, s.dynamic.runpath, s.definedVersions],
      [r.dynamic.soname, r.dynamic.needed, r.dynamic.runpath, r.definedVersions],
    );
    assert.ok(fs.statSync(stub).size < 1e6, `${stub} is small`);
  }
  assert.deepEqual([...stubs.unanswerable.keys()].sort(), [
    '__start_linkarr_upb_AllExts',
    '__start_pb_defaults',
    '__stop_linkarr_upb_AllExts',
    '__stop_pb_defaults',
    'tensorflow',
  ]);
  assert.deepEqual(fs.readdirSync(stubs.dir).sort(), [
    'libtensorflow.so',
    'libtensorflow.so.2',
    'libtensorflow_cc.so.2',
    'libtensorflow_framework.so',
    'libtensorflow_framework.so.2',
    'manifest.json',
  ]);
});

test('example/ linked against the stubs is the same library as against the real TensorFlow, and runs against it', async () => {
  const example = path.join(repoRoot, 'example');
  const [stubbed, real] = [
    await build(example, [`-L${stubs.dir}`, ...tfFlags, '-Wl,-z,defs'], 'stubbed'),
    await build(example, [`-L${tf}`, ...tfFlags, '-Wl,-z,defs'], 'real'),
  ];
  assert.ok(stubbed.ok, stubbed.log);
  assert.ok(real.ok, real.log);
  const facts = await linkedFacts(stubbed.output);
  assert.deepEqual(facts, await linkedFacts(real.output));
  assert.deepEqual(facts.needed, ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2', 'libc.so.6']);
  assert.ok(
    facts.undefinedSymbols.includes('TF_Version@tensorflow') && facts.undefinedSymbols.includes('TF_NewStatus'),
    facts.undefinedSymbols.join(' '),
  );
  assert.equal(await whyStubsCannotVouchForBuilt(stubs, stubbed.output), undefined);

  // Loaded with only the real TensorFlow on the library path, without import tensorflow.
  const script =
    'import ctypes, sys\nlib = ctypes.CDLL(sys.argv[1])\nlib.TFCGOVersion.restype = ctypes.c_char_p\n' +
    'print(lib.TFCGOVersion().decode(), lib.TFCGOStatusOK(), lib.TFCGOGraphOperations())\n';
  const run = await runProcess(tfPython(), ['-c', script, stubbed.output], { env: { ...process.env, LD_LIBRARY_PATH: tf } });
  assert.equal(run.exitCode, 0, run.combined);
  assert.match(run.stdout, /^2\.\d+\.\d+\S* 1 0\n$/);
});

test('the C++ kernel fixture linked against stubs that answer its mangled names is the same library as against the real TensorFlow', async () => {
  const kernel = path.join(temp, 'pkg', 'kernel');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'packages', 'kernel'), kernel, { recursive: true });
  const objects = await compiledUndefinedSymbols({
    workingDirectory: kernel,
    packagePath: '.',
    buildFlags: [],
    env: { ...process.env, ...kernelFlags },
    buildmode: 'c-shared',
  });
  assert.ok(objects.ok);
  const mangled = objects.symbols.filter((n) => n.startsWith('_Z'));
  const cxxStubs = await prepareStubs({
    libraries: libraries.map((l) => path.join(tf, l)),
    cacheRoot: path.join(temp, 'cxx-cache'),
    extraNames: mangled,
    log,
  });
  if (!cxxStubs.ok) throw new Error(cxxStubs.reason);
  assert.equal(await whyStubsCannotStandIn(cxxStubs, objects.symbols), undefined);
  const framework = ['-l:libtensorflow_framework.so.2', '-Wl,-z,defs'];
  const stubbed = await build(kernel, [`-L${cxxStubs.dir}`, ...framework], 'kernel-stubbed', kernelFlags);
  const real = await build(kernel, [`-L${tf}`, ...framework], 'kernel-real', kernelFlags);
  assert.ok(stubbed.ok, stubbed.log);
  assert.ok(real.ok, real.log);
  const facts = await linkedFacts(stubbed.output);
  assert.deepEqual(facts, await linkedFacts(real.output));
  assert.ok(
    facts.undefinedSymbols.some((n) => n.startsWith('_ZN10tensorflow8OpKernel')),
    facts.undefinedSymbols.join(' '),
  );
  assert.equal(await whyStubsCannotVouchForBuilt(cxxStubs, stubbed.output), undefined);
});

test('a TensorFlow function that does not exist still fails the link against the stubs under -z defs', async () => {
  const dir = goPackage(
    'missing',
    `package main

/*
#include "tensorflow/c/c_api.h"
const char* TF_NoSuchFunction(void);
*/
import "C"

//export Missing
func Missing() *C.char { return C.TF_NoSuchFunction() }

func main() {}
`,
  );
  const built = await build(dir, [`-L${stubs.dir}`, ...tfFlags, '-Wl,-z,defs'], 'missing');
  assert.equal(built.ok, false);
  assert.match(built.log, /undefined reference to `TF_NoSuchFunction'/);
  // Neither the stubs nor the real libraries define it: the same answer, no fallback.
  assert.equal(await whyStubsCannotStandIn(stubs, ['TF_NoSuchFunction']), undefined);
});

test('-ltensorflow (the Go bindings) resolves in the stub folder to the libtensorflow_cc.so.2 SONAME', async () => {
  const dir = path.join(temp, 'pkg', 'ltensorflow');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'bindings', 'ltensorflow'), dir, { recursive: true });
  const built = await build(dir, [`-L${stubs.dir}`, '-ltensorflow_framework', '-Wl,-z,defs'], 'ltensorflow');
  assert.ok(built.ok, built.log);
  const facts = await linkedFacts(built.output);
  assert.deepEqual(
    facts.needed.filter((n) => n.startsWith('libtensorflow')),
    ['libtensorflow_cc.so.2'],
  );
  assert.ok(facts.undefinedSymbols.includes('TF_Version@tensorflow'), facts.undefinedSymbols.join(' '));
});

test('a second call reuses the stubs: no new files', async () => {
  const mtimes = stubs.stubs.map((s) => fs.statSync(s.stub).mtimeMs);
  const again = await prepareStubs({
    libraries: libraries.map((l) => path.join(tf, l)),
    cacheRoot: temp,
    cc: [path.join(temp, 'no-such-cc')],
    log,
  });
  assert.ok(again.ok && again.cached && again.dir === stubs.dir);
  assert.deepEqual(
    again.stubs.map((s) => fs.statSync(s.stub).mtimeMs),
    mtimes,
  );
});
