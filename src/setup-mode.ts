// mode: setup: the pipeline's first three stages (set up Go and TensorFlow, resolve, compute
// the flags) for every cgo package of the module, then, instead of a build, the environment
// the job's later steps need for `go test ./...`, `go run` and `go build` against the same
// TensorFlow. Front-end neutral: main.ts applies `exports` with core.exportVariable/addPath,
// the CLI prints them as shell lines.
import type { Inputs } from './inputs.ts';
import type { Log } from './log.ts';
import { createStages } from './stage.ts';
import { ActionCache } from './setup/cache.ts';
import { pendingCaches } from './cache-state.ts';
import { setUp, setupSpent } from './setup/setup-stage.ts';
import { noticeOlderBindings, probeBeside, userLinkLine, type ResolveRequest, type ResolveStage } from './resolve/resolve-stage.ts';
import { runnerTemp } from './util/temp-dir.ts';
import { computeFlagsWithStubs, earlyStagesResult, postprocessFindings } from './pipeline.ts';
import { hasFailures, type PipelineResult } from './pipeline-result.ts';
import { describeModulePackages } from './resolve/module-packages.ts';
import { scanCgoPackage } from './resolve/cgo-source.ts';
import { jobExports, libraryPathVariable, type JobExports } from './setup/job-exports.ts';
import { exportLines } from './report/job-exports.ts';
import { readLdconfigCache } from './inspect/elf-loader-scope.ts';
import { findTensorflowCopies } from './inspect/tensorflow-copies.ts';
import { copiesForLaterSteps, environmentLine } from './inspect/other-tensorflow.ts';

export interface SetupModeResult extends PipelineResult {
  /** What the job's later steps get through GITHUB_ENV and GITHUB_PATH. */
  exports: JobExports;
  /** The packages the flags cover: those of `package` (./...) that have cgo files. */
  cgoPackages: string[];
}

export interface SetupModeOptions {
  env?: NodeJS.ProcessEnv;
}

/** Stage 2 for a package pattern: TensorFlow, Go, and the union of the matched packages' cgo facts. */
async function resolveModule(request: ResolveRequest): Promise<ResolveStage & { cgoPackages: string[] }> {
  const { inputs, log, env } = request;
  const described = describeModulePackages(inputs.workingDirectory, inputs.packagePath, inputs.buildFlags, env);
  const { tf, goEnv, packages: listed } = await probeBeside(request, described);
  const cgoPackages = listed.packages.filter((p) => p.cgoFiles.length > 0).map((p) => p.importPath);
  log.info(
    `${listed.packages.length} package(s) match ${inputs.packagePath} (${listed.withTests} with -test); with cgo files: ${cgoPackages.join(', ') || 'none'}`,
  );
  await noticeOlderBindings(listed.union, tf, log);
  const facts = await scanCgoPackage(inputs.workingDirectory, listed.union.cgoFiles);
  return { tf, pkg: listed.union, facts, goEnv, linkLine: userLinkLine(facts, goEnv, env), cgoPackages };
}

export async function runSetupMode(inputs: Inputs, log: Log, options: SetupModeOptions = {}): Promise<SetupModeResult> {
  const stages = createStages(log);
  // The link folder for -ltensorflow goes under RUNNER_TEMP: it outlives this step (the
  // runner empties it at the end of the job) and is never in the user's checkout.
  const tempDir = runnerTemp();
  const cache = new ActionCache(undefined, log);

  const setup = await stages.run(
    'Set up Go and TensorFlow',
    () => setUp({ inputs, log, env: options.env ?? process.env, cache }),
    setupSpent,
  );
  const { env, python } = setup;
  const resolved = await stages.run("Resolve TensorFlow, Go and the module's cgo packages", () =>
    resolveModule({ inputs, python, log, env }),
  );
  const flags = await stages.run('Compute cgo flags', () => computeFlagsWithStubs({ inputs, resolved, log, env, tempDir }));
  const exports = await stages.run('Export the environment for later steps', () => {
    // CGO_LDFLAGS may name a link folder (or stubs); programs load the real libraries from tf.dir.
    const made = jobExports({ cgoEnv: flags.cgoEnv, tfLibDir: resolved.tf.dir, goroot: setup.goSetup.goroot, env });
    for (const line of exportLines(made)) log.info(line);
    return Promise.resolve(made);
  });

  const copies = await findTensorflowCopies({ tf: resolved.tf, env, cache: await readLdconfigCache() });
  const environment = environmentLine(copies, undefined);
  log.info(environment);
  const laterSteps = copiesForLaterSteps(copies, libraryPathVariable());
  const found = laterSteps ? [...flags.diagnostics, laterSteps] : flags.diagnostics;
  const diagnostics = await postprocessFindings(found, resolved, flags.plan, [], { linkLine: flags.linkLine });
  // Nothing is built here: only a freshly installed TensorFlow venv is worth saving.
  const cacheState = pendingCaches(inputs.setup.cache, cache.configured, setup.tfSetup, { ok: true });
  const covered =
    resolved.cgoPackages.length > 0
      ? `flags for ${resolved.cgoPackages.length} cgo package(s): ${resolved.cgoPackages.join(', ')}`
      : `no package matching ${inputs.packagePath} has cgo files of its own`;
  return {
    passed: !hasFailures(diagnostics, inputs.failOn),
    diagnostics,
    stages: stages.records,
    wallMs: stages.elapsedMs(),
    rawTails: [],
    notes: [
      ...flags.notes,
      covered,
      environment,
      ...(flags.plan.linkDir ? [`-ltensorflow resolves in ${flags.via?.stubs.dir ?? flags.plan.linkDir}`] : []),
    ],
    ...earlyStagesResult(setup, resolved, flags.plan),
    cgoEnv: flags.cgoEnv,
    exports,
    cgoPackages: resolved.cgoPackages,
    ...(cacheState ? { cacheState } : {}),
  };
}
