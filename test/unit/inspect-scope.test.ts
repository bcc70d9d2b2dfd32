// The loader-scope model and the pure parts of the inspection: ldconfig parsing,
// $ORIGIN expansion, search order, version floors, symbol binding and diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import {
  defaultLibraryDirs,
  expandSearchPath,
  parseLdconfigCache,
  searchOrder,
  type ScopeEntry,
  type SearchConfig,
} from '../../src/inspect/elf-loader-scope.ts';
import { compareDotted as compareVersions } from '../../src/util/versions.ts';
import {
  bindsTo,
  inspectLibrary,
  libraryDiagnostics,
  versionsAboveFloor,
  type LibraryInspection,
} from '../../src/inspect/inspect-library.ts';
import type { ElfInfo, ElfSymbol } from '../../src/elf/elf.ts';
import { craftSharedObject } from '../fixtures/elf/craft-elf.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'elf');

test('ldconfig -p: soname to paths, in cache order, all architectures', () => {
  const cache = parseLdconfigCache(fs.readFileSync(path.join(fixtures, 'ldconfig-p.txt'), 'utf8'));
  assert.deepEqual(cache.get('libc.so.6'), ['/lib/x86_64-linux-gnu/libc.so.6', '/lib/i386-linux-gnu/libc.so.6']);
  assert.deepEqual(cache.get('libfoo.so.1'), ['/opt/foo/lib/libfoo.so.1']);
  assert.equal(cache.get('libstdc++.so.6')?.[0], '/lib/x86_64-linux-gnu/libstdc++.so.6');
  assert.equal(cache.size, 7);
});

test('ldconfig -p of an arm64 Debian (the emulated root): AArch64 entries; the default folders are aarch64-linux-gnu', () => {
  const text = fs.readFileSync(path.join(fixtures, 'ldconfig-p-aarch64.txt'), 'utf8');
  const cache = parseLdconfigCache(text);
  assert.deepEqual(cache.get('libc.so.6'), ['/lib/aarch64-linux-gnu/libc.so.6']);
  assert.deepEqual(cache.get('libstdc++.so.6'), ['/lib/aarch64-linux-gnu/libstdc++.so.6']);
  assert.equal([...cache.values()].flat().length, Number(/^(\d+) libs found/.exec(text)![1]), 'every entry read');
  // The arm64 loader, listed under both of its folders.
  assert.deepEqual(cache.get('ld-linux-aarch64.so.1'), ['/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1', '/lib/ld-linux-aarch64.so.1']);
  assert.deepEqual(defaultLibraryDirs('arm64').slice(0, 2), ['/lib/aarch64-linux-gnu', '/usr/lib/aarch64-linux-gnu']);
  assert.deepEqual(defaultLibraryDirs('x64').slice(0, 2), ['/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu']);
});

test('RUNPATH/RPATH: split on colons, $ORIGIN and ${ORIGIN} expanded, $ORIGINAL left alone', () => {
  assert.deepEqual(expandSearchPath('$ORIGIN/../lib:${ORIGIN}:/opt/x::$ORIGINAL', '/a/b'), ['/a/b/../lib', '/a/b', '/opt/x', '$ORIGINAL']);
  assert.deepEqual(expandSearchPath(undefined, '/a'), []);
});

function entry(file: string, dynamic: Partial<ElfInfo['dynamic']>): ScopeEntry {
  const info = {
    path: file,
    class: 64,
    endian: 'little',
    machine: 62,
    type: 'DYN',
    requiredVersions: {},
    definedVersions: [],
    dynamic: { needed: [], flags: [], flags1: [], ...dynamic },
  } as ElfInfo;
  return { name: path.basename(file), path: file, foundBy: 'root', info };
}

test('search order: RPATH only without RUNPATH, then extra dirs, then the requester RUNPATH', () => {
  const config: SearchConfig = { extraDirs: ['/extra'], cache: new Map(), defaultDirs: [], tensorflow: new Map() };
  const root = entry('/build/libx.so', { rpath: '$ORIGIN/r' });
  assert.deepEqual(searchOrder(root, root, config), [
    { dir: '/build/r', foundBy: 'rpath' },
    { dir: '/extra', foundBy: 'extra-dir' },
  ]);
  const withRunpath = entry('/build/liby.so', { rpath: '/ignored', runpath: '$ORIGIN/../tf' });
  assert.deepEqual(searchOrder(withRunpath, withRunpath, config), [
    { dir: '/extra', foundBy: 'extra-dir' },
    { dir: '/build/../tf', foundBy: 'runpath' },
  ]);
  // A dependency without RUNPATH also searches the root's RPATH; its own RUNPATH is not inherited.
  const dep = entry('/tf/libdep.so', {});
  assert.deepEqual(searchOrder(dep, root, config), [
    { dir: '/build/r', foundBy: 'rpath' },
    { dir: '/extra', foundBy: 'extra-dir' },
  ]);
  assert.deepEqual(searchOrder(dep, withRunpath, config), [{ dir: '/extra', foundBy: 'extra-dir' }]);
});

test('versions compare numerically; only GLIBC_/GLIBCXX_ above their floor are reported', () => {
  assert.ok(compareVersions('2.27', '2.34') < 0);
  assert.ok(compareVersions('3.4.9', '3.4.22') < 0);
  assert.equal(compareVersions('2.2.5', '2.2.5'), 0);
  const refs = [
    { name: 'pthread_create', version: 'GLIBC_2.34' },
    { name: 'memcpy', version: 'GLIBC_2.14' },
  ] as ElfSymbol[];
  const found = versionsAboveFloor(
    {
      'libc.so.6': ['GLIBC_2.2.5', 'GLIBC_2.14', 'GLIBC_2.34', 'GLIBC_PRIVATE'],
      'libstdc++.so.6': ['GLIBCXX_3.4.30', 'CXXABI_1.3.13', 'GLIBCXX_3.4.9'],
    },
    { glibc: '2.27', glibcxx: '3.4.22' },
    refs,
  );
  assert.deepEqual(found, [
    { version: 'GLIBC_2.34', file: 'libc.so.6', floor: '2.27', symbols: ['pthread_create'] },
    { version: 'GLIBCXX_3.4.30', file: 'libstdc++.so.6', floor: '3.4.22', symbols: [] },
  ]);
  assert.deepEqual(versionsAboveFloor({ 'libc.so.6': ['GLIBC_2.34'] }, {}, refs), []);
});

test('symbol binding follows the version: exact version, or an unversioned definition', () => {
  const ref = (version?: string) => ({ name: 'f', defined: false, binding: 'GLOBAL', type: 'FUNC', version }) as ElfSymbol;
  const def = (version?: string, versionHidden = false) =>
    ({ name: 'f', defined: true, binding: 'GLOBAL', type: 'FUNC', version, versionHidden }) as ElfSymbol;
  assert.ok(bindsTo(ref('GLIBC_2.14'), def('GLIBC_2.14')));
  assert.ok(bindsTo(ref('GLIBC_2.2.5'), def('GLIBC_2.2.5', true)), 'a versioned reference may bind a hidden version');
  assert.ok(!bindsTo(ref('GLIBC_2.4'), def('GLIBC_2.2.5')));
  assert.ok(bindsTo(ref('tensorflow'), def(undefined)));
  assert.ok(bindsTo(ref(), def('tensorflow')));
  assert.ok(!bindsTo(ref(), def('GLIBC_2.2.5', true)), 'an unversioned reference skips hidden versions');
});

test('a NEEDED library nobody can find, and a reference whose version no one defines', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-scope-'));
  try {
    // NEEDED libc.so.6, undefined puts@GLIBC_2.4, RUNPATH /opt/lib.
    const library = path.join(dir, 'libcrafted.so');
    fs.writeFileSync(library, craftSharedObject({ elfClass: 64, endian: 'little', machine: 62 }));
    const lost = await inspectLibrary({ library, tensorflowLibraries: [], ldconfigCache: new Map(), defaultDirs: [] });
    assert.deepEqual(lost.scope, [{ name: 'libc.so.6', foundBy: 'not-found', neededBy: 'libcrafted.so' }]);
    assert.deepEqual(
      lost.symbols.map((s) => `${s.display} ${s.resolution.kind}`),
      ['puts@GLIBC_2.4 unresolved'],
    );
    const d = libraryDiagnostics(lost);
    assert.deepEqual(
      d.map((x) => `${x.severity} ${x.kind} ${x.library ?? x.symbol}`),
      ['error shared-object-not-found libc.so.6', 'error unresolved-symbol puts'],
    );
    assert.match(d[0]!.message, /cannot open shared object file/);

    // With the real libc found through the cache, puts exists but only as puts@@GLIBC_2.2.5.
    const found = await inspectLibrary({
      library,
      tensorflowLibraries: [],
      ldconfigCache: new Map([['libc.so.6', ['/lib/i386-linux-gnu/libc.so.6', '/lib/x86_64-linux-gnu/libc.so.6']]]),
      defaultDirs: [],
    });
    assert.deepEqual(
      found.scope.map((e) => `${e.name} ${e.foundBy} ${e.path}`),
      ['libc.so.6 cache /lib/x86_64-linux-gnu/libc.so.6', 'ld-linux-x86-64.so.2 not-found undefined'],
    );
    assert.equal(found.symbols[0]!.resolution.kind, 'unresolved');
    assert.deepEqual(found.flags, ['SYMBOLIC', 'STATIC_TLS']);
    assert.equal(found.staticTls, true);
    assert.equal(found.runpath, '/opt/lib');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('diagnostics: an unresolved symbol that a system library defines names the flag to add', () => {
  const result: LibraryInspection = {
    library: '/b/libx.so',
    needed: ['libc.so.6'],
    flags: [],
    flags1: [],
    staticTls: false,
    tooNew: [],
    scope: [{ name: 'libc.so.6', path: '/lib/x86_64-linux-gnu/libc.so.6', foundBy: 'cache', neededBy: 'libx.so' }],
    symbols: [
      {
        display: 'cos',
        name: 'cos',
        resolution: {
          kind: 'unresolved',
          definedIn: { library: 'libm.so.6', path: '/lib/x86_64-linux-gnu/libm.so.6', linkFlag: '-l:libm.so.6' },
        },
      },
      {
        display: 'memcpy@GLIBC_2.14',
        name: 'memcpy',
        version: 'GLIBC_2.14',
        resolution: { kind: 'needed', library: 'libc.so.6', path: '/lib/x86_64-linux-gnu/libc.so.6' },
      },
    ],
  };
  const [d, ...rest] = libraryDiagnostics(result);
  assert.deepEqual(rest, []);
  assert.equal(d!.kind, 'unresolved-symbol');
  assert.equal(d!.symbol, 'cos');
  assert.equal(d!.library, 'libm.so.6');
  assert.equal(d!.providedBy, undefined, 'providedBy is for TensorFlow libraries only');
  assert.match(d!.fix!, /-l:libm\.so\.6/);
});
