// Why and Fix from what the run established, never a guess the run already disproved:
// - a link or load error on a name no TensorFlow library exports says exactly that (the flags
//   stage's not-in-TensorFlow finding), not "link the library that defines it";
// - a missing -l library names the #cgo LDFLAGS line that asks for it and says whether a folder
//   on the link line holds a library of a similar name;
// - in a pull request that moved the TensorFlow pin, a missing name also gets the version it
//   came from.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import type { CgoPackageFacts } from '../resolve/cgo-source.ts';
import { notInTensorflowDiagnostic, TF_API_NAME } from '../flags/link-plan.ts';
import { readTfHeaders } from '../flags/tf-headers.ts';
import { TENSORFLOW_LIBRARY_NAMES } from '../resolve/tensorflow.ts';
import { workspaceRelative } from '../util/workspace-paths.ts';
import { editDistance } from '../util/edit-distance.ts';
import { isLibraryFile, libraryDirs, libraryFlag, libraryStem, type LinkLine } from '../link-line/link-line.ts';
import type { PinChange } from '../changes/pin-diff.ts';

const LINK_KINDS = new Set<Diagnostic['kind']>(['undefined-reference', 'undefined-symbol', 'unresolved-symbol']);

export interface AbsentNameContext {
  tf: TensorFlowInstall;
  facts: CgoPackageFacts;
  /** Names the flags stage found in no TensorFlow library (LinkPlan.notInTensorflow). */
  notInTensorflow: readonly string[];
}

/**
 * Link and load findings on a name that no TensorFlow library exports become that plain fact:
 * the flags stage's not-in-TensorFlow finding, on the same tool location. Runs after the
 * TensorFlow libraries were searched for each symbol (withProviders): no `providedBy` on a
 * TensorFlow API name means none of them exports it. One finding per name.
 */
export async function absentNamesAsFacts(diagnostics: readonly Diagnostic[], context: AbsentNameContext): Promise<Diagnostic[]> {
  const { tf } = context;
  const searchable = TENSORFLOW_LIBRARY_NAMES.every((l) => tf.libraries.includes(l));
  const known = new Set(context.notInTensorflow);
  const reported = new Set(diagnostics.filter((d) => d.kind === 'not-in-tensorflow').map((d) => d.symbol));
  const absent = (d: Diagnostic): d is Diagnostic & { symbol: string } =>
    LINK_KINDS.has(d.kind) &&
    d.symbol !== undefined &&
    !d.providedBy &&
    !reported.has(d.symbol) &&
    (known.has(d.symbol) || (searchable && TF_API_NAME.test(d.symbol)));
  if (!diagnostics.some(absent)) return [...diagnostics];
  const headers = await readTfHeaders(tf.includeDir);
  const libraries = tf.libraries.filter((l) => (TENSORFLOW_LIBRARY_NAMES as readonly string[]).includes(l));
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!absent(d)) {
      out.push(d);
      continue;
    }
    if (reported.has(d.symbol)) continue;
    reported.add(d.symbol);
    const fact = notInTensorflowDiagnostic(d.symbol, tf, headers, libraries, context.facts);
    out.push({
      ...d,
      kind: 'not-in-tensorflow',
      title: fact.title,
      message: fact.message,
      ...(fact.fix ? { fix: fact.fix } : {}),
      ...(fact.locations && fact.locations.length > 0 ? { locations: fact.locations } : {}),
    });
  }
  return out;
}

export interface SimilarLibrary {
  folder: string;
  file: string;
}

/** Library files in `folders` whose name is close to `library` (an -l name), closest first. */
export async function similarLibraries(library: string, folders: readonly string[]): Promise<SimilarLibrary[]> {
  const wanted = libraryStem(library);
  const found: (SimilarLibrary & { d: number })[] = [];
  for (const folder of folders) {
    for (const file of await readdir(folder).catch(() => [] as string[])) {
      if (!isLibraryFile(file)) continue;
      const stem = libraryStem(file);
      const d = editDistance(wanted, stem);
      if (d <= Math.max(2, Math.floor(wanted.length / 4)) && stem !== wanted) found.push({ folder, file, d });
    }
  }
  return found.sort((a, b) => a.d - b.d || a.file.localeCompare(b.file)).map(({ folder, file }) => ({ folder, file }));
}

export interface MissingLibraryContext {
  /** The link line of the build (the flags stage's). */
  linkLine: LinkLine;
  /** Repository root, for the #cgo line's path in the message. */
  workspace?: string;
}

/** A missing -l library: the #cgo LDFLAGS line that asks for it, and any similar name on the link line. */
export async function missingLibraryFacts(diagnostics: readonly Diagnostic[], context: MissingLibraryContext): Promise<Diagnostic[]> {
  if (!diagnostics.some((d) => d.kind === 'missing-library')) return [...diagnostics];
  const folders = libraryDirs(context.linkLine);
  return Promise.all(
    diagnostics.map(async (d) => {
      if (d.kind !== 'missing-library' || !d.library) return d;
      const flag = libraryFlag(d.library);
      const at = d.locations?.[0];
      const where = at
        ? `${(context.workspace && workspaceRelative(at.file, context.workspace)) ?? path.basename(at.file)}:${at.line ?? ''}`
        : undefined;
      const asks = where
        ? `${flag} comes from the #cgo LDFLAGS line at ${where}.`
        : `${flag} is not in any #cgo LDFLAGS line of the package: it comes from CGO_LDFLAGS.`;
      const similar = (await similarLibraries(d.library, folders))[0];
      const near = similar
        ? ` ${similar.folder} holds ${similar.file}, a similar name.`
        : ` No folder on the link line (${folders.length > 0 ? folders.join(', ') : 'no -L folder'}) holds a library with a similar name.`;
      const fix = similar
        ? `Did you mean -l:${similar.file}? Correct ${flag}${where ? ` at ${where}` : ''}.`
        : `Remove ${flag}${where ? ` from ${where}` : ''}, or add -L<folder> for the folder that holds it.`;
      return { ...d, message: `${asks}${near} ${d.message}`, fix };
    }),
  );
}

/**
 * In a pull request that moved the TensorFlow pin: each name missing from the new version
 * says which version the pull request came from, where it may still have been.
 */
export function withPinOrigin(diagnostics: readonly Diagnostic[], change: PinChange | undefined): Diagnostic[] {
  if (!change || change.subject !== 'tensorflow' || change.from === undefined) return [...diagnostics];
  const from = `${change.fromName ?? change.name} ${change.from}`;
  return diagnostics.map((d) =>
    d.kind === 'not-in-tensorflow'
      ? {
          ...d,
          message: `${d.message} This pull request moved ${change.name} from ${change.from} to ${change.to ?? 'no pin'}.`,
          ...(d.fix ? { fix: `${d.fix.replace(/\.$/, '')} (the pull request's base pinned ${from}).` } : {}),
        }
      : d,
  );
}
