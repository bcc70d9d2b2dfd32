// Which TensorFlow a library built elsewhere was built for, from the shipped C API history
// (made from the real wheels): names removed or added, abseil namespaces of kernels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtFor } from '../../src/inspect/built-for.ts';
import { foldIntoBuiltFor } from '../../src/library-pipeline.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const tf = (version: string) => ({ version, distribution: 'tensorflow-cpu' });
// Real names: the C API's logging call removed in 2.21, and the kernel fixture's names built on 2.21.
const ABSEIL_2_21 = '_ZNK4absl12lts_2025081415status_internal9StatusRep5UnrefEv';
const KERNEL_2_21 = '_ZN10tensorflow15OpKernelContext10CtxFailureEPKciRKN4absl12lts_202508146StatusE';

test('a C API library using TF_Log is built for 2.12–2.20: under 2.21 one error names TF_Log, 2.20.x, 2.21.0 and the pin', () => {
  const found = builtFor({ undefinedNames: ['TF_Log', 'TF_Version', 'malloc'], tf: tf('2.21.0'), arch: 'x64', library: 'libtflog.so' });
  assert.equal(found.line, 'built for TensorFlow 2.12–2.20 by the 2 TensorFlow C API names it uses');
  assert.deepEqual(found.explains, ['TF_Log']);
  const d = found.diagnostic!;
  assert.equal(d.kind, 'built-for-other-tensorflow');
  assert.equal(d.title, 'libtflog.so was built for TensorFlow 2.12–2.20; this is 2.21.0');
  assert.match(d.message, /TF_Log was removed in TensorFlow 2\.21\.0 \(last in 2\.20\.x\)/);
  assert.match(d.message, /fails with "undefined symbol: TF_Log"/);
  assert.match(d.fix!, /pin tensorflow-cpu>=2\.12,<2\.21\b/, 'TF_Version is in no library a Go package links before 2.12');
  assert.match(d.fix!, /rebuild it against TensorFlow 2\.21 without TF_Log/);
});

test('the same file under 2.20, and example/ names under 2.21, are built for the TensorFlow in use: a line, no finding', () => {
  const logging = builtFor({ undefinedNames: ['TF_Log', 'TF_Version'], tf: tf('2.20.0'), arch: 'x64', library: 'libtflog.so' });
  assert.equal(logging.diagnostic, undefined);
  const example = builtFor({ undefinedNames: ['TF_Version', 'TF_NewStatus'], tf: tf('2.21.0'), arch: 'x64', library: 'libexample.so' });
  assert.equal(example.line, 'built for TensorFlow 2.12–2.21 by the 2 TensorFlow C API names it uses');
  assert.equal(example.diagnostic, undefined);
  const none = builtFor({ undefinedNames: ['malloc'], tf: tf('2.21.0'), arch: 'x64', library: 'libplain.so' });
  assert.match(none.line, /uses no TensorFlow name/);
});

test('a kernel against abseil lts_20250814 is built for 2.21: under 2.20 an error names both abseils and the minor pin', () => {
  const found = builtFor({ undefinedNames: [KERNEL_2_21, ABSEIL_2_21, 'TF_Version'], tf: tf('2.20.0'), arch: 'x64', library: 'libk.so' });
  assert.equal(
    found.line,
    'built for TensorFlow 2.21: a C++ kernel library (2 C++ names of TensorFlow or abseil) against abseil lts_20250814',
  );
  const d = found.diagnostic!;
  assert.equal(d.title, 'libk.so was built for TensorFlow 2.21; this is 2.20.0');
  assert.match(d.message, /abseil lts_20250814, the abseil of TensorFlow 2\.21; TensorFlow 2\.20\.0 has abseil lts_20250127/);
  assert.match(d.fix!, /pin tensorflow-cpu~=2\.21\.0/);
  assert.match(d.fix!, /mode: matrix/);
  assert.equal(builtFor({ undefinedNames: [ABSEIL_2_21], tf: tf('2.21.0'), arch: 'x64', library: 'libk.so' }).diagnostic, undefined);
});

test('under 2.11, which has no libtensorflow_cc.so.2, the finding says the C API is only in the Python extension and the file does not load', () => {
  const found = builtFor({ undefinedNames: ['TF_NewGraph'], tf: tf('2.11.1'), arch: 'x64', library: 'libg.so' });
  assert.equal(found.line, 'built for TensorFlow 2.12–2.21 by the 1 TensorFlow C API name it uses');
  const d = found.diagnostic!;
  assert.match(
    d.message,
    /this is 2\.11\.1, which has it only in python\/_pywrap_tensorflow_internal\.so, a Python-only library a Go package cannot link/,
  );
  assert.match(d.message, /TensorFlow 2\.11\.1 has no libtensorflow_cc\.so\.2, so the file does not load with it\.$/);
  assert.match(d.fix!, /pin tensorflow-cpu>=2\.12\)/);
});

test('abseil lts_20220623 is the abseil of 2.10, 2.11 and 2.12: a kernel against it is built for one of them', () => {
  const abseil = '_ZNK4absl12lts_2022062315status_internal9StatusRep5UnrefEv';
  const found = builtFor({ undefinedNames: [abseil], tf: tf('2.21.0'), arch: 'x64', library: 'libk.so' });
  assert.equal(
    found.line,
    'built for TensorFlow 2.10–2.12: a C++ kernel library (1 C++ name of TensorFlow or abseil) against abseil lts_20220623',
  );
  assert.match(found.diagnostic!.fix!, /pin tensorflow-cpu~=2\.12\.0/);
});

test('a kernel whose names carry no abseil namespace: the line says its names cannot tell, and there is no finding', () => {
  const found = builtFor({ undefinedNames: ['_ZN10tensorflow8OpKernelD2Ev'], tf: tf('2.21.0'), arch: 'x64', library: 'libk.so' });
  assert.match(found.line, /which its names do not tell \(no abseil names\)/);
  assert.equal(found.diagnostic, undefined);
});

test('aarch64 has its own history; an architecture without one says so', () => {
  assert.match(
    builtFor({ undefinedNames: ['TF_Log'], tf: tf('2.21.0'), arch: 'arm64', library: 'l.so' }).line,
    /built for TensorFlow 2\.\d+–2\.20/,
  );
  assert.match(builtFor({ undefinedNames: ['TF_Log'], tf: tf('2.21.0'), arch: 'riscv64', library: 'l.so' }).line, /no riscv64 entry/);
});

test("the inspection's and the loader's findings of an explained name join the built-for finding, with the loader's line", () => {
  const found = builtFor({ undefinedNames: [KERNEL_2_21, ABSEIL_2_21], tf: tf('2.20.0'), arch: 'x64', library: 'libk.so' });
  const loaderLine = `OSError: /ws/libk.so: undefined symbol: ${ABSEIL_2_21}`;
  const other: Diagnostic = { severity: 'warning', kind: 'glibc-too-new', stage: 'inspect', title: 'glibc', message: 'm' };
  const findings: Diagnostic[] = [
    found.diagnostic!,
    { severity: 'error', kind: 'unresolved-symbol', stage: 'inspect', title: 'u', message: 'm', symbol: KERNEL_2_21 },
    { severity: 'error', kind: 'unresolved-symbol', stage: 'inspect', title: 'u', message: 'm', symbol: ABSEIL_2_21 },
    { severity: 'error', kind: 'undefined-symbol', stage: 'smoke', title: 'l', message: 'm', symbol: ABSEIL_2_21, raw: [loaderLine] },
    other,
  ];
  const folded = foldIntoBuiltFor(findings, found.explains);
  assert.deepEqual(
    folded.map((d) => d.kind),
    ['built-for-other-tensorflow', 'glibc-too-new'],
  );
  assert.match(
    folded[0]!.message,
    /In all, 2 of the names it uses are not in this TensorFlow\. The load said: OSError: .*undefined symbol/,
  );
  assert.deepEqual(foldIntoBuiltFor([other], []), [other], 'nothing to fold into');
});
