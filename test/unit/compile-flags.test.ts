import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cxxStandardFor, eigenAlignFor, tensorflowCompileFlags } from '../../src/flags/compile-flags.ts';

test('C++-only flags stay out of the C flags; the include folder is a system folder', () => {
  const flags = tensorflowCompileFlags({ includeDir: '/tf/include', cxx11AbiFlag: 1, version: '2.21.0' });
  assert.deepEqual(flags.cflags, ['-isystem/tf/include', '-D_GLIBCXX_USE_CXX11_ABI=1', '-DEIGEN_MAX_ALIGN_BYTES=64']);
  assert.deepEqual(flags.cxxflags, ['--std=c++17']);
});

test("the interpreter's include folder is a system folder too, ahead of TensorFlow's, for C and C++ alike", () => {
  const flags = tensorflowCompileFlags({
    includeDir: '/tf/include',
    cxx11AbiFlag: 1,
    version: '2.21.0',
    pythonIncludeDir: '/py/include/python3.11',
  });
  assert.deepEqual(flags.cflags, [
    '-isystem/py/include/python3.11',
    '-isystem/tf/include',
    '-D_GLIBCXX_USE_CXX11_ABI=1',
    '-DEIGEN_MAX_ALIGN_BYTES=64',
  ]);
});

test('the C++ standard and the Eigen alignment follow the TensorFlow version', () => {
  assert.equal(cxxStandardFor('2.9.3'), 'c++14');
  assert.equal(cxxStandardFor('2.10.0'), 'c++17');
  assert.equal(eigenAlignFor('2.12.1'), undefined);
  assert.equal(eigenAlignFor('2.13.0'), 64);
  assert.deepEqual(tensorflowCompileFlags({ includeDir: '/i', cxx11AbiFlag: 0, version: '2.8.0' }).cflags, [
    '-isystem/i',
    '-D_GLIBCXX_USE_CXX11_ABI=0',
  ]);
});
