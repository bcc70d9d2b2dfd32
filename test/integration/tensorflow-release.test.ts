// Which TensorFlow a copy of its library outside a wheel is: the wheel's metadata when it sits in
// site-packages, else its abseil namespace, named with the minors the C API history gives it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { releaseOf } from '../../src/inspect/tensorflow-copies.ts';
import { tf220Python, tfDir, tfPython } from '../helpers/env.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-release-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

test("in the wheel: the wheel's version; copied out of it: its abseil namespace and the minor that has it", async () => {
  const framework = path.join(tfDir(tf220Python()), 'libtensorflow_framework.so.2');
  assert.equal(await releaseOf(framework), 'TensorFlow 2.20.0');
  const copy = path.join(scratch, 'usr-local-lib', 'libtensorflow_framework.so.2');
  fs.mkdirSync(path.dirname(copy));
  fs.copyFileSync(framework, copy);
  assert.equal(await releaseOf(copy), 'built with abseil lts_20250127, as TensorFlow 2.20 is');
  const newer = path.join(scratch, 'libtensorflow_framework.so.2');
  fs.copyFileSync(path.join(tfDir(tfPython()), 'libtensorflow_framework.so.2'), newer);
  assert.equal(await releaseOf(newer), 'built with abseil lts_20250814, as TensorFlow 2.21 is');
});
