// Post-build inspection of the built library: who provides each undefined symbol (the
// loader's view, RUNPATH included), exported symbols against expect-symbols, and the
// glibc the library needs against a floor (the TensorFlow wheel's, or the user's): a
// summary line by default, a warning when glibc-floor asks for one.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import { inspectLibrary, libraryDiagnostics, type LibraryInspection, type VersionTooNew } from './inspect-library.ts';
import { tensorflowLibraries } from '../resolve/tensorflow.ts';
import { lookupDefined, readElfInfo } from '../elf/elf.ts';
import { expandSearchPath } from './elf-loader-scope.ts';
import { missingExpectedSymbols } from './expected-symbols.ts';
import { findRelease } from '../setup/tf-compat.ts';
import { compareDotted } from '../util/versions.ts';

export interface PostBuildInspection {
  inspection: LibraryInspection;
  diagnostics: Diagnostic[];
  /** Whether the library's own RUNPATH/RPATH leads to TensorFlow's library folder. */
  runpathReachesTensorflow: boolean;
  /** Facts for the summary: the glibc floor comparison. */
  notes: string[];
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export function runpathReaches(runpath: string | undefined, library: string, dir: string): boolean {
  const target = realpathOr(dir);
  return expandSearchPath(runpath, path.dirname(library)).some((entry) => realpathOr(entry) === target);
}

/** The oldest glibc the library must load on: the TensorFlow wheel's, unless the user says otherwise. */
export function glibcFloorFor(setting: string, tfVersion: string): string | undefined {
  if (setting === 'off') return undefined;
  if (setting === 'wheel' || setting === 'report') return findRelease(tfVersion)?.glibc;
  return setting;
}

/** The summary line on the glibc floor, for every glibc-floor setting but off. */
export function glibcFloorNote(
  setting: string,
  tfVersion: string,
  floor: string | undefined,
  tooNew: readonly VersionTooNew[],
): string | undefined {
  if (setting === 'off') return undefined;
  const whose = setting === 'wheel' || setting === 'report' ? `the TensorFlow ${tfVersion} wheel's floor` : 'the glibc-floor input';
  if (!floor)
    return `glibc: the floor of the TensorFlow ${tfVersion} wheel is not known to this action; set glibc-floor to a version such as 2.28 to check against one.`;
  const glibc = tooNew.filter((v) => v.version.startsWith('GLIBC_')).sort((a, b) => compareDotted(b.version.slice(6), a.version.slice(6)));
  if (glibc.length === 0) return `glibc: the library needs no GLIBC version newer than ${whose}, glibc ${floor}.`;
  const highest = glibc[0]!.version.slice('GLIBC_'.length);
  // Each symbol under its own version: a GLIBC_2.32 symbol is not a GLIBC_2.34 requirement.
  const perVersion = glibc
    .filter((v) => v.symbols.length > 0)
    .map((v) => `${v.version}: ${v.symbols.slice(0, 5).join(', ')}${v.symbols.length > 5 ? ` and ${v.symbols.length - 5} more` : ''}`);
  const forWhat = perVersion.length > 0 ? ` (${perVersion.join('; ')})` : '';
  const line = `glibc: the library needs GLIBC_${highest}${forWhat}, newer than ${whose}, glibc ${floor}, so it loads only where glibc is ${highest} or newer.`;
  return setting === 'report'
    ? `${line} Set glibc-floor to wheel or to the oldest glibc you ship to, to make this a warning (it is one when install-dir is set).`
    : line;
}

/** One finding for all GLIBC versions above the floor, named by the highest: one fix covers them. */
export function mergeGlibcFindings(diagnostics: Diagnostic[]): Diagnostic[] {
  const versionOf = (d: Diagnostic) => /GLIBC(?:XX)?_([\d.]+)/.exec(d.title)?.[1] ?? '0';
  const glibc = diagnostics.filter((d) => d.kind === 'glibc-too-new').sort((a, b) => compareDotted(versionOf(b), versionOf(a)));
  if (glibc.length <= 1) return diagnostics;
  const [first] = glibc;
  const merged: Diagnostic = { ...first!, message: glibc.map((d) => d.message).join(' ') };
  return [...diagnostics.filter((d) => d.kind !== 'glibc-too-new'), merged];
}

export async function inspectBuiltLibrary(
  library: string,
  tf: TensorFlowInstall,
  expectSymbols: readonly string[],
  glibcFloor = 'report',
  ldconfigCache?: Map<string, string[]>,
): Promise<PostBuildInspection> {
  const { dynamic } = await readElfInfo(library);
  const reaches = runpathReaches(dynamic.runpath ?? dynamic.rpath, library, tf.dir);
  // Without a RUNPATH to TensorFlow, the standalone load puts its folder on the loader path;
  // inspect under the same assumption, so that what is judged is what is linked.
  const floor = glibcFloorFor(glibcFloor, tf.version);
  const inspection = await inspectLibrary({
    library,
    tensorflowLibraries: tensorflowLibraries(tf.dir),
    ...(tf.interpreterFiles ? { interpreterFiles: tf.interpreterFiles } : {}),
    versionFloors: { glibc: floor },
    extraLibraryDirs: reaches ? [] : [tf.dir],
    ...(ldconfigCache ? { ldconfigCache } : {}),
  });
  const found = libraryDiagnostics(inspection);
  // report: the comparison is the summary line alone, never a finding.
  const diagnostics = mergeGlibcFindings(glibcFloor === 'report' ? found.filter((d) => d.kind !== 'glibc-too-new') : found);
  const note = glibcFloorNote(glibcFloor, tf.version, floor, inspection.tooNew);
  if (expectSymbols.length > 0) {
    const found = await lookupDefined(library, [...expectSymbols]);
    const exported = new Set([...found].filter(([, defs]) => defs.length > 0).map(([name]) => name));
    diagnostics.push(...missingExpectedSymbols(exported, expectSymbols));
  }
  return { inspection, diagnostics, runpathReachesTensorflow: reaches, notes: note ? [note] : [] };
}
