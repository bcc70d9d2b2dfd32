import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cgoEnvironment } from '../../src/flags/cgo-flags.ts';
import { quoteFlag } from '../../src/util/cgo-quoting.ts';
import { installFromProbe, cxx11AbiFlagFor } from '../../src/resolve/tensorflow.ts';
import { readInputs } from '../../src/inputs.ts';
import { InputError } from '../../src/input-error.ts';
import { fixturePackage, makeWorkspace, removeWorkspace } from '../helpers/workspace.ts';

const plan = {
  cflags: ['-I/venv/site-packages/tensorflow/include', '-D_GLIBCXX_USE_CXX11_ABI=1'],
  ldflags: ['-L/venv/site-packages/tensorflow', '-l:libtensorflow_cc.so.2', '-Wl,-z,defs', '-Wl,-rpath,$ORIGIN/../tensorflow'],
};

test('paths with spaces, and $ORIGIN, are quoted for cmd/go, which splits without a shell', () => {
  assert.equal(quoteFlag('-I/a b/include', 'python'), `'-I/a b/include'`);
  assert.equal(quoteFlag(`-I/it's`, 'python'), `"-I/it's"`);
  assert.equal(
    cgoEnvironment(plan, { CGO_LDFLAGS: '' }).CGO_LDFLAGS,
    `-L/venv/site-packages/tensorflow -l:libtensorflow_cc.so.2 -Wl,-z,defs '-Wl,-rpath,$ORIGIN/../tensorflow'`,
  );
});

test('a TensorFlow folder cmd/go cannot quote is an input error naming python and the fix', () => {
  const tf = `/home/o'neil/"venv"/site-packages/tensorflow`;
  assert.throws(
    () => cgoEnvironment({ cflags: [`-I${tf}/include`], ldflags: [`-L${tf}`] }, {}),
    (e: unknown) =>
      e instanceof InputError &&
      e.input === 'python' &&
      /both ' and "/.test(e.message) &&
      /Use a folder whose path has no quotes/.test(e.message),
  );
});

test('an install-dir or rpath cmd/go cannot quote is refused when the input is read', () => {
  const ws = makeWorkspace(fixturePackage('hello'));
  try {
    const read = (values: Record<string, string>) => readInputs((name) => values[name] ?? '', { workspace: ws });
    assert.ok(read({}).link);
    assert.throws(
      () => read({ 'install-dir': `pkg/it's "ops"` }),
      (e: unknown) => e instanceof InputError && e.input === 'install-dir' && /^Input 'install-dir': .*both ' and "/.test(e.message),
    );
    assert.throws(
      () => read({ rpath: `/opt/it's "lib"` }),
      (e: unknown) => e instanceof InputError && e.input === 'rpath' && /both ' and "/.test(e.message),
    );
  } finally {
    removeWorkspace(ws);
  }
});

test('the bindings link folder comes first, ahead of the user flags, and every -L folder appears once', () => {
  const env = cgoEnvironment({ ...plan, linkDir: '/t/link dir' }, { CGO_LDFLAGS: '-L/usr/local/lib -lfoo' });
  assert.equal(
    env.CGO_LDFLAGS,
    `'-L/t/link dir' -L/usr/local/lib -lfoo -L/venv/site-packages/tensorflow -l:libtensorflow_cc.so.2 -Wl,-z,defs '-Wl,-rpath,$ORIGIN/../tensorflow'`,
  );
  for (const folder of ['/t/link dir', '/usr/local/lib', '/venv/site-packages/tensorflow']) {
    assert.equal(env.CGO_LDFLAGS.split(`-L${folder}`).length - 1, 1, folder);
  }
});

test('a step after mode: setup, whose environment already holds these flags, gets them once', () => {
  const first = cgoEnvironment({ ...plan, linkDir: '/t/link' }, { CGO_LDFLAGS: '-L/opt/lib' });
  assert.deepEqual(cgoEnvironment({ ...plan, linkDir: '/t/link' }, first), first);
  // Another package's flags: only the words not there yet are added, so each -L stays single.
  const other = cgoEnvironment({ cflags: ['-I/other/include'], ldflags: ['-L/venv/site-packages/tensorflow', '-l:libother.so'] }, first);
  assert.equal(other.CGO_CFLAGS, `${first.CGO_CFLAGS} -I/other/include`);
  assert.equal(other.CGO_LDFLAGS, `${first.CGO_LDFLAGS} -l:libother.so`);
});

test("the user environment is kept, and cmd/go's CFLAGS and CXXFLAGS defaults are not lost", () => {
  const env = cgoEnvironment(plan, { CGO_LDFLAGS: '-L/opt/lib' });
  assert.equal(env.CGO_CXXFLAGS, '-O2 -g -I/venv/site-packages/tensorflow/include -D_GLIBCXX_USE_CXX11_ABI=1');
  const cxx = cgoEnvironment({ ...plan, cxxflags: ['--std=c++17'] }, { CGO_CXXFLAGS: '-O1' });
  assert.equal(cxx.CGO_CXXFLAGS, '-O1 -I/venv/site-packages/tensorflow/include -D_GLIBCXX_USE_CXX11_ABI=1 --std=c++17');
  assert.doesNotMatch(cxx.CGO_CFLAGS!, /--std/, 'a C++ standard in CGO_CFLAGS breaks runtime/cgo');
  assert.equal(env.CGO_ENABLED, '1');
  assert.equal(env.CGO_CFLAGS, '-O2 -g -I/venv/site-packages/tensorflow/include -D_GLIBCXX_USE_CXX11_ABI=1');
  assert.match(env.CGO_LDFLAGS!, /^-L\/opt\/lib -L\/venv/);
  assert.match(cgoEnvironment(plan, { CGO_CFLAGS: '-O0' }).CGO_CFLAGS!, /^-O0 -I/);
});

test("the probe finds TensorFlow's folders, libraries and C++ ABI without importing it", () => {
  const tf = installFromProbe('python3', {
    executable: '/venv/bin/python3',
    pythonVersion: '3.11.7',
    dir: '/venv/site-packages/tensorflow',
    version: '2.21.0',
    distribution: 'tensorflow-cpu',
    files: ['__init__.py', 'include', 'libtensorflow_cc.so.2', 'libtensorflow_framework.so.2', 'python'],
  });
  assert.equal(tf.includeDir, '/venv/site-packages/tensorflow/include');
  assert.deepEqual(tf.libraries, ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2']);
  assert.equal(tf.cxx11AbiFlag, 1);
  assert.equal(cxx11AbiFlagFor('2.8.4'), 0);
  assert.equal(cxx11AbiFlagFor('2.9.0'), 1);
});

test('a python without TensorFlow is an input error naming python', () => {
  assert.throws(
    () => installFromProbe('/usr/bin/python3', { executable: '/usr/bin/python3', pythonVersion: '3.11.2', error: 'no-tensorflow' }),
    /Input 'python': \/usr\/bin\/python3 \(Python 3\.11\.2\) has no TensorFlow/,
  );
});
