// The after-import Python, started as soon as the inputs are read: `import tensorflow` (about
// 3 s) is the longest step of a run whose Go build is cached, so every millisecond before it
// starts is on the critical path. With no TensorFlow to install, the interpreter is known from
// the inputs alone; the front end starts it before it loads the rest of the action, and the
// pipeline adopts it once setup confirms the same interpreter, or stops it.
import type { Inputs } from '../inputs.ts';
import { startPythonWorker, type LoadOrder, type PythonWorker } from './python-worker.ts';

export interface PrestartedImport {
  python: string;
  cwd: string;
  worker: PythonWorker;
}

/** For mode verify: starts the import unless setup is asked to install a TensorFlow (another interpreter). */
export function prestartImport(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): PrestartedImport | undefined {
  if (inputs.setup.tensorflowVersion || inputs.setup.tensorflowVersionFile) return undefined;
  const { python, workingDirectory: cwd } = inputs;
  return { python, cwd, worker: startPythonWorker({ python, importTensorflow: true, env, cwd }) };
}

/**
 * The prestarted worker when it runs the interpreter setup chose, in the same folder; its
 * loads then see setup's environment (Go on PATH, GOTOOLCHAIN). Otherwise it is stopped.
 */
export function adoptPrestarted(
  prestarted: PrestartedImport | undefined,
  wanted: { python: string; cwd: string; env: NodeJS.ProcessEnv },
): PythonWorker | undefined {
  if (!prestarted) return undefined;
  if (prestarted.python !== wanted.python || prestarted.cwd !== wanted.cwd) {
    prestarted.worker.stop();
    return undefined;
  }
  const { worker } = prestarted;
  return {
    imported: worker.imported,
    load: (order: LoadOrder) => worker.load({ ...order, environment: wanted.env }),
    stop: () => worker.stop(),
  };
}
