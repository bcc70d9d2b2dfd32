// GNU ld (bfd) messages. bfd names the function once (`obj: in function `fn':`) and
// then prints one `file:line: undefined reference to `sym'` per reference in it.
import type { Collector, CountedDiagnostic } from './collector.ts';
import {
  parseToolLocation,
  recordMissingDso,
  recordMissingLibrary,
  recordMoreReferences,
  recordMultipleDefinition,
  recordReference,
  setDsoLibrary,
} from './record.ts';

// gcc's own "In function ‘f’:" context lines use other quotes; ld always uses a backtick.
const inFunction = /^(?:.*: )?[iI]n function `(.*)':$/;
const undefinedReference = /^(.*?): undefined reference to [`‘](.*)['’]$/;
const undefinedSymbol = /^(.*?): undefined reference to symbol '(.*)'$/;
const moreReferences = /^(.*?): more undefined references to [`‘](.*)['’] follow$/;
const dsoNote = /^note: '(.*)' is defined in DSO (.*) so try adding it to the linker command line$/;
const dsoMissing = /^(.*?): (?:error adding symbols: DSO missing from command line|could not read symbols: Invalid operation)$/;
const cannotFind = /^(?:error: )?cannot find -l(\S+?)(?:: .*)?$/;
const multipleDefinition = /^(.*?): multiple definition of [`‘](.*?)['’](?:; (.*): first defined here)?$/;

export interface LineParser {
  /** Returns true when the line was recognised. `body` is the line without a linker prefix. */
  line(body: string, raw: string): boolean;
  /** Called when an unrelated line arrives: drops multi-line context. */
  interrupt(): void;
}

export function createGnuLdParser(collector: Collector): LineParser {
  let currentFunction: string | undefined;
  let pendingDso: CountedDiagnostic | undefined;

  return {
    line(body, raw) {
      const c = body.charCodeAt(body.length - 1);
      if (c === 58 /* : */) {
        const m = inFunction.exec(body);
        if (m) {
          currentFunction = m[1];
          return true;
        }
        return false;
      }
      if (body.includes('undefined')) {
        // `undefined reference to symbol 'x'` (straight quote) does not match this one.
        let m = undefinedReference.exec(body);
        if (m) {
          recordReference(
            collector,
            { symbol: m[2] ?? '', referencedFrom: currentFunction, toolLocation: parseToolLocation(m[1] ?? '') },
            raw,
          );
          return true;
        }
        m = undefinedSymbol.exec(body);
        if (m) {
          pendingDso = recordMissingDso(collector, m[2] ?? '', raw);
          return true;
        }
        m = moreReferences.exec(body);
        if (m) {
          recordMoreReferences(collector, m[2] ?? '', raw, parseToolLocation(m[1] ?? ''));
          return true;
        }
        return false;
      }
      if (body.includes('DSO') || body.includes('could not read symbols')) {
        const note = dsoNote.exec(body);
        const missing = note ? undefined : dsoMissing.exec(body);
        const library = note?.[2] ?? missing?.[1];
        if (library !== undefined) {
          if (pendingDso) setDsoLibrary(collector, pendingDso, library, raw);
          return true;
        }
      }
      if (body.includes('cannot find -l')) {
        const m = cannotFind.exec(body);
        if (m) {
          recordMissingLibrary(collector, m[1] ?? '', raw);
          return true;
        }
      }
      if (body.includes('multiple definition')) {
        const m = multipleDefinition.exec(body);
        if (m) {
          recordMultipleDefinition(collector, m[2] ?? '', raw, parseToolLocation(m[1] ?? ''));
          return true;
        }
      }
      // Older bfd prints the first definition on a line of its own.
      return body.endsWith(': first defined here');
    },
    interrupt() {
      currentFunction = undefined;
      pendingDso = undefined;
    },
  };
}
