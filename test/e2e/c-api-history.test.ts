// A package that logs through TensorFlow's C logging API (tensorflow/c/logging.h, TF_Log),
// which 2.9-2.20 ship and 2.21 removed: on the real 2.21 the finding says so from the C API
// history, with the pin that has it; on the real 2.20 the same package builds and loads.
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

async function runLogging(python: string) {
  const ws = makeWorkspace(fixturePackage('tf-logging'), 'tf-logging');
  workspaces.push(ws);
  const run = await runAction({ workspace: ws, entry, inputs: { 'working-directory': 'tf-logging', python } });
  const includeLine =
    fs
      .readFileSync(path.join(ws, 'tf-logging', 'log.go'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('#include <tensorflow/c/logging.h>')) + 1;
  return { run, includeLine };
}

test('on TensorFlow 2.21 the removed logging header is a removal with the pin that has it, on its #include line', async () => {
  const { run, includeLine } = await runLogging(tfPython());
  assert.equal(run.exitCode, 1, run.stdout);
  const errors = errorsOf(run).filter((e) => e.message.includes('tensorflow/c/logging.h'));
  assert.deepEqual(
    errors.map((e) => [e.properties.file, Number(e.properties.line)]),
    [['tf-logging/log.go', includeLine]],
    run.stdout,
  );
  assert.match(errors[0]!.message, /tensorflow\/c\/logging\.h and TF_Log were removed in TensorFlow 2\.21\.0 \(last in 2\.20\.x\)/);
  assert.match(run.summary, /Pin tensorflow-cpu&lt;2\.21|Pin tensorflow-cpu<2\.21/);
  assert.doesNotMatch(`${errors[0]!.message} ${run.summary}`, /add its folder with -I|Check the header name/);
});

test('on TensorFlow 2.20 the same package builds and loads', async () => {
  const { run } = await runLogging(tf220Python());
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.result, 'passed');
});
