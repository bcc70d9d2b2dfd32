// lld and mold (>= 1.3) messages: a header naming the symbol, then `>>>` lines in pairs
// (`>>> referenced by src:line (abs:line)` / `>>>     obj.o:(function)`). mold 1.10
// sometimes glues two `>>>` lines together; mold 1.0 printed one line per reference.
// ld64.lld (Mach-O) writes C symbols with a leading `_`, removed so names match ELF's.
import type { Location } from '../diagnostic.ts';
import { keepLocation, type Collector, type CountedDiagnostic } from './collector.ts';
import { withoutMachOUnderscore } from './ld64.ts';
import * as messages from './linker-messages.ts';
import {
  recordCommandLineSymbol,
  recordIncompatibleLibrary,
  recordMissingLibrary,
  recordMoreReferences,
  recordMultipleDefinition,
  recordNotAnObject,
  recordReference,
  recordWrongArchitecture,
} from './record.ts';
import { applyRules, ruleTable, type LineParser, type PatternRule } from './rules.ts';
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

/** The message the `>>>` lines belong to, and the reference they are halfway through. */
interface LldMoldState {
  collector: Collector;
  /** The linker named in front of the current line, if any. */
  linker: string | undefined;
  block: 'undefined' | 'duplicate' | undefined;
  symbol: string;
  warning: boolean;
  machO: boolean;
  // A `referenced by` line with a source place waits for the `>>>` line naming its object and function.
  havePending: boolean;
  pendingLocation: Location | undefined;
  pendingRaw: string | undefined;
  duplicate: CountedDiagnostic | undefined;
}

type Handler = PatternRule<LldMoldState>['handle'];

/** Records the waiting reference, with what `holder` says of where it is. */
function flushReference(state: LldMoldState, holder: Holder = {}): void {
  if (!state.havePending) return;
  const { symbol, warning, pendingLocation: toolLocation } = state;
  recordReference(
    state.collector,
    { symbol, referencedFrom: holder.function, toolLocation, object: holder.object, archive: holder.archive, warning },
    state.pendingRaw ?? '',
  );
  state.havePending = false;
  state.pendingLocation = undefined;
}

function endBlock(state: LldMoldState): void {
  flushReference(state);
  state.block = undefined;
  state.duplicate = undefined;
}

const referencedBy: Handler = (m, raw, state) => {
  flushReference(state);
  const what = m[1] ?? '';
  state.havePending = true;
  state.pendingRaw = raw;
  // No source information: `referenced by obj.o:(fn)`.
  if (what.endsWith(')') && what.includes(':(') && !what.includes(' (')) flushReference(state, holderOf(what, state.machO));
  else state.pendingLocation = sourceLocation(what);
};

// `>>> ` lines under `undefined symbol: S`, without the `>>>`.
const undefinedBlockRules = ruleTable<LldMoldState>([
  {
    // lld 17+: `referenced by a.so (disallowed by --no-allow-shlib-undefined)`.
    has: 'disallowed by',
    pattern: /^referenced by (\S+) \(disallowed by (--[\w-]+)\)$/,
    handle: (m, raw, state) => {
      flushReference(state);
      recordReference(state.collector, { symbol: state.symbol, referencedFrom: m[1], library: m[1], warning: state.warning }, raw);
    },
  },
  // `referenced by cgo-gcc-prolog:60 (/tmp/go-build/cgo-gcc-prolog:60)`, `referenced by main.cgo2.c`
  { has: 'referenced by ', pattern: /^referenced by (.*)$/, handle: referencedBy },
  {
    // `referenced 11 more times`
    has: 'more time',
    pattern: /^referenced (\d+) more times?$/,
    handle: (m, raw, state) => {
      flushReference(state);
      recordMoreReferences(state.collector, state.symbol, raw, undefined, Number(m[1]));
    },
  },
  { pattern: /^(?:did you mean|defined in)/, handle: () => {} },
  // `/tmp/go-link-2002586017/000001.o:(_cgo_6b55487d9a09_Cfunc_TF_Version)`: where the reference above is.
  { pattern: /^./, handle: (m, _raw, state) => flushReference(state, holderOf(m.input, state.machO)) },
]);

// `>>> ` lines under lld's `duplicate symbol: S`, without the `>>>`.
const duplicateBlockRules = ruleTable<LldMoldState>([
  {
    // `defined at def2.c:3 (/tmp/tfcgo-fixtures/forms/def2.c:3)`
    has: 'defined at ',
    pattern: /^defined at /,
    handle: (m, raw, { collector, duplicate }) => {
      if (!duplicate) return;
      keepLocation(duplicate, sourceLocation(m.input.slice(m[0].length)), 'also defined here');
      collector.addRaw(duplicate, raw);
    },
  },
]);

const blockRules = { undefined: undefinedBlockRules, duplicate: duplicateBlockRules };

/** The `>>>` lines of one printed line: mold 1.10 can glue them together. */
function readBlockLines(state: LldMoldState, block: keyof typeof blockRules, body: string, raw: string): void {
  let start = 0;
  while (start < body.length) {
    const next = body.indexOf('>>>', start + 3);
    const end = next === -1 ? body.length : next;
    applyRules(blockRules[block], body.slice(start + 3, end).trim(), raw, state);
    start = end;
  }
}

const startUndefinedBlock: Handler = (m, _raw, state) => {
  const name = m[2] ?? '';
  state.block = 'undefined';
  state.warning = m[1] === 'warning';
  state.machO = state.linker === 'ld64.lld';
  state.symbol = state.machO ? withoutMachOUnderscore(name) : name;
};

const duplicateSymbol: Handler = (m, raw, state) => {
  const named = m[1] ?? '';
  // mold: `duplicate symbol: a.o: b.o: sym`; lld: `duplicate symbol: sym` then `>>> defined at`.
  const lastColon = named.lastIndexOf(': ');
  if (lastColon !== -1 && named.slice(0, lastColon).includes('.o')) {
    const objects = named.slice(0, lastColon).split(': ');
    recordMultipleDefinition(state.collector, named.slice(lastColon + 2), raw, undefined, undefined, objects[0]);
  } else {
    state.block = 'duplicate';
    state.symbol = named;
    state.duplicate = recordMultipleDefinition(state.collector, named, raw);
  }
};

/** lld's warnings about debug information it cannot parse (line tables, DWARF sections). */
const isDebugInfoNoise = (text: string): boolean =>
  text.includes('line table') ||
  text.includes('prologue') ||
  text.includes('.debug_') ||
  text.includes('DWARF') ||
  (text.startsWith('unexpected end of data') && text.includes('while reading ['));

const recordWarning: Handler = (m, raw, { collector }) => {
  const text = m[1] ?? '';
  if (isDebugInfoNoise(text)) {
    collector.add('linker-warning', '', 'debug-info', () => messages.debugInfoWarnings(text), raw);
  } else {
    collector.add('linker-warning', text, '', () => messages.linkerWarning({ text }), raw);
  }
};

// Lines that start a message, without the linker's `ld.lld: ` or `mold: ` in front.
const messageRules = ruleTable<LldMoldState>([
  {
    // `error: undefined symbol: TF_DoesNotExist`, then its `>>>` lines.
    has: 'undefined',
    pattern: /^(error|warning): undefined (?:symbol|reference due to --no-allow-shlib-undefined|reference): (.*)$/,
    handle: startUndefinedBlock,
  },
  {
    // lld 14: `error: a.so: undefined reference to x1 [--no-allow-shlib-undefined]`.
    has: '[--no-allow-shlib-undefined]',
    pattern: /^(error|warning): (.+?): undefined reference to (.+?) \[--no-allow-shlib-undefined\]$/,
    handle: (m, raw, { collector }) => {
      recordReference(collector, { symbol: m[3] ?? '', referencedFrom: m[2], library: m[2], warning: m[1] === 'warning' }, raw);
    },
  },
  // `error: duplicate symbol: tfcgo_answer` (lld), `error: duplicate symbol: def2.o: def1.o: tfcgo_answer` (mold)
  { has: 'duplicate symbol: ', pattern: /^error: duplicate symbol: (.*)$/, handle: duplicateSymbol },
  {
    // `error: unable to find library -ltensorflow_missing` (lld), `fatal: library not found: tensorflow_missing` (mold)
    has: 'librar',
    pattern: /^(?:error: unable to find library -l|fatal: library not found: |error: library not found: )(.*)$/,
    handle: (m, raw, { collector }) => recordMissingLibrary(collector, m[1] ?? '', raw),
  },
  {
    // mold: `--require-defined: undefined symbol: S`, `--defsym: undefined symbol: S`,
    // `lib.so: --no-allow-shlib-undefined: undefined symbol: S`.
    has: ': undefined symbol: ',
    pattern: /^(error|warning): (?:(.+?): )?(--[\w-]+): undefined symbol: (.*)$/,
    handle: (m, raw, { collector }) => {
      const [, level, library, option = '', name = ''] = m;
      if (library !== undefined)
        recordReference(collector, { symbol: name, referencedFrom: library, library, warning: level === 'warning' }, raw);
      else recordCommandLineSymbol(collector, name, option, raw);
    },
  },
  {
    // `error: --defsym:1: symbol not found: TF_Sym`
    has: 'symbol not found: ',
    pattern: /^error: (--defsym):\d+: symbol not found: (.*)$/,
    handle: (m, raw, { collector }) => recordCommandLineSymbol(collector, m[2] ?? '', m[1] ?? '', raw),
  },
  {
    // mold 1.0: `undefined symbol: src/CMakeFiles/app.dir/session.cpp.o: TF_NewSession`
    has: 'undefined symbol: ',
    pattern: /^undefined symbol: (.*?): (.*)$/,
    handle: (m, raw, { collector }) => {
      const place = parsePlace(m[1] ?? '');
      recordReference(collector, { symbol: m[2] ?? '', toolLocation: place.location, object: place.object, archive: place.archive }, raw);
    },
  },
  {
    // `error: ./libarm64.so is incompatible with elf64-x86-64` (lld),
    // `fatal: ./libarm64.so: incompatible file type: x86_64 is expected but got arm64` (mold)
    has: 'incompatible',
    pattern:
      /^error: (.+?) is incompatible with (?:elf64-|elf32-)?(\S+)$|^fatal: (.+?): incompatible file type: (\S+) is expected but got (\S+)$/,
    handle: (m, raw, { collector }) => recordWrongArchitecture(collector, m[1] ?? m[3] ?? '', m[5], m[2] ?? m[4], m[0], raw),
  },
  {
    // `error: macho.o: unknown file type`
    has: 'unknown file type',
    pattern: /^(?:error|fatal): (.+?): unknown file type$/,
    handle: (m, raw, { collector }) => recordNotAnObject(collector, m[1] ?? '', m[0], raw),
  },
  {
    // mold: `warning: dir/libx.so: skipping incompatible file arm64 62` (its CPU, then the ELF machine wanted).
    has: 'skipping incompatible file',
    pattern: /^warning: (.+?): skipping incompatible file (\S+) \d+$/,
    handle: (m, raw, { collector }) => {
      const file = m[1] ?? '';
      recordIncompatibleLibrary(collector, file, `${file} was skipped: it is built for ${m[2]}`, raw);
    },
  },
  // `warning: unknown command line option: -z tfcgo-nosuch`
  { has: 'warning: ', pattern: /^warning: (.*)$/, handle: recordWarning },
]);

export function createLldMoldParser(collector: Collector): LineParser & { readonly active: boolean } {
  const state: LldMoldState = {
    collector,
    linker: undefined,
    block: undefined,
    symbol: '',
    warning: false,
    machO: false,
    havePending: false,
    pendingLocation: undefined,
    pendingRaw: undefined,
    duplicate: undefined,
  };
  return {
    get active() {
      return state.block !== undefined;
    },
    line(body, raw, linker) {
      if (body.startsWith('>>>')) {
        if (state.block === undefined) return false;
        readBlockLines(state, state.block, body, raw);
        return true;
      }
      endBlock(state);
      state.linker = linker;
      return applyRules(messageRules, body, raw, state);
    },
    interrupt: () => endBlock(state),
  };
}
