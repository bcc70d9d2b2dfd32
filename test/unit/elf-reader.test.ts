// The ELF reader on small files: gcc/ld-built ELF64 and ELF32 fixtures, hand-crafted
// big-endian files, and broken input. readelf is the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { repoRoot } from '../helpers/env.ts';
import { ElfError, lookupDefined, readDynamicSymbols, readElfInfo, symbolWithVersion } from '../../src/elf/elf.ts';
import { ElfFile } from '../../src/elf/file.ts';
import { lookupSymbols } from '../../src/elf/lookup.ts';
import { readNames, readSymbolTable } from '../../src/elf/symbols.ts';
import { craftSharedObject } from '../fixtures/elf/craft-elf.ts';
import { parseDynSyms, parseDynamic, parseVersionNeeds, tool, symbolRow } from '../fixtures/elf/readelf-oracle.ts';

/** The names a library exports: defined and not LOCAL, any version. */
async function exportedNames(file: string): Promise<Set<string>> {
  return new Set((await readDynamicSymbols(file)).filter((s) => s.defined && s.binding !== 'LOCAL').map((s) => s.name));
}

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'elf');
const lib64 = path.join(fixtures, 'libversioned64.so');
const lib32 = path.join(fixtures, 'libversioned32.so');
const libAarch64 = path.join(fixtures, 'libversioned-aarch64.so');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'elf-reader-'));
test.after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, bytes: Buffer | string): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function assertMatchesReadelf(file: string): Promise<void> {
  const expected = parseDynSyms(await tool('readelf', ['--dyn-syms', '-W', file])).map(symbolRow);
  const actual = (await readDynamicSymbols(file)).map(symbolRow);
  assert.ok(expected.length >= 4, `readelf listed ${expected.length} symbols`);
  assert.deepEqual(actual, expected);
  const info = await readElfInfo(file);
  const d = parseDynamic(await tool('readelf', ['-d', '-W', file]));
  assert.deepEqual(info.dynamic, d, 'dynamic section');
  assert.deepEqual(info.requiredVersions, parseVersionNeeds(await tool('readelf', ['-V', '-W', file])));
}

for (const [label, file] of [
  ['ELF64 .gnu.hash', lib64],
  ['ELF32 SysV .hash', lib32],
  ['AArch64 ELF64 .gnu.hash', libAarch64],
] as const) {
  test(`${label} fixture: symbols, dynamic section and versions match readelf`, async () => {
    await assertMatchesReadelf(file);
  });
}

test('ELF64 fixture: versions, bindings and types a caller relies on', async () => {
  const info = await readElfInfo(lib64);
  assert.equal(info.class, 64);
  assert.equal(info.endian, 'little');
  assert.equal(info.machine, 62);
  assert.equal(info.type, 'DYN');
  assert.equal(info.dynamic.soname, 'libversioned64.so.1');
  assert.equal(info.dynamic.rpath, '$ORIGIN/../lib');
  assert.deepEqual(info.dynamic.flags1, ['NODELETE']);
  assert.deepEqual(info.definedVersions, ['V1', 'V2']);

  const symbols = await readDynamicSymbols(lib64);
  const shown = symbols.map((s) => `${symbolWithVersion(s)} ${s.binding} ${s.type}`);
  for (const line of [
    'api_two@@V2 GLOBAL FUNC',
    'api_two@V1 GLOBAL FUNC',
    'weak_api@@V1 WEAK FUNC',
    'picked@@V1 GLOBAL IFUNC',
    'tls_counter@@V1 GLOBAL TLS',
    'weak_ext WEAK NOTYPE',
    'ext_func GLOBAL NOTYPE',
  ]) {
    assert.ok(shown.includes(line), `${line} in ${shown.join(', ')}`);
  }
  assert.equal(symbols.find((s) => s.name === 'ext_func')?.defined, false);
  assert.equal(
    (JSON.parse(JSON.stringify(symbols.find((s) => s.name === 'api_one'))) as { name: string }).name,
    'api_one',
    'JSON keeps the lazy name',
  );

  const names = await exportedNames(lib64);
  assert.ok(names.has('api_two') && names.has('counter') && names.has('picked'));
  assert.ok(!names.has('ext_func') && !names.has('weak_ext'));
});

test('AArch64 fixture: EM_AARCH64, with the same versions, types and dynamic entries as on x86-64', async () => {
  const info = await readElfInfo(libAarch64);
  assert.deepEqual([info.class, info.endian, info.machine, info.type], [64, 'little', 183, 'DYN']);
  assert.equal(info.dynamic.soname, 'libversioned-aarch64.so.1');
  assert.equal(info.dynamic.rpath, '$ORIGIN/../lib');
  assert.deepEqual(info.definedVersions, ['V1', 'V2']);
  const shown = (await readDynamicSymbols(libAarch64)).map((s) => `${symbolWithVersion(s)} ${s.binding} ${s.type}`).sort();
  const onX64 = (await readDynamicSymbols(lib64)).map((s) => `${symbolWithVersion(s)} ${s.binding} ${s.type}`).sort();
  // AArch64's ld exports section symbols, and its TLS descriptors need no __tls_get_addr.
  assert.deepEqual(
    shown.filter((l) => !l.includes(' SECTION')),
    onX64.filter((l) => !l.startsWith('__tls_get_addr ')),
  );
});

for (const [label, file] of [
  ['.gnu.hash', lib64],
  ['SysV .hash', lib32],
  ['AArch64 .gnu.hash', libAarch64],
] as const) {
  test(`lookupDefined through ${label}: every version of a name, nothing for references or unknown names`, async () => {
    const found = await lookupDefined(file, ['api_two', 'counter', 'weak_api', 'ext_func', 'weak_ext', 'no_such_symbol', 'api_two']);
    assert.deepEqual([...found.keys()].sort(), ['api_two', 'counter', 'weak_api']);
    assert.deepEqual(found.get('api_two')!.map(symbolWithVersion).sort(), ['api_two@@V2', 'api_two@V1']);
    assert.deepEqual(found.get('counter'), [
      { name: 'counter', defined: true, binding: 'GLOBAL', type: 'OBJECT', version: 'V1', versionHidden: false },
    ]);
    assert.equal(found.get('weak_api')![0]!.binding, 'WEAK');
    // Every defined exported symbol is found, the same as a full scan.
    const all = (await readDynamicSymbols(file)).filter((s) => s.defined && s.binding !== 'LOCAL');
    const everything = await lookupDefined(
      file,
      all.map((s) => s.name),
    );
    assert.deepEqual([...everything.values()].flat().map(symbolWithVersion).sort(), all.map(symbolWithVersion).sort());
  });
}

for (const [elfClass, endian, machine] of [
  [64, 'big', 43],
  [32, 'big', 8],
  [32, 'little', 3],
] as const) {
  test(`crafted ELF${elfClass} ${endian}-endian: read like readelf reads it`, async () => {
    const file = writeScratch(`crafted-${elfClass}-${endian}.so`, craftSharedObject({ elfClass, endian, machine }));
    await assertMatchesReadelf(file);
    const info = await readElfInfo(file);
    assert.equal(info.class, elfClass);
    assert.equal(info.endian, endian);
    assert.equal(info.machine, machine);
    assert.deepEqual(info.dynamic, {
      needed: ['libc.so.6'],
      soname: 'libbe.so.1',
      runpath: '/opt/lib',
      flags: ['SYMBOLIC', 'STATIC_TLS'],
      flags1: ['NOW', 'NODELETE'],
    });
    assert.deepEqual(info.requiredVersions, { 'libc.so.6': ['GLIBC_2.4'] });
    assert.deepEqual((await readDynamicSymbols(file)).map(symbolWithVersion), [
      'puts@GLIBC_2.4',
      'big_func@@VERS_1',
      'big_data@@VERS_1',
      'old_func@VERS_1',
    ]);
    const found = await lookupDefined(file, ['big_func', 'old_func', 'puts']);
    assert.deepEqual([...found.values()].flat().map(symbolWithVersion), ['big_func@@VERS_1', 'old_func@VERS_1']);
  });
}

test('lookupDefined without a hash section falls back to scanning .dynsym', async () => {
  const file = writeScratch('no-hash.so', craftSharedObject({ elfClass: 64, endian: 'big', machine: 43, withHash: false }));
  const found = await lookupDefined(file, ['big_data', 'puts', 'missing']);
  assert.deepEqual(
    [...found.values()].flat().map((s) => `${symbolWithVersion(s)} ${s.binding} ${s.type}`),
    ['big_data@@VERS_1 WEAK OBJECT'],
  );
});

/** The file in memory, each read answered after a random delay, so parallel reads complete in a random order. */
async function withSlowReads(name: string, bytes: Buffer): Promise<ElfFile> {
  const file = await ElfFile.fromBytes(name, bytes);
  const read = file.read.bind(file);
  file.read = async (offset, length, what) => {
    await delay(Math.random() * 3);
    return read(offset, length, what);
  };
  return file;
}

for (const [label, bytes] of [
  ['.gnu.hash', () => fs.readFileSync(lib64)],
  ['SysV .hash', () => fs.readFileSync(lib32)],
  ['crafted big-endian .hash', () => craftSharedObject({ elfClass: 64, endian: 'big', machine: 43 })],
  ['crafted, no hash (scan)', () => craftSharedObject({ elfClass: 64, endian: 'big', machine: 43, withHash: false })],
] as const) {
  test(`lookupSymbols through ${label} under random read delays: names always in the order asked`, async () => {
    const file = await ElfFile.fromBytes(label, bytes());
    const exported = (await readSymbolTable(file)).filter((s) => s.defined && s.binding !== 'LOCAL').map((s) => s.name);
    // Asked backwards, with an unknown name between and a repeat, so neither table order nor completion order matches.
    const asked = [...new Set(exported)].reverse();
    asked.splice(1, 0, 'no_such_symbol', asked[0]!);
    const expected = [...new Set(asked)].filter((n) => exported.includes(n));
    assert.ok(expected.length >= 3, `${label} has too few exported names to show an order`);
    const calm = await lookupSymbols(file, asked);
    assert.deepEqual([...calm.keys()], expected);
    for (let run = 0; run < 30; run++) {
      const slow = await withSlowReads(label, bytes());
      const found = await lookupSymbols(slow, asked);
      assert.deepEqual([...found.keys()], expected, `run ${run}`);
      assert.deepEqual(found, calm, `run ${run}`);
    }
  });
}

async function assertElfError(file: string, pattern: RegExp): Promise<void> {
  for (const read of [readElfInfo, readDynamicSymbols, (f: string) => lookupDefined(f, ['api_one'])]) {
    await assert.rejects(read(file), (error: unknown) => {
      assert.ok(error instanceof ElfError, `ElfError, got ${String(error)}`);
      assert.equal(error.path, file);
      assert.ok(error.message.startsWith(`${file}: `), error.message);
      assert.match(error.message, pattern);
      return true;
    });
  }
}

test('broken input gives an ElfError naming the file', async (t) => {
  const good = fs.readFileSync(lib64);
  await t.test('empty file', () => assertElfError(writeScratch('empty.so', ''), /empty/));
  await t.test('text file', () => assertElfError(writeScratch('text.so', 'INPUT(-lfoo)\n'), /not an ELF file/));
  await t.test('missing file', () => assertElfError(path.join(scratch, 'absent.so'), /cannot open/));
  await t.test('directory', () => assertElfError(scratch, /EISDIR|directory/i));
  await t.test('cut inside the ELF header', () =>
    assertElfError(writeScratch('cut-header.so', good.subarray(0, 30)), /truncated ELF header/),
  );
  await t.test('cut before the section headers', () =>
    assertElfError(writeScratch('cut-body.so', good.subarray(0, 4096)), /outside the file|truncated/),
  );
  await t.test('bad class', () => {
    const bytes = Buffer.from(good);
    bytes[4] = 9;
    return assertElfError(writeScratch('bad-class.so', bytes), /unknown ELF class/);
  });
  await t.test('section header offset past the end', () => {
    const bytes = Buffer.from(good);
    bytes.writeBigUInt64LE(0xffffffffffn, 40);
    return assertElfError(writeScratch('bad-shoff.so', bytes), /outside the file/);
  });
  await t.test('section data offset past the end', () => {
    // Point every section at an offset past the end of the file.
    const bytes = Buffer.from(good);
    const shoff = Number(bytes.readBigUInt64LE(40));
    for (let i = 1; i < bytes.readUInt16LE(60); i++) bytes.writeBigUInt64LE(BigInt(good.length + 100), shoff + i * 64 + 24);
    return assertElfError(writeScratch('bad-offsets.so', bytes), /outside the file/);
  });
});

test('a symbol name offset past .dynstr is an ElfError, not a wrong name', async () => {
  const bytes = craftSharedObject({ elfClass: 64, endian: 'little', machine: 62 });
  const shoff = Number(bytes.readBigUInt64LE(40));
  const dynsymOffset = Number(bytes.readBigUInt64LE(shoff + 64 + 24));
  bytes.writeUInt32LE(0x7fffffff, dynsymOffset + 24); // st_name of symbol 1
  const file = writeScratch('bad-name.so', bytes);
  await assert.rejects(readDynamicSymbols(file), (e: unknown) => e instanceof ElfError && /name offset/.test(e.message));
});

test('names read span by span equal each name decoded alone, at span edges, past the tail, and in UTF-8', async () => {
  // A string table of ~4.3 MB appended to a small ELF file: names cross 1 MB span
  // boundaries, one starts on the last byte of a span, one is longer than the 64 KB read
  // past a span, one is UTF-8 and one is not valid UTF-8, offsets point into the middle of
  // names (as tail merging does) or repeat, no name starts in the third span, and the
  // last name runs to the end of the table without a NUL.
  const elf = craftSharedObject({ elfClass: 64, endian: 'little', machine: 62 });
  const MB = 1 << 20;
  const table = Buffer.alloc(4 * MB + 300_000, 0x61); // 'a'
  const strings: [at: number, text: Buffer][] = [
    [0, Buffer.from('_ZN10tensorflow6StatusC1Ev')],
    [MB - 20, Buffer.from('crosses_the_first_span_boundary')],
    [MB + 100, Buffer.from('caf\u00e9_\u03c0')],
    [MB + 200, Buffer.from([0x62, 0xff, 0xfe, 0x63])],
    [2 * MB - 10, Buffer.alloc(200_000, 0x6c)], // 'l' * 200k: on past the 64 KB tail
    [4 * MB - 1, Buffer.from('starts_on_the_last_byte_of_a_span')],
    [4 * MB + 1000, Buffer.from('second_to_last')],
  ];
  let end = 0;
  for (const [at, text] of strings) {
    text.copy(table, at);
    table[at + text.length] = 0;
    end = at + text.length + 1;
  }
  table.fill(0x7a, end); // 'z' to the end of the table, without a NUL
  const file = writeScratch('big-strtab.so', Buffer.concat([elf, table]));
  const offsets = [...strings.map(([at]) => at), 2, MB + 200, 0, MB - 5, 4 * MB + 200_000, table.length - 1, end];
  const expected = offsets.map((at) => {
    const nul = table.indexOf(0, at);
    return table.toString('utf8', at, nul < 0 ? table.length : nul);
  });
  const elfFile = await ElfFile.open(file);
  try {
    const section = {
      index: 99,
      nameOffset: 0,
      type: 3,
      flags: 0,
      offset: elf.length,
      size: table.length,
      link: 0,
      info: 0,
      addralign: 1,
      entsize: 0,
    };
    const names = await readNames(elfFile, section, table.length, Uint32Array.from(offsets), 'test table');
    assert.deepEqual(names, expected);
    assert.equal(names[1], 'crosses_the_first_span_boundary');
    assert.equal(names[2], 'caf\u00e9_\u03c0');
    assert.equal(names[3], 'b\ufffd\ufffdc');
    assert.equal(names[4], 'l'.repeat(200_000));
    assert.equal(names[5], 'starts_on_the_last_byte_of_a_span');
    assert.equal(names[7], 'N10tensorflow6StatusC1Ev');
    assert.equal(names[10], 'st_span_boundary');
    assert.equal(names[12], 'z');
    assert.equal(names[13], 'z'.repeat(table.length - end));
  } finally {
    await elfFile.close();
  }
});

test('a symbol name with UTF-8 bytes is decoded as UTF-8', async () => {
  const bytes = craftSharedObject({ elfClass: 64, endian: 'little', machine: 62 });
  const at = bytes.indexOf('big_func\0');
  Buffer.from('b\u00efg_fun').copy(bytes, at); // 8 bytes, like big_func
  const file = writeScratch('utf8-name.so', bytes);
  const names = (await readDynamicSymbols(file)).map((s) => s.name);
  assert.ok(names.includes('b\u00efg_fun'), names.join(', '));
  assert.ok((await exportedNames(file)).has('b\u00efg_fun'));
});
