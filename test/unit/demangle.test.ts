// Demangling through the real c++filt, and the C++11-ABI check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDemangledNames, demangleAll } from '../../src/postprocess/demangle.ts';
import { isCxxAbiMismatch, isMangled } from '../../src/parse/symbol-names.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

describe('demangleAll', () => {
  it('demangles C++ names (with symbol versions) and leaves C names alone', async () => {
    const names = await demangleAll(['_ZN10tensorflow15DebugStringNopeB5cxx11Ev', 'TF_Version', '_Znwm@@GLIBCXX_3.4', 'TF_Version']);
    assert.deepEqual(
      [...names],
      [
        ['_ZN10tensorflow15DebugStringNopeB5cxx11Ev', 'tensorflow::DebugStringNope[abi:cxx11]()'],
        ['TF_Version', 'TF_Version'],
        ['_Znwm@@GLIBCXX_3.4', 'operator new(unsigned long)@@GLIBCXX_3.4'],
      ],
    );
  });
  it('keeps the pairing across batches', async () => {
    const symbols = Array.from({ length: 12_000 }, (_, i) => `_ZN2ns${String(i).length + 1}f${i}Ev`);
    const names = await demangleAll(symbols);
    assert.equal(names.get(symbols[0]!), 'ns::f0()');
    assert.equal(names.get(symbols[11_999]!), 'ns::f11999()');
  });
  it('without c++filt every name maps to itself', async () => {
    const names = await demangleAll(['_ZN3foo3barEv'], '/nonexistent/c++filt');
    assert.equal(names.get('_ZN3foo3barEv'), '_ZN3foo3barEv');
  });
});

describe('helpers', () => {
  it('isCxxAbiMismatch looks for the C++11 ABI tag', () => {
    assert.equal(isCxxAbiMismatch('_ZN10tensorflow8internal21CheckOpMessageBuilder9NewStringB5cxx11Ev'), true);
    assert.equal(isCxxAbiMismatch('_ZN10tensorflow8internal21CheckOpMessageBuilder9NewStringEv'), false);
    assert.equal(isMangled('TF_Version'), false);
  });
  it('addDemangledNames fills demangled only where it differs', async () => {
    const base = { severity: 'error', kind: 'undefined-symbol', stage: 'smoke', title: 't', message: 'm' } as const;
    const findings: Diagnostic[] = [
      { ...base, title: 'Undefined symbol _ZN10tensorflow3FooEv', symbol: '_ZN10tensorflow3FooEv' },
      { ...base, symbol: 'TF_Version' },
    ];
    const out = await addDemangledNames(findings);
    assert.equal(out[0]?.demangled, 'tensorflow::Foo()');
    assert.equal(out[0]?.title, 'Undefined symbol tensorflow::Foo()');
    assert.equal(out[1]?.demangled, undefined);
  });
});
