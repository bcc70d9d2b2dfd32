// What a link decides about a built library, read with the project's ELF reader: NEEDED,
// SONAME, RUNPATH/RPATH, FLAGS, the version needs (per file, sorted: the order of version
// indexes is the linker's bookkeeping) and the undefined dynamic symbols with their versions.
// Two builds that agree on these bind to the same libraries and symbols at load time.
import { readDynamicSymbols, readElfInfo, symbolWithVersion } from '../../src/elf/elf.ts';

export interface LinkedFacts {
  needed: string[];
  soname?: string;
  runpath?: string;
  rpath?: string;
  flags: string[];
  flags1: string[];
  versionNeeds: Record<string, string[]>;
  undefinedSymbols: string[];
}

export async function linkedFacts(path: string): Promise<LinkedFacts> {
  const info = await readElfInfo(path);
  const versionNeeds: Record<string, string[]> = {};
  for (const file of Object.keys(info.requiredVersions).sort()) versionNeeds[file] = [...info.requiredVersions[file]!].sort();
  const undefinedSymbols = (await readDynamicSymbols(path))
    .filter((s) => !s.defined)
    .map(symbolWithVersion)
    .sort();
  const { needed, soname, runpath, rpath, flags, flags1 } = info.dynamic;
  return { needed, soname, runpath, rpath, flags, flags1, versionNeeds, undefinedSymbols };
}
