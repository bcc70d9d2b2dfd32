// The bindings link folder under concurrent runs: two steps of a job (or two packages) may
// repair the same folder at once, with folders in the way of its links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLinkDir } from '../../src/flags/bindings.ts';
import { linkEntries } from '../../src/resolve/tensorflow.ts';

test('concurrent runs replacing folders in the way all succeed and leave every link right', async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'link-dir-'));
  const tf = { dir: path.join(base, 'tensorflow'), libraries: ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'] };
  fs.mkdirSync(tf.dir);
  for (const library of tf.libraries) fs.writeFileSync(path.join(tf.dir, library), '');
  try {
    for (let round = 0; round < 60; round++) {
      const { dir } = await ensureLinkDir(base, tf);
      for (const e of linkEntries(tf)) {
        fs.rmSync(path.join(dir, e.name), { recursive: true, force: true });
        fs.mkdirSync(path.join(dir, e.name, 'sub'), { recursive: true });
      }
      await Promise.all([ensureLinkDir(base, tf), ensureLinkDir(base, tf), ensureLinkDir(base, tf)]);
      for (const e of linkEntries(tf)) assert.equal(fs.readlinkSync(path.join(dir, e.name)), e.target, `${e.name}, round ${round}`);
      assert.deepEqual(
        fs.readdirSync(dir).filter((f) => f.startsWith('.')),
        [],
        'no temporary link or folder left behind',
      );
    }
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
});
