// Which TensorFlow versions the built library loads on, from the C API history, and whether
// that covers the range the project declares (supported-tensorflow). A C API library carries
// across minors when every TensorFlow name it uses is exported by each; a C++ kernel library
// (TensorFlow's or abseil's C++ names) is bound to the minor it was built against, because
// abseil's LTS namespace and the kernel API's C++ names change from minor to minor.
import semver from 'semver';
import type { Diagnostic, Location } from '../diagnostic.ts';
import {
  architectureHistory,
  C_API_NAME,
  librariesAbsentIn,
  minorOf,
  minorsExporting,
  pythonOnlyExporters,
  recordedMinors,
  type ArchitectureHistory,
} from '../resolve/c-api-history.ts';
import { describeMinors, pythonOnlyPhrase } from '../resolve/c-api-changes.ts';
import type { DeclaredRange } from '../resolve/declared-range.ts';

export interface RangeRequest {
  /** The library's undefined dynamic symbols (bare names). */
  undefinedNames: readonly string[];
  tf: { version: string };
  /** Node's process.arch of the TensorFlow. */
  arch: string;
  declared?: DeclaredRange;
}

export interface RangeCheck {
  diagnostics: Diagnostic[];
  /** For the summary: "loads on TensorFlow 2.12–2.21 by the 12 TensorFlow names it uses". */
  line?: string;
  notes: string[];
}

/** C++ names of TensorFlow (tensorflow::, tsl::) or abseil: what binds a kernel library to one minor. */
export const CXX_TENSORFLOW_NAME = /^_Z.*(?:10tensorflow|3tsl|4absl\d+lts_\d{8})/;

/** A library's TensorFlow names: its C++ ones of TensorFlow or abseil (a kernel's), and its C API ones, unique and sorted. */
export function tensorflowNamesOf(undefinedNames: readonly string[]): { kernelNames: string[]; cApiNames: string[] } {
  return {
    kernelNames: undefinedNames.filter((n) => CXX_TENSORFLOW_NAME.test(n)),
    cApiNames: [...new Set(undefinedNames.filter((n) => C_API_NAME.test(n)))].sort(),
  };
}

/** The minors that export each of `names`, and the minors that export them all, oldest first. */
export function minorsHolding(arch: ArchitectureHistory, names: readonly string[]): { have: Map<string, Set<string>>; holds: string[] } {
  const have = new Map(names.map((n) => [n, new Set(minorsExporting(arch, n))]));
  return { have, holds: recordedMinors(arch).filter((m) => names.every((n) => have.get(n)!.has(m))) };
}

/** The minors of `recorded` that a version of `range` (semver) falls in. */
export function minorsClaimed(range: string, recorded: readonly string[]): string[] {
  return recorded.filter((minor) => semver.intersects(range, `~${minor}.0`, { includePrerelease: false }));
}

/** Whether `range` also claims minors after the last recorded one (2.22 and later). */
function claimsLater(range: string, recorded: readonly string[]): string | undefined {
  const last = recorded.at(-1);
  if (!last) return undefined;
  const [major, minor] = last.split('.').map(Number);
  const next = `${major}.${minor! + 1}`;
  return semver.intersects(range, `>=${next}.0`) ? next : undefined;
}

/** The longest run of consecutive minors in `holds` around `installed`, as a PEP 440 range. */
function widestRange(holds: ReadonlySet<string>, recorded: readonly string[], installed: string): string | undefined {
  let from = recorded.indexOf(installed);
  if (from < 0 || !holds.has(installed)) return undefined;
  let to = from;
  while (from > 0 && holds.has(recorded[from - 1]!)) from--;
  while (to + 1 < recorded.length && holds.has(recorded[to + 1]!)) to++;
  return to + 1 < recorded.length ? `>=${recorded[from]},<${recorded[to + 1]}` : `>=${recorded[from]}`;
}

function declaredAt(declared: DeclaredRange): { where: string; locations?: Location[] } {
  const source = declared.source;
  if ('input' in source) return { where: `supported-tensorflow '${declared.specifier}'` };
  return { where: `'${source.text}' (line ${source.line})`, locations: [{ file: source.file, line: source.line }] };
}

function kernelCheck(
  kernelNames: readonly string[],
  request: RangeRequest,
  arch: ArchitectureHistory,
  recorded: readonly string[],
): RangeCheck {
  const installed = minorOf(request.tf.version);
  const abseil = arch.releases[installed]?.abseil;
  const why = `abseil ${abseil ?? 'namespace'} and the kernel API's C++ names change with every minor`;
  const line = `bound to TensorFlow ${installed}: a C++ kernel library (${kernelNames.length} C++ names of TensorFlow or abseil; ${why})`;
  const { declared } = request;
  const claimed = declared ? minorsClaimed(declared.range, recorded) : [];
  const later = declared ? claimsLater(declared.range, recorded) : undefined;
  const others = claimed.filter((m) => m !== installed);
  if (!declared || (others.length === 0 && !later)) return { diagnostics: [], line, notes: [line] };
  const { where, locations } = declaredAt(declared);
  const claims = [describeMinors(claimed, recorded), ...(later ? [`${later} and later`] : [])].filter(Boolean).join(', ');
  const diagnostic: Diagnostic = {
    severity: 'error',
    kind: 'kernel-bound-to-minor',
    stage: 'inspect',
    title: `A C++ kernel built on TensorFlow ${installed} cannot support ${declared.specifier}`,
    message: `The library uses TensorFlow's C++ names (${kernelNames[0]}, and ${kernelNames.length - 1} more), so it loads only on TensorFlow ${installed}, the minor it was built against: ${why}. ${where} claims TensorFlow ${claims}.`,
    fix: `Declare one minor per build (tensorflow~=${installed}.0), and build one library per TensorFlow minor with mode: matrix and a per-minor pin, as tensorflow-io does.`,
    ...(locations ? { locations } : {}),
  };
  return { diagnostics: [diagnostic], line, notes: [line] };
}

const listed = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * Why the library does not load on the `missing` minors: an undefined `name`, or, before 2.12,
 * no libtensorflow_cc.so.2 at all (the C API only inside the Python extension, which a Go
 * package cannot link).
 */
function whyNotOn(name: string, missing: readonly string[], arch: ArchitectureHistory, recorded: readonly string[]): string {
  const noFile = missing.filter((m) => librariesAbsentIn(arch, name, m).length > 0);
  const noName = missing.filter((m) => !noFile.includes(m));
  const reasons: string[] = [];
  if (noName.length > 0) reasons.push(`on ${describeMinors(noName, recorded)} the library fails to load with "undefined symbol: ${name}"`);
  if (noFile.length > 0) {
    const absent = [...new Set(noFile.flatMap((m) => librariesAbsentIn(arch, name, m)))];
    const pythonOnly = [...new Set(noFile.flatMap((m) => pythonOnlyExporters(arch, name, m)))];
    const which = `${noFile.length === 1 ? 'which has' : 'which have'} no ${listed(absent)}`;
    const inside = pythonOnly.length > 0 ? ` (${name} is only in ${pythonOnlyPhrase(pythonOnly)})` : '';
    reasons.push(`on ${describeMinors(noFile, recorded)}, ${which}${inside}, the library does not load`);
  }
  return reasons.join('; ');
}

/** A finding for each name that part of the claimed range lacks. */
function missingFromRange(
  names: readonly string[],
  have: ReadonlyMap<string, ReadonlySet<string>>,
  claimed: readonly string[],
  arch: ArchitectureHistory,
  context: { declared: DeclaredRange; widest?: string },
): Diagnostic[] {
  const { where } = declaredAt(context.declared);
  const recorded = recordedMinors(arch);
  return names.flatMap((name): Diagnostic[] => {
    const missing = claimed.filter((m) => !have.get(name)!.has(m));
    if (missing.length === 0) return [];
    const exported = recorded.filter((m) => have.get(name)!.has(m));
    // A name inside the Python extension of a claimed minor is there, but not for a Go package.
    const linked = missing.some((m) => pythonOnlyExporters(arch, name, m).length > 0) ? ' from a library a Go package links' : '';
    const absent = linked ? 'is not in a library a Go package links on' : 'is not in';
    return [
      {
        severity: 'error',
        kind: 'outside-supported-range',
        stage: 'inspect',
        title: `${name} ${absent} TensorFlow ${describeMinors(missing, recorded)}`,
        message: `${where} claims TensorFlow ${describeMinors(claimed, recorded)}, but only TensorFlow ${describeMinors(exported, recorded) || 'no release'} export ${name}${linked}: ${whyNotOn(name, missing, arch, recorded)}.`,
        fix: context.widest
          ? `Declare the widest range that holds, tensorflow${context.widest}, or stop using ${name}.`
          : `Stop using ${name}, or declare only the TensorFlow versions that export it.`,
        symbol: name,
      },
    ];
  });
}

/** The check: the range the names hold, and a finding for each name or kernel the declared range overreaches. */
export function checkTensorflowRange(request: RangeRequest): RangeCheck {
  const arch = architectureHistory(request.arch);
  if (!arch) return { diagnostics: [], notes: [`the C API history has no ${request.arch} entry: declared range not checked`] };
  const recorded = recordedMinors(arch);
  const { kernelNames, cApiNames: names } = tensorflowNamesOf(request.undefinedNames);
  // TensorFlow's own C++ names first: the example the finding shows.
  kernelNames.sort((a, b) => Number(!a.includes('10tensorflow')) - Number(!b.includes('10tensorflow')));
  if (kernelNames.length > 0) return kernelCheck(kernelNames, request, arch, recorded);
  if (names.length === 0)
    return { diagnostics: [], notes: ['uses no TensorFlow C API name: loads on any TensorFlow by the names it uses'] };
  const minors = minorsHolding(arch, names);
  const have = minors.have;
  const holds = new Set(minors.holds);
  const installed = minorOf(request.tf.version);
  const widest = widestRange(holds, recorded, installed);
  const span = describeMinors(
    recorded.filter((m) => holds.has(m)),
    recorded,
  );
  const line = span
    ? `loads on TensorFlow ${span} by the ${names.length} TensorFlow C API names it uses`
    : `no recorded TensorFlow exports all ${names.length} TensorFlow C API names it uses`;
  const { declared } = request;
  if (!declared) return { diagnostics: [], line, notes: [line] };
  const claimed = minorsClaimed(declared.range, recorded);
  const later = claimsLater(declared.range, recorded);
  const notes = [line, `declared range ${declared.specifier}: TensorFlow ${describeMinors(claimed, recorded) || 'no recorded minor'}`];
  if (later) notes.push(`TensorFlow ${later} and later are past the C API history (${recorded.at(-1)}): not checked`);
  return { diagnostics: missingFromRange(names, have, claimed, arch, { declared, widest }), line, notes };
}
