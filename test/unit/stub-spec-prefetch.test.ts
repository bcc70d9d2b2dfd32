// Reading a library's exports ahead of need (while the package compiles): the spec is the one
// read on demand, for whatever extra names are asked later; a failed read fails there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { forgetPrefetchedStubSpecs, prefetchStubSpecs, readStubSpec } from '../../src/stubs/spec.ts';
import { repoRoot } from '../helpers/env.ts';

const library = path.join(repoRoot, 'test', 'fixtures', 'elf', 'libversioned64.so');

test('a prefetched library gives the same stub spec as one read on demand, for the extra names asked later', async () => {
  const onDemand = await readStubSpec(library, new Set(['api_one']));
  prefetchStubSpecs([library]);
  assert.deepEqual(await readStubSpec(library, new Set(['api_one'])), onDemand);
  // Taken once: the next read goes to the file again, and still agrees.
  assert.deepEqual(await readStubSpec(library, new Set(['api_one'])), onDemand);
});

test('a prefetch that fails throws nothing itself; the read that needs it reports the error', async () => {
  const missing = path.join(repoRoot, 'test', 'fixtures', 'elf', 'no-such-library.so');
  prefetchStubSpecs([missing]);
  await assert.rejects(readStubSpec(missing), /ENOENT|no such file/);
  prefetchStubSpecs([missing]);
  forgetPrefetchedStubSpecs();
  await assert.rejects(readStubSpec(missing), /ENOENT|no such file/);
});
