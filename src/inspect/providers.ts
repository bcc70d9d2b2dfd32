// Which TensorFlow library defines each C name a package uses (before the build), and each
// symbol a finding names (after it). Only hash-table lookups: a few ms even on the 788 MB
// libtensorflow_cc.so.2.
import path from 'node:path';
import type { Diagnostic, DiagnosticKind } from '../diagnostic.ts';
import { lookupDefined, type ElfSymbol } from '../elf/elf.ts';

export const tensorflowLibraryNames = ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'] as const;

/** The TensorFlow libraries in a TF package folder (site-packages/tensorflow), in link order. */
export function tensorflowLibraries(tfDir: string): string[] {
  return tensorflowLibraryNames.map((name) => path.join(tfDir, name));
}

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

/** Findings about one symbol that a TensorFlow library may define. */
export const SYMBOL_FINDING_KINDS: ReadonlySet<DiagnosticKind> = new Set<DiagnosticKind>([
  'undefined-reference',
  'undefined-symbol',
  'unresolved-symbol',
  'more-undefined-references',
]);

/**
 * Adds what only the installed TensorFlow knows to findings: which TF library defines a
 * missing symbol, and so the exact -l flag that fixes it.
 */
export async function withProviders(diagnostics: Diagnostic[], tensorflowLibraries: string[]): Promise<Diagnostic[]> {
  const needsProvider = (d: Diagnostic): d is Diagnostic & { symbol: string } =>
    d.symbol !== undefined && !d.providedBy && SYMBOL_FINDING_KINDS.has(d.kind);
  const wanted = [...new Set(diagnostics.filter(needsProvider).map((d) => d.symbol))];
  if (wanted.length === 0) return diagnostics;
  const providers = await findProviders(tensorflowLibraries, wanted);
  return diagnostics.map((d) => {
    const library = needsProvider(d) ? providers.get(d.symbol) : undefined;
    if (!library) return d;
    const file = path.basename(library);
    return {
      ...d,
      providedBy: file,
      message: `${d.message} ${d.symbol} is defined in ${file}.`,
      fix: `Link ${file}: add -l:${file} to CGO_LDFLAGS next to -L<tensorflow dir> (link-libraries: auto does this for every TensorFlow function the package calls).`,
    };
  });
}
