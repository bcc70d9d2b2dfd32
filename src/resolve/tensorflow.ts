// Locates the TensorFlow that a Python interpreter would import, without importing it
// (the import costs ~3 s): find_spec gives the package folder, importlib.metadata the
// version, and the folder listing the libraries.
import path from 'node:path';
import { runProcess } from '../util/process.ts';
import { InputError } from '../input-error.ts';
import { normalizeName } from '../setup/tf-requirement-files.ts';

export interface TensorFlowInstall {
  python: string;
  pythonExecutable: string;
  pythonVersion: string;
  version: string;
  distribution: string;
  /** site-packages/tensorflow: the package folder, which holds its shared libraries too. */
  dir: string;
  includeDir: string;
  /** File names of the TensorFlow shared libraries in dir, e.g. libtensorflow_cc.so.2. */
  libraries: string[];
  cxx11AbiFlag: 0 | 1;
  libc?: { name: string; version: string };
  /** The interpreter's C headers (sysconfig.get_paths()["include"]), for a package that includes Python.h. */
  pythonIncludeDir?: string;
  /** The file-name endings this interpreter imports an extension module from (EXT_SUFFIX first, then .abi3.so, .so). */
  extensionSuffixes?: string[];
  /** The files whose dynamic symbols are the interpreter's names: the python binary, and its libpython in a shared build. */
  interpreterFiles?: string[];
}

/** Printed as one JSON line; kept compatible with Python 3.8+. */
export const PROBE_SCRIPT = `
import importlib.machinery, importlib.util, json, os, platform, sys, sysconfig
out = {"executable": sys.executable, "pythonVersion": platform.python_version(), "libc": list(platform.libc_ver())}
# The names an extension module leaves to the interpreter are in its binary, or in the
# libpython it NEEDs (a shared build); a venv's python is a link to the base one.
binary = os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable)
libpython = os.path.join(sysconfig.get_config_var("LIBDIR") or "", sysconfig.get_config_var("INSTSONAME") or "")
shared = sysconfig.get_config_var("Py_ENABLE_SHARED") and os.path.isfile(libpython)
out["python"] = {"include": sysconfig.get_paths()["include"], "extensionSuffixes": importlib.machinery.EXTENSION_SUFFIXES,
                 "files": [binary] + ([os.path.realpath(libpython)] if shared else [])}
spec = importlib.util.find_spec("tensorflow")
locations = list(spec.submodule_search_locations or []) if spec else []
if not locations:
    out["error"] = "no-tensorflow"
else:
    tf_dir = next((d for d in locations if os.path.isdir(os.path.join(d, "include"))), locations[0])
    out["dir"] = tf_dir
    import importlib.metadata as md
    names = []
    try:
        names = list(md.packages_distributions().get("tensorflow", []))
    except Exception:
        pass
    for name in names + ["tensorflow-cpu", "tensorflow", "tensorflow-intel", "tensorflow-macos", "tf-nightly", "tf-nightly-cpu"]:
        try:
            out["version"] = md.version(name)
            out["distribution"] = name
            break
        except Exception:
            continue
    out["files"] = sorted(os.listdir(tf_dir))
print(json.dumps(out))
`;

export interface ProbeOutput {
  executable: string;
  pythonVersion: string;
  libc?: [string, string];
  error?: string;
  dir?: string;
  version?: string;
  distribution?: string;
  files?: string[];
  python?: { include: string; extensionSuffixes: string[]; files: string[] };
}

const LIBRARY_FILE = /^libtensorflow(_framework|_cc)?(\.so(\.\d+)*|\.\d+\.dylib|\.dylib)$/;

// TensorFlow's library files, known here only. The wheel splits the C API between the two
// (TF_Version only in cc, TF_NewStatus only in framework); the kernel/op API and the C++ names
// a kernel uses live in the framework. Go bindings link -ltensorflow (and some
// -ltensorflow_framework), names of the separate C library that the wheel does not ship.

/** The ELF wheel's libraries, in link order (the framework first). */
export const TENSORFLOW_LIBRARY_NAMES = ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'] as const;

/** The -l names Go bindings use for TensorFlow's C library. */
export const BINDINGS_LIBRARY_NAMES: ReadonlySet<string> = new Set(['tensorflow', 'tensorflow_framework']);

const CAPI_STEM = 'libtensorflow_cc';
const FRAMEWORK_STEM = 'libtensorflow_framework';

/** The TensorFlow libraries in a TF package folder (site-packages/tensorflow), in link order. */
export function tensorflowLibraries(tfDir: string): string[] {
  return TENSORFLOW_LIBRARY_NAMES.map((name) => path.join(tfDir, name));
}

/** The file of `libraries` for a stem: its .so.<major> (or .<major>.dylib) first, else any version. */
function libraryWithStem(libraries: readonly string[], stem: string): string | undefined {
  return (
    libraries.find((f) => new RegExp(`^${stem}\\.(so\\.\\d+|\\d+\\.dylib)$`).test(f)) ?? libraries.find((f) => f.startsWith(`${stem}.`))
  );
}

/** The file name of the library with the C API's other half (libtensorflow_cc.so.2), when the wheel has it. */
export function capiLibrary(tf: { libraries: readonly string[] }): string | undefined {
  return libraryWithStem(tf.libraries, CAPI_STEM);
}

/** The file name of libtensorflow_framework (.so.2 or .2.dylib), when the wheel has it. */
export function frameworkLibrary(tf: { libraries: readonly string[] }): string | undefined {
  return libraryWithStem(tf.libraries, FRAMEWORK_STEM);
}

/** The library tf.sysconfig.get_link_flags() names: libtensorflow_framework.so.<major> (.<major>.dylib on macOS). */
export function sysconfigFramework(tf: Pick<TensorFlowInstall, 'version' | 'libraries'>): string {
  const major = tf.version.split('.')[0] ?? '2';
  const dylib = `${FRAMEWORK_STEM}.${major}.dylib`;
  return tf.libraries.includes(dylib) ? dylib : `${FRAMEWORK_STEM}.so.${major}`;
}

export interface LinkEntry {
  /** File name in the link folder. */
  name: string;
  /** Absolute path of the pip library it points at. */
  target: string;
}

/**
 * What the bindings' names point at, for the libraries in `dir`: libtensorflow.so and
 * libtensorflow.so.<major> -> the cc library, libtensorflow_framework.so -> the framework (or
 * the .dylib names on macOS), the major version read from the library's own file name.
 */
export function linkEntries(tf: Pick<TensorFlowInstall, 'dir' | 'libraries'>): LinkEntry[] {
  const cc = capiLibrary(tf);
  const major =
    /\.so\.(\d+)$|\.(\d+)\.dylib$/
      .exec(cc ?? '')
      ?.slice(1)
      .find(Boolean) ?? '2';
  const framework = frameworkLibrary(tf);
  const entries: LinkEntry[] = [];
  const at = (file: string) => path.join(tf.dir, file);
  if (cc) {
    const mac = cc.endsWith('.dylib');
    entries.push({ name: mac ? 'libtensorflow.dylib' : 'libtensorflow.so', target: at(cc) });
    entries.push({ name: mac ? `libtensorflow.${major}.dylib` : `libtensorflow.so.${major}`, target: at(cc) });
  }
  if (framework) {
    entries.push({
      name: framework.endsWith('.dylib') ? 'libtensorflow_framework.dylib' : 'libtensorflow_framework.so',
      target: at(framework),
    });
  }
  return entries;
}

/** TensorFlow has built its pip wheels with the C++11 ABI since 2.9. */
export function cxx11AbiFlagFor(version: string): 0 | 1 {
  const [major = 0, minor = 0] = version.split('.').map((part) => parseInt(part, 10));
  return major > 2 || (major === 2 && minor >= 9) ? 1 : 0;
}

export function installFromProbe(python: string, probe: ProbeOutput): TensorFlowInstall {
  if (probe.error === 'no-tensorflow' || !probe.dir) {
    throw new InputError(
      'python',
      `${python} (Python ${probe.pythonVersion}) has no TensorFlow: install tensorflow-cpu into it, point 'python' at an interpreter that has it, or set 'tensorflow-version' so the action installs one.`,
    );
  }
  if (!probe.version) {
    throw new InputError(
      'python',
      `${python} can import tensorflow from ${probe.dir}, but no installed distribution provides it: reinstall it with pip.`,
    );
  }
  const libraries = (probe.files ?? []).filter((f) => LIBRARY_FILE.test(f));
  return {
    python,
    pythonExecutable: probe.executable,
    pythonVersion: probe.pythonVersion,
    version: probe.version,
    // One spelling whatever the wheel's metadata says (tensorflow_cpu, tensorflow-cpu): PEP 503's.
    distribution: normalizeName(probe.distribution ?? 'tensorflow'),
    dir: probe.dir,
    includeDir: path.join(probe.dir, 'include'),
    libraries,
    cxx11AbiFlag: cxx11AbiFlagFor(probe.version),
    libc: probe.libc && probe.libc[0] ? { name: probe.libc[0], version: probe.libc[1] } : undefined,
    ...(probe.python
      ? { pythonIncludeDir: probe.python.include, extensionSuffixes: probe.python.extensionSuffixes, interpreterFiles: probe.python.files }
      : {}),
  };
}

export async function locateTensorFlow(python: string, env: NodeJS.ProcessEnv = process.env): Promise<TensorFlowInstall> {
  const result = await runProcess(python, ['-c', PROBE_SCRIPT], { env, timeoutMs: 60_000 });
  if (result.spawnError) {
    throw new InputError(
      'python',
      `cannot run '${python}' (${result.spawnError.code ?? result.spawnError.message}): give the path or name of a Python interpreter, or use actions/setup-python before this step.`,
    );
  }
  const line = result.stdout.trim().split('\n').pop() ?? '';
  let probe: ProbeOutput;
  try {
    probe = JSON.parse(line) as ProbeOutput;
  } catch {
    throw new InputError(
      'python',
      `'${python}' did not run the TensorFlow probe (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ') || 'no output'}. Is it a Python 3 interpreter?`,
    );
  }
  return installFromProbe(python, probe);
}
