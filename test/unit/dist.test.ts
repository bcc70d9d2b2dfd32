// dist/ is what users run: it must be exactly what a fresh build of src/ produces, and it
// carries the licence notices of the packages bundled into it (dist/licenses.txt).
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
    // Every runtime dependency is bundled, so each one's notice is in licenses.txt, with its licence text.
    const notices = fs.readFileSync(path.join(out, 'licenses.txt'), 'utf8');
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) {
      const installed = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      };
      assert.match(
        notices,
        new RegExp(`^${name.replace(/[.@/]/g, '\\$&')} ${installed.version.replace(/\./g, '\\.')}\nLicense: `, 'm'),
        name,
      );
    }
    assert.match(notices, /Permission is hereby granted, free of charge/, 'the MIT notices themselves, not just the names');
    for (const file of fresh) {
      const same = fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(repoRoot, 'dist', file)));
      assert.ok(same, `dist/${file} differs from a fresh build: run npm run build and commit dist/`);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
