// The TLS reader against readelf on the static-tls fixture built with the real Go and gcc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { readTls } from '../../src/elf/tls.ts';
import { locateTlsVariables } from '../../src/inspect/tls-location.ts';
import { silentLog } from '../../src/log.ts';
import { scanCgoPackage } from '../../src/resolve/cgo-source.ts';
import { runProcess } from '../../src/util/process.ts';

test('readTls gives the PT_TLS size and the TLS symbols readelf shows, largest first', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elf-tls-'));
  try {
    fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'packages', 'static-tls'), dir, { recursive: true });
    const lib = path.join(dir, 'libtls.so');
    const build = await runProcess('go', ['build', '-buildmode=c-shared', '-o', lib, '.'], { cwd: dir, timeoutMs: 300_000 });
    assert.equal(build.exitCode, 0, build.combined);
    const tls = await readTls(lib);
    const segments = (await runProcess('readelf', ['-lW', lib])).stdout;
    const memsz = /^\s*TLS\s+\S+\s+\S+\s+\S+\s+\S+\s+(0x[0-9a-f]+)/m.exec(segments)?.[1];
    assert.equal(tls.size, Number(memsz));
    assert.ok(tls.size > 4 << 20);
    const symbols = (await runProcess('readelf', ['-sW', lib])).stdout
      .split('\n')
      .map((l) => /^\s*\d+:\s+\S+\s+(0x[0-9a-f]+|\d+)\s+TLS\s+\S+\s+\S+\s+\S+\s+(\S+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ name: m[2]!, size: Number(m[1]) }));
    assert.deepEqual(
      [...tls.symbols].sort((a, b) => a.name.localeCompare(b.name)),
      [...new Map(symbols.map((s) => [s.name, s])).values()].sort((a, b) => a.name.localeCompare(b.name)),
    );
    assert.equal(tls.symbols[0]!.name, 'big_tls_buffer');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the largest TLS variable's lines from the debug info of a real Go build, with and without -trimpath", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elf-tls-'));
  try {
    fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'packages', 'static-tls'), dir, { recursive: true });
    const facts = await scanCgoPackage(dir, [path.join(dir, 'lib.go')]);
    for (const flags of [[], ['-trimpath']]) {
      const lib = path.join(dir, 'libtls.so');
      const build = await runProcess('go', ['build', ...flags, '-buildmode=c-shared', '-o', lib, '.'], { cwd: dir, timeoutMs: 300_000 });
      assert.equal(build.exitCode, 0, build.combined);
      // Where readelf says DWARF puts them: the definition in bigtls.c, the preamble's extern declaration in lib.go.
      const info = (await runProcess('readelf', ['--debug-dump=info', lib])).stdout;
      const lines = [
        ...info.matchAll(
          /DW_AT_name\s*:.*\bbig_tls_buffer\n\s*<[0-9a-f]+>\s+DW_AT_decl_file\s*:\s*\d+\n\s*<[0-9a-f]+>\s+DW_AT_decl_line\s*:\s*(\d+)/g,
        ),
      ];
      assert.deepEqual(lines.map((m) => Number(m[1])).sort(), [2, 7], flags.join(' '));
      const [place] = await locateTlsVariables(lib, ['big_tls_buffer'], { dir, facts }, silentLog);
      assert.deepEqual(place, {
        symbol: 'big_tls_buffer',
        name: 'big_tls_buffer',
        definition: { file: path.join(dir, 'bigtls.c'), line: 2, column: 15, endLine: 2, endColumn: 28 },
        declarations: [{ file: path.join(dir, 'lib.go'), line: 7, column: 22, endLine: 7, endColumn: 35 }],
        from: 'debug info',
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
