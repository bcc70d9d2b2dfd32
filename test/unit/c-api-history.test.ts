// The shipped C API history (made from the real wheels) read at run time: ranges, and what it
// says of a name or header the installed TensorFlow lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  architectureHistory,
  compressRanges,
  expandRanges,
  librariesAbsentIn,
  minorOf,
  minorsExporting,
  minorsShipping,
  pythonOnlyExporters,
  shippedHistory,
} from '../../src/resolve/c-api-history.ts';
import { describeMinors, headerChange, nameChange } from '../../src/resolve/c-api-changes.ts';
import { absentNameHistory } from '../../src/flags/absent-name-history.ts';
import { explainMissingSymbol } from '../../src/smoke/version-explanation.ts';

const minors = shippedHistory.minors;
const x86 = architectureHistory('x64')!;
const tf221 = { version: '2.21.0', distribution: 'tensorflow-cpu', arch: 'x64' };

test('the history covers 2.9 to 2.21 on x86_64 and aarch64, from the wheels pip installs', () => {
  assert.deepEqual(minors, ['2.9', '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16', '2.17', '2.18', '2.19', '2.20', '2.21']);
  for (const arch of ['x64', 'arm64']) assert.deepEqual(Object.keys(architectureHistory(arch)!.releases).sort(), [...minors].sort());
  assert.equal(x86.releases['2.21']!.glibcFloor, '2.27');
  assert.equal(x86.releases['2.20']!.glibcFloor, '2.17');
  assert.equal(x86.releases['2.21']!.abseil, 'lts_20250814');
  assert.match(x86.releases['2.9']!.wheel, /-cp310-/, '2.9-2.11 are read from their Python 3.10 wheels');
  const arm = architectureHistory('arm64')!;
  assert.equal(arm.releases['2.9']!.package, 'tensorflow-cpu-aws', 'no tensorflow wheel for aarch64 before 2.10');
  assert.equal(arm.releases['2.11']!.version, '2.11.0', "tensorflow-cpu-aws 2.11.1 has no Python 3.10 wheel: pip's 2.11 is 2.11.0");
  assert.equal(arm.releases['2.12']!.package, 'tensorflow-cpu-aws');
  assert.equal(arm.releases['2.21']!.package, 'tensorflow');
});

test('libtensorflow_cc.so.2 comes with 2.12: before, the C API is only in the Python extension, which a Go package cannot link', () => {
  for (const minor of ['2.9', '2.10', '2.11']) assert.ok(!x86.releases[minor]!.libraries.includes('libtensorflow_cc.so.2'), minor);
  assert.ok(x86.releases['2.12']!.libraries.includes('libtensorflow_cc.so.2'));
  assert.deepEqual(minorsExporting(x86, 'TF_NewGraph'), minors.slice(minors.indexOf('2.12')), 'the Python extension does not count');
  assert.deepEqual(pythonOnlyExporters(x86, 'TF_NewGraph', '2.11'), ['python/_pywrap_tensorflow_internal.so']);
  assert.deepEqual(librariesAbsentIn(x86, 'TF_NewGraph', '2.11'), ['libtensorflow_cc.so.2']);
  assert.deepEqual(librariesAbsentIn(x86, 'TF_NewGraph', '2.21'), []);
  const tf211 = { ...tf221, version: '2.11.1' };
  const change = nameChange('TF_NewGraph', tf211)!;
  assert.equal(
    change.sentence,
    'TF_NewGraph is in the libraries a Go package links from TensorFlow 2.12.0 on; this is 2.11.1, which has it only in python/_pywrap_tensorflow_internal.so, a Python-only library a Go package cannot link',
  );
  assert.equal(change.pin, 'tensorflow-cpu>=2.12');
  assert.match(
    absentNameHistory('TF_NewGraph', tf211)!.message,
    /TensorFlow 2\.12–2\.21 export it; no library of TensorFlow 2\.11\.1 that a Go package links does/,
  );
  assert.equal(
    explainMissingSymbol('TF_NewGraph', '2.21.0', '2.11.1', 'x64'),
    'TF_NewGraph is in TensorFlow 2.12–2.21, not in 2.11 (2.11 has it only in python/_pywrap_tensorflow_internal.so, a Python-only library a Go package cannot link): the library was built on 2.21.',
  );
});

test('ranges expand to minors and compress back', () => {
  assert.deepEqual(expandRanges('2.12-2.14,2.17', minors), ['2.12', '2.13', '2.14', '2.17']);
  assert.equal(compressRanges(new Set(['2.12', '2.13', '2.14', '2.17']), minors), '2.12-2.14,2.17');
  assert.equal(compressRanges(new Set(['2.21']), minors), '2.21');
  assert.equal(describeMinors(['2.12', '2.13', '2.14', '2.17'], minors), '2.12–2.14, 2.17');
  assert.equal(minorOf('2.21.0rc1'), '2.21');
});

test('the counts of C API names measured on the real 2.20 and 2.21 libraries', () => {
  const count = (minor: string) => Object.keys(x86.names).filter((name) => minorsExporting(x86, name).includes(minor)).length;
  assert.equal(count('2.20'), 668);
  assert.equal(count('2.21'), 651);
});

test('TF_Log and tensorflow/c/logging.h: removed in 2.21.0, last in 2.20.x, with the pin that has them', () => {
  assert.deepEqual(minorsExporting(x86, 'TF_Log'), minors.slice(0, -1));
  const name = nameChange('TF_Log', tf221)!;
  assert.equal(name.sentence, 'TF_Log was removed in TensorFlow 2.21.0 (last in 2.20.x)');
  assert.equal(name.pin, 'tensorflow-cpu<2.21');
  assert.equal(name.span, '2.9–2.20');
  assert.deepEqual(minorsShipping(x86, 'tensorflow/c/logging.h'), minors.slice(0, -1));
  assert.equal(
    headerChange('tensorflow/c/logging.h', tf221)!.sentence,
    'tensorflow/c/logging.h was removed in TensorFlow 2.21.0 (last in 2.20.x)',
  );
  assert.equal(nameChange('TF_Log', { ...tf221, version: '2.20.0' }), undefined, '2.20 has it');
});

test('a name that first appears later says so, and pins from its first minor', () => {
  const later = Object.keys(x86.names).find(
    (name) => minorsExporting(x86, name)[0] === '2.16' && minorsExporting(x86, name).at(-1) === '2.21',
  );
  assert.ok(later, 'some name first exported in 2.16 and kept');
  const change = nameChange(later, { ...tf221, version: '2.15.1' })!;
  assert.equal(change.sentence, `${later} first appears in TensorFlow 2.16.0; this is 2.15.1`);
  assert.equal(change.pin, 'tensorflow-cpu>=2.16');
});

test('a name or header no release has gets no history (the spelling advice stays)', () => {
  assert.equal(nameChange('TF_VersionThatDoesNotExist', tf221), undefined);
  assert.equal(headerChange('tensorflow/c/c_api_nope.h', tf221), undefined);
  assert.equal(nameChange('TF_Version', tf221), undefined, 'present in the installed one');
});

test('the not-in-TensorFlow finding on a name another release exports names the versions and the pin, not a spelling', () => {
  const later = absentNameHistory('TfLiteTensorCopy', { version: '2.18.1', distribution: 'tensorflow' })!;
  assert.match(
    later.message,
    /^TfLiteTensorCopy first appears in TensorFlow 2\.19\.0; this is 2\.18\.1\. TensorFlow 2\.19–2\.21 export it/,
  );
  assert.equal(later.fix, 'Pin tensorflow>=2.19 (a TensorFlow that exports TfLiteTensorCopy), or remove the call to TfLiteTensorCopy.');
  const removed = absentNameHistory('TF_VLog', { version: '2.21.0', distribution: 'tensorflow-cpu' })!;
  assert.match(removed.message, /^TF_VLog was removed in TensorFlow 2\.21\.0 \(last in 2\.20\.x\)/);
  assert.equal(absentNameHistory('TF_VersionThatDoesNotExist', { version: '2.21.0', distribution: 'tensorflow' }), undefined);
});

test('a load failure under another version is explained from the history: a removed C API name, another abseil namespace', () => {
  assert.equal(
    explainMissingSymbol('TF_Log', '2.20.0', '2.21.0', 'x64'),
    'TF_Log is in TensorFlow 2.9–2.20, not in 2.21: the library was built on 2.20.',
  );
  assert.equal(
    explainMissingSymbol('_ZNK4absl12lts_2025081415status_internal9StatusRep5UnrefEv', '2.21.0', '2.20.0', 'x64'),
    'Built against abseil lts_20250814 (TensorFlow 2.21), and this is 2.20.0 (abseil lts_20250127): a C++ kernel is bound to the TensorFlow minor it was built against.',
  );
  assert.equal(explainMissingSymbol('TF_Version', '2.21.0', '2.20.0', 'x64'), undefined, 'in both: the history has nothing to say');
  assert.equal(
    explainMissingSymbol('TF_Log', undefined, '2.21.0', 'x64'),
    'TF_Log is in TensorFlow 2.9–2.20, not in 2.21.',
    'a file built elsewhere: no claim about where it was built',
  );
});
