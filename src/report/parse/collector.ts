// Collects findings while a log streams past, merging repeats: memory grows with the
// number of distinct findings (capped), never with the length of the log.
import type { Diagnostic, Location } from '../diagnostic.ts';

/** A finding plus how many times the tool reported it. */
export type CountedDiagnostic = Diagnostic & { count: number };

export interface CollectorOptions {
  /** Raw tool lines kept per finding. Default 4. */
  maxRawLines?: number;
  /** Distinct findings kept; later new ones are only counted. Default 5000. */
  maxFindings?: number;
}

export interface Collector {
  /** Adds a finding, or merges it into the one with the same key; returns the kept one. */
  add(key: string, make: () => Diagnostic, raw?: string, extraCount?: number): CountedDiagnostic | undefined;
  /** Appends a raw line to a finding, within the cap. */
  addRaw(finding: CountedDiagnostic, raw: string): void;
  has(predicate: (d: CountedDiagnostic) => boolean): boolean;
  readonly dropped: number;
  list(): CountedDiagnostic[];
}

export function createCollector(options: CollectorOptions = {}): Collector {
  const maxRawLines = options.maxRawLines ?? 4;
  const maxFindings = options.maxFindings ?? 5000;
  const byKey = new Map<string, CountedDiagnostic>();
  let dropped = 0;

  const addRaw = (finding: CountedDiagnostic, raw: string): void => {
    finding.raw ??= [];
    if (finding.raw.length < maxRawLines) finding.raw.push(raw);
  };

  return {
    add(key, make, raw, extraCount = 1) {
      const existing = byKey.get(key);
      if (existing) {
        existing.count += extraCount;
        if (raw !== undefined) addRaw(existing, raw);
        return existing;
      }
      if (byKey.size >= maxFindings) {
        dropped += 1;
        return undefined;
      }
      const finding: CountedDiagnostic = { ...make(), count: extraCount };
      if (raw !== undefined) addRaw(finding, raw);
      byKey.set(key, finding);
      return finding;
    },
    addRaw,
    has(predicate) {
      for (const d of byKey.values()) if (predicate(d)) return true;
      return false;
    },
    get dropped() {
      return dropped;
    },
    list: () => [...byKey.values()],
  };
}

// A .go file named through cgo's #line directives beats a generated C file, and a real
// path beats one under /tmp/go-build (cmd/go's -fdebug-prefix-map for its work dir).
const locationScore = (location: Location): number =>
  (location.file.endsWith('.go') ? 2 : 0) + (location.file.startsWith('/tmp/go-build/') || location.file.startsWith('$WORK/') ? 0 : 1);

/** Of two places the tool named for one finding, the one most useful for mapping to Go source. */
export function betterLocation(current: Location | undefined, candidate: Location | undefined): Location | undefined {
  if (!current) return candidate;
  if (!candidate) return current;
  return locationScore(candidate) > locationScore(current) ? candidate : current;
}
