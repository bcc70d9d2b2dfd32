// C++ symbol demangling through c++filt (binutils), fed on stdin in batches. Names that
// are not Itanium-mangled map to themselves, as do all names when c++filt is missing.
import type { Diagnostic } from '../diagnostic.ts';
import { isMangled } from '../parse/symbol-names.ts';
import { runProcess } from '../util/process.ts';

/** Symbols per c++filt run; c++filt answers line by line, so this only bounds memory. */
const batchSize = 5000;

export async function demangleAll(symbols: string[], cxxfilt = 'c++filt'): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const mangled: string[] = [];
  for (const symbol of symbols) {
    if (result.has(symbol)) continue;
    result.set(symbol, symbol);
    if (isMangled(symbol)) mangled.push(symbol);
  }
  for (let start = 0; start < mangled.length; start += batchSize) {
    const batch = mangled.slice(start, start + batchSize);
    const run = await runProcess(cxxfilt, [], { input: `${batch.join('\n')}\n`, timeoutMs: 30_000 });
    if (run.spawnError || run.exitCode !== 0) break;
    const lines = run.stdout.split('\n');
    if (lines.length < batch.length) break;
    batch.forEach((symbol, i) => result.set(symbol, lines[i] ?? symbol));
  }
  return result;
}

/** Fills `demangled` on findings whose symbol is a C++ name, and uses it in the title. */
export async function addDemangledNames<T extends Diagnostic>(findings: T[], cxxfilt?: string): Promise<T[]> {
  const symbols = findings.flatMap((d) => (d.symbol && isMangled(d.symbol) ? [d.symbol] : []));
  if (symbols.length === 0) return findings;
  const names = await demangleAll(symbols, cxxfilt);
  return findings.map((d) => {
    const demangled = d.symbol ? names.get(d.symbol) : undefined;
    if (!demangled || !d.symbol || demangled === d.symbol) return d;
    return { ...d, demangled, title: d.title.replace(d.symbol, demangled) };
  });
}
