// nextStepEnv reads GITHUB_ENV and GITHUB_PATH the way actions/runner does, so e2e tests can
// start "the next step" with exactly the environment a workflow would see.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { runProcess } from '../../src/util/process.ts';
import { nextStepEnv, parseGithubEnv, parseGithubPath } from '../helpers/runner-env.ts';

const made: string[] = [];
after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function files(env: string, pathLines = ''): { githubEnvFile: string; githubPathFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-env-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'env'), env);
  fs.writeFileSync(path.join(dir, 'path'), pathLines);
  return { githubEnvFile: path.join(dir, 'env'), githubPathFile: path.join(dir, 'path') };
}

test('NAME=value lines: split at the first =, empty values kept, later lines win', () => {
  assert.deepEqual(parseGithubEnv('A=1\nCGO_LDFLAGS=-L/x -Wl,-rpath=/y\nEMPTY=\n\nA=2\nB=x<<y\n'), [
    ['A', '1'],
    ['CGO_LDFLAGS', '-L/x -Wl,-rpath=/y'],
    ['EMPTY', ''],
    ['A', '2'],
    ['B', 'x<<y'],
  ]);
  const env = nextStepEnv({ A: '0', KEEP: 'k' }, files('A=1\nEMPTY=\nA=2\n'));
  assert.deepEqual(env, { A: '2', KEEP: 'k', EMPTY: '' });
});

test('NAME<<DELIMITER blocks: several lines, = and << inside, another delimiter as text, empty value', () => {
  const text =
    [
      'MULTI<<ghadelimiter_1',
      'line one',
      'x=y',
      'a<<b',
      'EOF',
      '',
      'ghadelimiter_1',
      'NONE<<EOF',
      'EOF',
      'ONE<<EOF',
      '',
      'EOF',
      'D<<EOF=',
      'v',
      'EOF=',
      'LAST=plain',
    ].join('\n') + '\n';
  assert.deepEqual(parseGithubEnv(text), [
    ['MULTI', 'line one\nx=y\na<<b\nEOF\n'],
    ['NONE', ''],
    ['ONE', ''],
    ['D', 'v'],
    ['LAST', 'plain'],
  ]);
  // The delimiter line may be the file's last line without a newline.
  assert.deepEqual(parseGithubEnv('V<<E\nv\nE'), [['V', 'v']]);
});

test("malformed files fail with the runner's messages", () => {
  assert.throws(() => parseGithubEnv('V<<E\nv\n'), /Matching delimiter not found 'E'/);
  assert.throws(() => parseGithubEnv('V<<E\nv'), /EOF marker missing new line/);
  assert.throws(() => parseGithubEnv('<<E\nv\nE\n'), /Name must not be empty and delimiter must not be empty/);
  assert.throws(() => parseGithubEnv('V<<\nv\n\n'), /delimiter must not be empty/);
  assert.throws(() => parseGithubEnv('just text\n'), /Invalid format 'just text'/);
});

test('CRLF: a Linux runner keeps the CR in values and delimiters, a Windows runner ends lines there', () => {
  const crlf = 'A=1\r\nM<<EOF\r\nl1\r\nl2\r\nEOF\r\n';
  assert.deepEqual(parseGithubEnv(crlf, 'linux'), [
    ['A', '1\r'],
    ['M', 'l1\r\nl2\r'],
  ]);
  assert.deepEqual(parseGithubEnv(crlf, 'win32'), [
    ['A', '1'],
    ['M', 'l1\r\nl2'],
  ]);
  // A CRLF delimiter line does not end an LF-written block on Linux.
  assert.throws(() => parseGithubEnv('M<<EOF\nv\nEOF\r\n', 'linux'), /Matching delimiter not found/);
  assert.deepEqual(parseGithubEnv('\uFEFFA=1\n'), [['A', '1']], 'a BOM is not part of the first name');
});

test('GITHUB_PATH: later lines first, a repeated line moves to the front, empty lines skipped, CR and CRLF line ends, all before the old PATH', () => {
  assert.deepEqual(parseGithubPath('/a\n\n/b\r\n/c\r/a\n'), ['/b', '/c', '/a']);
  const env = nextStepEnv({ PATH: '/usr/bin:/bin' }, files('', '/go/bin\n/tf/bin\n/go/bin\n/venv/bin\r\n'));
  assert.equal(env.PATH, '/venv/bin:/go/bin:/tf/bin:/usr/bin:/bin');
  assert.equal(nextStepEnv({}, files('', '/only\n')).PATH, '/only');
  // A PATH set through GITHUB_ENV is the base the GITHUB_PATH lines go in front of.
  assert.equal(nextStepEnv({ PATH: '/usr/bin' }, files('PATH=/custom\n', '/go/bin\n')).PATH, '/go/bin:/custom');
  const win = nextStepEnv({ Path: 'C:\\Windows' }, { ...files('path=C:\\x\n', 'C:\\go\\bin\n'), platform: 'win32' });
  assert.deepEqual(win, { Path: 'C:\\go\\bin;C:\\x' });
});

test('missing files change nothing; NODE_OPTIONS is refused as the runner refuses it', () => {
  assert.deepEqual(nextStepEnv({ A: '1' }, { githubEnvFile: '/nonexistent/env', githubPathFile: '/nonexistent/path' }), { A: '1' });
  assert.deepEqual(nextStepEnv({ A: '1' }, {}), { A: '1' });
  assert.deepEqual(nextStepEnv({}, files('node_options=--require=x\nB=2\n')), { B: '2' });
});

test('what @actions/core writes reaches the next process, and a GITHUB_PATH folder is searched first', async () => {
  const f = files('', '');
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-env-bin-'));
  made.push(bin);
  fs.writeFileSync(path.join(bin, 'node'), '#!/bin/sh\necho "next-step node"\n', { mode: 0o755 });
  const saved = {
    GITHUB_ENV: process.env.GITHUB_ENV,
    GITHUB_PATH: process.env.GITHUB_PATH,
    PATH: process.env.PATH,
    TCV_MULTI: process.env.TCV_MULTI,
    TCV_FLAGS: process.env.TCV_FLAGS,
  };
  try {
    process.env.GITHUB_ENV = f.githubEnvFile;
    process.env.GITHUB_PATH = f.githubPathFile;
    core.exportVariable('TCV_MULTI', 'first=1\nsecond <<EOF\n');
    core.exportVariable('TCV_FLAGS', '-I/tf/include -D_GLIBCXX_USE_CXX11_ABI=1');
    core.addPath(bin);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const env = nextStepEnv(process.env, f);
  assert.equal(env.TCV_MULTI, 'first=1\nsecond <<EOF\n');
  assert.equal(env.TCV_FLAGS, '-I/tf/include -D_GLIBCXX_USE_CXX11_ABI=1');
  assert.equal(env.PATH, `${bin}${path.delimiter}${process.env.PATH}`);
  const printed = await runProcess(
    process.execPath,
    ['-e', 'process.stdout.write(JSON.stringify([process.env.TCV_MULTI, process.env.TCV_FLAGS]))'],
    { env },
  );
  assert.deepEqual(JSON.parse(printed.stdout), ['first=1\nsecond <<EOF\n', '-I/tf/include -D_GLIBCXX_USE_CXX11_ABI=1']);
  const byName = await runProcess('node', ['--version'], { env });
  assert.equal(byName.stdout.trim(), 'next-step node');
});
