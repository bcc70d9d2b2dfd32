// The TensorFlow library that defines each symbol a finding names, and so the -l flag that fixes it.
import path from 'node:path';
import type { Diagnostic, DiagnosticKind } from '../diagnostic.ts';
import { findProviders } from '../resolve/tensorflow-exports.ts';

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
