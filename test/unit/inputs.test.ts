// Every input is read with a clear error for bad values, and action.yml declares exactly
// the inputs the code reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  readInputs,
  readMode,
  readMatrixInputs,
  inputsNotForMode,
  inputsIgnoredWithLibrary,
  ACTION_INPUT_DEFAULTS,
} from '../../src/inputs.ts';
import { InputError } from '../../src/input-error.ts';
import { repoRoot } from '../helpers/env.ts';

function workspaceWithModule(): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-inputs-'));
  fs.mkdirSync(path.join(ws, 'go', 'lib'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'go', 'go.mod'), 'module x\n\ngo 1.22\n');
  fs.writeFileSync(path.join(ws, 'go', 'smoke.py'), 'print(1)\n');
  return ws;
}

const read = (ws: string, values: Record<string, string>) => readInputs((name) => values[name] ?? '', { workspace: ws });

test('defaults: the package folder names the output, timeout 120 s, fail on errors, auto linking', () => {
  const ws = workspaceWithModule();
  const inputs = read(ws, { 'working-directory': 'go', package: './lib' });
  assert.equal(inputs.workingDirectory, path.join(ws, 'go'));
  assert.equal(inputs.output, path.join(ws, 'go', 'liblib.so'));
  assert.equal(inputs.smokeTimeoutMs, 120_000);
  assert.equal(inputs.failOn, 'error');
  assert.equal(inputs.python, 'python3');
  assert.equal(inputs.link.mode, 'auto');
  assert.equal(inputs.link.against, 'stubs');
  assert.equal(inputs.standaloneLoad, 'warn');
  assert.equal(inputs.glibcFloor, 'report', 'the glibc floor is reported, not warned about');
  assert.equal(
    read(ws, { 'working-directory': 'go', 'install-dir': 'pkg/ops' }).glibcFloor,
    'wheel',
    'a library in a wheel must meet its floor',
  );
  assert.equal(read(ws, { 'working-directory': 'go', 'install-dir': 'pkg/ops', 'glibc-floor': 'report' }).glibcFloor, 'report');
  assert.equal(read(ws, { 'working-directory': 'go', 'glibc-floor': '2.35' }).glibcFloor, '2.35');
  assert.equal(inputs.setup.tensorflowPackage, undefined, 'unset: the package for the runner CPU');
  assert.equal(read(ws, { 'working-directory': 'go', 'tensorflow-package': 'tensorflow' }).setup.tensorflowPackage, 'tensorflow');
  assert.equal(inputs.setup.cache, 'save');
  assert.equal(read(ws, { 'working-directory': 'go', cache: 'restore-only' }).setup.cache, 'restore-only');
  assert.equal(read(ws, { 'working-directory': 'go', cache: 'false' }).setup.cache, 'off');
  assert.throws(
    () => read(ws, { 'working-directory': 'go', cache: 'read-only' }),
    (e: Error) =>
      e instanceof InputError && /'read-only' is not true, false or restore-only/.test(e.message) && e.message.includes('cache'),
  );
  assert.equal(inputs.setup.goDownloadSource, 'go.dev');
  assert.equal(read(ws, { 'working-directory': 'go', 'go-download-source': 'proxy' }).setup.goDownloadSource, 'proxy');
});

test('lists, words and smoke tests are read as documented', () => {
  const ws = workspaceWithModule();
  const inputs = read(ws, {
    'working-directory': 'go',
    'expect-symbols': 'A, B\nC',
    'build-flags': `-tags 'a b' -trimpath`,
    'pip-args': '--index-url "https://mirror/simple"',
    'smoke-test': 'smoke.py',
    'smoke-timeout': '2.5',
  });
  assert.deepEqual(inputs.expectSymbols, ['A', 'B', 'C']);
  assert.deepEqual(inputs.buildFlags, ['-tags', 'a b', '-trimpath']);
  assert.deepEqual(inputs.setup.pipArgs, ['--index-url', 'https://mirror/simple']);
  assert.deepEqual(inputs.smokeTest, { kind: 'file', path: path.join(ws, 'go', 'smoke.py') });
  assert.equal(inputs.smokeTimeoutMs, 2500);
  assert.deepEqual(read(ws, { 'working-directory': 'go', 'smoke-test': 'import x\nx.run()' }).smokeTest, {
    kind: 'inline',
    code: 'import x\nx.run()',
  });
});

test('bad input names the input and says what to do', () => {
  const ws = workspaceWithModule();
  const cases: [Record<string, string>, string, RegExp][] = [
    [{ 'working-directory': 'nope' }, 'working-directory', /not a folder/],
    [{ 'working-directory': '.' }, 'working-directory', /no go\.mod/],
    [{ 'working-directory': 'go', package: './missing' }, 'package', /no package folder/],
    [{ 'working-directory': 'go', package: './...' }, 'package', /several packages/],
    [{ 'working-directory': 'go', output: '../../x.so' }, 'output', /outside the workspace/],
    [{ 'working-directory': 'go', 'smoke-test': 'missing.py' }, 'smoke-test', /does not exist/],
    [{ 'working-directory': 'go', 'smoke-timeout': '1m' }, 'smoke-timeout', /not a number/],
    [{ 'working-directory': 'go', 'smoke-timeout': '0' }, 'smoke-timeout', /not a number/],
    [{ 'working-directory': 'go', 'fail-on': 'sometimes' }, 'fail-on', /not one of 'error', 'warning', 'never'/],
    [{ 'working-directory': 'go', 'build-flags': '-o x.so' }, 'build-flags', /set by the action/],
    [{ 'working-directory': 'go', 'build-flags': '"unterminated' }, 'build-flags', /quote/],
    [{ 'working-directory': 'go', annotate: 'maybe' }, 'annotate', /not a boolean/],
    [{ 'working-directory': 'go', 'tensorflow-package': 'tf-nightly' }, 'tensorflow-package', /tensorflow-cpu/],
    [{ 'working-directory': 'go', 'link-libraries': 'all' }, 'link-libraries', /auto/],
    [{ 'working-directory': 'go', 'link-against': 'stub' }, 'link-against', /not one of 'stubs', 'libraries'/],
    [{ 'working-directory': 'go', 'glibc-floor': 'new' }, 'glibc-floor', /2\.35/],
    [{ 'working-directory': 'go', 'load-on-tensorflow': '2.20, latest' }, 'load-on-tensorflow', /'latest' is not a TensorFlow version/],
    [{ 'working-directory': 'go', 'go-download-source': 'goproxy' }, 'go-download-source', /not one of 'go\.dev', 'proxy'/],
    [{ 'working-directory': 'go', 'install-dir': '/abs/path' }, 'install-dir', /absolute/],
    [
      { 'working-directory': 'go', 'smoke-test': 'tests/smoke_check' },
      'smoke-test',
      /does not exist \(looked for .*go\/tests\/smoke_check, in working-directory .*go\)/,
    ],
    [{ 'working-directory': 'go', 'smoke-test': 'lib' }, 'smoke-test', /is a folder/],
    [{ 'working-directory': 'go', 'cache-rotation': 'weekly' }, 'cache-rotation', /whole number of days/],
    [{ 'working-directory': 'go', 'cache-rotation': '-1' }, 'cache-rotation', /whole number of days/],
  ];
  for (const [values, input, why] of cases) {
    assert.throws(
      () => read(ws, values),
      (error: unknown) => {
        assert.ok(error instanceof InputError, `${input}: ${String(error)}`);
        assert.equal(error.input, input);
        assert.match(error.message, new RegExp(`^Input '${input}': `));
        assert.match(error.message, why);
        return true;
      },
    );
  }
});

test('paths are read the way a workflow author writes them', () => {
  const ws = workspaceWithModule();
  const inputs = read(ws, { 'working-directory': 'go', package: 'lib', python: '.venv/bin/python' });
  assert.equal(inputs.packagePath, './lib', 'go would read "lib" as an import path');
  assert.equal(inputs.python, path.join(ws, '.venv/bin/python'), 'a relative python is taken from the repository root');
  assert.equal(read(ws, { 'working-directory': 'go', python: 'python3.12' }).python, 'python3.12');
  assert.throws(() => read(ws, { 'working-directory': '..' }), /Input 'working-directory': .*outside the workspace/);
  assert.throws(() => read(ws, { 'working-directory': 'go', output: 'lib' }), /Input 'output': lib is a folder/);
  assert.throws(() => read(ws, { 'working-directory': 'go', 'smoke-timeout': '3000000' }), /Input 'smoke-timeout'/);
});

test('mode and matrix inputs', () => {
  assert.equal(
    readMode(() => ''),
    'verify',
  );
  assert.throws(() => readMode(() => 'build'), /Input 'mode'/);
  assert.deepEqual(
    readMatrixInputs((n) => ({ 'tensorflow-version': '>=2.20', 'python-versions': '3.12' })[n] ?? ''),
    { tensorflow: '>=2.20', python: '3.12', go: undefined, pythonsPerTf: 'all' },
  );
});

test('action.yml declares exactly the inputs the action reads', () => {
  const yml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
  const inputsBlock = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
  const declared = new Set([...inputsBlock.matchAll(/^ {2}([a-z][a-z0-9-]*):/gm)].map((m) => m[1]!));
  const readNames = new Set<string>();
  const ws = workspaceWithModule();
  const get = (name: string) => {
    readNames.add(name);
    return name === 'working-directory' ? 'go' : '';
  };
  readInputs(get, { workspace: ws });
  readMode(get);
  readMatrixInputs(get);
  assert.deepEqual([...readNames].sort(), [...declared].sort());
});

test('smoke-test: an existing file or a .py path is a file, anything else is code', () => {
  const ws = workspaceWithModule();
  fs.mkdirSync(path.join(ws, 'go', 'tests'));
  fs.writeFileSync(path.join(ws, 'go', 'tests', 'smoke_check'), 'print(2)\n');
  const smoke = (value: string) => read(ws, { 'working-directory': 'go', 'smoke-test': value }).smokeTest;
  assert.deepEqual(smoke('tests/smoke_check'), { kind: 'file', path: path.join(ws, 'go', 'tests', 'smoke_check') }, 'a file without .py');
  assert.deepEqual(smoke('print(1/2)'), { kind: 'inline', code: 'print(1/2)' }, "a '/' in code is not a path");
  assert.deepEqual(smoke('import os; print(os.sep)'), { kind: 'inline', code: 'import os; print(os.sep)' });
  assert.deepEqual(smoke('import mylib'), { kind: 'inline', code: 'import mylib' });
  assert.equal(read(ws, { 'working-directory': 'go' }).setup.cacheRotationDays, 7);
  assert.equal(read(ws, { 'working-directory': 'go', 'cache-rotation': '0' }).setup.cacheRotationDays, 0);
});

test('an input the mode does not read gets one warning naming the input and the mode', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  assert.deepEqual(inputsNotForMode(get({ mode: 'setup', 'smoke-test': 'tests/smoke.py', 'go-version': '1.26' }), 'setup'), [
    "Input 'smoke-test' is ignored: it applies to mode: verify, and this step runs mode: setup. Remove it, or set mode.",
  ]);
  assert.deepEqual(inputsNotForMode(get({ 'python-versions': '3.12' }), 'verify'), [
    "Input 'python-versions' is ignored: it applies to mode: matrix, and this step runs mode: verify. Remove it, or set mode.",
  ]);
  const matrix = inputsNotForMode(
    get({ 'working-directory': 'golang', 'python-versions': '3.12', 'tensorflow-version': '2.21' }),
    'matrix',
  );
  assert.equal(matrix.length, 1);
  assert.match(
    matrix[0]!,
    /^Input 'working-directory' is ignored: it applies to mode: verify or mode: setup, and this step runs mode: matrix/,
  );
  // The runner passes action.yml's defaults for inputs a workflow leaves out: those are no choice.
  assert.deepEqual(
    inputsNotForMode((name) => ACTION_INPUT_DEFAULTS[name] ?? '', 'setup'),
    [],
  );
  assert.deepEqual(
    inputsNotForMode((name) => ACTION_INPUT_DEFAULTS[name] ?? '', 'matrix'),
    [],
  );
  assert.deepEqual(inputsNotForMode(get({ 'smoke-timeout': '120', 'glibc-floor': '' }), 'setup'), []);
});

test("the mode check knows every input with action.yml's default", () => {
  const yml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
  const inputsBlock = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
  const declared = Object.fromEntries(
    [...inputsBlock.matchAll(/^ {2}([a-z][a-z0-9-]*):\n(?: {4}.*\n)*? {4}default: (.*)$/gm)].map((m) => [
      m[1]!,
      m[2]!.replace(/^'(.*)'$/, '$1'),
    ]),
  );
  assert.deepEqual(ACTION_INPUT_DEFAULTS, declared);
});

test('library: an ELF file relative to working-directory or absolute; then no go.mod is needed and nothing names the build', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-library-'));
  fs.mkdirSync(path.join(ws, 'dl'));
  // The ELF magic is what the input checks; the file is read, never run.
  fs.copyFileSync(process.execPath, path.join(ws, 'dl', 'libtensorflow_io_golang.so'));
  const inputs = read(ws, { 'working-directory': 'dl', library: 'libtensorflow_io_golang.so' });
  assert.equal(inputs.library, path.join(ws, 'dl', 'libtensorflow_io_golang.so'));
  assert.equal(inputs.output, inputs.library, 'the shared-object output names the checked file');
  const absolute = path.join(ws, 'dl', 'libtensorflow_io_golang.so');
  assert.equal(read(ws, { library: absolute }).library, absolute);
  assert.throws(() => read(ws, {}), /Input 'working-directory': no go\.mod/, 'without library, go.mod is still needed');
  const cases: [string, RegExp][] = [
    ['missing.so', /dl\/missing\.so does not exist: give the shared object's path, relative to working-directory \(.*dl\) or absolute/],
    ['.', /is a folder/],
  ];
  for (const [library, why] of cases) {
    assert.throws(
      () => read(ws, { 'working-directory': 'dl', library }),
      (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.input, 'library');
        assert.match(error.message, why);
        return true;
      },
    );
  }
});

test('a build input set beside library gets one warning naming it; defaults and unset inputs get none', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  assert.deepEqual(inputsIgnoredWithLibrary(get({ package: './cmd/lib', 'build-flags': '-tags x' })), [], 'no library: nothing to warn');
  const warnings = inputsIgnoredWithLibrary(
    get({ library: 'lib.so', package: './cmd/lib', 'go-version': '1.26', 'link-libraries': 'auto', 'supported-tensorflow': '>=2.20' }),
  );
  assert.deepEqual(
    warnings.map((w) => /^Input '([^']+)' is ignored: with 'library'/.exec(w)?.[1]),
    ['package', 'go-version', 'supported-tensorflow'],
  );
});
