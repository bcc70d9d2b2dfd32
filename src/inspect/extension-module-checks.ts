// What the ELF and the file name say about an extension module before Python imports it:
// - a NEEDED libpython (-lpython3.x in #cgo LDFLAGS, or python3-config --embed flags): the
//   manylinux policy forbids it, since the interpreter that imports the module provides the
//   C API, and a statically linked python has no libpython to find. An error under install-dir
//   (the module ships in a wheel), a warning otherwise;
// - a file name Python does not import a module from: import looks for <name> plus one of the
//   interpreter's suffixes (EXT_SUFFIX such as .cpython-311-x86_64-linux-gnu.so, .abi3.so, .so),
//   so a module named for another CPython (built with its headers) is not found by this one.
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import { libraryStem, type LinkLine } from '../link-line/link-line.ts';

const LIBPYTHON = /^libpython\d/;
const CPYTHON_TAG = /\.cpython-(\d)(\d+)[a-z]*-[^.]*\.so$/;

/** Pure: the finding for a NEEDED libpython, on the link line's -lpython words when it has them. */
export function libpythonNeeded(
  needed: readonly string[],
  library: string,
  context: { installDir?: string; linkLine?: LinkLine },
): Diagnostic | undefined {
  const libpython = needed.find((n) => LIBPYTHON.test(n));
  if (!libpython) return undefined;
  const words = (context.linkLine?.libraries ?? []).filter((l) => /^python\d/.test(libraryStem(l.name)));
  const locations = words.flatMap((w) => (w.location ? [w.location] : []));
  const named = words.length > 0 ? ` (${words.map((w) => w.arg).join(', ')} on the link line)` : '';
  return {
    severity: context.installDir ? 'error' : 'warning',
    kind: 'extension-module',
    stage: 'inspect',
    library: libpython,
    title: `The extension module NEEDs ${libpython}`,
    message: `${path.basename(library)} lists ${libpython} in NEEDED${named}. An extension module must not link libpython: the interpreter that imports it provides the C API, the manylinux policy (PEP 513/600) forbids a NEEDED libpython in a wheel, and python3-config --ldflags has left -lpython out on purpose since Python 3.8 (bpo-36721); a python built without a shared libpython cannot load the module at all.`,
    fix: 'Remove -lpython3.x (and python3-config --embed flags) from #cgo LDFLAGS and CGO_LDFLAGS: the action leaves the Py* names undefined for the interpreter and checks every other name.',
    ...(locations.length > 0 ? { locations } : {}),
  };
}

const moduleFinding = (severity: Diagnostic['severity'], title: string, message: string, fix: string): Diagnostic => ({
  severity,
  kind: 'extension-module',
  stage: 'inspect',
  title,
  message,
  fix,
});

/**
 * Pure: the finding for a file name this interpreter would not import the module from:
 * `import <name>` looks for <name> plus one of its suffixes, nothing else. `limitedApi`: the
 * package defines Py_LIMITED_API, which an .abi3.so name promises.
 */
export function moduleFileName(
  library: string,
  tf: Pick<TensorFlowInstall, 'extensionSuffixes' | 'pythonVersion'>,
  limitedApi: boolean,
): Diagnostic | undefined {
  const file = path.basename(library);
  const suffixes = tf.extensionSuffixes ?? [];
  if (suffixes.length === 0) return undefined;
  const name = file.split('.')[0] ?? '';
  const suffix = file.slice(name.length);
  const names = suffixes.map((s) => `${name}${s}`).join(', ');
  const python = `Python ${tf.pythonVersion}`;
  if (!/^[A-Za-z_]\w*$/.test(name))
    return moduleFinding(
      'error',
      `${file} cannot be imported: ${name} is not a module name`,
      `Python imports an extension module by the file name up to its first dot, which must be an identifier; "${name}" is not one, so no import statement can name it.`,
      `Name the output after the module, e.g. ${suffixes.map((s) => `my_module${s}`)[0]}.`,
    );
  const tag = CPYTHON_TAG.exec(suffix);
  if (!suffixes.includes(suffix) && tag) {
    const built = `${tag[1]}.${tag[2]}`;
    return moduleFinding(
      'error',
      `${file} is named for CPython ${built}, the interpreter is ${python}`,
      `The file name says the module is built for CPython ${built} (with its headers, for its ABI), but the Python that imports TensorFlow is ${python}; its import looks only for ${names}, so "import ${name}" does not find the file, and a module for another CPython's ABI must not be loaded into it.`,
      `Build with the headers of the Python that imports it and name the file ${name}${suffixes[0]}; or build against the limited API (define Py_LIMITED_API) and name it ${name}.abi3.so, which every CPython 3 since that version imports.`,
    );
  }
  if (!suffixes.includes(suffix))
    return moduleFinding(
      'warning',
      `${python} does not import a module from ${file}`,
      `"import ${name}" looks only for ${names}: a file ending in "${suffix}" is not found by it (the action imported it from its path).`,
      `Name the output ${name}${suffixes[0]} or ${name}.so.`,
    );
  if (suffix === '.abi3.so' && !limitedApi)
    return moduleFinding(
      'warning',
      `${file} is named for the stable ABI without Py_LIMITED_API`,
      `An .abi3.so name tells every CPython 3 that the module uses only the limited API, but the package does not define Py_LIMITED_API, so it is built against ${python}'s full API and may crash under another version that imports it.`,
      `Define Py_LIMITED_API (e.g. #define Py_LIMITED_API 0x030a0000 before #include <Python.h>, or -DPy_LIMITED_API=0x030a0000 in #cgo CFLAGS), or name the file ${name}${suffixes[0]}.`,
    );
  return undefined;
}
