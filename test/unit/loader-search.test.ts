// Where the loader finds a NEEDED library, checked on real shared objects built with gcc:
// DT_RPATH before LD_LIBRARY_PATH, LD_LIBRARY_PATH before DT_RUNPATH, the cache after both,
// and the file of the loader's configuration that lists a cached folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadScope, type SearchConfig } from '../../src/inspect/elf-loader-scope.ts';
import { confFileListing, parseLdSoConf } from '../../src/inspect/ld-so-conf.ts';
import { libraryPathEntries } from '../../src/inspect/tensorflow-copies.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-loader-search-'));
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

function sharedObject(file: string, linkWords: string[] = []): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const source = path.join(root, `${path.basename(file)}.c`);
  fs.writeFileSync(source, 'int f(void) { return 1; }\n');
  execFileSync('gcc', ['-shared', '-fPIC', '-o', file, source, ...linkWords]);
  return file;
}

const dirs = {
  rpath: path.join(root, 'rpath'),
  ldPath: path.join(root, 'ld-path'),
  runpath: path.join(root, 'runpath'),
  cached: path.join(root, 'cached'),
};
for (const dir of Object.values(dirs)) sharedObject(path.join(dir, 'libdep.so'));
const depArgs = ['-Wl,--no-as-needed', '-L', dirs.cached, '-ldep'];
const withRpath = sharedObject(path.join(root, 'top-rpath', 'libtop.so'), [...depArgs, `-Wl,--disable-new-dtags,-rpath,${dirs.rpath}`]);
const withRunpath = sharedObject(path.join(root, 'top-runpath', 'libtop.so'), [
  ...depArgs,
  `-Wl,--enable-new-dtags,-rpath,${dirs.runpath}`,
]);
const noPath = sharedObject(path.join(root, 'top-none', 'libtop.so'), depArgs);

async function found(library: string, extraDirs: string[]): Promise<{ dir?: string; foundBy: string }> {
  const config: SearchConfig = {
    extraDirs,
    cache: new Map([['libdep.so', [path.join(dirs.cached, 'libdep.so')]]]),
    defaultDirs: [],
    tensorflow: new Map(),
  };
  const dep = (await loadScope(library, config)).find((e) => e.name === 'libdep.so')!;
  return { ...(dep.path ? { dir: path.dirname(dep.path) } : {}), foundBy: dep.foundBy };
}

test('DT_RPATH comes before LD_LIBRARY_PATH', async () => {
  assert.deepEqual(await found(withRpath, [dirs.ldPath]), { dir: dirs.rpath, foundBy: 'rpath' });
});

test('LD_LIBRARY_PATH comes before DT_RUNPATH, which comes next', async () => {
  assert.deepEqual(await found(withRunpath, [dirs.ldPath]), { dir: dirs.ldPath, foundBy: 'extra-dir' });
  assert.deepEqual(await found(withRunpath, []), { dir: dirs.runpath, foundBy: 'runpath' });
});

test('the cache comes after both', async () => {
  assert.deepEqual(await found(noPath, [path.join(root, 'empty')]), { dir: dirs.cached, foundBy: 'cache' });
  assert.deepEqual(await found(noPath, [dirs.ldPath]), { dir: dirs.ldPath, foundBy: 'extra-dir' });
});

test('LD_LIBRARY_PATH entries: empty ones dropped, colons and semicolons split', () => {
  assert.deepEqual(libraryPathEntries('/a::/b;/c:'), ['/a', '/b', '/c']);
  assert.deepEqual(libraryPathEntries(undefined), []);
});

test('ld.so.conf: folders, includes, comments and hwcap lines', () => {
  assert.deepEqual(
    parseLdSoConf('# comment\ninclude /etc/ld.so.conf.d/*.conf\n/usr/local/lib  # local\n/opt/a:/opt/b,/opt/c\nhwcap 0 nosegneg\n'),
    {
      dirs: ['/usr/local/lib', '/opt/a', '/opt/b', '/opt/c'],
      includes: ['/etc/ld.so.conf.d/*.conf'],
    },
  );
});

test('the configuration file behind a cached folder, through globbed and relative includes', () => {
  const etc = path.join(root, 'etc');
  fs.mkdirSync(path.join(etc, 'ld.so.conf.d'), { recursive: true });
  fs.writeFileSync(path.join(etc, 'ld.so.conf'), 'include ld.so.conf.d/*.conf\n');
  fs.writeFileSync(path.join(etc, 'ld.so.conf.d', 'libc.conf'), '/usr/local/lib\n');
  fs.writeFileSync(path.join(etc, 'ld.so.conf.d', 'tensorflow.conf'), `# the C library\n${dirs.cached}\n`);
  fs.writeFileSync(path.join(etc, 'ld.so.conf.d', 'notes.txt'), `${dirs.ldPath}\n`);
  const conf = path.join(etc, 'ld.so.conf');
  assert.equal(confFileListing(dirs.cached, conf), path.join(etc, 'ld.so.conf.d', 'tensorflow.conf'));
  assert.equal(confFileListing('/usr/local/lib', conf), path.join(etc, 'ld.so.conf.d', 'libc.conf'));
  assert.equal(confFileListing(dirs.ldPath, conf), undefined, 'a file the include glob does not match is not read');
});
