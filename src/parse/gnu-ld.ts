// GNU ld (bfd) messages. bfd names the function once (`obj: in function `fn':`) and
// then prints one `place: undefined reference to `sym'` per reference in it; a place
// with an object prefix (`main.o:/src/x.c:13`) is a reference outside any function.
import type { Location } from '../diagnostic.ts';
import { detach, keepLocation, type Collector, type CountedDiagnostic } from './collector.ts';
import * as messages from './linker-messages.ts';
import {
  recordMissingDso,
  recordMissingLibrary,
  recordMoreReferences,
  recordLinkerError,
  recordMultipleDefinition,
  recordReference,
  setDsoLibrary,
} from './record.ts';
import { applyRules, ruleTable, type LineParser } from './rules.ts';
import { parsePlace, type ToolPlace } from './tool-place.ts';

/** glibc's link-time warnings name their symbol: "feupdateenv is not implemented", "the `gets' function". */
const warnedSymbol = /^(?:(\w+) is not implemented|the [`'](\w+)' function)/;
const placeColumn = /:\d+:\d+$/;
const quotedSymbol = /against (?:undefined )?symbol [`'](.+?)'/;

export function createGnuLdParser(collector: Collector): LineParser {
  let currentFunction: string | undefined;
  // The object named with the function (`obj.o: in function `f':`), parsed when a message needs it.
  let functionPlaceText = '';
  let functionPlaceParsed: ToolPlace | undefined;
  const functionPlace = (): ToolPlace => (functionPlaceParsed ??= parsePlace(functionPlaceText));
  let pendingDso: CountedDiagnostic | undefined;
  let lastRelocation: CountedDiagnostic | undefined;
  // `file: Relocations in generic ELF (EM: 183)` comes before bfd gives up on the file.
  let machineOf: { file: string; machine: string } | undefined;
  let linker: string | undefined;

  const reference = (placeText: string, symbol: string, raw: string): void => {
    const place = parsePlace(placeText);
    if (place.library) {
      recordReference(collector, { symbol, referencedFrom: place.library, library: place.library }, raw);
      return;
    }
    // An object prefix on the place means bfd found no function around the reference.
    const inFunction = place.object === undefined;
    recordReference(
      collector,
      {
        symbol,
        referencedFrom: inFunction ? currentFunction : undefined,
        toolLocation: place.location,
        object: place.object ?? functionPlace().object,
        archive: place.archive ?? functionPlace().archive,
      },
      raw,
    );
  };

  const relocation = (placeText: string, text: string, raw: string): void => {
    const place = parsePlace(placeText);
    const location: Location | undefined = place.location;
    if (text.startsWith('dangerous relocation') && lastRelocation) {
      // bfd's follow-up to a relocation it refused: the source line of that relocation.
      keepLocation(lastRelocation, location, 'the relocation is here');
      collector.addRaw(lastRelocation, raw);
      return;
    }
    const symbol = quotedSymbol.exec(text)?.[1];
    const object = place.object ?? functionPlace().object;
    lastRelocation = collector.add('linker-error', text, '', () => messages.relocationError(text, location, symbol, object), raw);
  };

  const warning = (placeText: string | undefined, printed: string, raw: string): boolean => {
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
      referencedFrom: place.object === undefined && place.location ? currentFunction : undefined,
      symbol: m?.[1] ?? m?.[2],
    };
    const where = place.location ? `${place.location.file}:${place.location.line ?? ''}` : (place.library ?? place.object ?? '');
    collector.add('linker-warning', text, where, () => messages.linkerWarning(info), raw);
    return true;
  };

  const rules = ruleTable([
    {
      // gcc's own "In function ‘f’:" context lines use other quotes; ld always uses a backtick.
      has: 'n function `',
      pattern: /^(?:(.*?): )?[iI]n function `(.*)':$/,
      handle: (m) => {
        currentFunction = m[2];
        functionPlaceText = m[1] ?? '';
        functionPlaceParsed = undefined;
      },
    },
    // Undefined symbols: references, DSOs not on the link line, --defsym.
    {
      has: 'undefined',
      rules: [
        {
          has: 'undefined reference to symbol',
          pattern: /^(.*?): undefined reference to symbol '(.*)'$/,
          handle: (m, raw) => {
            pendingDso = recordMissingDso(collector, m[2] ?? '', raw);
          },
        },
        {
          has: 'more undefined references',
          pattern: /^(.*?): more undefined references to [`‘](.*)['’] follow$/,
          handle: (m, raw) => recordMoreReferences(collector, m[2] ?? '', raw, parsePlace(m[1] ?? '').location),
        },
        {
          has: 'undefined reference to ',
          pattern: /^(.*?): undefined reference to [`‘](.*)['’]$/,
          handle: (m, raw) => reference(m[1] ?? '', m[2] ?? '', raw),
        },
        {
          // bfd: `ld:--defsym:1: undefined symbol `x' referenced in expression` (no space after its name);
          // gold: `error: undefined symbol 'x' referenced in expression`.
          has: 'referenced in expression',
          pattern: /undefined symbol [`'](.+)' referenced in expression$/,
          handle: (m, raw) => addCommandLineSymbol(m[1] ?? '', '--defsym', raw),
        },
      ],
    },
    // The library that defines a symbol, when it is only an indirect dependency.
    {
      has: 'symbols',
      rules: [
        {
          pattern: /^(.*?): (?:error adding symbols: DSO missing from command line|could not read symbols: Invalid operation)$/,
          handle: (m, raw) => {
            if (pendingDso) setDsoLibrary(collector, pendingDso, m[1] ?? '', raw);
          },
        },
      ],
    },
    {
      has: 'DSO',
      pattern: /^note: '(.*)' is defined in DSO (.*) so try adding it to the linker command line$/,
      handle: (m, raw) => {
        if (pendingDso) setDsoLibrary(collector, pendingDso, m[2] ?? '', raw);
      },
    },
    // Files the linker cannot use.
    {
      has: 'file',
      rules: [
        {
          has: 'file in wrong format',
          pattern: /^(.*?): (?:error adding symbols: )?file in wrong format$/,
          handle: (m, raw) => {
            const file = m[1] ?? '';
            const machine = machineOf?.file === file ? messages.machineName(machineOf.machine) : undefined;
            collector.add(
              'linker-error',
              file,
              'wrong-architecture',
              () => messages.wrongArchitecture(file, machine, undefined, m[0]),
              raw,
            );
          },
        },
        {
          has: 'file not recognized',
          pattern: /^(.*?): file not recognized: (.*)$/,
          handle: (m, raw) => {
            const file = m[1] ?? '';
            collector.add('linker-error', file, 'not-an-object', () => messages.notAnObject(file, m[0]), raw);
          },
        },
      ],
    },
    {
      // A library for another CPU in a -L directory: bfd and gold skip it, then may not find -lX at all.
      has: 'skipping incompatible ',
      pattern: /^(?:error: )?skipping incompatible (.+?) when searching for (-l\S+)$/,
      handle: (m, raw) => {
        const file = m[1] ?? '';
        const text = `${file} was skipped when searching for ${m[2]}: it is built for another CPU`;
        collector.add('linker-warning', file, 'incompatible', () => messages.linkerWarning({ text, library: file }), raw);
      },
    },
    {
      has: 'cannot find ',
      rules: [
        {
          has: 'cannot find -l',
          pattern: /^(?:error: )?cannot find -l(\S+?)(?:: .*)?$/,
          handle: (m, raw) => recordMissingLibrary(collector, m[1] ?? '', raw),
        },
        {
          has: 'cannot find ',
          pattern: /^cannot find (\S+): (No such file or directory|file format not recognized)$/,
          handle: (m, raw) => {
            const file = m[1] ?? '';
            const missing = m[2] === 'No such file or directory';
            collector.add(
              'linker-error',
              file,
              missing ? 'not-found' : 'not-an-object',
              () => (missing ? messages.inputNotFound(file) : messages.notAnObject(file, m[0])),
              raw,
            );
          },
        },
      ],
    },
    // Definitions: duplicates, and symbols the command line requires.
    {
      has: 'efin',
      rules: [
        {
          has: 'multiple definition',
          pattern: /^(.*?): multiple definition of [`‘](.*?)['’](?:; (.*): first defined here)?$/,
          handle: (m, raw) => {
            const place = parsePlace(m[1] ?? '');
            const first = m[3] === undefined ? undefined : parsePlace(m[3]).location;
            recordMultipleDefinition(collector, m[2] ?? '', raw, place.location, first, place.object ?? functionPlace().object);
          },
        },
        { has: 'first defined here', pattern: /: first defined here$/, handle: () => {} },
        {
          has: 'required symbol',
          pattern: /^required symbol [`'](.+)' not defined$/,
          handle: (m, raw) => addCommandLineSymbol(m[1] ?? '', '--require-defined', raw),
        },
      ],
    },
    // Relocations: another CPU, code that is not position-independent, out of range.
    {
      has: 'elocation',
      rules: [
        {
          has: 'Relocations in generic ELF',
          pattern: /^(.*?): Relocations in generic ELF \(EM: (\d+)\)$/,
          handle: (m) => {
            machineOf = { file: m[1] ?? '', machine: m[2] ?? '' };
          },
        },
        // Older bfd prints the first definition on a line of its own.
        {
          // `obj.o: relocation R_X86_64_32 against symbol `x' can not be used when making a shared object; recompile with -fPIC`
          has: 'can not be used when making',
          pattern: /^(.*?): relocation \S+ against .*can not be used when making/,
          handle: (m, raw) => {
            lastRelocation = recordLinkerError(collector, m.input, raw);
            const symbol = quotedSymbol.exec(m.input)?.[1];
            const place = parsePlace(m[1] ?? '');
            if (lastRelocation && symbol) lastRelocation.symbol ??= detach(symbol);
            if (lastRelocation && place.object) lastRelocation.object ??= detach(place.object);
            if (lastRelocation && place.archive) lastRelocation.archive ??= detach(place.archive);
          },
        },
        {
          has: 'relocation',
          pattern: /^(.*?): ((?:relocation truncated to fit|dangerous relocation): .*)$/,
          handle: (m, raw) => relocation(m[1] ?? '', m[2] ?? '', raw),
        },
      ],
    },
    {
      // What bfd says after such an error adds nothing of its own.
      has: 'failed',
      pattern: /^(?:final link failed|failed to set dynamic section sizes)/,
      handle: (m, raw) => {
        if (!lastRelocation) return false;
        collector.addRaw(lastRelocation, raw);
      },
    },
    // Warnings, placed on a source line or library, or about the link itself.
    {
      has: 'warning: ',
      rules: [
        {
          has: ': warning: ',
          pattern: /^(.*?): warning: (.*)$/,
          handle: (m, raw) => warning(m[1], m[2] ?? '', raw),
        },
        {
          has: 'warning: ',
          pattern: /^warning: (.*)$/,
          handle: (m, raw) => linker !== undefined && warning(undefined, m[1] ?? '', raw),
        },
      ],
    },
  ]);

  function addCommandLineSymbol(symbol: string, option: string, raw: string): void {
    collector.add('undefined-reference', symbol, option, () => messages.commandLineSymbol(symbol, option), raw);
  }

  return {
    line(body, raw, linkerName) {
      linker = linkerName;
      return applyRules(rules, body, raw);
    },
    interrupt() {
      currentFunction = undefined;
      functionPlaceText = '';
      functionPlaceParsed = undefined;
      pendingDso = undefined;
      lastRelocation = undefined;
    },
  };
}
