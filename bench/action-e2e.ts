// The action end to end on example/ against the hand-written workflow it replaces: `go build`
// linking the real TensorFlow libraries, then one `python -c "import tensorflow, ctypes;
// ctypes.CDLL(...)"`. The action runs with its default inputs (link-against: stubs), once with
// a fresh tool cache (stubs generated, as on a new runner) and once with the stubs cached
// (a later run on the same runner, or after setup mode); and with link-against: libraries.
// Runs alternate so that caches favour no side, and each starts without its output file, as
// a CI checkout does (go build skips the link when an up-to-date output exists).
// Usage: npx node bench/action-e2e.ts [--runs=5]
import fs from 'node:fs';
import os from 'node:os';
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
const warmToolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-toolcache-'));

function removeOutput(lib: string): void {
  fs.rmSync(lib, { force: true });
  fs.rmSync(lib.replace(/\.so$/, '.h'), { force: true });
}

async function action(inputs: Record<string, string>, toolCache?: string): Promise<{ ms: number; ldflags: string; cflags: string }> {
  removeOutput(path.join(dir, 'libexample.so'));
  const run = await runAction({
    workspace: ws,
    inputs: { 'working-directory': 'example', python, ...inputs },
    ...(toolCache ? { toolCache } : {}),
  });
  if (run.outputs.result !== 'passed') throw new Error(`the action failed on example/:\n${run.stdout}`);
  return { ms: run.durationMs, ldflags: run.outputs['cgo-ldflags']!, cflags: run.outputs['cgo-cflags']! };
}

// The hand-written workflow links the real libraries: take the flags of a link-against: libraries run.
const real = await action({ 'link-against': 'libraries' });
await action({}, warmToolCache); // fills the warm tool cache
const env = { ...process.env, CGO_ENABLED: '1', CGO_CFLAGS: real.cflags, CGO_LDFLAGS: real.ldflags };
console.log(`baseline CGO_LDFLAGS=${real.ldflags}`);

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

const times = { baseline: [] as number[], stubsFresh: [] as number[], stubsCached: [] as number[], libraries: [] as number[] };
try {
  for (let i = 0; i < runs; i++) {
    times.baseline.push(await baseline());
    times.stubsFresh.push((await action({})).ms);
    times.stubsCached.push((await action({}, warmToolCache)).ms);
    times.libraries.push((await action({ 'link-against': 'libraries' })).ms);
  }
} finally {
  removeWorkspace(ws);
  fs.rmSync(warmToolCache, { recursive: true, force: true });
}
const line = (label: string, t: number[]) =>
  console.log(`${label.padEnd(48)} median ${fmtMs(median(t))} over ${runs} runs [${t.map(fmtMs).join(', ')}]`);
line('go build (real libraries) + import tensorflow + CDLL', times.baseline);
line('action, link-against stubs, fresh tool cache', times.stubsFresh);
line('action, link-against stubs, stubs cached', times.stubsCached);
line('action, link-against libraries', times.libraries);
const ratio = (t: number[]) => (median(t) / median(times.baseline)).toFixed(3);
console.log(
  `ratio action / hand-written workflow: stubs fresh ${ratio(times.stubsFresh)}, stubs cached ${ratio(times.stubsCached)} (target <= 0.6); libraries ${ratio(times.libraries)}`,
);
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
