// The CLI's exit codes (src/cli.ts EXIT, documented in the README) through the real CLI with
// real failures: bad input exits 2; a Go download site answering 500 or closing the
// connection, an unset RUNNER_TOOL_CACHE and a package index on a closed port exit 3 and say
// which service failed; the output on a full tmpfs and GOCACHE on a read-only one exit 3 and
// name the folder. In setup mode a failure still prints the `#` result line and stops a
// `set -e` shell that evals the output. A failing run in a pull request does not wait for the
// base commit's fetch.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runProcess, type RunResult } from '../../src/util/process.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.ts';
import { fixturePackage, makeWorkspace, removeWorkspace } from '../helpers/workspace.ts';
import { describeModulePackages } from '../../src/resolve/module-packages.ts';
import { describePackage } from '../../src/resolve/go-package.ts';
import { EnvironmentError } from '../../src/environment-error.ts';

const cli = path.join(repoRoot, 'src', 'cli.ts');
let server: LoopbackServer;
let scratch: string;

/** The environment outside Actions: no GITHUB_* or RUNNER_* variables, and no local wheel folder for pip. */
function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('RUNNER_') && k !== 'PIP_FIND_LINKS'),
  );
  return { ...env, TMPDIR: scratch, ...extra };
}

function runCli(args: string[], env: NodeJS.ProcessEnv, cwd = scratch): Promise<RunResult> {
  return runProcess(process.execPath, [cli, ...args], { cwd, env, timeoutMs: 300_000 });
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const listing = JSON.stringify([
  {
    version: 'go1.99.1',
    stable: true,
    files: [
      {
        filename: 'go1.99.1.linux-amd64.tar.gz',
        os: 'linux',
        arch: 'amd64',
        version: 'go1.99.1',
        sha256: 'ab'.repeat(32),
        size: 1000,
        kind: 'archive',
      },
    ],
  },
]);

before(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-exit-codes-'));
  // The CLI runs here as in a Go module's folder.
  fs.writeFileSync(path.join(scratch, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
  server = await startLoopbackServer();
  server.route('/error/', { kind: 'status', status: 500 });
  server.route('/drop/', { kind: 'drop', body: Buffer.from(listing), afterBytes: 10 });
  server.route('/ok/', { kind: 'body', body: listing, contentType: 'application/json' });
  server.route('/hang/info/refs', { kind: 'hang' });
});

after(async () => {
  await server.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

test('bad input exits 2 and names the input', async () => {
  const run = await runCli(['--fail-on', 'sometimes'], plainEnv());
  assert.equal(run.exitCode, 2, run.combined);
  assert.match(run.stderr, /^tf-cgo-verify: error: Input 'fail-on': /m);
});

test('an input the mode ignores is a warning on stderr; a path-like smoke-test naming no file exits 2', async () => {
  const matrix = await runCli(['--mode', 'matrix', '--tensorflow-version', '2.21', '--smoke-test', 'tests/smoke.py'], plainEnv());
  assert.equal(matrix.exitCode, 0, matrix.combined);
  assert.match(matrix.stderr, /^warning: Input 'smoke-test' is ignored: it applies to mode: verify, and this step runs mode: matrix\./m);
  assert.ok((JSON.parse(matrix.stdout) as { include: unknown[] }).include.length > 0, 'stdout is still only the matrix');
  const ws = makeWorkspace(fixturePackage('missing-function'), 'pkg');
  try {
    const run = await runCli(['--workspace', ws, '--working-directory', 'pkg', '--smoke-test', 'tests/smoke_check'], plainEnv());
    assert.equal(run.exitCode, 2, run.combined);
    assert.match(
      run.stderr,
      /^tf-cgo-verify: error: Input 'smoke-test': the file tests\/smoke_check does not exist \(looked for \S+\/pkg\/tests\/smoke_check/m,
    );
  } finally {
    removeWorkspace(ws);
  }
});

test('a Go download site answering 500, or closing the connection, exits 3 naming the site', { timeout: 120_000 }, async () => {
  const toolCache = fs.mkdtempSync(path.join(scratch, 'toolcache-'));
  for (const [route, why] of [
    ['error', /HTTP 500.*\(after 3 attempts\)/],
    ['drop', /the connection was dropped.*\(after 3 attempts\)/],
  ] as const) {
    const run = await runCli(
      ['--go-version', '1.99.1', '--go-download-base-url', `${server.origin}/${route}`],
      plainEnv({ RUNNER_TOOL_CACHE: toolCache }),
    );
    assert.equal(run.exitCode, 3, run.combined);
    const host = new URL(server.origin).host;
    assert.match(run.stderr, new RegExp(`tf-cgo-verify: environment error \\(not your code or inputs\\): Go download site ${host}: `));
    assert.match(run.stderr, why);
    assert.match(run.stderr, /Retry the job later/);
    assert.doesNotMatch(run.stderr, /Input '/, 'not reported as bad input');
  }
});

test('RUNNER_TOOL_CACHE unset when a Go has to be downloaded exits 3', async () => {
  const run = await runCli(['--go-version', '1.99.1', '--go-download-base-url', `${server.origin}/ok`], plainEnv());
  assert.equal(run.exitCode, 3, run.combined);
  assert.match(run.stderr, /environment error \(not your code or inputs\): RUNNER_TOOL_CACHE: is not set/);
});

test('a package index on a closed port exits 3 naming the index', { timeout: 300_000 }, async () => {
  const port = await closedPort();
  const index = `http://127.0.0.1:${port}/simple`;
  const run = await runCli(
    [
      '--python',
      'python3',
      '--tensorflow-version',
      '2.21.0',
      '--pip-args',
      `--index-url ${index} --retries 1 --timeout 2`,
      '--glibc-floor',
      'off',
    ],
    plainEnv({ RUNNER_TOOL_CACHE: fs.mkdtempSync(path.join(scratch, 'toolcache-')) }),
  );
  assert.equal(run.exitCode, 3, run.combined);
  assert.match(run.stderr, new RegExp(`environment error \\(not your code or inputs\\): package index ${index}: `));
  assert.match(run.stderr, /The index could not be reached\. Retry the job later/);
});

test('setup mode: a failure prints the # result line and stops a set -e shell that evals the output', async () => {
  const script = `set -e; eval "$(node "$1" --mode setup --fail-on sometimes)"; echo "went on"`;
  const run = await runProcess('bash', ['-c', script, 'bash', cli], { cwd: scratch, env: plainEnv(), timeoutMs: 60_000 });
  assert.notEqual(run.exitCode, 0, run.combined);
  assert.doesNotMatch(run.stdout, /went on/);
  const direct = await runCli(['--mode', 'setup', '--fail-on', 'sometimes'], plainEnv());
  assert.equal(direct.exitCode, 2);
  assert.deepEqual(direct.stdout.trimEnd().split('\n'), [
    "# tf-cgo-verify: failed: error: Input 'fail-on': 'sometimes' is not one of 'error', 'warning', 'never'.",
    'false',
  ]);
});

test('runs leave no folder per run in the temp folder: the diagnostics JSON is one file, replaced', { timeout: 600_000 }, async () => {
  const tmp = fs.mkdtempSync(path.join(scratch, 'tmpdir-'));
  const ws = makeWorkspace(fixturePackage('hello'), 'pkg');
  try {
    const args = ['--workspace', ws, '--working-directory', 'pkg', '--python', tfPython(), '--glibc-floor', 'off'];
    const first = await runCli(args, plainEnv({ TMPDIR: tmp }), ws);
    assert.equal(first.exitCode, 0, first.combined);
    const written = /diagnostics: (\S+)$/m.exec(first.stdout)?.[1];
    assert.equal(written, path.join(tmp, `tf-cgo-verify-diagnostics-${os.userInfo().uid}.json`));
    // Caches (the link stubs) stay; nothing is added per run.
    const afterFirst = fs.readdirSync(tmp).sort();
    const second = await runCli(args, plainEnv({ TMPDIR: tmp }), ws);
    assert.equal(second.exitCode, 0, second.combined);
    assert.deepEqual(fs.readdirSync(tmp).sort(), afterFirst);
    const asked = path.join(ws, 'out', 'diag.json');
    const third = await runCli([...args, '--diagnostics-file', asked], plainEnv({ TMPDIR: tmp }), ws);
    assert.match(third.stdout, new RegExp(`diagnostics: ${asked}$`, 'm'));
    const json = JSON.parse(fs.readFileSync(asked, 'utf8')) as { tool: { version?: string } };
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(json.tool.version, pkg.version, "the diagnostics JSON carries the tool's version");
  } finally {
    removeWorkspace(ws);
  }
});

test('a failing run in a pull request does not wait for the base commit fetch', { timeout: 120_000 }, async () => {
  const repo = fs.mkdtempSync(path.join(scratch, 'pr-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    });
  git('init', '-q');
  fs.writeFileSync(path.join(repo, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  // An origin that accepts the fetch and never answers: git would wait up to the 120 s fetch timeout.
  git('remote', 'add', 'origin', `${server.origin}/hang`);
  const event = path.join(scratch, 'pr-event.json');
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 1, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } }));
  const started = Date.now();
  // Setup fails after its retries (about 4 s), while the fetch is still waiting.
  const run = await runCli(
    ['--workspace', repo, '--go-version', '1.99.1', '--go-download-base-url', `http://127.0.0.1:${await closedPort()}/dl`],
    plainEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, RUNNER_TOOL_CACHE: path.join(repo, '.toolcache') }),
    repo,
  );
  const seconds = (Date.now() - started) / 1000;
  assert.equal(run.exitCode, 3, run.combined);
  assert.match(run.stderr, /the connection was refused/);
  assert.ok(server.count('/hang/info/refs') >= 1, 'the base fetch had started');
  assert.ok(seconds < 30, `exited after ${seconds.toFixed(1)} s`);
});

test('go gone after setup found it: go list reports the environment, not the go-version input', async () => {
  const noGo = { ...process.env, PATH: fs.mkdtempSync(path.join(scratch, 'empty-path-')) };
  for (const list of [() => describeModulePackages(scratch, './...', [], noGo), () => describePackage(scratch, '.', [], noGo)]) {
    await assert.rejects(
      list(),
      (e: unknown) =>
        e instanceof EnvironmentError && e.service === 'go' && /cannot run go \(ENOENT\), which setup found earlier/.test(e.message),
    );
  }
});

describe(
  'a disk that fails under go exits 3 naming the folder',
  { skip: process.getuid?.() !== 0 && 'needs root to mount a tmpfs' },
  () => {
    const mounted: string[] = [];
    const workspaces: string[] = [];
    after(() => {
      for (const dir of mounted) execFileSync('umount', [dir]);
      workspaces.forEach(removeWorkspace);
    });
    function tmpfsIn(dir: string, options: string): string {
      fs.mkdirSync(dir, { recursive: true });
      execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
      mounted.push(dir);
      return dir;
    }
    function helloWorkspace(): string {
      const ws = makeWorkspace(fixturePackage('hello'), 'pkg');
      workspaces.push(ws);
      return ws;
    }
    const args = (ws: string) => ['--workspace', ws, '--working-directory', 'pkg', '--python', tfPython(), '--glibc-floor', 'off'];

    test('the output on a full 1 MiB tmpfs: the output folder, the free space there, no library left', { timeout: 300_000 }, async () => {
      const ws = helloWorkspace();
      const out = tmpfsIn(path.join(ws, 'pkg', 'out'), 'size=1m');
      const run = await runCli([...args(ws), '--output', 'out/libhello.so'], plainEnv(), ws);
      assert.equal(run.exitCode, 3, run.combined);
      assert.match(
        run.stderr,
        new RegExp(
          `^tf-cgo-verify: environment error \\(not your code or inputs\\): output folder ${out}: the disk is full: .*\\(write ${out}/libhello\\.so: no space left on device\\)\\. \\d+\\.\\d KiB free of 1\\.0 MiB there now\\.`,
          'm',
        ),
      );
      assert.doesNotMatch(run.stdout, /go build exited with/);
      assert.equal(fs.existsSync(path.join(out, 'libhello.so')), false);
    });

    test("Go's build cache on a read-only disk: GOCACHE named, not the package input", { timeout: 120_000 }, async () => {
      const ws = helloWorkspace();
      const cache = path.join(tmpfsIn(path.join(ws, 'ro'), 'ro,size=1m'), 'gocache');
      const run = await runCli(args(ws), plainEnv({ GOCACHE: cache }), ws);
      assert.equal(run.exitCode, 3, run.combined);
      assert.match(
        run.stderr,
        new RegExp(
          `environment error \\(not your code or inputs\\): Go's build cache ${cache} \\(GOCACHE\\): it is on a read-only file system: go list could not make a folder there \\(mkdir ${cache}: read-only file system\\)\\. Set GOCACHE to`,
        ),
      );
      assert.doesNotMatch(run.stderr, /Input '/);
    });
  },
);
