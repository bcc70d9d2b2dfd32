// Real uv install of tensorflow-cpu, chosen by a range, into the action's own virtualenv
// under a temporary RUNNER_TOOL_CACHE, uv itself fetched with pip into that tool cache.
// Downloads the ~250 MB wheel (the uv cache is in the fresh tool cache too).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setupTensorFlow, type TfSetupDeps } from '../../src/setup/tf-install.ts';
import { ActionCache } from '../../src/setup/cache.ts';
import { UV_VERSION } from '../../src/setup/uv-tool.ts';
import { createRawEcho } from '../../src/util/raw-output.ts';
import { runProcess } from '../../src/util/process.ts';

const toolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-cgo-verify-toolcache-'));
// @actions/tool-cache reads the tool cache from the process, as on a runner.
const formerToolCache = process.env.RUNNER_TOOL_CACHE;
process.env.RUNNER_TOOL_CACHE = toolCache;
after(() => {
  if (formerToolCache === undefined) delete process.env.RUNNER_TOOL_CACHE;
  else process.env.RUNNER_TOOL_CACHE = formerToolCache;
  fs.rmSync(toolCache, { recursive: true, force: true });
});

function recordingLog() {
  const lines: string[] = [];
  const groups: string[] = [];
  const notices: string[] = [];
  const log: NonNullable<TfSetupDeps['log']> = {
    info: (m) => lines.push(m),
    notice: (m) => notices.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    group: async (name, fn) => {
      groups.push(name);
      return fn();
    },
    rawEcho: () => createRawEcho((text) => lines.push(text), { guard: false }),
  };
  return { log, lines, groups, notices };
}

test('installs tensorflow-cpu ~2.21 with uv into the action venv, reuses it, and it imports', { timeout: 15 * 60_000 }, async () => {
  const workingDirectory = fs.mkdtempSync(path.join(toolCache, 'wd-'));
  const env: NodeJS.ProcessEnv = { ...process.env, RUNNER_TOOL_CACHE: toolCache };
  for (const k of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN']) delete env[k];
  const cacheNotices: string[] = [];
  const cache = new ActionCache(undefined, { notice: (m) => cacheNotices.push(m), info: () => undefined });
  const options = {
    versionSpec: '~2.21',
    packageName: 'tensorflow-cpu',
    pipArgs: ['--quiet'],
    python: 'python3',
    cache: true,
    workingDirectory,
  };

  const first = recordingLog();
  const started = Date.now();
  const installed = await setupTensorFlow(options, { log: first.log, cache, env });
  const installMs = Date.now() - started;
  assert.equal(installed.source, 'venv-installed', first.lines.join(''));
  assert.equal(installed.version, '2.21.0');
  assert.ok(installed.venv!.startsWith(path.join(toolCache, 'tf-cgo-verify', 'venv', 'tensorflow-cpu-2.21.x-py')), installed.venv);
  assert.equal(installed.python, path.join(installed.venv!, 'bin', 'python'));
  assert.deepEqual(
    first.groups.map((g) => g.split(' ').slice(0, 2).join(' ')),
    ['uv venv', 'uv pip'],
  );
  // pip-args' --quiet, after what the machine's pip settings (if any) translate to.
  assert.match(first.groups[1]!, /^uv pip install tensorflow-cpu==2\.21\.\* (.* )?--quiet\b/);
  assert.equal(installed.spent?.how, 'uv');
  // uv came from the package index into the tool cache, in @actions/tool-cache's layout.
  assert.ok(fs.existsSync(path.join(toolCache, 'uv', UV_VERSION, 'x64', 'uv')), fs.readdirSync(toolCache).join(' '));
  assert.ok(fs.existsSync(path.join(toolCache, 'uv', UV_VERSION, 'x64.complete')));
  // No cache service here: said once, and the install went on.
  assert.equal(cacheNotices.length, 1, cacheNotices.join('\n'));

  const second = recordingLog();
  const reusedStarted = Date.now();
  const reused = await setupTensorFlow(options, { log: second.log, cache, env });
  const reuseMs = Date.now() - reusedStarted;
  // The fresh install names the key to save (in the post step); a reuse has nothing to save.
  const { cacheKey, spent: _spent, ...installedWithoutKey } = installed;
  assert.match(cacheKey ?? '', /^tf-cgo-verify-venv-v1-linux-x64-py3\.\d+\.\d+-tensorflow-cpu-2\.21\.x-/);
  assert.deepEqual(reused, { ...installedWithoutKey, source: 'venv-reused' });
  assert.deepEqual(second.groups, [], 'no venv, no pip on reuse');
  assert.equal(cacheNotices.length, 1, 'the notice is not repeated');

  const imported = await runProcess(reused.python, ['-c', 'import tensorflow as tf; print(tf.__version__)'], { timeoutMs: 120_000 });
  assert.equal(imported.exitCode, 0, imported.combined);
  assert.equal(imported.stdout.trim().split('\n').pop(), '2.21.0');
  console.log(`# install ${(installMs / 1000).toFixed(1)} s, reuse ${reuseMs} ms, import ${(imported.durationMs / 1000).toFixed(1)} s`);
});
