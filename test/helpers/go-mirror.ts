// A go.dev/dl stand-in on 127.0.0.1 serving the local linux/amd64 toolchain, packed without
// what building a package never reads (tests, cmd sources, docs): the action downloads,
// verifies and installs it like a real release, and the server counts every request.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runProcess } from '../../src/util/process.ts';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.ts';

export interface GoMirror {
  server: LoopbackServer;
  /** The packed release, e.g. 1.26.8. */
  version: string;
  /** For the go-download-base-url input. */
  baseUrl: string;
  archivePath: string;
  /** The archive on disk and its sha256, for tests that serve a changed copy. */
  archiveFile: string;
  sha256: string;
}

/** A go.dev `?mode=json` listing of one linux/amd64 release. */
export function goListing(version: string, filename: string, sha256: string, size: number): string {
  return JSON.stringify([
    {
      version: `go${version}`,
      stable: true,
      files: [{ filename, os: 'linux', arch: 'amd64', version: `go${version}`, sha256, size, kind: 'archive' }],
    },
  ]);
}

export async function startGoMirror(scratch: string): Promise<GoMirror> {
  const env = await runProcess('go', ['env', 'GOVERSION', 'GOROOT']);
  const [goVersion, goroot] = env.stdout.trim().split('\n') as [string, string];
  const version = goVersion.replace(/^go/, '');
  const archive = path.join(scratch, `go${version}.linux-amd64.tar.gz`);
  const tar = await runProcess(
    'tar',
    [
      '-czf',
      archive,
      '--exclude=go/test',
      '--exclude=go/src/cmd',
      '--exclude=go/doc',
      '--exclude=go/api',
      '--exclude=go/misc',
      '-C',
      path.dirname(goroot),
      path.basename(goroot),
    ],
    { timeoutMs: 300_000 },
  );
  assert.equal(tar.exitCode, 0, tar.combined);
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(archive)).digest('hex');
  const filename = path.basename(archive);
  const server = await startLoopbackServer();
  server.route('/dl/', {
    kind: 'body',
    body: goListing(version, filename, sha256, fs.statSync(archive).size),
    contentType: 'application/json',
  });
  server.route(`/dl/${filename}`, { kind: 'file', file: archive });
  return { server, version, baseUrl: `${server.origin}/dl`, archivePath: `/dl/${filename}`, archiveFile: archive, sha256 };
}

/** PATH without any folder that holds a go binary, so that the action has to set Go up. */
export function pathWithoutGo(pathValue = process.env.PATH ?? ''): string {
  return pathValue
    .split(':')
    .filter((dir) => dir && !fs.existsSync(path.join(dir, 'go')))
    .join(':');
}
