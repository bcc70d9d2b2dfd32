// Whether a build against the link stubs needs a second build against the real TensorFlow
// libraries (10-20 s for the 788 MB libtensorflow_cc). A failed stub link is redone, so that
// the findings name real paths and none is the stubs' doing, unless it failed the same way it
// would with the real libraries; a built library is kept when the stubs vouch for every name
// it leaves undefined, and relinked otherwise.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { libraryFileNames } from '../link-line/link-line.ts';
import { BINDINGS_LIBRARY_NAMES } from '../resolve/tensorflow.ts';
import { whyStubsCannotVouchForBuilt, type StubsReady } from './stubs.ts';

const compileKinds = new Set<Diagnostic['kind']>(['missing-header', 'cgo-unknown-name', 'c-compile-error', 'go-compile-error']);

/**
 * Whether a failed build would fail the same way against the real libraries, so relinking is
 * wasted time: every error is a compile error, a -l library that the real TensorFlow folder
 * does not hold either (the stub folder differs from it only in TensorFlow's own libraries),
 * or an undefined reference to a name that no TensorFlow library exports (`notInTensorflow`).
 */
export function failedRegardlessOfStubs(
  diagnostics: readonly Diagnostic[],
  tfDir: string,
  notInTensorflow: readonly string[] = [],
): boolean {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const absent = new Set(notInTensorflow);
  // `library` is the -l name (tensorflow_missing) or, for -l:file, the file name.
  const inTensorflowFolder = (library: string) =>
    [library, ...libraryFileNames(library)].some((file) => fs.existsSync(path.join(tfDir, file)));
  return (
    errors.length > 0 &&
    errors.every(
      (d) =>
        compileKinds.has(d.kind) ||
        (d.kind === 'undefined-reference' && d.symbol !== undefined && absent.has(d.symbol)) ||
        (d.kind === 'missing-library' &&
          d.library !== undefined &&
          !BINDINGS_LIBRARY_NAMES.has(d.library) &&
          !inTensorflowFolder(d.library)),
    )
  );
}

export type StubBuildVerdict =
  /** Built, and the stubs vouch for every name the library leaves undefined. */
  | { relink: false; failedAnyway: false }
  /** Failed as it would against the real libraries: nothing to gain from them. */
  | { relink: false; failedAnyway: true }
  /** Link again against the real libraries; `why`: the built library has a name the stubs cannot vouch for. */
  | { relink: true; why?: string };

export interface StubBuild {
  ok: boolean;
  diagnostics: readonly Diagnostic[];
  /** The built library (when ok). */
  output: string;
  stubs: StubsReady;
  tfDir: string;
  notInTensorflow?: readonly string[];
}

/** The relink decision for a build against the stubs. Never throws: an unreadable library is a reason to relink. */
export async function relinkAgainstRealLibraries(build: StubBuild): Promise<StubBuildVerdict> {
  if (!build.ok) {
    return failedRegardlessOfStubs(build.diagnostics, build.tfDir, build.notInTensorflow)
      ? { relink: false, failedAnyway: true }
      : { relink: true };
  }
  const why = await whyStubsCannotVouchForBuilt(build.stubs, build.output).catch(
    (error: unknown) => `cannot read the built library's symbols: ${String(error)}`,
  );
  return why ? { relink: true, why } : { relink: false, failedAnyway: false };
}
