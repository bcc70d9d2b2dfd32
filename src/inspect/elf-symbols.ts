// The dynamic symbol table (.dynsym) with binding, type and symbol version.
// Speed matters: libtensorflow_cc.so.2 has 446k dynamic symbols and an 82 MB .dynstr.
// The three sections are read with one positional read each, and a symbol's name is
// decoded from the .dynstr buffer only when `name` is first read.
import { isAscii } from 'node:buffer';
import { SHT_DYNSYM, SHT_GNU_VERSYM, type ElfFile, type SectionHeader } from './elf-file.ts';
import { readVersionTable, type VersionTable } from './elf-versions.ts';

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

const bindings: readonly string[] = ['LOCAL', 'GLOBAL', 'WEAK', '3', '4', '5', '6', '7', '8', '9', 'GNU_UNIQUE', '11', '12', '13', '14', '15'];
const types: readonly string[] = ['NOTYPE', 'OBJECT', 'FUNC', 'SECTION', 'FILE', 'COMMON', 'TLS', '7', '8', '9', 'IFUNC', '11', '12', '13', '14', '15'];

export const bindingName = (value: number): string => bindings[value & 15]!;
export const typeName = (value: number): string => types[value & 15]!;

/** `name@@version` for a default definition, `name@version` for a hidden one or a reference (as nm -D prints). */
export function symbolWithVersion(symbol: ElfSymbol): string {
  if (symbol.version === undefined) return symbol.name;
  return `${symbol.name}${symbol.defined && !symbol.versionHidden ? '@@' : '@'}${symbol.version}`;
}

/** The bytes of .dynstr; names are decoded one at a time, on demand. */
export class StringTableBuffer {
  private readonly bytes: Buffer;
  private readonly encoding: 'latin1' | 'utf8';
  constructor(bytes: Buffer, ascii: boolean) {
    this.bytes = bytes;
    // latin1 copies bytes straight into a one-byte string; it is only right for ASCII.
    this.encoding = ascii ? 'latin1' : 'utf8';
  }
  get(offset: number): string {
    const end = this.bytes.indexOf(0, offset);
    return this.bytes.toString(this.encoding, offset, end < 0 ? this.bytes.length : end);
  }
}

class DynamicSymbol implements ElfSymbol {
  readonly defined: boolean;
  readonly binding: string;
  readonly type: string;
  readonly version: string | undefined;
  readonly versionHidden: boolean | undefined;
  #strings: StringTableBuffer;
  #nameOffset: number;
  #name: string | undefined;
  constructor(strings: StringTableBuffer, nameOffset: number, info: number, defined: boolean, version: string | undefined, hidden: boolean | undefined) {
    this.#strings = strings;
    this.#nameOffset = nameOffset;
    this.#name = undefined;
    this.defined = defined;
    this.binding = bindings[info >> 4]!;
    this.type = types[info & 15]!;
    this.version = version;
    this.versionHidden = hidden;
  }
  get name(): string {
    return (this.#name ??= this.#strings.get(this.#nameOffset));
  }
  /** So JSON.stringify and logs show the name, which lives on the prototype. */
  toJSON(): Record<string, unknown> {
    const { name, defined, binding, type, version, versionHidden } = this;
    return { name, defined, binding, type, version, versionHidden };
  }
}

/** Where each field of Elf32_Sym / Elf64_Sym sits. */
export function symbolLayout(file: ElfFile): { size: number; info: number; shndx: number } {
  return file.elfClass === 64 ? { size: 24, info: 4, shndx: 6 } : { size: 16, info: 12, shndx: 14 };
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

/** All dynamic symbols, index 0 (the null symbol) excluded. Names decode lazily. */
export async function readSymbolTable(file: ElfFile): Promise<ElfSymbol[]> {
  const where = dynamicSymbolSections(file);
  if (!where) return [];
  const { dynsym, dynstr, versym, count } = where;
  const [symbolBytes, stringBytes, versymBytes] = await Promise.all([
    file.readSection(dynsym, '.dynsym'),
    file.readSection(dynstr, '.dynstr'),
    versym ? file.readSection(versym, '.gnu.version') : Promise.resolve(undefined),
  ]);
  const strings = new StringTableBuffer(stringBytes, isAscii(stringBytes));
  const versions = await readVersionTable(file, async (offset, what) => {
    if (offset >= stringBytes.length) throw file.fail(`${what}: string offset ${offset} is outside .dynstr`);
    return strings.get(offset);
  });
  const versionNames = versionNameArray(versions);
  const layout = symbolLayout(file);
  const { num } = file;
  const out: ElfSymbol[] = new Array(Math.max(0, count - 1));
  for (let i = 1; i < count; i++) {
    const at = i * layout.size;
    const nameOffset = num.u32(symbolBytes, at);
    if (nameOffset >= stringBytes.length) throw file.fail(`symbol ${i} has name offset ${nameOffset} outside .dynstr (${stringBytes.length} bytes)`);
    const defined = num.u16(symbolBytes, at + layout.shndx) !== 0;
    let version: string | undefined;
    let hidden: boolean | undefined;
    if (versymBytes) {
      const entry = num.u16(versymBytes, i * 2);
      version = versionNames[entry & 0x7fff];
      if (version !== undefined) hidden = defined && (entry & 0x8000) !== 0;
    }
    out[i - 1] = new DynamicSymbol(strings, nameOffset, symbolBytes[at + layout.info]!, defined, version, hidden);
  }
  return out;
}

function versionNameArray(versions: VersionTable): (string | undefined)[] {
  const names: (string | undefined)[] = new Array(0x8000);
  for (const [index, name] of versions.byIndex) if (index >= 2) names[index] = name;
  return names;
}
