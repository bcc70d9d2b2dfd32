// The build-output parser over real go build / linker output (test/fixtures/build) and
// over the formats quoted from public reports (test/fixtures/build/quoted).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { parseBuildOutput, type CountedDiagnostic } from '../../src/parse/build-output.ts';
import { maxRelatedLocations } from '../../src/parse/collector.ts';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'build');
const parseFixture = (name: string): CountedDiagnostic[] => parseBuildOutput(fs.readFileSync(path.join(fixtureDir, name), 'utf8'));
const only = (findings: CountedDiagnostic[]): CountedDiagnostic => {
  assert.equal(findings.length, 1, JSON.stringify(findings.map((d) => d.title)));
  return findings[0]!;
};
const cgoWrapper = (name: string) => new RegExp(`^_cgo_[0-9a-f]{12}_Cfunc_${name}$`);

describe('undefined TensorFlow symbol, per linker', () => {
  const expected: Record<string, { file: string; line?: number; wrapper: boolean }> = {
    'undefined-symbol.bfd.txt': { file: '/tmp/go-build/main.cgo2.c', line: 60, wrapper: true },
    'undefined-symbol.bfd.nodebug.txt': { file: 'main.cgo2.c', wrapper: true },
    'undefined-symbol.gold.txt': { file: '/tmp/go-build/cgo-gcc-prolog', line: 60, wrapper: false },
    'undefined-symbol.gold.nodebug.txt': { file: 'main.cgo2.c', wrapper: true },
    'undefined-symbol.lld.txt': { file: '/tmp/go-build/cgo-gcc-prolog', line: 60, wrapper: true },
    'undefined-symbol.mold.txt': { file: 'main.cgo2.c', wrapper: true },
  };
  for (const [name, want] of Object.entries(expected)) {
    it(name, () => {
      const d = only(parseFixture(name));
      assert.equal(d.kind, 'undefined-reference');
      assert.equal(d.severity, 'error');
      assert.equal(d.stage, 'build');
      assert.equal(d.symbol, 'TF_DoesNotExist');
      assert.equal(d.count, 1);
      assert.deepEqual(d.toolLocation, want.line === undefined ? { file: want.file } : { file: want.file, line: want.line });
      if (want.wrapper) assert.match(d.referencedFrom ?? '', cgoWrapper('TF_DoesNotExist'));
      else assert.equal(d.referencedFrom, undefined, 'gold with debug info names no function');
      assert.match(d.title, /TF_DoesNotExist/);
      assert.match(d.fix ?? '', /-l:/);
      assert.ok(d.raw && d.raw.length > 0);
    });
  }
});

describe('framework library only (TF_Version lives in libtensorflow_cc)', () => {
  for (const name of ['framework-only.bfd.txt', 'framework-only.lld.txt']) {
    it(name, () => {
      const d = only(parseFixture(name));
      assert.equal(d.symbol, 'TF_Version');
      assert.match(d.referencedFrom ?? '', cgoWrapper('TF_Version'));
      assert.match(d.message, /libtensorflow_cc\.so\.2/);
      assert.match(d.message, /C\.TF_Version/);
    });
  }
});

describe('an extension module linked with -z defs and --warn-unresolved-symbols', () => {
  it('bfd: each undefined reference is a warning finding with its function and line, as with lld', () => {
    const refs = parseFixture('pymodule-typo.bfd.txt').filter((d) => d.kind === 'undefined-reference');
    assert.deepEqual(
      refs.map((d) => [d.symbol, d.referencedFrom, d.severity]),
      [
        ['PyUnicode_FromStrin', 'tf_version', 'warning'],
        ['PyModule_Create2', 'new_module', 'warning'],
      ],
    );
    assert.equal(refs[1]!.toolLocation?.line, 14);
    assert.ok(!parseFixture('pymodule-typo.bfd.txt').some((d) => d.kind === 'linker-warning'));
  });
});

describe('one symbol referenced from many functions', () => {
  it('bfd: five references, then "more undefined references follow"', () => {
    const findings = parseFixture('many-references.bfd.txt');
    const refs = findings.filter((d) => d.kind === 'undefined-reference');
    assert.deepEqual(
      refs.map((d) => d.referencedFrom),
      ['step1', 'step2', 'step3', 'step4', 'step5'],
    );
    assert.ok(refs.every((d) => d.symbol === 'TF_Missing' && d.count === 1));
    const more = findings.filter((d) => d.kind === 'more-undefined-references');
    assert.equal(more.length, 1);
    assert.equal(more[0]!.symbol, 'TF_Missing');
    assert.equal(more[0]!.severity, 'notice');
    assert.equal(findings.length, 6);
  });
  for (const linker of ['lld', 'mold']) {
    it(`${linker}: three references and "referenced 11 more times"`, () => {
      const findings = parseFixture(`many-references.${linker}.txt`);
      const refs = findings.filter((d) => d.kind === 'undefined-reference');
      assert.deepEqual(
        refs.map((d) => d.referencedFrom),
        ['step1', 'step2', 'step3'],
      );
      const more = findings.find((d) => d.kind === 'more-undefined-references');
      assert.equal(more?.count, 11);
      assert.equal(findings.length, 4);
    });
  }
  it('lld names the preamble line through cgo #line directives', () => {
    const refs = parseFixture('many-references.lld.txt');
    assert.deepEqual(refs[0]!.toolLocation, { file: '/tmp/go-build/main.go', line: 5 });
  });
  it('gold: references without a function merge into one finding with a count', () => {
    const d = only(parseFixture('many-references.gold.txt'));
    assert.equal(d.symbol, 'TF_Missing');
    assert.equal(d.count, 4);
    assert.deepEqual(d.toolLocation, { file: '/tmp/go-build/main.go', line: 5 });
  });
});

describe('preamble helper calling a missing function', () => {
  for (const linker of ['bfd', 'lld']) {
    it(`${linker}: one finding per (symbol, function), preferring the real .go path`, () => {
      const d = only(parseFixture(`helper-undefined.${linker}.txt`));
      assert.equal(d.symbol, 'TF_HelperMissing');
      assert.equal(d.referencedFrom, 'status_ok');
      assert.equal(d.count, 2);
      assert.deepEqual(d.toolLocation, { file: '/tmp/tfcgo-fixtures/helper/main.go', line: 7 });
    });
  }
});

describe('missing -l library', () => {
  for (const linker of ['bfd', 'gold', 'lld', 'mold']) {
    it(linker, () => {
      const d = only(parseFixture(`missing-library.${linker}.txt`));
      assert.equal(d.kind, 'missing-library');
      assert.equal(d.library, 'tensorflow_missing');
      assert.match(d.title, /-ltensorflow_missing/);
      assert.match(d.fix ?? '', /#cgo LDFLAGS/);
    });
  }
  it('-l:file names the file', () => {
    const d = only(parseBuildOutput('/usr/bin/ld: cannot find -l:libtensorflow_cc.so.2\n'));
    assert.equal(d.library, 'libtensorflow_cc.so.2');
    assert.match(d.title, /-l:libtensorflow_cc\.so\.2/);
  });
});

describe('multiple definition', () => {
  const where: Record<string, string | undefined> = {
    bfd: '/tmp/go-build/main.cgo2.c',
    gold: undefined,
    lld: '/tmp/tfcgo-fixtures/multidef/main.go',
    mold: undefined,
  };
  for (const [linker, file] of Object.entries(where)) {
    it(linker, () => {
      const d = only(parseFixture(`multiple-definition.${linker}.txt`));
      assert.equal(d.kind, 'multiple-definition');
      assert.equal(d.symbol, 'tfcgo_answer');
      assert.equal(d.toolLocation?.file, file);
      assert.match(d.fix ?? '', /static/);
    });
  }
});

describe('other link failures', () => {
  it('GNU ld: DSO missing from command line names the library', () => {
    const d = only(parseFixture('dso-missing.bfd.txt'));
    assert.equal(d.kind, 'missing-dso');
    assert.equal(d.symbol, 'TF_DeleteStatus');
    assert.match(d.library ?? '', /[^/]\/libtensorflow_framework\.so\.2$/);
    assert.match(d.fix ?? '', /-l:libtensorflow_framework\.so\.2/);
  });
  it('a non-PIC archive: one linker error with the -fPIC fix; the follow-up line is folded in', () => {
    const d = only(parseFixture('non-pic-archive.bfd.txt'));
    assert.equal(d.kind, 'linker-error');
    assert.match(d.title, /^Linker error: relocation R_X86_64_32/);
    assert.match(d.fix ?? '', /libtfcgo_helpers\.a with -fPIC/);
    assert.equal(d.raw?.length, 2);
  });
  it('an unknown linker option', () => {
    const d = only(parseFixture('unknown-option.bfd.txt'));
    assert.match(d.title, /--no-such-option/);
  });
  it('the gcc command line after "running gcc failed" is never parsed', () => {
    const log = [
      '# example.com/x',
      '/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1',
      "/usr/bin/gcc -o a.out x.o -Wl,--defsym,undefined reference to `TF_Fake'",
      'collect2: error: ld returned 1 exit status',
    ].join('\n');
    const d = only(parseBuildOutput(log));
    assert.equal(d.title, 'Linking the shared library failed');
  });
});

describe('compile errors', () => {
  it('missing header: header, location and the #include line', () => {
    const d = only(parseFixture('missing-header.txt'));
    assert.equal(d.kind, 'missing-header');
    assert.equal(d.header, 'tensorflow/c/c_api_nope.h');
    assert.deepEqual(d.toolLocation, { file: './main.go', line: 5, column: 10 });
    assert.ok(d.raw?.some((line) => line.includes('#include "tensorflow/c/c_api_nope.h"')));
  });
  it('preamble #warning: one warning even though cgo compiles the preamble twice', () => {
    const findings = parseFixture('preamble-warning.txt');
    assert.ok(findings.every((d) => d.kind === 'c-compile-warning' && d.severity === 'warning'));
    const hash = findings.find((d) => d.message.includes('#warning'));
    assert.equal(hash?.count, 2);
    assert.deepEqual(hash?.toolLocation, { file: 'main.go', line: 4, column: 2 });
    assert.equal(findings.length, 3);
  });
  it('C error in the preamble', () => {
    const d = only(parseFixture('c-compile-error.txt'));
    assert.equal(d.kind, 'c-compile-error');
    assert.deepEqual(d.toolLocation, { file: './main.go', line: 5, column: 63 });
    assert.match(d.message, /undeclared_offset/);
  });
  it('cgo: a C name no header declares (Go 1.26 and older wording)', () => {
    for (const name of ['cgo-unknown-name.txt', 'quoted/cgo-kind-of-name.txt']) {
      const d = only(parseFixture(name));
      assert.equal(d.kind, 'cgo-unknown-name');
      assert.equal(d.symbol, 'TF_NotDeclaredAnywhere');
      assert.deepEqual(d.toolLocation, { file: './main.go', line: 10, column: 2 });
    }
  });
  it('Go compile error is not mistaken for a linker undefined reference', () => {
    const d = only(parseFixture('go-compile-error.txt'));
    assert.equal(d.kind, 'go-compile-error');
    assert.equal(d.message, 'undefined: versionString');
    assert.deepEqual(d.toolLocation, { file: './main.go', line: 11, column: 9 });
  });
});

describe('C++ files of the package (the tensorflow-io layout)', () => {
  it('compile error and warning in a .cc file keep its file and line', () => {
    const findings = parseFixture('cxx-compile-error.txt');
    assert.deepEqual(
      findings.map((d) => [d.kind, d.severity, d.toolLocation]),
      [
        ['c-compile-error', 'error', { file: 'kernel.cc', line: 3, column: 10 }],
        ['c-compile-warning', 'warning', { file: 'kernel.cc', line: 2, column: 7 }],
      ],
    );
    assert.ok(findings[0]!.raw?.some((line) => line.includes('return undeclared_in_kernel;')));
  });
  for (const linker of ['bfd', 'gold']) {
    it(`${linker}: undefined TensorFlow C++ functions located in the .cc file, every line kept`, () => {
      const findings = parseFixture(`cxx-undefined.${linker}.txt`);
      const kernel = '/tmp/tfcgo-fixtures/cxxundefined/kernel.cc';
      assert.deepEqual(
        findings.map((d) => [d.symbol, d.toolLocation, d.relatedLocations?.map((r) => r.line)]),
        [
          ['tensorflow::LogString(char const*)', { file: kernel, line: 7 }, [8]],
          ['tensorflow::KernelCount()', { file: kernel, line: 13 }, undefined],
        ],
      );
      if (linker === 'bfd')
        assert.deepEqual(
          findings.map((d) => d.referencedFrom),
          ['log_twice()', 'tfcgo_run_kernel'],
        );
      assert.ok(
        findings.every((d) => d.fix?.includes('-l:')),
        'TensorFlow symbols get the TensorFlow link fix',
      );
    });
  }
});

describe('formats from public reports', () => {
  it('ld64: C symbols lose the Mach-O underscore; each referencing function is a finding', () => {
    const findings = parseFixture('quoted/ld64-arm64-undefined.txt');
    assert.deepEqual(
      findings.map((d) => [d.kind, d.symbol, d.referencedFrom]),
      [
        ['undefined-reference', 'TFE_ContextListDevices', '_cgo_5439f5b57bf2_Cfunc_TFE_ContextListDevices'],
        ['undefined-reference', 'TF_DeleteStatus', '_cgo_5439f5b57bf2_Cfunc_TF_DeleteStatus'],
        ['undefined-reference', 'TF_Version', '_cgo_5439f5b57bf2_Cfunc_TF_Version'],
        ['undefined-reference', 'TF_Version', 'tfcgo_version_string'],
      ],
    );
  });
  it('ld64 of Xcode 15: "ld: Undefined symbols:" and names without quotes', () => {
    const log = [
      '/usr/local/go/pkg/tool/darwin_arm64/link: running clang failed: exit status 1',
      '/usr/bin/clang -arch arm64 -o $WORK/b001/exe/a.out go.o 000001.o',
      'ld: Undefined symbols:',
      '  _TF_Version, referenced from:',
      '      __cgo_0123456789ab_Cfunc_TF_Version in 000001.o',
      'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
    ].join('\n');
    const d = only(parseBuildOutput(log));
    assert.deepEqual([d.symbol, d.referencedFrom], ['TF_Version', '_cgo_0123456789ab_Cfunc_TF_Version']);
  });
  it('ld64: library not found', () => {
    const d = only(parseFixture('quoted/ld64-library-not-found.txt'));
    assert.equal(d.kind, 'missing-library');
    assert.equal(d.library, 'tensorflow');
  });
  it('GNU ld note: symbol without its version, library from the note', () => {
    const d = only(parseFixture('quoted/bfd-dso-note.txt'));
    assert.equal(d.kind, 'missing-dso');
    assert.equal(d.symbol, 'dlclose');
    assert.equal(d.library, '/lib64/libdl.so.2');
    assert.match(d.message, /dlclose@@GLIBC_2\.2\.5/);
    assert.ok(
      d.raw?.some((line) => line.endsWith('could not read symbols: Invalid operation')),
      'the follow-up line is folded in',
    );
  });
  it('older GNU ld: "In function" and section offsets', () => {
    const findings = parseFixture('quoted/bfd-old-in-function.txt');
    assert.deepEqual(
      findings.map((d) => [d.symbol, d.referencedFrom, d.toolLocation]),
      [
        ['TF_Version', '_cgo_4904bc4eed61_Cfunc_TF_Version', { file: '/tmp/go-build/main.cgo2.c', line: 51 }],
        ['TF_NewGraph', '_cgo_4904bc4eed61_Cfunc_TF_NewGraph', { file: 'main.cgo2.c' }],
      ],
    );
  });
  it('mold 1.0: one line per reference, merged with a count', () => {
    const findings = parseFixture('quoted/mold-1.0-undefined.txt');
    assert.deepEqual(
      findings.map((d) => [d.symbol, d.count]),
      [
        ['TF_NewSession', 2],
        ['operator new(unsigned long)', 1],
      ],
    );
  });
});

describe('options and odd input', () => {
  const reference = (i: number) => `/tmp/go-build/main.cgo2.c:${i}: undefined reference to \`TF_Sym${i}'`;
  it('keeps at most maxRawLines raw lines per finding', () => {
    const d = only(parseBuildOutput(Array(10).fill(reference(1)).join('\n'), { maxRawLines: 2 }));
    assert.equal(d.count, 10);
    assert.equal(d.raw?.length, 2);
  });
  it('keeps a bounded number of further places per finding', () => {
    const log = Array.from({ length: 30 }, (_, i) => `/src/kernel.cc:${i + 1}: error: undefined reference to 'TF_Missing'`).join('\n');
    const d = only(parseBuildOutput(log));
    assert.equal(d.count, 30);
    assert.deepEqual(d.toolLocation, { file: '/src/kernel.cc', line: 1 });
    assert.equal(d.relatedLocations?.length, maxRelatedLocations);
  });
  it('places printed last line first: the first line leads, and the cap keeps the earliest further lines', () => {
    const log = Array.from({ length: 30 }, (_, i) => `/src/kernel.cc:${30 - i}: error: undefined reference to 'TF_Missing'`).join('\n');
    const d = only(parseBuildOutput(log));
    assert.deepEqual(d.toolLocation, { file: '/src/kernel.cc', line: 1 });
    assert.deepEqual(
      d.relatedLocations?.map((r) => r.line),
      Array.from({ length: maxRelatedLocations }, (_, i) => i + 2),
    );
  });
  it('a .go line still beats an earlier line of a generated file', () => {
    const log = [
      `/tmp/go-build/cgo-gcc-prolog:60: error: undefined reference to 'TF_Missing'`,
      `/src/pkg/main.go:12: error: undefined reference to 'TF_Missing'`,
      `/tmp/go-build/cgo-gcc-prolog:40: error: undefined reference to 'TF_Missing'`,
    ].join('\n');
    const d = only(parseBuildOutput(log));
    assert.deepEqual(d.toolLocation, { file: '/src/pkg/main.go', line: 12 });
    assert.deepEqual(
      d.relatedLocations?.map((r) => `${r.file}:${r.line}`),
      ['/tmp/go-build/cgo-gcc-prolog:40', '/tmp/go-build/cgo-gcc-prolog:60'],
    );
  });
  it('caps distinct findings and says how many were left out', () => {
    const log = Array.from({ length: 30 }, (_, i) => reference(i)).join('\n');
    const findings = parseBuildOutput(log, { maxFindings: 10 });
    assert.equal(findings.length, 11);
    assert.equal(findings[10]!.kind, 'other');
    assert.equal(findings[10]!.count, 20);
  });
  it('cuts over-long lines and still parses the next ones', () => {
    const log = `${'x'.repeat(100_000)}\n${reference(3)}\n`;
    const d = only(parseBuildOutput(log, { maxLineLength: 1000 }));
    assert.equal(d.symbol, 'TF_Sym3');
  });
  it('CRLF line ends', () => {
    const d = only(
      parseBuildOutput(`ld.lld: error: undefined symbol: TF_X\r\n>>> referenced by a.c:3 (/src/a.c:3)\r\n>>>               a.o:(f)\r\n`),
    );
    assert.deepEqual([d.symbol, d.referencedFrom, d.toolLocation], ['TF_X', 'f', { file: '/src/a.c', line: 3 }]);
  });
  it('lld --warn-unresolved-symbols gives a warning', () => {
    const d = only(parseBuildOutput('ld.lld: warning: undefined symbol: TF_X\n>>> referenced by a.o:(f)\n'));
    assert.equal(d.severity, 'warning');
    assert.equal(d.referencedFrom, 'f');
  });
  it('GNU ld with a demangled C++11-ABI name points at the ABI flag', () => {
    const d = only(parseBuildOutput("op.cc:(.text+0x5): undefined reference to `tensorflow::Foo[abi:cxx11]()'\n"));
    assert.equal(d.symbol, 'tensorflow::Foo[abi:cxx11]()');
    assert.match(d.fix ?? '', /_GLIBCXX_USE_CXX11_ABI/);
  });
  it('a successful build gives no findings', () => {
    assert.deepEqual(parseBuildOutput('# example.com/ok\ngo: downloading example.com/dep v1.0.0\n'), []);
  });
});
