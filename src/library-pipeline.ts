// The `library` input: a shared object built elsewhere (a downloaded libtensorflow_io_golang.so),
// checked against the TensorFlow in use without Go or a build. setup (TensorFlow only) ->
// resolve (TensorFlow only) -> inspect, which says which TensorFlow the file was built for
// (inspect/built-for.ts) -> load, after import tensorflow and alone, and the smoke test. The
// findings have no source line: they go on the file when it is in the repository.
import path from 'node:path';
import type { Inputs } from './inputs.ts';
import type { Log } from './log.ts';
import type { Diagnostic } from './diagnostic.ts';
import { hasFailures, type PipelineOptions, type PipelineResult } from './pipeline-result.ts';
import { createStages, type Stages } from './stage.ts';
import { pendingCaches } from './cache-state.ts';
import { ActionCache } from './setup/cache.ts';
import { setUpTensorFlowOnly, setupSpent, type TensorFlowSetupStage } from './setup/setup-stage.ts';
import { locateTensorFlow, type TensorFlowInstall } from './resolve/tensorflow.ts';
import { logTensorflow } from './resolve/resolve-stage.ts';
import { readLinkLine } from './link-line/link-line.ts';
import { inspect, type InspectStage } from './inspect/inspect-stage.ts';
import { inspectionFacts, startLoad } from './smoke/load-stage.ts';
import { afterImportWorker, besideTheImport } from './smoke/after-import.ts';
import type { PythonWorker } from './smoke/python-worker.ts';
import { importFailure } from './smoke/import-failure.ts';
import type { OtherInstall } from './smoke/other-versions.ts';
import { startOtherInstallsIfAsked, startOtherVersionsStage, stopOthersIfItFails } from './smoke/other-versions-stage.ts';
import { postprocess } from './postprocess/postprocess.ts';
import { withPinCause } from './postprocess/pin-cause.ts';
import { readPrChanges } from './changes/pr-changes.ts';
import { CXX_TENSORFLOW_NAME } from './inspect/tensorflow-range.ts';
import { ElfError, readElfInfo } from './elf/elf.ts';
import { InputError } from './input-error.ts';
import { workspaceRelative } from './util/workspace-paths.ts';

/** Findings of a name the built-for finding explains (TF_Log removed in 2.21, another abseil): the inspection's and the loader's. */
const NAME_KINDS = new Set<Diagnostic['kind']>(['unresolved-symbol', 'undefined-symbol', 'not-in-tensorflow']);

/**
 * One finding per cause: a name the built-for finding explains, unresolved in the inspection
 * or failing the load, is that finding's evidence, so it joins the finding (its loader lines
 * and a count) instead of standing beside it. For a kernel built against another abseil,
 * every C++ name the installed TensorFlow lacks is such evidence.
 */
export function foldIntoBuiltFor(findings: readonly Diagnostic[], explains: readonly string[]): Diagnostic[] {
  const builtFor = findings.find((d) => d.kind === 'built-for-other-tensorflow');
  if (!builtFor) return [...findings];
  const kernel = explains.some((n) => CXX_TENSORFLOW_NAME.test(n));
  const explained = (d: Diagnostic) =>
    NAME_KINDS.has(d.kind) && d.symbol !== undefined && (explains.includes(d.symbol) || (kernel && d.symbol.startsWith('_Z')));
  const folded = findings.filter(explained);
  if (folded.length === 0) return [...findings];
  const names = new Set(folded.map((d) => d.symbol));
  const raw = [...new Set([...(builtFor.raw ?? []), ...folded.flatMap((d) => d.raw ?? [])])];
  const count = names.size > 1 ? ` In all, ${names.size} of the names it uses are not in this TensorFlow.` : '';
  const loader = raw.find((l) => l.includes('undefined symbol'))?.trim();
  const said = loader ? ` The load said: ${loader}` : '';
  const merged: Diagnostic = { ...builtFor, message: `${builtFor.message}${count}${said}`, ...(raw.length > 0 ? { raw } : {}) };
  return findings.filter((d) => !explained(d)).map((d) => (d === builtFor ? merged : d));
}

/** Findings with no place go on the file when it is in the repository; outside it, into the summary only. */
function onTheFile(findings: readonly Diagnostic[], library: string, workspace: string): Diagnostic[] {
  if (workspaceRelative(library, workspace) === undefined) return [...findings];
  return findings.map((d) => (d.locations && d.locations.length > 0 ? d : { ...d, locations: [{ file: library }] }));
}

interface LibraryContext {
  inputs: Inputs;
  library: string;
  stages: Stages;
  setup: TensorFlowSetupStage;
  tf: TensorFlowInstall;
  afterImport: PythonWorker;
  otherInstalls?: Promise<OtherInstall[]>;
  log: Log;
}

/** inspect -> load (and load-on-tensorflow's loads beside it), as for a library the action built. */
async function checkFile({ inputs, library, stages, setup, tf, afterImport, otherInstalls, log }: LibraryContext) {
  const { env, python } = setup;
  const inspected: InspectStage = await stages.run('Inspect the shared object', () =>
    inspect({ inputs, library, tf, log, env, builtElsewhere: true }),
  );
  // load-as auto tells an extension module by its Py* names, as the inspection did.
  const facts = inspectionFacts(inspected);
  const loading = startLoad({ inputs, afterImport, library, python, tf, ...facts, env, log });
  const others = startOtherVersionsStage(stages, otherInstalls, { library, names: facts.undefinedNames }, { inputs, tf, env });
  others?.catch(() => undefined); // awaited by the caller
  const imported = await afterImport.imported;
  if (imported.status === 'failed') throw importFailure(imported, { library, python, copies: inspected.tensorflowCopies });
  const loaded = await stages.run('Load under Python', () => loading.finish());
  return { inspected, loaded, others };
}

/** The file's findings, with TensorFlow's library behind each missing name and C++ names demangled; no source to map to. */
function postprocessFileFindings(findings: Diagnostic[], tf: TensorFlowInstall, library: string): Promise<Diagnostic[]> {
  const facts = { dir: path.dirname(library), files: [], unreadable: [] };
  return postprocess(findings, {
    tfDir: tf.dir,
    tensorflowVersion: tf.version,
    cxx11AbiFlag: tf.cxx11AbiFlag,
    facts,
    packageDir: facts.dir,
    computedLibraries: [],
    tf,
    linkLine: readLinkLine({ sources: facts }),
  });
}

/** The library input names a shared object (ELF type DYN), before anything is set up: else an input error that says what it is. */
async function refuseAllButSharedObjects(library: string): Promise<void> {
  const info = await readElfInfo(library).catch((error: unknown) => {
    if (error instanceof ElfError) return undefined;
    throw error;
  });
  const what = !info ? 'is not an ELF file' : ELF_TYPE_WORDS[info.type];
  if (what === undefined) return;
  throw new InputError('library', `${library} ${what}: give the shared object (.so) that go build -buildmode=c-shared makes.`);
}

/** What an ELF file that is not a shared object is, by e_type (DYN is a shared object, or a PIE executable the loader then refuses). */
const ELF_TYPE_WORDS: Readonly<Record<string, string>> = {
  REL: 'is an object file (ELF type REL), not a shared object',
  EXEC: 'is an executable (ELF type EXEC), not a shared object',
  CORE: 'is a core dump, not a shared object',
  NONE: 'is an ELF file of no type',
};

export async function runLibraryPipeline(
  inputs: Inputs,
  library: string,
  log: Log,
  options: PipelineOptions & { gitSignal: AbortSignal },
): Promise<PipelineResult> {
  await refuseAllButSharedObjects(library);
  const [stages, cache] = [createStages(log), new ActionCache(undefined, log)];
  const callerEnv = options.env ?? process.env;
  // In a pull request, the pin the file broke on ("2.20 → 2.21 removed TF_Log"): read alongside.
  const prChanges = readPrChanges({ env: callerEnv, dir: inputs.workingDirectory, log, signal: options.gitSignal });
  const otherInstalls = startOtherInstallsIfAsked({ inputs, basePython: inputs.python, cache, env: callerEnv, log });
  const setup = await stopOthersIfItFails(otherInstalls, () =>
    stages.run('Set up TensorFlow', () => setUpTensorFlowOnly({ inputs, log, env: callerEnv, cache }), setupSpent),
  );
  const { env, python } = setup;
  log.info(`Checking ${library}, built elsewhere: Go is not set up and nothing is built.`);
  const afterImport = afterImportWorker(options.prestarted, { python, env, cwd: inputs.workingDirectory });
  const { tf, checked } = await stopOthersIfItFails(otherInstalls, () =>
    besideTheImport(stages, afterImport, async () => {
      const tf = await stages.run('Resolve TensorFlow', async () => {
        const found = await locateTensorFlow(python, env);
        logTensorflow(found, log);
        return found;
      });
      return { tf, checked: await checkFile({ inputs, library, stages, setup, tf, afterImport, otherInstalls, log }) };
    }),
  );
  const { inspected, loaded } = checked;
  const others = await checked.others;
  const checks = [inspected, loaded, ...(others ? [others] : [])];
  // Folded first: postprocessing drops a loader finding that repeats the inspection's, and its loader line with it.
  const folded = foldIntoBuiltFor(
    checks.flatMap((c) => c.diagnostics),
    inspected.builtFor?.explains ?? [],
  );
  const findings = onTheFile(await postprocessFileFindings(folded, tf, library), library, inputs.workspace);
  const passed = !hasFailures(findings, inputs.failOn);
  const changes = await prChanges;
  const diagnostics = await withPinCause({
    changes,
    findings,
    failed: !passed,
    failOn: inputs.failOn,
    tensorflowVersion: tf.version,
    builtElsewhere: true,
    log,
  });
  const cacheState = pendingCaches(inputs.setup.cache, cache.configured, setup.tfSetup, { ok: true });
  return {
    passed,
    diagnostics,
    stages: stages.records,
    wallMs: stages.elapsedMs(),
    rawTails: checks.flatMap((c) => c.rawTails),
    notes: checks.flatMap((c) => c.notes),
    tf,
    python,
    tfSetup: setup.tfSetup,
    cgoEnv: {},
    sharedObject: library,
    builtElsewhere: true,
    inspection: inspected.inspection,
    ...(inspected.tensorflowRange ? { tensorflowRange: inspected.tensorflowRange } : {}),
    ...(others ? { otherVersions: others.results } : {}),
    ...(changes.pullRequest || changes.reason ? { changes } : {}),
    ...(cacheState ? { cacheState } : {}),
  };
}
