import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { availableVersions, goArch, goOs, nodeArch, parseListing, resolveStableAlias, selectRelease } from '../../src/setup/go-listing.ts';
import { normalizeSpec } from '../../src/setup/go-version.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'go-dl');
const listing = parseListing(fs.readFileSync(path.join(fixtures, 'listing.json'), 'utf8'));
const pick = (spec: string, platform = 'linux', arch = 'amd64') => selectRelease(listing, normalizeSpec(spec), platform, arch);

test('the fixture listing parses into releases with files', () => {
  assert.equal(listing[0]?.version, 'go1.27rc1');
  assert.equal(listing[0]?.stable, false);
  const f = listing.find((r) => r.version === 'go1.26.8')!.files.find((x) => x.filename === 'go1.26.8.linux-amd64.tar.gz')!;
  assert.deepEqual([f.os, f.arch, f.kind], ['linux', 'amd64', 'archive']);
  assert.match(f.sha256, /^[0-9a-f]{64}$/);
});

test('a minor spec picks the newest patch of that minor, never a prerelease', () => {
  const r = pick('1.26')!;
  assert.equal(r.version, '1.26.8');
  assert.equal(r.goVersion, 'go1.26.8');
  assert.equal(r.file.filename, 'go1.26.8.linux-amd64.tar.gz');
  assert.equal(pick('1.25')?.version, '1.25.10');
  assert.equal(pick('1.21')?.version, '1.21.0');
  assert.equal(pick('1.20')?.version, '1.20.0');
  assert.equal(pick('1.20')?.file.filename, 'go1.20.linux-amd64.tar.gz');
});

test('ranges pick the newest stable match; prereleases only when named', () => {
  assert.equal(pick('>=1.25')?.version, '1.26.8');
  assert.equal(pick('^1.25')?.version, '1.26.8');
  assert.equal(pick('1.26.7')?.version, '1.26.7');
  assert.equal(pick('go1.27rc1')?.version, '1.27.0-rc.1');
  assert.equal(pick('1.21rc2')?.version, '1.21.0-rc.2');
  assert.equal(pick('1.9beta1')?.file.filename, 'go1.9beta1.linux-amd64.tar.gz');
  assert.equal(pick('1.99'), undefined);
});

test('only archives for the requested OS/arch count (Node or Go names)', () => {
  // 1.25.10 has no linux/arm64 build: fall back to 1.25.9.
  assert.equal(pick('1.25', 'linux', 'arm64')?.version, '1.25.9');
  assert.equal(pick('1.25', 'linux', 'arm64')?.file.filename, 'go1.25.9.linux-arm64.tar.gz');
  // Windows gets the zip, not the msi; darwin the tar.gz, not the pkg.
  assert.equal(pick('1.26', 'win32', 'x64')?.file.filename, 'go1.26.8.windows-amd64.zip');
  assert.equal(pick('1.26', 'darwin', 'arm64')?.file.filename, 'go1.26.8.darwin-arm64.tar.gz');
  assert.equal(pick('1.26', 'linux', 'arm')?.file.filename, 'go1.26.8.linux-armv6l.tar.gz');
  assert.equal(pick('1.26', 'linux', 'ia32')?.file.filename, 'go1.26.8.linux-386.tar.gz');
  // The source tarball (os "") is never chosen.
  assert.equal(pick('1.26.8', '', ''), undefined);
  assert.equal(pick('1.26', 'freebsd', 'amd64'), undefined);
});

test('the selected file carries the listed sha256 and size', () => {
  const entry = listing.find((r) => r.version === 'go1.26.8')!.files.find((f) => f.filename === 'go1.26.8.linux-amd64.tar.gz')!;
  assert.deepEqual(pick('1.26.8')?.file, { filename: entry.filename, sha256: entry.sha256, size: entry.size });
});

test('stable and oldstable are the newest stable minor and the one before', () => {
  assert.equal(resolveStableAlias(listing, 'stable'), '~1.26');
  assert.equal(resolveStableAlias(listing, 'oldstable'), '~1.25');
  assert.equal(selectRelease(listing, 'stable', 'linux', 'x64')?.version, '1.26.8');
  assert.equal(selectRelease(listing, 'oldstable', 'linux', 'x64')?.version, '1.25.10');
  assert.equal(resolveStableAlias([], 'stable'), undefined);
  const onlyOneMinor = listing.filter((r) => r.version.startsWith('go1.26'));
  assert.equal(resolveStableAlias(onlyOneMinor, 'oldstable'), undefined);
});

test('availableVersions lists what this platform can get, newest first', () => {
  assert.deepEqual(availableVersions(listing, 'linux', 'arm64'), ['1.26.8', '1.25.9']);
  assert.equal(availableVersions(listing, 'linux', 'amd64')[0], '1.27.0-rc.1');
});

test('a non-JSON answer or a JSON non-listing is rejected with what it looked like', () => {
  const html = fs.readFileSync(path.join(fixtures, 'not-json.html'), 'utf8');
  assert.throws(() => parseListing(html), /not JSON \(it starts with "<!DOCTYPE html>/);
  assert.throws(() => parseListing('{"error":"rate limited"}'), /not an array/);
  assert.throws(() => parseListing('[{"name":"x"}]'), /no releases/);
  assert.deepEqual(parseListing('[]'), []);
});

test('platform and arch names map between Node and Go', () => {
  assert.equal(goOs('win32'), 'windows');
  assert.equal(goOs('linux'), 'linux');
  assert.equal(goArch('x64'), 'amd64');
  assert.equal(goArch('amd64'), 'amd64');
  assert.equal(goArch('arm'), 'armv6l');
  assert.equal(nodeArch('amd64'), 'x64');
  assert.equal(nodeArch('x64'), 'x64');
  assert.equal(nodeArch('arm64'), 'arm64');
});
