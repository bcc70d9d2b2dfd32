// A cold TensorFlow job: the whole action (dist/index.js) on example/ with tensorflow-version,
// a fresh tool cache (no uv, no uv wheel cache, no virtualenv, no link stubs) and no Actions
// cache service, against `python -m venv` + `pip install --no-cache-dir` of the same version
// alone (no build, no load). Runs alternate, so that the network and the page cache favour
// neither side. Go's build cache is the machine's unless --cold-go (then a fresh GOCACHE for
// each action run, as on a new hosted runner whose cache missed).
// Target: action / pip install <= 0.6, the action including its build and loads.
// Run: npx node bench/tf-install-cold.ts [--runs=1] [--version=2.21.0] [--cold-go]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../test/helpers/run-action.ts';
import { makeWorkspace, removeWorkspace } from '../test/helpers/workspace.ts';
import { repoRoot } from '../test/helpers/env.ts';
import { runProcess } from '../src/util/process.ts';
import { stageTable } from '../test/helpers/stage-table.ts';
import { fmtMs, median, runsFromArgs, timeIt } from './common.ts';

const runs = runsFromArgs(1);
const version = process.argv.find((a) => a.startsWith('--version='))?.slice('--version='.length) ?? '2.21.0';
const coldGo = process.argv.includes('--cold-go');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tf-install-cold-'));
const ws = makeWorkspace(path.join(repoRoot, 'example'), 'example');
// The machine's cache service, if any, stays out: nothing may be restored.
const noCacheService = { ACTIONS_CACHE_URL: '', ACTIONS_RESULTS_URL: '', ACTIONS_RUNTIME_TOKEN: '' };

async function actionRun(i: number): Promise<{ ms: number; setup: string }> {
  fs.rmSync(path.join(ws, 'example', 'libexample.so'), { force: true });
  const toolCache = path.join(tmp, `toolcache-${i}`);
  const run = await runAction({
    workspace: ws,
    toolCache,
    inputs: { 'working-directory': 'example', python: 'python3', 'tensorflow-version': version, 'smoke-test': 'smoke_test.py' },
    env: { ...noCacheService, ...(coldGo ? { GOCACHE: path.join(tmp, `gocache-${i}`) } : {}) },
    timeoutMs: 30 * 60_000,
  });
  if (run.outputs.result !== 'passed') throw new Error(`the action failed on example/:\n${run.stdout}`);
  const setup = stageTable(run.summary).stages[0]?.name ?? '';
  fs.rmSync(toolCache, { recursive: true, force: true });
  return { ms: run.durationMs, setup };
}

async function pipRun(i: number): Promise<number> {
  const venv = path.join(tmp, `pip-venv-${i}`);
  const ms = await timeIt(async () => {
    const made = await runProcess('python3', ['-m', 'venv', venv], { timeoutMs: 300_000 });
    if (made.exitCode !== 0) throw new Error(made.combined);
    const pip = await runProcess(
      path.join(venv, 'bin', 'python'),
      ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-cache-dir', '--quiet', `tensorflow-cpu==${version}`],
      { timeoutMs: 30 * 60_000 },
    );
    if (pip.exitCode !== 0) throw new Error(pip.combined);
  });
  fs.rmSync(venv, { recursive: true, force: true });
  return ms;
}

try {
  const actions: number[] = [];
  const pips: number[] = [];
  for (let i = 0; i < runs; i++) {
    const action = await actionRun(i);
    actions.push(action.ms);
    pips.push(await pipRun(i));
    console.log(`run ${i + 1}: action ${fmtMs(action.ms)} (${action.setup}), pip install ${fmtMs(pips.at(-1)!)}`);
  }
  const ratio = median(actions) / median(pips);
  console.log(`tensorflow-cpu ${version}, ${runs} run(s), Go build cache ${coldGo ? 'fresh' : "the machine's"}`);
  console.log(
    `whole action, cold: median ${fmtMs(median(actions))}; python -m venv + pip install --no-cache-dir: median ${fmtMs(median(pips))}`,
  );
  console.log(`ratio action / pip install: ${ratio.toFixed(2)} (target <= 0.6)`);
} finally {
  removeWorkspace(ws);
  fs.rmSync(tmp, { recursive: true, force: true });
}
