// macOS ld64 messages:
//   Undefined symbols for architecture arm64:
//     "_TF_Version", referenced from:
//         __cgo_4904bc4eed61_Cfunc_TF_Version in _x003.o
//        (maybe you meant: ...)
//   ld: symbol(s) not found for architecture arm64
// Mach-O prefixes C symbols with `_`; it is removed so names match the ELF linkers'.
// The Xcode 15 linker starts the block with `ld: Undefined symbols:` and may drop the quotes.
import type { Collector } from './collector.ts';
import type { LineParser } from './gnu-ld.ts';
import { recordMissingLibrary, recordReference } from './record.ts';

const symbolLine = /^\s+"?(.+?)"?, referenced from:$/;
const referenceLine = /^\s+(.+) in (\S.*)$/;
const libraryNotFound = /^library not found for -l(.+)$/;

const stripMachOUnderscore = (name: string): string => (name.startsWith('_') ? name.slice(1) : name);

export function isLd64BlockStart(line: string): boolean {
  return line.startsWith('Undefined symbols for architecture ') || line === 'ld: Undefined symbols:';
}

export function createLd64Parser(collector: Collector): LineParser & { readonly active: boolean; start(): void } {
  let active = false;
  let symbol: string | undefined;

  return {
    get active() {
      return active;
    },
    start() {
      active = true;
      symbol = undefined;
    },
    line(body, raw) {
      if (active && (body.charCodeAt(0) === 32 || body.charCodeAt(0) === 9)) {
        const named = symbolLine.exec(body);
        if (named) {
          symbol = stripMachOUnderscore(named[1] ?? '');
          return true;
        }
        const trimmed = body.trimStart();
        if (trimmed.startsWith('(maybe you meant') || trimmed === '...') return true;
        const ref = referenceLine.exec(body);
        if (ref && symbol !== undefined) {
          recordReference(collector, { symbol, referencedFrom: stripMachOUnderscore(ref[1] ?? '') }, raw);
          return true;
        }
        return false;
      }
      const missing = libraryNotFound.exec(body);
      if (missing) {
        recordMissingLibrary(collector, missing[1] ?? '', raw);
        return true;
      }
      // `ld: symbol(s) not found for architecture arm64` closes the block; the references say it all.
      return body.startsWith('symbol(s) not found');
    },
    interrupt() {
      active = false;
      symbol = undefined;
    },
  };
}
