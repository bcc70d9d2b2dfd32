// The dynamic section: NEEDED, SONAME, RPATH/RUNPATH and the FLAGS/FLAGS_1 bits,
// decoded to the names readelf prints.
import { SHT_DYNAMIC, type ElfFile } from './file.ts';

export interface ElfDynamic {
  /** DT_NEEDED entries, in file order (the loader's search order). */
  needed: string[];
  soname?: string;
  rpath?: string;
  runpath?: string;
  /** DT_FLAGS bits, e.g. SYMBOLIC, STATIC_TLS, BIND_NOW. */
  flags: string[];
  /** DT_FLAGS_1 bits, e.g. NOW, NODELETE. */
  flags1: string[];
}

const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_SONAME = 14;
const DT_RPATH = 15;
const DT_FLAGS = 30;
const DT_RUNPATH = 29;
const DT_FLAGS_1 = 0x6ffffffb;

const flagNames: readonly string[] = ['ORIGIN', 'SYMBOLIC', 'TEXTREL', 'BIND_NOW', 'STATIC_TLS'];
const flag1Names: readonly string[] = [
  'NOW',
  'GLOBAL',
  'GROUP',
  'NODELETE',
  'LOADFLTR',
  'INITFIRST',
  'NOOPEN',
  'ORIGIN',
  'DIRECT',
  'TRANS',
  'INTERPOSE',
  'NODEFLIB',
  'NODUMP',
  'CONFALT',
  'ENDFILTEE',
  'DISPRELDNE',
  'DISPRELPND',
  'NODIRECT',
  'IGNMULDEF',
  'NOKSYMS',
  'NOHDR',
  'EDITED',
  'NORELOC',
  'SYMINTPOSE',
  'GLOBAUDIT',
  'SINGLETON',
  'STUB',
  'PIE',
  'KMOD',
  'WEAKFILTER',
  'NOCOMMON',
];

/** Names of the set bits, low bit first; bits without a name show as hex. */
export function decodeFlags(value: number, names: readonly string[]): string[] {
  const out: string[] = [];
  for (let bit = 0; bit < 32; bit++) {
    const mask = 2 ** bit;
    if (Math.floor(value / mask) % 2 === 1) out.push(names[bit] ?? `0x${mask.toString(16)}`);
  }
  return out;
}

export const decodeDtFlags = (value: number): string[] => decodeFlags(value, flagNames);
export const decodeDtFlags1 = (value: number): string[] => decodeFlags(value, flag1Names);

export async function readDynamic(file: ElfFile): Promise<ElfDynamic> {
  const result: ElfDynamic = { needed: [], flags: [], flags1: [] };
  const section = file.firstOfType(SHT_DYNAMIC);
  if (!section) return result;
  const strings = file.linkedSection(section, 'dynamic string table');
  const data = await file.readSection(section, 'dynamic section');
  const { num } = file;
  const wordSize = file.elfClass === 64 ? 8 : 4;
  const stringAt = (value: number, what: string) => file.readString(strings, value, what);
  for (let at = 0; at + 2 * wordSize <= data.length; at += 2 * wordSize) {
    // Tags are signed, but every tag we read fits in the low 32 bits; a 64-bit
    // tag with high bits set is some tag we do not read.
    const tag = num.word(data, at);
    const value = num.word(data, at + wordSize);
    if (tag === DT_NULL) break;
    if (tag === DT_NEEDED) result.needed.push(await stringAt(value, 'DT_NEEDED'));
    else if (tag === DT_SONAME) result.soname = await stringAt(value, 'DT_SONAME');
    else if (tag === DT_RPATH) result.rpath = await stringAt(value, 'DT_RPATH');
    else if (tag === DT_RUNPATH) result.runpath = await stringAt(value, 'DT_RUNPATH');
    else if (tag === DT_FLAGS) result.flags = decodeDtFlags(value);
    else if (tag === DT_FLAGS_1) result.flags1 = decodeDtFlags1(value);
  }
  return result;
}
