import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { archiveObjects, archiveUndefinedSymbols } from '../../src/elf/object-symbols.ts';
import { runProcess } from '../../src/util/process.ts';

const archive = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'elf', 'undefined-refs.a'));

test('the undefined names of the objects in an archive, mangled C++ names included, as nm -u lists them', async () => {
  assert.deepEqual(await archiveUndefinedSymbols(archive), ['TF_Version', '_ZN10tensorflow4UsedEi']);
  const nm = await runProcess('nm', ['-u', path.join(repoRoot, 'test', 'fixtures', 'elf', 'undefined-refs.a')]);
  const names = nm.stdout
    .split('\n')
    .map((l) => /^\s+U (\S+)$/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined);
  assert.deepEqual(await archiveUndefinedSymbols(archive), names.sort());
});

test('what is not an archive of ELF objects gives no names, a truncated one no crash', async () => {
  assert.deepEqual(archiveObjects(Buffer.from('not an archive')), []);
  assert.deepEqual(await archiveUndefinedSymbols(archive.subarray(0, 200)), []);
});
