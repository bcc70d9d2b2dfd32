// An extension module's default file name (src/build/module-output.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moduleOutput } from '../../src/build/module-output.ts';
import type { CgoPackageFacts } from '../../src/resolve/cgo-source.ts';

const factsExporting = (...names: string[]) =>
  ({
    files: [{ file: '/ws/mod/module.go', exports: names.map((name, i) => ({ name, line: 20 + i, column: 1 })) }],
  }) as unknown as CgoPackageFacts;
const tf = { extensionSuffixes: ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so'] };

test('no output given: the module name from //export PyInit_<name>, with the interpreter EXT_SUFFIX', () => {
  const named = moduleOutput({ output: '/ws/mod/libmod.so', outputGiven: false }, factsExporting('PyInit_my_golang_module'), tf);
  assert.equal(named?.output, '/ws/mod/my_golang_module.cpython-311-x86_64-linux-gnu.so');
  assert.match(named.why, /from \/\/export PyInit_my_golang_module at module\.go:20/);
});

test('an output the user gave, no PyInit_, or two of them: the name stays', () => {
  assert.equal(moduleOutput({ output: '/ws/mod/x.so', outputGiven: true }, factsExporting('PyInit_a'), tf), undefined);
  assert.equal(moduleOutput({ output: '/ws/mod/libmod.so', outputGiven: false }, factsExporting('Other'), tf), undefined);
  assert.equal(moduleOutput({ output: '/ws/mod/libmod.so', outputGiven: false }, factsExporting('PyInit_a', 'PyInit_b'), tf), undefined);
});
