import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { scanCgoPackage, type CgoPackageFacts } from '../../src/resolve/cgo-source.ts';
import { mapToSource } from '../../src/postprocess/map-to-source.ts';
import { libraryMatches } from '../../src/link-line/link-line.ts';
import type { Diagnostic, DiagnosticKind, Location } from '../../src/diagnostic.ts';
import { repoRoot } from '../helpers/env.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'go');
const load = (dir: string, files: string[]) => scanCgoPackage(path.join(fixtures, dir), files);
const twofile = await load('twofile', ['a.go', 'b.go']);
const block = await load('preamble-block', ['main.go']);
const lines = await load('preamble-lines', ['main.go']);
const blank = await load('blank-line', ['main.go']);

function diag(kind: DiagnosticKind, fields: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'error', kind, stage: 'build', title: kind, message: 'Something failed.', ...fields };
}
function mapped(pkg: CgoPackageFacts, d: Diagnostic, context = {}): Diagnostic {
  return mapToSource([d], pkg, context)[0]!;
}
/** Locations as `file:line:column`, file relative to the fixtures. */
function where(pkg: CgoPackageFacts, d: Diagnostic, context = {}): string[] {
  return (mapped(pkg, d, context).locations ?? []).map((l: Location) =>
    [path.relative(fixtures, l.file), l.line, l.column].filter((x) => x !== undefined).join(':'),
  );
}

test('undefined reference from _cgo_<hash>_Cfunc_X in b.cgo2.c maps to the call in b.go, not the comment in a.go', () => {
  // Real GNU ld output for this fixture:
  //   /usr/bin/ld: /tmp/go-link-2769431552/000002.o: in function `_cgo_4af259a588c4_Cfunc_TF_Version':
  //   b.cgo2.c:(.text+0x54): undefined reference to `TF_Version'
  const d = diag('undefined-reference', {
    symbol: 'TF_Version',
    referencedFrom: '_cgo_4af259a588c4_Cfunc_TF_Version',
    toolLocation: { file: 'b.cgo2.c' },
  });
  assert.deepEqual(mapped(twofile, d).locations, [
    { file: path.join(fixtures, 'twofile', 'b.go'), line: 8, column: 9, endLine: 8, endColumn: 20 },
  ]);
});

test('macOS spelling: _X referenced from __cgo_<hash>_Cfunc_X', () => {
  const d = diag('undefined-reference', { symbol: '_TF_Version', referencedFrom: '__cgo_4af259a588c4_Cfunc_TF_Version' });
  assert.deepEqual(where(twofile, d), ['twofile/b.go:8:9']);
});

test('every symbol kind maps a bare or versioned symbol to its C.X sites', () => {
  const kinds: DiagnosticKind[] = [
    'undefined-symbol',
    'cgo-unknown-name',
    'unresolved-symbol',
    'resolved-only-by-import',
    'not-in-tensorflow',
    'more-undefined-references',
  ];
  for (const kind of kinds) assert.deepEqual(where(twofile, diag(kind, { symbol: 'TF_Version@@tensorflow' })), ['twofile/b.go:8:9'], kind);
  assert.deepEqual(where(twofile, diag('other', { symbol: 'TF_Version' })), []);
});

test('referencedFrom a preamble function: its definition, its C.f calls and the line that uses the symbol', () => {
  // Real GNU ld output: "in function `version':" / "main.cgo2.c:(.text+0x8c): undefined reference to `TF_Version'"
  const d = diag('undefined-reference', { symbol: 'TF_Version', referencedFrom: 'version', toolLocation: { file: 'main.cgo2.c' } });
  assert.deepEqual(where(block, d), [
    'preamble-block/main.go:21:27',
    'preamble-block/main.go:23:9',
    'preamble-block/main.go:30:6',
    'preamble-block/main.go:31:6',
  ]);
});

test('a symbol used only inside the preamble maps to the preamble lines that mention it', () => {
  assert.deepEqual(where(block, diag('undefined-symbol', { symbol: 'TF_DeleteStatus' })), ['preamble-block/main.go:17:2']);
});

test('cgo wrapper of a preamble function maps to its calls and its definition', () => {
  const d = diag('undefined-reference', { symbol: 'TF_Version', referencedFrom: '_cgo_0123abcd_Cfunc_helper' });
  assert.deepEqual(where(lines, d), ['preamble-lines/main.go:12:30', 'preamble-lines/main.go:15:19']);
});

test('cgo-unknown-name with the compiler location keeps one location per line, with our columns', () => {
  // Real: "./main.go:8:15: could not determine what C.abort refers to"
  const d = diag('cgo-unknown-name', { symbol: 'abort', toolLocation: { file: './main.go', line: 8, column: 15 } });
  assert.deepEqual(mapped(blank, d).locations, [
    { file: path.join(fixtures, 'blank-line', 'main.go'), line: 8, column: 15, endLine: 8, endColumn: 21 },
  ]);
});

test('missing library maps to the #cgo LDFLAGS argument, in each spelling', () => {
  const lib = (library: string) => where(lines, diag('missing-library', { library }));
  assert.deepEqual(lib('tensorflow'), ['preamble-lines/main.go:4:40']);
  assert.deepEqual(lib('-ltensorflow'), ['preamble-lines/main.go:4:40']);
  assert.deepEqual(lib(':libtensorflow_framework.so.2'), ['preamble-lines/main.go:4:53']);
  assert.deepEqual(lib('tensorflow_cc'), ['preamble-lines/main.go:5:33']);
  assert.deepEqual(where(lines, diag('shared-object-not-found', { library: 'libtensorflow.so.2' })), ['preamble-lines/main.go:4:40']);
  // Real: "/usr/bin/ld: cannot find -ltensorflow_missing: No such file or directory"
  const missing = mapped(block, diag('missing-library', { library: 'tensorflow_missing' }));
  assert.deepEqual(missing.locations, [
    { file: path.join(fixtures, 'preamble-block', 'main.go'), line: 5, column: 15, endLine: 5, endColumn: 34 },
  ]);
});

test('a library the action computed has no source line; the message says where it came from', () => {
  const d = diag('missing-library', { library: ':libtensorflow_cc.so.2' });
  const plain = mapped(block, d, { computedLibraries: [':libtensorflow_cc.so.2'] });
  assert.equal(plain.locations, undefined);
  assert.match(plain.message, /^Something failed\. The flag -l:libtensorflow_cc\.so\.2 is not in any #cgo directive: the action added it/);
  const withFrom = mapped(block, d, {
    computedLibraries: [{ name: ':libtensorflow_cc.so.2', from: 'tf.sysconfig.get_link_flags() plus the cc library' }],
  });
  assert.match(withFrom.message, /\(tf\.sysconfig\.get_link_flags\(\) plus the cc library\)\.$/);
  assert.equal(
    mapped(block, diag('missing-library', { library: 'other' }), { computedLibraries: [':libtensorflow_cc.so.2'] }).message,
    'Something failed.',
  );
});

test('missing header maps to the #include line at the header name, replacing the compiler column', () => {
  // gcc counts columns in the preamble text, which for // lines is off by the stripped "//".
  const d = diag('missing-header', { header: 'tensorflow/c/c_api.h', toolLocation: { file: './main.go', line: 9, column: 10 } });
  assert.deepEqual(mapped(lines, d).locations, [
    { file: path.join(fixtures, 'preamble-lines', 'main.go'), line: 9, column: 16, endLine: 9, endColumn: 35 },
  ]);
});

test('tool locations in .go files resolve against the package dir; generated files fall back to their .go file', () => {
  const go = (file: string) => where(twofile, diag('go-compile-error', { toolLocation: { file, line: 3, column: 1 } }));
  assert.deepEqual(go('./a.go'), ['twofile/a.go:3:1']);
  assert.deepEqual(go('twofile/a.go'), ['twofile/a.go:3:1']); // go build ./twofile from the parent
  assert.deepEqual(go('/elsewhere/x.go'), [`${path.relative(fixtures, '/elsewhere/x.go')}:3:1`]);
  assert.deepEqual(where(twofile, diag('c-compile-error', { toolLocation: { file: 'a.cgo2.c', line: 51 } })), ['twofile/a.go']);
  assert.deepEqual(
    where(twofile, diag('undefined-reference', { symbol: 'TF_Nope', toolLocation: { file: '/tmp/go-build/cgo-gcc-prolog', line: 51 } })),
    [],
  );
  assert.deepEqual(where(twofile, diag('go-compile-error', { toolLocation: { file: '$WORK/b001/_cgo_gotypes.go', line: 1 } })), []);
});

test('missing expected symbol maps to its //export comment; multiple definition to the preamble function', () => {
  assert.deepEqual(where(twofile, diag('missing-expected-symbol', { symbol: 'TFVersion' })), ['twofile/b.go:6:1']);
  assert.deepEqual(where(lines, diag('multiple-definition', { symbol: 'helper' })), ['preamble-lines/main.go:12:30']);
});

test('inputs are not modified; existing locations are kept, all sorted by file and line', () => {
  const d = diag('undefined-symbol', { symbol: 'TF_Version', locations: [{ file: '/x/y.go', line: 1 }] });
  const before = structuredClone(d);
  const [out] = mapToSource([d], twofile, { packageDir: path.join(fixtures, 'twofile') });
  assert.deepEqual(d, before);
  assert.notEqual(out, d);
  assert.deepEqual(
    out!.locations!.map((l) => `${l.file}:${l.line}`),
    [`${path.join(fixtures, 'twofile', 'b.go')}:8`, '/x/y.go:1'],
  );
});

test('libraryMatches: -l names, :file names and the file names loaders print', () => {
  assert.ok(libraryMatches('libtensorflow_cc.so.2', ':libtensorflow_cc.so.2'));
  assert.ok(libraryMatches('/opt/tf/libtensorflow_cc.so.2', ':libtensorflow_cc.so.2'));
  assert.ok(libraryMatches('libtensorflow.2.dylib', 'tensorflow'));
  assert.ok(libraryMatches('-l:libfoo.so', ':libfoo.so'));
  assert.ok(!libraryMatches('libtensorflow_cc.so.2', 'tensorflow'));
  assert.ok(!libraryMatches(':libtensorflow.so', 'tensorflow'));
});

test("every place the linker names in the package's own C/C++ files becomes a location: both definitions of a duplicate, each line that references a name", async () => {
  const { parseBuildOutput } = await import('../../src/parse/build-output.ts');
  const fs = await import('node:fs');
  // Real output of ld.bfd and ld.lld (test/fixtures/make-fixtures.sh), with the sources in /tmp/tfcgo-fixtures/forms.
  const forms = '/tmp/tfcgo-fixtures/forms';
  const linked = (name: string) =>
    mapToSource(parseBuildOutput(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'build', 'link', name), 'utf8')), twofile, {
      packageDir: forms,
    });
  const places = (d: Diagnostic | undefined) => (d?.locations ?? []).map((l) => `${path.relative(forms, l.file)}:${l.line}`);
  for (const name of ['multiple-definition.bfd.txt', 'multiple-definition.lld.txt']) {
    const duplicate = linked(name).find((d) => d.kind === 'multiple-definition');
    assert.deepEqual(places(duplicate), ['def1.c:1', 'def2.c:3'], name);
    // Two of the package's C files, not a preamble: the explanation says so.
    assert.match(duplicate!.message, /tfcgo_answer is defined in def1\.c:1 and def2\.c:3/, name);
    assert.doesNotMatch(`${duplicate!.message} ${duplicate!.fix}`, /preamble/, name);
  }
  // use(int) references bar() on lines 8 and 10: one finding, both lines.
  const inUse = linked('cxx-references.bfd.txt').find((d) => d.symbol === 'bar()' && d.toolLocation?.line === 8);
  assert.deepEqual(places(inUse), ['refs.cc:8', 'refs.cc:10']);
});
