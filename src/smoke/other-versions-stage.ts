// load-on-tensorflow as a stage of the run: the installs start alongside setup and overlap the
// build; the loads start once the library is inspected, alongside the load under the
// installed TensorFlow. The installs and loads themselves are in other-versions.ts.
import type { Inputs } from '../inputs.ts';
import type { CheckResult, Stages } from '../stage.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import { chooseLoadAs } from './load-as.ts';
import { loadOnOtherVersions, startOtherInstalls, stopOtherWorkers, type OtherInstall, type OtherVersionResult } from './other-versions.ts';

/** load-on-tensorflow: the other versions install while the package builds (undefined when none is asked for). */
export function startOtherInstallsIfAsked(request: Parameters<typeof startOtherInstalls>[0]): Promise<OtherInstall[]> | undefined {
  if (request.inputs.loadOnTensorflow.length === 0) return undefined;
  const installs = startOtherInstalls(request);
  installs.catch(() => undefined); // awaited in its stage; this only keeps an early failure from being unhandled
  return installs;
}

/** `work`, with load-on-tensorflow's Pythons stopped when it fails: the run ends there, and they have nothing to load. */
export async function stopOthersIfItFails<T>(installs: Promise<OtherInstall[]> | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    installs?.then(stopOtherWorkers, () => undefined);
    throw error;
  }
}

export type OtherVersionsStage = CheckResult & { results: OtherVersionResult[] };
const OTHER_VERSIONS = 'Load under other TensorFlow versions (alongside the load)';

/** The loads under the other versions, over the installs started alongside setup. */
async function loadOthers(
  installs: Promise<OtherInstall[]>,
  library: string,
  names: readonly string[],
  context: { inputs: Inputs; tf: TensorFlowInstall; env: NodeJS.ProcessEnv },
): Promise<OtherVersionsStage> {
  const loaded = await loadOnOtherVersions({
    installs: await installs,
    library,
    loadAs: chooseLoadAs(context.inputs.loadAs, names),
    // A file built elsewhere was built on a TensorFlow the run does not know.
    ...(context.inputs.library ? {} : { builtOn: context.tf.version }),
    inputs: context.inputs,
    env: context.env,
  });
  const notes = loaded.results.map(
    (r) =>
      `TensorFlow ${r.version ?? r.requested}: after import tensorflow ${r.afterImport}, alone ${r.alone}${r.explanation ? ` (${r.explanation})` : ''}`,
  );
  return { ok: loaded.diagnostics.length === 0, diagnostics: loaded.diagnostics, rawTails: [], notes, results: loaded.results };
}

/**
 * load-on-tensorflow's stage, started as soon as the library is inspected so that it runs
 * alongside the load under the installed TensorFlow; undefined when nothing is asked for.
 */
export function startOtherVersionsStage(
  stages: Stages,
  installs: Promise<OtherInstall[]> | undefined,
  checked: { library?: string; names: readonly string[] },
  context: { inputs: Inputs; tf: TensorFlowInstall; env: NodeJS.ProcessEnv },
): Promise<OtherVersionsStage> | undefined {
  if (!installs) return undefined;
  if (!checked.library) {
    installs.then(stopOtherWorkers, () => undefined);
    return stages.skip(OTHER_VERSIONS);
  }
  const record = stages.alongside(OTHER_VERSIONS);
  const started = Date.now();
  const run = loadOthers(installs, checked.library, checked.names, context).then(
    (result) => ((record.status = result.ok ? 'passed' : 'failed'), result),
    (error: unknown) => {
      record.status = 'failed';
      throw error;
    },
  );
  void run.finally(() => (record.durationMs = Date.now() - started)).catch(() => undefined);
  return run;
}
