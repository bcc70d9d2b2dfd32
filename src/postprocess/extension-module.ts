// Python's "dynamic module does not define module export function (PyInit_<name>)" goes on the
// package's lines behind it: the //export PyInit_ lines when the package exports one under
// another name (the file name and the export disagree), else the #include <Python.h> lines
// (an extension module that exports no PyInit_ at all). The fix names both ways out.
import type { Diagnostic } from '../diagnostic.ts';
import type { CgoPackageFacts } from '../resolve/cgo-source.ts';
import { moduleInitExports, pythonHeaderIncludes } from '../resolve/extension-module.ts';

/** The file names Python would import a module from, for the interpreter's suffixes. */
const fileNames = (module: string, suffixes: readonly string[]): string =>
  (suffixes.length > 0 ? suffixes : ['.so']).map((s) => `${module}${s}`).join(' or ');

/** Pure: the PyInit_ findings placed on the package's lines, with the fix that fits what it exports. */
export function placeModuleInitFindings(
  diagnostics: readonly Diagnostic[],
  facts: CgoPackageFacts,
  extensionSuffixes: readonly string[] = [],
): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.kind !== 'extension-module' || !d.symbol?.startsWith('PyInit_') || (d.locations?.length ?? 0) > 0) return d;
    const wanted = d.symbol.slice('PyInit_'.length);
    const exported = moduleInitExports(facts);
    if (exported.length > 0) {
      const names = exported.map((e) => `PyInit_${e.module}`).join(', ');
      const module = exported[0]!.module;
      return {
        ...d,
        title: `The file name asks for ${d.symbol}, the package exports ${names}`,
        message: `${d.message} The package exports ${names}, so the file name and the export name different modules.`,
        fix: `Either name the output after the export (${fileNames(module, extensionSuffixes)}), or rename the export to //export ${d.symbol} (and the module's name in its PyModuleDef to "${wanted}").`,
        locations: exported.map((e) => e.location),
      };
    }
    const includes = pythonHeaderIncludes(facts);
    return {
      ...d,
      title: `The extension module exports no PyInit_ function`,
      message: `${d.message} The package includes Python.h but exports no PyInit_ function, so Python cannot initialise it as a module.`,
      fix: `Add a Go function marked //export ${d.symbol} that returns the module (PyModule_Create(&definition) from the preamble), with the file named ${fileNames(wanted, extensionSuffixes)}; or, if the library is not a module, set load-as to ctypes.`,
      ...(includes.length > 0 ? { locations: includes } : {}),
    };
  });
}
