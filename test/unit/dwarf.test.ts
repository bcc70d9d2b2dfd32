// The DWARF reader on small libraries built with gcc -g from test/fixtures/elf/dwarf-tls
// (test/fixtures/make-fixtures.sh): DWARF 5 with zlib-compressed sections, DWARF 4
// uncompressed, DWARF 5 with zstd; the source folder is mapped to /tfcgo/dwarf-tls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { ElfError, readVariableDeclarations, withElfFile, type DwarfVariable } from '../../src/elf/elf.ts';
import { SHF_COMPRESSED } from '../../src/elf/file.ts';

const elfDir = path.join(repoRoot, 'test', 'fixtures', 'elf');
const fixture = (name: string) => path.join(elfDir, name);
const src = '/tfcgo/dwarf-tls';
const SYMBOLS = ['tls_declared', 'tls_counter', 'tls_in_function', '_ZN5tfcgo10cxx_bufferE', '_ZN5tfcgo6Holder6memberE'];

/** What readelf --debug-dump=info shows of these variables, by hand, in the order of the sources. */
const expected: DwarfVariable[] = [
  // The header's extern declaration, and the definition that completes it in tls-defs.c: its
  // DW_AT_specification leaves the line (3 in both files) to the declaration.
  { name: 'tls_declared', file: `${src}/tls-vars.h`, line: 3, column: 22, declaration: true, threadLocal: false },
  { name: 'tls_declared', file: `${src}/tls-defs.c`, line: 3, column: 15, declaration: false, threadLocal: true },
  { name: 'tls_counter', file: `${src}/tls-defs.c`, line: 4, column: 21, declaration: false, threadLocal: true },
  // A function's static: the symbol is tls_in_function.0, the name in DWARF is the source's.
  { name: 'tls_in_function', file: `${src}/tls-defs.c`, line: 7, column: 24, declaration: false, threadLocal: true },
  {
    name: 'cxx_buffer',
    linkageName: '_ZN5tfcgo10cxx_bufferE',
    file: `${src}/tls-cxx.cc`,
    line: 2,
    column: 19,
    declaration: true,
    threadLocal: false,
  },
  {
    name: 'cxx_buffer',
    linkageName: '_ZN5tfcgo10cxx_bufferE',
    file: `${src}/tls-cxx.cc`,
    line: 2,
    column: 19,
    declaration: false,
    threadLocal: true,
  },
  // A static member: declared in the struct (a DW_TAG_member in DWARF 4), defined on line 6.
  {
    name: 'member',
    linkageName: '_ZN5tfcgo6Holder6memberE',
    file: `${src}/tls-cxx.cc`,
    line: 4,
    column: 27,
    declaration: true,
    threadLocal: false,
  },
  {
    name: 'member',
    linkageName: '_ZN5tfcgo6Holder6memberE',
    file: `${src}/tls-cxx.cc`,
    line: 6,
    column: 18,
    declaration: false,
    threadLocal: true,
  },
];
const order = (vs: readonly DwarfVariable[]) =>
  [...vs].sort((a, b) =>
    `${a.file}:${String(a.line).padStart(4)}:${a.declaration}`.localeCompare(`${b.file}:${String(b.line).padStart(4)}:${b.declaration}`),
  );

for (const name of ['libtls-dwarf5.so', 'libtls-dwarf4.so', 'libtls-dwarf5-zstd.so']) {
  test(`${name}: each definition and declaration of the TLS variables, by name or linkage name`, async () => {
    const found = await readVariableDeclarations(fixture(name), [...SYMBOLS, 'tls_in_function']);
    assert.deepEqual(order(found), order(expected));
  });
}

test('the compressed fixtures really are: SHF_COMPRESSED .debug_info, zlib and zstd', async () => {
  const types = await Promise.all(
    ['libtls-dwarf5.so', 'libtls-dwarf5-zstd.so', 'libtls-dwarf4.so'].map((name) =>
      withElfFile(fixture(name), async (file) => {
        const info = (await file.sectionNamed('.debug_info'))!;
        if (!(info.flags & SHF_COMPRESSED)) return 'none';
        return (await file.read(info.offset, 4, 'chdr')).readUInt32LE(0) === 1 ? 'zlib' : 'zstd';
      }),
    ),
  );
  assert.deepEqual(types, ['zlib', 'zstd', 'none']);
});

test('only the names asked for; a name matches DW_AT_name or DW_AT_linkage_name, not a part of either', async () => {
  const found = await readVariableDeclarations(fixture('libtls-dwarf5.so'), ['cxx_buffer', 'tls_count', 'Holder']);
  assert.deepEqual(
    found.map((v) => `${v.name}:${v.line}:${v.declaration}`),
    ['cxx_buffer:2:true', 'cxx_buffer:2:false'],
  );
  assert.deepEqual(await readVariableDeclarations(fixture('libtls-dwarf5.so'), []), []);
});

test('a library without debug info has no variables', async () => {
  assert.deepEqual(await readVariableDeclarations(fixture('libstub-special.so'), ['tls_var']), []);
  assert.deepEqual(await readVariableDeclarations(fixture('libversioned32.so'), ['tls_var']), [], 'ELF32');
});

test('section names come from e_shstrndx', async () => {
  await withElfFile(fixture('libtls-dwarf4.so'), async (file) => {
    assert.equal((await file.sectionNamed('.debug_info'))?.type, 1);
    assert.equal((await file.sectionNamed('.dynsym'))?.type, 11);
    assert.equal(await file.sectionNamed('.no_such_section'), undefined);
  });
});

test('malformed debug info is an ElfError naming the file, never a crash or a hang', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dwarf-'));
  try {
    const original = fs.readFileSync(fixture('libtls-dwarf4.so'));
    const info = (await withElfFile(fixture('libtls-dwarf4.so'), (f) => f.sectionNamed('.debug_info')))!;
    const abbrev = (await withElfFile(fixture('libtls-dwarf4.so'), (f) => f.sectionNamed('.debug_abbrev')))!;
    const broken = (name: string, edit: (b: Buffer) => void) => {
      const bytes = Buffer.from(original);
      edit(bytes);
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    const cases = [
      // A unit longer than its section.
      broken('long-unit.so', (b) => b.writeUInt32LE(0x7ffffff0, info.offset)),
      // An abbreviation table cut off: every code points to nothing.
      broken('no-abbrevs.so', (b) => b.fill(0, abbrev.offset, abbrev.offset + abbrev.size)),
      // A form no DWARF version has, in the first abbreviation.
      broken('bad-form.so', (b) => b.fill(0x7f, abbrev.offset + 3, abbrev.offset + 6)),
    ];
    for (const file of cases) {
      await assert.rejects(readVariableDeclarations(file, ['tls_counter']), (error: Error) => {
        assert.ok(error instanceof ElfError, `${file}: ${error.message}`);
        assert.ok(error.message.startsWith(file), error.message);
        return true;
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
