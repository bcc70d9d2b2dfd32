// Symbol versioning: .gnu.version_d (versions this file defines, e.g. `tensorflow`) and
// .gnu.version_r (versions it needs from each library, e.g. libc.so.6: GLIBC_2.14).
// Both map a version index (the number .gnu.version stores per symbol) to a name.
import { SHT_GNU_VERDEF, SHT_GNU_VERNEED, type ElfFile, type SectionHeader } from './file.ts';

export interface VersionNeed {
  /** The needed file as named in the verneed entry, e.g. libc.so.6. */
  file: string;
  versions: string[];
}

export interface VersionTable {
  /** Version name by index; indexes 0 (local) and 1 (global) have none. */
  byIndex: Map<number, string>;
  /** Index of the versions that come from verneed (references, not definitions). */
  needIndexes: Set<number>;
  /** Versions this file defines, without the base entry (which is its soname). */
  defined: string[];
  required: VersionNeed[];
}

type StringReader = (offset: number, what: string) => Promise<string>;

const entrySize = 16; // Elf_Verneed, Elf_Vernaux and Elf_Verdaux (8) are all <= 20 bytes
const VER_FLG_BASE = 1;

/** `needs: false` skips .gnu.version_r, for callers that only look at definitions. */
export async function readVersionTable(file: ElfFile, readString?: StringReader, parts = { needs: true }): Promise<VersionTable> {
  const table: VersionTable = { byIndex: new Map(), needIndexes: new Set(), defined: [], required: [] };
  const verdef = file.firstOfType(SHT_GNU_VERDEF);
  const verneed = file.firstOfType(SHT_GNU_VERNEED);
  if (verdef) await readDefinitions(file, verdef, stringsFor(file, verdef, readString), table);
  if (verneed && parts.needs) await readNeeds(file, verneed, stringsFor(file, verneed, readString), table);
  return table;
}

function stringsFor(file: ElfFile, section: SectionHeader, readString?: StringReader): StringReader {
  if (readString) return readString;
  const strtab = file.linkedSection(section, 'version string table');
  return (offset, what) => file.readString(strtab, offset, what);
}

/** A chain of entries linked by relative `next` offsets: bounded by count and section size. */
function* chain(file: ElfFile, data: Buffer, count: number, entryBytes: number, nextAt: number, start = 0): Generator<number> {
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at < 0 || at + entryBytes > data.length) throw file.fail(`version entry at ${at} lies outside its section`);
    yield at;
    const next = file.num.u32(data, at + nextAt);
    if (next === 0) return;
    at += next;
  }
}

async function readDefinitions(file: ElfFile, section: SectionHeader, strings: StringReader, table: VersionTable): Promise<void> {
  const data = await file.readSection(section, 'version definitions');
  const { num } = file;
  const count = Math.min(section.info || data.length, Math.floor(data.length / 20));
  for (const at of chain(file, data, count, 20, 16)) {
    const flags = num.u16(data, at + 2);
    const index = num.u16(data, at + 4);
    const auxCount = num.u16(data, at + 6);
    if (auxCount === 0) continue;
    const aux = at + num.u32(data, at + 12);
    if (aux + 8 > data.length) throw file.fail(`version definition ${index} has its name outside the section`);
    const name = await strings(num.u32(data, aux), 'version definition name');
    table.byIndex.set(index, name);
    if (!(flags & VER_FLG_BASE)) table.defined.push(name);
  }
}

async function readNeeds(file: ElfFile, section: SectionHeader, strings: StringReader, table: VersionTable): Promise<void> {
  const data = await file.readSection(section, 'version needs');
  const { num } = file;
  const count = Math.min(section.info || data.length, Math.floor(data.length / entrySize));
  for (const at of chain(file, data, count, entrySize, 12)) {
    const auxCount = num.u16(data, at + 2);
    const need: VersionNeed = { file: await strings(num.u32(data, at + 4), 'needed file name'), versions: [] };
    const firstAux = at + num.u32(data, at + 8);
    for (const aux of chain(file, data, auxCount, entrySize, 12, firstAux)) {
      const index = num.u16(data, aux + 6) & 0x7fff;
      const name = await strings(num.u32(data, aux + 8), 'needed version name');
      table.byIndex.set(index, name);
      table.needIndexes.add(index);
      need.versions.push(name);
    }
    table.required.push(need);
  }
}
