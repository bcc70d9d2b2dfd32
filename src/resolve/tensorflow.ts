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
  /** site-packages/tensorflow */
  dir: string;
  includeDir: string;
  libDir: string;
  /** File names of the TensorFlow shared libraries in libDir, e.g. libtensorflow_cc.so.2. */
  libraries: string[];
  cxx11AbiFlag: 0 | 1;
  libc?: { name: string; version: string };
}

/** Printed as one JSON line; kept compatible with Python 3.8+. */
export const PROBE_SCRIPT = `
import importlib.util, json, os, platform, sys
out = {"executable": sys.executable, "pythonVersion": platform.python_version(), "libc": list(platform.libc_ver())}
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
}

const LIBRARY_FILE = /^libtensorflow(_framework|_cc)?(\.so(\.\d+)*|\.\d+\.dylib|\.dylib)$/;

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
    libDir: probe.dir,
    libraries,
    cxx11AbiFlag: cxx11AbiFlagFor(probe.version),
    libc: probe.libc && probe.libc[0] ? { name: probe.libc[0], version: probe.libc[1] } : undefined,
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
