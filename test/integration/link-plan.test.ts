// The link plan against the real TensorFlow install (its headers and its libraries' symbol
// tables): which libraries each mode links, and which names are reported before the build.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planLink, analyzeNames, cSourceCalls, KERNEL_OP_NAME, type LinkMode, type LinkPlan } from '../../src/flags/link-plan.ts';
import { readTfHeaders } from '../../src/flags/tf-headers.ts';
import { scanCgoPackage, scanCgoSource, type CgoPackageFacts } from '../../src/resolve/cgo-source.ts';
import { locateTensorFlow, sysconfigFramework, type TensorFlowInstall } from '../../src/resolve/tensorflow.ts';
import { libraryArg } from '../../src/link-line/link-line.ts';
import type { GoPackage } from '../../src/resolve/go-package.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';

let tf: TensorFlowInstall;
before(async () => {
  tf = await locateTensorFlow(tfPython());
});

const pkgFor = (facts: CgoPackageFacts, deps: string[] = []): GoPackage => ({
  dir: facts.dir,
  importPath: 'example.com/x',
  name: 'main',
  cgoFiles: facts.files.map((f) => f.file),
  goFiles: [],
  deps,
});

function factsFrom(source: string): CgoPackageFacts {
  const file = '/src/x/main.go';
  return { dir: '/src/x', packageName: 'main', files: [scanCgoSource(source, file)], unreadable: [] };
}

const plan = (facts: CgoPackageFacts, mode: LinkMode = 'auto', extra: { zDefs?: boolean; installDir?: string } = {}): Promise<LinkPlan> =>
  planLink({ mode, tf, facts, pkg: pkgFor(facts), rpath: 'auto', tempDir: '/tmp', ...extra });

const goFile = (preamble: string, body: string) => `package main

/*
#include <stdlib.h>
#include "tensorflow/c/c_api.h"
${preamble}
*/
import "C"

${body}

func main() {}
`;

test('auto on example/: framework and cc, each used function logged with its library', async () => {
  const dir = path.join(repoRoot, 'example');
  const facts = await scanCgoPackage(dir, ['tfexample.go']);
  const p = await plan(facts);
  assert.deepEqual(p.computedLibraries, [':libtensorflow_framework.so.2', ':libtensorflow_cc.so.2']);
  assert.deepEqual(p.ldflags, [`-L${tf.dir}`, '-l:libtensorflow_framework.so.2', '-l:libtensorflow_cc.so.2', '-Wl,-z,defs']);
  assert.deepEqual(p.cflags, [
    `-isystem${tf.pythonIncludeDir}`,
    `-isystem${tf.includeDir}`,
    '-D_GLIBCXX_USE_CXX11_ABI=1',
    '-DEIGEN_MAX_ALIGN_BYTES=64',
  ]);
  assert.ok(p.notes.includes('TF_Version -> libtensorflow_cc.so.2'), p.notes.join('\n'));
  assert.ok(p.notes.includes('TF_NewStatus -> libtensorflow_framework.so.2'), p.notes.join('\n'));
  // Types, constants and cgo's own names are not looked up: TF_OK, size_t, int.
  assert.deepEqual(
    p.providers.map((x) => x.name),
    ['TF_DeleteGraph', 'TF_DeleteStatus', 'TF_GetCode', 'TF_GraphNextOperation', 'TF_NewGraph', 'TF_NewStatus', 'TF_Version'],
  );
  assert.deepEqual(p.diagnostics, []);
  assert.ok(!p.notes.some((n) => n.startsWith('not linked')));
});

test('auto on a framework-only package links only libtensorflow_framework.so.2', async () => {
  const dir = path.join(repoRoot, 'test/fixtures/packages/hello');
  const facts = await scanCgoPackage(dir, ['hello.go']);
  const p = await plan(facts);
  assert.deepEqual(p.computedLibraries, [':libtensorflow_framework.so.2']);
  assert.deepEqual(p.ldflags, [`-L${tf.dir}`, '-l:libtensorflow_framework.so.2', '-Wl,-z,defs']);
});

test('sysconfig is exactly tf.sysconfig.get_link_flags(), without -z defs; none links no TF library', async () => {
  const facts = await scanCgoPackage(path.join(repoRoot, 'example'), ['tfexample.go']);
  const s = await plan(facts, 'sysconfig');
  assert.deepEqual(s.ldflags, [`-L${tf.dir}`, '-l:libtensorflow_framework.so.2']);
  assert.deepEqual(s.computedLibraries, [':libtensorflow_framework.so.2']);
  // The providers are still known, so the lead can name libtensorflow_cc.so.2 as the fix.
  assert.ok(s.notes.includes('TF_Version -> libtensorflow_cc.so.2'));
  assert.ok(
    s.notes.includes(
      'not linked: libtensorflow_cc.so.2 (TF_DeleteGraph, TF_GraphNextOperation, TF_NewGraph, TF_Version), which then resolve only once tensorflow is imported',
    ),
    s.notes.join('\n'),
  );
  const n = await plan(facts, 'none');
  assert.deepEqual(n.ldflags, []);
  assert.equal(n.notes.filter((x) => x.startsWith('not linked: ')).length, 2);
  assert.deepEqual(n.computedLibraries, []);
  assert.deepEqual(n.cflags, [
    `-isystem${tf.pythonIncludeDir}`,
    `-isystem${tf.includeDir}`,
    '-D_GLIBCXX_USE_CXX11_ABI=1',
    '-DEIGEN_MAX_ALIGN_BYTES=64',
  ]);
});

test('macOS names: sysconfig uses -ltensorflow_framework.<major>', () => {
  assert.equal(
    sysconfigFramework({ version: '2.16.1', libraries: ['libtensorflow_framework.2.dylib', 'libtensorflow_cc.2.dylib'] }),
    'libtensorflow_framework.2.dylib',
  );
  assert.equal(libraryArg('libtensorflow_framework.2.dylib'), 'tensorflow_framework.2');
  assert.equal(libraryArg('libtensorflow_cc.so.2'), ':libtensorflow_cc.so.2');
  assert.equal(sysconfigFramework({ version: '2.21.0', libraries: [] }), 'libtensorflow_framework.so.2');
});

test('a misspelled TF function is reported on its call sites before the build', async () => {
  const facts = factsFrom(
    goFile(
      '',
      `//export V
func V() *C.char {
	return C.TF_Versoin()
}

//export W
func W() *C.char { return C.TF_Versoin() }`,
    ),
  );
  const p = await plan(facts);
  assert.equal(p.diagnostics.length, 1);
  const d = p.diagnostics[0]!;
  assert.equal(d.kind, 'not-in-tensorflow');
  assert.equal(d.severity, 'error');
  assert.equal(d.stage, 'flags');
  assert.equal(d.symbol, 'TF_Versoin');
  assert.equal(d.title, `TF_Versoin is not in TensorFlow ${tf.version}`);
  assert.match(d.message, new RegExp(`^TensorFlow ${tf.version.replace(/\./g, '\\.')} has no function TF_Versoin`));
  assert.match(d.fix!, /did you mean TF_Version\?/);
  assert.deepEqual(d.locations, [
    { file: '/src/x/main.go', line: 12, column: 9, endLine: 12, endColumn: 20 },
    { file: '/src/x/main.go', line: 16, column: 27, endLine: 16, endColumn: 38 },
  ]);
  assert.ok(p.notes.includes(`TF_Versoin -> not in TensorFlow ${tf.version}`));
});

test('a function the headers declare but no library exports names the header', async () => {
  // kernels_experimental.h declares TF_AssignVariable; the 2.21 wheel exports it from neither library.
  const facts = factsFrom(
    goFile(
      '#include "tensorflow/c/kernels_experimental.h"',
      `func f(ctx *C.TF_OpKernelContext, s *C.TF_Status) {
	C.TF_AssignVariable(ctx, 0, 1, 0, 0, nil, s)
	_ = C.TF_Version()
}`,
    ),
  );
  const p = await plan(facts);
  assert.deepEqual(
    p.diagnostics.map((d) => d.symbol),
    ['TF_AssignVariable'],
  );
  // The history says when it went; the header that still declares it is named too.
  assert.match(p.diagnostics[0]!.message, /^TF_AssignVariable was removed in TensorFlow 2\.19\.0 \(last in 2\.18\.x\)/);
  assert.match(p.diagnostics[0]!.message, /tensorflow\/c\/kernels_experimental\.h still declares it\.$/);
  // Kernel API: framework is linked even though no used name resolved to it.
  assert.deepEqual(p.computedLibraries, [':libtensorflow_framework.so.2', ':libtensorflow_cc.so.2']);
  assert.ok(
    p.notes.some((n) => n.startsWith('kernel/op API used -> libtensorflow_framework.so.2')),
    p.notes.join('\n'),
  );
});

test('types, conversions, constants, macros, libc, inline helpers and preamble functions are never reported', async () => {
  const facts = factsFrom(
    goFile(
      `#include "tensorflow/c/tf_tstring.h"
static const char* TF_my_version(void) { return TF_Version(); }
static int helper(TF_Status* s) { return TF_GetCode(s) == TF_OK; }`,
      `func f(x int) {
	var s *C.TF_Status = C.TF_NewStatus()
	_ = C.TF_Code(x)
	_ = C.TF_OK
	_ = C.TF_DataType(C.TF_FLOAT)
	_ = C.TF_Bool(1)
	p := C.malloc(16)
	C.free(p)
	var ts C.TF_TString
	C.TF_TString_Init(&ts)
	_ = C.TF_my_version()
	_ = C.helper(s)
	_ = C.int(C.size_t(1))
}`,
    ),
  );
  const p = await plan(facts);
  assert.deepEqual(p.diagnostics, []);
  // TF_Version is called only inside the preamble helper, and is still linked.
  assert.deepEqual(
    p.providers.map((x) => `${x.name} ${x.library}`),
    ['TF_GetCode libtensorflow_framework.so.2', 'TF_NewStatus libtensorflow_framework.so.2', 'TF_Version libtensorflow_cc.so.2'],
  );
  assert.deepEqual(p.computedLibraries, [':libtensorflow_framework.so.2', ':libtensorflow_cc.so.2']);
});

test('a package that uses no TF function links nothing from TF, even names the TF libraries happen to export', async () => {
  // libtensorflow_framework.so.2 exports BoringSSL's SSL_new; a package with its own -lssl must not bind to it.
  const facts = factsFrom(goFile('#include <openssl/ssl.h>\n#cgo LDFLAGS: -lssl', `func f() { _ = C.SSL_new(nil); C.free(nil) }`));
  const p = await plan(facts);
  assert.deepEqual(p.providers, []);
  assert.deepEqual(p.computedLibraries, []);
  assert.deepEqual(p.ldflags, ['-Wl,-z,defs']);
  assert.deepEqual(p.cflags, [
    `-isystem${tf.pythonIncludeDir}`,
    `-isystem${tf.includeDir}`,
    '-D_GLIBCXX_USE_CXX11_ABI=1',
    '-DEIGEN_MAX_ALIGN_BYTES=64',
  ]);
  const off = await plan(facts, 'auto', { zDefs: false });
  assert.deepEqual(off.ldflags, []);
});

test('install-dir adds an $ORIGIN RUNPATH in every mode', async () => {
  const facts = await scanCgoPackage(path.join(repoRoot, 'test/fixtures/packages/hello'), ['hello.go']);
  for (const mode of ['auto', 'sysconfig', 'none'] as const) {
    const p = await plan(facts, mode, { installDir: 'tensorflow_io/python/ops' });
    assert.deepEqual(p.ldflags.slice(-2), ['-Wl,-rpath,$ORIGIN/../../../tensorflow', '-Wl,--enable-new-dtags'], mode);
  }
});

test('kernel/op API names: the documented rule', async () => {
  for (const name of [
    'TF_NewKernelBuilder',
    'TF_RegisterKernelBuilder',
    'TF_KernelBuilder_TypeConstraint',
    'TF_NewOpDefinitionBuilder',
    'TF_RegisterOpDefinition',
    'TF_OpDefinitionBuilderAddInput',
    'TF_OpKernelContext_NumInputs',
    'TF_OpKernelConstruction_GetAttrInt32',
    'TF_GetInput',
    'TF_SetOutput',
    'TF_AllocateOutput',
    'TF_ShapeInferenceContextNumInputs',
  ])
    assert.match(name, KERNEL_OP_NAME);
  for (const name of ['TF_Version', 'TF_NewStatus', 'TF_GetInputThing', 'TF_NewGraph', 'TFE_NewOp'])
    assert.doesNotMatch(name, KERNEL_OP_NAME);
  const headers = await readTfHeaders(tf.includeDir);
  const facts = factsFrom(
    goFile('#include "tensorflow/c/kernels.h"', 'func f() { _ = C.TF_NewKernelBuilder(nil, nil, nil, nil, nil, nil) }'),
  );
  assert.deepEqual(analyzeNames(facts, headers).lookup, ['TF_NewKernelBuilder']);
});

test('a TF_-named wrapper the package defines in its own C file or header is not reported', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-plan-local-'));
  try {
    fs.mkdirSync(path.join(dir, 'include'));
    fs.writeFileSync(
      path.join(dir, 'helpers.c'),
      '#include "tensorflow/c/c_api.h"\nconst char* TF_WrappedVersion(void) { return TF_Version(); }\n',
    );
    fs.writeFileSync(path.join(dir, 'include', 'mine.h'), 'int TF_FromMyHeader(void);\n');
    const source = goFile(
      '#cgo CFLAGS: -I${SRCDIR}/include\n#include "mine.h"\nconst char* TF_WrappedVersion(void);',
      'func f() { _ = C.TF_WrappedVersion(); _ = C.TF_FromMyHeader(); _ = C.TF_Misspeled(); _ = C.TF_FromMyLib() }',
    ).replace('#cgo CFLAGS', 'int TF_FromMyLib(void); // from -lmine\n#cgo LDFLAGS: -lmine\n#cgo CFLAGS');
    fs.writeFileSync(path.join(dir, 'main.go'), source);
    const facts = await scanCgoPackage(dir, ['main.go']);
    const p = await plan(facts);
    assert.deepEqual(
      p.diagnostics.map((d) => d.symbol),
      ['TF_Misspeled'],
    );
    assert.ok(
      p.notes.some((n) => n.startsWith('TF_WrappedVersion: not in TensorFlow, but the package')),
      p.notes.join('\n'),
    );
    assert.ok(
      p.notes.some((n) => n.startsWith('TF_FromMyHeader: not in TensorFlow, but the package')),
      p.notes.join('\n'),
    );
    assert.ok(
      p.notes.some((n) => n.startsWith('TF_FromMyLib: not in TensorFlow, but the package')),
      p.notes.join('\n'),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an install without libtensorflow_cc (older wheels) reports nothing before the build', async () => {
  const facts = factsFrom(goFile('', 'func f() { _ = C.TF_Version(); _ = C.TF_Versoin() }'));
  const older = { ...tf, libraries: ['libtensorflow_framework.so.2'] };
  const p = await planLink({ mode: 'auto', tf: older, facts, pkg: pkgFor(facts), rpath: 'auto', tempDir: '/tmp' });
  assert.deepEqual(p.diagnostics, []);
  assert.ok(
    p.notes.some((n) => n.startsWith('no libtensorflow_cc in ')),
    p.notes.join('\n'),
  );
});

test('calls in the C files cgo compiles into the package count, comments and strings do not', () => {
  const text =
    '/* TF_InComment() */\n// TF_LineComment()\nstatic void f(void) { const char* s = "TF_InString()"; TF_RegisterOpDefinition(b, st); x->TF_Member(); }\n';
  const calls = cSourceCalls(text);
  assert.ok(calls.includes('TF_RegisterOpDefinition'));
  assert.ok(calls.includes('f'));
  for (const absent of ['TF_InComment', 'TF_LineComment', 'TF_InString', 'TF_Member']) assert.ok(!calls.includes(absent), absent);
});

test("mode setup: the union of a module's packages reads each package's C files and #cgo -I folders", async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'link-plan-union-'));
  try {
    // a/ calls TF_Version only from its C file; b/ wraps a name in its own header under ${SRCDIR}/include.
    fs.mkdirSync(path.join(root, 'a'));
    fs.mkdirSync(path.join(root, 'b', 'include'), { recursive: true });
    fs.writeFileSync(path.join(root, 'a', 'a.go'), 'package a\n\n// const char* version(void);\nimport "C"\n\nfunc V() { C.version() }\n');
    fs.writeFileSync(
      path.join(root, 'a', 'version.c'),
      '#include "tensorflow/c/c_api.h"\nconst char* version(void) { return TF_Version(); }\n',
    );
    fs.writeFileSync(path.join(root, 'b', 'include', 'mine.h'), 'int TF_FromMyHeader(void);\n');
    fs.writeFileSync(
      path.join(root, 'b', 'b.go'),
      'package b\n\n// #cgo CFLAGS: -I${SRCDIR}/include\n// #include "mine.h"\nimport "C"\n\nfunc F() { C.TF_FromMyHeader() }\n',
    );
    const facts = await scanCgoPackage(root, [path.join(root, 'a', 'a.go'), path.join(root, 'b', 'b.go')]);
    const p = await plan(facts);
    assert.ok(p.notes.includes('TF_Version -> libtensorflow_cc.so.2'), p.notes.join('\n'));
    assert.deepEqual(p.computedLibraries, [':libtensorflow_cc.so.2']);
    assert.deepEqual(p.diagnostics, [], "b's own header is read from b's folder");
    assert.ok(
      p.notes.some((n) => n.startsWith('TF_FromMyHeader: not in TensorFlow, but the package')),
      p.notes.join('\n'),
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
