import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/diagnostic.ts';
import { describeTls, staticTlsFinding, withTlsDetail } from '../../src/inspect/static-tls.ts';

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

test('a static TLS block larger than the dlopen room is a warning naming the size, the symbols and the fix', () => {
  const d = staticTlsFinding(big, 'libstatic-tls.so')!;
  assert.equal(d.kind, 'static-tls');
  assert.equal(d.title, 'libstatic-tls.so needs 4.0 MiB of static TLS');
  assert.match(d.message, /big_tls_buffer \(4\.0 MiB\), runtime\.tlsg \(8 bytes\), big_tls_counter \(4 bytes\)/);
  assert.match(d.fix!, /initial-exec/);
  assert.equal(staticTlsFinding(plainGo, 'libplain.so'), undefined, "Go's own 8 bytes fit");
  assert.equal(describeTls(plainGo), 'its static TLS block (PT_TLS) is 8 bytes: runtime.tlsg (8 bytes)');
});

test('a load that failed for static TLS carries the size and symbols, and the early warning is dropped', () => {
  const loadFailure: Diagnostic = {
    severity: 'error',
    kind: 'static-tls',
    stage: 'smoke',
    title: 'Not enough static TLS',
    message: 'The dynamic loader said "cannot allocate memory in static TLS block".',
  };
  const early = staticTlsFinding(big, 'libstatic-tls.so')!;
  const out = withTlsDetail([early, loadFailure], big);
  assert.equal(out.length, 1);
  assert.match(out[0]!.message, /The library asks for more than there is: its static TLS block \(PT_TLS\) is 4\.0 MiB: big_tls_buffer/);
  assert.equal(out[0]!.symbol, 'big_tls_buffer');
  assert.deepEqual(withTlsDetail([early], big), [early], 'no load failure: the warning stays');
});
