// The Python that imports tensorflow for the load after import: the one the front end
// prestarted (prestart.ts) when setup kept its interpreter, else a new one.
import { startLaterProcessesInBackground } from '../util/process.ts';
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
