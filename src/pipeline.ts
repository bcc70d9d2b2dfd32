// setup -> resolve -> flags -> build -> inspect -> load, then postprocess the findings; in a
// pull request, the version pins it changed are read alongside and blamed for what broke.
// The Python for the after-import load starts once setup has the interpreter and imports
// tensorflow (about 3 s) while resolve, flags, build and inspect run; whatever ends the run
// stops it (an interpreter without TensorFlow fails in resolve, with the clearer message).
// Front-end neutral: src/main.ts (the action) and src/cli.ts hand what this returns to
// src/outputs.ts.
import type { Inputs } from './inputs.ts';
import type { Log } from './log.ts';
import type { Diagnostic, Location } from './diagnostic.ts';
import { hasFailures, type PipelineOptions, type PipelineResult } from './pipeline-result.ts';
import { pendingCaches } from './cache-state.ts';
import { createStages, type Stages } from './stage.ts';
import { ActionCache } from './setup/cache.ts';
import { setUp, setupSpent, type SetupStage } from './setup/setup-stage.ts';
import { resolve, type ResolveStage } from './resolve/resolve-stage.ts';
import { computeFlags, type FlagsRequest, type FlagsStage } from './flags/flags-stage.ts';
import type { LinkLine } from './link-line/link-line.ts';
import { stubEnvironment, type StubLink } from './stubs/link.ts';
import { build } from './build/build-stage.ts';
import { inspect } from './inspect/inspect-stage.ts';
import { inspectionFacts, startLoad } from './smoke/load-stage.ts';
import { postprocess } from './postprocess/postprocess.ts';
import { withPinCause } from './postprocess/pin-cause.ts';
import { runnerTemp } from './util/temp-dir.ts';
import { moduleOutput } from './build/module-output.ts';
import { importFailure } from './smoke/import-failure.ts';
import type { LinkPlan } from './flags/link-plan.ts';
import { readPrChanges } from './changes/pr-changes.ts';
import { withTlsDetail } from './inspect/static-tls.ts';
import { referenceSites } from './postprocess/reference-sites.ts';
import { ROOT_CAUSE_THRESHOLD } from './postprocess/root-cause.ts';
import type { OtherInstall } from './smoke/other-versions.ts';
import type { PythonWorker } from './smoke/python-worker.ts';
import { afterImportWorker, besideTheImport } from './smoke/after-import.ts';
import { runLibraryPipeline } from './library-pipeline.ts';
import { startOtherInstallsIfAsked, startOtherVersionsStage, stopOthersIfItFails } from './smoke/other-versions-stage.ts';

/** The findings, deduplicated and mapped to source with what the resolve and flags stages know. */
export function postprocessFindings(
  diagnostics: Diagnostic[],
  resolved: ResolveStage,
  plan: LinkPlan,
  referenceSites: readonly Location[] = [],
  link: { linkLine: LinkLine; workspace?: string },
): Promise<Diagnostic[]> {
  return postprocess(diagnostics, {
    referenceSites,
    tfDir: resolved.tf.dir,
    tensorflowVersion: resolved.tf.version,
    cxx11AbiFlag: resolved.tf.cxx11AbiFlag,
    facts: resolved.facts,
    packageDir: resolved.pkg.dir,
    computedLibraries: plan.computedLibraries,
    tf: resolved.tf,
    notInTensorflow: plan.notInTensorflow,
    ...link,
  });
}

/** What a result says of the first three stages, in every mode. */
export function earlyStagesResult(setup: SetupStage, resolved: ResolveStage, plan: LinkPlan) {
  return {
    tf: resolved.tf,
    python: setup.python,
    goSetup: setup.goSetup,
    tfSetup: setup.tfSetup,
    pkg: resolved.pkg,
    plan,
  };
}

interface CheckContext {
  stages: Stages;
  setup: SetupStage;
  resolved: ResolveStage;
  cache: ActionCache;
  tempDir: string;
  log: Log;
  afterImport: PythonWorker;
  /** load-on-tensorflow's installs, started after setup. */
  otherInstalls?: Promise<OtherInstall[]>;
}

/** The flags stage, linking against the stubs where `link-against` asks for them. */
export function computeFlagsWithStubs(request: Omit<FlagsRequest<StubLink>, 'chooseEnvironment'>): Promise<FlagsStage<StubLink>> {
  const { inputs, resolved, env, log } = request;
  const against = inputs.link.against;
  return computeFlags({ ...request, chooseEnvironment: stubEnvironment({ against, tf: resolved.tf, env, log, cc: resolved.goEnv.cc }) });
}

/** The inputs the build runs with: an extension module with no `output` is named after its module. */
function buildInputsFor(inputs: Inputs, extensionModule: boolean, resolved: ResolveStage, log: Log): Inputs {
  const named = extensionModule ? moduleOutput(inputs, resolved.facts, resolved.tf) : undefined;
  if (!named) return inputs;
  log.info(`output: ${named.why}`);
  return { ...inputs, output: named.output };
}

/** flags -> build -> inspect -> load: the stages that check the user's code. */
async function checkLibrary(inputs: Inputs, { stages, setup, resolved, cache, tempDir, log, afterImport, otherInstalls }: CheckContext) {
  const { env, python } = setup;
  const flags = await stages.run('Compute cgo flags', () =>
    computeFlagsWithStubs({ inputs, resolved, log, env, tempDir, buildmode: 'c-shared' }),
  );
  const built = await stages.run('Build the shared object', () =>
    build({
      inputs: buildInputsFor(inputs, flags.plan.extensionModule === true, resolved, log),
      resolved,
      goVersion: setup.goSetup.version,
      cgoEnv: flags.cgoEnv,
      stubLink: flags.via,
      notInTensorflow: flags.plan.notInTensorflow,
      ...(flags.plan.extensionModule ? { extensionModule: true } : {}),
      linkLine: flags.linkLine,
      ...(flags.compileOutput ? { compileOutput: flags.compileOutput } : {}),
      ...(flags.packageCompiled !== undefined ? { packageCompiled: flags.packageCompiled } : {}),
      env,
      log,
      cache: inputs.setup.cache !== 'off' ? cache : undefined,
    }),
  );
  const library = built.sharedObject;
  const inspected = library
    ? await stages.run('Inspect the shared object', () =>
        inspect({
          inputs,
          library,
          tf: resolved.tf,
          log,
          env,
          sources: { dir: resolved.pkg.dir, facts: resolved.facts },
          ...(flags.plan.extensionModule ? { extensionModule: true } : {}),
          linkLine: flags.linkLine,
          ...(resolved.declaredRange ? { declaredRange: resolved.declaredRange } : {}),
        }),
      )
    : stages.skip('Inspect the shared object');
  // The standalone load needs no tensorflow, so it starts now, while the import may still
  // run; the load stage proper waits for the import, so that its time is its own.
  const facts = inspectionFacts(inspected);
  const loading = library
    ? startLoad({
        inputs,
        afterImport,
        library,
        python,
        tf: resolved.tf,
        ...facts,
        extensionModule: flags.plan.extensionModule === true,
        env,
        log,
      })
    : undefined;
  const others = startOtherVersionsStage(stages, otherInstalls, { library, names: facts.undefinedNames }, { inputs, tf: resolved.tf, env });
  others?.catch(() => undefined); // awaited by the caller; this only keeps a failure during the main load from being unhandled
  if (loading && library) {
    const imported = await afterImport.imported;
    if (imported.status === 'failed') throw importFailure(imported, { library, python, copies: inspected?.tensorflowCopies });
  }
  const loaded = loading ? await stages.run('Load under Python', () => loading.finish()) : stages.skip('Load under Python');
  return { flags, built, inspected, loaded, library, others };
}

/**
 * Runs the pipeline. Bad input is thrown as an InputError, a failed service or tool as an
 * EnvironmentError, for the front end to report.
 */
export async function runPipeline(inputs: Inputs, log: Log, options: PipelineOptions = {}): Promise<PipelineResult> {
  // A stage that throws must not leave the pull request's base fetch (up to 120 s) holding
  // the process open: once the run is over, its git commands are killed.
  const gitCommands = new AbortController();
  try {
    if (inputs.library) return await runLibraryPipeline(inputs, inputs.library, log, { ...options, gitSignal: gitCommands.signal });
    return await runStages(inputs, log, options, gitCommands.signal);
  } finally {
    gitCommands.abort();
    // Stopped with the run when adopted; here, when setup failed before it could be.
    options.prestarted?.worker.stop();
  }
}

/** A link without -z defs left many symbols undefined: one more link finds their lines in the package's C/C++ files. */
async function unlinkedSites(
  findings: readonly Diagnostic[],
  { inputs, resolved, env, tempDir }: { inputs: Inputs; resolved: ResolveStage; env: NodeJS.ProcessEnv; tempDir: string },
): Promise<Awaited<ReturnType<typeof referenceSites>>> {
  const unlinked = findings.filter((d) => d.kind === 'resolved-only-by-import' || d.kind === 'unresolved-symbol');
  if (inputs.link.mode === 'auto' || unlinked.length < ROOT_CAUSE_THRESHOLD) return [];
  return referenceSites({
    workingDirectory: inputs.workingDirectory,
    packagePath: inputs.packagePath,
    packageDir: resolved.pkg.dir,
    buildFlags: inputs.buildFlags,
    env,
    tempDir,
  });
}

async function runStages(inputs: Inputs, log: Log, options: PipelineOptions, gitSignal: AbortSignal): Promise<PipelineResult> {
  const [stages, tempDir, cache] = [createStages(log), runnerTemp(), new ActionCache(undefined, log)];
  // A few git commands (40-70 ms; longer when the base commit has to be fetched): run
  // alongside setup. readPrChanges never throws.
  const prChanges = readPrChanges({ env: options.env ?? process.env, dir: inputs.workingDirectory, log, signal: gitSignal });

  const callerEnv = options.env ?? process.env;
  // load-on-tensorflow's virtualenvs are made from the python input, not from setup's: they install alongside it.
  const otherInstalls = startOtherInstallsIfAsked({ inputs, basePython: inputs.python, cache, env: callerEnv, log });
  const setup = await stopOthersIfItFails(otherInstalls, () =>
    stages.run('Set up Go and TensorFlow', () => setUp({ inputs, log, env: callerEnv, cache, onGoReady: options.onGoReady }), setupSpent),
  );
  const { env, python } = setup;
  const afterImport = afterImportWorker(options.prestarted, { python, env, cwd: inputs.workingDirectory });
  const { resolved, checked } = await stopOthersIfItFails(otherInstalls, () =>
    besideTheImport(stages, afterImport, async () => {
      const resolved = await stages.run('Resolve TensorFlow, Go and the package', () => resolve({ inputs, python, log, env }));
      return {
        resolved,
        checked: await checkLibrary(inputs, { stages, setup, resolved, cache, tempDir, log, afterImport, otherInstalls }),
      };
    }),
  );
  const { flags, built, inspected, loaded, library } = checked;
  const others = await checked.others;
  const cacheState = pendingCaches(inputs.setup.cache, cache.configured, setup.tfSetup, built);

  const checks = [built, inspected, loaded, others].flatMap((c) => (c ? [c] : []));
  const checkFindings = checks.flatMap((c) => c.diagnostics);
  const sites = library ? await unlinkedSites(checkFindings, { inputs, resolved, env: { ...env, ...built.cgoEnv }, tempDir }) : [];
  const mapped = await postprocessFindings([...flags.diagnostics, ...checkFindings], resolved, flags.plan, sites, {
    linkLine: flags.linkLine,
    workspace: inputs.workspace,
  });
  // After source mapping: the static-TLS finding's places are source lines already, and its
  // related places (a declaration) stay related rather than become annotations of their own.
  const findings = withTlsDetail(
    mapped,
    inspected?.tls ? { tls: inspected.tls, places: inspected.tlsPlaces ?? [], dir: resolved.pkg.dir } : undefined,
  );
  // Whether the step fails is the findings' call; the pin-change finding only explains them.
  const passed = !hasFailures(findings, inputs.failOn);
  const changes = await prChanges;
  const diagnostics = await withPinCause({
    changes,
    findings,
    failed: !passed,
    failOn: inputs.failOn,
    tensorflowVersion: resolved.tf.version,
    goVersion: setup.goSetup.version,
    goMod: resolved.pkg.module?.goMod,
    log,
  });
  return {
    passed,
    diagnostics,
    stages: stages.records,
    wallMs: stages.elapsedMs(),
    rawTails: checks.flatMap((c) => c.rawTails),
    notes: [...flags.notes, ...checks.flatMap((c) => c.notes)],
    ...earlyStagesResult(setup, resolved, flags.plan),
    cgoEnv: built.cgoEnv,
    ...(library ? { sharedObject: library } : {}),
    ...(built.objectsFromCache ? { objectsFromCache: true } : {}),
    ...(inspected ? { inspection: inspected.inspection } : {}),
    ...(inspected?.tensorflowRange ? { tensorflowRange: inspected.tensorflowRange } : {}),
    ...(others ? { otherVersions: others.results } : {}),
    ...(changes.pullRequest || changes.reason ? { changes } : {}),
    ...(cacheState ? { cacheState } : {}),
  };
}
