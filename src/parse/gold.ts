// GNU gold messages: `<loc>: error: undefined reference to 'sym'` with straight quotes,
// where <loc> is `file:line` with debug info and `obj.o:file.c:function fn` without.
// `cannot find -lX` is shared with bfd (gnu-ld.ts).
import type { Collector } from './collector.ts';
import type { LineParser } from './gnu-ld.ts';
import { parseToolLocation, recordMultipleDefinition, recordReference } from './record.ts';

const undefinedReference = /^(.*?): (error|warning): undefined reference to '(.*)'$/;
const multipleDefinition = /^error: (.*?): multiple definition of '(.*)'$/;

export function createGoldParser(collector: Collector): LineParser {
  return {
    line(body, raw) {
      if (body.includes('undefined reference')) {
        const m = undefinedReference.exec(body);
        if (!m) return false;
        let location = m[1] ?? '';
        let referencedFrom: string | undefined;
        const fn = location.indexOf(':function ');
        if (fn !== -1) {
          referencedFrom = location.slice(fn + ':function '.length);
          location = location.slice(0, fn);
        }
        recordReference(
          collector,
          { symbol: m[3] ?? '', referencedFrom, toolLocation: parseToolLocation(location), warning: m[2] === 'warning' },
          raw,
        );
        return true;
      }
      if (body.includes('multiple definition')) {
        const m = multipleDefinition.exec(body);
        if (!m) return false;
        recordMultipleDefinition(collector, m[2] ?? '', raw);
        return true;
      }
      return body.endsWith(': previous definition here');
    },
    interrupt() {},
  };
}
