// A missing header found while compiling a C++ file names the variable that applies to it
// (cgo compiles .cc/.cpp with CGO_CPPFLAGS + CGO_CXXFLAGS, never CGO_CFLAGS), and says
// whether the installed TensorFlow ships that header at all.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';

const CXX_FILE = /\.(?:cc|cpp|cxx|hh|hpp|hxx)$/;

export interface HeaderContext {
  /** site-packages/tensorflow/include */
  includeDir: string;
  tensorflowVersion: string;
  /** The interpreter's include folder (sysconfig's), which holds Python.h when its headers are installed. */
  pythonIncludeDir?: string;
}

/** Python.h's finding: the folder is in the flags already, so what is missing is the interpreter's headers. */
function explainPythonHeader(d: Diagnostic, includeDir: string): Diagnostic {
  const installed = fs.existsSync(path.join(includeDir, 'Python.h'));
  return {
    ...d,
    message: installed
      ? `The compiler could not find Python.h, which the Python that imports TensorFlow has in ${includeDir}: that folder is missing from the flags this file is compiled with.`
      : `The compiler could not find Python.h: the Python that imports TensorFlow has no C headers in ${includeDir} (the folder its sysconfig names), so an extension module cannot be compiled against it.`,
    fix: installed
      ? `Add -isystem${includeDir} to CGO_CFLAGS and CGO_CXXFLAGS (the action sets it in both from the interpreter's sysconfig).`
      : "Install the interpreter's development headers (on Debian and Ubuntu the python3.X-dev package for that version; actions/setup-python's builds include them), or point 'python' at an interpreter that has them.",
  };
}

/** Rewrites missing-header findings with the compiler variable and what TensorFlow ships. */
export function explainMissingHeaders(diagnostics: readonly Diagnostic[], context: HeaderContext): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.kind !== 'missing-header' || !d.header) return d;
    if (d.header === 'Python.h' && context.pythonIncludeDir) return explainPythonHeader(d, context.pythonIncludeDir);
    const from = d.toolLocation?.file ?? '';
    const cxx = CXX_FILE.test(from);
    const variables = cxx ? '#cgo CXXFLAGS (or CPPFLAGS) or CGO_CXXFLAGS' : '#cgo CFLAGS (or CPPFLAGS) or CGO_CFLAGS';
    const shipped = fs.existsSync(path.join(context.includeDir, d.header));
    const where = `${path.basename(from) || 'the file'} is ${cxx ? 'C++: cgo compiles it with CGO_CPPFLAGS and CGO_CXXFLAGS' : 'C: cgo compiles it with CGO_CPPFLAGS and CGO_CFLAGS'}`;
    const ships = shipped
      ? `TensorFlow ${context.tensorflowVersion} ships ${d.header} in ${context.includeDir}, so that folder is missing from the flags this file is compiled with.`
      : d.header.startsWith('tensorflow/') || d.header.startsWith('tsl/') || d.header.startsWith('absl/')
        ? `TensorFlow ${context.tensorflowVersion} does not ship ${d.header} (nothing by that name under ${context.includeDir}).`
        : '';
    return {
      ...d,
      message: `The compiler could not find ${d.header}. ${where}. ${ships}`.trim(),
      fix: shipped
        ? `Add -isystem${context.includeDir} to ${variables} (the action sets it from TensorFlow's compile flags for C and C++ alike).`
        : `Check the header name${d.header.startsWith('tensorflow/') ? ` against ${context.includeDir}` : ''}, or add its folder with -I in ${variables}.`,
    };
  });
}
