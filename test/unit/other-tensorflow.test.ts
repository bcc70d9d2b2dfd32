// The words and severities of the other-TensorFlow findings (src/inspect/other-tensorflow.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { environmentLine, otherTensorflowFindings } from '../../src/inspect/other-tensorflow.ts';
import type { TensorflowCopies } from '../../src/inspect/tensorflow-copies.ts';

const cached = (name: string) => ({
  name,
  file: `/usr/local/lib/${name}`,
  reach: { via: 'ld-cache' as const, confFile: '/etc/ld.so.conf.d/tensorflow.conf' },
  release: 'built with abseil lts_20240722',
});
const copies = (over: Partial<TensorflowCopies>): TensorflowCopies => ({
  wheelDir: '/venv/site-packages/tensorflow',
  wheelVersion: '2.21.0',
  shadowsImport: [],
  boundByLibrary: [],
  libraryFindsWheel: true,
  unreached: [],
  ...over,
});

test('a copy the library binds on its own: a warning, an error when the library ships (install-dir)', () => {
  const found = copies({ boundByLibrary: [cached('libtensorflow_framework.so.2')] });
  const [warning] = otherTensorflowFindings(found, { library: 'libx.so', ships: false });
  assert.equal(warning?.severity, 'warning');
  assert.match(
    warning.message,
    /^Loaded without import tensorflow first, libx\.so gets another TensorFlow's libtensorflow_framework\.so\.2 from the loader's cache \(\/etc\/ld\.so\.conf\.d\/tensorflow\.conf\), not the wheel's 2\.21\.0\./,
  );
  assert.match(warning.fix!, /^Remove its line from \/etc\/ld\.so\.conf\.d\/tensorflow\.conf and run ldconfig/);
  const [error] = otherTensorflowFindings(found, { library: 'libx.so', ships: true });
  assert.equal(error?.severity, 'error');
});

test('no other copy: no finding, and the Environment line says the wheel served both loads', () => {
  assert.deepEqual(otherTensorflowFindings(copies({}), { library: 'libx.so', ships: false }), []);
  assert.equal(
    environmentLine(copies({}), 'libx.so'),
    "Environment: TensorFlow libraries found: the wheel's TensorFlow 2.21.0 in /venv/site-packages/tensorflow (used by import tensorflow and libx.so loaded on its own).",
  );
});

test('a copy nothing reaches is one part of the Environment line, not a finding', () => {
  const found = copies({ unreached: [cached('libtensorflow.so.2')] });
  assert.deepEqual(otherTensorflowFindings(found, { library: 'libx.so', ships: true }), []);
  assert.match(
    environmentLine(found, 'libx.so'),
    /; libtensorflow\.so\.2 in \/usr\/local\/lib \(built with abseil lts_20240722\), from the loader's cache \(\/etc\/ld\.so\.conf\.d\/tensorflow\.conf\), used by no load here\.$/,
  );
});
