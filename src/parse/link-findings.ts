// Titles, explanations and fixes for build-time findings (linker and compilers), so
// every linker parser words the same problem the same way.
import type { Diagnostic, Location } from '../diagnostic.ts';
import { isCxxAbiMismatch } from './symbol-names.ts';
import { libraryFileNames } from '../link-line/link-line.ts';

const cgoWrapper = /^_{1,2}cgo_[0-9a-f]+_Cfunc_(.+)$/;

/** `_cgo_4904bc4eed61_Cfunc_TF_Version` -> `TF_Version` (the Go call is `C.TF_Version`). */
export function cgoCalledName(referencedFrom: string | undefined): string | undefined {
  return referencedFrom ? cgoWrapper.exec(referencedFrom)?.[1] : undefined;
}

const isTensorFlowSymbol = (symbol: string): boolean =>
  /^(?:TF_|TFE_|TF_Tstring|TFL_|TfLite)/.test(symbol) || symbol.includes('tensorflow') || symbol.includes('10tensorflow');

const tfSplitNote =
  "TensorFlow's C API is split between libtensorflow_framework.so.2 and libtensorflow_cc.so.2, and " +
  'tf.sysconfig.get_link_flags() names only the framework library, so functions such as TF_Version and ' +
  'TF_NewGraph (only in libtensorflow_cc.so.2) are missing when you link with those flags alone.';

const tfLinkFix = (symbol: string): string =>
  `Link the TensorFlow library that defines ${symbol}: add it as -l:<file> next to -L<tensorflow dir> in ` +
  '#cgo LDFLAGS or CGO_LDFLAGS, e.g. "-l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2". ' +
  'If no TensorFlow library defines it, the name is misspelled or this TensorFlow version does not have it.';

export interface ReferenceInfo {
  symbol: string;
  referencedFrom?: string;
  toolLocation?: Location;
  object?: string;
  archive?: string;
  /** A shared library on the link line that needs the symbol (--no-allow-shlib-undefined). */
  library?: string;
  /** Whether the linker only warned (lld --warn-unresolved-symbols). */
  warning?: boolean;
}

const inArchive = (info: ReferenceInfo): string =>
  info.object && info.archive ? ` in ${info.object} of ${info.archive}` : info.object ? ` in ${info.object}` : '';

export function undefinedReference(info: ReferenceInfo): Diagnostic {
  const { symbol, referencedFrom, library } = info;
  const called = cgoCalledName(referencedFrom);
  const from = called
    ? ` (called from Go as C.${called})`
    : referencedFrom && referencedFrom !== library
      ? ` (referenced from ${referencedFrom}${inArchive(info)})`
      : inArchive(info)
        ? ` (referenced${inArchive(info)})`
        : '';
  let message = library
    ? `${library}, a shared library on the link line, needs ${symbol}, and no object or library on the link line defines it (the link asks for every dependency to resolve: --no-allow-shlib-undefined).`
    : `The linker found no definition of ${symbol}${from} in any object or library on the link line.`;
  if (called) {
    message += ' A declaration in the preamble or a header lets cgo compile the call, but a library must still define it.';
  }
  const tf = isTensorFlowSymbol(symbol);
  const abi = isCxxAbiMismatch(symbol);
  if (abi)
    message += ` ${symbol} belongs to the C++11 string ABI; a library built with _GLIBCXX_USE_CXX11_ABI=0 defines it under another name.`;
  else if (tf) message += ` ${tfSplitNote}`;
  return {
    severity: info.warning ? 'warning' : 'error',
    kind: 'undefined-reference',
    stage: 'build',
    title: `Undefined reference to ${symbol}`,
    message,
    fix: abi
      ? 'Compile with the same -D_GLIBCXX_USE_CXX11_ABI as the library (for TensorFlow: tf.sysconfig.get_compile_flags()).'
      : tf
        ? tfLinkFix(symbol)
        : `Add the library that defines ${symbol} to #cgo LDFLAGS (-l<name> with -L<dir>), or correct the name if it is misspelled.`,
    symbol,
    referencedFrom,
    toolLocation: info.toolLocation,
    ...(info.object ? { object: info.object } : {}),
    ...(info.archive ? { archive: info.archive } : {}),
    ...(library ? { library } : {}),
  };
}

export function moreUndefinedReferences(symbol: string, toolLocation?: Location, more?: number): Diagnostic {
  return {
    severity: 'notice',
    kind: 'more-undefined-references',
    stage: 'build',
    title: `More undefined references to ${symbol}`,
    message:
      `The linker stopped listing references to ${symbol}` +
      (more ? ` after the first few; it counted ${more} more.` : ' after the first few.') +
      ' They all go away once the library that defines it is linked.',
    symbol,
    toolLocation,
  };
}

/** `name` as given to -l: `tensorflow` for -ltensorflow, `:libtensorflow_cc.so.2` for -l:file. */
export function missingLibrary(name: string): Diagnostic {
  const flag = `-l${name}`;
  const file = name.startsWith(':') ? name.slice(1) : undefined;
  return {
    severity: 'error',
    kind: 'missing-library',
    stage: 'build',
    title: `Library ${flag} not found`,
    message:
      `The linker searched every -L directory and the system directories for ${libraryFileNames(name).join(' or ')} and found none. ` +
      'The flag usually comes from a #cgo LDFLAGS line or CGO_LDFLAGS.' +
      (name.includes('tensorflow')
        ? ' The pip wheel ships libtensorflow_framework.so.2 and libtensorflow_cc.so.2 (no libtensorflow.so), in the tensorflow package directory.'
        : '') +
      (name === 'tensorflow'
        ? ' Go bindings such as tensorflow/go and graft link with -ltensorflow, which expects the separate libtensorflow C library; a link directory with libtensorflow.so -> <tensorflow dir>/libtensorflow_cc.so.2 and libtensorflow_framework.so -> libtensorflow_framework.so.2 makes it bind to the TensorFlow that Python imports.'
        : ''),
    fix:
      `Check the -l name in #cgo LDFLAGS / CGO_LDFLAGS and add -L<dir> for the directory that holds it` +
      (name.includes('tensorflow')
        ? '; for the pip wheel use -L$(python -c "import tensorflow as tf; print(tf.sysconfig.get_lib())") -l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2.'
        : '.'),
    library: file ?? name,
  };
}

/** `versioned` is the name as ld printed it, e.g. `dlclose@@GLIBC_2.2.5`. */
export function missingDso(symbol: string, library?: string, versioned = symbol): Diagnostic {
  const file = library ? library.slice(library.lastIndexOf('/') + 1) : undefined;
  return {
    severity: 'error',
    kind: 'missing-dso',
    stage: 'build',
    title: file ? `${symbol} is in ${file}, which is not on the link line` : `Undefined reference to symbol ${versioned}`,
    message:
      `${versioned} is defined in ${library ?? 'a shared library'}, which the link only reaches as a dependency of another library. ` +
      'GNU ld does not let an object use symbols of such indirect dependencies (--no-copy-dt-needed-entries), ' +
      'so the library has to be named on the link line itself.',
    fix: file
      ? `Add -l:${file} (with -L for its directory) to #cgo LDFLAGS or CGO_LDFLAGS.`
      : 'Add the library named in the note to the link line.',
    symbol,
    library,
  };
}

export function multipleDefinition(symbol: string, toolLocation?: Location, object?: string): Diagnostic {
  return {
    severity: 'error',
    kind: 'multiple-definition',
    stage: 'build',
    title: `Multiple definition of ${symbol}`,
    message:
      `${symbol} is defined in more than one object. In a cgo package this usually means a function or variable is defined ` +
      '(not just declared) in the preamble of a file that also has //export functions: cgo compiles that preamble twice, ' +
      'into the package object and into _cgo_export.c.',
    fix: `Make the preamble definition of ${symbol} static (or static inline), or move it to a separate .c file and keep only a declaration in the preamble.`,
    symbol,
    toolLocation,
    ...(object ? { object } : {}),
  };
}

function linkerErrorFix(message: string): string | undefined {
  if (message.includes('recompile with -fPIC')) {
    const archive = /([^\s/]+\.a)\(/.exec(message)?.[1];
    return `A shared library can only contain position-independent code: rebuild ${archive ?? 'the object or static library named'} with -fPIC, or link its shared version instead.`;
  }
  if (message.startsWith('unrecognized option') || message.startsWith('unknown option')) {
    return 'Remove or correct the linker option in #cgo LDFLAGS or CGO_LDFLAGS (-Wl,... options go to the linker as they are).';
  }
  return undefined;
}

export function linkerError(message: string, toolLocation?: Location): Diagnostic {
  const fix = linkerErrorFix(message);
  // Drop a leading `path/to/obj.o: ` or `lib.a(obj.o): ` from the title.
  const shown = message.replace(/^\S*(?:\.o|\.a\([^)]*\)|\.so[.\d]*): /, '');
  return {
    severity: 'error',
    kind: 'linker-error',
    stage: 'build',
    title: `Linker error: ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`,
    message: `The linker stopped with: ${message}`,
    ...(fix ? { fix } : {}),
    toolLocation,
  };
}

export function genericLinkFailure(tool: string): Diagnostic {
  return {
    severity: 'error',
    kind: 'linker-error',
    stage: 'build',
    title: 'Linking the shared library failed',
    message: `go build could not link the package: ${tool}. No more specific linker message was recognised; see the raw output.`,
  };
}

export function missingHeader(header: string, toolLocation: Location): Diagnostic {
  return {
    severity: 'error',
    kind: 'missing-header',
    stage: 'build',
    title: `Header ${header} not found`,
    message:
      `The C compiler could not find ${header} in any include directory. ` +
      (header.startsWith('tensorflow/')
        ? 'TensorFlow headers live under <tensorflow dir>/include in the pip wheel (tf.sysconfig.get_include()).'
        : 'The #include line is in the cgo preamble or a .c/.h file of the package.'),
    fix: header.startsWith('tensorflow/')
      ? 'Check the header name and add -I<tensorflow dir>/include to #cgo CFLAGS or CGO_CFLAGS.'
      : 'Check the header name and add its directory with -I in #cgo CFLAGS or CGO_CFLAGS.',
    header,
    toolLocation,
  };
}

export function cgoUnknownName(name: string, toolLocation: Location): Diagnostic {
  return {
    severity: 'error',
    kind: 'cgo-unknown-name',
    stage: 'build',
    title: `C.${name} is not declared`,
    message:
      `cgo could not find a declaration of ${name} in the preamble or the headers it includes, so it cannot tell whether ` +
      'it is a function, type or variable. Either the name is misspelled, the header that declares it is not included, ' +
      'or this TensorFlow version does not have it.',
    fix: `Include the header that declares ${name} in the cgo preamble (e.g. #include "tensorflow/c/c_api.h"), or correct the name.`,
    symbol: name,
    toolLocation,
  };
}

export function compileMessage(
  kind: 'c-compile-error' | 'c-compile-warning' | 'go-compile-error',
  text: string,
  toolLocation: Location,
): Diagnostic {
  const what = kind === 'go-compile-error' ? 'Go compile error' : kind === 'c-compile-error' ? 'C compile error' : 'C compiler warning';
  return {
    severity: kind === 'c-compile-warning' ? 'warning' : 'error',
    kind,
    stage: 'build',
    title: `${what}: ${text.length > 80 ? `${text.slice(0, 77)}...` : text}`,
    message: text,
    toolLocation,
  };
}
