// Adds what only the installed TensorFlow knows to parsed findings: which TF library
// defines a missing symbol, and so the exact -l flag that fixes it.
import path from 'node:path';
import type { Diagnostic, DiagnosticKind } from './diagnostic.ts';
import { findProviders } from '../inspect/providers.ts';

const SYMBOL_KINDS = new Set<DiagnosticKind>(['undefined-reference', 'undefined-symbol', 'unresolved-symbol', 'more-undefined-references']);

export async function withProviders(diagnostics: Diagnostic[], tensorflowLibraries: string[]): Promise<Diagnostic[]> {
  const wanted = [...new Set(diagnostics.filter((d) => d.symbol && !d.providedBy && SYMBOL_KINDS.has(d.kind)).map((d) => d.symbol!))];
  if (wanted.length === 0) return diagnostics;
  const providers = await findProviders(tensorflowLibraries, wanted);
  return diagnostics.map((d) => {
    const library = d.symbol && SYMBOL_KINDS.has(d.kind) && !d.providedBy ? providers.get(d.symbol) : undefined;
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

/**
 * A name reported before the build as not in TensorFlow also fails the link and the
 * load; one finding per name is enough.
 */
export function dropRepeatsOfNotInTensorflow(diagnostics: Diagnostic[]): Diagnostic[] {
  const known = new Set(diagnostics.filter((d) => d.kind === 'not-in-tensorflow' && d.symbol).map((d) => d.symbol));
  if (known.size === 0) return diagnostics;
  const repeats = (d: Diagnostic) => d.symbol !== undefined && known.has(d.symbol) && (SYMBOL_KINDS.has(d.kind) || d.kind === 'cgo-unknown-name');
  return diagnostics.filter((d) => d.kind === 'not-in-tensorflow' || !repeats(d));
}
