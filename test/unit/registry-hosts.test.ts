// No file of the repository names a package registry's host: the go command, pip, npm and
// debootstrap own their defaults, and users point them at mirrors of their own, so messages say
// "Go's default module proxy" or "your package index" and code asks the tool (go env GOPROXY).
// dist/ is the bundle of src/ (checked here) and third-party code; package-lock.json is npm's
// own record of where each package came from.
// The go.dev download listing is not on the list: it is the action's own default Go source
// (go-download-source: go.dev, go-download-base-url), as it is actions/setup-go's, and no tool
// on the runner has a setting for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { repoRoot } from '../helpers/env.ts';

/** Hosts of package registries and OS package archives; written as patterns so this file names none. */
const REGISTRY_HOSTS: readonly RegExp[] = [
  /\bpypi\.org\b/i,
  /\bpythonhosted\.org\b/i,
  /\bproxy\.golang\.org\b/i,
  /\bsum\.golang\.org\b/i,
  /\bindex\.golang\.org\b/i,
  /\bgolang\.org\/dl\b/i,
  /\bdl\.google\.com\b/i,
  /\bstorage\.googleapis\.com\/golang\b/i,
  /\b(deb|security|ftp|snapshot)\.debian\.org\b/i,
  /\b(archive|ports|security)\.ubuntu\.com\b/i,
  /\bregistry\.npmjs\.org\b/i,
  /\bregistry\.yarnpkg\.com\b/i,
  /\bnodejs\.org\/dist\b/i,
  /\b(repo|conda)\.anaconda\.(com|org)\b/i,
];

const EXEMPT = [/^dist\//, /^package-lock\.json$/];

function trackedFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  return listed.split('\0').filter((file) => file && !EXEMPT.some((e) => e.test(file)));
}

/** `file:line: text` for each line naming a registry host; binary files (a NUL byte) are skipped. */
function registryMentions(file: string, text: string): string[] {
  if (text.includes('\0')) return [];
  return text
    .split('\n')
    .flatMap((line, i) => (REGISTRY_HOSTS.some((host) => host.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

test('the patterns catch the registry hosts as code, docs and scripts write them', () => {
  const pypi = ['https://', 'pypi', '.org/simple'].join('');
  const proxy = ['GOPROXY=https://', 'proxy.golang', '.org,direct'].join('');
  const debian = ['mirror=http://', 'deb.debian', '.org/debian'].join('');
  for (const line of [pypi, proxy, debian]) assert.deepEqual(registryMentions('x', line), [`x:1: ${line}`]);
  assert.deepEqual(registryMentions('x', 'golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64 github.com/wamuir/graft'), []);
  assert.deepEqual(registryMentions('x', 'https://go.dev/dl/?mode=json'), [], "the action's own Go listing");
});

test('no file of the repository names a package registry host', () => {
  const files = trackedFiles();
  assert.ok(files.includes('README.md') && files.includes('src/setup/go-proxy.ts'), 'git ls-files lists the repository');
  const mentions = files.flatMap((file) => {
    const full = path.join(repoRoot, file);
    // A file deleted in the work tree but not yet from the index.
    if (!fs.existsSync(full)) return [];
    return registryMentions(file, fs.readFileSync(full, 'utf8'));
  });
  assert.deepEqual(mentions, [], 'say "Go\'s default module proxy", "the default checksum database" or "your package index" instead');
});
