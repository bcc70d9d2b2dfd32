import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/diagnostic.ts';
import { collapseByLibrary, ROOT_CAUSE_THRESHOLD } from '../../src/postprocess/root-cause.ts';

// The shape of the inspection's findings for a kernel built with link-libraries none (seen on
// the kernel fixture against TensorFlow 2.21.0).
const unresolved = (symbol: string, file?: string, line?: number): Diagnostic => ({
  severity: 'warning',
  kind: 'resolved-only-by-import',
  stage: 'inspect',
  symbol,
  providedBy: 'libtensorflow_framework.so.2',
  library: 'libtensorflow_framework.so.2',
  title: `${symbol} resolves only after import tensorflow`,
  message: `libkernel.so uses ${symbol}, which only libtensorflow_framework.so.2 defines`,
  ...(file ? { locations: [{ file, line }] } : {}),
});

const symbols = [
  '_ZN10tensorflow8OpKernelD2Ev',
  '_ZN10tensorflow10DEVICE_CPUE',
  '_ZN10tensorflow5OpDefD1Ev',
  '_ZN10tensorflow16KernelDefBuilder5BuildEv',
  '_ZTIN10tensorflow8OpKernelE',
  '_ZN10tensorflow15register_kernel4NameC1EPKc',
];

test('many symbols of one unlinked library become one finding: the library, the count, every line in file order, the fix', () => {
  const other: Diagnostic = { severity: 'error', kind: 'missing-header', stage: 'build', title: 'x', message: 'y' };
  const findings = [other, ...symbols.map((s, i) => unresolved(s, '/ws/kernel/scrape_kernels.cc', 15 - i))];
  const out = collapseByLibrary(findings, []);
  assert.equal(out.length, 2);
  assert.equal(out[0], other);
  const root = out[1]!;
  assert.equal(root.count, symbols.length);
  assert.match(root.title, /^6 undefined symbols come from libtensorflow_framework\.so\.2, which is not linked$/);
  assert.match(root.fix!, /-l:libtensorflow_framework\.so\.2/);
  assert.deepEqual(
    root.locations!.map((l) => l.line),
    [10, 11, 12, 13, 14, 15],
  );
  assert.match(
    root.message,
    /^The package references 6 symbols that only libtensorflow_framework\.so\.2 defines, and the link does not name it\. They include \S+, \S+, and 4 more\./,
  );
  assert.match(root.message, /First reference: scrape_kernels\.cc:10\./);
});

test('a few symbols, or a library that is linked, stay one finding each', () => {
  const few = symbols.slice(0, ROOT_CAUSE_THRESHOLD - 1).map((s) => unresolved(s));
  assert.deepEqual(collapseByLibrary(few, []), few);
  const many = symbols.map((s) => unresolved(s));
  assert.deepEqual(collapseByLibrary(many, [':libtensorflow_framework.so.2']), many);
});
