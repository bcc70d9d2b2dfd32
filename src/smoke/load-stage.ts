// Stage 6: the library loaded under Python after import tensorflow (then the smoke test),
// and in a fresh Python without it. The after-import Python was started early (see
// src/smoke/python-worker.ts) and has imported tensorflow by now.
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import { tailLines, type CheckResult, type RawTail } from '../stage.ts';
import { runLoads } from './loads.ts';
import type { PythonWorker } from './python-worker.ts';

export interface LoadRequest {
  inputs: Inputs;
  afterImport: PythonWorker;
  library: string;
  python: string;
  tf: TensorFlowInstall;
  /** The library finds TensorFlow by itself; otherwise the standalone load gets it on LD_LIBRARY_PATH. */
  runpathReachesTensorflow: boolean;
  env: NodeJS.ProcessEnv;
  log: Log;
}

export async function load({
  inputs,
  afterImport,
  library,
  python,
  tf,
  runpathReachesTensorflow,
  env,
  log,
}: LoadRequest): Promise<CheckResult> {
  const echo = log.rawEcho();
  const loads = await runLoads({
    afterImport,
    python,
    library,
    loadAs: inputs.loadAs,
    standalone: inputs.standaloneLoad,
    smokeTest: inputs.smokeTest,
    timeoutMs: inputs.smokeTimeoutMs,
    env,
    cwd: inputs.workingDirectory,
    standaloneLibraryDirs: runpathReachesTensorflow ? [] : [tf.libDir],
    onOutput: (chunk) => echo.write(chunk),
  }).finally(() => echo.end());
  const rawTails: RawTail[] = [];
  if (!loads.main.ok) rawTails.push({ title: 'Python: import tensorflow, load, smoke test', text: tailLines(loads.main.run.combined) });
  if (loads.standalone && !loads.standalone.ok)
    rawTails.push({ title: 'Python: standalone load (no import tensorflow)', text: tailLines(loads.standalone.run.combined) });
  const ok = !loads.diagnostics.some((d) => d.severity === 'error');
  if (ok) {
    log.info(`Loaded ${library} after import tensorflow${inputs.smokeTest ? ', and the smoke test passed' : ''}`);
    if (loads.standalone?.ok) log.info('Loaded it in a fresh Python without import tensorflow as well');
  }
  return { ok, diagnostics: loads.diagnostics, rawTails, notes: [] };
}
