// setupGo against a loopback mirror serving a real (reduced) Go toolchain archive under a
// made-up version that is not on PATH: download + verify + cache, cache hit without any
// request, a tampered archive refused and nothing cached, and clear network errors.
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../src/util/process.ts';
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.ts';
import { repoRoot } from '../helpers/env.ts';
import { goEnvironment, setupGo, type GoSetupOptions } from '../../src/setup/go-setup.ts';
import { InputError } from '../../src/input-error.ts';
import { EnvironmentError } from '../../src/environment-error.ts';
import { findInToolCache, OFFICIAL_GO_TOOL_NAME } from '../../src/setup/go-tool-cache.ts';
import { goToolName } from '../../src/setup/go-download.ts';

const hostOk = process.platform === 'linux' && process.arch === 'x64';
const ENV_KEYS = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP', 'GITHUB_PATH', 'GITHUB_ENV', 'PATH', 'GOTOOLCHAIN'] as const;

let tmp: string;
let server: LoopbackServer;
let archive: Buffer;
let arm64Archive: Buffer;
let pathGo: { version: string; goroot: string };
let saved: Record<string, string | undefined>;
let toolCache: string;
let runnerTemp: string;

async function packReducedGo(goroot: string, dest: string, goarch = 'amd64'): Promise<void> {
  // bin/go and bin/gofmt, go.env, VERSION and an (empty) pkg/tool/<os_arch>: enough for the
  // go command to recognise its GOROOT. src/ and the compilers are left out to stay small.
  const tree = path.join(tmp, `pack-${goarch}`, 'go');
  fs.mkdirSync(path.join(tree, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(tree, 'pkg', 'tool', `linux_${goarch}`), { recursive: true });
  for (const b of ['go', 'gofmt']) fs.copyFileSync(path.join(goroot, 'bin', b), path.join(tree, 'bin', b));
  fs.chmodSync(path.join(tree, 'bin', 'go'), 0o755);
  fs.chmodSync(path.join(tree, 'bin', 'gofmt'), 0o755);
  fs.copyFileSync(path.join(goroot, 'go.env'), path.join(tree, 'go.env'));
  fs.writeFileSync(path.join(tree, 'VERSION'), 'go1.99.1\ntime 2026-09-01T00:00:00Z\n');
  const tar = await runProcess('tar', ['-czf', dest, '-C', path.dirname(tree), 'go'], { timeoutMs: 60_000 });
  assert.equal(tar.exitCode, 0, tar.combined);
}

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

function release(version: string, sha: string, size: number) {
  const filename = `${version}.linux-amd64.tar.gz`;
  return {
    version,
    stable: true,
    files: [
      { filename: `${version}.src.tar.gz`, os: '', arch: '', version, sha256: 'ab'.repeat(32), size: 31_000_000, kind: 'source' },
      { filename, os: 'linux', arch: 'amd64', version, sha256: sha, size, kind: 'archive' },
      {
        filename: `${version}.linux-arm64.tar.gz`,
        os: 'linux',
        arch: 'arm64',
        version,
        sha256: sha256(arm64Archive),
        size: arm64Archive.length,
        kind: 'archive',
      },
      {
        filename: `${version}.darwin-arm64.tar.gz`,
        os: 'darwin',
        arch: 'arm64',
        version,
        sha256: 'cd'.repeat(32),
        size: 76_000_000,
        kind: 'archive',
      },
    ],
  };
}

function opts(extra: Partial<GoSetupOptions> = {}): GoSetupOptions {
  return {
    workingDirectory: tmp,
    downloadBaseUrl: `${server.origin}/dl`,
    platform: 'linux',
    arch: 'x64',
    http: { timeoutMs: 5_000, attempts: 2, retryDelayMs: 10 },
    ...extra,
  };
}

/** The loopback mirror's tool cache name: never the official "go". */
const mirrorTool = () => goToolName(`${server.origin}/dl`);

function listToolCache(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    if (!fs.existsSync(dir) || depth > 3) return;
    for (const e of fs.readdirSync(dir)) {
      out.push(path.join(rel, e));
      if (fs.statSync(path.join(dir, e)).isDirectory()) walk(path.join(dir, e), path.join(rel, e), depth + 1);
    }
  };
  walk(toolCache, '', 0);
  return out.filter((p) => p.split(path.sep).length <= 3);
}

describe('setupGo from a loopback mirror', { skip: hostOk ? false : 'needs linux/x64' }, () => {
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'go-dl-e2e-'));
    const env = await runProcess('go', ['env', 'GOVERSION', 'GOROOT'], { env: { ...process.env, GOTOOLCHAIN: 'local' }, cwd: os.tmpdir() });
    const [goVersion = '', goroot = ''] = env.stdout.trim().split('\n');
    pathGo = { version: goVersion.replace(/^go/, ''), goroot };
    const file = path.join(tmp, 'go1.99.1.linux-amd64.tar.gz');
    await packReducedGo(goroot, file);
    archive = fs.readFileSync(file);
    const arm64File = path.join(tmp, 'go1.99.1.linux-arm64.tar.gz');
    await packReducedGo(goroot, arm64File, 'arm64');
    arm64Archive = fs.readFileSync(arm64File);
    const tampered = Buffer.from(archive);
    tampered[Math.floor(tampered.length / 2)]! ^= 0x01;

    server = await startLoopbackServer();
    const sha = sha256(archive);
    const listing = [
      release('go1.99.1', sha, archive.length),
      release('go1.98.0', sha, archive.length), // served tampered
      release('go1.97.0', sha, archive.length), // not served: 404
      release('go1.96.0', sha, archive.length), // connection dropped mid-body
      release('go1.95.0', sha, archive.length), // stalls mid-body
    ];
    server.route('/dl/', { kind: 'body', body: JSON.stringify(listing, null, 1), contentType: 'application/json' });
    server.route('/dl/go1.99.1.linux-amd64.tar.gz', { kind: 'file', file });
    server.route('/dl/go1.99.1.linux-arm64.tar.gz', { kind: 'file', file: arm64File });
    server.route('/dl/go1.98.0.linux-amd64.tar.gz', { kind: 'body', body: tampered });
    server.route('/dl/go1.96.0.linux-amd64.tar.gz', { kind: 'drop', body: archive, afterBytes: 64 * 1024 });
    server.route('/dl/go1.95.0.linux-amd64.tar.gz', { kind: 'stall', body: archive, afterBytes: 64 * 1024 });
    server.route('/html/', {
      kind: 'body',
      body: fs.readFileSync(path.join(repoRoot, 'test/fixtures/go-dl/not-json.html')),
      contentType: 'text/html',
    });
    server.route('/hang/', { kind: 'hang' });

    toolCache = path.join(tmp, 'toolcache');
    runnerTemp = path.join(tmp, 'runner-temp');
    fs.mkdirSync(toolCache);
    fs.mkdirSync(runnerTemp);
  });

  after(async () => {
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  beforeEach(() => {
    saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
    process.env.RUNNER_TOOL_CACHE = toolCache;
    process.env.RUNNER_TEMP = runnerTemp;
    process.env.GITHUB_PATH = path.join(tmp, 'github_path');
    process.env.GITHUB_ENV = path.join(tmp, 'github_env');
    fs.writeFileSync(process.env.GITHUB_PATH, '');
    fs.writeFileSync(process.env.GITHUB_ENV, '');
    server.resetCounts();
  });

  afterEach(() => {
    for (const k of ENV_KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  test('(a) downloads, verifies, caches, and goEnvironment puts the new go first on PATH with GOTOOLCHAIN=local', async () => {
    const result = await setupGo(opts({ versionSpec: '1.99.1' }));
    const goroot = path.join(toolCache, mirrorTool(), '1.99.1', 'x64');
    assert.deepEqual(result, { version: '1.99.1', goroot, source: 'download', spec: '1.99.1' });
    assert.equal(server.count('/dl/'), 1);
    assert.equal(server.count('/dl/go1.99.1.linux-amd64.tar.gz'), 1);
    assert.ok(fs.existsSync(`${goroot}.complete`));

    const bin = path.join(goroot, 'bin');
    // setupGo talks to no runner: the action's front end exports Go to later steps (test/e2e/setup.test.ts).
    assert.equal(fs.readFileSync(process.env.GITHUB_PATH!, 'utf8'), '');
    assert.equal(fs.readFileSync(process.env.GITHUB_ENV!, 'utf8'), '');
    const env = goEnvironment(result, process.env);
    assert.equal(env.PATH!.split(path.delimiter)[0], bin);
    assert.equal(env.GOTOOLCHAIN, 'local');

    // The cached tree is a working GOROOT: the go found first on PATH runs from it.
    const go = await runProcess('go', ['env', 'GOVERSION', 'GOROOT'], { cwd: tmp, env: { ...env, GOROOT: '' } });
    assert.equal(go.exitCode, 0, go.combined);
    assert.deepEqual(go.stdout.trim().split('\n'), [`go${pathGo.version}`, goroot]);
    // Nothing left behind in RUNNER_TEMP, no staging folder next to the cached version.
    assert.deepEqual(fs.readdirSync(runnerTemp), []);
    assert.deepEqual(fs.readdirSync(path.join(toolCache, mirrorTool())), ['1.99.1']);
    assert.deepEqual(fs.readdirSync(path.join(toolCache, mirrorTool(), '1.99.1')).sort(), ['x64', 'x64.complete']);
  });

  test('(b) a second run is a tool-cache hit and makes no request', async () => {
    const result = await setupGo(opts({ versionSpec: '1.99.1' }));
    assert.equal(result.source, 'tool-cache');
    assert.equal(result.goroot, path.join(toolCache, mirrorTool(), '1.99.1', 'x64'));
    assert.equal(server.total(), 0);
    // A range and a go.mod toolchain line find it too, still without a request.
    assert.equal((await setupGo(opts({ versionSpec: '1.99' }))).source, 'tool-cache');
    fs.writeFileSync(path.join(tmp, 'go.mod'), 'module example.com/m\n\ngo 1.25\n\ntoolchain go1.99.1\n');
    assert.equal((await setupGo(opts({ versionFile: 'go.mod' }))).version, '1.99.1');
    assert.equal(server.total(), 0);
  });

  test('linux/arm64 gets the linux-arm64 archive, cached beside the x64 one under its own arch', async () => {
    const result = await setupGo(opts({ versionSpec: '1.99.1', arch: 'arm64' }));
    const goroot = path.join(toolCache, mirrorTool(), '1.99.1', 'arm64');
    assert.deepEqual(result, { version: '1.99.1', goroot, source: 'download', spec: '1.99.1' });
    assert.equal(server.count('/dl/go1.99.1.linux-arm64.tar.gz'), 1);
    assert.equal(server.count('/dl/go1.99.1.linux-amd64.tar.gz'), 0);
    assert.ok(fs.existsSync(path.join(goroot, 'pkg', 'tool', 'linux_arm64')), 'the arm64 archive was extracted');
    assert.deepEqual(fs.readdirSync(path.join(toolCache, mirrorTool(), '1.99.1')).sort(), [
      'arm64',
      'arm64.complete',
      'x64',
      'x64.complete',
    ]);
    // A range finds it in the tool cache without a request; x64 keeps its own entry.
    assert.deepEqual(await setupGo(opts({ versionSpec: '1.99', arch: 'arm64' })), { ...result, source: 'tool-cache', spec: '~1.99' });
    assert.equal((await setupGo(opts({ versionSpec: '1.99', arch: 'x64' }))).goroot, path.join(toolCache, mirrorTool(), '1.99.1', 'x64'));
    assert.equal(server.count('/dl/go1.99.1.linux-arm64.tar.gz'), 1);
  });

  test('tool-cache reads RUNNER_TOOL_CACHE at call time, not at import', async () => {
    assert.ok(await findInToolCache('1.99.1', 'x64', mirrorTool()));
    process.env.RUNNER_TOOL_CACHE = path.join(tmp, 'runner-temp');
    assert.equal(await findInToolCache('1.99.1', 'x64', mirrorTool()), undefined);
    delete process.env.RUNNER_TOOL_CACHE;
    assert.equal(await findInToolCache('1.99.1', 'x64', mirrorTool()), undefined);
  });

  test('check-latest resolves against the listing, then reuses the cached exact version', async () => {
    const result = await setupGo(opts({ versionSpec: '1.99', checkLatest: true }));
    assert.equal(result.source, 'tool-cache');
    assert.equal(server.count('/dl/'), 1);
    assert.equal(server.count('/dl/go1.99.1.linux-amd64.tar.gz'), 0);
  });

  test("a mirror's Go lands under its own tool name: never taken for the official one, nor another mirror's", async () => {
    const official = path.join(toolCache, OFFICIAL_GO_TOOL_NAME, '1.99.5', 'x64');
    fs.mkdirSync(path.join(official, 'bin'), { recursive: true });
    fs.writeFileSync(`${official}.complete`, '');
    try {
      assert.match(mirrorTool(), /^go-127\.0\.0\.1_\d+-[0-9a-f]{12}$/);
      const fromMirror = await setupGo(opts({ versionSpec: '1.99' }));
      assert.deepEqual(fromMirror, {
        version: '1.99.1',
        goroot: path.join(toolCache, mirrorTool(), '1.99.1', 'x64'),
        source: 'tool-cache',
        spec: '~1.99',
      });
      assert.deepEqual(await findInToolCache('1.99', 'x64', OFFICIAL_GO_TOOL_NAME), { version: '1.99.5', goroot: official });

      const other = `${server.origin}/other`;
      server.route('/other/', {
        kind: 'body',
        body: JSON.stringify([release('go1.99.1', sha256(archive), archive.length)]),
        contentType: 'application/json',
      });
      server.route('/other/go1.99.1.linux-amd64.tar.gz', { kind: 'body', body: archive });
      const fromOther = await setupGo(opts({ versionSpec: '1.99.1', downloadBaseUrl: other }));
      assert.notEqual(goToolName(other), mirrorTool());
      assert.deepEqual(fromOther, {
        version: '1.99.1',
        goroot: path.join(toolCache, goToolName(other), '1.99.1', 'x64'),
        source: 'download',
        spec: '1.99.1',
      });
      assert.equal(server.count('/other/go1.99.1.linux-amd64.tar.gz'), 1, "the first mirror's cached Go was not used");
      assert.equal(goToolName('https://go.dev/dl/'), OFFICIAL_GO_TOOL_NAME, 'the official site, trailing slash or not');
    } finally {
      fs.rmSync(path.join(toolCache, OFFICIAL_GO_TOOL_NAME), { recursive: true, force: true });
    }
  });

  test('a Go on PATH that satisfies the spec is used without any request', async () => {
    const minor = pathGo.version.split('.').slice(0, 2).join('.');
    const result = await setupGo(opts({ versionSpec: minor }));
    assert.deepEqual(result, { version: pathGo.version, goroot: pathGo.goroot, source: 'path', spec: `~${minor}` });
    assert.equal((await setupGo(opts())).source, 'path');
    assert.equal(server.total(), 0);
  });

  test('(c) an archive with one byte changed is refused and nothing is cached', async () => {
    const before = listToolCache();
    await assert.rejects(setupGo(opts({ versionSpec: '1.98.0' })), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.input, 'go-download-base-url');
      assert.match(e.message, new RegExp(`${server.origin}/dl/go1\\.98\\.0\\.linux-amd64\\.tar\\.gz`));
      assert.ok(e.message.includes(sha256(archive)), 'names the expected hash');
      const tampered = Buffer.from(archive);
      tampered[Math.floor(tampered.length / 2)]! ^= 0x01;
      assert.ok(e.message.includes(sha256(tampered)), 'names the actual hash');
      return true;
    });
    assert.deepEqual(listToolCache(), before);
    assert.ok(!fs.existsSync(path.join(toolCache, mirrorTool(), '1.98.0')));
    assert.deepEqual(fs.readdirSync(runnerTemp), []);
  });

  test('(d) a 404 from the mirror is its input; a dropped connection is the environment', async () => {
    await assert.rejects(
      setupGo(opts({ versionSpec: '1.97.0' })),
      (e: unknown) =>
        e instanceof InputError &&
        /Could not download http:\/\/127\.0\.0\.1:\d+\/dl\/go1\.97\.0\.linux-amd64\.tar\.gz: HTTP 404.*go-download-base-url/.test(
          e.message,
        ),
    );
    await assert.rejects(
      setupGo(opts({ versionSpec: '1.97.0', downloadBaseUrl: `${server.origin}/nowhere/` })),
      (e: unknown) =>
        e instanceof InputError &&
        /Could not read the Go download listing http:\/\/127\.0\.0\.1:\d+\/nowhere\/\?mode=json&include=all: HTTP 404.*go-download-base-url/.test(
          e.message,
        ),
    );
    await assert.rejects(
      setupGo(opts({ versionSpec: '1.96.0' })),
      (e: unknown) =>
        e instanceof EnvironmentError &&
        e.service === `Go download site ${new URL(server.origin).host}` &&
        /Could not download .*go1\.96\.0\.linux-amd64\.tar\.gz: the connection was dropped.*after 2 attempts.*Retry the job later.*go-download-base-url/.test(
          e.message,
        ),
    );
    assert.equal(server.count('/dl/go1.96.0.linux-amd64.tar.gz'), 2);
    assert.ok(!fs.existsSync(path.join(toolCache, mirrorTool(), '1.96.0')));
    assert.ok(!fs.existsSync(path.join(toolCache, mirrorTool(), '1.97.0')));
  });

  test('a non-JSON listing and a silent server give clear errors', async () => {
    await assert.rejects(
      setupGo(opts({ versionSpec: '1.97.0', downloadBaseUrl: `${server.origin}/html` })),
      /\/html\/\?mode=json&include=all: the answer is not JSON.*go-download-base-url/,
    );
    const started = Date.now();
    await assert.rejects(
      setupGo(
        opts({ versionSpec: '1.97.0', downloadBaseUrl: `${server.origin}/hang`, http: { timeoutMs: 300, attempts: 1, retryDelayMs: 0 } }),
      ),
      (e: unknown) => e instanceof EnvironmentError && /\/hang\/\?mode=json&include=all: timed out.*go-download-base-url/.test(e.message),
    );
    await assert.rejects(
      setupGo(opts({ versionSpec: '1.95.0', http: { timeoutMs: 300, attempts: 1, retryDelayMs: 0 } })),
      (e: unknown) =>
        e instanceof EnvironmentError &&
        /Could not download .*go1\.95\.0\.linux-amd64\.tar\.gz: no data for 300 ms \(timed out\).*go-download-base-url/.test(e.message),
    );
    assert.ok(Date.now() - started < 5_000);
    assert.ok(!fs.existsSync(path.join(toolCache, mirrorTool(), '1.95.0')));
    assert.deepEqual(fs.readdirSync(runnerTemp), []);
  });

  test('no matching release lists the newest available versions', async () => {
    await assert.rejects(setupGo(opts({ versionSpec: '1.94' })), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.input, 'go-version');
      assert.match(
        e.message,
        /matches go-version "1\.94" \(~1\.94\) for linux\/amd64\. Newest available: 1\.99\.1, 1\.98\.0, 1\.97\.0, 1\.96\.0, 1\.95\.0\./,
      );
      return true;
    });
  });

  test('a missing go-version-file names the input', async () => {
    await assert.rejects(
      setupGo(opts({ versionFile: 'sub/go.mod' })),
      (e: unknown) =>
        e instanceof InputError && e.input === 'go-version-file' && /go-version-file sub\/go\.mod cannot be read.*ENOENT/.test(e.message),
    );
  });
});
