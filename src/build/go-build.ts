// Runs `go build -buildmode=c-shared` with the computed flags, echoing its output raw
// (guarded) and handing every chunk to the caller's parser as it arrives.
import path from 'node:path';
import fs from 'node:fs';
import { runProcess, type RunResult } from '../util/process.ts';

export interface GoBuildRequest {
  workingDirectory: string;
  packagePath: string;
  output: string;
  buildFlags: string[];
  env: NodeJS.ProcessEnv;
  onOutput?: (chunk: string) => void;
}

export interface GoBuildResult {
  ok: boolean;
  args: string[];
  run: RunResult;
}

export function goBuildArgs(request: Pick<GoBuildRequest, 'packagePath' | 'output' | 'buildFlags'>): string[] {
  return ['build', '-buildmode=c-shared', ...request.buildFlags, '-o', request.output, request.packagePath];
}

export async function goBuild(request: GoBuildRequest): Promise<GoBuildResult> {
  const args = goBuildArgs(request);
  await fs.promises.mkdir(path.dirname(request.output), { recursive: true });
  const run = await runProcess('go', args, {
    cwd: request.workingDirectory,
    env: request.env,
    onOutput: (chunk) => request.onOutput?.(chunk),
  });
  return { ok: run.exitCode === 0 && !run.spawnError, args, run };
}
