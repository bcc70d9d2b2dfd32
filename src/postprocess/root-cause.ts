// Many undefined references that all come from one TensorFlow library that is not linked are
// one problem (a C++ kernel built without libtensorflow_framework.so.2 has about 100): one
// finding names the library, how many names, two of them and the fix, instead of one finding
// per symbol. It is on every line that references one, in file order: its annotation goes on
// the first and names the others.
import { compareFileOrder, compareSeverity, type Diagnostic, type Location } from '../diagnostic.ts';
import { SYMBOL_FINDING_KINDS } from '../inspect/providers.ts';

/** From this many symbols of one library on, they are one root cause. */
export const ROOT_CAUSE_THRESHOLD = 5;
const SHOWN_SYMBOLS = 2;

const symbolFinding = (d: Diagnostic) => SYMBOL_FINDING_KINDS.has(d.kind) || d.kind === 'resolved-only-by-import';

/** Pure: collapses each library's symbol findings into one when there are enough of them. */
export function collapseByLibrary(
  diagnostics: readonly Diagnostic[],
  linkedLibraries: readonly string[],
  /** Where the package's code references missing symbols (reference-sites.ts), for a group that has no locations. */
  sites: readonly Location[] = [],
): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const library = d.providedBy;
    if (!library || !symbolFinding(d) || linkedLibraries.some((l) => l === library || l === `:${library}`)) continue;
    groups.set(library, [...(groups.get(library) ?? []), d]);
  }
  const collapsed = new Map<Diagnostic, Diagnostic | undefined>();
  for (const [library, group] of groups) {
    const symbols = [...new Set(group.map((d) => d.symbol ?? ''))].filter(Boolean);
    if (symbols.length < ROOT_CAUSE_THRESHOLD) continue;
    const first = group[0]!;
    const severity = group.map((d) => d.severity).sort(compareSeverity)[0]!;
    const names = [...new Set(group.map((d) => d.demangled ?? d.symbol ?? ''))].filter(Boolean);
    const own = uniqueLocations(group.flatMap((d) => d.locations ?? []));
    const locations = (own.length > 0 ? own : uniqueLocations(sites)).sort(compareFileOrder);
    const shown = `${names.slice(0, SHOWN_SYMBOLS).join(', ')}${names.length > SHOWN_SYMBOLS ? `, and ${names.length - SHOWN_SYMBOLS} more` : ''}`;
    const root: Diagnostic = {
      severity,
      kind: first.kind,
      stage: first.stage,
      title: `${symbols.length} undefined symbols come from ${library}, which is not linked`,
      // The first sentence is the annotation's: short, so that the places and the fix fit beside it.
      message: `The package references ${symbols.length} symbols that only ${library} defines, and the link does not name it. They include ${shown}.${locations.length > 0 ? ` First reference: ${describe(locations[0]!)}.` : ''}`,
      fix: `Use link-libraries: auto, or add -L<tensorflow dir> -l:${library} to CGO_LDFLAGS. Under auto it is linked because the compiled objects reference it.`,
      library,
      providedBy: library,
      count: symbols.length,
      ...(locations.length > 0 ? { locations } : {}),
      raw: group.flatMap((d) => d.raw ?? []).slice(0, 40),
    };
    group.forEach((d, i) => collapsed.set(d, i === 0 ? root : undefined));
  }
  return diagnostics.flatMap((d) => (collapsed.has(d) ? (collapsed.get(d) ? [collapsed.get(d)!] : []) : [d]));
}

function uniqueLocations(locations: readonly Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = `${l.file}:${l.line ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const describe = (l: Location) => `${l.file.split('/').pop()}${l.line !== undefined ? `:${l.line}` : ''}`;
