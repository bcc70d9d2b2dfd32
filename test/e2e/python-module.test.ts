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
import { setupThenNextStep } from '../helpers/setup-step.ts';
import { runProcess } from '../../src/util/process.ts';
import { locateTensorFlow } from '../../src/resolve/tensorflow.ts';

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

async function runOnModule(inputs: Record<string, string> = {}, edit?: (dir: string) => void, prepare?: (dir: string) => Promise<void>) {
  const ws = makeWorkspace(fixturePackage('python-module'), 'mod');
  workspaces.push(ws);
  edit?.(path.join(ws, 'mod'));
  await prepare?.(path.join(ws, 'mod'));
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
  // No output either: the file is named after the module, with the interpreter's suffix.
  const { ws, run } = await runOnModule({ 'smoke-test': 'smoke_test.py', output: '' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(findingsOf(run), []);
  assert.match(run.outputs['shared-object'] ?? '', /\/mod\/my_golang_module\.cpython-\d+-[\w-]+\.so$/);
  assert.match(run.stdout, /load-as auto: import, as a Python module/);
  assert.match(run.stdout, /Imported \S+my_golang_module[.\w-]*\.so as the module my_golang_module after import tensorflow/);
  assert.match(run.stdout, /Imported it in a fresh Python without import tensorflow as well/);
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
  assert.ok(fs.existsSync(run.outputs['shared-object']!));
  assert.ok(run.outputs['shared-object']!.startsWith(path.join(ws, 'mod')));
});

const moduleFile = (dir: string) => path.join(dir, 'module.go');
const lineOf = (file: string, text: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

test('a misspelt Python name is an error on its line, with the name the interpreter has, and no -l advice or relink', async () => {
  const { ws, run } = await runOnModule({}, (dir) =>
    replaceIn(moduleFile(dir), 'PyUnicode_FromString(TF_Version())', 'PyUnicode_FromStrin(TF_Version())'),
  );
  assert.equal(run.exitCode, 1, run.stdout);
  const typo = findingsOf(run).filter((f) => f.symbol === 'PyUnicode_FromStrin' && f.severity === 'error');
  assert.equal(typo.length, 1, JSON.stringify(findingsOf(run), null, 1));
  assert.match(typo[0]!.title, /PyUnicode_FromStrin is not in Python 3\.\d+'s C API/);
  assert.match(typo[0]!.fix ?? '', /did you mean PyUnicode_FromString\?/);
  assert.doesNotMatch(typo[0]!.fix ?? '', /-l/);
  const file = moduleFile(path.join(ws, 'mod'));
  // The call's line (and the preamble function it is in).
  assert.ok(
    typo[0]!.locations?.some((l) => l.line === lineOf(file, 'PyUnicode_FromStrin(')),
    JSON.stringify(typo[0]!.locations),
  );
  // The names the interpreter has are no findings; the library is not linked again against the real libraries.
  assert.ok(!findingsOf(run).some((f) => f.symbol === 'PyModule_Create2'));
  assert.doesNotMatch(run.stdout, /relinking against the real TensorFlow libraries|building again against the real/);
});

test("a file name that is not the export's: Python's message on the //export line, with both ways out", async () => {
  const { ws, run } = await runOnModule({ output: 'other_name.so' });
  assert.equal(run.exitCode, 1, run.stdout);
  const [finding, ...rest] = findingsOf(run).filter((f) => f.kind === 'extension-module');
  assert.equal(rest.length, 0);
  assert.match(finding!.message, /dynamic module does not define module export function \(PyInit_other_name\)/);
  assert.match(finding!.fix ?? '', /my_golang_module\.cpython-3\d+-[^ ]+\.so or my_golang_module\.abi3\.so or my_golang_module\.so/);
  assert.match(finding!.fix ?? '', /\/\/export PyInit_other_name/);
  const file = moduleFile(path.join(ws, 'mod'));
  assert.deepEqual(
    finding!.locations?.map((l) => l.line),
    [lineOf(file, '//export PyInit_my_golang_module')],
  );
});

test('an extension module without a PyInit_ export: the finding is on the #include <Python.h> line', async () => {
  const { ws, run } = await runOnModule({}, (dir) => {
    replaceIn(moduleFile(dir), '//export PyInit_my_golang_module\nfunc PyInit_my_golang_module', '//export NewModule\nfunc NewModule');
  });
  assert.equal(run.exitCode, 1, run.stdout);
  const [finding] = findingsOf(run).filter((f) => f.kind === 'extension-module');
  assert.match(finding!.title, /exports no PyInit_ function/);
  assert.match(finding!.message, /\(PyInit_my_golang_module\)/);
  const file = moduleFile(path.join(ws, 'mod'));
  assert.deepEqual(
    finding!.locations?.map((l) => l.line),
    [lineOf(file, '#include <Python.h>')],
  );
});

test('a module that links libpython: a warning naming the manylinux rule on the #cgo LDFLAGS line, an error under install-dir', async () => {
  const libDir = (await locateTensorFlow(tfPython())).interpreterFiles!;
  const libpython = libDir.find((f) => /libpython/.test(path.basename(f)));
  assert.ok(libpython, 'the test interpreter is a shared build');
  const dir = path.dirname(libpython);
  const version = /libpython(\d+\.\d+)/.exec(path.basename(libpython))![1];
  const edit = (pkg: string) =>
    replaceIn(moduleFile(pkg), '#include <Python.h>', `#cgo LDFLAGS: -L${dir} -lpython${version} -Wl,-rpath,${dir}\n#include <Python.h>`);
  const { ws, run } = await runOnModule({}, edit);
  const [finding] = findingsOf(run).filter((f) => f.kind === 'extension-module');
  assert.equal(finding?.severity, 'warning', run.stdout);
  assert.match(finding.title, /NEEDs libpython/);
  assert.match(finding.message, /manylinux/);
  assert.deepEqual(
    finding.locations?.map((l) => l.line),
    [lineOf(moduleFile(path.join(ws, 'mod')), '#cgo LDFLAGS')],
  );
  const wheel = await runOnModule({ 'install-dir': 'my_package' }, edit);
  assert.equal(findingsOf(wheel.run).find((f) => f.kind === 'extension-module')?.severity, 'error', wheel.run.stdout);
});

test('mode setup, then go build -buildmode=c-shared of the module in the next step, then import it', async () => {
  const { ws, run, env } = await setupThenNextStep('python-module', 'mod');
  workspaces.push(ws);
  assert.equal(run.exitCode, 0, run.stdout);
  const tf = await locateTensorFlow(tfPython());
  assert.ok(env.CGO_CFLAGS?.split(' ').includes(`-isystem${tf.pythonIncludeDir}`), env.CGO_CFLAGS);
  assert.ok(env.CGO_CXXFLAGS?.split(' ').includes(`-isystem${tf.pythonIncludeDir}`), env.CGO_CXXFLAGS);
  // The link stays strict for every name but the interpreter's: -z defs, its errors made warnings.
  assert.match(env.CGO_LDFLAGS ?? '', /-Wl,-z,defs -Wl,--warn-unresolved-symbols/);
  const dir = path.join(ws, 'mod');
  const built = await runProcess('go', ['build', '-buildmode=c-shared', '-o', 'my_golang_module.so', '.'], {
    cwd: dir,
    env,
    timeoutMs: 600_000,
  });
  assert.equal(built.exitCode, 0, built.combined);
  const imported = await runProcess(
    tfPython(),
    ['-c', 'import tensorflow, my_golang_module; print("imported", my_golang_module.tf_version())'],
    { cwd: dir, env: { ...env, TF_CPP_MIN_LOG_LEVEL: '3' }, timeoutMs: 300_000 },
  );
  assert.equal(imported.exitCode, 0, imported.combined);
  assert.match(imported.stdout, new RegExp(`imported ${tf.version.replace(/\./g, '\\.')}`));
});

test("the module named with the interpreter's EXT_SUFFIX, and as .abi3.so under Py_LIMITED_API, is imported both ways", async () => {
  const tf = await locateTensorFlow(tfPython());
  const ext = await runOnModule({ output: `my_golang_module${tf.extensionSuffixes![0]}`, 'smoke-test': 'smoke_test.py' });
  assert.equal(ext.run.exitCode, 0, ext.run.stdout);
  assert.deepEqual(findingsOf(ext.run), []);
  assert.match(ext.run.stdout, /Imported \S+my_golang_module[.\w-]*\.so as the module my_golang_module after import tensorflow/);
  assert.match(ext.run.stdout, /Imported it in a fresh Python without import tensorflow as well/);
  const abi3 = await runOnModule({ output: 'my_golang_module.abi3.so' }, (dir) =>
    replaceIn(moduleFile(dir), '#include <Python.h>', '#define Py_LIMITED_API 0x030a0000\n#include <Python.h>'),
  );
  assert.equal(abi3.run.exitCode, 0, abi3.run.stdout);
  assert.deepEqual(findingsOf(abi3.run), []);
  assert.match(abi3.run.stdout, /Imported \S+my_golang_module[.\w-]*\.so as the module my_golang_module after import tensorflow/);
  assert.match(abi3.run.stdout, /Imported it in a fresh Python without import tensorflow as well/);
});

test('a second Go c-shared object in the same process: which files, and one combined library as the fix', async () => {
  const { ws, run } = await runOnModule(
    { 'smoke-test': 'smoke_two_runtimes.py' },
    (dir) => {
      const other = path.join(dir, 'other');
      fs.mkdirSync(other);
      fs.writeFileSync(path.join(other, 'go.mod'), 'module example.com/other\n\ngo 1.22\n');
      fs.writeFileSync(
        path.join(other, 'other.go'),
        'package main\n\nimport "C"\n\n//export Answer\nfunc Answer() C.int { return 42 }\n\nfunc main() {}\n',
      );
      fs.writeFileSync(
        path.join(dir, 'smoke_two_runtimes.py'),
        'import ctypes, os\nimport my_golang_module\nassert ctypes.CDLL(os.path.join(os.path.dirname(__file__), "other", "libother.so")).Answer() == 42\n',
      );
    },
    async (dir) => {
      const built = await runProcess('go', ['build', '-buildmode=c-shared', '-o', 'libother.so', '.'], {
        cwd: path.join(dir, 'other'),
        timeoutMs: 600_000,
      });
      assert.equal(built.exitCode, 0, built.combined);
    },
  );
  const [finding, ...rest] = findingsOf(run).filter((f) => f.kind === 'two-go-runtimes');
  assert.equal(rest.length, 0, run.stdout);
  assert.equal(finding?.severity, 'warning', run.stdout);
  assert.match(finding.title, /Two Go runtimes in one process: my_golang_module\.so and libother\.so/);
  assert.ok(finding.message.includes(fs.realpathSync(path.join(ws, 'mod', 'other', 'libother.so'))), finding.message);
  assert.match(finding.fix ?? '', /one combined c-shared library/);
});

test("a module named for another CPython's ABI is an error naming both versions and the two fixes", async () => {
  const { run } = await runOnModule({ output: 'my_golang_module.cpython-312-x86_64-linux-gnu.so' });
  assert.equal(run.exitCode, 1, run.stdout);
  const [finding, ...rest] = findingsOf(run).filter((f) => f.kind === 'extension-module');
  assert.equal(rest.length, 0, JSON.stringify(findingsOf(run), null, 1));
  assert.equal(finding?.severity, 'error');
  assert.match(finding.title, /named for CPython 3\.12, the interpreter is Python 3\.11/);
  assert.match(finding.fix ?? '', /my_golang_module\.cpython-311-x86_64-linux-gnu\.so/);
  assert.match(finding.fix ?? '', /Py_LIMITED_API.*my_golang_module\.abi3\.so/);
});

test('link-libraries sysconfig (no -z defs): the inspection leaves the Py* names to the interpreter and still finds a misspelt one', async () => {
  const { run } = await runOnModule({ 'link-libraries': 'sysconfig' }, (dir) =>
    replaceIn(moduleFile(dir), 'PyUnicode_FromString(TF_Version())', 'PyUnicode_FromStrin(TF_Version())'),
  );
  const findings = findingsOf(run);
  assert.ok(!findings.some((f) => f.symbol === 'PyModule_Create2'), JSON.stringify(findings, null, 1));
  const typo = findings.filter((f) => f.symbol === 'PyUnicode_FromStrin' && f.kind === 'unresolved-symbol');
  assert.equal(typo.length, 1, JSON.stringify(findings, null, 1));
  assert.match(typo[0]!.fix ?? '', /C API of the Python that loads the library/);
  assert.doesNotMatch(typo[0]!.fix ?? '', /-l/);
});
