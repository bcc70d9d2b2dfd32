// Why a library built on one TensorFlow fails to load under another, from the C API history:
// a C API name the other minor does not export, or a C++ name of another abseil namespace
// (a kernel is bound to the minor it was built against).
import {
  architectureHistory,
  C_API_NAME,
  minorOf,
  minorsExporting,
  minorsWithAbseil,
  pythonOnlyExporters,
  recordedMinors,
} from '../resolve/c-api-history.ts';
import { describeMinors, pythonOnlyPhrase } from '../resolve/c-api-changes.ts';
import { abseilNamespaceOf } from '../elf/elf.ts';

/**
 * One sentence for `symbol`, undefined under `loadedOn`, of a library built on `builtOn`
 * (undefined for a file built elsewhere); undefined when the history cannot say.
 */
export function explainMissingSymbol(symbol: string, builtOn: string | undefined, loadedOn: string, arch: string): string | undefined {
  const history = architectureHistory(arch);
  if (!history) return undefined;
  const [built, loaded] = [builtOn && minorOf(builtOn), minorOf(loadedOn)];
  const recorded = recordedMinors(history);
  if (C_API_NAME.test(symbol)) {
    const minors = minorsExporting(history, symbol);
    if (minors.length === 0 || minors.includes(loaded)) return undefined;
    const pythonOnly = pythonOnlyExporters(history, symbol, loaded);
    const where = pythonOnly.length > 0 ? ` (${loaded} has it only in ${pythonOnlyPhrase(pythonOnly)})` : '';
    return `${symbol} is in TensorFlow ${describeMinors(minors, recorded)}, not in ${loaded}${where}${built ? `: the library was built on ${built}` : ''}.`;
  }
  const abseil = abseilNamespaceOf(symbol);
  const theirs = history.releases[loaded]?.abseil;
  if (abseil && theirs && abseil !== theirs) {
    const owner = minorsWithAbseil(history, abseil);
    const from = owner.length > 0 ? ` (TensorFlow ${describeMinors(owner, recorded)})` : '';
    return `Built against abseil ${abseil}${from}, and this is ${loadedOn} (abseil ${theirs}): a C++ kernel is bound to the TensorFlow minor it was built against.`;
  }
  if (symbol.startsWith('_Z') && built && built !== loaded)
    return `A C++ name of TensorFlow ${built} that ${loadedOn} does not export: a C++ kernel is bound to the TensorFlow minor it was built against.`;
  return undefined;
}
