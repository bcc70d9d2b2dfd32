// The other TensorFlow on the machine: copies of TensorFlow's libraries, with the wheel's file
// names, that the loader reaches before or instead of the wheel's. TensorFlow's own modules
// find their libraries through RUNPATH, which LD_LIBRARY_PATH comes before; a library loaded on
// its own (a plain ctypes.CDLL) also searches the loader's cache and the default folders.
// People meet this after installing TensorFlow's C library in /usr/local/lib (ldconfig) or on
// LD_LIBRARY_PATH, and a wheel of another version for the Python side.
import fs from 'node:fs';
import path from 'node:path';
import { readAbseilNamespace, readBuildId, readElfInfo, withElfFile } from '../elf/elf.ts';
import { TENSORFLOW_LIBRARY_NAMES, type TensorFlowInstall } from '../resolve/tensorflow.ts';
import { defaultLibraryDirs, loadScope, type ScopeEntry, type SearchConfig } from './elf-loader-scope.ts';
import { confFileListing } from './ld-so-conf.ts';
import { architectureHistory, minorsWithAbseil, recordedMinors } from '../resolve/c-api-history.ts';
import { describeMinors } from '../resolve/c-api-changes.ts';

/** The wheel's two libraries, and the C library's file, which Go bindings link as -ltensorflow. */
export const TENSORFLOW_FILE_NAMES: readonly string[] = [...TENSORFLOW_LIBRARY_NAMES, 'libtensorflow.so.2'];

/** How the loader reaches a copy. */
export type Reach =
  { via: 'ld-library-path'; entry: string } | { via: 'ld-cache'; confFile?: string } | { via: 'runpath' } | { via: 'default-dir' };

export interface TensorflowCopy {
  /** The file name the loader looks for, e.g. libtensorflow_framework.so.2. */
  name: string;
  file: string;
  reach: Reach;
  /** "TensorFlow 2.20.0" from the wheel's metadata beside it, else its abseil namespace. */
  release?: string;
}

export interface TensorflowCopies {
  /** The folder of the TensorFlow that Python imports. */
  wheelDir: string;
  wheelVersion: string;
  /** Copies that TensorFlow's own modules bind instead of the wheel's. */
  shadowsImport: TensorflowCopy[];
  /** Copies the built library binds when it is loaded on its own, without the action's additions. */
  boundByLibrary: TensorflowCopy[];
  /** Whether the built library, loaded on its own, finds the wheel's libraries (without a RUNPATH it finds none). */
  libraryFindsWheel: boolean;
  /** Other copies on the loader's paths that nothing here binds. */
  unreached: TensorflowCopy[];
}

export interface CopiesRequest {
  tf: Pick<TensorFlowInstall, 'dir' | 'version'>;
  /** The environment whose LD_LIBRARY_PATH counts (the step's, not the action's additions). */
  env: NodeJS.ProcessEnv;
  /** ld.so.cache, soname to paths (`ldconfig -p`). */
  cache: Map<string, string[]>;
  /** The built library; without it only TensorFlow's own modules are looked at. */
  library?: string;
  defaultDirs?: string[];
  /** The loader's configuration, for the file behind a cache entry. */
  ldSoConf?: string;
}

/** LD_LIBRARY_PATH's folders, in order (glibc also splits on ';'). */
export function libraryPathEntries(value: string | undefined): string[] {
  return (value ?? '').split(/[:;]/).filter((dir) => dir !== '');
}

const buildIdOf = (file: string): Promise<string | undefined> => withElfFile(file, readBuildId).catch(() => undefined);

/** Whether `file` is the wheel's own library of that name: the same file, or a copy of the same build. */
async function isWheelCopy(file: string, name: string, wheelDir: string): Promise<boolean> {
  const wheelFile = path.join(wheelDir, name);
  if (!fs.existsSync(wheelFile) || !fs.existsSync(file)) return false;
  if (fs.realpathSync(file) === fs.realpathSync(wheelFile)) return true;
  const [a, b] = await Promise.all([buildIdOf(file), buildIdOf(wheelFile)]);
  return a !== undefined && a === b;
}

function reachOf(entry: ScopeEntry, ldSoConf: string | undefined): Reach {
  const dir = path.dirname(entry.path!);
  if (entry.foundBy === 'extra-dir') return { via: 'ld-library-path', entry: dir };
  if (entry.foundBy === 'cache') {
    const confFile = confFileListing(dir, ldSoConf);
    return { via: 'ld-cache', ...(confFile ? { confFile } : {}) };
  }
  return entry.foundBy === 'default-dir' ? { via: 'default-dir' } : { via: 'runpath' };
}

/** The TensorFlow files of a load scope that are not the wheel's. */
async function otherCopiesIn(scope: ScopeEntry[], request: CopiesRequest): Promise<TensorflowCopy[]> {
  const copies: TensorflowCopy[] = [];
  for (const entry of scope.slice(1)) {
    if (!entry.path || !TENSORFLOW_FILE_NAMES.includes(entry.name)) continue;
    if (await isWheelCopy(entry.path, entry.name, request.tf.dir)) continue;
    copies.push({ name: entry.name, file: entry.path, reach: reachOf(entry, request.ldSoConf) });
  }
  return copies;
}

/** What the loader finds from `from` with the step's LD_LIBRARY_PATH, cache and default folders. */
async function scopeFrom(from: string, request: CopiesRequest): Promise<ScopeEntry[]> {
  const config: SearchConfig = {
    extraDirs: libraryPathEntries(request.env.LD_LIBRARY_PATH),
    cache: request.cache,
    defaultDirs: request.defaultDirs ?? defaultLibraryDirs(),
    tensorflow: new Map(),
  };
  return loadScope(from, config).catch(() => []);
}

/** Every file with a TensorFlow library's name on the loader's paths, with how it is reached. */
async function candidates(request: CopiesRequest): Promise<TensorflowCopy[]> {
  const found: TensorflowCopy[] = [];
  const ldSoConf = request.ldSoConf;
  for (const name of TENSORFLOW_FILE_NAMES) {
    for (const entry of libraryPathEntries(request.env.LD_LIBRARY_PATH))
      found.push({ name, file: path.join(entry, name), reach: { via: 'ld-library-path', entry } });
    for (const file of request.cache.get(name) ?? []) {
      const confFile = confFileListing(path.dirname(file), ldSoConf);
      found.push({ name, file, reach: { via: 'ld-cache', ...(confFile ? { confFile } : {}) } });
    }
    for (const dir of request.defaultDirs ?? defaultLibraryDirs())
      found.push({ name, file: path.join(dir, name), reach: { via: 'default-dir' } });
  }
  const others: TensorflowCopy[] = [];
  for (const copy of found) {
    if (!fs.existsSync(copy.file) || (await isWheelCopy(copy.file, copy.name, request.tf.dir))) continue;
    if (!(await readElfInfo(copy.file).catch(() => undefined))) continue;
    others.push(copy);
  }
  return others;
}

/** "TensorFlow 2.20.0" from a wheel's metadata beside the file's package folder, else the abseil namespace. */
export async function releaseOf(file: string): Promise<string | undefined> {
  const sitePackages = path.dirname(path.dirname(fs.realpathSync(file)));
  const names = fs.existsSync(sitePackages) ? fs.readdirSync(sitePackages) : [];
  const wheel = names.map((n) => /^tensorflow(?:[-_][a-z]+)?-(\d[\w.]*)\.dist-info$/i.exec(n)?.[1]).find(Boolean);
  if (wheel) return `TensorFlow ${wheel}`;
  const namespace = await withElfFile(file, readAbseilNamespace).catch(() => undefined);
  if (!namespace) return undefined;
  const history = architectureHistory(process.arch);
  const minors = history ? minorsWithAbseil(history, namespace) : [];
  // The abseil namespace changes with TensorFlow's minor: the history says whose it is.
  return minors.length > 0
    ? `built with abseil ${namespace}, as TensorFlow ${describeMinors(minors, recordedMinors(history!))} is`
    : `built with abseil ${namespace}`;
}

function distinct(copies: TensorflowCopy[]): TensorflowCopy[] {
  const seen = new Set<string>();
  return copies.filter((c) => {
    const key = fs.realpathSync(c.file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Finds the other TensorFlow copies and which load binds each. */
export async function findTensorflowCopies(request: CopiesRequest): Promise<TensorflowCopies> {
  const pywrap = path.join(request.tf.dir, 'python', '_pywrap_tensorflow_internal.so');
  const [importScope, libraryScope, all] = await Promise.all([
    fs.existsSync(pywrap) ? scopeFrom(pywrap, request) : Promise.resolve([]),
    request.library ? scopeFrom(request.library, request) : Promise.resolve([]),
    candidates(request),
  ]);
  const shadowsImport = await otherCopiesIn(importScope, request);
  const boundByLibrary = await otherCopiesIn(libraryScope, request);
  const tensorflowFiles = libraryScope.slice(1).filter((e) => e.path && TENSORFLOW_FILE_NAMES.includes(e.name));
  const libraryFindsWheel = tensorflowFiles.length > boundByLibrary.length;
  const bound = new Set([...shadowsImport, ...boundByLibrary].map((c) => fs.realpathSync(c.file)));
  const unreached = distinct(all.filter((c) => !bound.has(fs.realpathSync(c.file))));
  const withRelease = (copies: TensorflowCopy[]) =>
    Promise.all(copies.map(async (c) => ({ ...c, ...(await releaseOf(c.file).then((r) => (r ? { release: r } : {}))) })));
  return {
    wheelDir: request.tf.dir,
    wheelVersion: request.tf.version,
    shadowsImport: await withRelease(shadowsImport),
    boundByLibrary: await withRelease(boundByLibrary),
    libraryFindsWheel,
    unreached: await withRelease(unreached),
  };
}
