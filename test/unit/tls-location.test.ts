// Where a library's large TLS variables are in the package: from the debug info (the
// test/fixtures/elf/libtls-dwarf*.so libraries, whose paths name /tfcgo/dwarf-tls, a folder
// that is not here, as after -trimpath or a build elsewhere), else from the C/C++ files and
// cgo preambles.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { silentLog } from '../../src/log.ts';
import { scanCgoPackage } from '../../src/resolve/cgo-source.ts';
import { locateTlsVariables, sourceName } from '../../src/inspect/tls-location.ts';

const elfDir = path.join(repoRoot, 'test', 'fixtures', 'elf');
const dirs: string[] = [];
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function packageDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-location-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
const sourcesOf = (name: string) => fs.readFileSync(path.join(elfDir, 'dwarf-tls', name), 'utf8');

test('sourceName: gcc numbers a function static, C++ mangles a nested name', () => {
  assert.equal(sourceName('big_tls_buffer'), 'big_tls_buffer');
  assert.equal(sourceName('scratch.1'), 'scratch');
  assert.equal(sourceName('_ZN5tfcgo10cxx_bufferE'), 'cxx_buffer');
  assert.equal(sourceName('_ZN5tfcgo6Holder6memberE'), 'member');
  assert.equal(sourceName('_ZN12_GLOBAL__N_13bufE'), 'buf');
  assert.equal(sourceName('_ZN1kL11tfcgoBufferE'), 'tfcgoBuffer', 'L: a static in a namespace');
});

test('from the debug info: the definition, its declarations, a path matched by its tail in the package folder', async () => {
  const dir = packageDir(Object.fromEntries(['tls-vars.h', 'tls-defs.c', 'tls-use.c', 'tls-cxx.cc'].map((f) => [f, sourcesOf(f)])));
  const symbols = ['tls_declared', 'tls_in_function.0', '_ZN5tfcgo6Holder6memberE'];
  for (const lib of ['libtls-dwarf5.so', 'libtls-dwarf4.so']) {
    const places = await locateTlsVariables(path.join(elfDir, lib), symbols, { dir }, silentLog);
    assert.deepEqual(places, [
      {
        symbol: 'tls_declared',
        name: 'tls_declared',
        definition: { file: path.join(dir, 'tls-defs.c'), line: 3, column: 15, endLine: 3, endColumn: 26 },
        declarations: [{ file: path.join(dir, 'tls-vars.h'), line: 3, column: 22, endLine: 3, endColumn: 33 }],
        from: 'debug info',
      },
      {
        symbol: 'tls_in_function.0',
        name: 'tls_in_function',
        definition: { file: path.join(dir, 'tls-defs.c'), line: 7, column: 24, endLine: 7, endColumn: 38 },
        declarations: [],
        from: 'debug info',
      },
      {
        symbol: '_ZN5tfcgo6Holder6memberE',
        name: 'member',
        definition: { file: path.join(dir, 'tls-cxx.cc'), line: 6, column: 26, endLine: 6, endColumn: 31 },
        declarations: [{ file: path.join(dir, 'tls-cxx.cc'), line: 4, column: 27, endLine: 4, endColumn: 32 }],
        from: 'debug info',
      },
    ]);
  }
});

test('a debug-info line that does not name the variable is not taken: the sources are searched instead', async () => {
  // tls-defs.c here is another file of the same name: line 3 is a comment, the definition is on line 5.
  const dir = packageDir({
    'tls-defs.c': '#include "tls-vars.h"\n\n/* __thread char tls_declared[2048]; was here */\n\n__thread char tls_declared[2048];\n',
  });
  const [place] = await locateTlsVariables(path.join(elfDir, 'libtls-dwarf5.so'), ['tls_declared'], { dir }, silentLog);
  assert.deepEqual(place, {
    symbol: 'tls_declared',
    name: 'tls_declared',
    definition: { file: path.join(dir, 'tls-defs.c'), line: 5, column: 15, endLine: 5, endColumn: 26 },
    declarations: [],
    from: 'source',
  });
});

test('without debug info: a __thread/_Thread_local/thread_local line in the C/C++ files or a cgo preamble, comments ignored', async () => {
  const dir = packageDir({
    'scratch.c':
      '// __thread char tfcgoScratch[1]; in a comment is no definition\n' +
      '#include <stddef.h>\n' +
      '__thread char tfcgoScratch[4 << 20] __attribute__((tls_model("initial-exec")));\n' +
      'char not_thread_local_tfcgoScratch;\n',
    'other.cc': 'namespace k {\nstatic thread_local char tfcgoBuffer[1 << 20];\n}\n',
    'bigtls.go':
      'package main\n\n/*\nextern __thread char tfcgoScratch[4 << 20] __attribute__((tls_model("initial-exec")));\n' +
      'static int touch(void) { tfcgoScratch[0] = 1; return tfcgoScratch[0]; }\n*/\nimport "C"\n\nfunc main() {}\n',
    'notes.txt': '__thread char tfcgoScratch[1];\n',
  });
  const facts = await scanCgoPackage(dir, [path.join(dir, 'bigtls.go')]);
  // libstub-special.so has TLS but no debug info.
  const places = await locateTlsVariables(
    path.join(elfDir, 'libstub-special.so'),
    ['tfcgoScratch', '_ZN1kL11tfcgoBufferE', 'nowhere'],
    { dir, facts },
    silentLog,
  );
  assert.deepEqual(places, [
    {
      symbol: 'tfcgoScratch',
      name: 'tfcgoScratch',
      definition: { file: path.join(dir, 'scratch.c'), line: 3, column: 15, endLine: 3, endColumn: 26 },
      declarations: [{ file: path.join(dir, 'bigtls.go'), line: 4, column: 22, endLine: 4, endColumn: 33 }],
      from: 'source',
    },
    {
      symbol: '_ZN1kL11tfcgoBufferE',
      name: 'tfcgoBuffer',
      definition: { file: path.join(dir, 'other.cc'), line: 2, column: 26, endLine: 2, endColumn: 36 },
      declarations: [],
      from: 'source',
    },
  ]);
});
