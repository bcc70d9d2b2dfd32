// GNU gold messages: `<place>: error: undefined reference to 'sym'` with straight quotes.
// With debug info the place is `file:line`; without, gold names the object, the source
// file and what holds the reference: `obj.o:file.cc:function fn` or `obj.o:file.cc:table`
// for a data symbol. `cannot find -lX` and warnings are shared with bfd (gnu-ld.ts).
import type { Collector } from './collector.ts';
import * as messages from './linker-messages.ts';
import { recordMultipleDefinition, recordReference } from './record.ts';
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

export function createGoldParser(collector: Collector): LineParser {
  const rules = ruleTable([
    {
      has: 'undefined reference',
      pattern: /^(.*?): (error|warning): undefined reference to '(.*)'$/,
      handle: (m, raw) => {
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
      has: 'multiple definition',
      pattern: /^error: (.*?): multiple definition of '(.*)'$/,
      handle: (m, raw) => recordMultipleDefinition(collector, m[2] ?? '', raw, undefined, undefined, parsePlace(m[1] ?? '').object),
    },
    { has: 'previous definition here', pattern: /: previous definition here$/, handle: () => {} },
    {
      has: 'unsupported ELF machine number',
      pattern: /^(?:fatal )?error: (.+?): unsupported ELF machine number (\d+)$/,
      handle: (m, raw) => {
        const file = m[1] ?? '';
        const machine = messages.machineName(m[2] ?? '');
        collector.add('linker-error', file, 'wrong-architecture', () => messages.wrongArchitecture(file, machine, undefined, m[0]), raw);
      },
    },
    {
      // gold reads a file it does not recognise as a linker script, and fails on its first byte.
      has: 'error: ',
      pattern: /^error: (.+?):\d+:\d+: invalid character$|^error: (.+?): not an object or archive$/,
      handle: (m, raw) => {
        const file = m[1] ?? m[2] ?? '';
        collector.add('linker-error', file, 'not-an-object', () => messages.notAnObject(file, m[0]), raw);
      },
    },
  ]);
  return {
    line: (body, raw) => applyRules(rules, body, raw),
    interrupt() {},
  };
}
