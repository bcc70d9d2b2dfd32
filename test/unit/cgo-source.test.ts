import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanCgoSource, scanCgoPackage, usedCNames, preambleMentions } from '../../src/resolve/cgo-source.ts';
import { splitCgoArgs } from '../../src/resolve/cgo-preamble.ts';
import { repoRoot } from '../helpers/env.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'go');
const scan = (rel: string) => scanCgoSource(readFileSync(path.join(fixtures, rel), 'utf8'), rel);
const names = (rel: string) => scan(rel).refs.map((r) => `${r.name}:${r.line}`);

test('C.X inside comments, strings, raw strings and runes is not a reference', () => {
  assert.deepEqual(names('not-refs/main.go'), ['TF_Version:19', 'TF_NewStatus:21', 'TF_AfterAll:26']);
});

test('C . X across spaces, newlines and comments is a reference; x.C.Foo is not', () => {
  const f = scan('spaced/main.go');
  assert.deepEqual(
    f.refs.map((r) => r.name),
    ['int', 'TF_Spaced', 'TF_Commented', 'TF_AfterComment', 'TF_AfterAstral', 'free', 'struct_TF_Buffer'],
  );
  const spaced = f.refs[1]!;
  assert.deepEqual(spaced, { name: 'TF_Spaced', line: 13, column: 7, endLine: 14, endColumn: 11, call: true });
  assert.deepEqual(f.refs[3], { name: 'TF_AfterComment', line: 18, column: 6, endLine: 20, endColumn: 17, call: false });
  // Columns count code points: "é𝑥" is two characters before the call.
  assert.equal(f.refs[4]!.column, 17);
});

test('a two-file package: a comment naming C.TF_Version in one file is not a call site', async () => {
  const pkg = await scanCgoPackage(path.join(fixtures, 'twofile'), ['a.go', 'b.go']);
  assert.equal(pkg.packageName, 'main');
  const sites = pkg.files.flatMap((f) =>
    f.refs.filter((r) => r.name === 'TF_Version').map((r) => `${path.basename(f.file)}:${r.line}:${r.column}`),
  );
  assert.deepEqual(sites, ['b.go:8:9']);
  assert.deepEqual(pkg.files[1]!.exports, [{ name: 'TFVersion', line: 6, column: 1 }]);
  assert.equal(pkg.files[0]!.file, path.join(fixtures, 'twofile', 'a.go'));
});

test('// preamble: #cgo directives with conditions, quoting, -l forms and columns', () => {
  const f = scan('preamble-lines/main.go');
  assert.deepEqual(
    f.directives.map((d) => [d.line, d.column, d.condition, d.kind]),
    [
      [3, 4, undefined, 'CFLAGS'],
      [4, 4, 'linux,amd64', 'LDFLAGS'],
      [5, 6, 'darwin linux', 'LDFLAGS'],
      [6, 4, '!windows', 'pkg-config'],
    ],
  );
  assert.deepEqual(f.directives[0]!.args, ['-I${SRCDIR}/include', '-DNAME=a b', '-DQ=x y']);
  assert.deepEqual(f.directives[1]!.libraries, [
    { name: 'tensorflow', arg: '-ltensorflow', column: 40 },
    { name: ':libtensorflow_framework.so.2', arg: '-l:libtensorflow_framework.so.2', column: 53 },
  ]);
  assert.deepEqual(f.directives[2]!.args, ['-l', 'tensorflow_cc', '-Wl,-rpath,/opt/my tf', '-Wl,--no-as-needed,-lm']);
  assert.deepEqual(
    f.directives[2]!.libraries.map((l) => [l.name, l.column]),
    [
      ['tensorflow_cc', 33],
      ['m', 74],
    ],
  );
  assert.deepEqual(f.includes, [
    { line: 8, column: 4, header: 'stdlib.h', system: true, headerColumn: 14, headerEndColumn: 21 },
    { line: 9, column: 4, header: 'tensorflow/c/c_api.h', system: false, headerColumn: 16, headerEndColumn: 35 },
  ]);
  // Lines 10-11 are a C comment: neither its #include nor its function count.
  assert.deepEqual(f.preambleFunctions, [{ name: 'helper', line: 12, column: 30 }]);
  assert.deepEqual(
    preambleMentions(f, 'TF_Version').map((m) => [m.line, m.column]),
    [[12, 52]],
  );
});

test('/* */ preamble: includes, and function definitions but not structs, arrays or macros', () => {
  const f = scan('preamble-block/main.go');
  assert.deepEqual(
    f.directives.map((d) => [d.line, d.kind, d.libraries[0]?.name, d.libraries[0]?.column]),
    [[5, 'LDFLAGS', 'tensorflow_missing', 15]],
  );
  assert.deepEqual(
    f.includes.map((i) => [i.line, i.header, i.system]),
    [
      [6, 'stdint.h', true],
      [7, 'tensorflow/c/c_api.h', false],
    ],
  );
  assert.deepEqual(
    f.preambleFunctions.map((p) => [p.name, p.line]),
    [
      ['status_ok', 14],
      ['pick', 20],
      ['version', 21],
    ],
  );
});

test('preamble only when the comment is right before import "C": grouped, single-spec group, blank line, line comment', () => {
  const grouped = scan('grouped/main.go');
  assert.deepEqual(
    [grouped.includes.map((i) => i.line), grouped.directives.map((d) => d.line), grouped.preambleFunctions],
    [[6], [7], [{ name: 'grouped', line: 8, column: 9 }]],
  );
  assert.deepEqual(
    scan('grouped-single/main.go').includes.map((i) => i.header),
    ['stdio.h'],
  );
  const blank = scan('blank-line/main.go');
  assert.deepEqual([blank.importsC, blank.includes, blank.directives], [true, [], []]);
  assert.deepEqual(
    scan('line-comment/main.go').includes.map((i) => i.header),
    ['preamble.h'],
  );
});

test('a file without import "C" has no references or preamble', () => {
  const f = scanCgoSource('package x\n\n// #include <a.h>\nimport C "example.com/c"\n\nvar _ = C.Foo\n', 'x.go');
  assert.deepEqual([f.packageName, f.importsC, f.refs, f.includes], ['x', false, [], []]);
});

test('malformed files do not throw', () => {
  const texts = [
    'package main\n// #include <a.h>\nimport "C"\nvar x = "C.TF_A',
    'package main\nimport "C"\n/* C.TF_A never closed',
    'package main\nimport "C"\nvar r = `C.TF_A\n',
    'package main\nimport "C"\nvar r = \'\\\nC.TF_B()',
    'package main\n/*\n#cgo LDFLAGS: "-lunclosed\n#include <x.h\nstatic int f(void) {\n*/\nimport "C"',
    'import',
    'import (',
    '"C"',
    'C.',
    'C . ',
    '',
    '\uFEFF',
  ];
  for (const text of texts) scanCgoSource(text, 'x.go');
  const unterminatedRune = scanCgoSource(texts[3]!, 'x.go');
  assert.deepEqual(
    unterminatedRune.refs.map((r) => r.name),
    ['TF_B'],
  );
  const bad = scanCgoSource(texts[4]!, 'x.go');
  assert.equal(bad.directives[0]!.error, 'unclosed quote');
  assert.deepEqual(bad.includes, []);
});

test('splitCgoArgs follows cmd/go quoting, and records where each word starts', () => {
  assert.deepEqual(splitCgoArgs(` -a "b c" 'd"e' f\\ g "" h\\"`), {
    words: [
      { text: '-a', offset: 1 },
      { text: 'b c', offset: 4 },
      { text: 'd"e', offset: 10 },
      { text: 'f g', offset: 16 },
      { text: '', offset: 21 },
      { text: 'h"', offset: 24 },
    ],
  });
  assert.equal(splitCgoArgs('"x').error, 'unclosed quote');
  assert.equal(splitCgoArgs('x\\').error, 'unfinished escaping');
});

test('usedCNames drops cgo pseudo-names and keeps C functions (free included)', async () => {
  const pkg = await scanCgoPackage(path.join(fixtures, 'spaced'), ['main.go']);
  assert.deepEqual(usedCNames(pkg), ['TF_AfterAstral', 'TF_AfterComment', 'TF_Commented', 'TF_Spaced', 'free']);
  assert.deepEqual(usedCNames(pkg, { callsOnly: true }), ['TF_AfterAstral', 'TF_Commented', 'TF_Spaced', 'free']);
});

test('unreadable files are reported, not thrown', async () => {
  const pkg = await scanCgoPackage(path.join(fixtures, 'twofile'), ['a.go', 'missing.go']);
  assert.deepEqual([pkg.files.length, pkg.unreadable.map((u) => path.basename(u.file))], [1, ['missing.go']]);
});

// The oracle prints what go/parser sees (C.X selectors, doc comment of import "C").
