// A Go shared object that is a CPython extension module (`import my_golang_module` beside
// `import tensorflow`), with default inputs, against the real TensorFlow, Go, linker and
// interpreter: the interpreter's names stay undefined for it to provide, every other name is
// still checked, and the module is imported both after import tensorflow and without it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, type ActionRun } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { tfPython } from '../helpers/env.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

interface Finding {
  kind: string;
  severity: string;
  title: string;
  symbol?: string;
  message: string;
  fix?: string;
  locations?: { path: string; inWorkspace: boolean; line?: number }[];
}
const findingsOf = (run: ActionRun) => (JSON.parse(run.diagnosticsJson!) as { findings: Finding[] }).findings;

async function runOnModule(inputs: Record<string, string> = {}, edit?: (dir: string) => void) {
  const ws = makeWorkspace(fixturePackage('python-module'), 'mod');
  workspaces.push(ws);
  edit?.(path.join(ws, 'mod'));
  const run = await runAction({
    workspace: ws,
    inputs: { 'working-directory': 'mod', python: tfPython(), output: 'my_golang_module.so', 'glibc-floor': 'off', ...inputs },
  });
  return { ws, run };
}

const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : from);
  fs.writeFileSync(file, text.replace(from, to));
};

test('with default inputs the module builds, is imported after import tensorflow and without it, and the smoke test gets it', async () => {
  const { ws, run } = await runOnModule({ 'smoke-test': 'smoke_test.py' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(findingsOf(run), []);
  assert.match(run.stdout, /load-as auto: import, as a Python module/);
  assert.match(run.stdout, /imported as the module my_golang_module, after import tensorflow and in a fresh Python without it/);
  assert.match(run.stdout, /tf_version: 2\.\d+\.\d+/, 'the smoke test called a function of the module');
  // The interpreter's names were left to it, not linked: no NEEDED libpython, and -z defs kept.
  assert.match(run.stdout, /left undefined for the interpreter that imports the module to provide: PyModule_Create2, PyUnicode_FromString/);
  const needed = (run.outputs.needed ?? '').split(',');
  assert.ok(needed.includes('libtensorflow_cc.so.2'), run.outputs.needed);
  assert.ok(!needed.some((n) => n.startsWith('libpython')), run.outputs.needed);
  assert.match(run.outputs['cgo-ldflags'] ?? '', /-Wl,-z,defs -Wl,--warn-unresolved-symbols/);
  assert.match(run.outputs['cgo-cflags'] ?? '', /-isystem\S+\/include\/python3\.\d+ /);
  // No second link against the real 788 MB library: the stubs vouch for every other name.
  assert.doesNotMatch(run.stdout, /relinking against the real TensorFlow libraries|building again against the real/);
  assert.ok(fs.existsSync(path.join(ws, 'mod', 'my_golang_module.so')));
});
