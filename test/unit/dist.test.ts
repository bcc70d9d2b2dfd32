// dist/ is what users run: it must be exactly what a fresh build of src/ produces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot } from '../helpers/env.ts';

function listFiles(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    })
    .sort();
}

test('the committed dist/ matches a fresh build', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-dist-'));
  try {
    const build = await runProcess(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), out], { cwd: repoRoot });
    assert.equal(build.exitCode, 0, build.combined);
    const fresh = listFiles(out);
    assert.deepEqual(
      listFiles(path.join(repoRoot, 'dist')),
      fresh,
      'dist/ has other files than a fresh build: run npm run build and commit dist/',
    );
    for (const file of fresh) {
      const same = fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(repoRoot, 'dist', file)));
      assert.ok(same, `dist/${file} differs from a fresh build: run npm run build and commit dist/`);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
