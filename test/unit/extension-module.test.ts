// The Python extension-module shape: how it is recognised, Python's PyInit_ message (real
// output under test/fixtures/load) placed on the package's lines, and the checks of its file
// name and NEEDED libpython.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { chooseLoadAs } from '../../src/smoke/load-as.ts';
import { scanCgoPackage } from '../../src/resolve/cgo-source.ts';
import { definesLimitedApi, isExtensionModule, moduleNameOf } from '../../src/resolve/extension-module.ts';
import { parseLoadOutput, type LoadOutcome } from '../../src/parse/loader.ts';
import { placeModuleInitFindings } from '../../src/postprocess/extension-module.ts';
import { libpythonNeeded, moduleFileName } from '../../src/inspect/extension-module-checks.ts';
import { readLinkLine } from '../../src/link-line/link-line.ts';

const packageDir = path.join(repoRoot, 'test', 'fixtures', 'packages', 'python-module');
const moduleFacts = () => scanCgoPackage(packageDir, ['module.go']);
const SUFFIXES = ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so'];
const python311 = { extensionSuffixes: SUFFIXES, pythonVersion: '3.11.7' };

function pyInitFinding() {
  const dir = path.join(repoRoot, 'test', 'fixtures', 'load');
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'pymodule-pyinit-mismatch.meta.json'), 'utf8')) as Omit<LoadOutcome, 'output'>;
  return parseLoadOutput({ ...meta, output: fs.readFileSync(path.join(dir, 'pymodule-pyinit-mismatch.txt'), 'utf8') });
}

test('recognised from Python.h, a PyInit_ export or Py* names in the objects; load-as auto then imports it', async () => {
  const facts = await moduleFacts();
  assert.equal(isExtensionModule(facts), true);
  assert.equal(isExtensionModule({ ...facts, files: [] }, ['PyModule_Create2', 'TF_Version']), true);
  assert.equal(isExtensionModule({ ...facts, files: [] }, ['TF_Version', 'malloc']), false);
  assert.equal(chooseLoadAs('auto', ['TF_Version'], true), 'python-module');
  assert.equal(chooseLoadAs('auto', ['_Py_Dealloc', 'TF_Version']), 'python-module');
  assert.equal(chooseLoadAs('auto', ['TF_Version']), 'ctypes');
  assert.equal(chooseLoadAs('ctypes', ['PyUnicode_FromString'], true), 'ctypes', 'an explicit setting wins');
  assert.equal(moduleNameOf('/w/my_golang_module.cpython-311-x86_64-linux-gnu.so'), 'my_golang_module');
});

test("Python's PyInit_ message (real output) goes on the //export line, and the fix names both ways out", async () => {
  const [finding, ...rest] = pyInitFinding();
  assert.equal(rest.length, 0);
  assert.equal(finding!.kind, 'extension-module');
  assert.equal(finding!.symbol, 'PyInit_other_name');
  assert.match(finding!.message, /dynamic module does not define module export function \(PyInit_other_name\)/);
  const facts = await moduleFacts();
  const [placed] = placeModuleInitFindings([finding!], facts, SUFFIXES);
  const exportLine =
    fs.readFileSync(path.join(packageDir, 'module.go'), 'utf8').split('\n').indexOf('//export PyInit_my_golang_module') + 1;
  assert.deepEqual(
    placed!.locations?.map((l) => l.line),
    [exportLine],
  );
  assert.match(
    placed!.fix ?? '',
    /my_golang_module\.cpython-311-x86_64-linux-gnu\.so or my_golang_module\.abi3\.so or my_golang_module\.so/,
  );
  assert.match(placed!.fix ?? '', /rename the export to \/\/export PyInit_other_name/);
  // Without any PyInit_ export the finding is on #include <Python.h>.
  const noExport = { ...facts, files: facts.files.map((f) => ({ ...f, exports: [] })) };
  const [bare] = placeModuleInitFindings([finding!], noExport, SUFFIXES);
  assert.match(bare!.title, /exports no PyInit_ function/);
  assert.deepEqual(
    bare!.locations?.map((l) => l.line),
    facts.files[0]!.includes.filter((i) => i.header === 'Python.h').map((i) => i.line),
  );
});

test("the file names the interpreter imports from pass; another CPython's, a non-identifier and an unmarked .abi3.so do not", () => {
  for (const file of ['m.cpython-311-x86_64-linux-gnu.so', 'm.so'])
    assert.equal(moduleFileName(`/w/${file}`, python311, false), undefined, file);
  assert.equal(moduleFileName('/w/m.abi3.so', python311, true), undefined);
  const other = moduleFileName('/w/m.cpython-312-x86_64-linux-gnu.so', python311, false);
  assert.equal(other?.severity, 'error');
  assert.match(other.title, /named for CPython 3\.12, the interpreter is Python 3\.11\.7/);
  assert.match(moduleFileName('/w/m.abi3.so', python311, false)!.title, /without Py_LIMITED_API/);
  assert.match(moduleFileName('/w/libm.so.2', python311, false)!.title, /does not import a module from libm\.so\.2/);
  assert.match(moduleFileName('/w/my-module.so', python311, false)!.title, /my-module is not a module name/);
});

test('Py_LIMITED_API from a preamble #define or a -D word', async () => {
  const facts = await moduleFacts();
  assert.equal(definesLimitedApi(facts), false);
  assert.equal(definesLimitedApi(facts, [{ word: '-DPy_LIMITED_API=0x030a0000' }]), true);
  const defined = { files: [{ ...facts.files[0]!, preambleLines: [{ line: 5, column: 1, code: '#define Py_LIMITED_API 0x030a0000' }] }] };
  assert.equal(definesLimitedApi(defined), true);
});

test('a NEEDED libpython: on the -lpython word, a warning, an error for a wheel (install-dir), nothing without one', () => {
  const file = path.join(packageDir, 'module.go');
  const linkLine = readLinkLine({
    sources: {
      dir: packageDir,
      files: [{ file, directives: [{ line: 7, column: 1, kind: 'LDFLAGS', args: ['-L/py/lib', '-lpython3.11'] }] }],
    },
  });
  const needed = ['libtensorflow_cc.so.2', 'libpython3.11.so.1.0', 'libc.so.6'];
  const warning = libpythonNeeded(needed, '/w/m.so', { linkLine });
  assert.equal(warning?.severity, 'warning');
  assert.match(warning.message, /manylinux/);
  assert.deepEqual(warning.locations, [{ file, line: 7, column: 1 }]);
  assert.equal(libpythonNeeded(needed, '/w/m.so', { linkLine, installDir: 'pkg' })?.severity, 'error');
  assert.equal(libpythonNeeded(['libtensorflow_cc.so.2', 'libc.so.6'], '/w/m.so', { linkLine }), undefined);
});
