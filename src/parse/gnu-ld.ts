// GNU ld (bfd) messages. bfd names the function once (`obj: in function `fn':`) and
// then prints one `place: undefined reference to `sym'` per reference in it; a place
// with an object prefix (`main.o:/src/x.c:13`) is a reference outside any function.
// gold's `cannot find -lX`, warnings and `--defsym` symbols come through these rules too.
import type { Location } from '../diagnostic.ts';
import { detach, keepLocation, type Collector, type CountedDiagnostic } from './collector.ts';
import * as messages from './linker-messages.ts';
import {
  recordCommandLineSymbol,
  recordIncompatibleLibrary,
  recordLinkerError,
  recordMissingDso,
  recordMissingLibrary,
  recordMoreReferences,
  recordMultipleDefinition,
  recordNotAnObject,
  recordReference,
  recordWrongArchitecture,
  setDsoLibrary,
} from './record.ts';
import { applyRules, ruleTable, type LineParser, type PatternRule } from './rules.ts';
import { parsePlace, type ToolPlace } from './tool-place.ts';

/** What earlier lines said that later ones build on. */
interface GnuLdState {
  collector: Collector;
  /** The linker named in front of the current line, if any. */
  linker: string | undefined;
  /** The function of the last `in function` line: bfd's references below it are in it. */
  currentFunction: string | undefined;
  // The object named with the function (`obj.o: in function `f':`), parsed when a message needs it.
  functionPlaceText: string;
  functionPlaceParsed: ToolPlace | undefined;
  /** The missing-dso finding the next line names the library of. */
  pendingDso: CountedDiagnostic | undefined;
  /** The relocation error bfd's follow-up lines belong to. */
  lastRelocation: CountedDiagnostic | undefined;
  // `file: Relocations in generic ELF (EM: 183)` comes before bfd gives up on the file.
  machineOf: { file: string; machine: string } | undefined;
}

const functionPlace = (state: GnuLdState): ToolPlace => (state.functionPlaceParsed ??= parsePlace(state.functionPlaceText));

function forgetContext(state: GnuLdState): void {
  state.currentFunction = undefined;
  state.functionPlaceText = '';
  state.functionPlaceParsed = undefined;
  state.pendingDso = undefined;
  state.lastRelocation = undefined;
}

/** glibc's link-time warnings name their symbol: "feupdateenv is not implemented", "the `gets' function". */
const warnedSymbol = /^(?:(\w+) is not implemented|the [`'](\w+)' function)/;
const placeColumn = /:\d+:\d+$/;
const quotedSymbol = /against (?:undefined )?symbol [`'](.+?)'/;

type Handler = PatternRule<GnuLdState>['handle'];

const enterFunction: Handler = (m, _raw, state) => {
  state.currentFunction = m[2];
  state.functionPlaceText = m[1] ?? '';
  state.functionPlaceParsed = undefined;
};

const undefinedReference: Handler = (m, raw, state) => {
  const symbol = m[3] ?? '';
  const warning = m[2] === 'warning';
  const place = parsePlace(m[1] ?? '');
  if (place.library) {
    recordReference(state.collector, { symbol, referencedFrom: place.library, library: place.library, warning }, raw);
    return;
  }
  // An object prefix on the place means bfd found no function around the reference.
  const inFunction = place.object === undefined;
  recordReference(
    state.collector,
    {
      symbol,
      referencedFrom: inFunction ? state.currentFunction : undefined,
      toolLocation: place.location,
      object: place.object ?? functionPlace(state).object,
      archive: place.archive ?? functionPlace(state).archive,
      warning,
    },
    raw,
  );
};

const wrongFormat: Handler = (m, raw, { collector, machineOf }) => {
  const file = m[1] ?? '';
  const machine = machineOf?.file === file ? messages.machineName(machineOf.machine) : undefined;
  recordWrongArchitecture(collector, file, machine, undefined, m[0], raw);
};

const inputNotUsable: Handler = (m, raw, { collector }) => {
  const file = m[1] ?? '';
  if (m[2] === 'No such file or directory') {
    collector.add('linker-error', file, 'not-found', () => messages.inputNotFound(file), raw);
  } else {
    recordNotAnObject(collector, file, m[0], raw);
  }
};

const multipleDefinition: Handler = (m, raw, state) => {
  const place = parsePlace(m[1] ?? '');
  const first = m[3] === undefined ? undefined : parsePlace(m[3]).location;
  recordMultipleDefinition(state.collector, m[2] ?? '', raw, place.location, first, place.object ?? functionPlace(state).object);
};

const nonPicRelocation: Handler = (m, raw, state) => {
  const relocation = recordLinkerError(state.collector, m.input, raw);
  state.lastRelocation = relocation;
  if (!relocation) return;
  const symbol = quotedSymbol.exec(m.input)?.[1];
  const place = parsePlace(m[1] ?? '');
  if (symbol) relocation.symbol ??= detach(symbol);
  if (place.object) relocation.object ??= detach(place.object);
  if (place.archive) relocation.archive ??= detach(place.archive);
};

const relocationError: Handler = (m, raw, state) => {
  const text = m[2] ?? '';
  const place = parsePlace(m[1] ?? '');
  const location: Location | undefined = place.location;
  if (text.startsWith('dangerous relocation') && state.lastRelocation) {
    // bfd's follow-up to a relocation it refused: the source line of that relocation.
    keepLocation(state.lastRelocation, location, 'the relocation is here');
    state.collector.addRaw(state.lastRelocation, raw);
    return;
  }
  const symbol = quotedSymbol.exec(text)?.[1];
  const object = place.object ?? functionPlace(state).object;
  state.lastRelocation = state.collector.add('linker-error', text, '', () => messages.relocationError(text, location, symbol, object), raw);
};

/** A warning placed on a source line, object or library (`placeText`), or about the link itself. */
function recordWarning(state: GnuLdState, placeText: string | undefined, printed: string, raw: string): boolean {
  // `file:line:col: warning:` is the compiler's; linkers print no column.
  if (placeText !== undefined && placeColumn.test(placeText)) return false;
  const place = parsePlace(placeText ?? '');
  // glibc's stub warnings start with their own "warning: " (bfd prints "warning: warning: ").
  const text = printed.replace(/^warning: /, '');
  const m = warnedSymbol.exec(text);
  const info: messages.WarningInfo = {
    text,
    toolLocation: place.location,
    library: place.library,
    object: place.object,
    referencedFrom: place.object === undefined && place.location ? state.currentFunction : undefined,
    symbol: m?.[1] ?? m?.[2],
  };
  const where = place.location ? `${place.location.file}:${place.location.line ?? ''}` : (place.library ?? place.object ?? '');
  state.collector.add('linker-warning', text, where, () => messages.linkerWarning(info), raw);
  return true;
}

// Each rule shows a line it reads, without the linker's `/usr/bin/ld: ` in front.
const gnuLdRules = ruleTable<GnuLdState>([
  {
    // `/tmp/go-link-793003319/000000.o: in function `status_ok':`; gcc's own "In function ‘f’:"
    // context lines use other quotes, ld always a backtick.
    has: 'n function `',
    pattern: /^(?:(.*?): )?[iI]n function `(.*)':$/,
    handle: enterFunction,
  },
  // Undefined symbols: references, DSOs not on the link line, --defsym.
  {
    has: 'undefined',
    rules: [
      {
        // `/tmp/go-link-42/000001.o: undefined reference to symbol 'dlclose@@GLIBC_2.2.5'`
        has: 'undefined reference to symbol',
        pattern: /^(.*?): undefined reference to symbol '(.*)'$/,
        handle: (m, raw, state) => {
          state.pendingDso = recordMissingDso(state.collector, m[2] ?? '', raw);
        },
      },
      {
        // `000000.o:/tmp/go-build/_cgo_export.c:10: more undefined references to `TF_Missing' follow`
        has: 'more undefined references',
        pattern: /^(.*?): more undefined references to [`‘](.*)['’] follow$/,
        handle: (m, raw, { collector }) => recordMoreReferences(collector, m[2] ?? '', raw, parsePlace(m[1] ?? '').location),
      },
      {
        // `/tmp/go-build/_cgo_export.c:7: undefined reference to `TF_HelperMissing'`; with
        // --warn-unresolved-symbols the same line says `warning: ` first (a warning finding, as lld's).
        has: 'undefined reference to ',
        pattern: /^(.*?): (?:(warning): )?undefined reference to [`‘](.*)['’]$/,
        handle: undefinedReference,
      },
      {
        // bfd: `ld:--defsym:1: undefined symbol `x' referenced in expression` (no space after its name);
        // gold: `error: undefined symbol 'x' referenced in expression`.
        has: 'referenced in expression',
        pattern: /undefined symbol [`'](.+)' referenced in expression$/,
        handle: (m, raw, { collector }) => recordCommandLineSymbol(collector, m[1] ?? '', '--defsym', raw),
      },
    ],
  },
  // The library that defines a symbol, when it is only an indirect dependency.
  {
    has: 'symbols',
    rules: [
      {
        // `/lib64/libdl.so.2: could not read symbols: Invalid operation`
        pattern: /^(.*?): (?:error adding symbols: DSO missing from command line|could not read symbols: Invalid operation)$/,
        handle: (m, raw, { collector, pendingDso }) => {
          if (pendingDso) setDsoLibrary(collector, pendingDso, m[1] ?? '', raw);
        },
      },
    ],
  },
  {
    // Older binutils: `note: 'dlclose@@GLIBC_2.2.5' is defined in DSO /lib64/libdl.so.2 so try adding it to the ...`
    has: 'DSO',
    pattern: /^note: '(.*)' is defined in DSO (.*) so try adding it to the linker command line$/,
    handle: (m, raw, { collector, pendingDso }) => {
      if (pendingDso) setDsoLibrary(collector, pendingDso, m[2] ?? '', raw);
    },
  },
  // Files the linker cannot use.
  {
    has: 'file',
    rules: [
      // `./libarm64.so: error adding symbols: file in wrong format`
      { has: 'file in wrong format', pattern: /^(.*?): (?:error adding symbols: )?file in wrong format$/, handle: wrongFormat },
      {
        // `macho.o: file not recognized: file format not recognized`
        has: 'file not recognized',
        pattern: /^(.*?): file not recognized: (.*)$/,
        handle: (m, raw, { collector }) => recordNotAnObject(collector, m[1] ?? '', m[0], raw),
      },
    ],
  },
  {
    // `skipping incompatible arm64lib/libtfcgo_arm64.so when searching for -ltfcgo_arm64`: a library
    // for another CPU in a -L directory; bfd and gold skip it, then may not find -lX at all.
    has: 'skipping incompatible ',
    pattern: /^(?:error: )?skipping incompatible (.+?) when searching for (-l\S+)$/,
    handle: (m, raw, { collector }) => {
      const file = m[1] ?? '';
      recordIncompatibleLibrary(collector, file, `${file} was skipped when searching for ${m[2]}: it is built for another CPU`, raw);
    },
  },
  {
    has: 'cannot find ',
    rules: [
      {
        // `cannot find -ltensorflow_missing: No such file or directory`
        has: 'cannot find -l',
        pattern: /^(?:error: )?cannot find -l(\S+?)(?:: .*)?$/,
        handle: (m, raw, { collector }) => recordMissingLibrary(collector, m[1] ?? '', raw),
      },
      {
        // `cannot find /nonexistent/libtfcgo.so: No such file or directory`,
        // `cannot find /usr/local/lib: file format not recognized`
        has: 'cannot find ',
        pattern: /^cannot find (\S+): (No such file or directory|file format not recognized)$/,
        handle: inputNotUsable,
      },
    ],
  },
  // Definitions: duplicates, and symbols the command line requires.
  {
    has: 'efin',
    rules: [
      {
        // `/src/def2.c:3: multiple definition of `tfcgo_answer'; def1.o:/src/def1.c:1: first defined here`
        has: 'multiple definition',
        pattern: /^(.*?): multiple definition of [`‘](.*?)['’](?:; (.*): first defined here)?$/,
        handle: multipleDefinition,
      },
      // Older bfd prints the first definition on a line of its own.
      { has: 'first defined here', pattern: /: first defined here$/, handle: () => {} },
      {
        // `required symbol `TF_Required' not defined`
        has: 'required symbol',
        pattern: /^required symbol [`'](.+)' not defined$/,
        handle: (m, raw, { collector }) => recordCommandLineSymbol(collector, m[1] ?? '', '--require-defined', raw),
      },
    ],
  },
  // Relocations: another CPU, code that is not position-independent, out of range.
  {
    has: 'elocation',
    rules: [
      {
        // `./libarm64.so: Relocations in generic ELF (EM: 183)`
        has: 'Relocations in generic ELF',
        pattern: /^(.*?): Relocations in generic ELF \(EM: (\d+)\)$/,
        handle: (m, _raw, state) => {
          state.machineOf = { file: m[1] ?? '', machine: m[2] ?? '' };
        },
      },
      {
        // `lib.a(helpers.o): relocation R_X86_64_32 against symbol `x' can not be used when making a shared object; ...`
        has: 'can not be used when making',
        pattern: /^(.*?): relocation \S+ against .*can not be used when making/,
        handle: nonPicRelocation,
      },
      {
        // `/src/far.c:3:(.text+0x7): relocation truncated to fit: R_X86_64_PC32 against symbol `far_away' ...`
        has: 'relocation',
        pattern: /^(.*?): ((?:relocation truncated to fit|dangerous relocation): .*)$/,
        handle: relocationError,
      },
    ],
  },
  {
    // `failed to set dynamic section sizes: bad value`: what bfd says after such an error adds nothing of its own.
    has: 'failed',
    pattern: /^(?:final link failed|failed to set dynamic section sizes)/,
    handle: (_m, raw, { collector, lastRelocation }) => {
      if (!lastRelocation) return false;
      collector.addRaw(lastRelocation, raw);
    },
  },
  // Warnings, placed on a source line or library, or about the link itself.
  {
    has: 'warning: ',
    rules: [
      {
        // `libtfshim.so: warning: warning: feupdateenv is not implemented and will always fail`
        has: ': warning: ',
        pattern: /^(.*?): warning: (.*)$/,
        handle: (m, raw, state) => recordWarning(state, m[1], m[2] ?? '', raw),
      },
      {
        // `warning: tfcgo::Op* tfcgo::Registry::find() const has different visibility (hidden) in kernels.o and ...`
        has: 'warning: ',
        pattern: /^warning: (.*)$/,
        handle: (m, raw, state) => state.linker !== undefined && recordWarning(state, undefined, m[1] ?? '', raw),
      },
    ],
  },
]);

export function createGnuLdParser(collector: Collector): LineParser {
  const state: GnuLdState = {
    collector,
    linker: undefined,
    currentFunction: undefined,
    functionPlaceText: '',
    functionPlaceParsed: undefined,
    pendingDso: undefined,
    lastRelocation: undefined,
    machineOf: undefined,
  };
  return {
    line(body, raw, linker) {
      state.linker = linker;
      return applyRules(gnuLdRules, body, raw, state);
    },
    interrupt: () => forgetContext(state),
  };
}
