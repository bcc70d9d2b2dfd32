// Stage 1: the Go toolchain and, when one is asked for, TensorFlow in the action's own
// virtualenv. Everything after runs with the environment this returns.
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { StageSpent } from '../stage.ts';
import type { ActionCache } from './cache.ts';
import { goEnvironment, setupGo, type GoSetupResult } from './go-setup.ts';
import { setupTensorFlow, type TfSetupResult } from './tf-install.ts';

/** Setup for a library built elsewhere: nothing is built, so no Go is set up. */
export type TensorFlowSetupStage = Omit<SetupStage, 'goSetup'>;

export interface SetupStage {
  goSetup: GoSetupResult;
  tfSetup: TfSetupResult;
  /** The interpreter to use from now on: the given one, or the action's TensorFlow virtualenv. */
  python: string;
  /** The caller's environment with the Go of goSetup first on PATH and GOTOOLCHAIN=local. */
  env: NodeJS.ProcessEnv;
}

/** Groups do not nest in the Actions log: inside a stage, a sub-step is a heading line. */
function withoutGroups(log: Log): Log {
  return {
    ...log,
    group: async (name, fn) => {
      log.info(`-- ${name}`);
      return fn();
    },
  };
}

export interface SetupRequest {
  inputs: Inputs;
  log: Log;
  env: NodeJS.ProcessEnv;
  cache: ActionCache;
  /** Called once Go is set up: the action puts it on PATH for the job's later steps. */
  onGoReady?: (go: GoSetupResult) => void;
}

export async function setUp(request: SetupRequest): Promise<SetupStage> {
  const goSetup = await setUpGo(request);
  const tfSetup = await setUpTensorFlow(request);
  return { goSetup, tfSetup, python: tfSetup.python, env: goEnvironment(goSetup, request.env) };
}

/** Only TensorFlow: the `library` input checks a file built elsewhere. */
export async function setUpTensorFlowOnly(request: SetupRequest): Promise<TensorFlowSetupStage> {
  const tfSetup = await setUpTensorFlow(request);
  return { tfSetup, python: tfSetup.python, env: request.env };
}

async function setUpGo({ inputs, log, env, onGoReady }: SetupRequest): Promise<GoSetupResult> {
  const s = inputs.setup;
  const goSetup = await setupGo({
    versionSpec: s.goVersion,
    versionFile: s.goVersionFile,
    workingDirectory: inputs.workingDirectory,
    downloadBaseUrl: s.goDownloadBaseUrl,
    downloadSource: s.goDownloadSource,
    checkLatest: s.checkLatest,
    log,
    env,
  });
  onGoReady?.(goSetup);
  return goSetup;
}

function setUpTensorFlow({ inputs, log, env, cache }: SetupRequest): Promise<TfSetupResult> {
  const s = inputs.setup;
  return setupTensorFlow(
    {
      versionSpec: s.tensorflowVersion,
      versionFile: s.tensorflowVersionFile,
      ...(s.tensorflowPackage ? { packageName: s.tensorflowPackage } : {}),
      pipArgs: s.pipArgs,
      python: inputs.python,
      cache: s.cache !== 'off',
      workingDirectory: inputs.workingDirectory,
    },
    { log: withoutGroups(log), env, cache },
  );
}

/** What setting up TensorFlow spent or avoided, for the stage's line in the summary. */
export function setupSpent({ tfSetup }: Pick<SetupStage, 'tfSetup'>): StageSpent | undefined {
  const version = tfSetup.version ? ` ${tfSetup.version}` : '';
  if (tfSetup.source === 'venv-reused') return { what: `TensorFlow${version} reused from the tool cache, nothing installed` };
  const spent = tfSetup.spent;
  if (!spent) return undefined;
  const how = spent.how === 'cache' ? 'restored from the Actions cache' : `installed with ${spent.how}`;
  return { what: `TensorFlow${version} ${how}`, ms: spent.ms };
}
