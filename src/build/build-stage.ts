// Stage 4: go build -buildmode=c-shared, its output echoed raw and parsed as it arrives.
// Go's build cache is restored before the build; the stage returns it as a pending cache,
// which the post step saves after a successful build only (src/post.ts): a failed build
// has nothing worth keeping, and its key would then hold a half-filled cache.
// With link stubs (link-against: stubs), a failed build is redone against the real libraries,
// whose findings are reported, so that messages and the gcc command line name real paths and
// no finding is the stubs' doing; a built library with an undefined symbol the stubs cannot
// vouch for is relinked against the real libraries too. A build that failed the same way with
// either (a compile error, a library TensorFlow does not ship, names the flags stage found in
// no TensorFlow library) is not redone: the real libraries take 10-20 s to link and add nothing.
// A build a full, read-only or unwritable disk stopped (the output, Go's build cache or work
// folder) is an EnvironmentError at once, not redone and not a finding (output-failure.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { Inputs } from '../inputs.ts';
import { InputError } from '../input-error.ts';
import type { Log } from '../log.ts';
import { createBuildOutputParser } from '../parse/build-output.ts';
import type { ResolveStage } from '../resolve/resolve-stage.ts';
import { goSumHash, restoreGoBuildCache, type ActionCache } from '../setup/cache.ts';
import { pendingGoBuildCache, type PendingCache } from '../cache-state.ts';
import { tailLines, type CheckResult, type RawTail } from '../stage.ts';
import { whyStubsCannotVouchForBuilt } from '../stubs/stubs.ts';
import type { StubLink } from '../stubs/link.ts';
import { relinkAgainstRealLibraries } from '../stubs/relink.ts';
import type { LinkLine } from '../link-line/link-line.ts';
import { goBuild } from './go-build.ts';
import { goVanished } from '../resolve/go.ts';
import { foreignLinkInputs, linkInputsOf } from './foreign-link-inputs.ts';
import { buildFileSystemError, outputBefore, outputFolderError } from './output-failure.ts';
import { withoutInterpreterNames } from './interpreter-names.ts';

export interface BuildStage extends CheckResult {
  /** The built library, when the build succeeded. */
  sharedObject?: string;
  /** Go's build cache, for the post step to save; when the cache is on and the service configured. */
  goCache?: PendingCache;
  /** The CGO_* environment of the build reported (the real libraries' after a relink, or when a failed stub link was not redone). */
  cgoEnv: Record<string, string>;
  /**
   * True when the package's C and C++ objects came from Go's build cache, in this build and in
   * the flags stage's compile it reused: cmd/go printed none of their compiler warnings this run.
   */
  objectsFromCache?: boolean;
}

/**
 * Restores Go's build cache, keyed by go.sum, the Go and TensorFlow versions and the rotation
 * period (cache-rotation), and returns
 * it as a cache to save later. After an earlier cache failure in this run the restore is
 * skipped (ActionCache said so once), but the entry is still returned: the post step tries again.
 */
async function restoreGoCache(
  resolved: Pick<ResolveStage, 'pkg' | 'tf' | 'goEnv'>,
  goVersion: string,
  cache: ActionCache,
  rotationDays: number,
): Promise<PendingCache | undefined> {
  if (!cache.configuredOrSaid) return undefined;
  const { pkg } = resolved;
  const goSum = pkg.module ? path.join(path.dirname(pkg.module.goMod), 'go.sum') : undefined;
  const sum = goSum && fs.existsSync(goSum) ? await fs.promises.readFile(goSum, 'utf8') : '';
  const { gocache } = resolved.goEnv;
  if (!gocache) return undefined;
  const parts = {
    platform: process.platform,
    arch: process.arch,
    goVersion,
    goSumHash: goSumHash(sum),
    tfVersion: resolved.tf.version,
    rotation: { days: rotationDays, nowMs: Date.now() },
  };
  const dirs = [gocache];
  return pendingGoBuildCache(dirs, parts, await restoreGoBuildCache(dirs, parts, cache));
}

export interface BuildRequest {
  inputs: Inputs;
  resolved: Pick<ResolveStage, 'pkg' | 'tf' | 'facts' | 'goEnv'>;
  /** The Go that setup found (semver), for the build cache's key. */
  goVersion: string;
  cgoEnv: Record<string, string>;
  env: NodeJS.ProcessEnv;
  log: Log;
  /** The run's cache, when the cache input is on. */
  cache?: ActionCache;
  /** Set when cgoEnv links against stubs. */
  stubLink?: StubLink;
  /** Names the flags stage found in no TensorFlow library (LinkPlan.notInTensorflow). */
  notInTensorflow?: readonly string[];
  /** The flags stage's link line, for the inputs of a failed link. */
  linkLine: LinkLine;
  /**
   * What the flags stage's compile of the package printed (its compiler warnings): the build
   * reuses that compile from Go's cache, and cmd/go does not print a cached package's
   * warnings again.
   */
  compileOutput?: string;
  /** Whether that compile ran in this run (FlagsStage.packageCompiled); unset when the build does not reuse it. */
  packageCompiled?: boolean;
  /** The package is a Python extension module (LinkPlan.extensionModule): the interpreter provides its Py* names. */
  extensionModule?: boolean;
}

/** What sits at `file`, for a message: a symbolic link and its target, or a plain file. */
function describeExisting(file: string): string {
  try {
    const stat = fs.lstatSync(file);
    if (stat.isSymbolicLink()) return `a symbolic link to ${fs.readlinkSync(file)}`;
    return `a ${stat.size}-byte file that is not an object file`;
  } catch {
    return 'a file that is not an object file';
  }
}

/**
 * go build will not replace an output that is not an object file (a committed symlink or
 * text file): that is the output input pointing at someone else's file, so it is reported
 * as bad input, and the file is left as it is.
 */
export function refusedOutputError(
  combinedOutput: string,
  inputs: Pick<Inputs, 'output' | 'workspace' | 'workingDirectory'>,
): InputError | undefined {
  if (!/build output "[^"]*" already exists and is not an object file/.test(combinedOutput)) return undefined;
  const shown = path.relative(inputs.workspace, inputs.output);
  const suggestion = path.relative(inputs.workingDirectory, path.join(inputs.workingDirectory, 'build', path.basename(inputs.output)));
  return new InputError(
    'output',
    `${shown} already exists and is ${describeExisting(inputs.output)}, so go build refuses to write the shared object there; the action leaves that file as it is. Remove or rename it in the repository, or set 'output' to a path where nothing is yet, e.g. ${suggestion}.`,
  );
}

interface BuildRun {
  ok: boolean;
  diagnostics: Diagnostic[];
  rawTail: RawTail;
  exitStatus: string;
  /** Whether cmd/go compiled the package in this build, rather than taking it from its cache. */
  compiled: boolean;
}

/** The package's cgo files, which tell cmd/go's object folder for it (util/go-work.ts). */
type CgoFiles = readonly string[];

async function goBuildOnce(inputs: Inputs, env: NodeJS.ProcessEnv, log: Log, cgoFiles: CgoFiles, earlierOutput = ''): Promise<BuildRun> {
  const parser = createBuildOutputParser();
  const echo = log.rawEcho();
  if (earlierOutput) {
    echo.write(earlierOutput);
    parser.write(earlierOutput.endsWith('\n') ? earlierOutput : `${earlierOutput}\n`);
  }
  const { output } = inputs;
  const before = outputBefore(output);
  const run = await goBuild({
    workingDirectory: inputs.workingDirectory,
    packagePath: inputs.packagePath,
    output,
    buildFlags: inputs.buildFlags,
    env,
    cgoFiles,
    onOutput: (chunk) => {
      echo.write(chunk);
      parser.write(chunk);
    },
  })
    .catch(async (error: unknown) => {
      throw (await outputFolderError(error, { output, env })) ?? error;
    })
    .finally(() => echo.end());
  const diagnostics: Diagnostic[] = parser.end();
  if (run.run.spawnError) throw goVanished(run.run.spawnError);
  // A full, read-only or unwritable disk stopped the build: the environment's failure, whatever else it printed.
  const failure = run.ok ? undefined : parser.fileSystemFailure();
  if (failure) throw await buildFileSystemError(failure, { output, before, env });
  const refused = run.ok ? undefined : refusedOutputError(run.run.combined, inputs);
  if (refused) throw refused;
  return {
    ok: run.ok,
    diagnostics,
    rawTail: { title: `go ${run.args.join(' ')}`, text: tailLines(run.run.combined) },
    exitStatus: String(run.run.exitCode ?? run.run.signal),
    compiled: run.compiled,
  };
}

/** After a failed build: the link line's inputs built for another CPU than the build's GOARCH. */
async function linkedForOtherCpu(resolved: Pick<ResolveStage, 'goEnv'>, linkLine: LinkLine): Promise<Diagnostic[]> {
  const { goarch } = resolved.goEnv;
  if (!goarch) return [];
  return foreignLinkInputs(linkInputsOf(linkLine), goarch);
}

interface LinkedRun {
  run: BuildRun;
  /** The environment of the run reported. */
  usedEnv: Record<string, string>;
}

/** A build against the stubs, relinked against the real libraries when that is worth it (stubs/relink.ts). */
async function realLinkIfNeeded(request: BuildRequest, stubLink: StubLink, first: BuildRun, notes: string[]): Promise<LinkedRun> {
  const { inputs, resolved, env, log } = request;
  const verdict = await relinkAgainstRealLibraries({
    ...first,
    output: inputs.output,
    stubs: stubLink.stubs,
    tfDir: resolved.tf.dir,
    notInTensorflow: request.notInTensorflow ?? [],
  });
  if (!verdict.relink && verdict.failedAnyway) {
    notes.push(
      'the build failed the same way it would against the real libraries (a compile error, a library TensorFlow does not ship, or a name no TensorFlow library exports); not rebuilt against them',
    );
    // The flags reported are the ones to reproduce the failure with: the real libraries'.
    return { run: first, usedEnv: stubLink.realCgoEnv };
  }
  if (!verdict.relink) {
    notes.push(
      `linked against the link stubs (the note above names their folder); inspected and loaded against the real libraries in ${resolved.tf.dir}`,
    );
    return { run: first, usedEnv: request.cgoEnv };
  }
  const { why } = verdict;
  if (why) log.notice(`link-against stubs: relinking against the real TensorFlow libraries, because ${why}.`);
  else
    log.info('The build against the link stubs failed: building again against the real TensorFlow libraries, whose findings are reported.');
  const run = await goBuildOnce(inputs, { ...env, ...stubLink.realCgoEnv }, log, resolved.pkg.cgoFiles);
  // The stubs failed where the real libraries link: a symbol they leave out, or a defect.
  const needed = !first.ok && run.ok ? await whyStubsCannotVouchForBuilt(stubLink.stubs, inputs.output).catch(() => undefined) : why;
  if (!first.ok && run.ok) {
    log.notice(
      needed
        ? `link-against stubs: the real TensorFlow libraries were needed, because ${needed}.`
        : `link-against stubs: the link against the stubs failed but the real libraries link; please report this (link-against: libraries avoids the stubs). The build against the stubs said:\n${first.rawTail.text.split('\n').slice(-20).join('\n')}`,
    );
  }
  notes.push(
    needed
      ? `relinked against the real TensorFlow libraries: ${needed}`
      : 'the build against the link stubs failed; built again against the real TensorFlow libraries, whose findings are reported',
  );
  return { run, usedEnv: stubLink.realCgoEnv };
}

/** An extension module's build: the findings without the names the interpreter provides, which the log lists. */
async function leaveToInterpreter(found: Diagnostic[], request: BuildRequest, notes: string[]): Promise<Diagnostic[]> {
  const { diagnostics, leftToInterpreter } = await withoutInterpreterNames(found, request.resolved.tf);
  if (leftToInterpreter.length > 0) {
    const shown =
      leftToInterpreter.length > 8
        ? `${leftToInterpreter.slice(0, 8).join(', ')} and ${leftToInterpreter.length - 8} more`
        : leftToInterpreter.join(', ');
    const note = `left undefined for the interpreter that imports the module to provide: ${shown}`;
    request.log.info(note);
    notes.push(note);
  }
  return diagnostics;
}

/**
 * Whether the build reported printed no compiler warnings because the package's objects came
 * from Go's build cache: the first build's output includes the flags stage's compile it reused.
 */
function objectsFromCache(request: BuildRequest, first: BuildRun, run: BuildRun, log: Log): boolean {
  const fromCache = run === first ? !first.compiled && request.packageCompiled !== true : !run.compiled;
  if (fromCache)
    log.info(
      "The package's C/C++ objects came from Go's build cache: cmd/go prints compiler warnings only when it compiles, so none are shown this run (a cold cache or build-flags: -a shows them).",
    );
  return fromCache;
}

export async function build(request: BuildRequest): Promise<BuildStage> {
  const { inputs, resolved, goVersion, cgoEnv, env, log, cache, stubLink, compileOutput } = request;
  const goCache = cache ? await restoreGoCache(resolved, goVersion, cache, inputs.setup.cacheRotationDays) : undefined;
  const notes: string[] = [];
  const first = await goBuildOnce(inputs, { ...env, ...cgoEnv }, log, resolved.pkg.cgoFiles, compileOutput);
  const { run, usedEnv } = stubLink ? await realLinkIfNeeded(request, stubLink, first, notes) : { run: first, usedEnv: cgoEnv };
  const diagnostics = request.extensionModule ? await leaveToInterpreter(run.diagnostics, request, notes) : run.diagnostics;
  const cached = objectsFromCache(request, first, run, log) ? { objectsFromCache: true } : {};
  // An extension module's link warns of undefined names rather than failing: one the
  // interpreter does not provide fails the build all the same (the import would fail on it).
  const undefinedLeft = run.ok && diagnostics.some((d) => d.severity === 'error' && d.kind === 'undefined-reference');
  if (undefinedLeft) notes.push(`the linker wrote ${inputs.output}, but it leaves names undefined that nothing provides`);
  if (!run.ok || undefinedLeft) {
    diagnostics.push(...(await linkedForOtherCpu(resolved, request.linkLine)));
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        severity: 'error',
        kind: 'other',
        stage: 'build',
        title: 'go build failed',
        message: `go build exited with ${run.exitStatus}; its output is in the log and the summary.`,
      });
    }
    return { ok: false, diagnostics, rawTails: [run.rawTail], notes, cgoEnv: usedEnv, ...cached, ...(goCache ? { goCache } : {}) };
  }
  log.info(`Built ${inputs.output}`);
  return {
    ok: true,
    sharedObject: inputs.output,
    diagnostics,
    rawTails: [],
    notes,
    cgoEnv: usedEnv,
    ...cached,
    ...(goCache ? { goCache } : {}),
  };
}
