// The TLS reader against readelf on the static-tls fixture built with the real Go and gcc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { readTls } from '../../src/elf/tls.ts';
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
