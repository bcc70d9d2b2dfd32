// macOS ld64 messages:
//   Undefined symbols for architecture arm64:
//     "_TF_Version", referenced from:
//         __cgo_4904bc4eed61_Cfunc_TF_Version in _x003.o
//        (maybe you meant: ...)
//   ld: symbol(s) not found for architecture arm64
// Mach-O prefixes C symbols with `_`; it is removed so names match the ELF linkers'.
// The Xcode 15 linker starts the block with `ld: Undefined symbols:` and may drop the quotes.
// `ld: warning: ...` is read by the GNU parser's warning rule.
import type { Collector } from './collector.ts';
import { recordMissingLibrary, recordReference } from './record.ts';
import { applyRules, ruleTable, type LineParser } from './rules.ts';

/** A Mach-O symbol as the ELF linkers name it: `_TF_Version` -> `TF_Version`. */
export const withoutMachOUnderscore = (name: string): string => (name.startsWith('_') ? name.slice(1) : name);

export function isLd64BlockStart(line: string): boolean {
  return line.startsWith('Undefined symbols for architecture ') || line === 'ld: Undefined symbols:';
}

interface Ld64State {
  collector: Collector;
  /** Inside an `Undefined symbols` block. */
  active: boolean;
  /** The symbol of the last `referenced from:` line. */
  symbol: string | undefined;
}

// Indented lines inside an `Undefined symbols` block.
const blockRules = ruleTable<Ld64State>([
  {
    has: 'referenced from:',
    pattern: /^\s+"?(.+?)"?, referenced from:$/,
    handle: (m, _raw, state) => {
      state.symbol = withoutMachOUnderscore(m[1] ?? '');
    },
  },
  { pattern: /^\s+(?:\(maybe you meant|\.\.\.$)/, handle: () => {} },
  {
    has: ' in ',
    pattern: /^\s+(.+) in (\S.*)$/,
    handle: (m, raw, { collector, symbol }) => {
      if (symbol === undefined) return false;
      recordReference(collector, { symbol, referencedFrom: withoutMachOUnderscore(m[1] ?? ''), object: m[2] }, raw);
    },
  },
]);

const lineRules = ruleTable<Ld64State>([
  {
    has: 'library not found for -l',
    pattern: /^library not found for -l(.+)$/,
    handle: (m, raw, { collector }) => recordMissingLibrary(collector, m[1] ?? '', raw),
  },
  // `ld: symbol(s) not found for architecture arm64` closes the block; the references say it all.
  { pattern: /^symbol\(s\) not found/, handle: () => {} },
]);

export function createLd64Parser(collector: Collector): LineParser & { readonly active: boolean; start(): void } {
  const state: Ld64State = { collector, active: false, symbol: undefined };
  return {
    get active() {
      return state.active;
    },
    start() {
      state.active = true;
      state.symbol = undefined;
    },
    line(body, raw) {
      const indented = body.startsWith(' ') || body.startsWith('\t');
      return indented ? state.active && applyRules(blockRules, body, raw, state) : applyRules(lineRules, body, raw, state);
    },
    interrupt() {
      state.active = false;
      state.symbol = undefined;
    },
  };
}
