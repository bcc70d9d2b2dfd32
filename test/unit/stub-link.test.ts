// Which libraries get stubs, and how the flags change to link against them: only the -L
// folder, each folder once, RUNPATH flags untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { failedRegardlessOfStubs } from '../../src/stubs/relink.ts';
import { cgoEnvironment } from '../../src/flags/cgo-flags.ts';
import { plannedLibraries, stubbedFlags } from '../../src/stubs/link.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const tf = { dir: '/venv/tensorflow', version: '2.21.0', libraries: ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'] };
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
  const env = cgoEnvironment(stubbedFlags(plan, tf.dir, '/cache/stubs/k'), { CGO_LDFLAGS: '-L/usr/local/lib' });
  assert.equal(
    env.CGO_LDFLAGS,
    '-L/usr/local/lib -L/cache/stubs/k -l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2 -Wl,-z,defs -Wl,-rpath,/venv/tensorflow',
  );
});

test('with a bindings link folder the stub folder takes its place, first, and appears once', () => {
  const env = cgoEnvironment(stubbedFlags({ ...plan, linkDir: '/tmp/link' }, tf.dir, '/cache/stubs/k'), {
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

test('a build that fails for reasons the stubs cannot cause is not rebuilt against the real libraries', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfdir-'));
  try {
    fs.writeFileSync(path.join(dir, 'libtensorflow_cc.so.2'), '');
    const error = (kind: Diagnostic['kind'], library?: string): Diagnostic => ({
      severity: 'error',
      kind,
      stage: 'build',
      title: kind,
      message: kind,
      ...(library ? { library } : {}),
    });
    assert.equal(failedRegardlessOfStubs([error('go-compile-error')], dir), true);
    assert.equal(failedRegardlessOfStubs([error('missing-library', 'tensorflow_missing'), error('missing-header')], dir), true);
    // What the stub folder answers, or the real folder holds, may differ between the two links.
    assert.equal(failedRegardlessOfStubs([error('missing-library', 'tensorflow')], dir), false);
    assert.equal(failedRegardlessOfStubs([error('missing-library', 'libtensorflow_cc.so.2')], dir), false);
    assert.equal(failedRegardlessOfStubs([error('undefined-reference')], dir), false);
    assert.equal(failedRegardlessOfStubs([error('go-compile-error'), error('undefined-reference')], dir), false);
    // Undefined only on names the flags stage found in no TensorFlow library: the real ones lack them too.
    const undefinedRef = (symbol: string): Diagnostic => ({ ...error('undefined-reference'), symbol });
    assert.equal(failedRegardlessOfStubs([undefinedRef('TF_Gone')], dir, ['TF_Gone']), true);
    assert.equal(failedRegardlessOfStubs([undefinedRef('TF_Gone'), error('missing-header')], dir, ['TF_Gone']), true);
    assert.equal(failedRegardlessOfStubs([undefinedRef('TF_Gone'), undefinedRef('TF_Version')], dir, ['TF_Gone']), false);
    assert.equal(failedRegardlessOfStubs([undefinedRef('TF_Gone')], dir), false);
    // No parsed error at all: an unknown failure is rebuilt, to be safe.
    assert.equal(failedRegardlessOfStubs([], dir), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
