// The flags stage's compile of the package (go list -export) reads the objects' undefined
// names and leaves nothing in the user's checkout (cmd/go would leave a `.h` header there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiledUndefinedSymbols } from '../../src/flags/compiled-objects.ts';

test('a c-shared compile reads the undefined names and leaves no .h in the package folder', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-compiled-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/exported\n\ngo 1.21\n');
    fs.writeFileSync(
      path.join(dir, 'lib.go'),
      'package main\n\n/*\nextern int needed_from_elsewhere(void);\nstatic int call(void) { return needed_from_elsewhere(); }\n*/\nimport "C"\n\n//export Exported\nfunc Exported() C.int { return C.call() }\n\nfunc main() {}\n',
    );
    const before = fs.readdirSync(dir).sort();
    const compiled = await compiledUndefinedSymbols({
      workingDirectory: dir,
      packagePath: '.',
      buildFlags: [],
      env: { ...process.env, CGO_ENABLED: '1' },
      buildmode: 'c-shared',
    });
    assert.ok(compiled.ok, JSON.stringify(compiled));
    assert.ok(compiled.symbols.includes('needed_from_elsewhere'), compiled.symbols.join(' '));
    assert.deepEqual(fs.readdirSync(dir).sort(), before, 'the compile wrote into the package folder');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a second compile comes from Go's build cache: it says so, prints no warnings and leaves no work folder", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-cached-'));
  // cmd/go work folders holding this package's object folder (other runs on the machine have their own).
  const workFolders = () =>
    new Set(
      fs
        .readdirSync(os.tmpdir())
        .filter((name) => /^go-build\d+$/.test(name) && fs.existsSync(path.join(os.tmpdir(), name, 'b001', 'lib.cgo1.go'))),
    );
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/cached\n\ngo 1.21\n');
    // The folder's path is in the cache key: a new folder compiles, whatever the cache holds.
    fs.writeFileSync(
      path.join(dir, 'lib.go'),
      'package main\n\n/*\nstatic int call(void) { int unused_here; return 1; }\n*/\nimport "C"\n\n//export Exported\nfunc Exported() C.int { return C.call() }\n\nfunc main() {}\n',
    );
    const before = workFolders();
    const request = {
      workingDirectory: dir,
      packagePath: '.',
      buildFlags: [],
      env: { ...process.env, CGO_ENABLED: '1', CGO_CFLAGS: '-O2 -g -Wall' },
      buildmode: 'c-shared',
    };
    const first = await compiledUndefinedSymbols(request);
    const second = await compiledUndefinedSymbols(request);
    assert.ok(first.ok && second.ok, JSON.stringify([first, second]));
    assert.equal(first.compiled, true);
    assert.match(first.output, /warning: unused variable .unused_here./);
    assert.doesNotMatch(first.output, /^WORK=/m, 'the -work line is not compiler output');
    assert.equal(second.compiled, false);
    assert.equal(second.output, '');
    assert.deepEqual(
      [...workFolders()].filter((name) => !before.has(name)),
      [],
      'a work folder was left behind',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
