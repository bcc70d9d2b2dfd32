// The PEP 440 reading in src/setup/tf-version.ts against a maintained implementation: Python's
// `packaging` (in the TensorFlow virtualenv) answers, for the specifiers users write and the
// versions TensorFlow publishes (post, dev and rc releases included), whether pip without --pre
// takes the version: a prerelease only when the specifier names one. Ours must agree, except
// that a post release counts as its release.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import semver from 'semver';
import { runProcess } from '../../src/util/process.ts';
import { pep440ToSemver, pepVersionToSemver } from '../../src/setup/tf-version.ts';
import { tfPython } from '../helpers/env.ts';

const SPECIFIERS = [
  '==2.15.0',
  '==2.15.*',
  '!=2.15.0',
  '>=2.15.0',
  '>2.15.0',
  '<=2.15.0',
  '<2.16',
  '~=2.15.0',
  '~=2.15',
  '>=2.15,<2.17',
  '>=2.16.0rc0,<2.17',
  '==2.16.0rc1',
];
const VERSIONS = [
  '2.14.1',
  '2.15.0',
  '2.15.0.post1',
  '2.15.1',
  '2.16.0.dev20240101',
  '2.16.0rc0',
  '2.16.0rc1',
  '2.16.0',
  '2.16.1',
  '2.17.0',
];

/** packaging's answers, as {"spec|version": bool}, for the versions given. */
async function packagingAnswers(versions: readonly string[]): Promise<Record<string, boolean>> {
  const script = `
import json, sys
from packaging.specifiers import SpecifierSet
specs, versions = json.loads(sys.stdin.read())
def takes(spec, version):
    s = SpecifierSet(spec)
    return s.contains(version, prereleases=bool(s.prereleases))
print(json.dumps({f"{s}|{v}": takes(s, v) for s in specs for v in versions}))
`;
  const run = await runProcess(tfPython(), ['-c', script], { input: JSON.stringify([SPECIFIERS, versions]), timeoutMs: 60_000 });
  assert.equal(run.exitCode, 0, run.combined);
  return JSON.parse(run.stdout) as Record<string, boolean>;
}

const ours = (spec: string, version: string) => semver.satisfies(pepVersionToSemver(version), pep440ToSemver(spec));

test("pep440ToSemver and pepVersionToSemver agree with Python's packaging on releases, rc and dev releases", async () => {
  const plain = VERSIONS.filter((v) => !v.includes('post'));
  const expected = await packagingAnswers(plain);
  const disagreements = SPECIFIERS.flatMap((spec) =>
    plain.flatMap((v) => (ours(spec, v) === expected[`${spec}|${v}`] ? [] : [`${spec} ${v}: packaging ${expected[`${spec}|${v}`]}`])),
  );
  assert.deepEqual(disagreements, []);
  assert.ok(Object.values(expected).includes(false) && Object.values(expected).includes(true), 'the matrix has both answers');
});

test('a post release is taken exactly where packaging takes its release', async () => {
  const expected = await packagingAnswers(['2.15.0']);
  for (const spec of SPECIFIERS) assert.equal(ours(spec, '2.15.0.post1'), expected[`${spec}|2.15.0`], spec);
});
