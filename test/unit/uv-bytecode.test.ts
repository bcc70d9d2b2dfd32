// When uv compiles bytecode at install (src/setup/uv-install.ts): only when Python will not
// write it at the first import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytecodeWords } from '../../src/setup/uv-install.ts';

test('bytecode is compiled at install only under PYTHONDONTWRITEBYTECODE', () => {
  assert.deepEqual(bytecodeWords({}), []);
  assert.deepEqual(bytecodeWords({ PYTHONDONTWRITEBYTECODE: '' }), []);
  assert.deepEqual(bytecodeWords({ PYTHONDONTWRITEBYTECODE: '1' }), ['--compile-bytecode']);
});
