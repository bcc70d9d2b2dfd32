// lld and mold (>= 1.3) messages: a header naming the symbol, then `>>>` lines in pairs
// (`>>> referenced by src:line (abs:line)` / `>>>     obj.o:(function)`). mold 1.10
// sometimes glues two `>>>` lines together; mold 1.0 printed one line per reference.
// ld64.lld (Mach-O) writes C symbols with a leading `_`, removed so names match ELF's.
import type { Location } from '../diagnostic.ts';
import { keepLocation, type Collector, type CountedDiagnostic } from './collector.ts';
import * as messages from './linker-messages.ts';
import { recordMissingLibrary, recordMoreReferences, recordMultipleDefinition, recordReference } from './record.ts';
import { applyRules, ruleTable, type LineParser } from './rules.ts';
import { parsePlace, parseToolLocation } from './tool-place.ts';

/** `cgo-gcc-prolog:60 (/tmp/go-build/cgo-gcc-prolog:60)` -> the absolute form. */
function sourceLocation(text: string): Location | undefined {
  const open = text.lastIndexOf(' (');
  return parseToolLocation(open !== -1 && text.endsWith(')') ? text.slice(open + 2, -1) : text);
}

interface Holder {
  function?: string;
  object?: string;
  archive?: string;
}

/**
 * `obj.o:(fn)`, `obj.o:(fn) in archive /x/lib.a`, `/x/lib.a(obj.o):(fn)`, ld64.lld's
 * `obj.o:(symbol _fn+0x0)`; section offsets such as `(.text+0x0)` name no function.
 */
function holderOf(text: string, machO: boolean): Holder {
  const archiveAt = text.lastIndexOf(' in archive ');
  const archive = archiveAt === -1 ? undefined : text.slice(archiveAt + ' in archive '.length);
  const rest = archiveAt === -1 ? text : text.slice(0, archiveAt);
  const open = rest.indexOf(':(');
  const place = parsePlace(open === -1 ? rest : rest.slice(0, open));
  let fn = open !== -1 && rest.endsWith(')') ? rest.slice(open + 2, -1) : undefined;
  if (fn?.startsWith('symbol ')) fn = fn.slice('symbol '.length).replace(/\+0x[0-9a-f]+$/, '');
  if (fn !== undefined && machO) fn = withoutMachOUnderscore(fn);
  const holder: Holder = {};
  if (fn !== undefined && !fn.startsWith('.')) holder.function = fn;
  const object = place.object ?? place.location?.file;
  if (object !== undefined) holder.object = object;
  if (archive !== undefined || place.archive !== undefined) holder.archive = archive ?? place.archive;
  return holder;
}

const withoutMachOUnderscore = (name: string): string => (name.startsWith('_') ? name.slice(1) : name);

export function createLldMoldParser(collector: Collector): LineParser & { readonly active: boolean } {
  let block: 'undefined' | 'duplicate' | undefined;
  let symbol = '';
  let warning = false;
  let machO = false;
  let pendingLocation: Location | undefined;
  let pendingRaw: string | undefined;
  let havePending = false;
  let duplicate: CountedDiagnostic | undefined;

  const flush = (holder: Holder = {}): void => {
    if (!havePending) return;
    recordReference(
      collector,
      { symbol, referencedFrom: holder.function, toolLocation: pendingLocation, object: holder.object, archive: holder.archive, warning },
      pendingRaw ?? '',
    );
    havePending = false;
    pendingLocation = undefined;
  };

  const interrupt = (): void => {
    flush();
    block = undefined;
    duplicate = undefined;
  };

  const startUndefined = (level: string, name: string, linker: string | undefined): void => {
    block = 'undefined';
    warning = level === 'warning';
    machO = linker === 'ld64.lld';
    symbol = machO ? withoutMachOUnderscore(name) : name;
  };

  // `>>> ...` lines inside a block.
  const undefinedContinuation = ruleTable([
    {
      // lld 17+: `referenced by a.so (disallowed by --no-allow-shlib-undefined)`.
      has: 'disallowed by',
      pattern: /^referenced by (\S+) \(disallowed by (--[\w-]+)\)$/,
      handle: (m, raw) => {
        flush();
        recordReference(collector, { symbol, referencedFrom: m[1], library: m[1], warning }, raw);
      },
    },
    {
      has: 'referenced by ',
      pattern: /^referenced by (.*)$/,
      handle: (m, raw) => {
        flush();
        const what = m[1] ?? '';
        havePending = true;
        pendingRaw = raw;
        // No source information: `referenced by obj.o:(fn)`.
        if (what.endsWith(')') && what.includes(':(') && !what.includes(' (')) flush(holderOf(what, machO));
        else pendingLocation = sourceLocation(what);
      },
    },
    {
      has: 'more time',
      pattern: /^referenced (\d+) more times?$/,
      handle: (m, raw) => {
        flush();
        recordMoreReferences(collector, symbol, raw, undefined, Number(m[1]));
      },
    },
    { pattern: /^(?:did you mean|defined in)/, handle: () => {} },
    { pattern: /^./, handle: (m) => flush(holderOf(m.input, machO)) },
  ]);

  const continuation = (text: string, raw: string): void => {
    if (block === 'undefined') {
      applyRules(undefinedContinuation, text, raw, undefined);
    } else if (block === 'duplicate' && duplicate && text.startsWith('defined at ')) {
      keepLocation(duplicate, sourceLocation(text.slice('defined at '.length)), 'also defined here');
      collector.addRaw(duplicate, raw);
    }
  };

  let currentLinker: string | undefined;
  const headers = ruleTable([
    {
      has: 'undefined',
      pattern: /^(error|warning): undefined (?:symbol|reference due to --no-allow-shlib-undefined|reference): (.*)$/,
      handle: (m) => startUndefined(m[1] ?? '', m[2] ?? '', currentLinker),
    },
    {
      // lld 14: `error: a.so: undefined reference to x1 [--no-allow-shlib-undefined]`.
      has: '[--no-allow-shlib-undefined]',
      pattern: /^(error|warning): (.+?): undefined reference to (.+?) \[--no-allow-shlib-undefined\]$/,
      handle: (m, raw) => {
        recordReference(collector, { symbol: m[3] ?? '', referencedFrom: m[2], library: m[2], warning: m[1] === 'warning' }, raw);
      },
    },
    {
      has: 'duplicate symbol: ',
      pattern: /^error: duplicate symbol: (.*)$/,
      handle: (m, raw) => {
        const named = m[1] ?? '';
        // mold: `duplicate symbol: a.o: b.o: sym`; lld: `duplicate symbol: sym` then `>>> defined at`.
        const lastColon = named.lastIndexOf(': ');
        if (lastColon !== -1 && named.slice(0, lastColon).includes('.o')) {
          const objects = named.slice(0, lastColon).split(': ');
          recordMultipleDefinition(collector, named.slice(lastColon + 2), raw, undefined, undefined, objects[0]);
        } else {
          block = 'duplicate';
          symbol = named;
          duplicate = recordMultipleDefinition(collector, symbol, raw);
        }
      },
    },
    {
      has: 'librar',
      pattern: /^(?:error: unable to find library -l|fatal: library not found: |error: library not found: )(.*)$/,
      handle: (m, raw) => recordMissingLibrary(collector, m[1] ?? '', raw),
    },
    {
      // mold: `--require-defined: undefined symbol: S`, `--defsym: undefined symbol: S`,
      // `lib.so: --no-allow-shlib-undefined: undefined symbol: S`.
      has: ': undefined symbol: ',
      pattern: /^(error|warning): (?:(.+?): )?(--[\w-]+): undefined symbol: (.*)$/,
      handle: (m, raw) => {
        const [, level, library, option = '', name = ''] = m;
        if (library !== undefined)
          recordReference(collector, { symbol: name, referencedFrom: library, library, warning: level === 'warning' }, raw);
        else collector.add('undefined-reference', name, option, () => messages.commandLineSymbol(name, option), raw);
      },
    },
    {
      has: 'symbol not found: ',
      pattern: /^error: (--defsym):\d+: symbol not found: (.*)$/,
      handle: (m, raw) => {
        const [, option = '', name = ''] = m;
        collector.add('undefined-reference', name, option, () => messages.commandLineSymbol(name, option), raw);
      },
    },
    {
      has: 'undefined symbol: ',
      pattern: /^undefined symbol: (.*?): (.*)$/,
      handle: (m, raw) => {
        const place = parsePlace(m[1] ?? '');
        recordReference(collector, { symbol: m[2] ?? '', toolLocation: place.location, object: place.object, archive: place.archive }, raw);
      },
    },
    {
      has: 'incompatible',
      pattern:
        /^error: (.+?) is incompatible with (?:elf64-|elf32-)?(\S+)$|^fatal: (.+?): incompatible file type: (\S+) is expected but got (\S+)$/,
      handle: (m, raw) => {
        const file = m[1] ?? m[3] ?? '';
        const target = m[2] ?? m[4];
        collector.add('linker-error', file, 'wrong-architecture', () => messages.wrongArchitecture(file, m[5], target, m[0]), raw);
      },
    },
    {
      has: 'unknown file type',
      pattern: /^(?:error|fatal): (.+?): unknown file type$/,
      handle: (m, raw) => {
        const file = m[1] ?? '';
        collector.add('linker-error', file, 'not-an-object', () => messages.notAnObject(file, m[0]), raw);
      },
    },
    {
      // mold: `warning: dir/libx.so: skipping incompatible file arm64 62` (its CPU, then the ELF machine wanted).
      has: 'skipping incompatible file',
      pattern: /^warning: (.+?): skipping incompatible file (\S+) \d+$/,
      handle: (m, raw) => {
        const file = m[1] ?? '';
        const text = `${file} was skipped: it is built for ${m[2]}`;
        collector.add('linker-warning', file, 'incompatible', () => messages.linkerWarning({ text, library: file }), raw);
      },
    },
    {
      has: 'warning: ',
      pattern: /^warning: (.*)$/,
      handle: (m, raw) => {
        const text = m[1] ?? '';
        if (isDebugInfoNoise(text)) {
          collector.add('linker-warning', '', 'debug-info', () => messages.debugInfoWarnings(text), raw);
        } else {
          collector.add('linker-warning', text, '', () => messages.linkerWarning({ text }), raw);
        }
      },
    },
  ]);

  return {
    get active() {
      return block !== undefined;
    },
    line(body, raw, linker) {
      if (body.startsWith('>>>')) {
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
      currentLinker = linker;
      return applyRules(headers, body, raw, undefined);
    },
    interrupt,
  };
}

/** lld's warnings about debug information it cannot parse (line tables, DWARF sections). */
const isDebugInfoNoise = (text: string): boolean =>
  text.includes('line table') ||
  text.includes('prologue') ||
  text.includes('.debug_') ||
  text.includes('DWARF') ||
  (text.startsWith('unexpected end of data') && text.includes('while reading ['));
