// The action end to end on example/ against the hand-written workflow it replaces: `go build`
// linking the real TensorFlow libraries, then one `python -c "import tensorflow, ctypes;
// ctypes.CDLL(...)"`. The action runs with its default inputs (link-against: stubs), once with
// a fresh tool cache (stubs generated, as on a new runner) and once with the stubs cached
// (a later run on the same runner, or after setup mode); and with link-against: libraries.
// Runs alternate so that caches favour no side, and each starts without its output file, as
// a CI checkout does (go build skips the link when an up-to-date output exists).
// The stage tables of the cached-stubs runs give the overlap: the stages' own times added up,
// less the wall time, is the part of the tensorflow import hidden behind the other stages. --sequential-entry=<dist/index.js of a build without the overlap>
// adds that build as one more contender (cached stubs), to measure what the overlap gains.
// On one core: taskset -c 0 npx node bench/action-e2e.ts (the baseline is pinned as well).
// Usage: npx node bench/action-e2e.ts [--runs=5] [--sequential-entry=PATH]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../test/helpers/run-action.ts';
import { makeWorkspace, removeWorkspace } from '../test/helpers/workspace.ts';
import { repoRoot, tfPython } from '../test/helpers/env.ts';
import { runProcess } from '../src/util/process.ts';
import { median, runsFromArgs, fmtMs } from './common.ts';
import { stageTable } from '../test/helpers/stage-table.ts';

const runs = runsFromArgs(5);
const sequentialEntry = process.argv.find((a) => a.startsWith('--sequential-entry='))?.slice('--sequential-entry='.length);
const ws = makeWorkspace(path.join(repoRoot, 'example'), 'example');
const dir = path.join(ws, 'example');
const python = tfPython();
const warmToolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-toolcache-'));

function removeOutput(lib: string): void {
  fs.rmSync(lib, { force: true });
  fs.rmSync(lib.replace(/\.so$/, '.h'), { force: true });
}

async function action(
  inputs: Record<string, string>,
  toolCache?: string,
  entry?: string,
): Promise<{ ms: number; ldflags: string; cflags: string; overlapMs?: number }> {
  removeOutput(path.join(dir, 'libexample.so'));
  const run = await runAction({
    workspace: ws,
    inputs: { 'working-directory': 'example', python, ...inputs },
    ...(toolCache ? { toolCache } : {}),
    ...(entry ? { entry } : {}),
  });
  if (run.outputs.result !== 'passed') throw new Error(`the action failed on example/:\n${run.stdout}`);
  const table = stageTable(run.summary);
  const added = table.stages.reduce((sum, s) => sum + (Number.isNaN(s.ms) ? 0 : s.ms), 0);
  return {
    ms: run.durationMs,
    ldflags: run.outputs['cgo-ldflags']!,
    cflags: run.outputs['cgo-cflags']!,
    ...(table.wallMs !== undefined ? { overlapMs: added - table.wallMs } : {}),
  };
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

const times = {
  baseline: [] as number[],
  stubsFresh: [] as number[],
  stubsCached: [] as number[],
  libraries: [] as number[],
  sequential: [] as number[],
};
const overlaps: number[] = [];
const loads: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    times.baseline.push(await baseline());
    times.stubsFresh.push((await action({})).ms);
    const cached = await action({}, warmToolCache);
    times.stubsCached.push(cached.ms);
    if (cached.overlapMs !== undefined) overlaps.push(cached.overlapMs);
    if (sequentialEntry) times.sequential.push((await action({}, warmToolCache, sequentialEntry)).ms);
    times.libraries.push((await action({ 'link-against': 'libraries' })).ms);
    loads.push(os.loadavg()[0]!);
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
if (sequentialEntry) line(`without the overlap (${sequentialEntry}), stubs cached`, times.sequential);
const ratio = (t: number[]) => (median(t) / median(times.baseline)).toFixed(3);
console.log(
  `ratio action / hand-written workflow: stubs fresh ${ratio(times.stubsFresh)}, stubs cached ${ratio(times.stubsCached)} (target <= 0.4); libraries ${ratio(times.libraries)}`,
);
if (overlaps.length > 0)
  console.log(
    `stubs cached: the stages' own times add up to ${fmtMs(median(overlaps))} more than the wall time (median): the import hidden behind resolve, flags, build and inspect`,
  );
if (sequentialEntry)
  console.log(
    `the overlap gains ${fmtMs(median(times.sequential) - median(times.stubsCached))}: with it / without it ${(median(times.stubsCached) / median(times.sequential)).toFixed(3)}`,
  );
console.log(
  `CPUs available: ${os.availableParallelism()}; 1-min load average after each round: ${loads.map((l) => l.toFixed(2)).join(', ')} (median ${median(loads).toFixed(2)})`,
);
