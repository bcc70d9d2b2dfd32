// The action on the C++ kernel fixture (the tensorflow-io layout) against the hand-written
// equivalent: `go build` with CGO_CXXFLAGS from tf.sysconfig.get_compile_flags() and
// CGO_LDFLAGS from get_link_flags(), then `python -c "import tensorflow as tf;
// tf.load_op_library(...)"`. Both run with a warm Go build cache (one unmeasured run each
// first; the CGO_* flags are part of cmd/go's cache key, so each side warms its own) and
// start without their output file (go build skips the link of an up-to-date output). Also
// the link alone: `go build` against the link stubs (answering the kernel's mangled names)
// against the real libraries, compile cached. And the action with the link stubs removed
// before each run, as on a hosted runner whose tool cache starts empty while Go's build cache
// is restored (the stub folder keeps its path, so the compile stays cached). Every output
// goes outside the package folder: go build writes lib<name>.h beside the library, and a
// header file in the package folder is one of its files, so it would change the package and
// undo the cache.
// Usage: npx node bench/kernel.ts [--runs=3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../test/helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../test/helpers/workspace.ts';
import { tfPython } from '../test/helpers/env.ts';
import { runProcess } from '../src/util/process.ts';
import { median, runsFromArgs, fmtMs } from './common.ts';

const runs = runsFromArgs(3);
const ws = makeWorkspace(fixturePackage('kernel'), 'kernel');
const dir = path.join(ws, 'kernel');
const python = tfPython();
const toolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-kernel-toolcache-'));
const out = path.join(ws, 'out');
fs.mkdirSync(out);

function removeOutput(lib: string): void {
  fs.rmSync(lib, { force: true });
  fs.rmSync(lib.replace(/\.so$/, '.h'), { force: true });
}

async function action(): Promise<{ ms: number; cgoEnv: Record<string, string> }> {
  removeOutput(path.join(out, 'libkernel.so'));
  const run = await runAction({
    workspace: ws,
    inputs: { 'working-directory': 'kernel', python, cache: 'false', output: '../out/libkernel.so' },
    toolCache,
  });
  if (run.outputs.result !== 'passed') throw new Error(`the action failed on the kernel fixture:\n${run.stdout}`);
  const ldflags = run.outputs['cgo-ldflags']!;
  const cxxflags = /^CGO_CXXFLAGS: (.*)$/m.exec(run.stdout)?.[1] ?? '';
  return { ms: run.durationMs, cgoEnv: { CGO_CFLAGS: run.outputs['cgo-cflags']!, CGO_CXXFLAGS: cxxflags, CGO_LDFLAGS: ldflags } };
}

const sysconfig = await runProcess(
  python,
  ['-c', 'import json, tensorflow as tf; print(json.dumps([tf.sysconfig.get_compile_flags(), tf.sysconfig.get_link_flags()]))'],
  { env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } },
);
const [compileFlags, linkFlags] = JSON.parse(sysconfig.stdout.trim().split('\n').pop()!) as [string[], string[]];
const handEnv = {
  ...process.env,
  CGO_ENABLED: '1',
  CGO_CXXFLAGS: ['-O2', '-g', ...compileFlags].join(' '),
  CGO_LDFLAGS: linkFlags.join(' '),
};
console.log(`hand-written CGO_CXXFLAGS=${handEnv.CGO_CXXFLAGS}\nhand-written CGO_LDFLAGS=${handEnv.CGO_LDFLAGS}`);

async function goBuild(env: NodeJS.ProcessEnv, name: string): Promise<number> {
  const lib = path.join(out, name);
  removeOutput(lib);
  const started = Date.now();
  const build = await runProcess('go', ['build', '-buildmode=c-shared', '-o', lib, '.'], { cwd: dir, env });
  if (build.exitCode !== 0) throw new Error(build.combined);
  return Date.now() - started;
}

async function handWritten(): Promise<number> {
  const lib = path.join(out, 'libhand.so');
  const started = Date.now();
  await goBuild(handEnv, 'libhand.so');
  const load = await runProcess(python, ['-c', `import tensorflow as tf; tf.load_op_library(${JSON.stringify(lib)})`], { cwd: dir });
  if (load.exitCode !== 0) throw new Error(load.combined);
  return Date.now() - started;
}

const times = {
  hand: [] as number[],
  action: [] as number[],
  actionNewStubs: [] as number[],
  linkStubs: [] as number[],
  linkReal: [] as number[],
};
try {
  // Warm-up, unmeasured: the Go build cache for each side's flags, and the link stubs.
  await handWritten();
  const { cgoEnv } = await action();
  const stubEnv = { ...process.env, CGO_ENABLED: '1', ...cgoEnv };
  const stubDir = /-L(\S*tf-cgo-verify-stubs\S*)/.exec(cgoEnv.CGO_LDFLAGS!)?.[1];
  if (!stubDir) throw new Error(`the action did not link against the stubs: ${cgoEnv.CGO_LDFLAGS}`);
  const tfLibDir = linkFlags[0]!.replace(/^-L/, '');
  const realEnv = { ...stubEnv, CGO_LDFLAGS: cgoEnv.CGO_LDFLAGS!.replace(`-L${stubDir}`, `-L${tfLibDir}`) };
  await goBuild(realEnv, 'libreal.so');
  for (let i = 0; i < runs; i++) {
    times.hand.push(await handWritten());
    times.action.push((await action()).ms);
    fs.rmSync(path.join(toolCache, 'tf-cgo-verify-stubs'), { recursive: true, force: true });
    times.actionNewStubs.push((await action()).ms);
    times.linkStubs.push(await goBuild(stubEnv, 'libstubs.so'));
    times.linkReal.push(await goBuild(realEnv, 'libreal.so'));
  }
} finally {
  removeWorkspace(ws);
  fs.rmSync(toolCache, { recursive: true, force: true });
}
const line = (label: string, t: number[]) =>
  console.log(`${label.padEnd(60)} median ${fmtMs(median(t))} over ${runs} runs [${t.map(fmtMs).join(', ')}]`);
line('hand-written: go build (sysconfig flags) + tf.load_op_library', times.hand);
line('action, default inputs (stubs, both loads)', times.action);
line('action, default inputs, link stubs made in the run', times.actionNewStubs);
line('go build, compile cached: link against the stubs', times.linkStubs);
line('go build, compile cached: link against the real libraries', times.linkReal);
console.log(`ratio action / hand-written: ${(median(times.action) / median(times.hand)).toFixed(3)} (target <= 0.9)`);
console.log(
  `ratio action with stubs made in the run / hand-written: ${(median(times.actionNewStubs) / median(times.hand)).toFixed(3)} (target <= 0.7)`,
);
console.log(`ratio link stubs / real libraries: ${(median(times.linkStubs) / median(times.linkReal)).toFixed(3)}`);
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
