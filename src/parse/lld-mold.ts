// lld and mold (>= 1.3) messages: a header naming the symbol, then `>>>` lines in pairs
// (`>>> referenced by src:line (abs:line)` / `>>>     obj.o:(function)`). mold 1.10
// sometimes glues two `>>>` lines together; mold 1.0 printed one line per reference.
import type { Location } from '../diagnostic.ts';
import { betterLocation, type Collector, type CountedDiagnostic } from './collector.ts';
import type { LineParser } from './gnu-ld.ts';
import { parseToolLocation, recordMissingLibrary, recordMoreReferences, recordMultipleDefinition, recordReference } from './record.ts';

const undefinedHeader = /^(error|warning): undefined (?:symbol|reference due to --no-allow-shlib-undefined): (.*)$/;
const oldMoldUndefined = /^undefined symbol: (.*?): (.*)$/;
const duplicateHeader = /^error: duplicate symbol: (.*)$/;
const missingLibrary = /^(?:error: unable to find library -l|fatal: library not found: |error: library not found: )(.*)$/;
const objectFunction = /^(.*):\((.*)\)$/;
const moreTimes = /^referenced (\d+) more times?$/;

/** `cgo-gcc-prolog:60 (/tmp/go-build/cgo-gcc-prolog:60)` -> the absolute form. */
function sourceLocation(text: string): Location | undefined {
  const open = text.lastIndexOf(' (');
  return parseToolLocation(open !== -1 && text.endsWith(')') ? text.slice(open + 2, -1) : text);
}

/** `obj.o:(fn)` -> fn; section offsets such as `(.text+0x0)` name no function. */
function functionOf(text: string): string | undefined {
  const m = objectFunction.exec(text);
  const fn = m?.[2];
  return fn && !fn.startsWith('.') ? fn : undefined;
}

export function createLldMoldParser(collector: Collector): LineParser & { readonly active: boolean } {
  let block: 'undefined' | 'duplicate' | undefined;
  let symbol = '';
  let warning = false;
  let pendingLocation: Location | undefined;
  let pendingRaw: string | undefined;
  let havePending = false;
  let duplicate: CountedDiagnostic | undefined;

  const flush = (referencedFrom?: string): void => {
    if (!havePending) return;
    recordReference(collector, { symbol, referencedFrom, toolLocation: pendingLocation, warning }, pendingRaw ?? '');
    havePending = false;
    pendingLocation = undefined;
  };

  const interrupt = (): void => {
    flush();
    block = undefined;
    duplicate = undefined;
  };

  const continuation = (text: string, raw: string): void => {
    if (block === 'undefined') {
      if (text.startsWith('referenced by ')) {
        flush();
        const what = text.slice('referenced by '.length);
        if (what.endsWith(')') && what.includes(':(') && !what.includes(' (')) {
          // No source information: `referenced by obj.o:(fn)`.
          havePending = true;
          pendingRaw = raw;
          flush(functionOf(what));
          return;
        }
        havePending = true;
        pendingRaw = raw;
        pendingLocation = sourceLocation(what);
        return;
      }
      const more = moreTimes.exec(text);
      if (more) {
        flush();
        recordMoreReferences(collector, symbol, raw, undefined, Number(more[1]));
        return;
      }
      if (havePending && !text.startsWith('did you mean') && !text.startsWith('defined in')) flush(functionOf(text));
    } else if (block === 'duplicate' && duplicate && text.startsWith('defined at ')) {
      duplicate.toolLocation = betterLocation(duplicate.toolLocation, sourceLocation(text.slice('defined at '.length)));
      collector.addRaw(duplicate, raw);
    }
  };

  return {
    get active() {
      return block !== undefined;
    },
    line(body, raw) {
      if (body.charCodeAt(0) === 62 /* > */ && body.startsWith('>>>')) {
        if (!block) return false;
        // mold 1.10 can glue `>>>` lines: split them.
        let start = 0;
        while (start < body.length) {
          const next = body.indexOf('>>>', start + 3);
          const end = next === -1 ? body.length : next;
          continuation(body.slice(start + 3, end).trim(), raw);
          start = end;
        }
        return true;
      }
      interrupt();
      let m = undefinedHeader.exec(body);
      if (m) {
        block = 'undefined';
        warning = m[1] === 'warning';
        symbol = m[2] ?? '';
        return true;
      }
      m = duplicateHeader.exec(body);
      if (m) {
        const named = m[1] ?? '';
        // mold: `duplicate symbol: a.o: b.o: sym`; lld: `duplicate symbol: sym` then `>>> defined at`.
        const lastColon = named.lastIndexOf(': ');
        if (lastColon !== -1 && named.slice(0, lastColon).includes('.o')) {
          recordMultipleDefinition(collector, named.slice(lastColon + 2), raw);
        } else {
          block = 'duplicate';
          symbol = named;
          duplicate = recordMultipleDefinition(collector, symbol, raw);
        }
        return true;
      }
      m = missingLibrary.exec(body);
      if (m) {
        recordMissingLibrary(collector, m[1] ?? '', raw);
        return true;
      }
      m = oldMoldUndefined.exec(body);
      if (m) {
        recordReference(collector, { symbol: m[2] ?? '', toolLocation: parseToolLocation(m[1] ?? '') }, raw);
        return true;
      }
      return false;
    },
    interrupt,
  };
}
