// The action end to end on example/ against the irreducible work on this machine: the
// same go build (same flags) plus one `python -c "import tensorflow, ctypes; ctypes.CDLL(...)"`.
// Runs alternate so that caches favour neither side, and each starts without its output
// file, as a CI checkout does (go build skips the link when an up-to-date output exists).
// Usage: npx node bench/action-e2e.ts [--runs=5]
import fs from 'node:fs';
import path from 'node:path';
import { runAction } from '../test/helpers/run-action.ts';
import { makeWorkspace, removeWorkspace } from '../test/helpers/workspace.ts';
import { repoRoot, tfPython } from '../test/helpers/env.ts';
import { runProcess } from '../src/util/process.ts';
import { median, runsFromArgs, fmtMs } from './common.ts';

const runs = runsFromArgs(5);
const ws = makeWorkspace(path.join(repoRoot, 'example'), 'example');
const dir = path.join(ws, 'example');
const python = tfPython();

const first = await runAction({ workspace: ws, inputs: { 'working-directory': 'example', python } });
if (first.outputs.result !== 'passed') throw new Error(`the action failed on example/:\n${first.stdout}`);
const env = { ...process.env, CGO_ENABLED: '1', CGO_CFLAGS: first.outputs['cgo-cflags']!, CGO_LDFLAGS: first.outputs['cgo-ldflags']! };

function removeOutput(lib: string): void {
  fs.rmSync(lib, { force: true });
  fs.rmSync(lib.replace(/\.so$/, '.h'), { force: true });
}

async function baseline(): Promise<number> {
  const lib = path.join(dir, 'libbaseline.so');
  removeOutput(lib);
  const started = Date.now();
  const build = await runProcess('go', ['build', '-buildmode=c-shared', '-o', lib, '.'], { cwd: dir, env });
  if (build.exitCode !== 0) throw new Error(build.combined);
  const load = await runProcess(python, ['-c', `import tensorflow, ctypes; ctypes.CDLL(${JSON.stringify(lib)})`], { cwd: dir });
  if (load.exitCode !== 0) throw new Error(load.combined);
  return Date.now() - started;
}

const action: number[] = [];
const base: number[] = [];
for (let i = 0; i < runs; i++) {
  base.push(await baseline());
  removeOutput(path.join(dir, 'libexample.so'));
  const run = await runAction({ workspace: ws, inputs: { 'working-directory': 'example', python } });
  if (run.outputs.result !== 'passed') throw new Error(run.stdout);
  action.push(run.durationMs);
}
removeWorkspace(ws);
const ratio = median(action) / median(base);
console.log(`action end to end on example/: median ${fmtMs(median(action))} over ${runs} runs [${action.map(fmtMs).join(', ')}]`);
console.log(`go build + import tensorflow + CDLL:  median ${fmtMs(median(base))} over ${runs} runs [${base.map(fmtMs).join(', ')}]`);
console.log(`ratio (action / irreducible work): ${ratio.toFixed(3)} (target <= 1.25)`);
