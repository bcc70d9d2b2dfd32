// The loader parser over real Python smoke-test output (test/fixtures/load) and the
// formats quoted from public reports (test/fixtures/load/quoted).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { parseLoadOutput, signalFromExitCode, type LoadOutcome } from '../../src/parse/loader.ts';
import type { CountedDiagnostic } from '../../src/parse/collector.ts';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'load');
function parseFixture(name: string): CountedDiagnostic[] {
  const meta = JSON.parse(fs.readFileSync(path.join(fixtureDir, `${name}.meta.json`), 'utf8')) as Omit<LoadOutcome, 'output'>;
  return parseLoadOutput({ ...meta, output: fs.readFileSync(path.join(fixtureDir, `${name}.txt`), 'utf8') });
}
const only = (findings: CountedDiagnostic[]): CountedDiagnostic => {
  assert.equal(findings.length, 1, JSON.stringify(findings.map((d) => d.title)));
  return findings[0]!;
};
const outcome = (output: string, extra: Partial<LoadOutcome> = {}): LoadOutcome => ({
  output,
  exitCode: 1,
  signal: null,
  timedOut: false,
  library: '/w/libtfcgo.so',
  ...extra,
});

describe('real loader output', () => {
  it('undefined symbol: TF_Version', () => {
    const d = only(parseFixture('undefined-tf-version'));
    assert.deepEqual([d.kind, d.stage, d.symbol, d.library], ['undefined-symbol', 'smoke', 'TF_Version', 'libtfversion.so']);
    assert.match(d.message, /import tensorflow/);
    assert.match(d.fix ?? '', /-Wl,-z,defs/);
  });
  it('NEEDED library not found', () => {
    const d = only(parseFixture('needed-not-found'));
    assert.equal(d.kind, 'shared-object-not-found');
    assert.equal(d.library, 'libtensorflow_framework.so.2');
    assert.match(d.fix ?? '', /rpath/);
  });
  it('Go panic in an initialiser points at the Go line', () => {
    const d = only(parseFixture('init-panic'));
    assert.equal(d.kind, 'other');
    assert.match(d.title, /Go panic.*TF_CGO_CONFIG is not set/);
    assert.deepEqual(d.toolLocation, { file: '/tmp/tfcgo-fixtures/initpanic/main.go', line: 7 });
  });
  it('tf.load_op_library NotFoundError: undefined symbol', () => {
    const d = only(parseFixture('op-library-undefined'));
    assert.deepEqual([d.kind, d.symbol, d.library], ['undefined-symbol', 'TF_DoesNotExist', 'libundefsym.so']);
    assert.match(d.message, /tf\.load_op_library/);
  });
  for (const name of ['cxx11-abi-ctypes', 'cxx11-abi-op-library']) {
    it(`${name}: B5cxx11 symbol is an ABI mismatch`, () => {
      const d = only(parseFixture(name));
      assert.equal(d.kind, 'cxx-abi-mismatch');
      assert.equal(d.symbol, '_ZN10tensorflow15DebugStringNopeB5cxx11Ev');
      assert.match(d.fix ?? '', /_GLIBCXX_USE_CXX11_ABI/);
    });
  }
  it('Go runtime SIGSEGV in cgo code: the signal from the text, the location from the first user frame', () => {
    const d = only(parseFixture('go-crash-sigsegv'));
    assert.equal(d.kind, 'killed-by-signal');
    assert.match(d.title, /SIGSEGV/, 'not the SIGQUIT the exit status says');
    assert.match(d.message, /cgo/);
    assert.deepEqual(d.toolLocation, { file: '/tmp/tfcgo-fixtures/crash/main.go', line: 9 });
  });
  it('Fatal Python error: Segmentation fault', () => {
    const d = only(parseFixture('python-segfault'));
    assert.equal(d.kind, 'killed-by-signal');
    assert.match(d.title, /SIGSEGV/);
  });
  it('an exported function the library lacks', () => {
    const d = only(parseFixture('missing-export'));
    assert.deepEqual([d.kind, d.symbol, d.library], ['missing-expected-symbol', 'TFCGONoSuchFunction', 'libtfversion.so']);
    assert.match(d.fix ?? '', /\/\/export TFCGONoSuchFunction/);
  });
  it('any other Python exception', () => {
    const d = only(parseFixture('python-import-error'));
    assert.equal(d.kind, 'python-exception');
    assert.equal(d.message, "ModuleNotFoundError: No module named 'tensorflow_cgo_helpers'");
  });
  it('a second TensorFlow runtime aborting is reported as that, not only as SIGABRT', () => {
    const d = only(parseFixture('duplicate-runtime'));
    assert.equal(d.kind, 'duplicate-tensorflow-runtime');
    assert.match(d.message, /Already registered/);
  });
  it('static TLS exhausted', () => {
    const d = only(parseFixture('static-tls'));
    assert.deepEqual([d.kind, d.library], ['static-tls', 'libbigtls.so']);
    assert.match(d.message, /golang\/go#48596/);
  });
});

describe('loader formats from public reports', () => {
  it('GLIBCXX version not found', () => {
    const d = only(parseFixture('quoted/glibcxx-version'));
    assert.equal(d.kind, 'version-not-found');
    assert.equal(d.symbol, 'GLIBCXX_3.4.30');
    assert.match(d.library ?? '', /libstdc\+\+\.so\.6$/);
  });
  it('older glibc static TLS wording; "dlopen" is not taken for a library', () => {
    const d = only(parseFixture('quoted/static-tls-dlopen'));
    assert.deepEqual([d.kind, d.library], ['static-tls', 'libtfcgo.so']);
  });
  it('protobuf "File already exists in database"', () => {
    const d = only(parseFixture('quoted/protobuf-duplicate'));
    assert.equal(d.kind, 'duplicate-tensorflow-runtime');
    assert.match(d.message, /tensorflow\/core\/protobuf\/master\.proto/);
  });
  it('op library with a C++11-ABI symbol', () => {
    const d = only(parseFixture('quoted/op-library-cxx11-abi'));
    assert.equal(d.kind, 'cxx-abi-mismatch');
    assert.equal(d.library, 'zero_out_op_kernel_1.so');
  });
});

describe('outcomes without a message', () => {
  it('timeout', () => {
    const d = only(parseLoadOutput(outcome('', { exitCode: null, signal: 'SIGKILL', timedOut: true })));
    assert.equal(d.kind, 'timeout');
  });
  it('killed by a signal, as runProcess reports it and as a shell does', () => {
    assert.match(only(parseLoadOutput(outcome('', { exitCode: null, signal: 'SIGABRT' }))).title, /SIGABRT/);
    assert.match(only(parseLoadOutput(outcome('', { exitCode: 139 }))).title, /SIGSEGV/);
    assert.match(only(parseLoadOutput(outcome('', { exitCode: -6 }))).title, /SIGABRT/);
    assert.equal(signalFromExitCode(1), undefined);
  });
  it('a failure that printed nothing recognisable', () => {
    const d = only(parseLoadOutput(outcome('something odd\n', { exitCode: 3 })));
    assert.equal(d.kind, 'other');
    assert.match(d.title, /exit code 3/);
  });
  it('success gives nothing', () => {
    assert.deepEqual(parseLoadOutput(outcome('2.21.0\n', { exitCode: 0 })), []);
  });
  it("the action's mode name for tf.load_op_library", () => {
    const d = only(parseLoadOutput(outcome('NotFoundError: /w/libtfcgo.so: undefined symbol: TF_X\n', { mode: 'op-library' })));
    assert.match(d.message, /tf\.load_op_library/);
  });
  it('Go runtime fatal error', () => {
    const output =
      'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.wait(...)\n\t/src/app/main.go:12 +0x25\n';
    const d = only(parseLoadOutput(outcome(output, { exitCode: 2 })));
    assert.match(d.title, /^Go runtime fatal error in libtfcgo\.so: all goroutines are asleep/);
    assert.deepEqual(d.toolLocation, { file: '/src/app/main.go', line: 12 });
  });
  it('lazy binding: "symbol lookup error" at call time', () => {
    const d = only(
      parseLoadOutput(outcome('python3: symbol lookup error: /w/libtfcgo.so: undefined symbol: TF_NewGraph\n', { exitCode: 127 })),
    );
    assert.deepEqual([d.kind, d.symbol, d.library], ['undefined-symbol', 'TF_NewGraph', 'libtfcgo.so']);
  });
});

describe('arm64 (under qemu-user)', () => {
  it('undefined symbol and static TLS read the same as on x86-64', () => {
    const undefinedSymbol = only(parseFixture('arm64-undefined-symbol'));
    assert.deepEqual(
      [undefinedSymbol.kind, undefinedSymbol.symbol, undefinedSymbol.library],
      ['undefined-symbol', 'TF_Version', 'libundefined-arm64.so'],
    );
    const tls = only(parseFixture('arm64-static-tls'));
    assert.deepEqual([tls.kind, tls.library], ['static-tls', 'libbigtls-arm64.so']);
  });
  it('no arm64 root: the missing arm64 dynamic loader is named, not an unexplained exit 255', () => {
    const d = only(parseFixture('arm64-loader-missing'));
    assert.deepEqual([d.kind, d.library], ['shared-object-not-found', '/lib/ld-linux-aarch64.so.1']);
    assert.match(d.title, /ld-linux-aarch64\.so\.1 is missing/);
    assert.match(d.fix ?? '', /QEMU_LD_PREFIX/);
  });
});
