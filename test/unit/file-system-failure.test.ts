// A file system failing under go (test/fixtures/build/no-space.*, read-only.*,
// permission-denied.*: real go build output with the output, GOCACHE or GOTMPDIR on a full
// 1 MiB tmpfs, a read-only one, or a chmod 555 folder with go run as nobody): the build parser
// reports it as the environment's failure, never as a finding, and the failure becomes an
// EnvironmentError naming the place, the path and, for a full disk, the free space there.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { createBuildOutputParser, parseBuildOutput } from '../../src/parse/build-output.ts';
import { fileSystemFailureOf, firstFileSystemFailure, type FileSystemFailure } from '../../src/parse/file-system-failure.ts';
import { fileSystemError, fileSystemFailureOfErrno } from '../../src/resolve/file-system-error.ts';
import { goListError } from '../../src/resolve/go.ts';
import { buildFileSystemError, outputBefore } from '../../src/build/output-failure.ts';
import { EnvironmentError } from '../../src/environment-error.ts';
import { InputError } from '../../src/input-error.ts';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'build');
const fixture = (name: string) => fs.readFileSync(path.join(fixtureDir, name), 'utf8');
const mounts = '/tmp/tfcgo-fixtures/envfail-mounts';

/** The parser's file-system failure of a whole fixture, fed in one chunk. */
function failureIn(name: string): FileSystemFailure | undefined {
  const parser = createBuildOutputParser();
  parser.write(fixture(name));
  parser.end();
  return parser.fileSystemFailure();
}

describe('go build output: the file system failed', () => {
  const expected: Record<string, Partial<FileSystemFailure>> = {
    'no-space.output.txt': {
      problem: 'no space left on device',
      operation: 'write',
      path: `${mounts}/full/libenvfail.so`,
      place: 'path',
      linked: true,
      goError: `write ${mounts}/full/libenvfail.so: no space left on device`,
    },
    'no-space.header.txt': {
      problem: 'no space left on device',
      operation: 'write',
      path: `${mounts}/full/libenvfail.h`,
      place: 'path',
      linked: false,
    },
    'read-only.output.txt': {
      problem: 'read-only file system',
      operation: 'open',
      path: `${mounts}/ro/libenvfail.h`,
      place: 'path',
      linked: false,
    },
    'permission-denied.output.txt': {
      problem: 'permission denied',
      operation: 'open',
      path: `${mounts}/noperm/libenvfail.h`,
      place: 'path',
      linked: false,
    },
    'read-only.gocache.txt': {
      problem: 'read-only file system',
      operation: 'mkdir',
      path: `${mounts}/ro/gocache`,
      place: 'build-cache',
      cacheDir: `${mounts}/ro/gocache`,
    },
    'permission-denied.gocache.txt': {
      problem: 'permission denied',
      operation: 'mkdir',
      path: `${mounts}/noperm/gocache`,
      place: 'build-cache',
      cacheDir: `${mounts}/noperm/gocache`,
    },
    // The first line: `asm: writing output: write $WORK/b014/compare_amd64.o: no space left on device`.
    'no-space.work.txt': {
      problem: 'no space left on device',
      operation: 'write',
      path: '$WORK/b014/compare_amd64.o',
      place: 'work-folder',
    },
    'read-only.work.txt': { problem: 'read-only file system', operation: 'mkdir', place: 'work-folder' },
  };
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: recognised, and no finding`, () => {
      const failure = failureIn(name);
      assert.ok(failure, 'no file-system failure');
      for (const [key, value] of Object.entries(want)) assert.deepEqual(failure[key as keyof FileSystemFailure], value, key);
      assert.equal(
        failure.line,
        fixture(name)
          .split('\n')
          .find((l) => l.endsWith(failure.goError)),
      );
      assert.deepEqual(parseBuildOutput(fixture(name)), [], 'reported as a finding of the package');
      assert.deepEqual(firstFileSystemFailure(fixture(name)), failure, 'the one-shot reader agrees with the parser');
    });
  }

  it('the work folder by its go-build folder too, not only by $WORK', () => {
    const line = fixture('no-space.work.txt')
      .split('\n')
      .find((l) => l.startsWith('internal/byteorder: '))!;
    assert.equal(fileSystemFailureOf(line)?.place, 'work-folder');
  });

  it('the same failure fed a character at a time', () => {
    const text = fixture('no-space.output.txt');
    const parser = createBuildOutputParser();
    for (const ch of text) parser.write(ch);
    assert.deepEqual(parser.end(), []);
    assert.deepEqual(parser.fileSystemFailure(), failureIn('no-space.output.txt'));
  });

  it("compiler and linker messages are not go's file-system failures", () => {
    for (const line of [
      './main.go:4:10: fatal error: secret.h: Permission denied',
      'example.com/m: build output "/w/libm.so" already exists and is not an object file',
      '/usr/bin/ld: cannot open output file /tmp/go-build1/b001/exe/a.out: No space left on device',
      'main.go:3:2: undefined: permission denied',
      './main.go:5:2: error: #error open config.txt: permission denied',
    ]) {
      assert.equal(fileSystemFailureOf(line), undefined, line);
    }
  });
});

describe('the failure as an EnvironmentError', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-fs-failure-'));
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const at = (name: string, dir: string): FileSystemFailure => {
    const failure = failureIn(name)!;
    const moved = (text: string) => text.replaceAll(path.dirname(failure.path), dir);
    return { ...failure, path: moved(failure.path), goError: moved(failure.goError), line: moved(failure.line) };
  };

  it('a full disk at the output: the output folder, the path, the free space there, no partial library', async () => {
    const output = path.join(scratch, 'libenvfail.so');
    const error = await buildFileSystemError(at('no-space.output.txt', scratch), { output, before: { existed: false }, env: {} });
    assert.ok(error instanceof EnvironmentError);
    assert.equal(error.service, `output folder ${scratch}`);
    assert.match(error.message, /the disk is full: go build linked libenvfail\.so, then could not write it there/);
    assert.ok(error.message.includes(`(write ${output}: no space left on device)`), error.message);
    assert.match(error.message, /\d+(\.\d)? (bytes|KiB|MiB|GiB) free of \d+\.\d (KiB|MiB|GiB) there now\./);
    assert.match(error.message, /No partial libenvfail\.so is left there\./);
    assert.match(error.message, /Set 'output' to a folder/);
  });

  it('a partial file the build made is removed; one that was there before is left and said', async () => {
    const output = path.join(scratch, 'libenvfail.so');
    const failure = at('no-space.output.txt', scratch);
    fs.writeFileSync(output, 'partial');
    const made = await buildFileSystemError(failure, { output, before: { existed: false }, env: {} });
    assert.match(made.message, /The partial libenvfail\.so the build left there was removed\./);
    assert.equal(fs.existsSync(output), false);
    fs.writeFileSync(output, 'an older library');
    const before = outputBefore(output);
    const kept = await buildFileSystemError(failure, { output, before, env: {} });
    assert.match(kept.message, /The libenvfail\.so there from before this build is unchanged\./);
    assert.equal(fs.readFileSync(output, 'utf8'), 'an older library');
    fs.writeFileSync(output, 'an older library, cut');
    const changed = await buildFileSystemError(failure, { output, before, env: {} });
    assert.match(changed.message, /from before this build was changed and may be incomplete; the action leaves it/);
    assert.equal(fs.existsSync(output), true);
    fs.rmSync(output);
  });

  it('read-only and permission denied at the output name the path and no free space', async () => {
    const output = path.join(scratch, 'libenvfail.so');
    for (const [name, cause] of [
      [
        'read-only.output.txt',
        /^it is on a read-only file system: go build could not write there \(open \S+\/libenvfail\.h: read-only file system\)/,
      ],
      ['permission-denied.output.txt', /^the user the action runs as \(.+uid \d+\) may not write there: go build could not write there/],
    ] as const) {
      const error = await buildFileSystemError(at(name, scratch), { output, before: { existed: false }, env: {} });
      assert.equal(error.service, `output folder ${scratch}`);
      assert.match(error.message.slice(`${error.service}: `.length), cause);
      assert.doesNotMatch(error.message, /free of/);
    }
  });

  it("Go's build cache and work folder are named with the variable that moves them", async () => {
    const cache = await fileSystemError(failureIn('read-only.gocache.txt')!, { command: 'go list', env: {} });
    assert.equal(cache.service, `Go's build cache ${mounts}/ro/gocache (GOCACHE)`);
    assert.match(cache.message, /go list could not make a folder there \(mkdir \S+: read-only file system\)\. Set GOCACHE to/);
    const work = await fileSystemError(failureIn('no-space.work.txt')!, { command: 'go build', env: { GOTMPDIR: scratch } });
    assert.equal(work.service, `Go's work folder in ${scratch} (GOTMPDIR, else TMPDIR)`);
    assert.match(work.message, /free of .* there now\. Set GOTMPDIR to/);
  });

  it('go list: a failed build cache is the environment, anything else the input', async () => {
    const cache = await goListError(fixture('permission-denied.gocache.txt'), '/w', '.', {});
    assert.ok(cache instanceof EnvironmentError);
    assert.match(cache.service, /^Go's build cache /);
    const input = await goListError('no Go files in /w', '/w', '.', {});
    assert.ok(input instanceof InputError);
  });

  it("the action's own mkdir: Node's errno as a failure, other errors not", () => {
    const error = Object.assign(new Error('EROFS'), { code: 'EROFS', path: '/w/out' });
    assert.deepEqual(fileSystemFailureOfErrno(error, 'mkdir'), {
      problem: 'read-only file system',
      operation: 'mkdir',
      path: '/w/out',
      place: 'path',
      linked: false,
      goError: 'mkdir /w/out: read-only file system',
      line: 'mkdir /w/out: read-only file system',
    });
    assert.equal(fileSystemFailureOfErrno(Object.assign(new Error('x'), { code: 'ENOENT', path: '/w' }), 'mkdir'), undefined);
  });
});
