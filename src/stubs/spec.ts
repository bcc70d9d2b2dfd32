// What a link needs from a real shared library, read with the project's ELF reader: its
// identity (build ID, or size + mtime), SONAME, NEEDED, RUNPATH/RPATH, version definitions,
// and every exported C symbol with its type, binding, version, size and alignment. Exported
// C names that a stub cannot reproduce exactly are listed with the reason, so that a package
// referencing one falls back to the real library (see stubs.ts).
import { stat } from 'node:fs/promises';
import {
  readBuildId,
  readDynamic,
  readDynamicSymbolFields,
  readSymbolColumns,
  readVersionTable,
  withElfFile,
  type DynsymFields,
  type ElfFile,
  SHF_WRITE,
  SHN_ABS,
  STB_GLOBAL,
  STB_GNU_UNIQUE,
  STB_WEAK,
  STT_FUNC,
  STT_GNU_IFUNC,
  STT_NOTYPE,
  STT_OBJECT,
  STT_TLS,
  STV_DEFAULT,
} from '../elf/elf.ts';
// A package with C++ sources may reference mangled names (not C_NAME); the stubs carry those only on request.
import { C_NAME } from '../parse/symbol-names.ts';

export interface StubSymbol {
  name: string;
  type: 'FUNC' | 'OBJECT';
  weak: boolean;
  /** The default version (`name@@version`); absent when the library has it unversioned. */
  version?: string;
  /** st_size; kept for OBJECT (copy relocations copy that many bytes). */
  size: number;
  /** Alignment of the section holding the object in the real library (at least 1). */
  align: number;
  /** The object lives in a read-only section of the real library. */
  readonly: boolean;
}

export interface StubSpec {
  path: string;
  /** Build ID in hex, or `size-<bytes>-mtime-<ms>` when the library has none. */
  identity: string;
  elfClass: 32 | 64;
  machine: number;
  soname?: string;
  needed: string[];
  runpath?: string;
  rpath?: string;
  /** Versions the library defines, in index order (base entry excluded); empty without .gnu.version_d. */
  versions: string[];
  symbols: StubSymbol[];
  /** Exported C names the stub leaves out, with why: a package referencing one links the real library. */
  unanswerable: Map<string, string>;
  /** Absolute symbols named after a version (GNU ld adds one per version; lld does not). */
  versionSymbols: string[];
}

const visibilityNames = ['default', 'internal', 'hidden', 'protected'];

/** The cache identity of a library: its build ID, or its size and mtime when it has none. */
export async function readLibraryIdentity(path: string): Promise<string> {
  const stats = await stat(path);
  const buildId = await withElfFile(path, readBuildId);
  return buildId ?? sizeAndMtime(stats);
}

const sizeAndMtime = (stats: { size: number; mtimeMs: number }) => `size-${stats.size}-mtime-${Math.round(stats.mtimeMs)}`;

type SymbolColumns = Awaited<ReturnType<typeof readSymbolColumns>>;

interface Definition {
  index: number;
  info: number;
  versionEntry: number;
}

/** What a library's file says that its stub spec is made from: read once, filtered per set of extra names. */
interface LibraryExports {
  path: string;
  identity: string;
  file: ElfFile;
  dynamic: Awaited<ReturnType<typeof readDynamic>>;
  defined: DefinedVersions;
  columns: SymbolColumns;
  /** st_other, st_shndx and st_size, which the columns do not carry. */
  field: (index: number) => DynsymFields;
}

async function readLibraryExports(path: string): Promise<LibraryExports> {
  const stats = await stat(path);
  return withElfFile(path, async (file) => {
    const [dynamic, versionTable, columns, buildId, field] = await Promise.all([
      readDynamic(file),
      readVersionTable(file, undefined, { needs: false }),
      readSymbolColumns(file),
      readBuildId(file),
      readDynamicSymbolFields(file),
    ]);
    return {
      path,
      identity: buildId ?? sizeAndMtime(stats),
      file,
      dynamic,
      defined: definedVersions(versionTable.byIndex),
      columns,
      field,
    };
  });
}

// Reads started ahead of need (a half second for the 788 MB libtensorflow_cc), taken by the next readStubSpec of the path.
const prefetched = new Map<string, Promise<LibraryExports>>();

/**
 * Starts reading the libraries' exports while something else runs (the compile that tells
 * which C++ names the stubs must carry); readStubSpec takes the result. Never throws: a failed
 * read is read again, and fails, there.
 */
export function prefetchStubSpecs(paths: readonly string[]): void {
  for (const path of paths) {
    if (prefetched.has(path)) continue;
    const reading = readLibraryExports(path);
    reading.catch(() => undefined); // readStubSpec reads again and reports it
    prefetched.set(path, reading);
  }
}

/** Drops reads started ahead that nothing took (the stubs were cached, or not wanted). */
export function forgetPrefetchedStubSpecs(): void {
  prefetched.clear();
}

function takePrefetched(path: string): Promise<LibraryExports> | undefined {
  const reading = prefetched.get(path);
  prefetched.delete(path);
  return reading?.catch(() => readLibraryExports(path));
}

/**
 * Reads what a stub of `path` must reproduce: its C names, and of the other names (mangled
 * C++) those in `extraNames`, the ones a package's objects reference. Throws ElfError on a
 * malformed file.
 */
export async function readStubSpec(path: string, extraNames: ReadonlySet<string> = new Set()): Promise<StubSpec> {
  const library = await (takePrefetched(path) ?? readLibraryExports(path));
  const { file, dynamic, defined, field } = library;
  const byName = exportedDefinitions(library.columns, extraNames);
  const { symbols, unanswerable, versionSymbols } = sortDefinitions(byName, { file, field, defined });
  return {
    path,
    identity: library.identity,
    elfClass: file.elfClass,
    machine: file.machine,
    ...(dynamic.soname !== undefined ? { soname: dynamic.soname } : {}),
    needed: dynamic.needed,
    ...(dynamic.runpath !== undefined ? { runpath: dynamic.runpath } : {}),
    ...(dynamic.rpath !== undefined ? { rpath: dynamic.rpath } : {}),
    versions: defined.names,
    symbols,
    unanswerable,
    versionSymbols,
  };
}

/** The versions the library defines: by index (2 and up), and their names in index order. */
interface DefinedVersions {
  byIndex: Map<number, string>;
  names: string[];
}

function definedVersions(table: Iterable<[number, string]>): DefinedVersions {
  const byIndex = new Map<number, string>();
  for (const [index, name] of table) if (index >= 2) byIndex.set(index, name);
  const names = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  return { byIndex, names };
}

/** Every exported definition of a C name, or of a name in `extraNames` (a name may have several versions). */
function exportedDefinitions(columns: SymbolColumns, extraNames: ReadonlySet<string>): Map<string, Definition[]> {
  const byName = new Map<string, Definition[]>();
  for (let j = 0; j < columns.length; j++) {
    if (columns.defined[j] !== 1 || columns.info[j]! >> 4 === 0) continue;
    const name = columns.names[j]!;
    if (!C_NAME.test(name) && !extraNames.has(name)) continue;
    const list = byName.get(name);
    const definition = { index: j + 1, info: columns.info[j]!, versionEntry: columns.versionEntry[j]! };
    if (list) list.push(definition);
    else byName.set(name, [definition]);
  }
  return byName;
}

/** `@version` (hidden) or `@@version` (default), as readelf prints it; '' when unversioned. */
function printVersion(d: Definition, defined: DefinedVersions): string {
  const version = defined.byIndex.get(d.versionEntry & 0x7fff);
  return version === undefined ? '' : `${d.versionEntry & 0x8000 ? '@' : '@@'}${version}`;
}

type SortedDefinitions = Pick<StubSpec, 'symbols' | 'unanswerable' | 'versionSymbols'>;

/** What sorting a definition reads from the library besides the symbol columns. */
interface Library {
  file: ElfFile;
  /** A symbol's st_other, st_shndx and st_size. */
  field: (index: number) => DynsymFields;
  defined: DefinedVersions;
}

/** Each exported name goes to the stub's symbols, to the unanswerable ones (with why), or to the version symbols. */
function sortDefinitions(byName: Map<string, Definition[]>, library: Library): SortedDefinitions {
  const sorted: SortedDefinitions = { symbols: [], unanswerable: new Map(), versionSymbols: [] };
  for (const [name, definitions] of byName) {
    if (definitions.length > 1) {
      sorted.unanswerable.set(
        name,
        `${name} has ${definitions.length} versions (${definitions
          .map((d) => name + printVersion(d, library.defined))
          .sort()
          .join(', ')}); a stub keeps one version per name`,
      );
      continue;
    }
    sortDefinition(name, definitions[0]!, library, sorted);
  }
  return sorted;
}

/** The one definition of `name`: a stub symbol, an unanswerable name, or a version symbol. */
function sortDefinition(name: string, d: Definition, library: Library, sorted: SortedDefinitions): void {
  const { file, defined } = library;
  const { other, shndx, size } = library.field(d.index);
  const type = d.info & 15;
  const binding = d.info >> 4;
  const visibility = other & 3;
  const versionIndex = d.versionEntry & 0x7fff;
  const version = defined.byIndex.get(versionIndex);
  if (shndx === SHN_ABS && size === 0 && defined.names.includes(name)) {
    sorted.versionSymbols.push(name); // the stub's linker makes these from the version script
    return;
  }
  const reason = whyNoStub({ name, type, binding, visibility, shndx, versionEntry: d.versionEntry, version }, printVersion(d, defined));
  if (reason) {
    sorted.unanswerable.set(name, `${name} ${reason}`);
    return;
  }
  const section = file.sections[shndx];
  sorted.symbols.push({
    name,
    type: type === STT_OBJECT ? 'OBJECT' : 'FUNC',
    weak: binding === STB_WEAK,
    ...(version !== undefined ? { version } : {}),
    size,
    align: Math.max(1, section?.addralign ?? 1),
    readonly: section ? (section.flags & SHF_WRITE) === 0 : false,
  });
}

interface Candidate {
  name: string;
  type: number;
  binding: number;
  visibility: number;
  shndx: number;
  versionEntry: number;
  /** The version name of the entry's index, when the library defines that index. */
  version: string | undefined;
}

/** Why a stub cannot stand in for this exported definition; undefined when it can. */
function whyNoStub(d: Candidate, printedVersion: string): string | undefined {
  if (d.shndx === SHN_ABS) return 'is an absolute symbol (SHN_ABS); stubs carry functions and objects in sections only';
  if (d.type === STT_GNU_IFUNC) return 'is an IFUNC (resolved at load time); a stub cannot reproduce it';
  if (d.visibility !== STV_DEFAULT) {
    return `has ${visibilityNames[d.visibility]} visibility; linkers treat it differently (copy relocations, canonical addresses), so a stub does not stand in for it`;
  }
  if (d.type === STT_TLS) return 'is a thread-local (TLS) variable; stubs carry functions and objects only';
  if (d.type !== STT_OBJECT && d.type !== STT_FUNC) {
    return `has type ${d.type === STT_NOTYPE ? 'NOTYPE' : d.type} (not FUNC or OBJECT); stubs carry functions and objects only`;
  }
  if (d.binding !== STB_GLOBAL && d.binding !== STB_WEAK) {
    return `has binding ${d.binding === STB_GNU_UNIQUE ? 'GNU_UNIQUE' : d.binding}; stubs carry GLOBAL and WEAK symbols only`;
  }
  if ((d.versionEntry & 0x8000) !== 0) return `is defined only as a non-default version (${d.name}${printedVersion})`;
  const versionIndex = d.versionEntry & 0x7fff;
  if (versionIndex >= 2 && d.version === undefined) return `has version index ${versionIndex}, which the library does not define`;
  return undefined;
}
