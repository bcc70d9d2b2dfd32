// GNU gold messages: `<place>: error: undefined reference to 'sym'` with straight quotes.
// With debug info the place is `file:line`; without, gold names the object, the source
// file and what holds the reference: `obj.o:file.cc:function fn` or `obj.o:file.cc:table`
// for a data symbol. With a line, gold names no function, so one name's references from
// several functions merge into one finding; gold prints them section by section (a cold
// function's .text.unlikely after .text), and the collector leads with the first line.
// `cannot find -lX` and warnings are shared with bfd (gnu-ld.ts).
import type { Collector } from './collector.ts';
import { machineName } from './linker-messages.ts';
import { recordMultipleDefinition, recordNotAnObject, recordReference, recordWrongArchitecture } from './record.ts';
import { applyRules, ruleTable, type LineParser } from './rules.ts';
import { parsePlace, type ToolPlace } from './tool-place.ts';

/** `obj.o:file.cc:function fn` -> the object, file.cc, and fn. */
function goldPlace(text: string): ToolPlace & { holder?: string } {
  const fn = text.indexOf(':function ');
  if (fn !== -1) return { ...parsePlace(text.slice(0, fn)), holder: text.slice(fn + ':function '.length) };
  const place = parsePlace(text);
  const file = place.location?.file;
  // `obj.o:file.cc:table`: the last part names the data symbol holding the reference.
  if ((place.object !== undefined || place.archive !== undefined) && file !== undefined && place.location?.line === undefined) {
    const colon = file.lastIndexOf(':');
    if (colon > 0) return { ...place, location: { file: file.slice(0, colon) }, holder: file.slice(colon + 1) };
  }
  return place;
}

// gold keeps no context between lines: its handlers only need the collector.
const goldRules = ruleTable<Collector>([
  {
    // `/tmp/go-build/cgo-gcc-prolog:60: error: undefined reference to 'TF_DoesNotExist'`,
    // `000001.o:main.cgo2.c:function _cgo_209e0b51832d_Cfunc_TF_DoesNotExist: error: undefined reference to ...`
    has: 'undefined reference',
    pattern: /^(.*?): (error|warning): undefined reference to '(.*)'$/,
    handle: (m, raw, collector) => {
      const place = goldPlace(m[1] ?? '');
      recordReference(
        collector,
        {
          symbol: m[3] ?? '',
          referencedFrom: place.holder,
          toolLocation: place.location,
          object: place.object,
          archive: place.archive,
          warning: m[2] === 'warning',
        },
        raw,
      );
    },
  },
  {
    // `error: def2.o: multiple definition of 'tfcgo_answer'`
    has: 'multiple definition',
    pattern: /^error: (.*?): multiple definition of '(.*)'$/,
    handle: (m, raw, collector) =>
      recordMultipleDefinition(collector, m[2] ?? '', raw, undefined, undefined, parsePlace(m[1] ?? '').object),
  },
  { has: 'previous definition here', pattern: /: previous definition here$/, handle: () => {} },
  {
    // `fatal error: ./libarm64.so: unsupported ELF machine number 183`
    has: 'unsupported ELF machine number',
    pattern: /^(?:fatal )?error: (.+?): unsupported ELF machine number (\d+)$/,
    handle: (m, raw, collector) => recordWrongArchitecture(collector, m[1] ?? '', machineName(m[2] ?? ''), undefined, m[0], raw),
  },
  {
    // `error: macho.o:1:1: invalid character`: gold reads a file it does not recognise as a
    // linker script, and fails on its first byte.
    has: 'error: ',
    pattern: /^error: (.+?):\d+:\d+: invalid character$|^error: (.+?): not an object or archive$/,
    handle: (m, raw, collector) => recordNotAnObject(collector, m[1] ?? m[2] ?? '', m[0], raw),
  },
]);

export function createGoldParser(collector: Collector): LineParser {
  return {
    line: (body, raw) => applyRules(goldRules, body, raw, collector),
    interrupt() {},
  };
}
