// The undefined symbols of a package's compiled C and C++ objects: the names its own code
// (preamble, .c and .cc files, cgo's wrappers) needs from somewhere else. A Go package archive
// (`go list -export`) is an ar archive holding _go_.o (Go's own format, skipped) and one ELF
// relocatable object per cgo-compiled file; their .symtab entries with section index 0 are the
// references. Mangled C++ names are kept as they are.
import { AR_HEADER, AR_MAGIC, SHN_UNDEF, SHT_SYMTAB, STB_GLOBAL, STB_WEAK, arMemberHeader } from './file.ts';

/** The ELF members of an ar archive (or the buffer itself when it is one ELF object). Pure. */
export function archiveObjects(data: Buffer): { name: string; bytes: Buffer }[] {
  if (isElf(data)) return [{ name: '', bytes: data }];
  if (data.toString('latin1', 0, AR_MAGIC.length) !== AR_MAGIC) return [];
  const members: { name: string; bytes: Buffer }[] = [];
  for (let at = AR_MAGIC.length; at + AR_HEADER <= data.length;) {
    const member = arMemberHeader(data.subarray(at, at + AR_HEADER));
    if (!member) break;
    const bytes = data.subarray(at + AR_HEADER, Math.min(data.length, at + AR_HEADER + member.size));
    if (isElf(bytes)) members.push({ name: member.name, bytes });
    at += AR_HEADER + member.size + (member.size & 1);
  }
  return members;
}

const isElf = (b: Buffer) => b.length >= 52 && b[0] === 0x7f && b.toString('latin1', 1, 4) === 'ELF';

/** Global and weak undefined names in one ELF relocatable object's .symtab. Pure; malformed input gives []. */
export function undefinedSymbols(object: Buffer): string[] {
  const wide = object[4] === 2;
  const little = object[5] !== 2;
  const u16 = (at: number) => (little ? object.readUInt16LE(at) : object.readUInt16BE(at));
  const u32 = (at: number) => (little ? object.readUInt32LE(at) : object.readUInt32BE(at));
  const word = (at: number) => (wide ? Number(little ? object.readBigUInt64LE(at) : object.readBigUInt64BE(at)) : u32(at));
  try {
    const shoff = word(wide ? 0x28 : 0x20);
    const shentsize = u16(wide ? 0x3a : 0x2e);
    const shnum = u16(wide ? 0x3c : 0x30);
    const section = (i: number) => {
      const at = shoff + i * shentsize;
      return {
        type: u32(at + 4),
        offset: word(wide ? at + 0x18 : at + 0x10),
        size: word(wide ? at + 0x20 : at + 0x14),
        link: u32(wide ? at + 0x28 : at + 0x18),
      };
    };
    const names: string[] = [];
    for (let i = 0; i < shnum; i++) {
      const symtab = section(i);
      if (symtab.type !== SHT_SYMTAB) continue;
      const strtab = section(symtab.link);
      const entry = wide ? 24 : 16;
      for (let at = symtab.offset + entry; at + entry <= symtab.offset + symtab.size; at += entry) {
        const info = object[wide ? at + 4 : at + 12]!;
        const shndx = u16(wide ? at + 6 : at + 14);
        const binding = info >> 4;
        if (shndx !== SHN_UNDEF || (binding !== STB_GLOBAL && binding !== STB_WEAK)) continue;
        const nameAt = strtab.offset + u32(at);
        const end = object.indexOf(0, nameAt);
        if (end > nameAt) names.push(object.toString('latin1', nameAt, end));
      }
    }
    return names;
  } catch {
    return []; // a truncated object: its names are not ours to guess
  }
}

/** The sorted, distinct undefined names of every ELF object in `archive`. Pure. */
export function archiveUndefinedSymbols(archive: Buffer): string[] {
  return [...new Set(archiveObjects(archive).flatMap((m) => undefinedSymbols(m.bytes)))].sort();
}
