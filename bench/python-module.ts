// The action on the Go extension module fixture (import my_golang_module) against the
// hand-written build of it: CGO_CFLAGS with the interpreter's include folder
// (sysconfig.get_paths()["include"]) and TensorFlow's, CGO_LDFLAGS with -ltensorflow bound to
// libtensorflow_cc.so.2 through a link folder, a RUNPATH to TensorFlow and no -z defs; then the
// two imports the action makes: after import tensorflow, and in a fresh Python without it.
// Both sides run with a warm Go build cache (one unmeasured run each first; the CGO_* flags
// are part of cmd/go's cache key) and start without their output (go build skips the link of
// an up-to-date output). Outputs go outside the package folder, so that go build's header
// beside the library does not change the package.
// Usage: npx node bench/python-module.ts [--runs=3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../test/helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../test/helpers/workspace.ts';
import { tfPython } from '../test/helpers/env.ts';
import { runProcess } from '../src/util/process.ts';
import { locateTensorFlow } from '../src/resolve/tensorflow.ts';
import { median, runsFromArgs, fmtMs } from './common.ts';

const runs = runsFromArgs(3);
const ws = makeWorkspace(fixturePackage('python-module'), 'mod');
const dir = path.join(ws, 'mod');
const python = tfPython();
const toolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pymodule-toolcache-'));
const out = path.join(ws, 'out');
const handOut = path.join(ws, 'hand');
const linkDir = path.join(ws, 'link');
for (const d of [out, handOut, linkDir]) fs.mkdirSync(d);

const tf = await locateTensorFlow(python);
fs.symlinkSync(path.join(tf.dir, 'libtensorflow_cc.so.2'), path.join(linkDir, 'libtensorflow.so'));
const handEnv = {
  ...process.env,
  CGO_ENABLED: '1',
  CGO_CFLAGS: `-O2 -g -I${tf.pythonIncludeDir} -I${tf.includeDir}`,
  CGO_LDFLAGS: `-L${linkDir} -ltensorflow -Wl,-rpath,${tf.dir}`,
};
console.log(`hand-written CGO_CFLAGS=${handEnv.CGO_CFLAGS}\nhand-written CGO_LDFLAGS=${handEnv.CGO_LDFLAGS}`);

function removeOutput(folder: string): void {
  for (const file of ['my_golang_module.so', 'my_golang_module.h']) fs.rmSync(path.join(folder, file), { force: true });
}

async function importBothWays(folder: string): Promise<void> {
  const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' };
  const [after, fresh] = await Promise.all([
    runProcess(python, ['-c', 'import tensorflow, my_golang_module; my_golang_module.tf_version()'], { cwd: folder, env }),
    runProcess(python, ['-c', 'import my_golang_module; my_golang_module.tf_version()'], { cwd: folder, env }),
  ]);
  for (const run of [after, fresh]) if (run.exitCode !== 0) throw new Error(run.combined);
}

async function handWritten(): Promise<number> {
  removeOutput(handOut);
  const started = Date.now();
  const build = await runProcess('go', ['build', '-buildmode=c-shared', '-o', path.join(handOut, 'my_golang_module.so'), '.'], {
    cwd: dir,
    env: handEnv,
  });
  if (build.exitCode !== 0) throw new Error(build.combined);
  await importBothWays(handOut);
  return Date.now() - started;
}

async function action(): Promise<number> {
  removeOutput(out);
  const run = await runAction({
    workspace: ws,
    inputs: { 'working-directory': 'mod', python, cache: 'false', output: '../out/my_golang_module.so' },
    toolCache,
  });
  if (run.outputs.result !== 'passed') throw new Error(`the action failed on the module fixture:\n${run.stdout}`);
  return run.durationMs;
}

const times = { hand: [] as number[], action: [] as number[] };
try {
  // Warm-up, unmeasured: the Go build cache for each side's flags, and the link stubs.
  await handWritten();
  await action();
  for (let i = 0; i < runs; i++) {
    times.hand.push(await handWritten());
    times.action.push(await action());
  }
} finally {
  removeWorkspace(ws);
  fs.rmSync(toolCache, { recursive: true, force: true });
}
const line = (label: string, t: number[]) =>
  console.log(`${label.padEnd(60)} median ${fmtMs(median(t))} over ${runs} runs [${t.map(fmtMs).join(', ')}]`);
line('hand-written: go build + import after tensorflow and fresh', times.hand);
line('action, default inputs (stubs, both imports)', times.action);
console.log(`ratio action / hand-written: ${(median(times.action) / median(times.hand)).toFixed(3)} (target <= 0.6)`);
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
