// The library input: a shared object built elsewhere (here by the action itself, on the other
// real TensorFlow) checked without Go or a build, on the real TensorFlow 2.21 and 2.20.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runAction, errorsOf } from '../helpers/run-action.ts';
import { removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { builtElsewhere as build } from '../helpers/built-elsewhere.ts';
import { repoRoot, tf220Python, tfPython } from '../helpers/env.ts';

const folders: string[] = [];
after(() => folders.forEach(removeWorkspace));

// From the sources: dist/ is rebuilt after a merge.
const entry = path.join(repoRoot, 'src', 'index.ts');

/** The file the action built elsewhere, in a folder the test removes. */
async function builtElsewhere(from: string, python: string): Promise<string> {
  const file = await build(from, python);
  folders.push(path.dirname(file));
  return file;
}

/** A workspace with no Go module, holding only the file at dl/<name>. */
function workspaceHolding(file: string): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-lib-ws-'));
  folders.push(ws);
  fs.mkdirSync(path.join(ws, 'dl'));
  fs.copyFileSync(file, path.join(ws, 'dl', path.basename(file)));
  return ws;
}

/** PATH without any folder that has a go binary: the check must not need Go. */
function pathWithoutGo(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => !fs.existsSync(path.join(dir, 'go')))
    .join(path.delimiter);
}

test('a file built on 2.20 that uses TF_Log, checked under 2.21: one error on the file names TF_Log, 2.12–2.20 and 2.21.0', async () => {
  const file = await builtElsewhere(fixturePackage('tf-logging'), tf220Python());
  const ws = workspaceHolding(file);
  const run = await runAction({
    workspace: ws,
    entry,
    inputs: { library: `dl/${path.basename(file)}`, python: tfPython() },
    env: { PATH: pathWithoutGo() },
  });
  assert.equal(run.exitCode, 1, run.stdout);
  const errors = errorsOf(run);
  assert.deepEqual(
    errors.map((e) => [e.properties.title, e.properties.file]),
    [[`${path.basename(file)} was built for TensorFlow 2.12–2.20; this is 2.21.0`, `dl/${path.basename(file)}`]],
    run.stdout,
  );
  assert.match(errors[0]!.message, /TF_Log was removed in TensorFlow 2\.21\.0 \(last in 2\.20\.x\)/);
  assert.match(errors[0]!.message, /pin tensorflow-cpu>=2\.12,<2\.21\)/);
  assert.match(run.summary, /The file: built for TensorFlow 2\.12–2\.20 by the 2 TensorFlow C API names it uses\./);
  assert.match(run.summary, /The load said: OSError: .*undefined symbol: TF&#95;Log/, 'the loader failed for real, and says so');
  assert.equal(run.outputs['go-version'], '', 'no Go was set up');
  assert.doesNotMatch(run.stdout, /Set up Go/);
});

test('a C++ kernel built on 2.21, checked under 2.20: built for 2.21 by abseil lts_20250814, with the real loader message', async () => {
  const file = await builtElsewhere(fixturePackage('kernel'), tfPython());
  const ws = workspaceHolding(file);
  const run = await runAction({ workspace: ws, entry, inputs: { library: `dl/${path.basename(file)}`, python: tf220Python() } });
  assert.equal(run.exitCode, 1, run.stdout);
  const errors = errorsOf(run);
  assert.equal(errors.length, 1, `the unresolved C++ names are one cause:\n${run.stdout}`);
  assert.equal(errors[0]!.properties.title, `${path.basename(file)} was built for TensorFlow 2.21; this is 2.20.0`);
  assert.match(run.summary, /abseil lts&#95;20250814, the abseil of TensorFlow 2\.21; TensorFlow 2\.20\.0 has abseil lts&#95;20250127/);
  assert.match(run.summary, /The load said: .*undefined symbol: &#95;Z/);
  assert.match(run.summary, /pin tensorflow-cpu&#126;=2\.21\.0/);
});

test('example/ built on 2.21 passes under 2.20 without Go; outside the workspace, the summary still says what it was built for', async () => {
  const file = await builtElsewhere(path.join(repoRoot, 'example'), tfPython());
  const ws = workspaceHolding(file);
  const inside = await runAction({
    workspace: ws,
    entry,
    inputs: {
      library: `dl/${path.basename(file)}`,
      python: tf220Python(),
      'smoke-test': 'import ctypes, os\nctypes.CDLL(os.environ["TF_CGO_LIBRARY"]).TF_Version',
    },
    env: { PATH: pathWithoutGo() },
  });
  assert.equal(inside.exitCode, 0, inside.stdout);
  assert.ok(
    inside.summary.includes(`Checked <code>dl/${path.basename(file)}</code>, built elsewhere, against TensorFlow 2.20.0`),
    inside.summary,
  );
  assert.match(inside.summary, /The file: built for TensorFlow 2\.12–2\.21 by the \d+ TensorFlow C API names it uses\./);
  assert.equal(inside.outputs['shared-object'], path.join(ws, 'dl', path.basename(file)));
  // The same file, given by its absolute path outside the workspace, with an input that only steers a build.
  const outside = await runAction({ workspace: ws, entry, inputs: { library: file, python: tfPython(), package: './cmd/lib' } });
  assert.equal(outside.exitCode, 0, outside.stdout);
  assert.match(outside.summary, /The file: built for TensorFlow 2\.12–2\.21 by the \d+ TensorFlow C API names it uses\./);
  const warnings = outside.commands.filter((c) => c.command === 'warning').map((c) => c.message);
  assert.ok(
    warnings.some((w) => w.startsWith("Input 'package' is ignored: with 'library'")),
    outside.stdout,
  );
});

test('a file that is not a shared object is refused before anything is set up, naming the input and what the file is', async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-lib-bad-'));
  folders.push(ws);
  fs.writeFileSync(path.join(ws, 'notes.so'), 'not a shared object\n');
  fs.writeFileSync(path.join(ws, 'x.c'), 'int f(void) { return 1; }\n');
  execFileSync('gcc', ['-c', '-fPIC', 'x.c', '-o', 'x.o'], { cwd: ws });
  const cases: [string, RegExp][] = [
    ['notes.so', /notes\.so is not an ELF file: give the shared object \(\.so\) that go build -buildmode=c-shared makes\./],
    ['x.o', /x\.o is an object file \(ELF type REL\), not a shared object/],
  ];
  for (const [library, why] of cases) {
    const run = await runAction({ workspace: ws, entry, inputs: { library, python: tfPython() } });
    assert.equal(run.exitCode, 1, run.stdout);
    const [error, ...more] = errorsOf(run);
    assert.equal(more.length, 0, run.stdout);
    assert.match(error!.message, /^Input 'library': /);
    assert.match(error!.message, why);
    assert.doesNotMatch(run.stdout, /::group::Set up/, 'refused before setup');
  }
});
