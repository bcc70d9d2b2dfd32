// Every message form of GNU ld, gold, lld, mold, ld64 and the compiler driver that the
// build parser knows, over real output of those tools (test/fixtures/build/link, made by
// make-fixtures.sh) and, for forms no tool here prints, the quoted public formats.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { parseBuildOutput, type CountedDiagnostic } from '../../src/parse/build-output.ts';
import type { Location } from '../../src/diagnostic.ts';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'build');
const parse = (name: string): CountedDiagnostic[] => parseBuildOutput(fs.readFileSync(path.join(fixtureDir, name), 'utf8'));
const only = (findings: CountedDiagnostic[]): CountedDiagnostic => {
  assert.equal(findings.length, 1, JSON.stringify(findings.map((d) => d.title)));
  return findings[0]!;
};
const forms = '/tmp/tfcgo-fixtures/forms';
const at = (file: string, line?: number): Location => (line === undefined ? { file } : { file, line });
/** Every place named for a finding: its tool location, then the related ones. */
const places = (d: CountedDiagnostic): string[] =>
  [d.toolLocation, ...(d.relatedLocations ?? [])].filter((l) => l !== undefined).map((l) => `${l.file}:${l.line ?? ''}`);
const neverGeneric = (findings: CountedDiagnostic[]): void =>
  assert.ok(!findings.some((d) => d.title === 'Linking the shared library failed'), 'collapsed to the generic link failure');

describe('GNU ld (bfd)', () => {
  it('C++ references: each function keeps every line it references the symbol on', () => {
    const findings = parse('link/cxx-references.bfd.txt');
    assert.deepEqual(
      findings.map((d) => [d.symbol, d.referencedFrom, places(d), d.object]),
      [
        ['bar()', 'helper(int)', [`${forms}/refs.cc:4`], 'refs.o'],
        ['bar()', 'use(int)', [`${forms}/refs.cc:8`, `${forms}/refs.cc:10`], 'refs.o'],
        ['baz()', 'use(int)', [`${forms}/refs.cc:9`], 'refs.o'],
        // `refs.o:/src/refs.cc:13:` has an object prefix: a reference outside any function.
        ['bar()', undefined, [`${forms}/refs.cc:13`], 'refs.o'],
      ],
    );
    assert.ok(findings.every((d) => d.kind === 'undefined-reference' && d.severity === 'error'));
    assert.deepEqual(findings[1]!.relatedLocations?.[0]?.note, 'also referenced here');
  });
  it('one name referenced from two functions: a finding per function, each on its first line', () => {
    const findings = parse('link/call-sites.bfd.txt');
    assert.deepEqual(
      findings.map((d) => [d.referencedFrom, places(d)]),
      [
        ['tfcgo_run', [`${forms}/call-sites.c:9`, `${forms}/call-sites.c:10`]],
        ['tfcgo_report', [`${forms}/call-sites.c:4`, `${forms}/call-sites.c:5`]],
      ],
    );
  });
  it('without debug info: the source file from `file.cc:(.text+0x12)`, the object from `obj.o:(.data.rel+0x0)`', () => {
    const findings = parse('link/cxx-references.bfd.nodebug.txt');
    assert.deepEqual(
      findings.map((d) => [d.symbol, d.referencedFrom, d.toolLocation, d.object]),
      [
        ['bar()', 'helper(int)', at('refs.cc'), 'refs-nodebug.o'],
        ['bar()', 'use(int)', at('refs.cc'), 'refs-nodebug.o'],
        ['baz()', 'use(int)', at('refs.cc'), 'refs-nodebug.o'],
        ['bar()', undefined, undefined, 'refs-nodebug.o'],
      ],
    );
  });
  it('`file:line:(section+offset)`: file and line, and both lines of one symbol', () => {
    const d = only(parse('quoted/bfd-line-and-offset.txt'));
    assert.deepEqual(d.toolLocation, at('/src/kernels/ops.cc', 42));
    assert.deepEqual(places(d), ['/src/kernels/ops.cc:42', '/src/kernels/ops.cc:138']);
    assert.equal(d.referencedFrom, 'tfcgo::RunKernel()');
    assert.equal(d.count, 2);
  });
  it('a member of a static archive: object and archive apart, the source file as location', () => {
    const d = only(parse('link/archive-reference.bfd.txt'));
    assert.deepEqual(
      [d.symbol, d.referencedFrom, d.object, d.archive, d.toolLocation],
      ['tf_missing', 'use_missing', 'helpers.o', `${forms}/libhelpers.a`, at('helpers.c')],
    );
  });
  it('multiple definition keeps the first definition as a related location', () => {
    const d = only(parse('link/multiple-definition.bfd.txt'));
    assert.equal(d.kind, 'multiple-definition');
    assert.deepEqual(d.toolLocation, at(`${forms}/def2.c`, 3));
    assert.deepEqual(d.relatedLocations, [{ file: `${forms}/def1.c`, line: 1, note: 'first defined here' }]);
    assert.equal(d.object, 'def2.o');
  });
  it('link-time warnings (.gnu.warning) are warnings at the referencing line, naming the symbol', () => {
    const findings = parse('link/link-warning.bfd.txt');
    assert.deepEqual(
      findings.map((d) => [d.severity, d.kind, d.symbol, d.referencedFrom, d.toolLocation]),
      [
        ['warning', 'linker-warning', 'feupdateenv', 'restore', at(`${forms}/warnuser.c`, 2)],
        ['warning', 'linker-warning', 'gets', 'read_line', at(`${forms}/gets.c`, 2)],
      ],
    );
    assert.equal(findings[0]!.title, 'Linker warning: feupdateenv is not implemented and will always fail');
  });
  it('a warning placed on a library names the library', () => {
    const d = only(parse('quoted/bfd-library-warning.txt'));
    assert.deepEqual([d.severity, d.library, d.symbol], ['warning', 'libtfshim.so', 'feupdateenv']);
  });
  it('a shared library that needs an undefined symbol', () => {
    const d = only(parse('link/shlib-undefined.bfd.txt'));
    assert.deepEqual([d.kind, d.symbol, d.library, d.toolLocation], ['undefined-reference', 'x1', './a.so', undefined]);
  });
  it('symbols named by --require-defined and --defsym', () => {
    for (const [name, option] of [
      ['link/require-defined.bfd.txt', '--require-defined'],
      ['link/defsym-undefined.bfd.txt', '--defsym'],
    ]) {
      const d = only(parse(name!));
      assert.deepEqual(
        [d.kind, d.symbol, d.referencedFrom],
        ['undefined-reference', name!.includes('defsym') ? 'TF_Sym' : 'TF_Required', option],
      );
    }
  });
  it('an unknown -z keyword is a warning', () => {
    const d = only(parse('link/unknown-z.bfd.txt'));
    assert.deepEqual([d.severity, d.kind, d.message.includes('-z tfcgo-nosuch ignored')], ['warning', 'linker-warning', true]);
  });
});

describe('gold', () => {
  it('with debug info: every line of one symbol kept; `obj.o:file.cc:table` names the object, file and holder', () => {
    const findings = parse('link/cxx-references.gold.txt');
    assert.deepEqual(
      findings.map((d) => [d.symbol, d.referencedFrom, places(d), d.object]),
      [
        ['bar()', undefined, [`${forms}/refs.cc:4`, `${forms}/refs.cc:8`, `${forms}/refs.cc:10`], undefined],
        ['baz()', undefined, [`${forms}/refs.cc:9`], undefined],
        ['bar()', 'table', ['refs.cc:'], 'refs.o'],
      ],
    );
  });
  it('one name referenced from two functions: the first line of the file is the location, the others follow in line order', () => {
    // gold prints lines 9, 10, 4, 5: the cold function's section comes after .text.
    const d = only(parse('link/call-sites.gold.txt'));
    assert.deepEqual([d.symbol, d.referencedFrom, d.count], ['tfcgo_missing', undefined, 4]);
    assert.deepEqual(d.toolLocation, at(`${forms}/call-sites.c`, 4));
    assert.deepEqual(
      places(d),
      [4, 5, 9, 10].map((line) => `${forms}/call-sites.c:${line}`),
    );
    assert.ok(d.relatedLocations?.every((r) => r.note === 'also referenced here'));
  });
  it('without debug info: `obj.o:file.cc:function f`', () => {
    const findings = parse('link/cxx-references.gold.nodebug.txt');
    assert.deepEqual(
      findings.map((d) => [d.symbol, d.referencedFrom, d.toolLocation, d.object]),
      [
        ['bar()', 'helper(int)', at('refs.cc'), 'refs-nodebug.o'],
        ['bar()', 'use(int)', at('refs.cc'), 'refs-nodebug.o'],
        ['baz()', 'use(int)', at('refs.cc'), 'refs-nodebug.o'],
        ['bar()', 'table', at('refs.cc'), 'refs-nodebug.o'],
      ],
    );
  });
  it('a member of a static archive', () => {
    const d = only(parse('link/archive-reference.gold.txt'));
    assert.deepEqual(
      [d.referencedFrom, d.object, d.archive, d.toolLocation],
      ['use_missing', 'helpers.o', `${forms}/libhelpers.a`, at('helpers.c')],
    );
  });
  it('link-time warnings', () => {
    const findings = parse('link/link-warning.gold.txt');
    assert.deepEqual(
      findings.map((d) => [d.severity, d.symbol, d.toolLocation]),
      [
        ['warning', 'feupdateenv', at(`${forms}/warnuser.c`, 2)],
        ['warning', 'gets', at(`${forms}/gets.c`, 2)],
      ],
    );
  });
  it('--defsym and an unknown -z keyword (an error for gold)', () => {
    assert.deepEqual(only(parse('link/defsym-undefined.gold.txt')).symbol, 'TF_Sym');
    const z = only(parse('link/unknown-z.gold.txt'));
    assert.deepEqual([z.severity, z.kind, z.title], ['error', 'linker-error', 'Linker error: tfcgo-nosuch: unknown -z option']);
    assert.equal(z.raw?.length, 2, 'the --help line is folded in');
  });
});

describe('lld', () => {
  it('C++ references: two lines in one function kept, and the rest counted', () => {
    const findings = parse('link/cxx-references.lld.txt');
    assert.deepEqual(
      findings.map((d) => [d.kind, d.symbol, d.referencedFrom, places(d)]),
      [
        ['undefined-reference', 'bar()', 'helper(int)', [`${forms}/refs.cc:4`]],
        ['undefined-reference', 'bar()', 'use(int)', [`${forms}/refs.cc:8`, `${forms}/refs.cc:10`]],
        ['more-undefined-references', 'bar()', undefined, []],
        ['undefined-reference', 'baz()', 'use(int)', [`${forms}/refs.cc:9`]],
      ],
    );
  });
  it('`>>> obj.o:(fn) in archive /x/lib.a`: object and archive apart, neither the file location', () => {
    const d = only(parse('link/archive-reference.lld.txt'));
    assert.deepEqual(
      [d.referencedFrom, d.object, d.archive, d.toolLocation],
      ['use_missing', 'helpers.o', `${forms}/libhelpers.a`, at('helpers.c')],
    );
  });
  it('a shared library that needs an undefined symbol: lld 14 and lld 19 wording, error and warning', () => {
    const expected = [
      ['link/shlib-undefined.lld.txt', 'error'],
      ['link/shlib-undefined.lld-19.txt', 'error'],
      ['link/shlib-undefined-warning.lld-19.txt', 'warning'],
    ];
    for (const [name, severity] of expected) {
      const d = only(parse(name!));
      assert.deepEqual(
        [d.kind, d.severity, d.symbol, d.library, d.referencedFrom],
        ['undefined-reference', severity, 'x1', 'a.so', 'a.so'],
        name,
      );
      assert.match(d.message, /a\.so, a shared library on the link line, needs x1/);
    }
  });
  it('versioned names: ld.lld-19 is lld', () => {
    const d = only(parse('link/undefined.lld-19.txt'));
    assert.deepEqual(
      [d.symbol, d.referencedFrom, d.toolLocation, d.object],
      ['TF_NoSuchFunction', 'call', at(`${forms}/versioned.c`, 2), 'versioned.o'],
    );
  });
  it('versioned names: ld64.lld-19 is lld for Mach-O (symbols without the leading underscore)', () => {
    const d = only(parse('link/undefined.ld64-lld-19.txt'));
    assert.deepEqual([d.kind, d.symbol, d.referencedFrom, d.object], ['undefined-reference', 'TF_NoSuchFunction', 'main', 'macho.o']);
  });
  it('duplicate symbol: both definitions kept', () => {
    const d = only(parse('link/multiple-definition.lld.txt'));
    assert.deepEqual(places(d), [`${forms}/def1.c:1`, `${forms}/def2.c:3`]);
  });
  it('--defsym, repeated three times, is one finding', () => {
    const d = only(parse('link/defsym-undefined.lld.txt'));
    assert.deepEqual([d.symbol, d.referencedFrom, d.count], ['TF_Sym', '--defsym', 3]);
  });
  for (const lld of ['lld', 'lld-19']) {
    it(`${lld}: debug-information warnings are one notice, before the real error`, () => {
      const findings = parse(`link/debug-info-noise.${lld}.txt`);
      assert.deepEqual(
        findings.map((d) => [d.severity, d.kind, d.symbol, d.count]),
        [
          ['notice', 'linker-warning', undefined, 2],
          ['error', 'undefined-reference', 'tfcgo_missing', 1],
        ],
      );
    });
  }
  it('warnings about the link are warnings', () => {
    const d = only(parse('link/unknown-z.lld.txt'));
    assert.deepEqual([d.severity, d.kind, d.title], ['warning', 'linker-warning', 'Linker warning: unknown -z value: tfcgo-nosuch']);
  });
});

describe('mold', () => {
  it('C++ references and a member of a static archive', () => {
    const refs = parse('link/cxx-references.mold.txt').filter((d) => d.kind === 'undefined-reference');
    assert.deepEqual(
      refs.map((d) => [d.symbol, d.referencedFrom, d.count, d.object]),
      [
        ['baz()', 'use(int)', 1, 'refs.o'],
        ['bar()', 'helper(int)', 1, 'refs.o'],
        ['bar()', 'use(int)', 2, 'refs.o'],
      ],
    );
    const d = only(parse('link/archive-reference.mold.txt'));
    assert.deepEqual([d.referencedFrom, d.object, d.archive], ['use_missing', 'helpers.o', `${forms}/libhelpers.a`]);
  });
  it('--require-defined and --defsym name the symbol', () => {
    assert.deepEqual(
      [...parse('link/require-defined.mold.txt'), ...parse('quoted/mold-2-messages.txt').slice(0, 1)].map((d) => [
        d.symbol,
        d.referencedFrom,
      ]),
      [
        ['TF_Required', '--require-defined'],
        ['TF_Sym', '--defsym'],
      ],
    );
  });
  it('`<lib.so>: --no-allow-shlib-undefined: undefined symbol: foo` names both', () => {
    const d = parse('quoted/mold-2-messages.txt')[1]!;
    assert.deepEqual([d.kind, d.symbol, d.library], ['undefined-reference', 'TF_NewSession', '/tmp/tfcgo/libshim.so']);
  });
  it('warnings are warnings', () => {
    const d = only(parse('link/unknown-z.mold.txt'));
    assert.deepEqual([d.severity, d.kind], ['warning', 'linker-warning']);
  });
  it('duplicate symbol names the objects', () => {
    assert.equal(only(parse('link/multiple-definition.mold.txt')).object, 'def2.o');
  });
});

describe('files the linker cannot use', () => {
  for (const linker of ['bfd', 'gold', 'lld', 'mold']) {
    it(`${linker}: a library built for arm64 names the file`, () => {
      const d = only(parse(`link/wrong-architecture.${linker}.txt`));
      assert.deepEqual([d.severity, d.kind, d.library], ['error', 'linker-error', './libarm64.so']);
      assert.match(d.title, /^\.\/libarm64\.so is built for /);
      if (linker === 'gold' || linker === 'mold') assert.match(d.title, /arm64/);
      if (linker === 'lld' || linker === 'mold') assert.match(d.title, /not x86[-_]64/);
    });
    it(`${linker}: an arm64 library found through -L`, () => {
      const findings = parse(`link/wrong-architecture-search.${linker}.txt`);
      neverGeneric(findings);
      assert.ok(
        findings.some((d) => d.library === 'arm64lib/libtfcgo_arm64.so'),
        JSON.stringify(findings.map((d) => d.title)),
      );
    });
    it(`${linker}: a Mach-O object is not a file it can use`, () => {
      const d = only(parse(`link/not-an-object.${linker}.txt`));
      assert.deepEqual([d.kind, d.library, d.title], ['linker-error', 'macho.o', 'macho.o is not a file the linker can use']);
    });
  }
  it('bfd: a directory and a missing file on the link line', () => {
    assert.equal(only(parse('link/driver-directory-input.gcc.txt')).title, '/usr/local/lib is not a file the linker can use');
    assert.equal(only(parse('link/driver-missing-input.gcc.txt')).title, 'Input file /nonexistent/libtfcgo.so not found');
  });
});

describe('relocations, on x86-64 and arm64', () => {
  it('arm64: R_AARCH64_* relocation in a shared object, located at its source line', () => {
    const d = only(parse('link/non-pic.aarch64-bfd.txt'));
    assert.match(d.title, /relocation R_AARCH64_ADR_PREL_PG_HI21 against symbol `far_away'/);
    assert.deepEqual([d.symbol, d.object, d.toolLocation], ['far_away', 'far-arm64.o', at(`${forms}/far.c`, 3)]);
    assert.match(d.fix ?? '', /-fPIC/);
  });
  it("x86-64: relocation truncated to fit, in bfd's `file:line:(section+offset)` form", () => {
    const d = only(parse('link/relocation-truncated.bfd.txt'));
    assert.deepEqual([d.kind, d.symbol, d.object, d.toolLocation], ['linker-error', 'far_away', 'far.o', at(`${forms}/far.c`, 3)]);
  });
});

describe('ld64 and the compiler driver', () => {
  it('ld64: the object each reference is in', () => {
    const findings = parse('quoted/ld64-arm64-undefined.txt');
    assert.deepEqual(
      findings.map((d) => d.object),
      ['000004.o', '000009.o', '000009.o', '000001.o'],
    );
  });
  it('ld64: `ld: warning:` is a warning', () => {
    const d = only(parse('quoted/ld64-warning.txt'));
    assert.deepEqual([d.severity, d.kind], ['warning', 'linker-warning']);
    assert.match(d.message, /different visibility/);
  });
  it("a driver error at link time is its own finding with the driver's text", () => {
    const d = only(parse('link/driver-unknown-option.gcc.txt'));
    assert.deepEqual([d.kind, d.severity], ['driver-error', 'error']);
    assert.equal(d.title, 'gcc: unrecognized command-line option ‘-fno-such-option’');
  });
  it('through go build: the driver error, twice, is one finding and not the generic failure', () => {
    const findings = parse('unknown-linker.txt');
    neverGeneric(findings);
    const d = only(findings);
    assert.deepEqual([d.kind, d.count], ['driver-error', 2]);
    assert.match(d.title, /-fuse-ld=nonexistent/);
  });
});
