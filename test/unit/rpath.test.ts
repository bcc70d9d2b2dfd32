// The `rpath` and `install-dir` inputs: the flags and the input errors. A real build with
// the $ORIGIN RUNPATH is in test/integration/rpath.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativePathToTensorflow, rpathFlags } from '../../src/flags/rpath.ts';
import { normalizeInstallDir, parseRpathSetting } from '../../src/input-values.ts';

test('auto: nothing without install-dir; $ORIGIN relative to site-packages/tensorflow with one', () => {
  assert.deepEqual(rpathFlags('auto'), []);
  assert.deepEqual(rpathFlags('auto', ''), []);
  assert.deepEqual(rpathFlags('auto', 'tensorflow_io/python/ops', 'linux'), [
    '-Wl,-rpath,$ORIGIN/../../../tensorflow',
    '-Wl,--enable-new-dtags',
  ]);
  assert.deepEqual(rpathFlags('', 'mypkg', 'linux'), ['-Wl,-rpath,$ORIGIN/../tensorflow', '-Wl,--enable-new-dtags']);
  assert.deepEqual(rpathFlags('auto', '.', 'linux'), ['-Wl,-rpath,$ORIGIN/tensorflow', '-Wl,--enable-new-dtags']);
  assert.deepEqual(rpathFlags('auto', 'tensorflow', 'linux'), ['-Wl,-rpath,$ORIGIN', '-Wl,--enable-new-dtags']);
  assert.deepEqual(rpathFlags('auto', 'tensorflow/python/ops/', 'linux'), ['-Wl,-rpath,$ORIGIN/../..', '-Wl,--enable-new-dtags']);
  assert.deepEqual(rpathFlags('auto', './a//b/../c', 'darwin'), ['-Wl,-rpath,@loader_path/../../tensorflow']);
  assert.equal(relativePathToTensorflow('tensorflow_io/python/ops'), '../../../tensorflow');
});

test('none gives nothing; an explicit value is used as given, even with install-dir', () => {
  assert.deepEqual(rpathFlags('none', 'tensorflow_io/python/ops'), []);
  assert.deepEqual(rpathFlags('/opt/tf/lib', 'tensorflow_io/python/ops', 'linux'), ['-Wl,-rpath,/opt/tf/lib', '-Wl,--enable-new-dtags']);
  assert.deepEqual(rpathFlags('$ORIGIN/lib:$ORIGIN/../tf', undefined, 'linux'), [
    '-Wl,-rpath,$ORIGIN/lib:$ORIGIN/../tf',
    '-Wl,--enable-new-dtags',
  ]);
  assert.equal(parseRpathSetting('  '), 'auto');
});

test('input errors name the input and say what to give', () => {
  assert.throws(
    () => normalizeInstallDir('/usr/lib/python3/site-packages/x'),
    /^Error: Input 'install-dir': '\/usr\/lib\/python3\/site-packages\/x' is an absolute path/,
  );
  assert.throws(() => rpathFlags('auto', '../outside'), /Input 'install-dir': '\.\.\/outside' leaves site-packages/);
  assert.throws(() => rpathFlags('auto', 'a/../../b'), /Input 'install-dir': 'a\/\.\.\/\.\.\/b' leaves site-packages/);
  assert.throws(() => rpathFlags('auto', 'C:\\python\\Lib'), /Input 'install-dir'.*absolute/);
  assert.throws(() => rpathFlags('/a,/b'), /Input 'rpath': '\/a,\/b' contains a comma/);
  assert.equal(normalizeInstallDir('a\\b\\'), 'a/b');
});
