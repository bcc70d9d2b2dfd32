// What a later step's `go test ./...` costs with the environment mode: setup exports, against
// the hand-written equivalent a user sets today (-I<tf>/include, -L<tf> and the two TensorFlow
// libraries, LD_LIBRARY_PATH), on test/fixtures/setup-mode/tfmodule with the pip TensorFlow in
// .tf-venv. Same run, interleaved, -count=1 (the test binary is linked and run each time; the
// package compile is cached after one warm-up per environment). Medians of N runs each. Also
// the setup itself (runSetupMode, in process), once.
// Usage: npx node bench/setup-mode.ts [--runs=3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/inputs.ts';
import { silentLog } from '../src/log.ts';
import { runSetupMode } from '../src/setup-mode.ts';
import { runProcess } from '../src/util/process.ts';
import { fmtMs, median, runsFromArgs, timeIt } from './common.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const python = process.env.TF_CGO_VERIFY_PYTHON ?? path.join(repoRoot, '.tf-venv', 'bin', 'python');
const runs = runsFromArgs(3);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-mode-bench-'));

try {
  const ws = path.join(tmp, 'ws');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'setup-mode', 'tfmodule'), path.join(ws, 'tfmodule'), { recursive: true });
  process.env.RUNNER_TEMP = path.join(tmp, 'temp');
  fs.mkdirSync(process.env.RUNNER_TEMP);
  const values: Record<string, string> = { mode: 'setup', 'working-directory': 'tfmodule', python, cache: 'false' };
  const inputs = readInputs((name) => values[name] ?? '', { workspace: ws, mode: 'setup' });
  let result: Awaited<ReturnType<typeof runSetupMode>> | undefined;
  const setupMs = await timeIt(async () => {
    result = await runSetupMode(inputs, silentLog);
  });
  const { exports, tf } = result!;

  const base: NodeJS.ProcessEnv = { ...process.env, TFMODULE_WANT_VERSION: tf.version };
  for (const name of ['CGO_CFLAGS', 'CGO_LDFLAGS', 'LD_LIBRARY_PATH', 'GOTOOLCHAIN']) delete base[name];
  const exported: NodeJS.ProcessEnv = { ...base, ...exports.env, PATH: [...exports.path, base.PATH].join(path.delimiter) };
  const byHand: NodeJS.ProcessEnv = {
    ...base,
    CGO_ENABLED: '1',
    CGO_CFLAGS: `-I${tf.includeDir}`,
    CGO_LDFLAGS: `-L${tf.dir} -l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2`,
    LD_LIBRARY_PATH: tf.dir,
  };
  const goTest = async (env: NodeJS.ProcessEnv) => {
    const run = await runProcess('go', ['test', '-count=1', './...'], { cwd: path.join(ws, 'tfmodule'), env, timeoutMs: 900_000 });
    if (run.exitCode !== 0) throw new Error(`go test failed:\n${run.combined}`);
  };

  console.log(`setup (runSetupMode: Go on PATH, TensorFlow in .tf-venv, go list, flags): ${fmtMs(setupMs)}`);
  for (const [name, value] of Object.entries(exports.env)) console.log(`  exported ${name}=${value}`);
  console.log(`  by hand  CGO_CFLAGS=${byHand.CGO_CFLAGS}\n  by hand  CGO_LDFLAGS=${byHand.CGO_LDFLAGS}`);
  const warm = { exported: await timeIt(() => goTest(exported)), byHand: await timeIt(() => goTest(byHand)) };
  console.log(`warm-up (compiles the cgo packages once per environment): exported ${fmtMs(warm.exported)}, by hand ${fmtMs(warm.byHand)}`);
  const times: { exported: number[]; byHand: number[] } = { exported: [], byHand: [] };
  for (let i = 0; i < runs; i++) {
    times.exported.push(await timeIt(() => goTest(exported)));
    times.byHand.push(await timeIt(() => goTest(byHand)));
  }
  const show = (xs: number[]) => `median ${fmtMs(median(xs))} (${xs.map(fmtMs).join(', ')})`;
  console.log(`go test -count=1 ./... with the exported environment: ${show(times.exported)}`);
  console.log(`go test -count=1 ./... with the flags set by hand:     ${show(times.byHand)}`);
  const diff = median(times.exported) - median(times.byHand);
  console.log(
    `difference of medians: ${diff >= 0 ? '+' : '-'}${fmtMs(Math.abs(diff))} (${((diff / median(times.byHand)) * 100).toFixed(1)}%)`,
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
