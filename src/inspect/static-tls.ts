// Static TLS, before it fails: a Go c-shared library is STATIC_TLS, so its whole PT_TLS block
// must fit into the surplus glibc keeps for libraries dlopen'ed after start-up (512 bytes of
// glibc.rtld.optional_static_tls by default, plus what is left of the rest). Go itself needs 8
// bytes; a large thread-local variable in the cgo code does not fit, after import tensorflow or
// without it, whatever its TLS model: the block is allocated whole. The finding names the size,
// the variables that make it up and the fix, and sits on the line that defines the largest.
import path from 'node:path';
import type { Diagnostic, Location, RelatedLocation } from '../diagnostic.ts';
import type { TlsInfo, TlsSymbol } from '../elf/elf.ts';
import { sourceName, type TlsPlace } from './tls-location.ts';
import { formatBytes as bytes } from '../util/bytes.ts';

/** glibc's default glibc.rtld.optional_static_tls: the room reserved for dlopen'ed static TLS. */
export const STATIC_TLS_ROOM = 512;
const SHOWN = 5;
/** Contributors named in the first sentence: at most this many, none under 1% of the block but the largest. */
const NAMED = 3;

/** The TLS block in words: its size and largest symbols. Pure. */
export function describeTls(tls: TlsInfo): string {
  const shown = tls.symbols.slice(0, SHOWN).map((s) => `${s.name} (${bytes(s.size)})`);
  const more = tls.symbols.length > SHOWN ? ` and ${tls.symbols.length - SHOWN} more` : '';
  return `its static TLS block (PT_TLS) is ${bytes(tls.size)}${shown.length > 0 ? `: ${shown.join(', ')}${more}` : ''}`;
}

/** The symbols that make up most of the block, largest first: the ones the finding names and places. Pure. */
export function largestTlsSymbols(tls: TlsInfo): TlsSymbol[] {
  return tls.symbols.slice(0, NAMED).filter((s, i) => i === 0 || s.size * 100 >= tls.size);
}

/** "libbigtls.so needs 4.0 MiB of static TLS (big_tls_buffer 4.0 MiB)". */
function needs(tls: TlsInfo, library: string): string {
  const named = largestTlsSymbols(tls).map((s) => `${sourceName(s.name)} ${bytes(s.size)}`);
  return `${library} needs ${bytes(tls.size)} of static TLS${named.length > 0 ? ` (${named.join(', ')})` : ''}`;
}

const ROOM = `dlopen has ${STATIC_TLS_ROOM} bytes to spare for it by default (glibc.rtld.optional_static_tls)`;

function fixFor(tls: TlsInfo): string {
  const largest = tls.symbols[0];
  const what = largest ? sourceName(largest.name) : 'large per-thread buffers';
  return (
    `Allocate ${what} on the heap and keep only a pointer thread-local (malloc on first use, or pthread_key_create). ` +
    'Dropping tls_model("initial-exec") does not help: a Go c-shared library is STATIC_TLS, so its whole TLS block, ' +
    'global-dynamic variables included, must fit into what dlopen has left. ' +
    'GLIBC_TUNABLES=glibc.rtld.optional_static_tls=<bytes> in the loading process only hides it.'
  );
}

/** The warning's words: the need and the room, where the largest variable is, then the block in full. */
function warningMessage(tls: TlsInfo, library: string, where: string | undefined): string {
  return (
    `${needs(tls, library)}; ${ROOM}, so loading it can fail with "cannot allocate memory in static TLS block". ${where ? `${where} ` : ''}` +
    `${library} is a Go c-shared library (FLAGS STATIC_TLS), and ${describeTls(tls)}: dlopen must fit all of it into the static TLS ` +
    "room glibc keeps for libraries loaded after start-up, shared with TensorFlow's own libraries."
  );
}

/** Pure: a warning when the block exceeds the room dlopen has, before any load. */
export function staticTlsFinding(tls: TlsInfo, library: string): Diagnostic | undefined {
  if (tls.size <= STATIC_TLS_ROOM) return undefined;
  const largest = tls.symbols[0];
  return {
    severity: 'warning',
    kind: 'static-tls',
    stage: 'inspect',
    title: `${library} needs ${bytes(tls.size)} of static TLS`,
    message: warningMessage(tls, library, undefined),
    fix: fixFor(tls),
    library,
    ...(largest ? { symbol: largest.name } : {}),
  };
}

/** What the inspection learnt of the block: its symbols, where the largest are, the package folder for short paths. */
export interface TlsDetail {
  tls: TlsInfo;
  places: readonly TlsPlace[];
  dir: string;
}

/**
 * Pure, on the findings after source mapping: the static-TLS finding in its final words and
 * place. When a load failed for static TLS, that finding says so in the inspection's words
 * (size, contributors, the room dlopen has) and the inspection's warning is dropped; either
 * way it sits on the line that defines the largest variable, its declarations and the other
 * contributors' definitions related. Other findings are unchanged.
 */
export function withTlsDetail(diagnostics: readonly Diagnostic[], detail: TlsDetail | undefined): Diagnostic[] {
  if (!detail || detail.tls.size <= STATIC_TLS_ROOM) return [...diagnostics];
  const failed = diagnostics.find((d) => d.kind === 'static-tls' && d.stage === 'smoke');
  const early = diagnostics.find((d) => d.kind === 'static-tls' && d.stage === 'inspect');
  return diagnostics
    .filter((d) => !(failed && d === early))
    .map((d) => {
      if (d === failed) return placed(failedLoad(d, detail, early), detail);
      if (d !== early) return d;
      const where = placeSentence(largestPlace(detail), detail.dir);
      return placed({ ...d, message: warningMessage(detail.tls, d.library ?? 'the library', where) }, detail);
    });
}

const largestPlace = ({ tls, places }: TlsDetail) => places.find((p) => p.symbol === tls.symbols[0]?.name);

function failedLoad(d: Diagnostic, detail: TlsDetail, early: Diagnostic | undefined): Diagnostic {
  const { tls } = detail;
  const library = d.library ?? early?.library ?? 'the library';
  const largest = tls.symbols[0];
  const where = placeSentence(largestPlace(detail), detail.dir);
  return {
    ...d,
    title: `${library} needs ${bytes(tls.size)} of static TLS`,
    message: `${needs(tls, library)}; ${ROOM}, and the load failed. ${where ? `${where} ` : ''}${d.message} The library asks for more than there is: ${describeTls(tls)}.`,
    fix: fixFor(tls),
    ...(largest ? { symbol: largest.name } : {}),
    ...(early?.demangled && early.symbol === largest?.name ? { demangled: early.demangled } : {}),
  };
}

/** "big_tls_buffer is defined at bigtls.c:2 (declared at lib.go:4)." */
function placeSentence(place: TlsPlace | undefined, dir: string): string | undefined {
  if (!place) return undefined;
  const at = (l: Location) => `${path.relative(dir, l.file) || l.file}${l.line === undefined ? '' : `:${l.line}`}`;
  const declared = place.declarations.length > 0 ? ` (declared at ${place.declarations.map(at).join(', ')})` : '';
  return place.definition
    ? `${place.name} is defined at ${at(place.definition)}${declared}.`
    : `${place.name} is declared at ${place.declarations.map(at).join(', ')}.`;
}

/** On the largest variable's definition (or, without one, its first declaration); the rest related. */
function placed(d: Diagnostic, detail: TlsDetail): Diagnostic {
  const { tls, places } = detail;
  const largest = largestPlace(detail);
  const main = largest?.definition ?? largest?.declarations[0];
  if (!main) return d;
  const related: RelatedLocation[] = [];
  for (const p of places) {
    const size = bytes(tls.symbols.find((s) => s.name === p.symbol)?.size ?? 0);
    if (p !== largest && p.definition) related.push({ ...p.definition, note: `${p.name} (${size}) is defined here` });
    for (const l of p.declarations) if (l !== main) related.push({ ...l, note: `${p.name} is declared here` });
  }
  return { ...d, locations: [main], ...(related.length > 0 ? { relatedLocations: related } : {}) };
}
