// The history of TensorFlow's C API (tf-c-api-history.json, made from the real Linux wheels by
// scripts/tf-c-api-history.ts): which minors export each C API name and ship each header under
// tensorflow/c/, per CPU architecture. A name's minors are kept as ranges ("2.9-2.20"), not a
// list per release, so the file stays small.
import history from './tf-c-api-history.json' with { type: 'json' };
import { TENSORFLOW_LIBRARY_NAMES } from './tensorflow.ts';

/** What one wheel of one minor holds, as read from its files. */
export interface HistoryRelease {
  /**
   * The package read: tensorflow-cpu for x86_64; tensorflow for aarch64 from 2.16, tensorflow-cpu-aws
   * before (the aarch64 tensorflow wheel of 2.10-2.15 only requires it; 2.9 has none).
   */
  package: string;
  /** The newest patch read, e.g. 2.21.0. */
  version: string;
  wheel: string;
  /** The wheel's platform tags, e.g. manylinux_2_27_x86_64. */
  platformTag: string;
  /** The oldest glibc the platform tag promises, e.g. 2.27. */
  glibcFloor: string;
  /** The abseil inline namespace in the C++ names, e.g. lts_20250814; null when none. */
  abseil: string | null;
  /** _GLIBCXX_USE_CXX11_ABI: 1 when the C++ names carry B5cxx11. */
  cxx11Abi: 0 | 1;
  /**
   * The wheel's library files (under site-packages/tensorflow/) that export C API names. Before
   * 2.12 there is no libtensorflow_cc.so.2: the C API is only in python/_pywrap_tensorflow_internal.so.
   */
  libraries: string[];
}

export interface ArchitectureHistory {
  releases: Record<string, HistoryRelease>;
  /** C API name -> library file (under site-packages/tensorflow/) -> minor ranges. */
  names: Record<string, Record<string, string>>;
  /** Header under include/ (tensorflow/c/...) -> minor ranges. */
  headers: Record<string, string>;
}

export interface CApiHistory {
  /** Every minor the file covers, oldest first. */
  minors: string[];
  architectures: Record<string, ArchitectureHistory>;
}

/** The names the history records: TensorFlow's C, eager and Lite C APIs. */
export const C_API_NAME = /^(?:TF_|TFE_|TFL_|TfLite)/;

/** The history shipped with the action. */
export const shippedHistory: CApiHistory = history as CApiHistory;

/** 2.21 for 2.21.0, 2.21.0rc1 and 2.21. */
export function minorOf(version: string): string {
  const m = /^(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}` : version;
}

/** The minors `ranges` ("2.12-2.14,2.17") covers, in the order of `minors`. */
export function expandRanges(ranges: string, minors: readonly string[]): string[] {
  const out = new Set<string>();
  for (const part of ranges.split(',')) {
    const [first, last = first] = part.split('-');
    const from = minors.indexOf(first!);
    const to = minors.indexOf(last!);
    if (from < 0 || to < from) continue;
    for (const minor of minors.slice(from, to + 1)) out.add(minor);
  }
  return minors.filter((m) => out.has(m));
}

/** The inverse of expandRanges: `present` (a subset of `minors`) as runs of consecutive minors. */
export function compressRanges(present: ReadonlySet<string>, minors: readonly string[]): string {
  const runs: string[] = [];
  let start: string | undefined;
  let last: string | undefined;
  for (const minor of [...minors, undefined]) {
    if (minor !== undefined && present.has(minor)) {
      start ??= minor;
      last = minor;
      continue;
    }
    if (start !== undefined) runs.push(start === last ? start : `${start}-${last}`);
    start = undefined;
  }
  return runs.join(',');
}

/** The architecture's history (x86_64 or aarch64, as `uname -m` names them); undefined when not recorded. */
export function architectureHistory(arch: string, source: CApiHistory = shippedHistory): ArchitectureHistory | undefined {
  const key = arch === 'x64' ? 'x86_64' : arch === 'arm64' ? 'aarch64' : arch;
  return source.architectures[key];
}

/** The minors recorded for the architecture, oldest first. */
export function recordedMinors(arch: ArchitectureHistory, source: CApiHistory = shippedHistory): string[] {
  return source.minors.filter((m) => arch.releases[m]);
}

/**
 * The minors in which one of `libraries` exports `name`; [] for a name the history does not know.
 * By default the libraries a Go package links against: Python-only libraries that export C API
 * names too (2.9-2.11's python/_pywrap_tensorflow_internal.so, which held the whole C API before
 * libtensorflow_cc.so.2 came with 2.12; 2.20's lite/python/libpywrap_tflite_common.so) are
 * recorded, but a package cannot bind to them.
 */
export function minorsExporting(
  arch: ArchitectureHistory,
  name: string,
  source: CApiHistory = shippedHistory,
  libraries: readonly string[] = TENSORFLOW_LIBRARY_NAMES,
): string[] {
  const exported = Object.entries(arch.names[name] ?? {}).filter(([library]) => libraries.includes(library));
  const present = new Set(exported.flatMap(([, ranges]) => expandRanges(ranges, source.minors)));
  return source.minors.filter((m) => present.has(m));
}

/** The minors that ship `header` (tensorflow/c/logging.h); [] when none does. */
export function minorsShipping(arch: ArchitectureHistory, header: string, source: CApiHistory = shippedHistory): string[] {
  const ranges = arch.headers[header];
  return ranges ? expandRanges(ranges, source.minors) : [];
}

/** The minors built with abseil's LTS namespace `namespace` (lts_20250814): the ones a C++ name carrying it belongs to. */
export function minorsWithAbseil(arch: ArchitectureHistory, namespace: string, source: CApiHistory = shippedHistory): string[] {
  return recordedMinors(arch, source).filter((m) => arch.releases[m]?.abseil === namespace);
}

/**
 * The libraries of `minor` that export `name` but that a Go package cannot link: before 2.12 the
 * C API is only in python/_pywrap_tensorflow_internal.so. [] when none does.
 */
export function pythonOnlyExporters(
  arch: ArchitectureHistory,
  name: string,
  minor: string,
  source: CApiHistory = shippedHistory,
  libraries: readonly string[] = TENSORFLOW_LIBRARY_NAMES,
): string[] {
  return Object.entries(arch.names[name] ?? {})
    .filter(([library, ranges]) => !libraries.includes(library) && expandRanges(ranges, source.minors).includes(minor))
    .map(([library]) => library);
}

/**
 * The libraries a Go package links that export `name` in some recorded minor and that `minor`'s
 * wheel does not have at all (libtensorflow_cc.so.2 before 2.12): there the library that uses
 * `name` fails for want of the file, not of the name.
 */
export function librariesAbsentIn(
  arch: ArchitectureHistory,
  name: string,
  minor: string,
  libraries: readonly string[] = TENSORFLOW_LIBRARY_NAMES,
): string[] {
  const release = arch.releases[minor];
  if (!release) return [];
  return Object.keys(arch.names[name] ?? {}).filter((library) => libraries.includes(library) && !release.libraries.includes(library));
}
