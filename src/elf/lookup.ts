// Looks up a few defined symbols by name through the file's hash table (.gnu.hash, or
// the SysV DT_HASH), the way the dynamic loader does, so only the hash section and
// a handful of symbol entries and name bytes are read. Without a hash table it falls
// back to scanning the whole .dynsym.
import { SHT_GNU_HASH, SHT_HASH, type ElfFile, type SectionHeader } from './file.ts';
import {
  bindingName,
  dynamicSymbolSections,
  readSymbolTable,
  typeName,
  symbolLayout,
  versionOf,
  type DynamicSymbolSections,
  type ElfSymbol,
} from './symbols.ts';
import { readVersionTable } from './versions.ts';

export function gnuHash(name: Buffer): number {
  let h = 5381;
  for (const byte of name) h = (h * 33 + byte) >>> 0;
  return h;
}

export function sysvHash(name: Buffer): number {
  let h = 0;
  for (const byte of name) {
    h = ((h << 4) + byte) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h ^= g >>> 24;
    h = (h & ~g) >>> 0;
  }
  return h;
}

/**
 * Every definition of each name that the file exports (defined, not LOCAL). A name
 * can have several, one per symbol version (memcpy@GLIBC_2.2.5 and memcpy@@GLIBC_2.14).
 * Names the file does not define are absent from the map. The map lists the names in the
 * order asked, however the parallel reads complete.
 */
export async function lookupSymbols(file: ElfFile, names: readonly string[]): Promise<Map<string, ElfSymbol[]>> {
  const where = dynamicSymbolSections(file);
  if (!where || names.length === 0) return new Map();
  const gnu = file.sections.find((s) => s.type === SHT_GNU_HASH && s.link === where.dynsym.index);
  const sysv = file.sections.find((s) => s.type === SHT_HASH && s.link === where.dynsym.index);
  if (!gnu && !sysv) return scan(file, names);

  const table = await file.readSection((gnu ?? sysv)!, gnu ? '.gnu.hash' : '.hash');
  const wanted = [...new Set(names)].map((name) => ({ name, bytes: Buffer.from(name, 'utf8') }));
  const candidates = wanted.map(({ bytes }) =>
    gnu ? gnuCandidates(file, table, gnuHash(bytes), where.count) : sysvCandidates(file, table, sysvHash(bytes), where.count),
  );
  const matches = await Promise.all(wanted.map((w, k) => matchingSymbols(file, where, w.bytes, candidates[k]!)));
  const needVersions = where.versym && matches.some((m) => m.length > 0);
  const versions = needVersions ? await readVersionTable(file, undefined, { needs: false }) : undefined;
  const perName = await Promise.all(
    wanted.map(async ({ name }, k) => {
      const symbols: ElfSymbol[] = [];
      for (const m of matches[k]!) {
        const entry = where.versym && versions ? await file.read(where.versym.offset + m.index * 2, 2, '.gnu.version entry') : undefined;
        const v = entry && versions ? versionOf(versions, file.num.u16(entry, 0), true) : {};
        symbols.push({ name, defined: true, binding: m.binding, type: m.type, version: v.version, versionHidden: v.hidden });
      }
      return symbols;
    }),
  );
  return withDefinitions(wanted.map(({ name }, k) => [name, perName[k]]));
}

/** The names that have definitions, in the order given (the order asked): built after the reads, not as they complete. */
function withDefinitions(perName: [string, ElfSymbol[] | undefined][]): Map<string, ElfSymbol[]> {
  return new Map(perName.filter((entry): entry is [string, ElfSymbol[]] => entry[1] !== undefined && entry[1].length > 0));
}

async function scan(file: ElfFile, names: readonly string[]): Promise<Map<string, ElfSymbol[]>> {
  const wanted = new Set(names);
  const byName = new Map<string, ElfSymbol[]>();
  for (const symbol of await readSymbolTable(file)) {
    if (!symbol.defined || symbol.binding === 'LOCAL' || !wanted.has(symbol.name)) continue;
    const list = byName.get(symbol.name);
    if (list) list.push(symbol);
    else byName.set(symbol.name, [symbol]);
  }
  return withDefinitions([...wanted].map((name) => [name, byName.get(name)]));
}

/** Symbol indexes whose hash matches, from a .gnu.hash section. */
function gnuCandidates(file: ElfFile, t: Buffer, hash: number, symbolCount: number): number[] {
  const { num } = file;
  if (t.length < 16) throw file.fail('.gnu.hash is too short');
  const nbuckets = num.u32(t, 0);
  const symoffset = num.u32(t, 4);
  const bloomWords = num.u32(t, 8);
  const bucketsAt = 16 + bloomWords * (file.elfClass === 64 ? 8 : 4);
  const chainAt = bucketsAt + nbuckets * 4;
  if (nbuckets === 0) return [];
  if (chainAt > t.length) throw file.fail('.gnu.hash buckets lie outside the section');
  const out: number[] = [];
  let index = num.u32(t, bucketsAt + (hash % nbuckets) * 4);
  if (index === 0) return out;
  if (index < symoffset) throw file.fail(`.gnu.hash bucket points to symbol ${index} below symoffset ${symoffset}`);
  for (; index < symbolCount; index++) {
    const at = chainAt + (index - symoffset) * 4;
    if (at + 4 > t.length) throw file.fail('.gnu.hash chain runs past the end of the section');
    const value = num.u32(t, at);
    if ((value | 1) === (hash | 1)) out.push(index);
    if (value & 1) break;
  }
  return out;
}

/** Symbol indexes in the hash bucket, from a SysV .hash section (all candidates, not only matching hashes). */
function sysvCandidates(file: ElfFile, t: Buffer, hash: number, symbolCount: number): number[] {
  const { num } = file;
  if (t.length < 8) throw file.fail('.hash is too short');
  const nbucket = num.u32(t, 0);
  const nchain = num.u32(t, 4);
  if (nbucket === 0) return [];
  if (8 + (nbucket + nchain) * 4 > t.length) throw file.fail('.hash tables lie outside the section');
  const out: number[] = [];
  let index = num.u32(t, 8 + (hash % nbucket) * 4);
  for (let steps = 0; index !== 0 && steps < nchain; steps++) {
    if (index >= nchain || index >= symbolCount) throw file.fail(`.hash chain points to symbol ${index} past the table`);
    out.push(index);
    index = num.u32(t, 8 + (nbucket + index) * 4);
  }
  return out;
}

interface Match {
  index: number;
  binding: string;
  type: string;
}

async function matchingSymbols(file: ElfFile, where: DynamicSymbolSections, name: Buffer, candidates: number[]): Promise<Match[]> {
  const layout = symbolLayout(file);
  const { num } = file;
  const results = await Promise.all(
    candidates.map(async (index): Promise<Match | undefined> => {
      const entry = await file.read(where.dynsym.offset + index * layout.size, layout.size, `.dynsym entry ${index}`);
      const info = entry[layout.info]!;
      if (num.u16(entry, layout.shndx) === 0 || info >> 4 === 0) return undefined; // undefined or LOCAL
      if (!(await nameEquals(file, where.dynstr, num.u32(entry, 0), name))) return undefined;
      return { index, binding: bindingName(info >> 4), type: typeName(info & 15) };
    }),
  );
  return results.filter((m): m is Match => m !== undefined);
}

async function nameEquals(file: ElfFile, dynstr: SectionHeader, offset: number, name: Buffer): Promise<boolean> {
  if (offset + name.length + 1 > dynstr.size) return false;
  const bytes = await file.read(dynstr.offset + offset, name.length + 1, '.dynstr name');
  return bytes[name.length] === 0 && bytes.compare(name, 0, name.length, 0, name.length) === 0;
}
