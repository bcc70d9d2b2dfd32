// load-on-tensorflow: the very same file built on the real TensorFlow 2.21 is loaded under a real
// 2.20, installed by the action's own installer (one tool cache for the file: the second test
// reuses the first one's virtualenv). A C++ kernel fails with the real loader message, explained
// from the C API history; a C API library (example/) loads.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';

const toolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-load-on-'));
const workspaces: string[] = [];
after(() => {
  workspaces.forEach(removeWorkspace);
  fs.rmSync(toolCache, { recursive: true, force: true });
});

// From the sources: dist/ is rebuilt after a merge.
const entry = path.join(repoRoot, 'src', 'index.ts');

async function runOn(from: string) {
  const ws = makeWorkspace(from, 'pkg');
  workspaces.push(ws);
  return runAction({
    workspace: ws,
    entry,
    toolCache,
    inputs: { 'working-directory': 'pkg', python: tfPython(), 'load-on-tensorflow': '2.20' },
  });
}

test('a C++ kernel built on 2.21 and loaded under 2.20: the real loader message, explained by abseil namespaces', async () => {
  const run = await runOn(fixturePackage('kernel'));
  assert.equal(run.exitCode, 1, run.stdout);
  const [error, ...more] = errorsOf(run).filter((e) => e.properties.title?.startsWith('Does not load on TensorFlow 2.20.0'));
  assert.ok(error, run.stdout);
  assert.equal(more.length, 0);
  assert.match(run.summary, /undefined symbol: &#95;ZN\w*4absl12lts&#95;20250814/, 'the loader message itself');
  assert.match(run.summary, /Built against abseil lts&#95;20250814 \(TensorFlow 2\.21\), and this is 2\.20\.0 \(abseil lts&#95;20250127\)/);
  assert.match(run.summary, /\| TensorFlow 2\.20\.0 \| ❌ failed \| ❌ failed \|/);
  assert.match(run.summary, /mode: matrix and a per-minor pin/);
});

test('example/ built on 2.21 loads under 2.20, after import tensorflow and alone', async () => {
  const run = await runOn(path.join(repoRoot, 'example'));
  assert.equal(run.exitCode, 0, run.stdout);
  assert.match(run.summary, /\| TensorFlow 2\.20\.0 \| ✅ loaded \| ✅ loaded \|/);
  assert.match(
    run.stdout,
    /TensorFlow tensorflow-cpu 2\.20\.0 in .* \(venv-reused\)/,
    'the first test installed it into the shared tool cache',
  );
});
