// Which libraries get stubs, and how the flags change to link against them: only the -L
// folder, each folder once, RUNPATH flags untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cgoEnvironment } from '../../src/flags/cgo-flags.ts';
import { plannedLibraries, stubbedFlags } from '../../src/flags/stub-link.ts';

const tf = { libDir: '/venv/tensorflow', version: '2.21.0', libraries: ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'] };
const plan = {
  cflags: ['-I/venv/tensorflow/include'],
  ldflags: [
    '-L/venv/tensorflow',
    '-l:libtensorflow_framework.so.2',
    '-l:libtensorflow_cc.so.2',
    '-Wl,-z,defs',
    '-Wl,-rpath,/venv/tensorflow',
  ],
};

test('the stub folder replaces the TensorFlow -L folder only; a RUNPATH to the real folder stays', () => {
  const env = cgoEnvironment(stubbedFlags(plan, tf.libDir, '/cache/stubs/k'), { CGO_LDFLAGS: '-L/usr/local/lib' });
  assert.equal(
    env.CGO_LDFLAGS,
    '-L/usr/local/lib -L/cache/stubs/k -l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2 -Wl,-z,defs -Wl,-rpath,/venv/tensorflow',
  );
});

test('with a bindings link folder the stub folder takes its place, first, and appears once', () => {
  const env = cgoEnvironment(stubbedFlags({ ...plan, linkDir: '/tmp/link' }, tf.libDir, '/cache/stubs/k'), {
    CGO_LDFLAGS: '-L/usr/local/lib',
  });
  assert.equal(
    env.CGO_LDFLAGS,
    '-L/cache/stubs/k -L/usr/local/lib -l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2 -Wl,-z,defs -Wl,-rpath,/venv/tensorflow',
  );
  assert.doesNotMatch(env.CGO_LDFLAGS, /-L\/tmp\/link|-L\/venv/);
});

test('stubs are made for the libraries the plan links and those the bindings folder points at', () => {
  assert.deepEqual(plannedLibraries({ computedLibraries: [':libtensorflow_framework.so.2'] }, tf), [
    '/venv/tensorflow/libtensorflow_framework.so.2',
  ]);
  assert.deepEqual(plannedLibraries({ computedLibraries: [':libtensorflow_framework.so.2'], linkDir: '/tmp/link' }, tf), [
    '/venv/tensorflow/libtensorflow_framework.so.2',
    '/venv/tensorflow/libtensorflow_cc.so.2',
  ]);
  assert.deepEqual(plannedLibraries({ computedLibraries: [] }, tf), []);
  // macOS names map back to their .dylib file (which prepareStubs then declines with a reason).
  assert.deepEqual(
    plannedLibraries({ computedLibraries: ['tensorflow_framework.2'] }, { ...tf, libraries: ['libtensorflow_framework.2.dylib'] }),
    ['/venv/tensorflow/libtensorflow_framework.2.dylib'],
  );
});
