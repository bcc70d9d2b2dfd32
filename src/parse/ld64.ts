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

const stripMachOUnderscore = (name: string): string => (name.startsWith('_') ? name.slice(1) : name);

export function isLd64BlockStart(line: string): boolean {
  return line.startsWith('Undefined symbols for architecture ') || line === 'ld: Undefined symbols:';
}

export function createLd64Parser(collector: Collector): LineParser & { readonly active: boolean; start(): void } {
  let active = false;
  let symbol: string | undefined;

  // Indented lines inside an `Undefined symbols` block.
  const blockRules = ruleTable([
    {
      has: 'referenced from:',
      pattern: /^\s+"?(.+?)"?, referenced from:$/,
      handle: (m) => {
        symbol = stripMachOUnderscore(m[1] ?? '');
      },
    },
    { pattern: /^\s+(?:\(maybe you meant|\.\.\.$)/, handle: () => {} },
    {
      has: ' in ',
      pattern: /^\s+(.+) in (\S.*)$/,
      handle: (m, raw) => {
        if (symbol === undefined) return false;
        recordReference(collector, { symbol, referencedFrom: stripMachOUnderscore(m[1] ?? ''), object: m[2] }, raw);
      },
    },
  ]);
  const lineRules = ruleTable([
    {
      has: 'library not found for -l',
      pattern: /^library not found for -l(.+)$/,
      handle: (m, raw) => recordMissingLibrary(collector, m[1] ?? '', raw),
    },
    // `ld: symbol(s) not found for architecture arm64` closes the block; the references say it all.
    { pattern: /^symbol\(s\) not found/, handle: () => {} },
  ]);

  return {
    get active() {
      return active;
    },
    start() {
      active = true;
      symbol = undefined;
    },
    line(body, raw) {
      const indented = body.startsWith(' ') || body.startsWith('\t');
      return indented ? active && applyRules(blockRules, body, raw) : applyRules(lineRules, body, raw);
    },
    interrupt() {
      active = false;
      symbol = undefined;
    },
  };
}
