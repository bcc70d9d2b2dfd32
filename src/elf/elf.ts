// Public entry points of the ELF reader: pure TypeScript over positional file reads,
// for ELF32 and ELF64 in either byte order. Malformed input gives an ElfError naming the path.
import { withElfFile, STB_GLOBAL, STB_WEAK, type ElfClass, type Endian } from './file.ts';
import { readDynamic, type ElfDynamic } from './dynamic.ts';
import { readSymbolColumns, readSymbolTable, type ElfSymbol } from './symbols.ts';
import { readVersionTable } from './versions.ts';
import { lookupSymbols } from './lookup.ts';
import { readDwarfVariables, type DwarfVariable } from './dwarf.ts';

export { ElfError } from './file.ts';
export type { ElfClass, Endian } from './file.ts';
export type { ElfDynamic } from './dynamic.ts';
export type { ElfSymbol } from './symbols.ts';
export { symbolWithVersion } from './symbols.ts';
// Lower-level readers for the link stubs (src/stubs/spec.ts), which need every field of the
// exported symbols, and for the other readers that work on an open file.
export { withElfFile, type ElfFile } from './file.ts';
export {
  SHN_ABS,
  SHF_WRITE,
  STB_GLOBAL,
  STB_WEAK,
  STB_GNU_UNIQUE,
  STT_NOTYPE,
  STT_OBJECT,
  STT_FUNC,
  STT_TLS,
  STT_GNU_IFUNC,
  STV_DEFAULT,
} from './file.ts';
export { readDynamic } from './dynamic.ts';
export { readSymbolColumns, readDynamicSymbolFields, type DynsymFields } from './symbols.ts';
export { readVersionTable } from './versions.ts';
export { readBuildId } from './build-id.ts';
export { abseilNamespaceOf, readAbseilNamespace } from './abseil.ts';
export { readTls, type TlsInfo, type TlsSymbol } from './tls.ts';
export type { DwarfVariable } from './dwarf.ts';
export { machineName, machineOfArch, objectMachine, EM_AARCH64, EM_X86_64 } from './machine.ts';
export { archiveUndefinedSymbols } from './object-symbols.ts';

export interface ElfInfo {
  path: string;
  class: ElfClass;
  endian: Endian;
  /** e_machine, e.g. 62 for x86-64, 3 for i386, 183 for AArch64. */
  machine: number;
  /** NONE, REL, EXEC, DYN or CORE. */
  type: string;
  dynamic: ElfDynamic;
  /** Versions needed per file, from .gnu.version_r: { 'libc.so.6': ['GLIBC_2.2.5', 'GLIBC_2.14'] }. */
  requiredVersions: Record<string, string[]>;
  /** Versions this file defines (.gnu.version_d without the base entry), e.g. ['tensorflow']. */
  definedVersions: string[];
}

/** Headers, dynamic section and version requirements; reads only small sections. */
export function readElfInfo(path: string): Promise<ElfInfo> {
  return withElfFile(path, async (file) => {
    const [dynamic, versions] = await Promise.all([readDynamic(file), readVersionTable(file)]);
    const requiredVersions: Record<string, string[]> = {};
    for (const need of versions.required) (requiredVersions[need.file] ??= []).push(...need.versions);
    return {
      path,
      class: file.elfClass,
      endian: file.endian,
      machine: file.machine,
      type: file.type,
      dynamic,
      requiredVersions,
      definedVersions: versions.defined,
    };
  });
}

/**
 * Every .dynsym entry but the null one, in table order, names included (plain fields).
 * On libtensorflow_cc.so.2 (446k symbols, 82 MB of names) this takes about a sixth of
 * the time of `nm -D --defined-only` in a warm process, a third as the first call in a
 * fresh one (bench/elf-symbols.ts). Memory: each name is a slice of the 1 MB span of
 * .dynstr it was read from, so a name kept alive keeps its span alive: keeping every
 * name costs about the size of .dynstr, keeping a few names from a big library up to
 * ~1 MB each.
 */
export function readDynamicSymbols(path: string): Promise<ElfSymbol[]> {
  return withElfFile(path, readSymbolTable);
}

/**
 * The names the file exports as the loader binds them: defined, global or weak, at their
 * default symbol version (a hidden `name@ver` is left out). For the C API history
 * (scripts/tf-c-api-history.ts) and its test; in .dynsym order.
 */
export function readExportedNames(path: string): Promise<string[]> {
  return withElfFile(path, async (file) => {
    const c = await readSymbolColumns(file);
    const names: string[] = [];
    for (let j = 0; j < c.length; j++) {
      const binding = c.info[j]! >> 4;
      if (c.defined[j] !== 1 || (binding !== STB_GLOBAL && binding !== STB_WEAK) || (c.versionEntry[j]! & 0x8000) !== 0) continue;
      names.push(c.names[j]!);
    }
    return names;
  });
}

/**
 * The exported definitions of `names` (one per symbol version), found through the hash
 * table without decoding the other names. Names the file does not export are absent.
 */
export function lookupDefined(path: string, names: readonly string[]): Promise<Map<string, ElfSymbol[]>> {
  return withElfFile(path, (file) => lookupSymbols(file, names));
}

/**
 * Where the variables `names` (DW_AT_linkage_name or DW_AT_name) are declared and defined,
 * from the file's DWARF; [] without debug info.
 */
export function readVariableDeclarations(path: string, names: readonly string[]): Promise<DwarfVariable[]> {
  return withElfFile(path, (file) => readDwarfVariables(file, names));
}
