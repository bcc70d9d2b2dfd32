// A missing header found while compiling a C++ file names the variable that applies to it
// (cgo compiles .cc/.cpp with CGO_CPPFLAGS + CGO_CXXFLAGS, never CGO_CFLAGS), and says
// whether the installed TensorFlow ships that header at all. A header another release ships
// (tensorflow/c/logging.h, removed in 2.21) says when it went or came and the pin that has it:
// neither -I nor a spelling check can bring it back.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { headerChange, nameChange, type InstalledTensorFlow, type ReleaseChange } from '../resolve/c-api-changes.ts';

const CXX_FILE = /\.(?:cc|cpp|cxx|hh|hpp|hxx)$/;

export interface HeaderContext {
  /** site-packages/tensorflow/include */
  includeDir: string;
  tensorflowVersion: string;
  /** The interpreter's include folder (sysconfig's), which holds Python.h when its headers are installed. */
  pythonIncludeDir?: string;
  /** The package TensorFlow was installed as (tensorflow-cpu), for the pin; default tensorflow. */
  distribution?: string;
  /** Node's process.arch of the TensorFlow; default this process's. */
  arch?: string;
  /** The C names the package calls, for the ones that went with a removed header. */
  calls?: readonly string[];
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

const installedOf = (context: HeaderContext): InstalledTensorFlow => ({
  version: context.tensorflowVersion,
  distribution: context.distribution ?? 'tensorflow',
  arch: context.arch ?? process.arch,
});

/** "tensorflow/c/logging.h and TF_Log were removed ...": the called names removed in the same release as the header. */
function withRemovedNames(header: string, change: ReleaseChange, context: HeaderContext): string {
  if (!change.removedIn) return change.sentence;
  const tf = installedOf(context);
  const names = [...new Set(context.calls ?? [])].filter((n) => nameChange(n, tf)?.removedIn === change.removedIn).sort();
  if (names.length === 0) return change.sentence;
  const subjects = [header, ...names];
  const list = `${subjects.slice(0, -1).join(', ')} and ${subjects.at(-1)}`;
  return change.sentence.replace(`${header} was removed`, `${list} were removed`);
}

function historyFinding(d: Diagnostic & { header: string }, context: HeaderContext): Diagnostic | undefined {
  const change = headerChange(d.header, installedOf(context));
  if (!change) return undefined;
  const sentence = withRemovedNames(d.header, change, context);
  return {
    ...d,
    title: change.removedIn
      ? `${d.header} was removed in TensorFlow ${change.removedIn}.0`
      : `${d.header} is not in TensorFlow ${context.tensorflowVersion}`,
    message: `${sentence}. TensorFlow ${change.span} ship it; ${context.tensorflowVersion} has no such file, so no include path can supply it.`,
    fix: `Pin ${change.pin} (a TensorFlow that ships ${d.header}), or stop including ${d.header} and remove the calls to what it declared.`,
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
    if (!shipped) {
      const fromHistory = historyFinding({ ...d, header: d.header }, context);
      if (fromHistory) return fromHistory;
    }
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
