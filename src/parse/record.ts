// Shared by the linker parsers: turns one recognised tool message into a (merged)
// finding, keyed by (kind, symbol, referencedFrom): GNU ld repeats a reference once per call
// site and per object, and one finding per symbol and calling function is what the user fixes.
import type { Location } from '../diagnostic.ts';
import { betterLocation, detach, type Collector, type CountedDiagnostic } from './collector.ts';
import * as findings from './link-findings.ts';

export function recordReference(collector: Collector, info: findings.ReferenceInfo, raw: string): CountedDiagnostic | undefined {
  const kept = collector.add('undefined-reference', info.symbol, info.referencedFrom ?? '', () => findings.undefinedReference(info), raw);
  if (kept) kept.toolLocation = betterLocation(kept.toolLocation, info.toolLocation);
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

/** `dlclose@@GLIBC_2.2.5` -> `dlclose`: the version is kept in the message only. */
export function recordMissingDso(collector: Collector, versioned: string, raw: string): CountedDiagnostic | undefined {
  const at = versioned.indexOf('@');
  const symbol = at > 0 ? versioned.slice(0, at) : versioned;
  return collector.add('missing-dso', symbol, '', () => findings.missingDso(symbol, undefined, versioned), raw);
}

/** Fills in the library of a missing-dso finding from ld's follow-up line. */
export function setDsoLibrary(collector: Collector, finding: CountedDiagnostic, printed: string, raw: string): void {
  if (finding.library) return;
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
): CountedDiagnostic | undefined {
  const kept = collector.add('multiple-definition', symbol, '', () => findings.multipleDefinition(symbol, toolLocation), raw);
  if (kept) kept.toolLocation = betterLocation(kept.toolLocation, toolLocation);
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

/**
 * Parses a location as linkers print it: `file:line`, `obj.o:file:line`,
 * `file:(.text+0x1a)` or `obj.o:(.text+0x0)`. Object-file prefixes are dropped.
 */
export function parseToolLocation(text: string): Location | undefined {
  if (text.length === 0) return undefined;
  let file = text;
  let line: number | undefined;
  const numbered = /^(.*?):(\d+)(?::(\d+))?$/.exec(text);
  if (numbered) {
    file = numbered[1] ?? '';
    line = Number(numbered[2]);
  } else if (text.endsWith(')')) {
    const paren = text.lastIndexOf(':(');
    if (paren > 0) file = text.slice(0, paren);
  }
  // `/tmp/go-link-1/000001.o:/tmp/go-build/main.cgo2.c` -> the source file.
  const objectEnd = file.lastIndexOf('.o:');
  if (objectEnd !== -1) file = file.slice(objectEnd + 3);
  if (file.length === 0) return undefined;
  return line === undefined ? { file } : { file, line };
}

/** `/usr/bin/ld: `, `/usr/bin/ld.gold: `, `ld.lld: `, `mold: `, `ld: ` and cross-prefixed names. */
const linkerName = /^(?:[\w.-]+-)?(ld(?:\.bfd|\.gold|\.lld|64)?|mold|lld|ld64\.lld)$/;

export interface LinkerLine {
  /** ld, ld.bfd, ld.gold, ld.lld, mold ... or undefined when the line has no linker prefix. */
  tool?: string;
  /** The line without the linker prefix. */
  body: string;
}

// Called for most lines, so it looks at the first `: ` without a regex over the line.
function linkerPrefixEnd(line: string): { tool: string; end: number } | undefined {
  const colon = line.indexOf(': ');
  if (colon <= 0 || colon > 256) return undefined;
  const space = line.lastIndexOf(' ', colon);
  if (space !== -1) return undefined;
  // Every linker name ends in "d" (ld, ld.gold, lld, mold ...) or "4" (ld64).
  const last = line.charCodeAt(colon - 1);
  if (last !== 100 && last !== 52) return undefined;
  const name = line.slice(line.lastIndexOf('/', colon) + 1, colon);
  const m = linkerName.exec(name);
  return m ? { tool: m[1] ?? name, end: colon + 2 } : undefined;
}

export function hasLinkerPrefix(line: string): boolean {
  return linkerPrefixEnd(line) !== undefined;
}

export function splitLinkerPrefix(line: string): LinkerLine {
  const prefix = linkerPrefixEnd(line);
  return prefix ? { tool: prefix.tool, body: line.slice(prefix.end) } : { body: line };
}
