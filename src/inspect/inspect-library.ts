// Post-build inspection of the built shared object: does every undefined symbol have a
// provider in the library's own load scope (NEEDED, transitively), or only in a
// TensorFlow library that `import tensorflow` happens to load first, or nowhere?
// Also: glibc/libstdc++ versions above a floor, and static TLS.
// inspectLibrary reads files (edge); libraryDiagnostics is pure.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { lookupDefined, readDynamicSymbols, symbolWithVersion, type ElfSymbol } from '../elf/elf.ts';
import { defaultLibraryDirs, loadScope, readLdconfigCache, type FoundBy, type ScopeEntry, type SearchConfig } from './elf-loader-scope.ts';
import { compareDotted } from '../util/versions.ts';
import { PYTHON_C_NAME } from '../resolve/extension-module.ts';

export interface InspectOptions {
  /** The built .so. */
  library: string;
  /** Absolute paths of libtensorflow_framework.so.2 and libtensorflow_cc.so.2. */
  tensorflowLibraries: string[];
  /** LD_LIBRARY_PATH-like directories the loader will also search. */
  extraLibraryDirs?: string[];
  /**
   * The files that export the interpreter's names (its binary, its libpython): the Python that
   * loads the library provides them, so a name only they define is resolved by the interpreter.
   */
  interpreterFiles?: string[];
  /** e.g. { glibc: '2.27' } for TF 2.21 wheels (manylinux_2_27); GLIBCXX_ / CXXABI_ floors likewise. */
  versionFloors?: { glibc?: string; glibcxx?: string };
  /** Test seams: ld.so.cache entries (default: `ldconfig -p`) and default directories. */
  ldconfigCache?: Map<string, string[]>;
  defaultDirs?: string[];
}

export interface LinkHint {
  /** File name of the library that defines the symbol. */
  library: string;
  path: string;
  /** The CGO_LDFLAGS flag that makes it NEEDED. */
  linkFlag: string;
}

export type SymbolResolution =
  | { kind: 'needed'; library: string; path: string }
  | ({ kind: 'resolved-only-by-import' } & LinkHint)
  /** Provided by the Python process that loads the library (its C API), never to be linked. */
  | { kind: 'interpreter'; library: string }
  | { kind: 'unresolved'; definedIn?: LinkHint };

export interface UndefinedSymbol {
  /** As nm -D shows it, e.g. TF_Version@tensorflow. */
  display: string;
  name: string;
  version?: string;
  resolution: SymbolResolution;
}

export interface ScopeLibrary {
  name: string;
  path?: string;
  foundBy: FoundBy;
  neededBy?: string;
}

export interface VersionTooNew {
  /** e.g. GLIBC_2.34 */
  version: string;
  /** The needed file the version comes from, e.g. libc.so.6. */
  file: string;
  floor: string;
  /** Undefined symbols bound to that version. */
  symbols: string[];
}

export interface LibraryInspection {
  library: string;
  needed: string[];
  runpath?: string;
  rpath?: string;
  flags: string[];
  flags1: string[];
  staticTls: boolean;
  /** The NEEDED libraries, transitively, in loader (breadth-first) order; the library itself excluded. */
  scope: ScopeLibrary[];
  /** Non-weak undefined dynamic symbols and who provides each. */
  symbols: UndefinedSymbol[];
  tooNew: VersionTooNew[];
}

/** Runtime libraries that are searched for a provider when nothing in the scope defines a symbol. */
const systemLibraries = ['libc.so.6', 'libm.so.6', 'libpthread.so.0', 'libdl.so.2', 'librt.so.1', 'libstdc++.so.6', 'libgcc_s.so.1'];

export async function inspectLibrary(options: InspectOptions): Promise<LibraryInspection> {
  const tensorflow = new Map(options.tensorflowLibraries.map((p) => [path.basename(p), p]));
  const config: SearchConfig = {
    extraDirs: options.extraLibraryDirs ?? [],
    cache: options.ldconfigCache ?? (await readLdconfigCache()),
    defaultDirs: options.defaultDirs ?? defaultLibraryDirs(),
    tensorflow,
  };
  const [scope, dynamicSymbols] = await Promise.all([loadScope(options.library, config), readDynamicSymbols(options.library)]);
  const root = scope[0]!;
  const wanted = dynamicSymbols.filter((s) => !s.defined && s.binding !== 'WEAK');
  const names = [...new Set(wanted.map((s) => s.name))];

  const inScope = scope.slice(1).filter((e): e is ScopeEntry & { path: string } => e.path !== undefined);
  const realInScope = new Set(inScope.map((e) => fs.realpathSync(e.path)));
  const outside = (file: string) => fs.existsSync(file) && !realInScope.has(fs.realpathSync(file));
  const tfOutside = options.tensorflowLibraries.filter(outside);
  const systemOutside = systemLibraries
    .map((name) => [...(config.cache.get(name) ?? []), ...config.defaultDirs.map((d) => path.join(d, name))].find((f) => fs.existsSync(f)))
    .filter((f): f is string => f !== undefined && outside(f) && !tfOutside.includes(f));

  const lookups = async (files: string[]) => Promise.all(files.map(async (file) => ({ file, found: await lookupDefined(file, names) })));
  const [scopeDefs, tfDefs, systemDefs, interpreterDefs] = await Promise.all([
    lookups(inScope.map((e) => e.path)),
    lookups(tfOutside),
    lookups(systemOutside),
    lookups((options.interpreterFiles ?? []).filter((f) => fs.existsSync(f))),
  ]);

  const hint = (file: string): LinkHint => ({ library: path.basename(file), path: file, linkFlag: `-l:${path.basename(file)}` });
  const symbols: UndefinedSymbol[] = wanted.map((ref) => {
    const provider = (defs: { file: string; found: Map<string, ElfSymbol[]> }[]) =>
      defs.find((d) => (d.found.get(ref.name) ?? []).some((def) => bindsTo(ref, def)))?.file;
    const base = { display: symbolWithVersion(ref), name: ref.name, ...(ref.version ? { version: ref.version } : {}) };
    const needed = provider(scopeDefs);
    if (needed) return { ...base, resolution: { kind: 'needed', library: path.basename(needed), path: needed } };
    const tf = provider(tfDefs);
    if (tf) return { ...base, resolution: { kind: 'resolved-only-by-import', ...hint(tf) } };
    const interpreter = provider(interpreterDefs);
    if (interpreter) return { ...base, resolution: { kind: 'interpreter', library: path.basename(interpreter) } };
    const system = provider(systemDefs);
    return { ...base, resolution: system ? { kind: 'unresolved', definedIn: hint(system) } : { kind: 'unresolved' } };
  });

  const info = root.info!;
  return {
    library: options.library,
    needed: info.dynamic.needed,
    ...(info.dynamic.runpath !== undefined ? { runpath: info.dynamic.runpath } : {}),
    ...(info.dynamic.rpath !== undefined ? { rpath: info.dynamic.rpath } : {}),
    flags: info.dynamic.flags,
    flags1: info.dynamic.flags1,
    staticTls: info.dynamic.flags.includes('STATIC_TLS'),
    scope: scope
      .slice(1)
      .map(({ name, path: p, foundBy, neededBy }) => ({ name, ...(p ? { path: p } : {}), foundBy, ...(neededBy ? { neededBy } : {}) })),
    symbols,
    tooNew: versionsAboveFloor(
      info.requiredVersions,
      options.versionFloors ?? {},
      dynamicSymbols.filter((s) => !s.defined),
    ),
  };
}

/** Whether the loader binds reference `ref` to definition `def` (glibc's check_match, simplified). */
export function bindsTo(ref: ElfSymbol, def: ElfSymbol): boolean {
  if (ref.version === undefined) return !def.versionHidden;
  return def.version === ref.version || def.version === undefined;
}

export function versionsAboveFloor(
  required: Record<string, string[]>,
  floors: { glibc?: string; glibcxx?: string },
  refs: readonly ElfSymbol[],
): VersionTooNew[] {
  const out: VersionTooNew[] = [];
  for (const [file, versions] of Object.entries(required)) {
    for (const version of versions) {
      const m = /^(GLIBC|GLIBCXX)_(\d+(?:\.\d+)*)$/.exec(version);
      const floor = m && (m[1] === 'GLIBC' ? floors.glibc : floors.glibcxx);
      if (!m || !floor || compareDotted(m[2]!, floor) <= 0) continue;
      out.push({ version, file, floor, symbols: refs.filter((r) => r.version === version).map((r) => r.name) });
    }
  }
  return out;
}

const quoteList = (items: string[], max = 5): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

/** The findings of an inspection, without source locations (the caller maps symbols to Go lines). */
export function libraryDiagnostics(result: LibraryInspection): Diagnostic[] {
  const lib = path.basename(result.library);
  const out: Diagnostic[] = [];
  for (const entry of result.scope) {
    if (entry.foundBy === 'not-found') {
      out.push({
        severity: 'error',
        kind: 'shared-object-not-found',
        stage: 'inspect',
        library: entry.name,
        title: `${entry.name} is needed but cannot be found`,
        message: `${entry.neededBy ?? lib} lists ${entry.name} in NEEDED, but the loader finds it in no RPATH/RUNPATH, library path, ld.so.cache entry or default directory, so loading ${lib} fails with "${entry.name}: cannot open shared object file".`,
        fix: `Make the directory that holds ${entry.name} known to the loader, e.g. link with -Wl,-rpath,<that directory>.`,
      });
    } else if (entry.foundBy === 'tensorflow') {
      const dir = path.dirname(entry.path!);
      out.push({
        severity: 'warning',
        kind: 'shared-object-not-found',
        stage: 'inspect',
        library: entry.name,
        providedBy: entry.name,
        title: `${entry.name} is found only after import tensorflow`,
        message: `${entry.neededBy ?? lib} lists ${entry.name} in NEEDED without a RUNPATH that leads to it. The loader finds it only because importing tensorflow has already loaded it; loading ${lib} before (or without) tensorflow fails with "${entry.name}: cannot open shared object file".`,
        fix: `Add -Wl,-rpath,${dir} to CGO_LDFLAGS (or an $ORIGIN-relative RUNPATH if the library is installed next to TensorFlow).`,
      });
    }
  }
  for (const s of result.symbols) {
    const r = s.resolution;
    if (r.kind === 'resolved-only-by-import') {
      out.push({
        severity: 'warning',
        kind: 'resolved-only-by-import',
        stage: 'inspect',
        symbol: s.name,
        providedBy: r.library,
        library: r.library,
        title: `${s.name} resolves only after import tensorflow`,
        message: `${lib} uses ${s.display}, which only ${r.library} defines, and ${r.library} is not among ${lib}'s NEEDED libraries. It resolves only when "import tensorflow" has already loaded ${r.library}; loading ${lib} first fails with "undefined symbol: ${s.name}".`,
        fix: `Add ${r.linkFlag} to CGO_LDFLAGS (next to -L${path.dirname(r.path)}), and -Wl,-z,defs so the link itself catches this.`,
      });
    } else if (r.kind === 'unresolved') {
      const where = r.definedIn;
      out.push({
        severity: 'error',
        kind: 'unresolved-symbol',
        stage: 'inspect',
        symbol: s.name,
        ...(where ? { library: where.library } : {}),
        title: `Undefined symbol ${s.name}`,
        message: where
          ? `${lib} uses ${s.display}, which ${where.library} defines, but ${where.library} is not among its NEEDED libraries, so loading ${lib} fails with "undefined symbol: ${s.name}" unless the process happens to have loaded ${where.library} already.`
          : `${lib} uses ${s.display}, but neither its NEEDED libraries nor TensorFlow (${result.scope.length} libraries searched) define it, so loading ${lib} fails with "undefined symbol: ${s.name}".`,
        fix: where
          ? `Add ${where.linkFlag} to CGO_LDFLAGS, and -Wl,-z,defs so the link itself catches this.`
          : PYTHON_C_NAME.test(s.name)
            ? `Check the name against the C API of the Python that loads the library (it does not export ${s.name}); do not link libpython for it, the interpreter provides its C API.`
            : `Check the name against the TensorFlow headers of the installed version, and link the library that defines it; -Wl,-z,defs makes the link fail on this.`,
      });
    }
  }
  for (const v of result.tooNew) {
    const family = v.version.startsWith('GLIBCXX_') ? 'libstdc++' : 'glibc';
    out.push({
      severity: 'warning',
      kind: 'glibc-too-new',
      stage: 'inspect',
      library: v.file,
      ...(v.symbols[0] ? { symbol: v.symbols[0] } : {}),
      title: `Requires ${v.version}, newer than ${family} ${v.floor}`,
      message: `${lib} needs ${v.version} from ${v.file}${v.symbols.length ? ` (for ${quoteList(v.symbols)})` : ''}, but the TensorFlow wheel supports systems down to ${family} ${v.floor}. On such a system loading fails with "version \`${v.version}' not found".`,
      fix: `Build on a system whose ${family} is no newer than ${v.floor} (e.g. a manylinux container matching the wheel). If the library only has to load where ${family} is newer, set the input glibc-floor to that version.`,
    });
  }
  return out;
}
