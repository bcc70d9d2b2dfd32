// What `node dist/index.js` loads before its first statement: the heavy libraries that only
// some paths use must sit in chunks of their own, loaded on first use (issue 9, startup;
// bench/startup.ts measures the time). Builds with scripts/build.mjs into a temp folder and
// reads esbuild's `// node_modules/<package>/...` module markers in the statically imported files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot } from '../helpers/env.ts';

function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"();]*?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g))
      visit(path.resolve(path.dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

function packagesIn(files: string[]): Set<string> {
  const found = new Set<string>();
  for (const f of files)
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) found.add(m[1]!);
  return found;
}

test('dist/index.js loads @actions/cache, @actions/tool-cache and the Azure SDK only when used', { timeout: 120_000 }, async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-chunks-'));
  try {
    const build = await runProcess(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), out], {
      cwd: repoRoot,
      timeoutMs: 110_000,
    });
    assert.equal(build.exitCode, 0, build.combined);
    const upFront = packagesIn(staticClosure(path.join(out, 'index.js')));
    const everything = packagesIn(fs.readdirSync(path.join(out, 'chunks')).map((f) => path.join(out, 'chunks', f)));
    for (const heavy of ['@actions/cache', '@actions/tool-cache', '@azure/storage-blob', '@protobuf-ts/runtime']) {
      assert.ok(everything.has(heavy), `${heavy} is bundled (the marker check works)`);
      assert.ok(!upFront.has(heavy), `${heavy} is loaded before index.js runs: ${[...upFront].sort().join(', ')}`);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
