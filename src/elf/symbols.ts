// The dynamic symbol table (.dynsym) with binding, type and symbol version.
// Speed matters: libtensorflow_cc.so.2 has 446k dynamic symbols and an 82 MB .dynstr.
// .dynsym and .gnu.version are read with one positional read each and parsed into
// columns (typed arrays); .dynstr is read and decoded 1 MB at a time and every name is
// a slice of its span's string (see readNames): no per-name decoding or copying.
import { isAscii } from 'node:buffer';
import { SHT_DYNSYM, SHT_GNU_VERSYM, SHT_NOBITS, type ElfFile, type SectionHeader } from './file.ts';
import { readVersionTable, type VersionTable } from './versions.ts';

export interface ElfSymbol {
  readonly name: string;
  /** False for undefined references (st_shndx == SHN_UNDEF). */
  readonly defined: boolean;
  /** LOCAL, GLOBAL, WEAK, GNU_UNIQUE, or a number for others. */
  readonly binding: string;
  /** NOTYPE, OBJECT, FUNC, SECTION, FILE, COMMON, TLS, IFUNC, or a number for others. */
  readonly type: string;
  /** The symbol version, e.g. `tensorflow` or `GLIBC_2.14`; absent when unversioned. */
  readonly version?: string;
  /** A defined non-default version (`name@ver`, not `name@@ver`); references are never hidden. */
  readonly versionHidden?: boolean;
}

const bindings: readonly string[] = [
  'LOCAL',
  'GLOBAL',
  'WEAK',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'GNU_UNIQUE',
  '11',
  '12',
  '13',
  '14',
  '15',
];
const types: readonly string[] = [
  'NOTYPE',
  'OBJECT',
  'FUNC',
  'SECTION',
  'FILE',
  'COMMON',
  'TLS',
  '7',
  '8',
  '9',
  'IFUNC',
  '11',
  '12',
  '13',
  '14',
  '15',
];

export const bindingName = (value: number): string => bindings[value & 15]!;
export const typeName = (value: number): string => types[value & 15]!;

/** `name@@version` for a default definition, `name@version` for a hidden one or a reference (as nm -D prints). */
export function symbolWithVersion(symbol: ElfSymbol): string {
  if (symbol.version === undefined) return symbol.name;
  return `${symbol.name}${symbol.defined && !symbol.versionHidden ? '@@' : '@'}${symbol.version}`;
}

class DynamicSymbol implements ElfSymbol {
  readonly name: string;
  readonly defined: boolean;
  readonly binding: string;
  readonly type: string;
  readonly version: string | undefined;
  readonly versionHidden: boolean | undefined;
  constructor(name: string, info: number, defined: boolean, version: string | undefined, hidden: boolean | undefined) {
    this.name = name;
    this.defined = defined;
    this.binding = bindings[info >> 4]!;
    this.type = types[info & 15]!;
    this.version = version;
    this.versionHidden = hidden;
  }
}

/** Where each field of Elf32_Sym / Elf64_Sym sits (size: the entry's own). */
export function symbolLayout(file: ElfFile): { size: number; info: number; other: number; shndx: number } {
  return file.elfClass === 64 ? { size: 24, info: 4, other: 5, shndx: 6 } : { size: 16, info: 12, other: 13, shndx: 14 };
}

/** st_size of the entry at `at`: a word in ELF64, 32 bits in ELF32. */
export function symbolSize(file: ElfFile, table: Buffer, at: number): number {
  return file.elfClass === 64 ? file.num.word(table, at + 16) : file.num.u32(table, at + 8);
}

/** st_other, st_shndx and st_size of one symbol: what SymbolColumns leave out. */
export interface DynsymFields {
  other: number;
  shndx: number;
  size: number;
}

/** Reads .dynsym once and answers DynsymFields for symbol index `index` (the null symbol is 0). */
export async function readDynamicSymbolFields(file: ElfFile): Promise<(index: number) => DynsymFields> {
  const where = dynamicSymbolSections(file);
  const table = where ? await file.readSection(where.dynsym, '.dynsym') : Buffer.alloc(0);
  const layout = symbolLayout(file);
  return (index) => {
    const at = index * layout.size;
    return { other: table[at + layout.other]!, shndx: file.num.u16(table, at + layout.shndx), size: symbolSize(file, table, at) };
  };
}

export interface DynamicSymbolSections {
  dynsym: SectionHeader;
  dynstr: SectionHeader;
  versym?: SectionHeader;
  count: number;
}

/** The .dynsym section and the sections that go with it; undefined when the file has none. */
export function dynamicSymbolSections(file: ElfFile): DynamicSymbolSections | undefined {
  const dynsym = file.firstOfType(SHT_DYNSYM);
  if (!dynsym) return undefined;
  const dynstr = file.linkedSection(dynsym, 'dynamic string table');
  const versym = file.sections.find((s) => s.type === SHT_GNU_VERSYM && s.link === dynsym.index);
  const count = Math.floor(dynsym.size / symbolLayout(file).size);
  if (versym && versym.size < count * 2) throw file.fail(`.gnu.version has ${versym.size / 2} entries for ${count} symbols`);
  return { dynsym, dynstr, versym, count };
}

/** Version name and hidden flag for one .gnu.version entry. */
export function versionOf(versions: VersionTable, entry: number, defined: boolean): { version?: string; hidden?: boolean } {
  const index = entry & 0x7fff;
  if (index < 2) return {};
  const version = versions.byIndex.get(index);
  if (version === undefined) return {};
  return { version, hidden: defined ? (entry & 0x8000) !== 0 : false };
}

/**
 * .dynsym entries 1..count-1 (the null symbol excluded) as columns: entry j describes
 * symbol j + 1. Cheaper than one object per symbol when a caller wants only some fields.
 */
export interface SymbolColumns {
  readonly length: number;
  readonly names: readonly string[];
  /** st_info: binding in the high nibble, type in the low one. */
  readonly info: Uint8Array;
  /** 1 when st_shndx is not SHN_UNDEF. */
  readonly defined: Uint8Array;
  /** The raw .gnu.version entry (0 without that section): index | 0x8000 when hidden. */
  readonly versionEntry: Uint16Array;
  /** Version name by version index (entry & 0x7fff); undefined for local/global and unknown indexes. */
  readonly versionNames: readonly (string | undefined)[];
}

const noColumns: SymbolColumns = {
  length: 0,
  names: [],
  info: new Uint8Array(0),
  defined: new Uint8Array(0),
  versionEntry: new Uint16Array(0),
  versionNames: [],
};

/** All dynamic symbols, index 0 (the null symbol) excluded, in table order. */
export async function readSymbolTable(file: ElfFile): Promise<ElfSymbol[]> {
  const c = await readSymbolColumns(file);
  const out = new Array<ElfSymbol>(c.length);
  for (let from = 0; from < c.length; from += batch) symbolObjects(c, out, from, Math.min(c.length, from + batch));
  return out;
}

// The loops over every symbol run in batches: a function called many times gets
// optimized whole and stays so, while one long loop per call is compiled on the fly
// (on-stack replacement) again on each call.
const batch = 1 << 13;

function symbolObjects(c: SymbolColumns, out: ElfSymbol[], from: number, to: number): void {
  for (let j = from; j < to; j++) {
    const defined = c.defined[j] === 1;
    const entry = c.versionEntry[j]!;
    const version = c.versionNames[entry & 0x7fff];
    const hidden = version === undefined ? undefined : defined && (entry & 0x8000) !== 0;
    out[j] = new DynamicSymbol(c.names[j]!, c.info[j]!, defined, version, hidden);
  }
}

interface SymbolFields {
  nameOffsets: Uint32Array;
  info: Uint8Array;
  defined: Uint8Array;
  versionEntry: Uint16Array;
}

/** The dynamic symbol table as columns, every name decoded. */
export async function readSymbolColumns(file: ElfFile): Promise<SymbolColumns> {
  const where = dynamicSymbolSections(file);
  if (!where) return noColumns;
  const { dynsym, dynstr, versym, count } = where;
  const stringBytes = dynstr.type === SHT_NOBITS ? 0 : dynstr.size;
  const [symbolBytes, versymBytes] = await Promise.all([
    file.readSection(dynsym, '.dynsym'),
    versym ? file.readSection(versym, '.gnu.version') : Promise.resolve(undefined),
  ]);
  file.checkRange(dynstr.offset, stringBytes, '.dynstr');
  const versionsRead = readVersionTable(file, (offset, what) => {
    if (offset >= stringBytes) throw file.fail(`${what}: string offset ${offset} is outside .dynstr`);
    return file.readString(dynstr, offset, what);
  });
  versionsRead.catch(() => undefined); // awaited below; this only keeps an early failure from being reported as unhandled

  const length = Math.max(0, count - 1);
  const fields: SymbolFields = {
    nameOffsets: new Uint32Array(length),
    info: new Uint8Array(length),
    defined: new Uint8Array(length),
    versionEntry: new Uint16Array(length),
  };
  const sym = new DataView(symbolBytes.buffer, symbolBytes.byteOffset, symbolBytes.byteLength);
  const ver = versymBytes ? new DataView(versymBytes.buffer, versymBytes.byteOffset, versymBytes.byteLength) : undefined;
  for (let from = 0; from < length; from += batch) {
    const bad = parseSymbols(file, sym, ver, stringBytes, fields, from, Math.min(length, from + batch));
    if (bad >= 0) throw file.fail(`symbol ${bad + 1} has name offset ${fields.nameOffsets[bad]} outside .dynstr (${stringBytes} bytes)`);
  }
  const names = await readNames(file, dynstr, stringBytes, fields.nameOffsets, '.dynstr');
  const versionNames = versionNameArray(await versionsRead);
  return { length, names, info: fields.info, defined: fields.defined, versionEntry: fields.versionEntry, versionNames };
}

/** .dynsym entries from+1 .. to (and their .gnu.version entries) into `fields`; the first entry whose name lies outside .dynstr, or -1. */
function parseSymbols(
  file: ElfFile,
  sym: DataView,
  ver: DataView | undefined,
  stringBytes: number,
  fields: SymbolFields,
  from: number,
  to: number,
): number {
  const { size: entrySize, info: infoAt, shndx: shndxAt } = symbolLayout(file);
  const little = file.endian === 'little';
  const { nameOffsets, info, defined, versionEntry } = fields;
  for (let j = from; j < to; j++) {
    const at = (j + 1) * entrySize;
    const nameOffset = sym.getUint32(at, little);
    nameOffsets[j] = nameOffset;
    if (nameOffset >= stringBytes) return j;
    info[j] = sym.getUint8(at + infoAt);
    defined[j] = sym.getUint16(at + shndxAt, little) !== 0 ? 1 : 0;
    if (ver) versionEntry[j] = ver.getUint16((j + 1) * 2, little);
  }
  return -1;
}

function versionNameArray(versions: VersionTable): (string | undefined)[] {
  const names = new Array<string | undefined>(0x8000);
  for (const [index, name] of versions.byIndex) if (index >= 2) names[index] = name;
  return names;
}

// 1 MB spans: above the size (~1,000,000 bytes) from which Node decodes into an external
// string (malloc'd, off the JS heap); smaller spans, on the JS heap, measured ~1.5x slower
// overall. The tail is read past a span for the end of the last string starting in it.
const spanBits = 20;
const spanBytes = 1 << spanBits;
const tailBytes = 1 << 16;

/**
 * The NUL-terminated strings at `offsets` in a string table of `size` bytes (every offset
 * is below `size`). Offsets are grouped by the 1 MB span of the table they fall in (one
 * counting-sort pass); each span that has any is read, from its start to the NUL ending
 * its last string, while the previous one is decoded, once, into one string, and its
 * strings are cut out of it while it is in cache. Cutting is `substring`, which V8 makes
 * a slice of the span's string without copying: a name that stays alive keeps its span
 * (~1 MB, not the whole table) alive, so a caller that keeps every name holds about the
 * table's size; one that keeps a few holds a few MB.
 * Decoding: latin1 for an all-ASCII span, UTF-8 per name otherwise, which gives the
 * same string for each name as decoding it alone as UTF-8.
 */
export async function readNames(file: ElfFile, table: SectionHeader, size: number, offsets: Uint32Array, what: string): Promise<string[]> {
  const n = offsets.length;
  const names = new Array<string>(n);
  if (n === 0) return names;
  const { order, first } = groupBySpan(offsets, Math.ceil(size / spanBytes));
  const spans = first.length - 1;
  const used: number[] = [];
  for (let s = 0; s < spans; s++) if (first[s + 1]! > first[s]!) used.push(s);
  const buffers: Buffer[] = [0, 1].map(() => Buffer.allocUnsafe(Math.min(spanBytes + tailBytes, size)));
  let pending = readSpan(file, table, size, used[0]! * spanBytes, buffers[0]!, what);
  for (let u = 0; u < used.length; u++) {
    const span = await pending;
    buffers[u & 1] = span.buffer; // it may have grown for a long name
    if (u + 1 < used.length) {
      pending = readSpan(file, table, size, used[u + 1]! * spanBytes, buffers[(u + 1) & 1]!, what);
      pending.catch(() => undefined); // awaited on the next turn
    }
    const s = used[u]!;
    cutNames(span.buffer, span.length, s * spanBytes, offsets, order, first[s]!, first[s + 1]!, names);
  }
  return names;
}

/** Indexes of `offsets` grouped by span (a counting sort): span s holds order[first[s]] .. order[first[s + 1] - 1]. */
function groupBySpan(offsets: Uint32Array, spans: number): { order: Uint32Array; first: Uint32Array } {
  const n = offsets.length;
  const first = new Uint32Array(spans + 1);
  for (let j = 0; j < n; j++) first[(offsets[j]! >>> spanBits) + 1]!++;
  for (let s = 0; s < spans; s++) first[s + 1]! += first[s]!;
  const next = first.slice(0, spans);
  const order = new Uint32Array(n);
  for (let j = 0; j < n; j++) order[next[offsets[j]! >>> spanBits]!++] = j;
  return { order, first };
}

/** Reads from `start` through the NUL that ends the last string starting in the span (or to the end of the table). */
async function readSpan(
  file: ElfFile,
  table: SectionHeader,
  size: number,
  start: number,
  buffer: Buffer,
  what: string,
): Promise<{ buffer: Buffer; length: number }> {
  const lastStart = Math.min(spanBytes, size - start) - 1;
  for (;;) {
    const length = Math.min(buffer.length, size - start);
    await file.readInto(buffer, table.offset + start, length, what);
    if (start + length === size) return { buffer, length };
    const nul = buffer.indexOf(0, lastStart);
    if (nul >= 0 && nul < length) return { buffer, length: nul + 1 };
    buffer = Buffer.allocUnsafe(buffer.length * 2); // a string longer than the tail
  }
}

/** Names for order[from..to), whose offsets fall in the span read into bytes[0, length) from table offset `start`. */
function cutNames(
  bytes: Buffer,
  length: number,
  start: number,
  offsets: Uint32Array,
  order: Uint32Array,
  from: number,
  to: number,
  names: string[],
): void {
  if (isAscii(bytes.subarray(0, length))) {
    const text = bytes.toString('latin1', 0, length);
    for (let k = from; k < to; k++) {
      const j = order[k]!;
      const at = offsets[j]! - start;
      const end = text.indexOf('\0', at);
      names[j] = text.substring(at, end < 0 ? length : end);
    }
  } else {
    for (let k = from; k < to; k++) {
      const j = order[k]!;
      const at = offsets[j]! - start;
      const end = bytes.indexOf(0, at);
      names[j] = bytes.toString('utf8', at, end < 0 || end > length ? length : end);
    }
  }
}
