import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCgoFlags, cgoEnvironment, joinFlags, quoteFlag } from '../../src/flags/cgo-flags.ts';
import { installFromProbe } from '../../src/resolve/tensorflow.ts';

const tf = installFromProbe('python3', {
  executable: '/venv/bin/python3',
  pythonVersion: '3.11.7',
  dir: '/venv/lib/python3.11/site-packages/tensorflow',
  version: '2.21.0',
  distribution: 'tensorflow-cpu',
  files: ['__init__.py', 'include', 'libtensorflow_cc.so.2', 'libtensorflow_framework.so.2', 'python'],
});

test('flags come from the installed TensorFlow: include, ABI, both libraries, -z defs', () => {
  const flags = computeCgoFlags(tf);
  assert.deepEqual(flags.cflags, ['-I/venv/lib/python3.11/site-packages/tensorflow/include', '-D_GLIBCXX_USE_CXX11_ABI=1']);
  assert.deepEqual(flags.ldflags, [
    '-L/venv/lib/python3.11/site-packages/tensorflow',
    '-l:libtensorflow_framework.so.2',
    '-l:libtensorflow_cc.so.2',
    '-Wl,-z,defs',
  ]);
  assert.deepEqual(flags.computedLibraries, [':libtensorflow_framework.so.2', ':libtensorflow_cc.so.2']);
});

test('TensorFlow before 2.9 uses the old C++ ABI', () => {
  const old = installFromProbe('python3', { executable: 'p', pythonVersion: '3.8.0', dir: '/tf', version: '2.8.4', files: [] });
  assert.equal(computeCgoFlags(old).cflags[1], '-D_GLIBCXX_USE_CXX11_ABI=0');
});

test('paths with spaces are quoted for cmd/go, and the user environment is kept', () => {
  assert.equal(quoteFlag('-I/a b/include'), `'-I/a b/include'`);
  assert.equal(quoteFlag(`-I/it's`), `'-I/it'"'"'s'`);
  assert.equal(joinFlags(['-L/x', '-Wl,-z,defs']), '-L/x -Wl,-z,defs');
  const env = cgoEnvironment(computeCgoFlags(tf), { CGO_LDFLAGS: '-L/opt/lib' });
  assert.equal(env.CGO_ENABLED, '1');
  assert.match(env.CGO_CFLAGS!, /^-O2 -g -I/);
  assert.match(env.CGO_LDFLAGS!, /^-L\/opt\/lib -L\/venv/);
});

test('a python without TensorFlow is an input error naming python', () => {
  assert.throws(() => installFromProbe('/usr/bin/python3', { executable: '/usr/bin/python3', pythonVersion: '3.11.2', error: 'no-tensorflow' }), /Input 'python': \/usr\/bin\/python3 \(Python 3\.11\.2\) has no TensorFlow/);
});
