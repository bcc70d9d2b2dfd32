import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { repoRoot } from '../helpers/env.ts';
import {
  findTfPin,
  inferTfFromGoMod,
  parseVersionInput,
  pep440ToSemver,
  olderBindingsNotice,
  pinToRequest,
  semverToPep440,
  pepVersionToSemver,
} from '../../src/setup/tf-version.ts';
import { parsePyproject, parseRequirementsTxt, parseSetupCfg, parseVersionFile } from '../../src/setup/tf-requirement-files.ts';
import { InputError } from '../../src/input-error.ts';

const fixture = (name: string) => {
  const file = path.join(repoRoot, 'test', 'fixtures', 'tf', name);
  return { file, text: fs.readFileSync(file, 'utf8') };
};

test('tensorflow-version: exact versions, ranges, PEP 440 and latest', () => {
  assert.deepEqual(parseVersionInput('2.21.0'), { kind: 'exact', version: '2.21.0', text: '2.21.0' });
  assert.deepEqual(parseVersionInput('v2.18.1'), { kind: 'exact', version: '2.18.1', text: 'v2.18.1' });
  assert.deepEqual(parseVersionInput('2.15.0.post1'), { kind: 'exact', version: '2.15.0.post1', text: '2.15.0.post1' });
  assert.equal(parseVersionInput('latest').kind, 'latest');
  assert.equal(parseVersionInput(' LATEST ').kind, 'latest');
  const cases: Array<[string, string[], string[]]> = [
    // input, versions inside, versions outside
    ['2.20', ['2.20.0', '2.20.9'], ['2.19.1', '2.21.0']],
    ['~2.21', ['2.21.0', '2.21.3'], ['2.22.0', '2.20.0']],
    ['>=2.18 <2.22', ['2.18.0', '2.21.0'], ['2.17.1', '2.22.0']],
    ['^2.18', ['2.18.0', '2.21.0'], ['2.17.0', '3.0.0']],
    ['==2.21.*', ['2.21.0'], ['2.22.0']],
    ['>=2.18,<2.22,!=2.19.0', ['2.18.1', '2.19.1'], ['2.19.0', '2.22.0']],
  ];
  for (const [input, inside, outside] of cases) {
    const request = parseVersionInput(input);
    assert.equal(request.kind, 'range', input);
    const range = request.kind === 'range' ? request.range : '';
    for (const v of inside) assert.ok(semver.satisfies(v, range), `${input} should take ${v} (${range})`);
    for (const v of outside) assert.ok(!semver.satisfies(v, range), `${input} should not take ${v} (${range})`);
  }
});

test('tensorflow-version: nonsense is refused naming the input', () => {
  assert.throws(
    () => parseVersionInput('banana'),
    (e: unknown) => e instanceof InputError && e.input === 'tensorflow-version' && /'banana' is not a version/.test(e.message),
  );
  assert.throws(
    () => parseVersionInput('<2.18,>=2.19'),
    (e: unknown) => e instanceof InputError && /no version satisfies/.test(e.message),
  );
});

test('PEP 440 specifiers become semver ranges', () => {
  assert.equal(pep440ToSemver('==2.21.0'), '2.21.0');
  assert.equal(pep440ToSemver('==2.21.*'), '>=2.21.0 <2.22.0');
  assert.equal(pep440ToSemver('~=2.20.0'), '>=2.20.0 <2.21.0');
  assert.equal(pep440ToSemver('~=2.20'), '>=2.20.0 <3.0.0');
  assert.equal(pep440ToSemver('>=2.18,<2.22'), '>=2.18.0 <2.22.0');
  assert.equal(pep440ToSemver('!=2.19.*'), '<2.19.0 || >=2.20.0');
  assert.equal(pep440ToSemver(''), '*');
  assert.equal(pep440ToSemver('==2.21.0rc1'), '2.21.0-rc.1');
  // Poetry constraints go through the same door.
  assert.equal(pep440ToSemver('^2.18'), '>=2.18.0 <3.0.0-0');
  assert.equal(pep440ToSemver('2.17.0'), '2.17.0');
  assert.throws(() => pep440ToSemver('~=2'), /two version parts/);
  assert.equal(pepVersionToSemver('2.15.0.post1'), '2.15.0');
});

test('semver ranges become pip specifiers', () => {
  assert.equal(semverToPep440('~2.21'), '==2.21.*');
  assert.equal(semverToPep440('2.20'), '==2.20.*');
  assert.equal(semverToPep440('2.x'), '==2.*');
  assert.equal(semverToPep440('>=2.18 <2.22'), '>=2.18.0,<2.22.0');
  assert.equal(semverToPep440('2.21.0'), '==2.21.0');
  assert.equal(semverToPep440('*'), '');
  assert.equal(semverToPep440('2.18 || 2.20'), undefined, 'a pip specifier cannot express alternatives');
  // Round trip keeps the meaning.
  for (const spec of ['>=2.18,<2.22', '==2.21.*', '~=2.20.0']) {
    const back = semverToPep440(pep440ToSemver(spec));
    assert.equal(pep440ToSemver(back!), pep440ToSemver(spec), spec);
  }
});

test('requirements.txt: comments, options, hashes, continuations and markers', () => {
  const { text } = fixture('requirements.txt');
  const reqs = parseRequirementsTxt(text);
  assert.deepEqual(
    reqs.map((r) => r.name),
    ['numpy', 'tensorflow-cpu', 'keras', 'requests'],
  );
  const pin = findTfPin(reqs)!;
  assert.equal(pin.requirement.name, 'tensorflow-cpu');
  assert.equal(pin.requirement.specifier, '==2.21.0');
  assert.equal(pin.requirement.marker, 'sys_platform == "linux"');
  assert.equal(pin.requirement.line, 9);
  assert.deepEqual(pinToRequest(pin.requirement), { kind: 'exact', version: '2.21.0', text: pin.requirement.text });
  assert.equal(reqs[0]!.specifier, '==1.26.4', 'the --hash continuation is not part of the specifier');
  assert.deepEqual(reqs[3]!.extras, ['socks']);
});

test('requirements.txt: ranges, extras, platform variants, and none at all', () => {
  const range = findTfPin(parseRequirementsTxt(fixture('requirements-range.txt').text))!;
  assert.equal(range.requirement.name, 'tensorflow');
  const request = pinToRequest(range.requirement);
  assert.equal(request.kind, 'range');
  assert.ok(request.kind === 'range' && semver.satisfies('2.21.0', request.range) && !semver.satisfies('2.22.0', request.range));

  const extras = findTfPin(parseRequirementsTxt(fixture('requirements-extras.txt').text))!;
  assert.deepEqual(extras.requirement.extras, ['and-cuda']);
  assert.equal(pinToRequest(extras.requirement).kind, 'exact');

  const variant = findTfPin(parseRequirementsTxt(fixture('requirements-variant.txt').text))!;
  assert.equal(variant.requirement.name, 'tensorflow-intel');
  assert.match(variant.note!, /no tensorflow or tensorflow-cpu requirement; using the version of tensorflow-intel \(line 2\)/);

  // tensorflow-hub is another package; a URL requirement has no version to read.
  assert.equal(findTfPin(parseRequirementsTxt(fixture('requirements-none.txt').text)), undefined);
});

test('pyproject.toml [project] dependencies', () => {
  const { file, text } = fixture('pep621/pyproject.toml');
  const reqs = parseVersionFile(file, text);
  assert.deepEqual(
    reqs.map((r) => r.name),
    ['numpy', 'protobuf', 'tensorflow-cpu', 'tensorflow', 'tensorflow', 'pytest', 'ruff'],
  );
  const pin = findTfPin(reqs)!.requirement;
  assert.equal(pin.name, 'tensorflow-cpu');
  assert.equal(pin.specifier, '>=2.18,<2.22');
  assert.equal(pin.marker, 'platform_system == "Linux"');
  assert.equal(pin.line, 14);
  assert.equal(reqs[1]!.specifier, '>=4.25,<6', 'a literal string with a trailing comment');
});

test('pyproject.toml Poetry dependency tables', () => {
  const poetry = parsePyproject(fixture('poetry/pyproject.toml').text);
  assert.deepEqual(
    poetry.map((r) => [r.name, r.specifier]),
    [
      ['numpy', '^1.26'],
      ['tensorflow', '^2.18'],
      ['grpcio', '~1.62'],
      ['pytest', '^8.0'],
      ['tensorflow-cpu', '2.17.0'],
    ],
  );
  const pin = findTfPin(poetry)!.requirement;
  assert.equal(pin.line, 12);
  const request = pinToRequest(pin);
  assert.ok(request.kind === 'range' && semver.satisfies('2.21.0', request.range) && !semver.satisfies('2.17.1', request.range));
  // A bare Poetry version means exactly that version.
  assert.deepEqual(pinToRequest(poetry[4]!), { kind: 'exact', version: '2.17.0', text: poetry[4]!.text });

  const table = findTfPin(parsePyproject(fixture('poetry-table/pyproject.toml').text))!.requirement;
  assert.deepEqual([table.name, table.specifier, table.line], ['tensorflow-cpu', '~2.19', 12]);
});

test('setup.cfg install_requires, with comments, before extras', () => {
  const reqs = parseSetupCfg(fixture('setupcfg/setup.cfg').text);
  assert.deepEqual(
    reqs.map((r) => r.name),
    ['numpy', 'tensorflow', 'requests', 'pytest', 'tensorflow-cpu'],
  );
  const pin = findTfPin(reqs)!.requirement;
  assert.deepEqual([pin.name, pin.specifier, pin.line], ['tensorflow', '~=2.17.0', 12]);
  const request = pinToRequest(pin);
  assert.ok(request.kind === 'range' && semver.satisfies('2.17.1', request.range) && !semver.satisfies('2.18.0', request.range));
});

test('go.mod: graft and tensorflow/tensorflow bindings give the TF version', () => {
  const graft = inferTfFromGoMod(fixture('graft/go.mod').text)!;
  assert.deepEqual(graft.request, { kind: 'exact', version: '2.18.0', text: '2.18.0' });
  assert.equal(graft.line, 9);
  assert.equal(graft.lineText, 'github.com/wamuir/graft v0.10.0');

  const tf = inferTfFromGoMod(fixture('tf-module/go.mod').text)!;
  assert.deepEqual(tf.request, { kind: 'exact', version: '2.14.0', text: '2.14.0' });
  assert.equal(tf.line, 6);

  const single = inferTfFromGoMod('module x\n\ngo 1.22\n\nrequire github.com/wamuir/graft v0.9.1 // pinned\n')!;
  assert.equal(single.request.kind === 'exact' && single.request.version, '2.17.1');
  // A release newer than the table: graft's minor numbering gives the TF minor.
  const newer = inferTfFromGoMod('module x\nrequire (\n\tgithub.com/wamuir/graft v0.11.2\n)\n')!;
  assert.equal(newer.request.kind, 'range');
  assert.ok(
    newer.request.kind === 'range' && semver.satisfies('2.19.1', newer.request.range) && !semver.satisfies('2.20.0', newer.request.range),
  );
  assert.match(newer.how, /v0\.N tracks TensorFlow 2\.\(N\+8\)/);
});

test('go.mod: nothing inferred from nightlies, comments or other modules', () => {
  assert.equal(inferTfFromGoMod('module x\nrequire github.com/wamuir/graft v0.0.0-20240601000000-abcdefabcdef\n'), undefined);
  assert.equal(
    inferTfFromGoMod(
      'module x\n// require github.com/wamuir/graft v0.10.0\nrequire github.com/galeone/tfgo v0.0.0-20230715013254-16113111dc99\n',
    ),
    undefined,
  );
  assert.equal(inferTfFromGoMod('module x\nrequire github.com/tensorflow/tensorflow v1.15.0\n'), undefined);
});

test('go.mod: bindings made for a TensorFlow three or more minors older than the one in use get a notice', () => {
  const goMod = 'module example.com/m\n\ngo 1.24\n\nrequire (\n\tgithub.com/wamuir/graft v0.7.0\n)\n';
  assert.equal(
    olderBindingsNotice(goMod, 'go.mod', '2.21.0'),
    'go.mod:6 github.com/wamuir/graft v0.7.0: these Go bindings were made for TensorFlow 2.15, 6 minor releases before the TensorFlow 2.21.0 in use; ' +
      'the C API they call may have changed since. Update github.com/wamuir/graft, or set tensorflow-version 2.15.',
  );
  assert.equal(olderBindingsNotice(goMod, 'go.mod', '2.17.1'), undefined, 'two minors apart: no notice');
  assert.equal(olderBindingsNotice('module example.com/m\n', 'go.mod', '2.21.0'), undefined, 'no bindings');
});
