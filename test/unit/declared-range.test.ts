// The declared TensorFlow range: read from each kind of Python packaging (setup.py as text,
// never run), with extras, markers and ~=; then checked against the shipped C API history.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSetupPy } from '../../src/setup/tf-requirement-files.ts';
import { readDeclaredRange } from '../../src/resolve/declared-range.ts';
import { checkTensorflowRange, minorsClaimed } from '../../src/inspect/tensorflow-range.ts';
import { shippedHistory } from '../../src/resolve/c-api-history.ts';
import { InputError } from '../../src/input-error.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'declared-range-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

test('setup.py read as text: install_requires strings with extras and markers, extras_require values but not its keys', () => {
  const text = [
    'from setuptools import setup', // 1
    'setup(', // 2
    '    name="tfgo-ext",', // 3
    '    install_requires=[', // 4
    "        'numpy>=1.26',  # a [bracket] in a comment", // 5
    '        "tensorflow[and-cuda]~=2.20.0; python_version >= \'3.10\'",', // 6
    '    ],', // 7
    '    extras_require={"cpu": ["tensorflow-cpu>=2.18,<2.21"]},', // 8
    ')', // 9
  ].join('\n');
  assert.deepEqual(
    parseSetupPy(text).map((r) => [r.name, r.extras, r.specifier, r.marker ?? '', r.line]),
    [
      ['numpy', [], '>=1.26', '', 5],
      ['tensorflow', ['and-cuda'], '~=2.20.0', "python_version >= '3.10'", 6],
      ['tensorflow-cpu', [], '>=2.18,<2.21', '', 8],
    ],
  );
  assert.deepEqual(parseSetupPy('setup(install_requires=read_requirements())'), [], 'a list built by code gives nothing');
});

test('the range is read from pyproject next to the package first, then the repository root, from each kind of file', async () => {
  const root = project({
    'requirements-dev.txt': 'pytest\n',
    'requirements.txt': '# pins\ntensorflow-cpu>=2.12 ; platform_machine == "x86_64"\n',
    'go/lib/pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "tensorflow[and-cuda]~=2.20.0",\n]\n',
    'setup-only/setup.cfg': '[options]\ninstall_requires =\n    numpy\n    tensorflow>=2.18,<2.21\n',
    'setup-py/setup.py': 'setup(install_requires=["tensorflow>=2.19"])\n',
  });
  const inPackage = await readDeclaredRange('', [path.join(root, 'go', 'lib'), root]);
  assert.equal(inPackage?.specifier, '~=2.20.0');
  assert.deepEqual(inPackage?.source, {
    file: path.join(root, 'go', 'lib', 'pyproject.toml'),
    line: 4,
    text: 'tensorflow[and-cuda]~=2.20.0',
  });
  assert.deepEqual(minorsClaimed(inPackage.range, shippedHistory.minors), ['2.20'], '~=2.20.0 is 2.20.x only');
  const atRoot = await readDeclaredRange('', [path.join(root, 'go'), root]);
  assert.equal(atRoot?.specifier, '>=2.12');
  assert.equal('file' in atRoot.source && path.basename(atRoot.source.file), 'requirements.txt');
  assert.equal((await readDeclaredRange('', [path.join(root, 'setup-only')]))?.specifier, '>=2.18,<2.21');
  assert.equal((await readDeclaredRange('', [path.join(root, 'setup-py')]))?.specifier, '>=2.19');
  assert.equal(await readDeclaredRange('off', [root]), undefined);
  assert.equal(await readDeclaredRange('', [project({ 'requirements.txt': 'tensorflow\n' })]), undefined, 'no version: no claim');
});

test('the input wins over the packaging, and a range that is not PEP 440 names the input and the fix', async () => {
  const root = project({ 'requirements.txt': 'tensorflow>=2.12\n' });
  assert.deepEqual(await readDeclaredRange('>= 2.18, <2.22', [root]), {
    specifier: '>=2.18,<2.22',
    range: '>=2.18.0 <2.22.0',
    source: { input: 'supported-tensorflow' },
  });
  await assert.rejects(
    readDeclaredRange('2.18+', [root]),
    (e: unknown) => e instanceof InputError && /supported-tensorflow/.test(e.message),
  );
});

test('a C API library: the names it uses give the range it loads on, and a claim past it is an error per name', () => {
  // TF_Log: exported by 2.12-2.20 (logging.h, removed in 2.21); TF_Version by every release.
  const undefinedNames = ['TF_Log', 'TF_Version', 'free'];
  const tf = { version: '2.20.0' };
  const unclaimed = checkTensorflowRange({ undefinedNames, tf, arch: 'x64' });
  assert.equal(unclaimed.line, 'loads on TensorFlow 2.12–2.20 by the 2 TensorFlow C API names it uses');
  assert.deepEqual(unclaimed.diagnostics, []);
  const declared = { specifier: '>=2.20', range: '>=2.20.0', source: { input: 'supported-tensorflow' as const } };
  const [finding, ...rest] = checkTensorflowRange({ undefinedNames, tf, arch: 'x64', declared }).diagnostics;
  assert.equal(rest.length, 0);
  assert.equal(finding!.kind, 'outside-supported-range');
  assert.equal(finding!.symbol, 'TF_Log');
  assert.equal(finding!.title, 'TF_Log is not in TensorFlow 2.21');
  assert.match(finding!.fix!, /tensorflow>=2\.12,<2\.21/);
  const holds = { ...declared, specifier: '>=2.18,<2.21', range: '>=2.18.0 <2.21.0-0' };
  assert.deepEqual(checkTensorflowRange({ undefinedNames, tf, arch: 'x64', declared: holds }).diagnostics, []);
});

test('a claim of 2.9-2.11, whose wheels have no libtensorflow_cc.so.2, is an error that says so, not an undefined symbol', () => {
  // TF_Version: libtensorflow_cc.so.2 from 2.12; in 2.9-2.11 only inside the Python extension.
  const declared = { specifier: '>=2.9', range: '>=2.9.0', source: { input: 'supported-tensorflow' as const } };
  const [finding, ...rest] = checkTensorflowRange({
    undefinedNames: ['TF_Version'],
    tf: { version: '2.21.0' },
    arch: 'x64',
    declared,
  }).diagnostics;
  assert.equal(rest.length, 0);
  assert.equal(finding!.title, 'TF_Version is not in a library a Go package links on TensorFlow 2.9–2.11');
  assert.equal(
    finding!.message,
    "supported-tensorflow '>=2.9' claims TensorFlow 2.9–2.21, but only TensorFlow 2.12–2.21 export TF_Version from a library a Go package links: " +
      'on 2.9–2.11, which have no libtensorflow_cc.so.2 (TF_Version is only in python/_pywrap_tensorflow_internal.so, a Python-only library a Go package cannot link), the library does not load.',
  );
  assert.equal(finding!.fix, 'Declare the widest range that holds, tensorflow>=2.12, or stop using TF_Version.');
  // libtensorflow_framework.so.2 exports TF_AllocateOutput in every recorded minor: nothing to say.
  assert.deepEqual(
    checkTensorflowRange({ undefinedNames: ['TF_AllocateOutput'], tf: { version: '2.21.0' }, arch: 'x64', declared }).diagnostics,
    [],
  );
});

test("a C++ kernel library is bound to its minor: a wider claim is an error naming abseil's namespace and the matrix fix", () => {
  // Names a tensorflow-io-style kernel built on 2.21 leaves undefined (libtensorflow_framework.so.2 exports them).
  const undefinedNames = ['_ZN10tensorflow8OpKernelD2Ev', '_ZNK4absl12lts_2025081415status_internal9StatusRep5UnrefEv', 'TF_Version'];
  const tf = { version: '2.21.0' };
  const one = { specifier: '~=2.21.0', range: '>=2.21.0 <2.22.0-0', source: { input: 'supported-tensorflow' as const } };
  const bound = checkTensorflowRange({ undefinedNames, tf, arch: 'x64', declared: one });
  assert.deepEqual(bound.diagnostics, []);
  assert.match(bound.line!, /^bound to TensorFlow 2\.21: a C\+\+ kernel library/);
  const wide = { ...one, specifier: '>=2.20', range: '>=2.20.0' };
  const [finding] = checkTensorflowRange({ undefinedNames, tf, arch: 'x64', declared: wide }).diagnostics;
  assert.equal(finding!.kind, 'kernel-bound-to-minor');
  assert.match(finding!.message, /_ZN10tensorflow8OpKernelD2Ev/);
  assert.match(finding!.message, /abseil lts_20250814/);
  assert.match(finding!.message, /claims TensorFlow 2\.20–2\.21, 2\.22 and later/);
  assert.match(finding!.fix!, /mode: matrix/);
});
