// What a pull request's TensorFlow pin change removed, from the C API history: the names and
// headers behind the findings that the pin's old minor has and its new one lacks
// ("2.20 → 2.21 removed TF_Log, used at log.go:11").
import type { Diagnostic } from '../diagnostic.ts';
import { architectureHistory, minorOf, minorsExporting, minorsShipping } from '../resolve/c-api-history.ts';
import type { PinChange } from './pin-diff.ts';

export interface Removal {
  /** "2.20 → 2.21" */
  step: string;
  /** Each finding whose name or header the new minor lost, with that name or header. */
  removed: { subject: string; finding: Diagnostic }[];
}

/** Undefined unless `change` moved a TensorFlow pin between two plain versions whose minors the history holds. */
export function removedByPinChange(change: PinChange, findings: readonly Diagnostic[], arch: string): Removal | undefined {
  if (change.subject !== 'tensorflow' || !change.from || !change.to) return undefined;
  if (!/^\d+\.\d+/.test(change.from) || !/^\d+\.\d+/.test(change.to)) return undefined;
  const history = architectureHistory(arch);
  const [from, to] = [minorOf(change.from), minorOf(change.to)];
  if (!history?.releases[from] || !history.releases[to] || from === to) return undefined;
  const lost = (minors: string[]) => minors.includes(from) && !minors.includes(to);
  const removed = findings.flatMap((finding) => {
    if (finding.kind === 'missing-header' && finding.header && lost(minorsShipping(history, finding.header)))
      return [{ subject: finding.header, finding }];
    const name = finding.symbol?.replace(/@.*$/, '');
    return name && lost(minorsExporting(history, name)) ? [{ subject: name, finding }] : [];
  });
  return removed.length > 0 ? { step: `${from} → ${to}`, removed } : undefined;
}
