// The declared TensorFlow range (supported-tensorflow, or the project's Python packaging)
// checked against the C API history, on the real TensorFlow 2.21 and 2.20.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, errorsOf } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot, tf220Python, tfPython } from '../helpers/env.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

// From the sources: dist/ is rebuilt after a merge.
const entry = path.join(repoRoot, 'src', 'index.ts');

async function runIn(from: string, python: string, inputs: Record<string, string>, files: Record<string, string> = {}) {
  const ws = makeWorkspace(from, 'pkg');
  workspaces.push(ws);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(ws, name), text);
  const run = await runAction({ workspace: ws, entry, inputs: { 'working-directory': 'pkg', python, ...inputs } });
  return { ws, run };
}

test("built on 2.20, a package using TF_Log that pyproject says supports >=2.20 gets an error naming 2.21 on TF_Log's line", async () => {
  const { ws, run } = await runIn(
    fixturePackage('tf-logging'),
    tf220Python(),
    {},
    {
      'pyproject.toml': '[project]\nname = "tf-logging"\ndependencies = ["tensorflow-cpu>=2.20"]\n',
    },
  );
  assert.equal(run.exitCode, 1, run.stdout);
  const logLine =
    fs
      .readFileSync(path.join(ws, 'pkg', 'log.go'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('TF_Log(TF_INFO')) + 1;
  const errors = errorsOf(run).filter((e) => e.properties.title === 'TF_Log is not in TensorFlow 2.21');
  assert.deepEqual(
    errors.map((e) => [e.properties.file, Number(e.properties.line)]),
    [['pkg/log.go', logLine]],
    run.stdout,
  );
  assert.match(
    errors[0]!.message,
    /'tensorflow-cpu>=2\.20' \(line 3\) claims TensorFlow 2\.20–2\.21, but only TensorFlow 2\.9–2\.20 export TF_Log/,
  );
  assert.match(run.summary, /tensorflow&gt;=2\.12,&lt;2\.21/);
});

test('the same package with supported-tensorflow >=2.18,<2.21 passes and shows the range it loads on', async () => {
  const { run } = await runIn(fixturePackage('tf-logging'), tf220Python(), { 'supported-tensorflow': '>=2.18,<2.21' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.match(run.summary, /TensorFlow range: loads on TensorFlow 2\.12–2\.20 by the 2 TensorFlow C API names it uses\./);
});

test('example/ with >=2.12 passes on 2.21 and shows that it loads on 2.12–2.21', async () => {
  const { run } = await runIn(path.join(repoRoot, 'example'), tfPython(), { 'supported-tensorflow': '>=2.12' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.match(run.summary, /TensorFlow range: loads on TensorFlow 2\.12–2\.21 by the \d+ TensorFlow C API names it uses\./);
});

test('a C++ kernel built on 2.21 that claims >=2.20 gets the binding error: its minor, abseil lts_20250814, mode: matrix', async () => {
  const { run } = await runIn(fixturePackage('kernel'), tfPython(), { 'supported-tensorflow': '>=2.20' });
  assert.equal(run.exitCode, 1, run.stdout);
  const [binding, ...more] = errorsOf(run).filter((e) => e.properties.title?.startsWith('A C++ kernel built on TensorFlow 2.21'));
  assert.equal(more.length, 0);
  assert.ok(binding, run.stdout);
  assert.match(run.summary, /loads only on TensorFlow 2\.21, the minor it was built against: abseil lts&#95;20250814/);
  assert.match(run.summary, /mode: matrix and a per-minor pin, as tensorflow-io does/);
});
