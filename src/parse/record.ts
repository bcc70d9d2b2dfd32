// Shared by the linker parsers: turns one recognised tool message into a (merged)
// finding, keyed by (kind, symbol, referencedFrom): GNU ld repeats a reference once per call
// site and per object, and one finding per symbol and calling function is what the user fixes.
import type { Location } from '../diagnostic.ts';
import { addRelated, detach, keepLocation, type Collector, type CountedDiagnostic } from './collector.ts';
import * as findings from './link-findings.ts';
import * as messages from './linker-messages.ts';

/** One reference; further references from the same place keep their locations as related ones. */
export function recordReference(collector: Collector, info: findings.ReferenceInfo, raw: string): CountedDiagnostic | undefined {
  const kept = collector.add('undefined-reference', info.symbol, info.referencedFrom ?? '', () => findings.undefinedReference(info), raw);
  if (kept) keepLocation(kept, info.toolLocation, 'also referenced here');
  return kept;
}

export function recordMoreReferences(collector: Collector, symbol: string, raw: string, toolLocation?: Location, more?: number): void {
  collector.add(
    'more-undefined-references',
    symbol,
    '',
    () => findings.moreUndefinedReferences(symbol, toolLocation, more),
    raw,
    more ?? 1,
  );
}

export function recordMissingLibrary(collector: Collector, name: string, raw: string): void {
  collector.add('missing-library', name, '', () => findings.missingLibrary(name), raw);
}

/** A symbol an option requires (--require-defined, --defsym) that nothing defines. */
export function recordCommandLineSymbol(collector: Collector, symbol: string, option: string, raw: string): void {
  collector.add('undefined-reference', symbol, option, () => messages.commandLineSymbol(symbol, option), raw);
}

/** `file` was built for another CPU; `fileCpu` and `targetCpu` as far as the linker said. */
export function recordWrongArchitecture(
  collector: Collector,
  file: string,
  fileCpu: string | undefined,
  targetCpu: string | undefined,
  text: string,
  raw: string,
): void {
  collector.add('linker-error', file, 'wrong-architecture', () => messages.wrongArchitecture(file, fileCpu, targetCpu, text), raw);
}

/** `file` is no object, archive or shared library the linker understands. */
export function recordNotAnObject(collector: Collector, file: string, text: string, raw: string): void {
  collector.add('linker-error', file, 'not-an-object', () => messages.notAnObject(file, text), raw);
}

/** A library for another CPU that the linker skipped while searching its directories. */
export function recordIncompatibleLibrary(collector: Collector, file: string, text: string, raw: string): void {
  collector.add('linker-warning', file, 'incompatible', () => messages.linkerWarning({ text, library: file }), raw);
}

/** `dlclose@@GLIBC_2.2.5` -> `dlclose`: the version is kept in the message only. */
export function recordMissingDso(collector: Collector, versioned: string, raw: string): CountedDiagnostic | undefined {
  const at = versioned.indexOf('@');
  const symbol = at > 0 ? versioned.slice(0, at) : versioned;
  return collector.add('missing-dso', symbol, '', () => findings.missingDso(symbol, undefined, versioned), raw);
}

/** Fills in the library of a missing-dso finding from ld's follow-up line. */
export function setDsoLibrary(collector: Collector, finding: CountedDiagnostic, printed: string, raw: string): void {
  if (finding.library) {
    collector.addRaw(finding, raw);
    return;
  }
  const library = printed.replace(/\/{2,}/g, '/');
  const full = findings.missingDso(finding.symbol ?? '', library, finding.title.replace(/^Undefined reference to symbol /, ''));
  finding.library = detach(library);
  finding.title = detach(full.title);
  finding.message = detach(full.message);
  if (full.fix) finding.fix = detach(full.fix);
  collector.addRaw(finding, raw);
}

export function recordMultipleDefinition(
  collector: Collector,
  symbol: string,
  raw: string,
  toolLocation?: Location,
  firstDefinition?: Location,
  object?: string,
): CountedDiagnostic | undefined {
  const kept = collector.add('multiple-definition', symbol, '', () => findings.multipleDefinition(symbol, toolLocation, object), raw);
  if (kept) {
    keepLocation(kept, toolLocation, 'also defined here');
    if (firstDefinition) addRelated(kept, firstDefinition, 'first defined here');
  }
  return kept;
}

// Lines ld prints after the real error; they add nothing on their own.
const followUp = /^(?:use the --help option|final link failed|failed to set dynamic section sizes|link errors found)/;

export function recordLinkerError(
  collector: Collector,
  message: string,
  raw: string,
  previous?: CountedDiagnostic,
): CountedDiagnostic | undefined {
  if (previous && followUp.test(message)) {
    collector.addRaw(previous, raw);
    return previous;
  }
  return collector.add('linker-error', message, '', () => findings.linkerError(message), raw);
}
