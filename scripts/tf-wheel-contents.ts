// What one TensorFlow wheel holds, read straight from the zip without installing it: the C API
// names each shared library exports, the headers under tensorflow/c/, the abseil namespace and
// C++ ABI of its C++ names, and its platform tag. The libraries are unpacked into a temporary
// folder (unzip, an argument array) and read with the project's own ELF reader (src/elf/).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readExportedNames } from '../src/elf/elf.ts';
import { runProcess } from '../src/util/process.ts';
import { C_API_NAME } from '../src/resolve/c-api-history.ts';

export interface WheelContents {
  wheel: string;
  version: string;
  platformTag: string;
  /** Library path under tensorflow/ -> the C API names it exports, sorted; only libraries that export any. */
  libraries: Record<string, string[]>;
  /** Headers under include/, e.g. tensorflow/c/c_api.h, sorted. */
  headers: string[];
  abseil: string | null;
  cxx11Abi: 0 | 1;
}

const LIBRARY = /^tensorflow\/.+\.so(?:\.\d+)*$/;
const C_HEADER = /^tensorflow\/include\/(tensorflow\/c\/.+\.h)$/;
const ABSEIL = /absl\d+(lts_\d{8})/;

async function unzip(args: readonly string[]): Promise<string> {
  const result = await runProcess('unzip', args, { maxBuffer: 64 << 20 });
  if (result.spawnError) throw new Error(`cannot run unzip (install it): ${result.spawnError.message}`);
  if (result.exitCode !== 0)
    throw new Error(`unzip ${args.slice(0, 3).join(' ')} ... failed (${result.exitCode}): ${result.stderr.trim()}`);
  return result.stdout;
}

export interface LibraryFacts {
  names: string[];
  abseil?: string;
  cxx11: boolean;
}

/** The C API names `file` exports, and what its exported C++ names say. */
export async function libraryFacts(file: string): Promise<LibraryFacts> {
  const names = new Set<string>();
  let abseil: string | undefined;
  let cxx11 = false;
  for (const name of await readExportedNames(file)) {
    if (C_API_NAME.test(name)) names.add(name);
    else if (name.startsWith('_Z')) {
      abseil ??= ABSEIL.exec(name)?.[1];
      cxx11 ||= name.includes('B5cxx11');
    }
  }
  return { names: [...names].sort(), abseil, cxx11 };
}

/** Reads `wheel` (a path to a .whl). Unpacks its libraries into a temporary folder it removes after. */
export async function readWheelContents(wheel: string): Promise<WheelContents> {
  const base = path.basename(wheel);
  const [, version, , , platformTag] = base.replace(/\.whl$/, '').split('-');
  if (!version || !platformTag) throw new Error(`${base} is not a wheel file name (name-version-python-abi-platform.whl)`);
  const entries = (await unzip(['-Z1', wheel])).split('\n');
  const headers = entries.flatMap((e) => C_HEADER.exec(e)?.[1] ?? []).sort();
  const libraries = entries.filter((e) => LIBRARY.test(e));
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tf-wheel-'));
  try {
    if (libraries.length > 0) await unzip(['-q', '-o', wheel, ...libraries, '-d', scratch]);
    const exported: Record<string, string[]> = {};
    let abseil: string | null = null;
    let cxx11 = false;
    for (const library of libraries) {
      const facts = await libraryFacts(path.join(scratch, library));
      if (facts.names.length > 0) exported[library.replace(/^tensorflow\//, '')] = facts.names;
      abseil ??= facts.abseil ?? null;
      cxx11 ||= facts.cxx11;
    }
    return { wheel: base, version, platformTag, libraries: exported, headers, abseil, cxx11Abi: cxx11 ? 1 : 0 };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
