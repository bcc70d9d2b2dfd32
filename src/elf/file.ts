// Opens an ELF file and reads its header and section headers through positional reads,
// so a 788 MB library costs a few small reads plus the sections a caller asks for. The same
// reader serves an object already in memory (a member of a Go package archive).
// Every offset and size taken from the file is checked against the file size first:
// a bad file gives an ElfError, never a crash, a huge allocation or a hang.
import fs from 'node:fs/promises';

export class ElfError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'ElfError';
    this.path = path;
  }
}

export type ElfClass = 32 | 64;
export type Endian = 'little' | 'big';

export const SHT_SYMTAB = 2;
export const SHT_HASH = 5;
export const SHT_DYNAMIC = 6;
export const SHT_NOBITS = 8;
export const SHT_DYNSYM = 11;
export const SHT_GNU_HASH = 0x6ffffff6;
export const SHT_GNU_VERDEF = 0x6ffffffd;
export const SHT_GNU_VERNEED = 0x6ffffffe;
export const SHT_GNU_VERSYM = 0x6fffffff;
export const SHT_NOTE = 7;
export const SHF_WRITE = 1;
/** sh_flags: the section's data starts with an Elf32_Chdr/Elf64_Chdr and is compressed (zlib or zstd). */
export const SHF_COMPRESSED = 0x800;
export const SHN_UNDEF = 0;
export const SHN_ABS = 0xfff1;
export const PT_TLS = 7;
// st_info: binding in the high nibble, type in the low one; st_other: visibility in the low two bits.
export const STB_GLOBAL = 1;
export const STB_WEAK = 2;
export const STB_GNU_UNIQUE = 10;
export const STT_NOTYPE = 0;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_TLS = 6;
export const STT_GNU_IFUNC = 10;
export const STV_DEFAULT = 0;
/** Ar archives (static libraries) start with this; each member has a 60-byte header. */
export const AR_MAGIC = '!<arch>\n';
export const AR_HEADER = 60;

/** Whether `b` starts with the ELF magic (\x7fELF). */
export function hasElfMagic(b: Buffer): boolean {
  return b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;
}

/** Name and size of the ar member whose 60-byte header is `header` (size in decimal at 48..58); undefined when malformed. */
export function arMemberHeader(header: Buffer): { name: string; size: number } | undefined {
  if (header.length < AR_HEADER) return undefined;
  const size = Number(header.toString('latin1', 48, 58).trim());
  if (!Number.isInteger(size) || size < 0) return undefined;
  return { name: header.toString('latin1', 0, 16).trim().replace(/\/$/, ''), size };
}

export interface SectionHeader {
  index: number;
  /** sh_name: the offset of the name in the section-name string table (see ElfFile.sectionNamed). */
  nameOffset: number;
  type: number;
  /** sh_flags: SHF_WRITE (1), SHF_ALLOC (2), SHF_EXECINSTR (4), ... */
  flags: number;
  offset: number;
  size: number;
  link: number;
  info: number;
  /** sh_addralign (0 or 1: no constraint). */
  addralign: number;
  entsize: number;
}

/** The fields of a program header that a caller reads (PT_TLS's size in memory). */
export interface ProgramHeader {
  type: number;
  memsz: number;
}

/** Where an ElfFile's bytes come from: a file read positionally, or bytes in memory. */
interface ByteSource {
  readonly size: number;
  /** Copies up to `length` bytes at `position` into `buffer` at `into`; the count read (0 at the end). */
  read(buffer: Buffer, into: number, length: number, position: number): Promise<number>;
  close(): Promise<void>;
}

function bytesSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    read: (buffer, into, length, position) =>
      Promise.resolve(bytes.copy(buffer, into, position, Math.min(bytes.length, position + length))),
    close: () => Promise.resolve(),
  };
}

async function fileSource(path: string): Promise<ByteSource> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    throw new ElfError(path, `cannot open: ${(error as Error).message}`);
  }
  try {
    const size = (await handle.stat()).size;
    return {
      size,
      read: async (buffer, into, length, position) => (await handle.read(buffer, into, length, position)).bytesRead,
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw new ElfError(path, `cannot open: ${(error as Error).message}`);
  }
}

const fileTypes: Record<number, string> = { 0: 'NONE', 1: 'REL', 2: 'EXEC', 3: 'DYN', 4: 'CORE' };

/** Reads unsigned integers in the file's byte order; `word` is 4 or 8 bytes by class. */
export interface NumberReader {
  u16(buf: Buffer, at: number): number;
  u32(buf: Buffer, at: number): number;
  word(buf: Buffer, at: number): number;
}

function numberReader(endian: Endian, elfClass: ElfClass): NumberReader {
  const little = endian === 'little';
  const u16 = little ? (b: Buffer, at: number) => b.readUInt16LE(at) : (b: Buffer, at: number) => b.readUInt16BE(at);
  const u32 = little ? (b: Buffer, at: number) => b.readUInt32LE(at) : (b: Buffer, at: number) => b.readUInt32BE(at);
  // 64-bit values above 2^53 cannot be valid offsets in a real file; they become
  // Infinity-like huge numbers that the bounds checks reject.
  const u64 = little ? (b: Buffer, at: number) => Number(b.readBigUInt64LE(at)) : (b: Buffer, at: number) => Number(b.readBigUInt64BE(at));
  return { u16, u32, word: elfClass === 64 ? u64 : u32 };
}

export class ElfFile {
  readonly path: string;
  readonly size: number;
  readonly elfClass: ElfClass;
  readonly endian: Endian;
  readonly machine: number;
  readonly type: string;
  readonly sections: SectionHeader[];
  readonly num: NumberReader;
  private readonly source: ByteSource;
  private readonly header: ParsedHeader;
  private names?: Promise<string[]>;

  private constructor(path: string, source: ByteSource, header: ParsedHeader, sections: SectionHeader[]) {
    this.path = path;
    this.source = source;
    this.size = source.size;
    this.header = header;
    this.elfClass = header.elfClass;
    this.endian = header.endian;
    this.machine = header.machine;
    this.type = header.type;
    this.num = header.num;
    this.sections = sections;
  }

  /** Opens `path` and reads its headers. The caller must close() it (see withElfFile). */
  static async open(path: string): Promise<ElfFile> {
    return ElfFile.over(path, await fileSource(path));
  }

  /** An object already in memory; `name` stands for its path in errors. */
  static fromBytes(name: string, bytes: Buffer): Promise<ElfFile> {
    return ElfFile.over(name, bytesSource(bytes));
  }

  private static async over(path: string, source: ByteSource): Promise<ElfFile> {
    try {
      const ident = await readExactly(path, source, 0, Math.min(source.size, 64), 'ELF header');
      const header = parseHeader(path, ident, source.size);
      const sections = await readSectionHeaders(path, source, header);
      return new ElfFile(path, source, header, sections);
    } catch (error) {
      await source.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.source.close();
  }

  fail(message: string): ElfError {
    return new ElfError(this.path, message);
  }

  /** Reads exactly `length` bytes at `offset`; `what` names the data in errors. */
  read(offset: number, length: number, what: string): Promise<Buffer> {
    return readExactly(this.path, this.source, offset, length, what);
  }

  /** Reads exactly `length` bytes at `offset` into the start of `buffer` (reused by callers that stream a section). */
  readInto(buffer: Buffer, offset: number, length: number, what: string): Promise<void> {
    return readExactlyInto(this.path, this.source, buffer, offset, length, what);
  }

  /** Throws the ElfError `read` would give if `length` bytes at `offset` lie outside the file. */
  checkRange(offset: number, length: number, what: string): void {
    checkRange(this.path, this.size, offset, length, what);
  }

  readSection(section: SectionHeader, what: string): Promise<Buffer> {
    if (section.type === SHT_NOBITS) return Promise.resolve(Buffer.alloc(0));
    return this.read(section.offset, section.size, what);
  }

  /** The program headers (none in a relocatable object). */
  async programHeaders(): Promise<ProgramHeader[]> {
    const { phoff, phentsize, phnum, num, elfClass } = this.header;
    if (phnum === 0) return [];
    const minEntry = elfClass === 64 ? 56 : 32;
    if (phentsize < minEntry) throw this.fail(`program header size ${phentsize} is smaller than ${minEntry}`);
    const table = await this.read(phoff, phentsize * phnum, 'program headers');
    const headers: ProgramHeader[] = [];
    for (let at = 0; at < phnum * phentsize; at += phentsize) {
      headers.push({ type: num.u32(table, at), memsz: elfClass === 64 ? num.word(table, at + 40) : num.u32(table, at + 20) });
    }
    return headers;
  }

  /** The first section of that name (`.debug_info`); undefined without one, or without a section-name table. */
  async sectionNamed(name: string): Promise<SectionHeader | undefined> {
    this.names ??= this.readSectionNames();
    const index = (await this.names).indexOf(name);
    return index < 0 ? undefined : this.sections[index];
  }

  /** Each section's name from e_shstrndx's string table, read once ('' for all when there is none). */
  private async readSectionNames(): Promise<string[]> {
    // With 0xff00 or more sections, e_shstrndx is SHN_XINDEX and section 0's sh_link holds it.
    const index = this.header.shstrndx === 0xffff ? (this.sections[0]?.link ?? 0) : this.header.shstrndx;
    const table = index === 0 ? undefined : this.sections[index];
    if (!table) return this.sections.map(() => '');
    const strings = await this.readSection(table, 'section names');
    return this.sections.map((s) => {
      if (s.nameOffset >= strings.length) return '';
      const end = strings.indexOf(0, s.nameOffset);
      return strings.toString('utf8', s.nameOffset, end < 0 ? strings.length : end);
    });
  }

  firstOfType(type: number): SectionHeader | undefined {
    return this.sections.find((s) => s.type === type);
  }

  /** The section named by another section's sh_link (e.g. the string table of .dynsym). */
  linkedSection(section: SectionHeader, what: string): SectionHeader {
    const linked = this.sections[section.link];
    if (!linked || section.link === 0) throw this.fail(`section ${section.index} links to missing section ${section.link} (${what})`);
    return linked;
  }

  /** Reads the NUL-terminated string at `offset` inside a string-table section. */
  async readString(table: SectionHeader, offset: number, what: string): Promise<string> {
    if (offset >= table.size) throw this.fail(`${what}: string offset ${offset} is outside its string table (${table.size} bytes)`);
    let chunk = 256;
    for (;;) {
      const length = Math.min(chunk, table.size - offset);
      const bytes = await this.read(table.offset + offset, length, what);
      const end = bytes.indexOf(0);
      if (end >= 0) return bytes.toString('utf8', 0, end);
      if (length === table.size - offset) return bytes.toString('utf8');
      chunk *= 4;
    }
  }
}

/** Opens the file, runs `use`, and always closes it; malformed data becomes an ElfError. */
export function withElfFile<T>(path: string, use: (file: ElfFile) => Promise<T>): Promise<T> {
  return withOpened(path, ElfFile.open(path), use);
}

/** withElfFile for an object in memory; `name` stands for its path in errors. */
export function withElfBytes<T>(name: string, bytes: Buffer, use: (file: ElfFile) => Promise<T>): Promise<T> {
  return withOpened(name, ElfFile.fromBytes(name, bytes), use);
}

async function withOpened<T>(path: string, opening: Promise<ElfFile>, use: (file: ElfFile) => Promise<T>): Promise<T> {
  const file = await opening;
  try {
    return await use(file);
  } catch (error) {
    if (error instanceof RangeError) throw new ElfError(path, `malformed ELF data (${error.message})`);
    throw error;
  } finally {
    await file.close();
  }
}

function checkRange(path: string, fileSize: number, offset: number, length: number, what: string): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > fileSize) {
    throw new ElfError(
      path,
      `${what} at offset ${offset} (${length} bytes) lies outside the file (${fileSize} bytes); the file is truncated or corrupt`,
    );
  }
}

async function readExactly(path: string, source: ByteSource, offset: number, length: number, what: string): Promise<Buffer> {
  checkRange(path, source.size, offset, length, what);
  const buffer = Buffer.allocUnsafe(length);
  await readExactlyInto(path, source, buffer, offset, length, what);
  return buffer;
}

async function readExactlyInto(
  path: string,
  source: ByteSource,
  buffer: Buffer,
  offset: number,
  length: number,
  what: string,
): Promise<void> {
  checkRange(path, source.size, offset, length, what);
  if (length > buffer.length) throw new Error(`${length} bytes do not fit a ${buffer.length}-byte buffer`);
  let done = 0;
  while (done < length) {
    let bytesRead: number;
    try {
      bytesRead = await source.read(buffer, done, length - done, offset + done);
    } catch (error) {
      throw new ElfError(path, `cannot read ${what}: ${(error as Error).message}`);
    }
    if (bytesRead === 0) throw new ElfError(path, `${what}: unexpected end of file at offset ${offset + done}`);
    done += bytesRead;
  }
}

interface ParsedHeader {
  elfClass: ElfClass;
  endian: Endian;
  machine: number;
  type: string;
  num: NumberReader;
  shoff: number;
  shentsize: number;
  shnum: number;
  phoff: number;
  phentsize: number;
  phnum: number;
  /** e_shstrndx: the section holding the section names (0: none). */
  shstrndx: number;
}

function parseHeader(path: string, b: Buffer, fileSize: number): ParsedHeader {
  if (fileSize === 0) throw new ElfError(path, 'not an ELF file (the file is empty)');
  if (!hasElfMagic(b)) throw new ElfError(path, 'not an ELF file (no \\x7fELF magic)');
  if (b.length < 16) throw new ElfError(path, `truncated ELF header (${b.length} bytes)`);
  const elfClass = b[4] === 1 ? 32 : b[4] === 2 ? 64 : undefined;
  if (!elfClass) throw new ElfError(path, `unknown ELF class ${b[4]}`);
  const endian = b[5] === 1 ? 'little' : b[5] === 2 ? 'big' : undefined;
  if (!endian) throw new ElfError(path, `unknown ELF data encoding ${b[5]}`);
  const headerSize = elfClass === 64 ? 64 : 52;
  if (b.length < headerSize) throw new ElfError(path, `truncated ELF header (${b.length} of ${headerSize} bytes)`);
  const num = numberReader(endian, elfClass);
  const typeCode = num.u16(b, 16);
  const at =
    elfClass === 64
      ? { phoff: 32, phentsize: 54, phnum: 56, shoff: 40, shentsize: 58, shnum: 60, shstrndx: 62 }
      : { phoff: 28, phentsize: 42, phnum: 44, shoff: 32, shentsize: 46, shnum: 48, shstrndx: 50 };
  return {
    elfClass,
    endian,
    machine: num.u16(b, 18),
    type: fileTypes[typeCode] ?? `0x${typeCode.toString(16)}`,
    num,
    shoff: num.word(b, at.shoff),
    shentsize: num.u16(b, at.shentsize),
    shnum: num.u16(b, at.shnum),
    phoff: num.word(b, at.phoff),
    phentsize: num.u16(b, at.phentsize),
    phnum: num.u16(b, at.phnum),
    shstrndx: num.u16(b, at.shstrndx),
  };
}

async function readSectionHeaders(path: string, source: ByteSource, h: ParsedHeader): Promise<SectionHeader[]> {
  const fileSize = source.size;
  if (h.shoff === 0) return [];
  const minEntry = h.elfClass === 64 ? 64 : 40;
  if (h.shentsize < minEntry) throw new ElfError(path, `section header size ${h.shentsize} is smaller than ${minEntry}`);
  const first = parseSection(h, await readExactly(path, source, h.shoff, h.shentsize, 'section header 0'), 0, 0);
  // With 0xff00 or more sections, e_shnum is 0 and section 0's sh_size holds the count.
  const count = h.shnum === 0 ? first.size : h.shnum;
  if (count * h.shentsize > fileSize) throw new ElfError(path, `${count} section headers do not fit in the file`);
  const table = await readExactly(path, source, h.shoff, count * h.shentsize, 'section headers');
  const sections: SectionHeader[] = [];
  for (let i = 0; i < count; i++) sections.push(parseSection(h, table, i * h.shentsize, i));
  return sections;
}

function parseSection(h: ParsedHeader, b: Buffer, at: number, index: number): SectionHeader {
  const { num } = h;
  if (h.elfClass === 64) {
    return {
      index,
      nameOffset: num.u32(b, at),
      type: num.u32(b, at + 4),
      flags: num.word(b, at + 8),
      offset: num.word(b, at + 24),
      size: num.word(b, at + 32),
      link: num.u32(b, at + 40),
      info: num.u32(b, at + 44),
      addralign: num.word(b, at + 48),
      entsize: num.word(b, at + 56),
    };
  }
  return {
    index,
    nameOffset: num.u32(b, at),
    type: num.u32(b, at + 4),
    flags: num.u32(b, at + 8),
    offset: num.u32(b, at + 16),
    size: num.u32(b, at + 20),
    link: num.u32(b, at + 24),
    info: num.u32(b, at + 28),
    addralign: num.u32(b, at + 32),
    entsize: num.u32(b, at + 36),
  };
}
