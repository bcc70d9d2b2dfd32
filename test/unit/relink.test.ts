// The relink decision (stubs/relink.ts): after a build against the link stubs, is a second
// link against the real TensorFlow libraries worth its 10-20 s?
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostic.ts';
import { relinkAgainstRealLibraries } from '../../src/stubs/relink.ts';
import type { StubsReady } from '../../src/stubs/stubs.ts';
import { readDynamicSymbols } from '../../src/elf/elf.ts';
import { repoRoot } from '../helpers/env.ts';

const built = path.join(repoRoot, 'test', 'fixtures', 'elf', 'libversioned64.so');
const error = (kind: Diagnostic['kind'], symbol?: string): Diagnostic => ({
  severity: 'error',
  kind,
  stage: 'build',
  title: kind,
  message: kind,
  ...(symbol ? { symbol } : {}),
});
/** Stubs with no stub files: the names they cannot answer are the given ones. */
const stubs = (unanswerable: Record<string, string> = {}): StubsReady => ({
  ok: true,
  dir: '/cache/stubs/k',
  stubs: [],
  unanswerable: new Map(Object.entries(unanswerable)),
  cached: true,
  durationMs: 0,
});
const tfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relink-tf-'));
test.after(() => fs.rmSync(tfDir, { recursive: true, force: true }));

test('a failed stub link is relinked, unless it failed as the real libraries would', async () => {
  const request = { ok: false, output: built, stubs: stubs(), tfDir };
  assert.deepEqual(await relinkAgainstRealLibraries({ ...request, diagnostics: [error('undefined-reference', 'TF_Version')] }), {
    relink: true,
  });
  assert.deepEqual(await relinkAgainstRealLibraries({ ...request, diagnostics: [error('go-compile-error')] }), {
    relink: false,
    failedAnyway: true,
  });
  const gone = { ...request, diagnostics: [error('undefined-reference', 'TF_Gone')] };
  assert.deepEqual(await relinkAgainstRealLibraries({ ...gone, notInTensorflow: ['TF_Gone'] }), { relink: false, failedAnyway: true });
  assert.deepEqual(await relinkAgainstRealLibraries(gone), { relink: true });
});

test('a built library stands when the stubs vouch for its undefined names, and is relinked with the reason when not', async () => {
  const request = { ok: true, diagnostics: [], output: built, tfDir };
  assert.deepEqual(await relinkAgainstRealLibraries({ ...request, stubs: stubs() }), { relink: false, failedAnyway: false });
  const [first] = (await readDynamicSymbols(built)).filter((s) => !s.defined && s.name);
  assert.ok(first, 'the fixture library leaves a name undefined');
  const verdict = await relinkAgainstRealLibraries({ ...request, stubs: stubs({ [first.name]: `${first.name} is an IFUNC` }) });
  assert.equal(verdict.relink, true);
  assert.match((verdict as { why?: string }).why ?? '', new RegExp(`cannot stand in for the real libraries: ${first.name} is an IFUNC`));
  const unreadable = await relinkAgainstRealLibraries({ ...request, output: path.join(tfDir, 'missing.so'), stubs: stubs() });
  assert.equal(unreadable.relink, true);
  assert.match((unreadable as { why?: string }).why ?? '', /cannot read the built library's symbols/);
});
