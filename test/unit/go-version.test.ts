import { test } from 'node:test';
import assert from 'node:assert/strict';
import semver from 'semver';
import { InputError } from '../../src/input-error.ts';
import { goVersionToSemver, normalizeSpec, parseGoVersionFile, semverToGoVersion } from '../../src/setup/go-version.ts';

test('Go version strings become semver', () => {
  assert.equal(goVersionToSemver('go1.21rc2'), '1.21.0-rc.2');
  assert.equal(goVersionToSemver('go1.20'), '1.20.0');
  assert.equal(goVersionToSemver('go1.21.0'), '1.21.0');
  assert.equal(goVersionToSemver('go1.9beta1'), '1.9.0-beta.1');
  assert.equal(goVersionToSemver('go1'), '1.0.0');
  assert.equal(goVersionToSemver('1.26.8'), '1.26.8');
  // GOVERSION can carry experiment tags after a space.
  assert.equal(goVersionToSemver('go1.26.8 X:nodwarf5'), '1.26.8');
  assert.equal(goVersionToSemver('devel go1.27-abcdef Tue'), undefined);
  assert.equal(goVersionToSemver('latest'), undefined);
});

test('semver becomes the version Go uses in file names', () => {
  assert.equal(semverToGoVersion('1.21.0-rc.2'), 'go1.21rc2');
  assert.equal(semverToGoVersion('1.20.0'), 'go1.20');
  assert.equal(semverToGoVersion('1.21.0'), 'go1.21.0');
  assert.equal(semverToGoVersion('1.9.0-beta.1'), 'go1.9beta1');
  assert.equal(semverToGoVersion('1.26.8'), 'go1.26.8');
  for (const go of ['go1.21rc2', 'go1.20', 'go1.20.3', 'go1.21.0', 'go1.9beta1', 'go1.27rc1']) {
    assert.equal(semverToGoVersion(goVersionToSemver(go)!), go, go);
  }
  assert.throws(() => semverToGoVersion('1.26'), InputError);
});

test('Go versions order as semver: rc < release, 1.20 < 1.20.1 < 1.21rc2 < 1.21.0', () => {
  const order = ['go1.9beta1', 'go1.20', 'go1.20.1', 'go1.21rc2', 'go1.21.0', 'go1.21.1'].map((v) => goVersionToSemver(v)!);
  for (let i = 1; i < order.length; i++) assert.ok(semver.gt(order[i]!, order[i - 1]!), `${order[i]} > ${order[i - 1]}`);
});

test('a minor-only spec means that minor line, without prereleases unless named', () => {
  assert.equal(normalizeSpec('1.21'), '~1.21');
  assert.equal(normalizeSpec(' go1.21 '), '~1.21');
  assert.equal(normalizeSpec('v1.26'), '~1.26');
  assert.equal(normalizeSpec('1'), '^1');
  const r = normalizeSpec('1.21');
  assert.ok(semver.satisfies('1.21.0', r));
  assert.ok(semver.satisfies('1.21.13', r));
  assert.ok(!semver.satisfies('1.22.0', r));
  assert.ok(!semver.satisfies('1.21.0-rc.2', r));
  assert.equal(normalizeSpec('go1.21rc2'), '1.21.0-rc.2');
  assert.equal(normalizeSpec('1.21rc2'), '1.21.0-rc.2');
  assert.ok(semver.satisfies('1.21.0-rc.2', normalizeSpec('1.21rc2')));
});

test('exact versions, ranges and aliases pass through', () => {
  assert.equal(normalizeSpec('1.26.8'), '1.26.8');
  assert.equal(normalizeSpec('>=1.25'), '>=1.25');
  assert.equal(normalizeSpec('^1.25'), '^1.25');
  assert.equal(normalizeSpec('1.25.x'), '1.25.x');
  assert.equal(normalizeSpec('stable'), 'stable');
  assert.equal(normalizeSpec('oldstable'), 'oldstable');
});

test('a spec that is not a version says which input is wrong', () => {
  for (const bad of ['', 'latest', 'one.two', '1.2.3.4.5']) {
    assert.throws(
      () => normalizeSpec(bad),
      (e: unknown) => e instanceof InputError && e.input === 'go-version' && /go-version/.test(e.message),
      bad,
    );
  }
});

test('go.mod: the toolchain line wins over the go line', () => {
  const text = 'module example.com/m\n\ngo 1.25.0 // minimum\n\ntoolchain go1.26.8\n\nrequire golang.org/x/sys v0.30.0\n';
  assert.equal(parseGoVersionFile('/repo/go.mod', text), '1.26.8');
});

test('go.mod: the go line when there is no toolchain line (or toolchain default)', () => {
  assert.equal(parseGoVersionFile('go.mod', 'module m\n\ngo 1.21\n'), '1.21');
  assert.equal(parseGoVersionFile('go.mod', 'module m\r\ngo 1.22.3\r\ntoolchain default\r\n'), '1.22.3');
  // A comment mentioning a toolchain is not a toolchain line.
  assert.equal(parseGoVersionFile('go.mod', 'module m\n// toolchain go1.99.0\ngo 1.24\n'), '1.24');
  assert.equal(parseGoVersionFile('go.mod', 'module m\n'), undefined);
});

test('go.work is read like go.mod', () => {
  assert.equal(parseGoVersionFile('sub/go.work', 'go 1.25.1\n\ntoolchain go1.26rc1\n\nuse (\n\t./a\n\t./b\n)\n'), '1.26rc1');
  assert.equal(normalizeSpec(parseGoVersionFile('go.work', 'go 1.25.1\ntoolchain go1.26rc1\n')!), '1.26.0-rc.1');
});

test('.go-version and .tool-versions', () => {
  assert.equal(parseGoVersionFile('.go-version', '1.26.8\n'), '1.26.8');
  assert.equal(parseGoVersionFile('.go-version', '\n# pinned\ngo1.25\n'), '1.25');
  assert.equal(parseGoVersionFile('.go-version', '\n\n'), undefined);
  assert.equal(parseGoVersionFile('.tool-versions', 'nodejs 24.9.0\ngolang 1.26.8 # ci\npython 3.11.9\n'), '1.26.8');
  assert.equal(parseGoVersionFile('.tool-versions', 'nodejs 24.9.0\n'), undefined);
});
