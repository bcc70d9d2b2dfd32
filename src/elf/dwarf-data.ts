// The bytes of DWARF: the debug sections of an ELF file (compressed ones inflated), a cursor
// over them, and the attribute forms of DWARF 2 to 5 (and GNU's), read or skipped by size.
// Only what a walk over .debug_info and a line-table header needs; out-of-range reads throw
// RangeError, which withElfFile turns into an ElfError naming the file.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { SHF_COMPRESSED, type ElfFile } from './file.ts';

const inflate = promisify(zlib.inflate);
const zstdDecompress = promisify(zlib.zstdDecompress);
const ELFCOMPRESS_ZLIB = 1;
const ELFCOMPRESS_ZSTD = 2;
/** No debug section of a real library comes near this (libtensorflow_cc's whole file is 0.8 GB). */
const MAX_SECTION = 1 << 30;

/** Reads little- or big-endian values at a moving offset. */
export class Cursor {
  readonly data: Buffer;
  readonly little: boolean;
  at: number;

  constructor(data: Buffer, little: boolean, at = 0) {
    this.data = data;
    this.little = little;
    this.at = at;
  }

  u8(): number {
    return this.data.readUInt8(this.at++);
  }
  u16(): number {
    const v = this.little ? this.data.readUInt16LE(this.at) : this.data.readUInt16BE(this.at);
    this.at += 2;
    return v;
  }
  u24(): number {
    const [a, b, c] = [this.u8(), this.u8(), this.u8()];
    return this.little ? a | (b << 8) | (c << 16) : (a << 16) | (b << 8) | c;
  }
  u32(): number {
    const v = this.little ? this.data.readUInt32LE(this.at) : this.data.readUInt32BE(this.at);
    this.at += 4;
    return v;
  }
  /** 64-bit values above 2^53 are no valid offsets; they become huge numbers that later bounds checks reject. */
  u64(): number {
    const v = this.little ? this.data.readBigUInt64LE(this.at) : this.data.readBigUInt64BE(this.at);
    this.at += 8;
    return Number(v);
  }
  uleb(): number {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const byte = this.u8();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
    }
  }
  sleb(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.u8();
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if (byte < 0x80) return byte & 0x40 ? value - scale : value;
    }
  }
  /** A 4- or 8-byte offset, as the unit's format says. */
  offset(size: 4 | 8): number {
    return size === 8 ? this.u64() : this.u32();
  }
  cstring(): string {
    const end = this.data.indexOf(0, this.at);
    if (end < 0) throw new RangeError(`unterminated string at offset ${this.at}`);
    const text = this.data.toString('utf8', this.at, end);
    this.at = end + 1;
    return text;
  }
  skip(length: number): void {
    if (!Number.isSafeInteger(length) || length < 0 || this.at + length > this.data.length)
      throw new RangeError(`${length} bytes at offset ${this.at} run past the end (${this.data.length} bytes)`);
    this.at += length;
  }
}

/** The NUL-terminated string at `offset` of a string section. */
export function stringAt(section: Buffer, offset: number): string {
  if (offset >= section.length) throw new RangeError(`string offset ${offset} is outside its section (${section.length} bytes)`);
  const end = section.indexOf(0, offset);
  return section.toString('utf8', offset, end < 0 ? section.length : end);
}

/**
 * A unit's initial length: 4 bytes, or 0xffffffff and 8 bytes in the 64-bit format. Leaves
 * the cursor after it; `end` is where the unit ends.
 */
export function unitLength(c: Cursor): { end: number; offsetSize: 4 | 8 } {
  const short = c.u32();
  const offsetSize = short === 0xffffffff ? 8 : 4;
  const length = offsetSize === 8 ? c.u64() : short;
  const end = c.at + length;
  if (!Number.isSafeInteger(end) || end > c.data.length) throw new RangeError(`a unit of ${length} bytes runs past its section`);
  return { end, offsetSize };
}

/** What reading a form needs to know of its unit. */
export interface FormContext {
  version: number;
  offsetSize: 4 | 8;
  addressSize: number;
}

const FIXED_SIZE: Record<number, number> = {
  0x0b: 1, // data1
  0x0c: 1, // flag
  0x11: 1, // ref1
  0x25: 1, // strx1
  0x29: 1, // addrx1
  0x05: 2, // data2
  0x12: 2, // ref2
  0x26: 2, // strx2
  0x2a: 2, // addrx2
  0x27: 3, // strx3
  0x2b: 3, // addrx3
  0x06: 4, // data4
  0x13: 4, // ref4
  0x1c: 4, // ref_sup4
  0x28: 4, // strx4
  0x2c: 4, // addrx4
  0x07: 8, // data8
  0x14: 8, // ref8
  0x20: 8, // ref_sig8
  0x24: 8, // ref_sup8
  0x1e: 16, // data16
};
/** strp, sec_offset, line_strp, strp_sup, GNU_ref_alt, GNU_strp_alt: one offset. */
const OFFSET_FORMS = new Set([0x0e, 0x17, 0x1f, 0x1d, 0x1f20, 0x1f21]);
/** udata, ref_udata, strx, addrx, loclistx, rnglistx, GNU_addr_index, GNU_str_index. */
const ULEB_FORMS = new Set([0x0f, 0x15, 0x1a, 0x1b, 0x22, 0x23, 0x1f01, 0x1f02]);
const DW_FORM_ADDR = 0x01;
const DW_FORM_STRING = 0x08;
const DW_FORM_SDATA = 0x0d;
const DW_FORM_REF_ADDR = 0x10;
const DW_FORM_INDIRECT = 0x16;
const DW_FORM_FLAG_PRESENT = 0x19;
const DW_FORM_IMPLICIT_CONST = 0x21;
/** block1, block2, block4, block, exprloc: a length, then that many bytes. */
const BLOCK_LENGTH: Record<number, (c: Cursor) => number> = {
  0x0a: (c) => c.u8(),
  0x03: (c) => c.u16(),
  0x04: (c) => c.u32(),
  0x09: (c) => c.uleb(),
  0x18: (c) => c.uleb(),
};

/** One attribute's value: a number (constants, references, offsets, indices), an inline string, or a block. */
export type FormValue = number | string | Buffer;

/** Reads a value of `form` at the cursor; `implicit` is DW_FORM_implicit_const's value from the abbreviation. */
export function readForm(c: Cursor, form: number, unit: FormContext, implicit = 0): FormValue {
  const fixed = FIXED_SIZE[form];
  if (fixed !== undefined) {
    if (fixed === 1) return c.u8();
    if (fixed === 2) return c.u16();
    if (fixed === 3) return c.u24();
    if (fixed === 4) return c.u32();
    if (fixed === 8) return c.u64();
    c.skip(fixed);
    return 0;
  }
  if (OFFSET_FORMS.has(form)) return c.offset(unit.offsetSize);
  if (ULEB_FORMS.has(form)) return c.uleb();
  const block = BLOCK_LENGTH[form];
  if (block) {
    const length = block(c);
    const start = c.at;
    c.skip(length);
    return c.data.subarray(start, start + length);
  }
  return readOtherForm(c, form, unit, implicit);
}

function readOtherForm(c: Cursor, form: number, unit: FormContext, implicit: number): FormValue {
  switch (form) {
    case DW_FORM_ADDR:
      return unit.addressSize === 8 ? c.u64() : unit.addressSize === 4 ? c.u32() : unit.addressSize === 2 ? c.u16() : c.u8();
    case DW_FORM_STRING:
      return c.cstring();
    case DW_FORM_SDATA:
      return c.sleb();
    case DW_FORM_REF_ADDR:
      // DWARF 2 made it address-sized; from 3 on it is an offset.
      return unit.version <= 2 ? readOtherForm(c, DW_FORM_ADDR, unit, implicit) : c.offset(unit.offsetSize);
    case DW_FORM_INDIRECT:
      return readForm(c, c.uleb(), unit, implicit);
    case DW_FORM_FLAG_PRESENT:
      return 1;
    case DW_FORM_IMPLICIT_CONST:
      return implicit;
    default:
      throw new RangeError(`unknown DWARF form 0x${form.toString(16)} at offset ${c.at}`);
  }
}

/** The debug sections a walk over variables reads; absent ones are empty. */
export interface DebugSections {
  info: Buffer;
  abbrev: Buffer;
  str: Buffer;
  line: Buffer;
  lineStr: Buffer;
  strOffsets: Buffer;
}

/** Reads the DWARF sections of a file, inflating SHF_COMPRESSED (zlib, zstd) and GNU .zdebug_* ones. */
export async function readDebugSections(file: ElfFile): Promise<DebugSections> {
  const [info, abbrev, str, line, lineStr, strOffsets] = await Promise.all(
    ['info', 'abbrev', 'str', 'line', 'line_str', 'str_offsets'].map((name) => readDebugSection(file, name)),
  );
  return { info: info!, abbrev: abbrev!, str: str!, line: line!, lineStr: lineStr!, strOffsets: strOffsets! };
}

async function readDebugSection(file: ElfFile, name: string): Promise<Buffer> {
  const plain = await file.sectionNamed(`.debug_${name}`);
  if (plain) {
    const bytes = await file.readSection(plain, `.debug_${name}`);
    return plain.flags & SHF_COMPRESSED ? decompress(file, bytes, `.debug_${name}`) : bytes;
  }
  const gnu = await file.sectionNamed(`.zdebug_${name}`);
  if (!gnu) return Buffer.alloc(0);
  // The GNU form: "ZLIB", the size in 8 big-endian bytes, then a zlib stream.
  const bytes = await file.readSection(gnu, `.zdebug_${name}`);
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'ZLIB') throw file.fail(`.zdebug_${name} does not start with ZLIB`);
  return inflated(file, ELFCOMPRESS_ZLIB, bytes.subarray(12), Number(bytes.readBigUInt64BE(4)), `.zdebug_${name}`);
}

function decompress(file: ElfFile, bytes: Buffer, what: string): Promise<Buffer> {
  const c = new Cursor(bytes, file.endian === 'little');
  // Elf64_Chdr: type, reserved, size, alignment; Elf32_Chdr: type, size, alignment.
  const type = c.u32();
  if (file.elfClass === 64) c.skip(4);
  const size = file.elfClass === 64 ? c.u64() : c.u32();
  c.skip(file.elfClass === 64 ? 8 : 4);
  return inflated(file, type, bytes.subarray(c.at), size, what);
}

/** Decompresses to exactly the size the header gives, and never more (a corrupt header cannot make it allocate without end). */
async function inflated(file: ElfFile, type: number, body: Buffer, size: number, what: string): Promise<Buffer> {
  if (type !== ELFCOMPRESS_ZLIB && type !== ELFCOMPRESS_ZSTD) throw file.fail(`${what}: unknown compression type ${type}`);
  if (size === 0) return Buffer.alloc(0);
  if (!Number.isSafeInteger(size) || size > MAX_SECTION) throw file.fail(`${what}: its header gives an impossible size (${size} bytes)`);
  let data: Buffer;
  try {
    data = await (type === ELFCOMPRESS_ZLIB ? inflate(body, { maxOutputLength: size }) : zstdDecompress(body, { maxOutputLength: size }));
  } catch (error) {
    throw file.fail(`${what}: cannot decompress: ${(error as Error).message}`);
  }
  if (data.length !== size) throw file.fail(`${what}: decompressed to ${data.length} bytes, not the ${size} its header says`);
  return data;
}
