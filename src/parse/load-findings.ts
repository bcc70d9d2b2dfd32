// Titles, explanations and fixes for load-time findings (the Python smoke test).
import type { Diagnostic, DiagnosticKind, Location } from '../diagnostic.ts';

const smoke = (kind: DiagnosticKind, title: string, message: string, fix?: string): Diagnostic => ({
  severity: 'error',
  kind,
  stage: 'smoke',
  title,
  message,
  ...(fix ? { fix } : {}),
});

export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export function undefinedSymbol(symbol: string, library: string, via: string): Diagnostic {
  const isTf = /^(?:TF_|TFE_|TfLite)/.test(symbol) || symbol.includes('10tensorflow');
  const message =
    `${via} failed: the dynamic loader found no definition of ${symbol}, which ${library} needs. ` +
    'GNU ld links a shared library even when a symbol is undefined, so this only shows up at load time. ' +
    (isTf
      ? 'It can look random: the library loads in a process that ran "import tensorflow" first (which makes TensorFlow\'s symbols global) and fails in one that did not. '
      : '') +
    'The library that defines the symbol was left off the link line, or dropped by --as-needed because nothing else from it was used.';
  return {
    ...smoke(
      'undefined-symbol',
      `Undefined symbol ${symbol} when loading ${library}`,
      message,
      `Link the library that defines ${symbol} with -l:<file> (and -L<dir>) in #cgo LDFLAGS or CGO_LDFLAGS, ` +
        'and add -Wl,-z,defs so the next missing symbol fails the build instead of the load.',
    ),
    symbol,
    library,
  };
}

export function cxxAbiMismatch(symbol: string, library: string, via: string): Diagnostic {
  return {
    ...smoke(
      'cxx-abi-mismatch',
      `C++ ABI mismatch: ${symbol} not found`,
      `${via} failed on ${symbol}, a symbol of the C++11 string ABI (it contains "B5cxx11"). Code compiled with ` +
        '_GLIBCXX_USE_CXX11_ABI=1 asks for std::string functions under that name; a TensorFlow built with ' +
        '_GLIBCXX_USE_CXX11_ABI=0 (TensorFlow before 2.9) only has the old names, and the reverse mismatch fails the same way.',
      'Compile the C++ code with the same -D_GLIBCXX_USE_CXX11_ABI as TensorFlow: use tf.sysconfig.get_compile_flags() ' +
        '(tf.sysconfig.CXX11_ABI_FLAG) in CGO_CXXFLAGS/CGO_CPPFLAGS (tensorflow/tensorflow#1569).',
    ),
    symbol,
    library,
  };
}

/**
 * Python's `dynamic module does not define module export function (PyInit_<name>)`: the
 * module name came from the file name; the package's exports are set against it later
 * (postprocess/extension-module.ts), which knows them.
 */
export function moduleInitNotExported(initName: string, library: string): Diagnostic {
  const name = initName.replace(/^PyInit_/, '');
  return {
    ...smoke(
      'extension-module',
      `${library} does not export ${initName}`,
      `Importing ${library} as the module ${name} failed: Python said "dynamic module does not define module export function (${initName})". ` +
        'Python takes the module name from the file name (up to the first dot) and calls PyInit_<that name>.',
      `Export ${initName} with //export, or name the file after the PyInit_ function the package exports.`,
    ),
    symbol: initName,
    library,
  };
}

export function missingExport(symbol: string, library: string): Diagnostic {
  return {
    ...smoke(
      'missing-expected-symbol',
      `${library} does not export ${symbol}`,
      `The library loaded, but looking up ${symbol} in it failed. cgo only exports Go functions marked with a //export ${symbol} comment ` +
        'directly above the func, in package main, built with -buildmode=c-shared.',
      `Add "//export ${symbol}" above the Go function (no space after //) or fix the name the smoke test calls.`,
    ),
    symbol,
    library,
  };
}

export function sharedObjectNotFound(missing: string, library: string): Diagnostic {
  const self = baseName(missing) === library;
  return {
    ...smoke(
      'shared-object-not-found',
      self ? `${library} not found` : `${missing} not found when loading ${library}`,
      self
        ? `The dynamic loader could not open ${missing} itself; the path given to the smoke test is wrong or the build did not write it.`
        : `${library} needs ${missing} (a NEEDED entry), but the dynamic loader found it in none of its search directories: ` +
            'the library has no RUNPATH pointing at it, and LD_LIBRARY_PATH does not name its directory.',
      self
        ? 'Check the path of the built library.'
        : missing.includes('tensorflow')
          ? `Add -Wl,-rpath,<tensorflow dir> to CGO_LDFLAGS (or "-Wl,-rpath,$ORIGIN/..." relative to where the library will live), or import tensorflow before loading ${library}.`
          : `Add -Wl,-rpath,<dir of ${missing}> to the link, or install ${missing} where the loader looks.`,
    ),
    library: missing,
  };
}

/** An emulator (qemu-user) found no dynamic loader for the program it was to run. */
export function loaderNotFound(loader: string, library: string): Diagnostic {
  const arm64 = loader.includes('aarch64');
  return {
    ...smoke(
      'shared-object-not-found',
      `The dynamic loader ${loader} is missing`,
      `The program that was to load ${library} runs under CPU emulation${arm64 ? ' as an arm64 program' : ''}, and the emulator found no ${loader} to start it with: ` +
        `there is no ${arm64 ? 'arm64 ' : ''}system root for it, so nothing was loaded.`,
      `Run it inside a root for its CPU (chroot), or point the emulator at one with QEMU_LD_PREFIX (qemu-user's -L)${arm64 ? ', e.g. /usr/aarch64-linux-gnu from the aarch64 cross libc' : ''}.`,
    ),
    library: loader,
  };
}

export function versionNotFound(version: string, provider: string, requiredBy: string): Diagnostic {
  const cxx = version.startsWith('GLIBCXX') || version.startsWith('CXXABI');
  return {
    ...smoke(
      'version-not-found',
      `${baseName(provider)} lacks ${version}`,
      `${requiredBy} was built against a newer ${cxx ? 'libstdc++' : 'library'} and needs symbol version ${version}, ` +
        `but the ${baseName(provider)} that was loaded (${provider}) is older.` +
        (cxx ? ' A conda environment or an old system libstdc++ loaded first is the usual cause.' : ''),
      cxx
        ? 'Build with the same compiler generation that TensorFlow uses, or make the newer libstdc++.so.6 load first (LD_LIBRARY_PATH or LD_PRELOAD).'
        : `Build against the oldest ${baseName(provider)} you need to run on, or upgrade it on the machine that loads the library.`,
    ),
    symbol: version,
    library: provider,
  };
}

export function staticTls(library: string, line: string): Diagnostic {
  return {
    ...smoke(
      'static-tls',
      `Not enough static TLS to load ${library}`,
      `The dynamic loader said "${line.trim()}". Go c-shared libraries use the initial-exec TLS model (FLAGS STATIC_TLS), ` +
        'which dlopen can only satisfy from a small surplus reserved at program start; when the libraries loaded before ' +
        '(TensorFlow among them) have used it up, or this library asks for more than is left, loading fails ' +
        '(golang/go#48596, tensorflow/io#574).',
      `Load ${library} early, before other big libraries (import it before tensorflow), or preload it with LD_PRELOAD; ` +
        'on glibc 2.32+ GLIBC_TUNABLES=glibc.rtld.optional_static_tls=<bytes> enlarges the surplus.',
    ),
    library,
  };
}

export function duplicateRuntime(evidence: string): Diagnostic {
  return smoke(
    'duplicate-tensorflow-runtime',
    'Two TensorFlow runtimes in one process',
    `The process aborted with "${evidence.trim()}". Two copies of TensorFlow's runtime were loaded (for example a separately downloaded libtensorflow ` +
      'next to the pip package that Python imports), and both tried to register the same protobuf files, ops or kernels ' +
      '(tensorflow/tensorflow#20561).',
    'Link against the libraries of the TensorFlow that Python imports (tf.sysconfig.get_lib()) instead of a separate libtensorflow; remove the other copy from the link and from LD_LIBRARY_PATH.',
  );
}

export function opLibraryNotFound(message: string, library: string): Diagnostic {
  return { ...smoke('op-library-not-found', `tf.load_op_library could not load ${library}`, message), library };
}

export function killedBySignal(signal: string, library: string, detail?: string, toolLocation?: Location): Diagnostic {
  return {
    ...smoke(
      'killed-by-signal',
      `Smoke test killed by ${signal}`,
      `The Python process loading ${library} died with ${signal}${detail ? ` (${detail})` : ''}.`,
      signal === 'SIGSEGV'
        ? 'Run the smoke test under gdb or with PYTHONFAULTHANDLER=1 to see where it crashed; a NULL TF_* handle or two TensorFlow copies are common causes.'
        : undefined,
    ),
    library,
    ...(toolLocation ? { toolLocation } : {}),
  };
}

/** `message` is a panic value, or a whole `fatal error: ...` line of the Go runtime. */
export function goPanic(message: string, library: string, toolLocation?: Location): Diagnostic {
  const fatal = message.startsWith('fatal error: ');
  const what = fatal ? message.slice('fatal error: '.length) : message;
  return {
    ...smoke(
      'other',
      `${fatal ? 'Go runtime fatal error' : 'Go panic'} in ${library}: ${what.length > 80 ? `${what.slice(0, 77)}...` : what}`,
      fatal
        ? `The Go runtime in ${library} stopped the process with "${what}".`
        : `Go code in ${library} panicked with "${what}", which ends the whole process.`,
      'See the Go stack in the raw output; the first frame in your package is the place to look.',
    ),
    library,
    ...(toolLocation ? { toolLocation } : {}),
  };
}

export function timedOut(library: string): Diagnostic {
  return smoke(
    'timeout',
    `Smoke test timed out loading ${library}`,
    `The Python process loading ${library} did not finish in time and was killed. A Go init that blocks, or a deadlock between the Go runtime and TensorFlow's threads, are typical.`,
  );
}

export function pythonException(exceptionLine: string, library: string): Diagnostic {
  return { ...smoke('python-exception', `Python exception while loading ${library}`, exceptionLine), library };
}

export function failedWithoutMessage(exitCode: number, library: string): Diagnostic {
  return {
    ...smoke(
      'other',
      `Smoke test failed with exit code ${exitCode}`,
      `The Python process loading ${library} exited with code ${exitCode} and printed nothing recognisable.`,
    ),
    library,
  };
}
