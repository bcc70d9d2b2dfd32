// A Go shared object that is a CPython extension module: its preamble includes Python.h, its
// objects reference the C API's Py* names, or it exports PyInit_<name> with //export. Python's
// import system takes the module's name from the file name (up to the first dot) and calls
// PyInit_<that name>. The interpreter that imports the module provides the Py* names, so the
// module leaves them undefined and NEEDs no libpython (the manylinux policy forbids one).
import path from 'node:path';
import type { Location } from '../diagnostic.ts';
import type { CgoPackageFacts } from './cgo-source.ts';
import type { TensorFlowInstall } from './tensorflow.ts';
import { findProviders } from './tensorflow-exports.ts';

/** Names of CPython's C API: Py_, PyUnicode_..., _Py_Dealloc, PyExc_... */
export const PYTHON_C_NAME = /^_?Py[A-Z_]/;

/** Whether any of `names` is one of CPython's C API (the mark of an extension module in its objects or its file). */
export function referencesPython(names: readonly string[]): boolean {
  return names.some((n) => PYTHON_C_NAME.test(n));
}
const PY_INIT = /^PyInit_(\w+)$/;

/** The #include lines of Python.h in the package's preambles. */
export function pythonHeaderIncludes(facts: CgoPackageFacts): Location[] {
  return facts.files.flatMap((f) =>
    f.includes.filter((inc) => inc.header === 'Python.h').map((inc) => ({ file: f.file, line: inc.line, column: inc.column })),
  );
}

/** The package's `//export PyInit_<name>` lines, with the module name each one declares. */
export function moduleInitExports(facts: CgoPackageFacts): { module: string; location: Location }[] {
  return facts.files.flatMap((f) =>
    f.exports.flatMap((e) => {
      const m = PY_INIT.exec(e.name);
      return m ? [{ module: m[1]!, location: { file: f.file, line: e.line, column: e.column } }] : [];
    }),
  );
}

/** Whether the package is an extension module, from its sources and, when known, its objects' undefined names. */
export function isExtensionModule(facts: CgoPackageFacts, objectSymbols: readonly string[] = []): boolean {
  return pythonHeaderIncludes(facts).length > 0 || moduleInitExports(facts).length > 0 || referencesPython(objectSymbols);
}

/** The module name Python's import system gives a file: its name up to the first dot. */
export function moduleNameOf(file: string): string {
  return path.basename(file).split('.')[0] ?? '';
}

/**
 * Of `names`, those the interpreter exports (its binary, or the libpython it NEEDs), each with
 * the file that does: one more provider of names, beside TensorFlow's libraries.
 */
export async function interpreterProviders(
  tf: Pick<TensorFlowInstall, 'interpreterFiles'>,
  names: readonly string[],
): Promise<Map<string, string>> {
  const files = tf.interpreterFiles ?? [];
  if (files.length === 0 || names.length === 0) return new Map();
  const found = await findProviders(files, names);
  return new Map([...found].flatMap(([name, file]) => (file ? [[name, file] as const] : [])));
}

/** Whether the package builds against the limited API: Py_LIMITED_API in a preamble or as -D on the compile line. */
export function definesLimitedApi(facts: Pick<CgoPackageFacts, 'files'>, compileWords: readonly { word: string }[] = []): boolean {
  return (
    facts.files.some((f) => f.preambleLines.some((l) => /#\s*define\s+Py_LIMITED_API\b/.test(l.code))) ||
    compileWords.some((w) => /^-DPy_LIMITED_API(?:=|$)/.test(w.word))
  );
}
