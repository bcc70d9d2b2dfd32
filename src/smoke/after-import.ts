// The Python that imports tensorflow for the load after import: the one the front end
// prestarted (prestart.ts) when setup kept its interpreter, else a new one; and the checks
// that run beside its import.
import { startLaterProcessesInBackground } from '../util/process.ts';
import type { Stages } from '../stage.ts';
import { startPythonWorker, type PythonWorker } from './python-worker.ts';
import { adoptPrestarted, type PrestartedImport } from './prestart.ts';

/** The after-import Python: the one the front end prestarted, when setup kept its interpreter, else a new one. */
export function afterImportWorker(
  prestarted: PrestartedImport | undefined,
  wanted: { python: string; env: NodeJS.ProcessEnv; cwd: string },
): PythonWorker {
  const worker = adoptPrestarted(prestarted, wanted) ?? startPythonWorker({ ...wanted, importTensorflow: true });
  // Its import is the longest step of a run whose Go build is cached: what runs beside it yields.
  startLaterProcessesInBackground();
  return worker;
}

/**
 * Runs `checks` while `worker` imports tensorflow. Whatever ends them, the worker is stopped
 * and the import's row in the stage table gets its outcome and time.
 */
export async function besideTheImport<T>(stages: Stages, worker: PythonWorker, checks: () => Promise<T>): Promise<T> {
  const record = stages.alongside('Import TensorFlow (alongside the next stages)');
  try {
    return await checks();
  } finally {
    worker.stop();
    const imported = await worker.imported;
    record.status = imported.status;
    record.durationMs = imported.durationMs;
  }
}
