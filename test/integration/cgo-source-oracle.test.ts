// The cgo source scanner against go/parser (a Go program) on every fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanCgoSource } from '../../src/resolve/cgo-source.ts';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot } from '../helpers/env.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'go');

test('agrees with go/parser on every fixture', { timeout: 120_000 }, async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cgo-oracle-'));
  interface OracleResult {
    file: string;
    error?: string;
    packageName: string;
    importsC: boolean;
    refs: unknown[];
    preambleLines: number[];
  }
  try {
    const bin = path.join(tmp, 'oracle');
    const built = await runProcess('go', ['build', '-o', bin, '.'], { cwd: path.join(fixtures, 'oracle'), timeoutMs: 110_000 });
    assert.equal(built.exitCode, 0, built.combined);
    const files = readdirSync(fixtures)
      .filter((d) => d !== 'oracle')
      .flatMap((d) =>
        readdirSync(path.join(fixtures, d))
          .filter((f) => f.endsWith('.go'))
          .map((f) => path.join(fixtures, d, f)),
      );
    const run = await runProcess(bin, files);
    const results = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OracleResult);
    assert.equal(results.length, files.length);
    for (const o of results) {
      assert.equal(o.error, undefined, o.file);
      const f = scanCgoSource(readFileSync(o.file, 'utf8'), o.file);
      assert.deepEqual([f.packageName, f.importsC], [o.packageName, o.importsC], o.file);
      assert.deepEqual(
        f.refs.map(({ call: _, ...r }) => r),
        o.refs,
        o.file,
      );
      assert.deepEqual([...new Set(f.preambleLines.map((l) => l.line))], o.preambleLines, o.file);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
