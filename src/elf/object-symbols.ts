// The undefined symbols of a package's compiled C and C++ objects: the names its own code
// (preamble, .c and .cc files, cgo's wrappers) needs from somewhere else. A Go package archive
// (`go list -export`) is an ar archive holding _go_.o (Go's own format, skipped) and one ELF
// relocatable object per cgo-compiled file; their .symtab entries with section index 0 are the
// references. Mangled C++ names are kept as they are.
import { AR_HEADER, AR_MAGIC, ElfError, SHN_UNDEF, STB_GLOBAL, STB_WEAK, arMemberHeader, hasElfMagic, withElfBytes } from './file.ts';
import { readStaticSymbols } from './symtab.ts';

/** The ELF members of an ar archive (or the buffer itself when it is one ELF object). Pure. */
export function archiveObjects(data: Buffer): { name: string; bytes: Buffer }[] {
  if (hasElfMagic(data)) return [{ name: '', bytes: data }];
  if (data.toString('latin1', 0, AR_MAGIC.length) !== AR_MAGIC) return [];
  const members: { name: string; bytes: Buffer }[] = [];
  for (let at = AR_MAGIC.length; at + AR_HEADER <= data.length;) {
    const member = arMemberHeader(data.subarray(at, at + AR_HEADER));
    if (!member) break;
    const bytes = data.subarray(at + AR_HEADER, Math.min(data.length, at + AR_HEADER + member.size));
    if (hasElfMagic(bytes)) members.push({ name: member.name, bytes });
    at += AR_HEADER + member.size + (member.size & 1);
  }
  return members;
}

/** Global and weak undefined names in one ELF relocatable object; a malformed one gives []. */
export async function undefinedSymbols(object: Buffer, name = 'object'): Promise<string[]> {
  try {
    return await withElfBytes(name, object, async (file) =>
      (await readStaticSymbols(file))
        .filter((s) => s.shndx === SHN_UNDEF && (s.info >> 4 === STB_GLOBAL || s.info >> 4 === STB_WEAK))
        .map((s) => s.name),
    );
  } catch (error) {
    if (error instanceof ElfError) return []; // a truncated object: its names are not ours to guess
    throw error;
  }
}

/** The sorted, distinct undefined names of every ELF object in `archive`. */
export async function archiveUndefinedSymbols(archive: Buffer): Promise<string[]> {
  const perObject = await Promise.all(archiveObjects(archive).map((m) => undefinedSymbols(m.bytes, m.name)));
  return [...new Set(perObject.flat())].sort();
}
