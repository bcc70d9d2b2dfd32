// setup -> resolve -> flags -> build -> inspect -> load, then postprocess the findings.
// Front-end neutral: src/main.ts (the action) and src/cli.ts hand what this returns to
// src/report/outputs.ts.
import type { Inputs } from './inputs.ts';
import type { Log } from './log.ts';
import { isAtLeast, type Diagnostic, type Severity } from './diagnostic.ts';
import { createStages, type RawTail, type StageRecord } from './stage.ts';
import { ActionCache } from './setup/cache.ts';
import type { GoSetupResult } from './setup/go-setup.ts';
import type { TfSetupResult } from './setup/tf-install.ts';
import { setUp } from './setup/setup-stage.ts';
import { resolve } from './resolve/resolve-stage.ts';
import { computeFlags } from './flags/flags-stage.ts';
import { build } from './build/build-stage.ts';
import { inspect } from './inspect/inspect-stage.ts';
import { load } from './smoke/load-stage.ts';
import { postprocess } from './postprocess/postprocess.ts';
import { defaultTempDir } from './smoke/smoke.ts';
import type { TensorFlowInstall } from './resolve/tensorflow.ts';
import type { GoPackage } from './build/go-package.ts';
import type { LinkPlan } from './flags/link-plan.ts';
import type { LibraryInspection } from './inspect/inspect-library.ts';

export interface PipelineResult {
  passed: boolean;
  diagnostics: Diagnostic[];
  stages: StageRecord[];
  rawTails: RawTail[];
  /** Facts for the summary: how it was linked, RUNPATH, static TLS. */
  notes: string[];
  tf: TensorFlowInstall;
  /** The interpreter used: the given one, or the action's TensorFlow virtualenv. */
  python: string;
  goSetup: GoSetupResult;
  tfSetup: TfSetupResult;
  goVersion: string;
  pkg: GoPackage;
  plan: LinkPlan;
  cgoEnv: Record<string, string>;
  /** The built library, when the build succeeded. */
  sharedObject?: string;
  inspection?: LibraryInspection;
}

export interface PipelineOptions {
  env?: NodeJS.ProcessEnv;
  /** Called once Go is set up: the action puts it on PATH for the job's later steps. */
  onGoReady?: (go: GoSetupResult) => void;
}

export function failThreshold(failOn: Inputs['failOn']): Severity {
  return failOn === 'warning' ? 'warning' : 'error';
}

export function hasFailures(diagnostics: readonly Diagnostic[], failOn: Inputs['failOn']): boolean {
  const threshold = failThreshold(failOn);
  return diagnostics.some((d) => isAtLeast(d.severity, threshold));
}

/** Runs the pipeline. Bad input is thrown as an InputError for the front end to report. */
export async function runPipeline(inputs: Inputs, log: Log, options: PipelineOptions = {}): Promise<PipelineResult> {
  const stages = createStages(log);
  const tempDir = defaultTempDir();
  const cache = new ActionCache(undefined, log);

  const setup = await stages.run('Set up Go and TensorFlow', () => setUp(inputs, log, options.env ?? process.env, cache, options.onGoReady));
  const { env, python } = setup;
  const resolved = await stages.run('Resolve TensorFlow, Go and the package', () => resolve(inputs, python, log, env));
  const flags = await stages.run('Compute cgo flags', () => computeFlags(inputs, resolved, log, env, tempDir));
  const built = await stages.run('Build the shared object', () =>
    build({ inputs, resolved, cgoEnv: flags.cgoEnv, stubLink: flags.stubLink, env, log, cache: inputs.setup.cache ? cache : undefined }));
  const library = built.sharedObject;
  const inspected = library
    ? await stages.run('Inspect the shared object', () => inspect(inputs, library, resolved.tf, log))
    : stages.skip('Inspect the shared object');
  const loaded = library
    ? await stages.run('Load under Python', () =>
      load({ inputs, library, python, tf: resolved.tf, runpathReachesTensorflow: inspected?.runpathReachesTensorflow ?? false, env, tempDir, log }))
    : stages.skip('Load under Python');

  const checks = [built, inspected, loaded].flatMap((c) => (c ? [c] : []));
  const diagnostics = await postprocess([...flags.diagnostics, ...checks.flatMap((c) => c.diagnostics)], {
    tfDir: resolved.tf.dir,
    facts: resolved.facts,
    packageDir: resolved.pkg.dir,
    computedLibraries: flags.plan.computedLibraries,
  });
  return {
    passed: !hasFailures(diagnostics, inputs.failOn),
    diagnostics,
    stages: stages.records,
    rawTails: checks.flatMap((c) => c.rawTails),
    notes: [...flags.notes, ...checks.flatMap((c) => c.notes)],
    tf: resolved.tf,
    python,
    goSetup: setup.goSetup,
    tfSetup: setup.tfSetup,
    goVersion: resolved.goVersion,
    pkg: resolved.pkg,
    plan: flags.plan,
    cgoEnv: built.cgoEnv,
    ...(library ? { sharedObject: library } : {}),
    ...(inspected ? { inspection: inspected.inspection } : {}),
  };
}
