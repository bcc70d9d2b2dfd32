// The global symbol scope the dynamic loader builds for a library: the library, then its
// NEEDED libraries breadth first, each found the way glibc's ld.so finds it:
// DT_RPATH (only when there is no DT_RUNPATH), LD_LIBRARY_PATH, DT_RUNPATH of the object
// that needs it, the ld.so.cache (`ldconfig -p`), then the default directories.
import fs from 'node:fs';
import path from 'node:path';
import { runProcess } from '../util/process.ts';
import { ElfError, readElfInfo, type ElfInfo } from '../elf/elf.ts';

export type FoundBy = 'root' | 'path' | 'rpath' | 'extra-dir' | 'runpath' | 'cache' | 'default-dir' | 'tensorflow' | 'not-found';

export interface ScopeEntry {
  /** The NEEDED name (the root's own file name for the root). */
  name: string;
  /** The file the loader would open; undefined when it finds none. */
  path?: string;
  /** How it was found. `tensorflow`: only as the already loaded TF library, i.e. after `import tensorflow`. */
  foundBy: FoundBy;
  /** File name of the object whose NEEDED named it. */
  neededBy?: string;
  info?: ElfInfo;
}

export interface SearchConfig {
  /** LD_LIBRARY_PATH-like directories, searched after DT_RPATH and before DT_RUNPATH. */
  extraDirs: string[];
  /** ld.so.cache: soname -> paths. */
  cache: Map<string, string[]>;
  defaultDirs: string[];
  /** TensorFlow libraries by file name, used as a last resort: imported TF is already loaded. */
  tensorflow: Map<string, string>;
}

/** The loader's built-in folders on Debian/Ubuntu (multiarch) and on lib64 systems, for this CPU (Node's arch). */
export function defaultLibraryDirs(arch: string = process.arch): string[] {
  const triplet = arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
  return [`/lib/${triplet}`, `/usr/lib/${triplet}`, '/lib64', '/usr/lib64', '/lib', '/usr/lib'];
}

/** Splits a DT_RPATH/DT_RUNPATH value and expands $ORIGIN (and ${ORIGIN}) to `origin`. */
export function expandSearchPath(value: string | undefined, origin: string): string[] {
  if (!value) return [];
  return value
    .split(':')
    .filter((dir) => dir !== '')
    .map((dir) => dir.replace(/\$\{ORIGIN\}|\$ORIGIN(?![A-Za-z0-9_])/g, origin));
}

/** Parses `ldconfig -p`: `\tlibc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6` (`(libc6,AArch64)` on arm64). */
export function parseLdconfigCache(text: string): Map<string, string[]> {
  const cache = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const m = /^\s+(\S+) \(([^)]*)\)(?: OS ABI: [^=]*)? => (.+)$/.exec(line);
    if (!m) continue;
    const list = cache.get(m[1]!) ?? [];
    list.push(m[3]!.trim());
    cache.set(m[1]!, list);
  }
  return cache;
}

export async function readLdconfigCache(): Promise<Map<string, string[]>> {
  for (const command of ['ldconfig', '/sbin/ldconfig', '/usr/sbin/ldconfig']) {
    const result = await runProcess(command, ['-p'], { timeoutMs: 10_000 });
    if (result.exitCode === 0) return parseLdconfigCache(result.stdout);
  }
  return new Map();
}

/** The directories searched for a NEEDED entry of `requester`, in order, with how each was found. */
export function searchOrder(requester: ScopeEntry, root: ScopeEntry, config: SearchConfig): { dir: string; foundBy: FoundBy }[] {
  const origin = (entry: ScopeEntry) => path.dirname(entry.path!);
  const dirs: { dir: string; foundBy: FoundBy }[] = [];
  const runpath = requester.info?.dynamic.runpath;
  if (!runpath) {
    // DT_RPATH applies to the requester and then to the objects that loaded it; the
    // root is the only loader we know of here.
    for (const entry of requester === root ? [requester] : [requester, root]) {
      if (!entry.info?.dynamic.runpath)
        for (const dir of expandSearchPath(entry.info?.dynamic.rpath, origin(entry))) dirs.push({ dir, foundBy: 'rpath' });
    }
  }
  for (const dir of config.extraDirs) dirs.push({ dir, foundBy: 'extra-dir' });
  for (const dir of expandSearchPath(runpath, origin(requester))) dirs.push({ dir, foundBy: 'runpath' });
  return dirs;
}

async function compatible(file: string, root: ElfInfo): Promise<ElfInfo | undefined> {
  if (!fs.existsSync(file)) return undefined;
  try {
    const info = await readElfInfo(file);
    // The loader skips files of another class or machine (e.g. a 32-bit libc in the cache).
    return info.class === root.class && info.machine === root.machine ? info : undefined;
  } catch (error) {
    if (error instanceof ElfError) return undefined;
    throw error;
  }
}

async function locate(name: string, requester: ScopeEntry, root: ScopeEntry, config: SearchConfig): Promise<ScopeEntry> {
  const neededBy = path.basename(requester.path!);
  const found = async (file: string, foundBy: FoundBy): Promise<ScopeEntry | undefined> => {
    const info = await compatible(file, root.info!);
    return info ? { name, path: file, foundBy, neededBy, info } : undefined;
  };
  if (name.includes('/'))
    return (await found(path.resolve(path.dirname(requester.path!), name), 'path')) ?? { name, foundBy: 'not-found', neededBy };
  const candidates: { file: string; foundBy: FoundBy }[] = [
    ...searchOrder(requester, root, config).map(({ dir, foundBy }) => ({ file: path.join(dir, name), foundBy })),
    ...(config.cache.get(name) ?? []).map((file) => ({ file, foundBy: 'cache' as const })),
    ...config.defaultDirs.map((dir) => ({ file: path.join(dir, name), foundBy: 'default-dir' as const })),
  ];
  for (const { file, foundBy } of candidates) {
    const entry = await found(file, foundBy);
    if (entry) return entry;
  }
  const tf = config.tensorflow.get(name);
  return (tf && (await found(tf, 'tensorflow'))) || { name, foundBy: 'not-found', neededBy };
}

/** The root and everything it NEEDs, transitively, breadth first, as the loader orders the global scope. */
export async function loadScope(library: string, config: SearchConfig): Promise<ScopeEntry[]> {
  const root: ScopeEntry = { name: path.basename(library), path: library, foundBy: 'root', info: await readElfInfo(library) };
  const scope = [root];
  const loaded = (name: string) =>
    scope.some((e) => e.name === name || (e.path && path.basename(e.path) === name) || e.info?.dynamic.soname === name);
  for (let i = 0; i < scope.length; i++) {
    const requester = scope[i]!;
    for (const name of requester.info?.dynamic.needed ?? []) {
      if (loaded(name)) continue;
      const entry = await locate(name, requester, root, config);
      // The same file reached under another name is loaded once.
      if (entry.path && scope.some((e) => e.path && fs.realpathSync(e.path) === fs.realpathSync(entry.path!))) continue;
      scope.push(entry);
    }
  }
  return scope;
}
