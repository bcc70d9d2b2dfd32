// The other TensorFlow on the machine (the C library's install, or a folder on
// LD_LIBRARY_PATH) against the real wheels: TensorFlow 2.21 imported, TensorFlow 2.20's
// library folder as the other copy. A failing import is an environment error with no link
// advice; a copy the built library binds on its own is a warning naming how it is reached.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runAction, errorsOf, type ActionRun } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.ts';
import { repoRoot, tfPython, tf220Python, tfDir } from '../helpers/env.ts';
import { loaderCacheUnavailable, loaderCacheWith } from '../helpers/loader-cache.ts';
import { runProcess } from '../../src/util/process.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));
const otherDir = () => tfDir(tf220Python());

async function exampleRun(
  options: { env?: Record<string, string>; launcher?: string[] } = {},
  from = path.join(repoRoot, 'example'),
): Promise<ActionRun> {
  const name = path.basename(from);
  const ws = makeWorkspace(from, name);
  workspaces.push(ws);
  return runAction({ workspace: ws, inputs: { 'working-directory': name, python: tfPython(), cache: 'false' }, ...options });
}

const linkAdvice = /CGO_LDFLAGS|-l:|#cgo LDFLAGS/;

test('TensorFlow 2.20 on LD_LIBRARY_PATH: import tensorflow fails, an environment error naming the folder, no link advice', async () => {
  const run = await exampleRun({ env: { LD_LIBRARY_PATH: otherDir() } });
  assert.equal(run.exitCode, 1, run.stdout);
  assert.equal(run.outputs.result, 'failed');
  const errors = errorsOf(run);
  assert.equal(errors.length, 1, run.stdout);
  const [error] = errors;
  assert.match(error!.message, /not your code or inputs/);
  assert.match(error!.message, /import tensorflow: it fails in this environment, before libexample\.so is loaded/);
  assert.match(error!.message, /Python said: ImportError: .*undefined symbol: _ZN4absl/);
  assert.ok(error!.message.includes(`in ${otherDir()} (TensorFlow 2.20.0), from LD_LIBRARY_PATH`), error!.message);
  assert.ok(error!.message.includes(`Take ${otherDir()} off LD_LIBRARY_PATH`), error!.message);
  for (const command of run.commands) assert.doesNotMatch(command.message, linkAdvice, 'no link advice for an environment failure');
});

test('the CLI exits 3 (environment) on the same failure', async () => {
  const ws = makeWorkspace(path.join(repoRoot, 'example'), 'example');
  workspaces.push(ws);
  const cli = await runProcess(
    process.execPath,
    [path.join(repoRoot, 'src', 'cli.ts'), '--workspace', ws, '--working-directory', 'example', '--python', tfPython(), '--cache', 'false'],
    { env: { ...process.env, LD_LIBRARY_PATH: otherDir() } },
  );
  assert.equal(cli.exitCode, 3, cli.combined);
  assert.match(cli.stderr, /environment error \(not your code or inputs\): import tensorflow/);
});

test('TensorFlow 2.20 in the loader cache: a warning naming the conf file and the folder; the loads pass', async (t) => {
  const unavailable = loaderCacheUnavailable();
  if (unavailable) return t.skip(unavailable);
  const cache = loaderCacheWith(otherDir(), 'tf220');
  try {
    const run = await exampleRun({ launcher: cache.launcher });
    assert.equal(run.exitCode, 0, run.stdout);
    const warnings = run.commands.filter((c) => c.command === 'warning');
    const other = warnings.find((w) => /binds another TensorFlow/.test(w.properties.title ?? ''));
    assert.ok(other, run.stdout);
    assert.equal(other.properties.title, 'Loaded on its own, libexample.so binds another TensorFlow');
    // The annotation: the first sentence of why, then the first of the fix.
    const [why, fix] = other.message.split('\n');
    assert.equal(
      why,
      `Loaded without import tensorflow first, libexample.so gets TensorFlow 2.20.0's libraries from the loader's cache (${cache.confFile}), not the wheel's 2.21.0.`,
    );
    assert.ok(fix!.startsWith(`Fix: Remove its line from ${cache.confFile} and run ldconfig`), fix);
    // The summary: the folder, both files and what a plain load then runs.
    const summary = run.summary.replaceAll('&#95;', '_');
    assert.ok(summary.includes(`libtensorflow_framework.so.2 and libtensorflow_cc.so.2 in ${otherDir()} (TensorFlow 2.20.0)`), summary);
    assert.match(summary, /TF_Version\(\) answers 2\.20\.0/);
    assert.match(
      summary,
      /Environment: TensorFlow libraries found: the wheel's TensorFlow 2\.21\.0 in .* \(used by import tensorflow\); .*, used by libexample\.so loaded on its own/,
    );
  } finally {
    cache.remove();
  }
});

test("mode: setup names the other TensorFlow in the loader cache for later steps, and exports the wheel's folder first", async (t) => {
  const unavailable = loaderCacheUnavailable();
  if (unavailable) return t.skip(unavailable);
  const cache = loaderCacheWith(otherDir(), 'tf220');
  try {
    const ws = makeWorkspace(path.join(repoRoot, 'example'), 'example');
    workspaces.push(ws);
    const run = await runAction({
      workspace: ws,
      inputs: { mode: 'setup', 'working-directory': 'example', python: tfPython(), cache: 'false' },
      launcher: cache.launcher,
    });
    assert.equal(run.exitCode, 0, run.stdout);
    const notice = run.commands.find(
      (c) => c.command === 'notice' && c.properties.title === "Another TensorFlow is on this job's loader paths",
    );
    assert.ok(notice, run.stdout);
    assert.ok(
      notice.message.startsWith(
        `This job's loader reaches TensorFlow 2.20.0's libraries from the loader's cache (${cache.confFile}), beside the wheel's 2.21.0.`,
      ),
      notice.message,
    );
    assert.match(run.envFile, new RegExp(`LD_LIBRARY_PATH<<[^\\n]*\\n${tfDir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  } finally {
    cache.remove();
  }
});

test('a Go-bindings package (-ltensorflow) with TensorFlow 2.20 in the loader cache: the same warning', async (t) => {
  const unavailable = loaderCacheUnavailable();
  if (unavailable) return t.skip(unavailable);
  const cache = loaderCacheWith(otherDir(), 'tf220');
  try {
    const run = await exampleRun({ launcher: cache.launcher }, path.join(repoRoot, 'test', 'fixtures', 'bindings', 'ltensorflow'));
    assert.equal(run.exitCode, 0, run.stdout);
    const other = run.commands.find((c) => c.command === 'warning' && /binds another TensorFlow/.test(c.properties.title ?? ''));
    assert.ok(other, run.stdout);
    assert.match(other.message, /gets TensorFlow 2\.20\.0's libraries from the loader's cache \(\/etc\/ld\.so\.conf\.d\/tf220\.conf\)/);
  } finally {
    cache.remove();
  }
});
