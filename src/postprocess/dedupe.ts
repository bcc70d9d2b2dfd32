// One finding per problem: a name reported before the build as not in TensorFlow also
// fails the link and the load, and those repeats say nothing new.
import type { Diagnostic } from '../diagnostic.ts';
import { SYMBOL_FINDING_KINDS } from '../inspect/providers.ts';

export function dropRepeatsOfNotInTensorflow(diagnostics: Diagnostic[]): Diagnostic[] {
  const known = new Set(diagnostics.filter((d) => d.kind === 'not-in-tensorflow' && d.symbol).map((d) => d.symbol));
  if (known.size === 0) return diagnostics;
  const repeats = (d: Diagnostic) =>
    d.symbol !== undefined && known.has(d.symbol) && (SYMBOL_FINDING_KINDS.has(d.kind) || d.kind === 'cgo-unknown-name');
  return diagnostics.filter((d) => d.kind === 'not-in-tensorflow' || !repeats(d));
}
