// Collects findings while a log streams past, merging repeats: memory grows with the
// number of distinct findings (capped), never with the length of the log.
import { OPTIONAL_TEXT_FIELDS, type Diagnostic, type Location, type RelatedLocation } from '../diagnostic.ts';

/** A finding plus how many times the tool reported it. */
export type CountedDiagnostic = Diagnostic & { count: number };

export interface CollectorOptions {
  /** Raw tool lines kept per finding. Default 4. */
  maxRawLines?: number;
  /** Distinct findings kept; later new ones are only counted. Default 5000. */
  maxFindings?: number;
}

export interface Collector {
  /**
   * Adds a finding, or merges it into the one with the same key (kind, a, b); returns the
   * kept one. `make` runs only for a new key.
   */
  add(kind: string, a: string, b: string, make: () => Diagnostic, raw?: string, extraCount?: number): CountedDiagnostic | undefined;
  /** Appends a raw line to a finding, within the cap. */
  addRaw(finding: CountedDiagnostic, raw: string): void;
  has(predicate: (d: CountedDiagnostic) => boolean): boolean;
  readonly dropped: number;
  list(): CountedDiagnostic[];
}

// Strings cut from a line (regex groups, slices) keep the whole chunk they came from
// alive. Findings outlive their chunk, so everything they keep is copied out first.
export const detach = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

function detachFinding(d: Diagnostic): Diagnostic {
  const copy: Diagnostic = { ...d, title: detach(d.title), message: detach(d.message) };
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const value = d[field];
    if (value !== undefined) copy[field] = detach(value);
  }
  if (d.toolLocation) copy.toolLocation = detachLocation(d.toolLocation);
  if (d.relatedLocations) copy.relatedLocations = d.relatedLocations.map((r) => ({ ...detachLocation(r), note: detach(r.note) }));
  return copy;
}

function detachLocation(location: Location): Location {
  return { ...location, file: detach(location.file) };
}

export function createCollector(options: CollectorOptions = {}): Collector {
  const maxRawLines = options.maxRawLines ?? 4;
  const maxFindings = options.maxFindings ?? 5000;
  // Nested maps: no key string is built per line.
  const byKey = new Map<string, Map<string, Map<string, CountedDiagnostic>>>();
  const ordered: CountedDiagnostic[] = [];
  let dropped = 0;

  const addRaw = (finding: CountedDiagnostic, raw: string): void => {
    finding.raw ??= [];
    if (finding.raw.length < maxRawLines) finding.raw.push(detach(raw));
  };

  return {
    add(kind, a, b, make, raw, extraCount = 1) {
      let byA = byKey.get(kind);
      let byB = byA?.get(a);
      const existing = byB?.get(b);
      if (existing) {
        existing.count += extraCount;
        if (raw !== undefined) addRaw(existing, raw);
        return existing;
      }
      if (ordered.length >= maxFindings) {
        dropped += 1;
        return undefined;
      }
      const finding: CountedDiagnostic = { ...detachFinding(make()), count: extraCount };
      if (raw !== undefined) addRaw(finding, raw);
      if (!byA) byKey.set(detach(kind), (byA = new Map<string, Map<string, CountedDiagnostic>>()));
      if (!byB) byA.set(detach(a), (byB = new Map<string, CountedDiagnostic>()));
      byB.set(detach(b), finding);
      ordered.push(finding);
      return finding;
    },
    addRaw,
    has: (predicate) => ordered.some(predicate),
    get dropped() {
      return dropped;
    },
    list: () => [...ordered],
  };
}

// A .go file named through cgo's #line directives beats a generated C file, and a real
// path beats one under /tmp/go-build (cmd/go's -fdebug-prefix-map for its work dir).
const locationScore = (location: Location): number =>
  (location.file.endsWith('.go') ? 2 : 0) + (location.file.startsWith('/tmp/go-build/') || location.file.startsWith('$WORK/') ? 0 : 1);

/** `a` is an earlier line of the same file. */
const earlierInFile = (a: Location, b: Location): boolean =>
  a.file === b.file && a.line !== undefined && b.line !== undefined && a.line < b.line;

/**
 * Of two places the tool named for one finding, the one most useful for mapping to Go source;
 * in one file, the earlier line: the first call site, whatever order the linker printed them in
 * (linkers go section by section, not line by line).
 */
function betterLocation(current: Location | undefined, candidate: Location | undefined): Location | undefined {
  if (!current) return candidate && detachLocation(candidate);
  if (!candidate) return current;
  if (candidate.file === current.file) return earlierInFile(candidate, current) ? detachLocation(candidate) : current;
  return locationScore(candidate) > locationScore(current) ? detachLocation(candidate) : current;
}

/** Related locations kept per finding: a symbol referenced from hundreds of lines must not grow memory. */
export const maxRelatedLocations = 8;

const sameLocation = (a: Location, b: Location): boolean => a.file === b.file && a.line === b.line && a.column === b.column;

/**
 * Adds a further place the tool named, once, within the cap. The places in one file stay in
 * line order, and at the cap an earlier line takes the place of the last one kept.
 */
export function addRelated(finding: Diagnostic, location: Location, note: string): void {
  if (finding.toolLocation && sameLocation(finding.toolLocation, location)) return;
  const related = (finding.relatedLocations ??= []);
  if (related.some((r) => sameLocation(r, location))) return;
  const before = related.findIndex((r) => earlierInFile(location, r));
  if (related.length >= maxRelatedLocations) {
    if (before === -1) return;
    related.pop();
  }
  const kept: RelatedLocation = { ...detachLocation(location), note };
  if (before === -1) related.push(kept);
  else related.splice(before, 0, kept);
}

/**
 * Keeps every place the tool named for one finding: the most useful one as its toolLocation
 * (see betterLocation: in one file, the first call site), the others as related locations with `note`.
 */
export function keepLocation(finding: Diagnostic, candidate: Location | undefined, note: string): void {
  if (!candidate) return;
  const current = finding.toolLocation;
  if (!current) {
    finding.toolLocation = detachLocation(candidate);
  } else if (!sameLocation(current, candidate)) {
    const better = betterLocation(current, candidate);
    if (better === current) {
      addRelated(finding, candidate, note);
    } else {
      finding.toolLocation = better;
      addRelated(finding, current, note);
    }
  }
}
