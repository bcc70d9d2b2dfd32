import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import {
  TF_RELEASES,
  checkCompatibility,
  defaultTfPackage,
  findRelease,
  graftMinorToTfMinor,
  knownPythonMinors,
  newestCompatible,
  recommendedPython,
} from '../../src/setup/tf-compat.ts';
import { cxx11AbiFlagFor } from '../../src/resolve/tensorflow.ts';

const linux = { platform: 'linux', arch: 'x64', glibc: '2.39', packageName: 'tensorflow-cpu' as const, pythonLabel: 'python3' };

test('the table covers TensorFlow 2.12 to 2.21, newest first, with their Python ranges and glibc floors', () => {
  assert.deepEqual(
    TF_RELEASES.map((r) => r.minor),
    ['2.21', '2.20', '2.19', '2.18', '2.17', '2.16', '2.15', '2.14', '2.13', '2.12'],
  );
  assert.deepEqual(findRelease('2.21.0')!.python, ['3.10', '3.13']);
  assert.deepEqual(findRelease('2.20')!.python, ['3.9', '3.13']);
  assert.deepEqual(findRelease('2.16.2')!.python, ['3.9', '3.12']);
  assert.deepEqual(findRelease('2.15.0.post1')!.python, ['3.9', '3.11']);
  assert.deepEqual(findRelease('2.12.1')!.python, ['3.8', '3.11']);
  assert.equal(findRelease('2.21.0')!.glibc, '2.27');
  assert.equal(findRelease('2.21.0')!.manylinux, 'manylinux_2_27');
  assert.ok(TF_RELEASES.slice(1).every((r) => r.glibc === '2.17' && r.manylinux === 'manylinux2014'));
  assert.equal(findRelease('2.11.0'), undefined);
  assert.deepEqual(knownPythonMinors(), ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']);
});

test("the table's C++ ABI agrees with the -D_GLIBCXX_USE_CXX11_ABI the build passes for each release", () => {
  for (const r of TF_RELEASES) assert.equal(r.cxx11Abi, cxx11AbiFlagFor(`${r.minor}.0`), r.minor);
});

test('a fitting combination has no problems', () => {
  assert.deepEqual(checkCompatibility({ ...linux, tf: '2.21.0', python: '3.11.7', glibc: '2.36' }), []);
  assert.deepEqual(checkCompatibility({ ...linux, tf: '2.12', python: '3.8.18', glibc: '2.17' }), []);
  // Versions the table does not know are left to pip.
  assert.deepEqual(checkCompatibility({ ...linux, tf: '2.22.0', python: '3.9' }), []);
});

test('too old a Python: names a Python for that TF and the newest TF for that Python', () => {
  assert.deepEqual(checkCompatibility({ ...linux, tf: '2.21.0', python: '3.9.18' }), [
    {
      kind: 'python',
      message: 'TensorFlow 2.21 supports Python 3.10-3.13; python3 is 3.9: use actions/setup-python with 3.12, or tensorflow-version 2.20',
    },
  ]);
  const [p] = checkCompatibility({ ...linux, tf: '2.14', python: '3.8' });
  assert.equal(
    p!.message,
    'TensorFlow 2.14 supports Python 3.9-3.11; python3 is 3.8: use actions/setup-python with 3.10, or tensorflow-version 2.13',
  );
});

test('too new a Python: says no release supports it yet', () => {
  const [p] = checkCompatibility({ ...linux, tf: '2.16', python: '3.14.0' });
  assert.equal(
    p!.message,
    'TensorFlow 2.16 supports Python 3.9-3.12; python3 is 3.14: use actions/setup-python with 3.11 (no TensorFlow release up to 2.21 supports Python 3.14)',
  );
});

test('glibc below the wheel floor, and a Linux without glibc', () => {
  assert.deepEqual(checkCompatibility({ ...linux, tf: '2.21.0', python: '3.12', glibc: '2.26' }), [
    {
      kind: 'glibc',
      message:
        'TensorFlow 2.21 wheels need glibc 2.27 or newer (manylinux_2_27); this machine has glibc 2.26: use a newer runner image (ubuntu-22.04 or later), or tensorflow-version 2.20',
    },
  ]);
  assert.deepEqual(checkCompatibility({ ...linux, tf: '2.20.0', python: '3.12', glibc: '2.26' }), []);
  const [musl] = checkCompatibility({ ...linux, tf: '2.20.0', python: '3.12', glibc: '' });
  assert.equal(musl!.kind, 'libc');
  assert.match(musl!.message, /no glibc/);
  // glibc does not apply on macOS.
  assert.deepEqual(checkCompatibility({ tf: '2.21.0', python: '3.12', platform: 'darwin', arch: 'arm64', packageName: 'tensorflow' }), []);
});

test('platforms without wheels: tensorflow-cpu on arm64, macOS x86-64 after 2.16', () => {
  const [arm] = checkCompatibility({ tf: '2.21.0', python: '3.12', platform: 'darwin', arch: 'arm64', packageName: 'tensorflow-cpu' });
  assert.equal(arm!.message, 'tensorflow-cpu 2.21 has no wheel for macOS arm64: set tensorflow-package to tensorflow');
  const [linuxArm] = checkCompatibility({
    tf: '2.20.0',
    python: '3.12',
    glibc: '2.35',
    platform: 'linux',
    arch: 'arm64',
    packageName: 'tensorflow-cpu',
  });
  assert.equal(linuxArm!.message, 'tensorflow-cpu 2.20 has no wheel for Linux arm64: set tensorflow-package to tensorflow');
  const [intelMac] = checkCompatibility({ tf: '2.17', python: '3.11', platform: 'darwin', arch: 'x64', packageName: 'tensorflow' });
  assert.equal(intelMac!.message, 'tensorflow 2.17 has no wheel for macOS x86-64: tensorflow-version 2.16');
});

// The aarch64 wheel names on the package index's simple page of tensorflow for 2.12-2.21 (no
// pre-releases), saved 2026-12-05 from pip's default index; tensorflow-cpu's page lists none.
test("the table's Linux arm64 wheels, Python ranges and glibc floors are the package index's aarch64 wheels", () => {
  const file = path.join(repoRoot, 'test/fixtures/tf/index-tensorflow-aarch64-wheels.txt');
  const seen = new Map<string, { pythons: Set<string>; floors: Set<string> }>();
  for (const name of fs.readFileSync(file, 'utf8').trim().split('\n')) {
    const m = /^tensorflow-(\d+\.\d+)\.\d+-cp3(\d+)-cp3\d+-manylinux_(\d+)_(\d+)_aarch64/.exec(name);
    assert.ok(m, name);
    const entry = seen.get(m[1]!) ?? { pythons: new Set(), floors: new Set() };
    entry.pythons.add(`3.${m[2]}`);
    entry.floors.add(`${m[3]}.${m[4]}`);
    seen.set(m[1]!, entry);
  }
  assert.deepEqual([...seen.keys()].sort(), TF_RELEASES.map((r) => r.minor).sort());
  for (const r of TF_RELEASES) {
    const wheels = seen.get(r.minor)!;
    assert.ok(r.wheels.tensorflow.includes('linux-arm64') && !r.wheels['tensorflow-cpu'].includes('linux-arm64'), r.minor);
    assert.deepEqual([...wheels.floors], [r.glibc], r.minor);
    const pythons = [...wheels.pythons].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
    assert.deepEqual([pythons[0], pythons.at(-1)], [...r.python], r.minor);
  }
});

test('the default package is tensorflow-cpu on x64 and tensorflow on arm64, where it alone has wheels', () => {
  assert.equal(defaultTfPackage('x64'), 'tensorflow-cpu');
  assert.equal(defaultTfPackage('arm64'), 'tensorflow');
  for (const arch of ['x64', 'arm64'])
    assert.deepEqual(
      checkCompatibility({ tf: '2.21.0', python: '3.12', glibc: '2.39', platform: 'linux', arch, packageName: defaultTfPackage(arch) }),
      [],
      arch,
    );
});

test('newestCompatible and recommendedPython', () => {
  assert.equal(newestCompatible({ ...linux, python: '3.9' })!.minor, '2.20');
  assert.equal(newestCompatible({ ...linux, python: '3.8' })!.minor, '2.13');
  assert.equal(newestCompatible({ ...linux, python: '3.12', glibc: '2.17' })!.minor, '2.20');
  assert.equal(newestCompatible({ ...linux, python: '3.14' }), undefined);
  assert.equal(recommendedPython(findRelease('2.21')!), '3.12');
  assert.equal(recommendedPython(findRelease('2.12')!), '3.10');
});

test('graft minor numbering follows TF minors', () => {
  assert.equal(graftMinorToTfMinor('v0.10.0'), '2.18');
  assert.equal(graftMinorToTfMinor('v0.1.2'), '2.9');
  assert.equal(graftMinorToTfMinor('v0.0.0-20240101000000-abcdef123456'), undefined);
  assert.equal(graftMinorToTfMinor('v1.0.0'), undefined);
});
