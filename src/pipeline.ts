// resolve -> flags -> build -> inspect -> smoke, collecting findings. Front-end neutral:
// src/main.ts (the action) and src/cli.ts report what this returns.
import path from 'node:path';
import type { Inputs } from './inputs.ts';
import { InputError } from './inputs.ts';
import type { Log } from './log.ts';
import type { Diagnostic, Severity } from './report/diagnostic.ts';
import { isAtLeast } from './report/diagnostic.ts';
import { locateTensorFlow, type TensorFlowInstall } from './resolve/tensorflow.ts';
import { goVersionOf } from './resolve/go.ts';
import { describePackage, type GoPackage } from './build/go-package.ts';
import { computeCgoFlags, cgoEnvironment, joinFlags, type CgoFlags } from './flags/cgo-flags.ts';
import { goBuild } from './build/go-build.ts';
import { runSmoke, defaultTempDir } from './smoke/smoke.ts';
import { smokeDiagnostics } from './smoke/smoke-diagnostics.ts';
import { createBuildOutputParser } from './report/parse/build-output.ts';
import { scanCgoPackage, type CgoPackageFacts } from './resolve/cgo-source.ts';
import { mapToSource } from './report/map-to-source.ts';
import { missingExpectedSymbols } from './inspect/expected-symbols.ts';
import { definedSymbolNames } from './inspect/elf.ts';
import { setupGo, type GoSetupResult } from './setup/go-setup.ts';
import { setupTensorFlow, type TfSetupResult } from './setup/tf-install.ts';
import { restoreGoBuildCache, saveGoBuildCache, goSumHash, actionCache } from './setup/cache.ts';
import fs from 'node:fs';
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
  tf?: TensorFlowInstall;
  /** The interpreter used: the given one, or the action's TensorFlow virtualenv. */
  python?: string;
  goSetup?: GoSetupResult;
  tfSetup?: TfSetupResult;
  goVersion?: string;
  flags?: CgoFlags;
  cgoEnv?: Record<string, string>;
  sharedObject?: string;
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

/** Runs the pipeline. Bad input is thrown as InputError for the front end to report. */
export async function runPipeline(inputs: Inputs, log: Log, env: NodeJS.ProcessEnv = process.env): Promise<PipelineResult> {
  const result: PipelineResult = { passed: false, diagnostics: [], stages: [], rawTails: [] };
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const record: StageRecord = { name, status: 'failed' };
    result.stages.push(record);
    try {
      const value = await log.group(name, fn);
      record.status = 'passed';
      return value;
    } finally {
      record.durationMs = Date.now() - started;
    }
  };

  const { go, python } = await stage('Set up Go and TensorFlow', async () => {
    const s = inputs.setup;
    const go = await setupGo({
      versionSpec: s.goVersion,
      versionFile: s.goVersionFile,
      workingDirectory: inputs.workingDirectory,
      downloadBaseUrl: s.goDownloadBaseUrl,
      checkLatest: s.checkLatest,
    });
    const tfSetup = await setupTensorFlow({
      versionSpec: s.tensorflowVersion,
      versionFile: s.tensorflowVersionFile,
      packageName: s.tensorflowPackage,
      pipArgs: s.pipArgs,
      python: inputs.python,
      cache: s.cache,
      workingDirectory: inputs.workingDirectory,
    }, { log, env });
    return { go, tfSetup, python: tfSetup.python };
  });
  result.python = python;
  result.goSetup = go;

  const { tf, goVersion, pkg, facts } = await stage('Resolve TensorFlow, Go and the package', async () => {
    // Independent probes: run them side by side.
    const [tf, goVersion, pkg] = await Promise.all([
      locateTensorFlow(python, env),
      goVersionOf(env),
      describePackage(inputs.workingDirectory, inputs.packagePath, env),
    ]);
    log.info(`TensorFlow ${tf.version} (${tf.distribution}) at ${tf.dir}`);
    log.info(`Python ${tf.pythonVersion} (${tf.pythonExecutable}), Go ${goVersion}`);
    log.info(`Package ${pkg.importPath} in ${pkg.dir}; cgo files: ${pkg.cgoFiles.map((f) => path.basename(f)).join(', ')}`);
    const facts = await scanCgoPackage(pkg.dir, pkg.cgoFiles);
    return { tf, goVersion, pkg, facts };
  });
  Object.assign(result, { tf, goVersion, pkg });

  const flags = await stage('Compute cgo flags', async () => {
    const flags = computeCgoFlags(tf);
    log.info(`CGO_CFLAGS: ${joinFlags(flags.cflags)}`);
    log.info(`CGO_LDFLAGS: ${joinFlags(flags.ldflags)}`);
    return flags;
  });
  const cgoEnv = cgoEnvironment(flags, env);
  Object.assign(result, { flags, cgoEnv });

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
    });
    echo.end();
    const found = parser.end();
    if (build.run.spawnError) throw new InputError('go-version', `cannot run go: ${build.run.spawnError.message}. Put Go on PATH or set 'go-version'.`);
    if (!build.ok) {
      result.rawTails.push({ title: `go ${build.args.join(' ')}`, text: tailLines(build.run.combined) });
      result.diagnostics.push(...found);
      if (!found.some((d) => d.severity === 'error')) {
        result.diagnostics.push({
          severity: 'error', kind: 'other', stage: 'build',
          title: 'go build failed',
          message: `go build exited with ${build.run.exitCode ?? build.run.signal}; its output is in the log and the summary.`,
        });
      }
      throw new StageFailed();
    }
    result.diagnostics.push(...found);
    log.info(`Built ${inputs.output}`);
    return build;
  }).catch(swallowStageFailure);

  if (built) {
    result.sharedObject = inputs.output;
    await stage('Inspect the shared object', async () => {
      if (inputs.expectSymbols.length === 0) return;
      const defined = await definedSymbolNames(inputs.output);
      const missing = missingExpectedSymbols(defined, inputs.expectSymbols);
      result.diagnostics.push(...missing);
      if (missing.length) throw new StageFailed();
      log.info(`All expected symbols are exported: ${inputs.expectSymbols.join(', ')}`);
    }).catch(swallowStageFailure);

    await stage('Load under Python', async () => {
      const echo = log.rawEcho();
      const smoke = await runSmoke({
        python: inputs.python,
        library: inputs.output,
        loadAs: 'ctypes',
        importTensorflow: true,
        smokeTest: inputs.smokeTest,
        timeoutMs: inputs.smokeTimeoutMs,
        env,
        cwd: inputs.workingDirectory,
        tempDir: defaultTempDir(),
        onOutput: (chunk) => echo.write(chunk),
      });
      echo.end();
      if (!smoke.ok) {
        result.diagnostics.push(...smokeDiagnostics(smoke, { library: inputs.output, timeoutMs: inputs.smokeTimeoutMs, loadAs: 'ctypes' }));
        result.rawTails.push({ title: 'Python load and smoke test', text: tailLines(smoke.run.combined) });
        throw new StageFailed();
      }
      log.info(`Loaded ${inputs.output} after import tensorflow${inputs.smokeTest ? ', and the smoke test passed' : ''}`);
    }).catch(swallowStageFailure);
  }

  if (goCache) await saveGoBuildCache(goCache.dirs, goCache.parts, goCache.restoredKey);
  result.diagnostics = mapToSource(result.diagnostics, facts, { packageDir: pkg.dir, computedLibraries: flags.computedLibraries });
  result.passed = !hasFailures(result.diagnostics, inputs.failOn);
  return result;
}

/** Go's build cache, keyed by go.sum and the Go and TensorFlow versions; absent service = one notice. */
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

class StageFailed extends Error {}

function swallowStageFailure(error: unknown): undefined {
  if (error instanceof StageFailed) return undefined;
  throw error;
}

export type { CgoPackageFacts };
