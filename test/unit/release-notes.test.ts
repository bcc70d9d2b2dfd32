// The release workflow publishes a version's CHANGELOG.md section as its release notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { releaseNotes } from '../../scripts/release-notes.ts';
import { repoRoot } from '../helpers/env.ts';

const CHANGELOG = `# Changelog

## [Unreleased]

### Fixed

- Something not yet released.

## [0.2.0] - 2027-01-10

### Added

- cache-rotation.

## [0.1.0] - 2026-12-20

### Added

- The first release.

[Unreleased]: https://example.invalid/compare/v0.2.0...HEAD
[0.2.0]: https://example.invalid/compare/v0.1.0...v0.2.0
`;

test("a version's section, without its heading and up to the next one", () => {
  assert.equal(releaseNotes(CHANGELOG, '0.2.0'), '### Added\n\n- cache-rotation.');
  assert.equal(releaseNotes(CHANGELOG, '0.1.0'), '### Added\n\n- The first release.', 'the last section stops at the link definitions');
  assert.equal(releaseNotes(CHANGELOG, '0.3.0'), undefined);
  assert.equal(releaseNotes(CHANGELOG, '0.2'), undefined, 'not a prefix of 0.2.0');
});

test('the repository CHANGELOG.md is in that form, and the script refuses a version it lacks', () => {
  const changelog = fs.readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8');
  assert.match(releaseNotes(changelog, 'Unreleased') ?? '', /^The first release, `v0\.1\.0`/);
  assert.throws(
    () => execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'release-notes.ts'), 'v9.9.9'], { stdio: 'pipe' }),
    (error: { status: number; stderr: Buffer }) =>
      error.status === 1 && /no section "## \[9\.9\.9\] - <date>"/.test(error.stderr.toString()),
  );
});
