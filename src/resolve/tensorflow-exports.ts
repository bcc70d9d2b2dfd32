// Which TensorFlow library exports each name: for the C names a package uses (before the
// build) and each symbol a finding names (after it). Only hash-table lookups: a few ms even on
// the 788 MB libtensorflow_cc.so.2.
import path from 'node:path';
import { lookupDefined, type ElfSymbol } from '../elf/elf.ts';

export interface Provision {
  /** File name of the first library (in the given order) that exports the name. */
  library: string;
  definition: ElfSymbol;
}

/** name -> the first of `libraries` (absolute paths) that exports it, with its definition. */
export async function findProvisions(libraries: readonly string[], names: readonly string[]): Promise<Map<string, Provision | undefined>> {
  const unique = [...new Set(names)];
  const perLibrary = await Promise.all(libraries.map((library) => lookupDefined(library, unique)));
  const result = new Map<string, Provision | undefined>();
  for (const name of unique) {
    let provision: Provision | undefined;
    for (const [i, found] of perLibrary.entries()) {
      const definitions = found.get(name);
      if (!definitions) continue;
      provision = { library: path.basename(libraries[i]!), definition: definitions.find((d) => !d.versionHidden) ?? definitions[0]! };
      break;
    }
    result.set(name, provision);
  }
  return result;
}

/** name -> file name of the first of `libraries` that exports it, or undefined when none does. */
export async function findProviders(libraries: readonly string[], names: readonly string[]): Promise<Map<string, string | undefined>> {
  const provisions = await findProvisions(libraries, names);
  return new Map([...provisions].map(([name, p]) => [name, p?.library]));
}
