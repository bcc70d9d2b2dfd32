// Stage 4: go build -buildmode=c-shared, its output echoed raw and parsed as it arrives.
// Go's build cache is restored before the build; the stage returns it as a pending cache,
// which the post step saves after a successful build only (src/post.ts): a failed build
// has nothing worth keeping, and its key would then hold a half-filled cache.
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
import { tailLines, type CheckResult } from '../stage.ts';
import { runProcess } from '../util/process.ts';
import { goBuild } from './go-build.ts';

export interface BuildStage extends CheckResult {
  /** The built library, when the build succeeded. */
  sharedObject?: string;
  /** Go's build cache, for the post step to save; when the cache is on and the service configured. */
  goCache?: PendingCache;
}

/**
 * Restores Go's build cache, keyed by go.sum and the Go and TensorFlow versions, and returns
 * it as a cache to save later. After an earlier cache failure in this run the restore is
 * skipped (ActionCache said so once), but the entry is still returned: the post step tries again.
 */
async function restoreGoCache(resolved: Pick<ResolveStage, 'pkg' | 'goVersion' | 'tf'>, env: NodeJS.ProcessEnv, cache: ActionCache): Promise<PendingCache | undefined> {
  if (!cache.configured) return undefined;
  const { pkg } = resolved;
  const goSum = pkg.module ? path.join(path.dirname(pkg.module.goMod), 'go.sum') : undefined;
  const sum = goSum && fs.existsSync(goSum) ? await fs.promises.readFile(goSum, 'utf8') : '';
  const gocache = (await runProcess('go', ['env', 'GOCACHE'], { env })).stdout.trim();
  if (!gocache) return undefined;
  const parts = { platform: process.platform, arch: process.arch, goVersion: resolved.goVersion, goSumHash: goSumHash(sum), tfVersion: resolved.tf.version };
  const dirs = [gocache];
  return pendingGoBuildCache(dirs, parts, await restoreGoBuildCache(dirs, parts, cache));
}

export interface BuildRequest {
  inputs: Inputs;
  resolved: Pick<ResolveStage, 'pkg' | 'goVersion' | 'tf'>;
  cgoEnv: Record<string, string>;
  env: NodeJS.ProcessEnv;
  log: Log;
  /** The run's cache, when the cache input is on. */
  cache?: ActionCache;
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
export function refusedOutputError(combinedOutput: string, inputs: Pick<Inputs, 'output' | 'workspace' | 'workingDirectory'>): InputError | undefined {
  if (!/build output "[^"]*" already exists and is not an object file/.test(combinedOutput)) return undefined;
  const shown = path.relative(inputs.workspace, inputs.output);
  const suggestion = path.relative(inputs.workingDirectory, path.join(inputs.workingDirectory, 'build', path.basename(inputs.output)));
  return new InputError('output', `${shown} already exists and is ${describeExisting(inputs.output)}, so go build refuses to write the shared object there; the action leaves that file as it is. Remove or rename it in the repository, or set 'output' to a path where nothing is yet, e.g. ${suggestion}.`);
}

export async function build({ inputs, resolved, cgoEnv, env, log, cache }: BuildRequest): Promise<BuildStage> {
  const goCache = cache ? await restoreGoCache(resolved, env, cache) : undefined;
  const parser = createBuildOutputParser();
  const echo = log.rawEcho();
  const run = await goBuild({
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
  const diagnostics: Diagnostic[] = parser.end();
  if (run.run.spawnError) throw new InputError('go-version', `cannot run go: ${run.run.spawnError.message}. Put Go on PATH or set 'go-version'.`);
  if (!run.ok) {
    const refused = refusedOutputError(run.run.combined, inputs);
    if (refused) throw refused;
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        severity: 'error', kind: 'other', stage: 'build',
        title: 'go build failed',
        message: `go build exited with ${run.run.exitCode ?? run.run.signal}; its output is in the log and the summary.`,
      });
    }
    return { ok: false, diagnostics, rawTails: [{ title: `go ${run.args.join(' ')}`, text: tailLines(run.run.combined) }], notes: [], ...(goCache ? { goCache } : {}) };
  }
  log.info(`Built ${inputs.output}`);
  return { ok: true, sharedObject: inputs.output, diagnostics, rawTails: [], notes: [], ...(goCache ? { goCache } : {}) };
}
