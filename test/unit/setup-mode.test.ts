// mode: setup without Go or TensorFlow: the module's packages folded from go list -test,
// the exported environment (the user's values kept, ours first on the loader path), and the
// three ways it is shown: log lines, the summary section, and shell lines that a shell evals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldPackages, parseGoListStream } from '../../src/resolve/module-packages.ts';
import { jobExports, libraryPathVariable } from '../../src/setup/job-exports.ts';
import { prependSearchPath } from '../../src/util/search-path.ts';
import { exportLines, renderExportsSection, shellExportLines, shellQuote } from '../../src/report/job-exports.ts';
import { readInputs, readMode } from '../../src/inputs.ts';
import { InputError } from '../../src/input-error.ts';

// What `go list -e -test -json=... ./...` prints for a module with a cgo package that has an
// internal and an external test, and a plain package whose test alone imports graft.
const goList = `{
	"Dir": "/m/tfinfo",
	"ImportPath": "example.com/m/tfinfo",
	"Name": "tfinfo",
	"CgoFiles": ["tfinfo.go"],
	"GoFiles": ["doc.go"],
	"Module": {"Path": "example.com/m", "GoMod": "/m/go.mod", "Dir": "/m"},
	"Deps": ["runtime/cgo", "unsafe"]
}
{
	"Dir": "/m/tfinfo",
	"ImportPath": "example.com/m/tfinfo.test",
	"Name": "main",
	"Deps": ["example.com/m/tfinfo [example.com/m/tfinfo.test]", "testing"]
}
{
	"Dir": "/m/tfinfo",
	"ImportPath": "example.com/m/tfinfo [example.com/m/tfinfo.test]",
	"Name": "tfinfo",
	"CgoFiles": ["tfinfo.go"],
	"ForTest": "example.com/m/tfinfo",
	"Deps": ["os", "runtime/cgo", "testing"]
}
{
	"Dir": "/m/plain",
	"ImportPath": "example.com/m/plain",
	"Name": "plain",
	"GoFiles": ["plain.go"],
	"Module": {"Path": "example.com/m", "GoMod": "/m/go.mod", "Dir": "/m"},
	"Deps": ["fmt"]
}
{
	"Dir": "/m/plain",
	"ImportPath": "example.com/m/plain_test [example.com/m/plain.test]",
	"Name": "plain_test",
	"ForTest": "example.com/m/plain",
	"Deps": ["example.com/m/plain [example.com/m/plain.test]", "github.com/wamuir/graft/tensorflow", "weird}{\\"name"]
}
`;

test('go list -test output folds into the module packages and their union', () => {
  const entries = parseGoListStream(goList);
  assert.equal(entries.length, 5);
  const { packages, union, withTests } = foldPackages(entries, './...', '/m');
  assert.deepEqual(
    packages.map((p) => p.importPath),
    ['example.com/m/tfinfo', 'example.com/m/plain'],
    'go list ./... lists these two; the external test plain_test is part of plain',
  );
  assert.equal(withTests, 5, 'go list -test ./... lists five');
  assert.ok(packages[1]!.deps.includes('github.com/wamuir/graft/tensorflow'), "the external test's imports count for plain");
  assert.deepEqual(packages[0]!.cgoFiles, ['/m/tfinfo/tfinfo.go'], 'the test variant adds no second copy');
  assert.deepEqual(packages[0]!.deps, ['runtime/cgo', 'unsafe', 'os', 'testing'], 'test imports count');
  assert.deepEqual(union.cgoFiles, ['/m/tfinfo/tfinfo.go']);
  assert.ok(union.deps.includes('github.com/wamuir/graft/tensorflow'), 'an import made only by a _test.go file counts');
  assert.ok(!union.deps.some((d) => d.includes(' [') || d.endsWith('.test')));
  assert.equal(union.dir, '/m');
  assert.equal(union.module?.goMod, '/m/go.mod');
});

test('a package go list cannot load, or a pattern that matches nothing, is an input error naming package', () => {
  const broken = parseGoListStream(
    '{"Dir": "/m/x", "ImportPath": "example.com/m/x", "Name": "x", "Error": {"Err": "no required module provides package github.com/nope"}}',
  );
  assert.throws(
    () => foldPackages(broken, './...', '/m'),
    (e: unknown) => e instanceof InputError && /Input 'package'.*example\.com\/m\/x.*github\.com\/nope/s.test(e.message),
  );
  const otherPlatform = parseGoListStream(
    '{"Dir": "/m/w", "ImportPath": "example.com/m/w", "Name": "", "Error": {"Err": "build constraints exclude all Go files in /m/w"}}',
  );
  assert.deepEqual(
    foldPackages([...otherPlatform, ...parseGoListStream(goList)], './...', '/m').packages.length,
    2,
    'a folder for another platform is skipped, as go test skips it',
  );
  assert.throws(
    () => foldPackages([], './cmd/...', '/m'),
    (e: unknown) => e instanceof InputError && /'\.\/cmd\/\.\.\.' matches no Go package/.test(e.message),
  );
});

test("exports: the flags as computed, TensorFlow first on the loader path with the user's entries kept, Go's bin on PATH", () => {
  const cgoEnv = {
    CGO_ENABLED: '1',
    CGO_CFLAGS: '-O2 -g -DUSER -isystem/tf/include -D_GLIBCXX_USE_CXX11_ABI=1',
    CGO_CXXFLAGS: '-O2 -g -isystem/tf/include -D_GLIBCXX_USE_CXX11_ABI=1 --std=c++17',
    CGO_LDFLAGS: '-L/link -L/user -L/tf -l:libtensorflow_cc.so.2',
  };
  const made = jobExports({ cgoEnv, tfLibDir: '/tf', goroot: '/go', env: { LD_LIBRARY_PATH: '/user/lib::/tf' }, platform: 'linux' });
  assert.deepEqual(made, {
    env: {
      CGO_ENABLED: '1',
      CGO_CFLAGS: cgoEnv.CGO_CFLAGS,
      CGO_CXXFLAGS: cgoEnv.CGO_CXXFLAGS,
      CGO_LDFLAGS: cgoEnv.CGO_LDFLAGS,
      LD_LIBRARY_PATH: '/tf:/user/lib',
      GOTOOLCHAIN: 'local',
    },
    path: ['/go/bin'],
  });
  assert.equal(jobExports({ cgoEnv, tfLibDir: '/tf', goroot: '/go', env: {}, platform: 'linux' }).env.LD_LIBRARY_PATH, '/tf');
  assert.equal(libraryPathVariable('darwin'), 'DYLD_LIBRARY_PATH');
  assert.ok('DYLD_LIBRARY_PATH' in jobExports({ cgoEnv, tfLibDir: '/tf', goroot: '/go', env: {}, platform: 'darwin' }).env);
  assert.equal(prependSearchPath('/tf', '/tf:/a:/tf'), '/tf:/a', 'a second setup in the job does not repeat the folder');
});

test('what was exported: log lines, a summary section, and shell lines that eval to the same values', () => {
  const exports = { env: { CGO_CFLAGS: `-I'/odd dir'/include -DX="a b"`, WEIRD: 'x```y' }, path: ['/go/bin', '/other/bin'] };
  assert.deepEqual(exportLines(exports), [`CGO_CFLAGS=-I'/odd dir'/include -DX="a b"`, 'WEIRD=x```y', 'PATH=/go/bin:/other/bin:$PATH']);
  const section = renderExportsSection(exports);
  assert.match(section, /### Exported for the later steps of this job/);
  assert.ok(section.includes('````sh\nCGO_CFLAGS='), 'the fence is longer than any backtick run in a value');
  assert.equal(shellQuote(`it's`), `'it'\\''s'`);
  const script = `${shellExportLines(exports).join('\n')}\nprintf '%s\\n' "$CGO_CFLAGS" "$WEIRD" "$PATH"`;
  const out = execFileSync('sh', ['-c', script], { env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' }).split('\n');
  assert.deepEqual(out.slice(0, 3), [exports.env.CGO_CFLAGS, exports.env.WEIRD, '/go/bin:/other/bin:/usr/bin:/bin']);
});

test('mode setup: package is a pattern (default ./...) and output is not needed; verify still refuses a pattern', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-setup-inputs-'));
  try {
    fs.mkdirSync(path.join(ws, 'go', 'lib'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'go', 'go.mod'), 'module x\n\ngo 1.22\n');
    const values = (over: Record<string, string>) => (name: string) => ({ 'working-directory': 'go', ...over })[name] ?? '';
    assert.equal(readMode(values({ mode: 'setup' })), 'setup');
    assert.equal(readInputs(values({}), { workspace: ws, mode: 'setup' }).packagePath, './...');
    assert.equal(readInputs(values({ package: 'lib/...' }), { workspace: ws, mode: 'setup' }).packagePath, './lib/...');
    assert.equal(readInputs(values({ package: './lib' }), { workspace: ws, mode: 'setup' }).packagePath, './lib');
    assert.throws(() => readInputs(values({ package: './...' }), { workspace: ws, mode: 'verify' }), /names several packages/);
    assert.throws(() => readInputs(values({ package: './nope' }), { workspace: ws, mode: 'setup' }), /no package folder/);
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
});
