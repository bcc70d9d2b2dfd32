import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/diagnostic.ts';
import { describeTls, largestTlsSymbols, staticTlsFinding, withTlsDetail, type TlsDetail } from '../../src/inspect/static-tls.ts';
import type { TlsPlace } from '../../src/inspect/tls-location.ts';
import { shortAnnotationMessage } from '../../src/report/annotations.ts';

// As readTls reads the static-tls fixture built with Go 1.26 and gcc 12 (readelf -lW: TLS MemSiz 0x400020).
const big = {
  size: 0x400020,
  symbols: [
    { name: 'big_tls_buffer', size: 4194304 },
    { name: 'runtime.tlsg', size: 8 },
    { name: 'big_tls_counter', size: 4 },
  ],
};
const plainGo = { size: 8, symbols: [{ name: 'runtime.tlsg', size: 8 }] };
const dir = '/ws/static-tls';
/** As locateTlsVariables finds big_tls_buffer in the fixture: defined in bigtls.c, declared in lib.go's preamble. */
const bufferPlace: TlsPlace = {
  symbol: 'big_tls_buffer',
  name: 'big_tls_buffer',
  definition: { file: `${dir}/bigtls.c`, line: 2, column: 15, endLine: 2, endColumn: 28 },
  declarations: [{ file: `${dir}/lib.go`, line: 7, column: 22, endLine: 7, endColumn: 35 }],
  from: 'debug info',
};
const detail = (places: TlsPlace[] = [bufferPlace]): TlsDetail => ({ tls: big, places, dir });
const loadFailure: Diagnostic = {
  severity: 'error',
  kind: 'static-tls',
  stage: 'smoke',
  title: 'Not enough static TLS to load libstatic-tls.so',
  message: 'The dynamic loader said "cannot allocate memory in static TLS block".',
  library: 'libstatic-tls.so',
};

test('a static TLS block larger than the dlopen room is a warning naming the size, the symbols and the fix', () => {
  const d = staticTlsFinding(big, 'libstatic-tls.so')!;
  assert.equal(d.kind, 'static-tls');
  assert.equal(d.title, 'libstatic-tls.so needs 4.0 MiB of static TLS');
  assert.match(d.message, /^libstatic-tls\.so needs 4\.0 MiB of static TLS \(big_tls_buffer 4\.0 MiB\); dlopen has 512 bytes to spare/);
  assert.match(d.message, /big_tls_buffer \(4\.0 MiB\), runtime\.tlsg \(8 bytes\), big_tls_counter \(4 bytes\)/);
  assert.match(d.fix!, /^Allocate big_tls_buffer on the heap and keep only a pointer thread-local/);
  assert.match(d.fix!, /initial-exec"\) does not help/, 'the TLS model does not matter: a STATIC_TLS module gets its block whole');
  assert.equal(staticTlsFinding(plainGo, 'libplain.so'), undefined, "Go's own 8 bytes fit");
  assert.equal(describeTls(plainGo), 'its static TLS block (PT_TLS) is 8 bytes: runtime.tlsg (8 bytes)');
});

test('the named contributors: at most three, none under 1% of the block but the largest', () => {
  assert.deepEqual(
    largestTlsSymbols(big).map((s) => s.name),
    ['big_tls_buffer'],
  );
  const even = { size: 4000, symbols: [1, 2, 3, 4].map((i) => ({ name: `v${i}`, size: 1000 })) };
  assert.deepEqual(
    largestTlsSymbols(even).map((s) => s.name),
    ['v1', 'v2', 'v3'],
  );
  assert.deepEqual(largestTlsSymbols({ size: 4000, symbols: [] }), []);
});

test('a load that failed for static TLS is the finding in the inspection words, on the line that defines the largest variable', () => {
  const early = staticTlsFinding(big, 'libstatic-tls.so')!;
  const out = withTlsDetail([early, loadFailure], detail());
  assert.equal(out.length, 1, 'the early warning is dropped');
  const d = out[0]!;
  assert.equal(d.severity, 'error');
  assert.equal(d.title, 'libstatic-tls.so needs 4.0 MiB of static TLS');
  assert.match(
    d.message,
    /^libstatic-tls\.so needs 4\.0 MiB of static TLS \(big_tls_buffer 4\.0 MiB\); dlopen has 512 bytes to spare for it by default \(glibc\.rtld\.optional_static_tls\), and the load failed\. big_tls_buffer is defined at bigtls\.c:2 \(declared at lib\.go:7\)\. The dynamic loader said/,
  );
  assert.match(d.message, /The library asks for more than there is: its static TLS block \(PT_TLS\) is 4\.0 MiB: big_tls_buffer/);
  assert.equal(d.symbol, 'big_tls_buffer');
  assert.deepEqual(d.locations, [bufferPlace.definition]);
  assert.deepEqual(d.relatedLocations, [{ ...bufferPlace.declarations[0]!, note: 'big_tls_buffer is declared here' }]);
  // The annotation reads the finding's first sentence, then the fix's.
  assert.equal(
    shortAnnotationMessage(d),
    'libstatic-tls.so needs 4.0 MiB of static TLS (big_tls_buffer 4.0 MiB); dlopen has 512 bytes to spare for it by default (glibc.rtld.optional_static_tls), and the load failed.\n' +
      'Fix: Allocate big_tls_buffer on the heap and keep only a pointer thread-local (malloc on first use, or pthread_key_create).',
  );
});

test('without a failed load the warning stays, placed too; without places or detail nothing moves', () => {
  const early = staticTlsFinding(big, 'libstatic-tls.so')!;
  const [warning] = withTlsDetail([early], detail());
  assert.equal(warning!.severity, 'warning');
  assert.match(warning!.message, /can fail with "cannot allocate memory in static TLS block"\. big_tls_buffer is defined at bigtls\.c:2/);
  assert.deepEqual(warning!.locations, [bufferPlace.definition]);
  assert.deepEqual(withTlsDetail([early], detail([])), [early], 'no places: the warning as it was');
  assert.deepEqual(withTlsDetail([early, loadFailure], undefined), [early, loadFailure], 'no TLS read: unchanged');
  assert.deepEqual(withTlsDetail([loadFailure], { tls: plainGo, places: [], dir }), [loadFailure], 'a block that fits explains nothing');
});

test('a declaration alone places the finding; other contributors defined elsewhere are related', () => {
  const two = {
    size: 6 << 20,
    symbols: [
      { name: 'scratch.1', size: 4 << 20 },
      { name: '_ZN5tfcgo6bufferE', size: 2 << 20 },
    ],
  };
  const places: TlsPlace[] = [
    { symbol: 'scratch.1', name: 'scratch', declarations: [{ file: `${dir}/lib.go`, line: 4 }], from: 'source' },
    { symbol: '_ZN5tfcgo6bufferE', name: 'buffer', definition: { file: `${dir}/k.cc`, line: 9 }, declarations: [], from: 'debug info' },
  ];
  const [d] = withTlsDetail([loadFailure], { tls: two, places, dir });
  assert.match(d!.message, /needs 6\.0 MiB of static TLS \(scratch 4\.0 MiB, buffer 2\.0 MiB\)/);
  assert.match(d!.message, /scratch is declared at lib\.go:4\./);
  assert.deepEqual(d!.locations, [{ file: `${dir}/lib.go`, line: 4 }]);
  assert.deepEqual(d!.relatedLocations, [{ file: `${dir}/k.cc`, line: 9, note: 'buffer (2.0 MiB) is defined here' }]);
  assert.match(d!.fix!, /^Allocate scratch on the heap/);
});
