// The library's thread-local storage: the size of its PT_TLS segment and its largest TLS
// symbols. A Go c-shared library is marked STATIC_TLS, so dlopen has to fit that whole block
// into the room glibc keeps for libraries loaded after start-up; a large initial-exec
// variable in the cgo code makes both loads fail with "cannot allocate memory in static TLS
// block" (tensorflow/io #492, #574).
import { PT_TLS, SHT_SYMTAB, STT_TLS, withElfFile, type ElfFile } from './file.ts';

export interface TlsSymbol {
  name: string;
  size: number;
}

export interface TlsInfo {
  /** p_memsz of PT_TLS (0 without one). */
  size: number;
  /** The TLS symbols of .symtab, largest first (empty when the library is stripped). */
  symbols: TlsSymbol[];
}

async function tlsSegmentSize(file: ElfFile): Promise<number> {
  const wide = file.elfClass === 64;
  const header = await file.read(0, wide ? 64 : 52, 'ELF header');
  const { num } = file;
  const phoff = num.word(header, wide ? 0x20 : 0x1c);
  const phentsize = num.u16(header, wide ? 0x36 : 0x2a);
  const phnum = num.u16(header, wide ? 0x38 : 0x2c);
  if (phnum === 0) return 0;
  const table = await file.read(phoff, phentsize * phnum, 'program headers');
  for (let i = 0; i < phnum; i++) {
    const at = i * phentsize;
    if (num.u32(table, at) !== PT_TLS) continue;
    return num.word(table, wide ? at + 0x28 : at + 0x14);
  }
  return 0;
}

async function tlsSymbols(file: ElfFile): Promise<TlsSymbol[]> {
  const symtab = file.sections.find((s) => s.type === SHT_SYMTAB);
  if (!symtab) return [];
  const strtab = file.linkedSection(symtab, 'symbol string table');
  const [table, strings] = await Promise.all([file.readSection(symtab, '.symtab'), file.readSection(strtab, '.strtab')]);
  const wide = file.elfClass === 64;
  const entry = wide ? 24 : 16;
  const { num } = file;
  const out: TlsSymbol[] = [];
  for (let at = entry; at + entry <= table.length; at += entry) {
    const info = table[wide ? at + 4 : at + 12]!;
    if ((info & 15) !== STT_TLS) continue;
    const size = wide ? num.word(table, at + 16) : num.u32(table, at + 8);
    const nameAt = num.u32(table, at);
    const end = strings.indexOf(0, nameAt);
    out.push({ name: strings.toString('utf8', nameAt, end < 0 ? strings.length : end), size });
  }
  return out.sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
}

/** Reads the TLS segment size and TLS symbols of a built library. Throws ElfError on a malformed file. */
export function readTls(path: string): Promise<TlsInfo> {
  return withElfFile(path, async (file) => {
    const [size, symbols] = await Promise.all([tlsSegmentSize(file), tlsSymbols(file)]);
    return { size, symbols };
  });
}
