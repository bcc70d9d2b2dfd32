// The link-line model (src/link-line/link-line.ts): folders, libraries and the file each
// resolves to, as ld would find them, from #cgo directives and CGO_* words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  includeDirs,
  libraryDirs,
  libraryFileNames,
  libraryFlag,
  libraryStem,
  libraryWords,
  readLinkLine,
  withLeadingWords,
  type LinkSources,
} from '../../src/link-line/link-line.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'link-line-'));
test.after(() => fs.rmSync(root, { recursive: true, force: true }));
const touch = (...parts: string[]) => {
  fs.mkdirSync(path.join(root, ...parts.slice(0, -1)), { recursive: true });
  fs.writeFileSync(path.join(root, ...parts), '');
};
touch('a', 'libboth.so');
touch('a', 'libboth.a');
touch('b', 'libboth.so');
touch('b', 'libstatic.a');
touch('b', 'libexact.so.3');
touch('obj', 'extra.o');
touch('plan', 'libboth.so');

const file = path.join(root, 'lib.go');
const sources: LinkSources = {
  dir: root,
  files: [
    {
      file,
      directives: [
        {
          line: 4,
          column: 1,
          kind: 'LDFLAGS',
          args: ['-L${SRCDIR}/a', '-L', 'b', '-lboth', '-l', 'static', '-Wl,--as-needed,-l:libexact.so.3'],
        },
        { line: 5, column: 1, kind: 'LDFLAGS', condition: 'linux,arm64', args: ['obj/extra.o', '-lmissing'] },
        { line: 6, column: 1, kind: 'CFLAGS', args: ['-I${SRCDIR}/include', '-isystem', '/opt/inc'] },
      ],
    },
  ],
};

test('libraries resolve in the -L folders in order, a .so before a .a; -l:file exactly; a path as written', () => {
  const line = readLinkLine({ sources, cgoLdflags: '-Wl,-rpath,/opt/lib', goos: 'linux', goarch: 'arm64' });
  assert.deepEqual(libraryDirs(line), [path.join(root, 'a'), path.join(root, 'b')]);
  assert.deepEqual(
    line.libraries.map((l) => [l.how, l.name, l.arg, l.file && path.relative(root, l.file), l.location?.line]),
    [
      ['-l', 'both', '-lboth', 'a/libboth.so', 4],
      ['-l', 'static', '-lstatic', 'b/libstatic.a', 4],
      ['-l:', ':libexact.so.3', '-Wl,--as-needed,-l:libexact.so.3', 'b/libexact.so.3', 4],
      ['path', 'obj/extra.o', 'obj/extra.o', 'obj/extra.o', 5],
      ['-l', 'missing', '-lmissing', undefined, 5],
    ],
  );
  assert.deepEqual(line.rpaths, ['/opt/lib']);
  assert.deepEqual(includeDirs(line), [path.join(root, 'include'), '/opt/inc']);
});

test('a directive whose build constraint does not hold is not on the line', () => {
  const line = readLinkLine({ sources, goos: 'linux', goarch: 'amd64' });
  assert.deepEqual(
    line.libraries.map((l) => l.name),
    ['both', 'static', ':libexact.so.3'],
  );
});

test("the plan's words go ahead of the user's and every library resolves again", () => {
  const line = readLinkLine({ sources, cgoLdflags: '-L/usr/local/lib', goos: 'linux', goarch: 'amd64' });
  const planned = withLeadingWords(line, [`-L${path.join(root, 'plan')}`, '-l:libtensorflow_cc.so.2'], root);
  assert.deepEqual(libraryDirs(planned), [path.join(root, 'plan'), '/usr/local/lib', path.join(root, 'a'), path.join(root, 'b')]);
  assert.equal(planned.libraries.find((l) => l.name === 'both')?.file, path.join(root, 'plan', 'libboth.so'));
  assert.deepEqual(planned.libraries[0], { name: ':libtensorflow_cc.so.2', how: '-l:', arg: '-l:libtensorflow_cc.so.2' });
});

test('the -l word forms and the names ld looks for', () => {
  assert.deepEqual(libraryWords(['-la', '-l', 'b', '-Wl,-lc,-l:d.so', '-L/x', '-l']), [
    { name: 'a', arg: '-la', index: 0 },
    { name: 'b', arg: '-lb', index: 1 },
    { name: 'c', arg: '-Wl,-lc,-l:d.so', index: 3 },
    { name: ':d.so', arg: '-Wl,-lc,-l:d.so', index: 3 },
  ]);
  assert.deepEqual(libraryFileNames('tensorflow'), ['libtensorflow.so', 'libtensorflow.a']);
  assert.deepEqual(libraryFileNames(':libtensorflow_cc.so.2'), ['libtensorflow_cc.so.2']);
  assert.equal(libraryFlag('libtensorflow_cc.so.2'), '-l:libtensorflow_cc.so.2');
  assert.equal(libraryFlag('tensorflow_missing'), '-ltensorflow_missing');
  assert.equal(libraryStem(':libtensorflow_cc.so.2'), 'tensorflow_cc');
});
