// Stage 6: the library loaded under Python after import tensorflow (then the smoke test),
// and in a fresh Python without it. The after-import Python was started early (see
// src/smoke/python-worker.ts); the standalone one starts once the library is inspected.
import fs from 'node:fs';
import path from 'node:path';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import type { InspectStage } from '../inspect/inspect-stage.ts';
import { tailLines, type CheckResult, type RawTail } from '../stage.ts';
import { runLoads, startStandaloneLoad, type LoadsResult } from './loads.ts';
import type { PythonWorker } from './python-worker.ts';
import type { LoadAs } from './smoke.ts';
import { chooseLoadAs } from './load-as.ts';
import { withoutTensorflowInfo } from './tf-log-filter.ts';
import { otherGoRuntimes, twoGoRuntimes } from './go-runtimes.ts';
import type { Diagnostic } from '../diagnostic.ts';

/** Why load-as auto chose what it chose, for the log and the summary. */
const AUTO_CHOICE: Record<LoadAs, string> = {
  'python-module': 'import, as a Python module (the library is an extension module: Python.h, Py* names or a PyInit_ export)',
  'op-library': 'tf.load_op_library (the library registers ops or kernels)',
  ctypes: 'ctypes (it registers no op or kernel)',
  'ctypes-global': 'ctypes with RTLD_GLOBAL',
};

export interface LoadRequest {
  inputs: Inputs;
  afterImport: PythonWorker;
  library: string;
  python: string;
  tf: TensorFlowInstall;
  /** The library finds TensorFlow by itself; otherwise the standalone load gets it on LD_LIBRARY_PATH. */
  runpathReachesTensorflow: boolean;
  /** The library NEEDs a TensorFlow library (only then does the standalone load need TensorFlow's folder). */
  needsTensorflow: boolean;
  /** The built library's undefined symbols, which decide load-as auto. */
  undefinedNames: readonly string[];
  /** The package is a Python extension module (LinkPlan.extensionModule): load-as auto imports it. */
  extensionModule?: boolean;
  env: NodeJS.ProcessEnv;
  log: Log;
}

/** What the loads take from the inspection; without one (it failed to run), the standalone load gets TensorFlow's folder. */
export function inspectionFacts(
  inspected: InspectStage | undefined,
): Pick<LoadRequest, 'runpathReachesTensorflow' | 'needsTensorflow' | 'undefinedNames'> {
  if (!inspected) return { runpathReachesTensorflow: false, needsTensorflow: true, undefinedNames: [] };
  const { inspection, runpathReachesTensorflow } = inspected;
  return {
    runpathReachesTensorflow,
    needsTensorflow: inspection.needed.some((n) => n.startsWith('libtensorflow')),
    undefinedNames: inspection.symbols.map((s) => s.name),
  };
}

/** The load stage once the after-import Python has imported tensorflow (or failed to). */
export interface StartedLoad {
  finish(): Promise<CheckResult>;
}

/**
 * Starts the standalone load at once (it needs no tensorflow import, so it runs while the
 * after-import Python may still be importing); finish() runs the after-import load and the
 * smoke test, and gathers both.
 */
export function startLoad({
  inputs,
  afterImport,
  library,
  python,
  tf,
  runpathReachesTensorflow,
  needsTensorflow,
  undefinedNames,
  extensionModule = false,
  env,
  log,
}: LoadRequest): StartedLoad {
  const loadAs = chooseLoadAs(inputs.loadAs, undefinedNames, extensionModule);
  const libraryDirs = needsTensorflow && !runpathReachesTensorflow ? [tf.dir] : [];
  const standaloneRun =
    inputs.standaloneLoad === 'off'
      ? undefined
      : startStandaloneLoad({ python, library, loadAs, timeoutMs: inputs.smokeTimeoutMs, env, cwd: inputs.workingDirectory, libraryDirs });
  return {
    async finish() {
      const notes: string[] = [];
      if (inputs.loadAs === 'auto') {
        const how = AUTO_CHOICE[loadAs];
        log.info(`load-as auto: ${how}`);
        notes.push(`load-as auto: loaded with ${how}`);
      }
      if (libraryDirs.length > 0 && standaloneRun) {
        // A file built elsewhere got its RUNPATH from a build the action did not run.
        const how = inputs.library ? '' : ' (as with rpath auto and no install-dir)';
        const why = `The standalone load put TensorFlow's folder ${tf.dir} on LD_LIBRARY_PATH: the library NEEDs TensorFlow's libraries and has no RUNPATH that reaches them${how}, so it checks the symbols, not where the loader finds the files; where it is installed, the libraries are found through its RUNPATH${inputs.library ? '' : ' (install-dir)'} or the import of tensorflow.`;
        log.info(why);
        notes.push(why);
      }
      const raw = log.rawEcho();
      const echo = env.RUNNER_DEBUG === '1' ? raw : withoutTensorflowInfo((chunk) => raw.write(chunk));
      const loads = await runLoads({
        afterImport,
        library,
        loadAs,
        standalone: inputs.standaloneLoad,
        ...(standaloneRun ? { standaloneRun } : {}),
        smokeTest: inputs.smokeTest,
        timeoutMs: inputs.smokeTimeoutMs,
        onOutput: (chunk) => echo.write(chunk),
      }).finally(() => {
        echo.end();
        if (echo !== raw) raw.end();
      });
      const runtimes = await goRuntimesBeside(library, loads, tf.dir);
      return loadResult(inputs, library, { ...loads, diagnostics: [...loads.diagnostics, ...runtimes] }, notes, log);
    },
  };
}

/** A finding when the after-import process loaded another Go c-shared object (the last step's record lists its objects). */
async function goRuntimesBeside(library: string, loads: LoadsResult, tfDir: string): Promise<Diagnostic[]> {
  const recorded = loads.main.steps.filter((s) => s.status === 'passed' && s.objects);
  // TensorFlow's own package folder holds a third of the objects and no Go runtime.
  const tfFolder = `${fs.realpathSync(tfDir)}${path.sep}`;
  const objects = (recorded[recorded.length - 1]?.objects ?? []).filter((file) => !file.startsWith(tfFolder));
  const others = await otherGoRuntimes(library, objects);
  return others.length > 0 ? [twoGoRuntimes(library, others)] : [];
}

function loadResult(inputs: Inputs, library: string, loads: LoadsResult, notes: string[], log: Log): CheckResult {
  const rawTails: RawTail[] = [];
  if (!loads.main.ok) rawTails.push({ title: 'Python: import tensorflow, load, smoke test', text: tailLines(loads.main.run.combined) });
  if (loads.standalone && !loads.standalone.ok)
    rawTails.push({ title: 'Python: standalone load (no import tensorflow)', text: tailLines(loads.standalone.run.combined) });
  const ok = !loads.diagnostics.some((d) => d.severity === 'error');
  const imported = loads.main.steps.find((s) => s.step === 'load' && s.status === 'passed')?.module;
  if (ok) {
    const verb = imported ? `Imported ${library} as the module ${imported}` : `Loaded ${library}`;
    log.info(`${verb} after import tensorflow${inputs.smokeTest ? ', and the smoke test passed' : ''}`);
    if (loads.standalone?.ok) log.info(`${imported ? 'Imported' : 'Loaded'} it in a fresh Python without import tensorflow as well`);
  }
  if (imported)
    notes.push(
      `imported as the module ${imported}${loads.standalone?.ok ? ', after import tensorflow and in a fresh Python without it' : ''}`,
    );
  const ops = loads.main.steps.find((s) => s.step === 'load')?.ops;
  if (ops) {
    const registered = ops.length > 0 ? `registered ops: ${ops.join(', ')}` : 'registered no op';
    log.info(`tf.load_op_library: ${registered}`);
    notes.push(`tf.load_op_library: ${registered}`);
  }
  return { ok, diagnostics: loads.diagnostics, rawTails, notes };
}
