// The two loads: the way users load the library (after import tensorflow, then the smoke
// test) and a standalone load in a fresh Python that has not imported tensorflow. They
// run side by side, each in its own process; the standalone one is what catches the
// import-order trap. The findings come in the same order whichever finishes first.
import type { Diagnostic, Severity } from '../diagnostic.ts';
import type { SmokeTest } from '../inputs.ts';
import type { LoadAs, SmokeResult } from './smoke.ts';
import { startPythonWorker, type PythonWorker } from './python-worker.ts';
import { smokeDiagnostics } from './smoke-diagnostics.ts';
import { prependSearchPath } from '../util/search-path.ts';

export type StandaloneLoad = 'warn' | 'error' | 'off';

export interface StandaloneLoadRequest {
  python: string;
  library: string;
  loadAs: LoadAs;
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Put on LD_LIBRARY_PATH when no RUNPATH reaches TensorFlow. */
  libraryDirs: string[];
}

/**
 * The standalone load, in a fresh Python of its own. It needs no tensorflow import, so the
 * pipeline starts it as soon as the library is inspected, while the after-import Python may
 * still be importing tensorflow.
 */
export function startStandaloneLoad(request: StandaloneLoadRequest): Promise<SmokeResult> {
  return startPythonWorker({
    python: request.python,
    importTensorflow: false,
    env: withLibraryPath(request.env, request.libraryDirs),
    cwd: request.cwd,
  }).load({
    library: request.library,
    // tf.load_op_library needs tensorflow, so an op library's standalone load uses ctypes; an
    // extension module is imported in the fresh Python too.
    loadAs: request.loadAs === 'op-library' ? 'ctypes' : request.loadAs,
    timeoutMs: request.timeoutMs,
  });
}

export interface LoadsRequest {
  /** The Python for the after-import load, started early (it may still be importing tensorflow). */
  afterImport: PythonWorker;
  library: string;
  loadAs: LoadAs;
  standalone: StandaloneLoad;
  /** The standalone load started with startStandaloneLoad; absent when standalone is off. */
  standaloneRun?: Promise<SmokeResult>;
  smokeTest?: SmokeTest;
  timeoutMs: number;
  onOutput?: (chunk: string) => void;
}

export interface LoadsResult {
  main: SmokeResult;
  standalone?: SmokeResult;
  diagnostics: Diagnostic[];
}

function withLibraryPath(env: NodeJS.ProcessEnv, dirs: string[]): NodeJS.ProcessEnv {
  if (dirs.length === 0) return env;
  // Added last first, so that dirs[0] ends up searched first.
  const value = dirs.reduceRight<string | undefined>((existing, dir) => prependSearchPath(dir, existing), env.LD_LIBRARY_PATH);
  return { ...env, LD_LIBRARY_PATH: value };
}

/** Pure: a standalone failure is the import-order trap, at the severity the input asks for. */
export function standaloneFindings(found: Diagnostic[], severity: Severity): Diagnostic[] {
  return found.map((d) => ({
    ...d,
    severity: d.kind === 'timeout' || d.kind === 'killed-by-signal' ? 'error' : severity,
    title: `Loads only after import tensorflow: ${d.title}`,
    message: `Loading the library in a Python that has not imported tensorflow fails, while it loads after import tensorflow: ${d.message}`,
  }));
}

export async function runLoads(request: LoadsRequest): Promise<LoadsResult> {
  const mainRun = request.afterImport.load({
    library: request.library,
    loadAs: request.loadAs,
    smokeTest: request.smokeTest,
    timeoutMs: request.timeoutMs,
    onOutput: request.onOutput,
  });
  const [main, standalone] = await Promise.all([mainRun, request.standaloneRun]);
  const diagnostics: Diagnostic[] = [];
  if (!main.ok)
    diagnostics.push(...smokeDiagnostics(main, { library: request.library, timeoutMs: request.timeoutMs, loadAs: request.loadAs }));
  // Only when the main run shows the library works after import tensorflow (it passed, or
  // only the user's own smoke test failed) is a standalone failure about import order; a
  // crash in Go's init, which runs after dlopen returns, kills both runs alike.
  const mainWorks = main.ok || main.steps.some((s) => s.step === 'smoke-test' && s.status === 'failed');
  if (standalone && !standalone.ok && mainWorks) {
    const loadAs = request.loadAs === 'python-module' ? 'python-module' : 'ctypes';
    const found = smokeDiagnostics(standalone, { library: request.library, timeoutMs: request.timeoutMs, loadAs });
    diagnostics.push(...standaloneFindings(found, request.standalone === 'error' ? 'error' : 'warning'));
  }
  return { main, standalone, diagnostics };
}
