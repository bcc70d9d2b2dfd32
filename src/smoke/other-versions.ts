// load-on-tensorflow: the very same built file loaded under other TensorFlow versions, each in
// a virtualenv of its own made with the installer and cache the action already has. The
// installs start alongside setup and overlap the build; the loads (after import tensorflow,
// and alone) run once the library is built. A failure is explained from the C API history.
import type { Diagnostic } from '../diagnostic.ts';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import { InputError } from '../input-error.ts';
import type { ActionCache } from '../setup/cache.ts';
import { setupTensorFlow } from '../setup/tf-install.ts';
import { locateTensorFlow, type TensorFlowInstall } from '../resolve/tensorflow.ts';
import { startPythonWorker, type PythonWorker } from './python-worker.ts';
import { startStandaloneLoad } from './loads.ts';
import { smokeDiagnostics } from './smoke-diagnostics.ts';
import type { LoadAs, SmokeResult } from './smoke.ts';
import { explainMissingSymbol } from './version-explanation.ts';
import { C_API_NAME, minorOf } from '../resolve/c-api-history.ts';

export interface OtherVersionResult {
  /** As asked: 2.20. */
  requested: string;
  /** As installed: 2.20.0. */
  version?: string;
  afterImport: 'loaded' | 'failed';
  alone: 'loaded' | 'failed';
  /** The loader's message of the first failure, and what the history says of it. */
  message?: string;
  explanation?: string;
}

export interface OtherInstall {
  requested: string;
  tf: TensorFlowInstall;
  /** Its Python, importing tensorflow from the moment the install is done, so the import overlaps the build too. */
  worker: PythonWorker;
}

export interface OtherInstallRequest {
  inputs: Inputs;
  /** The interpreter the virtualenvs are made from: the python input, not the action's venv. */
  basePython: string;
  cache: ActionCache;
  env: NodeJS.ProcessEnv;
  log: Log;
}

async function installOne({ inputs, basePython, cache, env, log }: OtherInstallRequest, requested: string): Promise<OtherInstall> {
  try {
    const setup = await setupTensorFlow(
      {
        versionSpec: requested,
        packageName: inputs.setup.tensorflowPackage,
        pipArgs: inputs.setup.pipArgs,
        python: basePython,
        cache: inputs.setup.cache !== 'off',
        workingDirectory: inputs.workingDirectory,
      },
      { log, cache, env },
    );
    // The import (3 s) is the longest step: it starts before the TensorFlow is located.
    const worker = startPythonWorker({ python: setup.python, importTensorflow: true, env, cwd: inputs.workingDirectory });
    const tf = await locateTensorFlow(setup.python, env).catch((error: unknown) => {
      worker.stop();
      throw error;
    });
    return { requested, tf, worker };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError('load-on-tensorflow', `TensorFlow ${requested}: ${error.message}`);
  }
}

/** Starts installing each load-on-tensorflow version; a failure names the input and stops the Pythons already started. */
export async function startOtherInstalls(request: OtherInstallRequest): Promise<OtherInstall[]> {
  const settled = await Promise.allSettled(request.inputs.loadOnTensorflow.map((requested) => installOne(request, requested)));
  const installs = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s) => s.status === 'rejected');
  if (!failed) return installs;
  stopOtherWorkers(installs);
  throw failed.reason;
}

export interface OtherLoadRequest {
  installs: readonly OtherInstall[];
  library: string;
  loadAs: LoadAs;
  /** The TensorFlow the library was built against; undefined for a file built elsewhere (the library input). */
  builtOn?: string;
  inputs: Inputs;
  env: NodeJS.ProcessEnv;
}

/** The failure's first loader finding, said of the other version, with the history's explanation. */
function explained(
  found: Diagnostic[],
  install: OtherInstall,
  builtOn: string | undefined,
): { message?: string; explanation?: string; diagnostic?: Diagnostic } {
  const first = found[0];
  if (!first) return {};
  const version = install.tf.version;
  const explanation = first.symbol ? explainMissingSymbol(first.symbol, builtOn, version, process.arch) : undefined;
  const loader = first.raw?.find((l) => /undefined symbol|cannot open|not found|Error/.test(l))?.trim() ?? first.title;
  const claim = `or stop claiming TensorFlow ${minorOf(version)}`;
  const diagnostic: Diagnostic = {
    severity: 'error',
    kind: 'fails-on-other-tensorflow',
    stage: 'smoke',
    title: `Does not load on TensorFlow ${version}: ${first.title}`,
    message: `The same file${builtOn ? `, built on TensorFlow ${builtOn},` : ''} fails to load under TensorFlow ${version} (load-on-tensorflow ${install.requested}): ${loader}${explanation ? ` ${explanation}` : ''}`,
    fix:
      first.symbol && C_API_NAME.test(first.symbol)
        ? `Stop using ${first.symbol}, ${claim}.`
        : `Build one library per TensorFlow minor (mode: matrix and a per-minor pin, as tensorflow-io does), ${claim}.`,
    ...(first.symbol ? { symbol: first.symbol } : {}),
    ...(first.raw ? { raw: first.raw } : {}),
  };
  return { message: loader, ...(explanation ? { explanation } : {}), diagnostic };
}

async function loadOn(
  install: OtherInstall,
  request: OtherLoadRequest,
): Promise<{ result: OtherVersionResult; diagnostics: Diagnostic[] }> {
  const { library, loadAs, inputs, env } = request;
  const cwd = inputs.workingDirectory;
  const timeoutMs = inputs.smokeTimeoutMs;
  const { worker } = install;
  const aloneRun = startStandaloneLoad({ python: install.tf.python, library, loadAs, timeoutMs, env, cwd, libraryDirs: [install.tf.dir] });
  let main: SmokeResult;
  try {
    main = await worker.load({ library, loadAs, timeoutMs });
  } finally {
    worker.stop();
  }
  const alone = await aloneRun;
  const failed = !main.ok ? main : !alone.ok ? alone : undefined;
  const found = failed ? smokeDiagnostics(failed, { library, timeoutMs, loadAs }) : [];
  const why = explained(found, install, request.builtOn);
  const result: OtherVersionResult = {
    requested: install.requested,
    version: install.tf.version,
    afterImport: main.ok ? 'loaded' : 'failed',
    alone: alone.ok ? 'loaded' : 'failed',
    ...(why.message ? { message: why.message } : {}),
    ...(why.explanation ? { explanation: why.explanation } : {}),
  };
  return { result, diagnostics: why.diagnostic ? [why.diagnostic] : [] };
}

/** Stops the other versions' Pythons (the run ends without a library to load). */
export function stopOtherWorkers(installs: readonly OtherInstall[]): void {
  for (const install of installs) install.worker.stop();
}

/** Loads the library under each installed version, one version at a time (each Python holds its imported tensorflow, ~1 GB). */
export async function loadOnOtherVersions(
  request: OtherLoadRequest,
): Promise<{ results: OtherVersionResult[]; diagnostics: Diagnostic[] }> {
  const results: OtherVersionResult[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const install of request.installs) {
    const one = await loadOn(install, request);
    results.push(one.result);
    diagnostics.push(...one.diagnostics);
  }
  return { results, diagnostics };
}
