// The after-import Python started before setup (src/smoke/prestart.ts), against the real
// TensorFlow: adopted when setup keeps the interpreter, its load and smoke test then see
// setup's environment; stopped when setup chose another interpreter; never started when a
// TensorFlow is to be installed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adoptPrestarted, prestartImport } from '../../src/smoke/prestart.ts';
import { environmentChanges } from '../../src/smoke/python-worker.ts';
import type { Inputs } from '../../src/inputs.ts';
import { runProcess } from '../../src/util/process.ts';
import { tfPython } from '../helpers/env.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-prestart-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const inputsFor = (setup: Partial<Inputs['setup']>, python = tfPython()) =>
  ({ python, workingDirectory: dir, setup: { ...setup } }) as unknown as Inputs;

test('environment changes: what to set and what to unset', () => {
  assert.deepEqual(environmentChanges({ A: '1', B: '2', C: '3' }, { A: '1', B: '20', D: '4' }), {
    environ: { B: '20', D: '4' },
    unset: ['C'],
  });
});

test('no prestart when setup installs a TensorFlow: its interpreter is another one', () => {
  assert.equal(prestartImport(inputsFor({ tensorflowVersion: '2.21.0' })), undefined);
  assert.equal(prestartImport(inputsFor({ tensorflowVersionFile: 'requirements.txt' })), undefined);
});

test("adopted: the load and the smoke test run in setup's environment, not the one the process started in", async () => {
  const source = path.join(dir, 'plain.c');
  const library = path.join(dir, 'libplain.so');
  fs.writeFileSync(source, 'int plain_answer(void) { return 42; }\n');
  assert.equal((await runProcess('gcc', ['-shared', '-fPIC', '-o', library, source])).exitCode, 0);
  const started = { ...process.env, TCV_ONLY_AT_START: 'gone later' };
  const prestarted = prestartImport(inputsFor({}), started)!;
  assert.ok(prestarted);
  const setupEnv = { ...process.env, GOTOOLCHAIN: 'local', TCV_FROM_SETUP: 'yes' };
  const worker = adoptPrestarted(prestarted, { python: tfPython(), cwd: dir, env: setupEnv });
  assert.ok(worker, 'the same interpreter and folder: adopted');
  const code = [
    'import os',
    'assert os.environ["GOTOOLCHAIN"] == "local", os.environ.get("GOTOOLCHAIN")',
    'assert os.environ["TCV_FROM_SETUP"] == "yes"',
    'assert "TCV_ONLY_AT_START" not in os.environ',
    'assert os.environ["TF_CGO_LIBRARY"].endswith("libplain.so")',
  ].join('\n');
  const result = await worker.load({ library, loadAs: 'ctypes', smokeTest: { kind: 'inline', code }, timeoutMs: 60_000 });
  assert.equal(result.ok, true, `${JSON.stringify(result.steps)}\n${result.run.combined}`);
  assert.equal((await worker.imported).status, 'passed');
});

test('another interpreter from setup: the prestarted import is stopped', async () => {
  const prestarted = prestartImport(inputsFor({}))!;
  const worker = adoptPrestarted(prestarted, { python: '/usr/bin/python3', cwd: dir, env: process.env });
  assert.equal(worker, undefined);
  assert.equal((await prestarted.worker.imported).status, 'stopped');
});
