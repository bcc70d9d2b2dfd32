// setup -> resolve -> flags -> build -> inspect -> smoke, collecting findings. Front-end
// neutral: src/main.ts (the action) and src/cli.ts report what this returns.
import fs from 'node:fs';
import path from 'node:path';
import type { Inputs } from './inputs.ts';
import { InputError } from './input-error.ts';
import type { Log } from './log.ts';
import type { Diagnostic, Severity } from './report/diagnostic.ts';
import { isAtLeast } from './report/diagnostic.ts';
import { locateTensorFlow, type TensorFlowInstall } from './resolve/tensorflow.ts';
import { goVersionOf } from './resolve/go.ts';
import { scanCgoPackage } from './resolve/cgo-source.ts';
import { describePackage, type GoPackage } from './build/go-package.ts';
import { goBuild } from './build/go-build.ts';
import { cgoEnvironment, joinFlags } from './flags/cgo-flags.ts';
import { planLink, type LinkPlan } from './flags/link-plan.ts';
import { withLinkDirFirst } from './flags/bindings.ts';
import { inspectBuiltLibrary } from './inspect/post-build.ts';
import { tensorflowLibraries } from './inspect/providers.ts';
import type { LibraryInspection } from './inspect/inspect-library.ts';
import { runLoads } from './smoke/loads.ts';
import { defaultTempDir } from './smoke/smoke.ts';
import { createBuildOutputParser } from './report/parse/build-output.ts';
import { mapToSource } from './report/map-to-source.ts';
import { addDemangledNames } from './report/demangle.ts';
import { withProviders, dropRepeatsOfNotInTensorflow } from './report/enrich.ts';
import { setupGo, type GoSetupResult } from './setup/go-setup.ts';
import { setupTensorFlow, type TfSetupResult } from './setup/tf-install.ts';
import { restoreGoBuildCache, saveGoBuildCache, goSumHash, actionCache } from './setup/cache.ts';
import { runProcess } from './util/process.ts';

export type StageStatus = 'passed' | 'failed' | 'skipped';
export interface StageRecord {
  name: string;
  status: StageStatus;
  durationMs?: number;
}

export interface PipelineResult {
  passed: boolean;
  diagnostics: Diagnostic[];
  stages: StageRecord[];
  rawTails: { title: string; text: string }[];
  /** Facts for the summary: how it was linked, RUNPATH, static TLS. */
  notes: string[];
  tf?: TensorFlowInstall;
  /** The interpreter used: the given one, or the action's TensorFlow virtualenv. */
  python?: string;
  goSetup?: GoSetupResult;
  tfSetup?: TfSetupResult;
  goVersion?: string;
  plan?: LinkPlan;
  cgoEnv?: Record<string, string>;
  sharedObject?: string;
  inspection?: LibraryInspection;
  pkg?: GoPackage;
}

const RAW_TAIL_LINES = 200;

export function tailLines(text: string, count = RAW_TAIL_LINES): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return lines.slice(-count).join('\n');
}

export function failThreshold(failOn: Inputs['failOn']): Severity {
  return failOn === 'warning' ? 'warning' : 'error';
}

export function hasFailures(diagnostics: readonly Diagnostic[], failOn: Inputs['failOn']): boolean {
  const threshold = failThreshold(failOn);
  return diagnostics.some((d) => isAtLeast(d.severity, threshold));
}

class StageFailed extends Error {}

/** Groups do not nest in the Actions log: inside a stage, a sub-step is a heading line. */
function withoutGroups(log: Log): Log {
  return { ...log, group: async (name, fn) => { log.info(`-- ${name}`); return fn(); } };
}

/** Runs the pipeline. Bad input is thrown (InputError, setup errors) for the front end to report. */
export async function runPipeline(inputs: Inputs, log: Log, env: NodeJS.ProcessEnv = process.env): Promise<PipelineResult> {
  const result: PipelineResult = { passed: false, diagnostics: [], stages: [], rawTails: [], notes: [] };
  const tempDir = defaultTempDir();
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    const started = Date.now();
    const record: StageRecord = { name, status: 'failed' };
    result.stages.push(record);
    try {
      const value = await log.group(name, fn);
      record.status = 'passed';
      return value;
    } catch (error) {
      if (error instanceof StageFailed) return undefined;
      throw error;
    } finally {
      record.durationMs = Date.now() - started;
    }
  };
  const skip = (name: string) => result.stages.push({ name, status: 'skipped' });

  const setup = (await stage('Set up Go and TensorFlow', async () => {
    const s = inputs.setup;
    const goSetup = await setupGo({ versionSpec: s.goVersion, versionFile: s.goVersionFile, workingDirectory: inputs.workingDirectory, downloadBaseUrl: s.goDownloadBaseUrl, checkLatest: s.checkLatest });
    const tfSetup = await setupTensorFlow({
      versionSpec: s.tensorflowVersion,
      versionFile: s.tensorflowVersionFile,
      packageName: s.tensorflowPackage,
      pipArgs: s.pipArgs,
      python: inputs.python,
      cache: s.cache,
      workingDirectory: inputs.workingDirectory,
    }, { log: withoutGroups(log), env });
    return { goSetup, tfSetup };
  }))!;
  Object.assign(result, setup, { python: setup.tfSetup.python });
  const python = setup.tfSetup.python;

  const resolved = (await stage('Resolve TensorFlow, Go and the package', async () => {
    // Independent probes: run them side by side.
    const [tf, goVersion, pkg] = await Promise.all([
      locateTensorFlow(python, env),
      goVersionOf(env),
      describePackage(inputs.workingDirectory, inputs.packagePath, inputs.buildFlags, env),
    ]);
    log.info(`TensorFlow ${tf.version} (${tf.distribution}) at ${tf.dir}`);
    log.info(`Python ${tf.pythonVersion} (${tf.pythonExecutable}), Go ${goVersion}`);
    log.info(`Package ${pkg.importPath} in ${pkg.dir}; cgo files: ${pkg.cgoFiles.map((f) => path.basename(f)).join(', ')}`);
    const facts = await scanCgoPackage(pkg.dir, pkg.cgoFiles);
    return { tf, goVersion, pkg, facts };
  }))!;
  const { tf, goVersion, pkg, facts } = resolved;
  Object.assign(result, { tf, goVersion, pkg });

  const plan = (await stage('Compute cgo flags', async () => {
    const plan = await planLink({ mode: inputs.link.mode, tf, facts, pkg, rpath: inputs.link.rpath, installDir: inputs.link.installDir, tempDir });
    for (const note of plan.notes) log.info(note);
    log.info(`CGO_CFLAGS: ${joinFlags(plan.cflags)}`);
    log.info(`CGO_LDFLAGS: ${joinFlags(plan.ldflags)}`);
    result.diagnostics.push(...plan.diagnostics);
    return plan;
  }))!;
  const cgoEnv = cgoEnvironment(plan, env);
  if (plan.linkDir) cgoEnv.CGO_LDFLAGS = withLinkDirFirst(cgoEnv.CGO_LDFLAGS!, plan.linkDir);
  Object.assign(result, { plan, cgoEnv });
  result.notes.push(`link-libraries: ${inputs.link.mode}${plan.computedLibraries.length ? ` (linked ${plan.computedLibraries.map((l) => `-l${l}`).join(' ')})` : ''}`);

  const goCache = inputs.setup.cache ? await restoreGoCache(pkg, goVersion, tf.version, env) : undefined;
  const built = await stage('Build the shared object', async () => {
    const parser = createBuildOutputParser();
    const echo = log.rawEcho();
    const build = await goBuild({
      workingDirectory: inputs.workingDirectory,
      packagePath: inputs.packagePath,
      output: inputs.output,
      buildFlags: inputs.buildFlags,
      env: { ...env, ...cgoEnv },
      onOutput: (chunk) => {
        echo.write(chunk);
        parser.write(chunk);
      },
    }).finally(() => echo.end());
    const found = parser.end();
    if (build.run.spawnError) throw new InputError('go-version', `cannot run go: ${build.run.spawnError.message}. Put Go on PATH or set 'go-version'.`);
    result.diagnostics.push(...found);
    if (!build.ok) {
      result.rawTails.push({ title: `go ${build.args.join(' ')}`, text: tailLines(build.run.combined) });
      if (!found.some((d) => d.severity === 'error')) {
        result.diagnostics.push({
          severity: 'error', kind: 'other', stage: 'build',
          title: 'go build failed',
          message: `go build exited with ${build.run.exitCode ?? build.run.signal}; its output is in the log and the summary.`,
        });
      }
      throw new StageFailed();
    }
    log.info(`Built ${inputs.output}`);
    return build;
  });
  if (goCache) await saveGoBuildCache(goCache.dirs, goCache.parts, goCache.restoredKey);

  if (built) {
    result.sharedObject = inputs.output;
    let runpathReachesTensorflow = false;
    await stage('Inspect the shared object', async () => {
      const post = await inspectBuiltLibrary(inputs.output, tf, inputs.expectSymbols, inputs.glibcFloor);
      const { inspection } = post;
      result.inspection = inspection;
      runpathReachesTensorflow = post.runpathReachesTensorflow;
      log.info(`NEEDED: ${inspection.needed.join(', ') || '(none)'}`);
      log.info(`RUNPATH: ${inspection.runpath ?? inspection.rpath ?? '(none)'}`);
      for (const s of inspection.symbols) log.debug(`${s.display}: ${JSON.stringify(s.resolution)}`);
      result.notes.push(`NEEDED: ${inspection.needed.join(', ') || '(none)'}; RUNPATH: ${inspection.runpath ?? inspection.rpath ?? '(none)'}`);
      if (inspection.staticTls) {
        result.notes.push('FLAGS has STATIC_TLS, as every Go c-shared library does. It only matters when a process runs out of static TLS space ("cannot load any more object with static TLS"); see golang/go#48596 and tensorflow/io#574.');
      }
      result.diagnostics.push(...post.diagnostics);
      if (post.diagnostics.some((d) => d.severity === 'error')) throw new StageFailed();
      return post;
    });

    await stage('Load under Python', async () => {
      const echo = log.rawEcho();
      const loads = await runLoads({
        python,
        library: inputs.output,
        loadAs: inputs.loadAs,
        standalone: inputs.standaloneLoad,
        smokeTest: inputs.smokeTest,
        timeoutMs: inputs.smokeTimeoutMs,
        env,
        cwd: inputs.workingDirectory,
        tempDir,
        standaloneLibraryDirs: runpathReachesTensorflow ? [] : [tf.libDir],
        onOutput: (chunk) => echo.write(chunk),
      }).finally(() => echo.end());
      result.diagnostics.push(...loads.diagnostics);
      if (!loads.main.ok) result.rawTails.push({ title: 'Python: import tensorflow, load, smoke test', text: tailLines(loads.main.run.combined) });
      if (loads.standalone && !loads.standalone.ok) result.rawTails.push({ title: 'Python: standalone load (no import tensorflow)', text: tailLines(loads.standalone.run.combined) });
      if (loads.diagnostics.some((d) => d.severity === 'error')) throw new StageFailed();
      log.info(`Loaded ${inputs.output} after import tensorflow${inputs.smokeTest ? ', and the smoke test passed' : ''}`);
      if (loads.standalone?.ok) log.info('Loaded it in a fresh Python without import tensorflow as well');
    });
  } else {
    skip('Inspect the shared object');
    skip('Load under Python');
  }

  const enriched = await withProviders(dropRepeatsOfNotInTensorflow(result.diagnostics), tensorflowLibraries(tf.dir));
  const mapped = mapToSource(enriched, facts, { packageDir: pkg.dir, computedLibraries: plan.computedLibraries });
  result.diagnostics = await addDemangledNames(mapped);
  result.passed = !hasFailures(result.diagnostics, inputs.failOn);
  return result;
}

/** Go's build cache, keyed by go.sum and the Go and TensorFlow versions; an absent service is one notice. */
async function restoreGoCache(pkg: GoPackage, goVersion: string, tfVersion: string, env: NodeJS.ProcessEnv) {
  if (!actionCache.usable) return undefined;
  const goSum = pkg.module ? path.join(path.dirname(pkg.module.goMod), 'go.sum') : undefined;
  const sum = goSum && fs.existsSync(goSum) ? await fs.promises.readFile(goSum, 'utf8') : '';
  const gocache = (await runProcess('go', ['env', 'GOCACHE'], { env })).stdout.trim();
  if (!gocache) return undefined;
  const parts = { platform: process.platform, arch: process.arch, goVersion, goSumHash: goSumHash(sum), tfVersion };
  const dirs = [gocache];
  return { dirs, parts, restoredKey: await restoreGoBuildCache(dirs, parts) };
}
