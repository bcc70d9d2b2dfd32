// Post-build inspection of the built library: who provides each undefined symbol (the
// loader's view, RUNPATH included), exported symbols against expect-symbols, and the
// GLIBC/GLIBCXX floor of the TensorFlow wheel.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import { inspectLibrary, libraryDiagnostics, type LibraryInspection } from './inspect-library.ts';
import { tensorflowLibraries } from './providers.ts';
import { lookupDefined, readElfInfo } from './elf.ts';
import { missingExpectedSymbols } from './expected-symbols.ts';
import { findRelease } from '../setup/tf-compat.ts';
import { compareDotted } from '../util/versions.ts';

export interface PostBuildInspection {
  inspection: LibraryInspection;
  diagnostics: Diagnostic[];
  /** Whether the library's own RUNPATH/RPATH leads to TensorFlow's library folder. */
  runpathReachesTensorflow: boolean;
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Expands $ORIGIN (and ${ORIGIN}) the way the loader does, relative to the library's folder. */
export function expandRunpath(runpath: string | undefined, library: string): string[] {
  if (!runpath) return [];
  const origin = path.dirname(library);
  return runpath.split(':').filter(Boolean).map((entry) => entry.replace(/\$\{ORIGIN\}|\$ORIGIN/g, origin));
}

export function runpathReaches(runpath: string | undefined, library: string, dir: string): boolean {
  const target = realpathOr(dir);
  return expandRunpath(runpath, library).some((entry) => realpathOr(entry) === target);
}

/** The oldest glibc the library must load on: the TensorFlow wheel's, unless the user says otherwise. */
export function glibcFloorFor(setting: string, tfVersion: string): string | undefined {
  if (setting === 'off') return undefined;
  if (setting === 'wheel') return findRelease(tfVersion)?.glibc;
  return setting;
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

export async function inspectBuiltLibrary(library: string, tf: TensorFlowInstall, expectSymbols: readonly string[], glibcFloor = 'wheel'): Promise<PostBuildInspection> {
  const { dynamic } = await readElfInfo(library);
  const reaches = runpathReaches(dynamic.runpath ?? dynamic.rpath, library, tf.libDir);
  // Without a RUNPATH to TensorFlow, the standalone load puts its folder on the loader path;
  // inspect under the same assumption, so that what is judged is what is linked.
  const inspection = await inspectLibrary({
    library,
    tensorflowLibraries: tensorflowLibraries(tf.dir),
    versionFloors: { glibc: glibcFloorFor(glibcFloor, tf.version) },
    extraLibraryDirs: reaches ? [] : [tf.libDir],
  });
  const diagnostics = mergeGlibcFindings(libraryDiagnostics(inspection));
  if (expectSymbols.length > 0) {
    const found = await lookupDefined(library, [...expectSymbols]);
    const exported = new Set([...found].filter(([, defs]) => defs.length > 0).map(([name]) => name));
    diagnostics.push(...missingExpectedSymbols(exported, expectSymbols));
  }
  return { inspection, diagnostics, runpathReachesTensorflow: reaches };
}
