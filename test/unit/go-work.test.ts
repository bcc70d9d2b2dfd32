// Telling a compile from a build-cache hit through cmd/go's -work folder (src/util/go-work.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiledInWorkDir, createWorkLineFilter, removeWorkDir, splitWorkLine } from '../../src/util/go-work.ts';

test('the WORK= first line is split off; output without it is left as it is', () => {
  assert.deepEqual(splitWorkLine('WORK=/tmp/go-build123\n# example.com/k\nk.cc:1:1: warning: x\n'), {
    workDir: '/tmp/go-build123',
    output: '# example.com/k\nk.cc:1:1: warning: x\n',
  });
  assert.deepEqual(splitWorkLine('# example.com/k\nWORK=/x\n'), { output: '# example.com/k\nWORK=/x\n' });
});

test('the streaming filter drops the WORK= line however the chunks fall, and nothing else', () => {
  const text = 'WORK=/tmp/go-build42\n# example.com/k\nk.cc:1:1: warning: x\n';
  for (let cut = 1; cut < text.length; cut++) {
    const filter = createWorkLineFilter();
    const out = filter.write(text.slice(0, cut)) + filter.write(text.slice(cut)) + filter.end();
    assert.equal(out, '# example.com/k\nk.cc:1:1: warning: x\n', `cut at ${cut}`);
    assert.equal(filter.workDir, '/tmp/go-build42');
  }
  const plain = createWorkLineFilter();
  assert.equal(plain.write('WO') + plain.write('RLD\n'), 'WORLD\n');
  assert.equal(plain.workDir, undefined);
  const short = createWorkLineFilter();
  assert.equal(short.write('W'), '');
  assert.equal(short.end(), 'W');
});

test("a package compiled in this run has an object folder with cgo's files for each of its cgo files", async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'go-build'));
  try {
    assert.equal(await compiledInWorkDir(work, ['/src/k/wordcount.go']), false, 'an empty work folder: from the cache');
    fs.mkdirSync(path.join(work, 'b003'));
    fs.writeFileSync(path.join(work, 'b003', 'callbacks.cgo1.go'), '');
    assert.equal(await compiledInWorkDir(work, ['/src/k/wordcount.go']), false, 'another package compiled');
    fs.mkdirSync(path.join(work, 'b001'));
    fs.writeFileSync(path.join(work, 'b001', 'wordcount.cgo1.go'), '');
    assert.equal(await compiledInWorkDir(work, ['/src/k/wordcount.go']), true);
    assert.equal(await compiledInWorkDir(work, ['/src/k/wordcount.go', '/src/k/other.go']), false, 'every cgo file of the package');
    assert.equal(await compiledInWorkDir(path.join(work, 'gone'), ['/src/k/wordcount.go']), false);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('only a folder named as cmd/go names its work folder is removed', async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-work-'));
  try {
    const other = path.join(parent, 'checkout');
    const work = path.join(parent, 'go-build1234');
    fs.mkdirSync(other);
    fs.mkdirSync(work);
    await removeWorkDir(other);
    await removeWorkDir('go-build1234');
    await removeWorkDir(work);
    assert.ok(fs.existsSync(other));
    assert.ok(!fs.existsSync(work));
  } finally {
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
