// Runs `go build -buildmode=c-shared` with the computed flags, echoing its output raw
// (guarded) and handing every chunk to the caller's parser as it arrives. It runs with -work,
// whose folder tells whether the package compiled in this run or came from Go's build cache
// (util/go-work.ts); the `WORK=` line is taken out of the output and the folder removed.
import path from 'node:path';
import fs from 'node:fs';
import { runProcess, type RunResult } from '../util/process.ts';
import { compiledInWorkDir, createWorkLineFilter, removeWorkDir, splitWorkLine } from '../util/go-work.ts';

export interface GoBuildRequest {
  workingDirectory: string;
  packagePath: string;
  output: string;
  buildFlags: string[];
  env: NodeJS.ProcessEnv;
  onOutput?: (chunk: string) => void;
  /** The package's cgo files, to tell whether it compiled (`compiled`). */
  cgoFiles?: readonly string[];
}

export interface GoBuildResult {
  ok: boolean;
  /** The build's arguments as reported (without -work). */
  args: string[];
  run: RunResult;
  /** Whether cmd/go compiled the package in this run; false when its objects came from the build cache. */
  compiled: boolean;
}

export function goBuildArgs(request: Pick<GoBuildRequest, 'packagePath' | 'output' | 'buildFlags'>): string[] {
  return ['build', '-buildmode=c-shared', ...request.buildFlags, '-o', request.output, request.packagePath];
}

/** The run as if without -work: its `WORK=` line taken out of stderr and the combined output. */
function withoutWorkLine(run: RunResult): RunResult {
  const stderr = splitWorkLine(run.stderr).output;
  // stdout and stderr interleaved: the line is the first of stderr, not always of the whole.
  const start = run.combined.startsWith('WORK=') ? 0 : run.combined.indexOf('\nWORK=') + 1;
  const end = start === 0 && !run.combined.startsWith('WORK=') ? -1 : run.combined.indexOf('\n', start);
  const combined = end < 0 ? run.combined : run.combined.slice(0, start) + run.combined.slice(end + 1);
  return { ...run, stderr, combined };
}

export async function goBuild(request: GoBuildRequest): Promise<GoBuildResult> {
  const args = goBuildArgs(request);
  await fs.promises.mkdir(path.dirname(request.output), { recursive: true });
  const filter = createWorkLineFilter();
  const run = await runProcess('go', ['build', '-work', ...args.slice(1)], {
    cwd: request.workingDirectory,
    env: request.env,
    onOutput: (chunk, stream) => {
      const shown = stream === 'stderr' ? filter.write(chunk) : chunk;
      if (shown) request.onOutput?.(shown);
    },
  });
  const rest = filter.end();
  if (rest) request.onOutput?.(rest);
  const workDir = filter.workDir ?? splitWorkLine(run.stderr).workDir;
  const compiled = workDir ? await compiledInWorkDir(workDir, request.cgoFiles ?? []) : true;
  await removeWorkDir(workDir);
  return { ok: run.exitCode === 0 && !run.spawnError, args, run: withoutWorkLine(run), compiled };
}
