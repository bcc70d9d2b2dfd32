// The release notes of one version: its section of CHANGELOG.md (Keep a Changelog), without
// the heading. The release workflow runs `node scripts/release-notes.ts 0.1.0` and refuses to
// release a version the changelog has no section for.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The body under `## [<version>]` up to the next `## ` heading or link definitions; undefined when there is no such section. */
export function releaseNotes(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]:\s/.test(line));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body || undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? '').replace(/^v/, '');
  const changelog = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'CHANGELOG.md'), 'utf8');
  const notes = releaseNotes(changelog, version);
  if (!notes) {
    process.stderr.write(
      `CHANGELOG.md has no section "## [${version}] - <date>": add one (move the Unreleased entries there) before tagging v${version}.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${notes}\n`);
}
