// go-download-source: proxy for real: Go 1.25.5 (not the Go on PATH) fetched as the
// golang.org/toolchain module from the module proxy and verified against the checksum database by
// the go command on PATH, then found in the tool cache without network. Then the refusals,
// each one error naming go-download-source and nothing left in the tool cache: GOPROXY=off,
// a loopback proxy answering 404 and 410, and a loopback proxy serving an altered zip while
// the checksum database stays Go's default. Last, no Go on PATH: the go.dev listing, with
// a notice. Needs linux/amd64, a Go 1.21+ on PATH and the module proxy.
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import semver from 'semver';
import { runProcess } from '../../src/util/process.ts';
import { InputError } from '../../src/input-error.ts';
import { setupGo, type GoSetupOptions } from '../../src/setup/go-setup.ts';
import { listProxyToolchains } from '../../src/setup/go-proxy.ts';
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.ts';

const RELEASE = '1.25.5';
const MODULE_ZIP = `/golang.org/toolchain/@v/v0.0.1-go${RELEASE}.linux-amd64.zip`;
const hostOk = process.platform === 'linux' && process.arch === 'x64';
const ENV_KEYS = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP', 'GITHUB_PATH', 'GITHUB_ENV', 'PATH', 'GOTOOLCHAIN'] as const;

let tmp: string;
let toolCache: string;
let runnerTemp: string;
let userModCache: string;
let server: LoopbackServer;
let saved: Record<string, string | undefined>;

function recordingLog() {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => void lines.push({ level, message });
  return { lines, log: { info: at('info'), notice: at('notice'), warning: at('warning'), debug: at('debug') } };
}

/**
 * What the go command uses when nothing sets GOPROXY or GOSUMDB: its first default proxy (Go's
 * default module proxy) and the name of the default checksum database. Asked, not written here.
 */
async function goDefaults(): Promise<{ proxy: string; sumdb: string }> {
  const env = { ...process.env, GOENV: 'off', GOPROXY: '', GOSUMDB: '', GOFLAGS: '', GOTOOLCHAIN: 'local' };
  const run = await runProcess('go', ['env', 'GOPROXY', 'GOSUMDB'], { env, cwd: os.tmpdir() });
  assert.equal(run.exitCode, 0, run.combined);
  const [goproxy = '', gosumdb = ''] = run.stdout.trim().split('\n');
  return { proxy: goproxy.split(/[,|]/)[0]!, sumdb: gosumdb.split(/\s+/)[0]!.replace(/\+.*$/, '') };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The user's environment with GOPROXY etc. replaced, and a module cache of their own to check it stays untouched. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, GOMODCACHE: userModCache, ...extra };
}

function opts(extra: Partial<GoSetupOptions> = {}): GoSetupOptions {
  return { workingDirectory: tmp, platform: 'linux', arch: 'x64', downloadSource: 'proxy', versionSpec: RELEASE, env: userEnv(), ...extra };
}

/** A stored (uncompressed) zip: enough for a module zip the go command accepts and hashes. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** What the tool cache holds for Go: versions and any leftover staging folders. */
function goEntries(): string[] {
  const dir = path.join(toolCache, 'go');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function assertRefused(error: unknown, pattern: RegExp): true {
  assert.ok(error instanceof InputError, String(error));
  assert.equal(error.input, 'go-download-source');
  assert.match(error.message, /^Input 'go-download-source': /);
  assert.match(error.message, pattern);
  assert.doesNotMatch(error.message, /\n/);
  return true;
}

describe('Go from the module proxy', { skip: hostOk ? false : 'needs linux/x64' }, () => {
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'go-proxy-it-'));
    toolCache = path.join(tmp, 'toolcache');
    runnerTemp = path.join(tmp, 'runner-temp');
    userModCache = path.join(tmp, 'user-modcache');
    for (const d of [toolCache, runnerTemp, userModCache]) fs.mkdirSync(d);
    server = await startLoopbackServer();
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
    assert.deepEqual(fs.readdirSync(runnerTemp), [], 'nothing left in RUNNER_TEMP');
    assert.deepEqual(fs.readdirSync(userModCache), [], "nothing written to the user's module cache");
  });

  test(`installs go${RELEASE} from the proxy into the tool cache; a second setup finds it there without network`, async () => {
    const onPath = await runProcess('go', ['env', 'GOVERSION'], { env: { ...process.env, GOTOOLCHAIN: 'local' }, cwd: tmp });
    assert.notEqual(onPath.stdout.trim(), `go${RELEASE}`, 'the test needs a release other than the Go on PATH');
    const { lines, log } = recordingLog();
    const result = await setupGo(opts({ log }));
    const goroot = path.join(toolCache, 'go', RELEASE, 'x64');
    assert.deepEqual(result, { version: RELEASE, goroot, source: 'proxy', spec: RELEASE });
    assert.ok(fs.existsSync(`${goroot}.complete`));
    assert.deepEqual(goEntries(), [RELEASE], 'no staging module cache left beside it');

    const version = await runProcess(path.join(goroot, 'bin', 'go'), ['version'], {
      env: { ...process.env, GOTOOLCHAIN: 'local', GOROOT: '' },
      cwd: tmp,
    });
    assert.equal(version.exitCode, 0, version.combined);
    assert.equal(version.stdout.trim(), `go version go${RELEASE} linux/amd64`);
    // A full toolchain (compilers included), its folders owner-writable so the tool cache can remove or replace it later.
    assert.ok(fs.existsSync(path.join(goroot, 'pkg', 'tool', 'linux_amd64', 'compile')));
    for (const dir of ['src', 'src/cmd/go/internal', 'pkg/tool/linux_amd64'])
      assert.ok((fs.statSync(path.join(goroot, dir)).mode & 0o200) !== 0, dir);
    assert.ok(
      lines.some((l) => /Fetching golang\.org\/toolchain@v0\.0\.1-go1\.25\.5\.linux-amd64 .*GOSUMDB=sum\.golang\.org/.test(l.message)),
      JSON.stringify(lines),
    );
    assert.equal(process.env.PATH, saved.PATH, 'setupGo leaves the process PATH alone; goEnvironment() is how Go is run');

    // GOPROXY=off: any attempt to reach the network would fail, so this is the tool cache alone.
    const again = await setupGo(opts({ env: userEnv({ GOPROXY: 'off' }) }));
    assert.deepEqual(again, { version: RELEASE, goroot, source: 'tool-cache', spec: RELEASE });
    assert.equal((await setupGo(opts({ versionSpec: '1.25', env: userEnv({ GOPROXY: 'off' }) }))).source, 'tool-cache');
  });

  test('the proxy lists golang.org/toolchain releases for linux/amd64 through the go command', async () => {
    const versions = await listProxyToolchains({ goos: 'linux', goarch: 'amd64', env: userEnv(), log: recordingLog().log });
    assert.ok(versions.includes(RELEASE));
    assert.ok(versions.includes('1.26.8'));
    assert.deepEqual(versions, [...versions].sort(semver.rcompare), 'newest first');
    assert.ok(semver.gte(versions[0]!, '1.26.8'), versions[0]);
  });

  test('GOPROXY=off: one error naming the input, GOPROXY and the fix; nothing installed', async () => {
    await assert.rejects(setupGo(opts({ versionSpec: '1.25.4', env: userEnv({ GOPROXY: 'off' }) })), (e) =>
      assertRefused(e, /GOPROXY is off.*Unset GOPROXY.*go-download-source to go\.dev/),
    );
    await assert.rejects(setupGo(opts({ versionSpec: '1.24', env: userEnv({ GOPROXY: 'off' }) })), (e) =>
      assertRefused(e, /GOPROXY is off/),
    );
    assert.ok(!goEntries().includes('1.25.4'));
    assert.ok(!goEntries().some((e) => e.startsWith('.')));
  });

  test('a proxy that answers 404 or 410: one error naming the proxy; nothing installed', async () => {
    const goproxy = `${server.origin}/gone`;
    server.route(`/gone${MODULE_ZIP.replace(RELEASE, '1.25.4')}`, { kind: 'status', status: 410 });
    for (const [base, version] of [
      [server.origin, '1.25.4'],
      [goproxy, '1.25.4'],
    ] as const) {
      await assert.rejects(setupGo(opts({ versionSpec: version, env: userEnv({ GOPROXY: base }) })), (e) =>
        assertRefused(
          e,
          new RegExp(
            `the module proxy \\(GOPROXY=${base.replace(/[.:/]/g, '\\$&')}\\) refused golang\\.org/toolchain@v0\\.0\\.1-go1\\.25\\.4\\.linux-amd64 .*Use a GOPROXY that serves golang\\.org/toolchain`,
          ),
        ),
      );
    }
    assert.equal(server.count(MODULE_ZIP.replace(RELEASE, '1.25.4')), 1, 'the go command asked the loopback proxy');
    assert.equal(server.count(`/gone${MODULE_ZIP.replace(RELEASE, '1.25.4')}`), 1);
    assert.ok(!goEntries().includes('1.25.4'));
    assert.ok(!goEntries().some((e) => e.startsWith('.')));
  });

  test('a proxy serving an altered toolchain zip is caught by the default checksum database, even with GONOSUMDB matching; nothing installed', async () => {
    const version = '1.25.4';
    const defaults = await goDefaults();
    const prefix = `golang.org/toolchain@v0.0.1-go${version}.linux-amd64/`;
    const zip = storedZip({
      [`${prefix}VERSION`]: `go${version}\ntime 2025-11-05T00:00:00Z\n`,
      [`${prefix}bin/go`]: '#!/bin/sh\necho not go\n',
    });
    server.route(MODULE_ZIP.replace(RELEASE, version), { kind: 'body', body: zip });
    // The loopback proxy does not proxy the checksum database (404 on /sumdb/<name>/supported),
    // so the go command asks the next proxy in the list, Go's default one, for the database.
    const goproxy = `${server.origin},${defaults.proxy}`;
    const sumdb = escapeRegExp(defaults.sumdb);
    const hash = crypto.createHash('sha256').update(zip).digest('hex').slice(0, 12);
    await assert.rejects(
      setupGo(opts({ versionSpec: version, env: userEnv({ GOPROXY: goproxy, GOSUMDB: defaults.sumdb, GONOSUMDB: 'golang.org' }) })),
      (e) =>
        assertRefused(
          e,
          new RegExp(
            `served golang\\.org/toolchain@v0\\.0\\.1-go1\\.25\\.4\\.linux-amd64 with a checksum that does not match the checksum database \\(GOSUMDB=${sumdb}\\): downloaded h1:\\S+, ${sumdb} h1:\\S+=\\. .*nothing was installed`,
          ),
        ),
    );
    assert.equal(server.count(MODULE_ZIP.replace(RELEASE, version)), 1, `the altered zip (${hash}) was served`);
    assert.equal(server.count(`/sumdb/${defaults.sumdb}/supported`), 1);
    assert.ok(!goEntries().includes(version));
    assert.ok(!goEntries().some((e) => e.startsWith('.')));
  });

  test('without a Go on PATH, go.dev is used with a notice', async () => {
    // A reduced Go tree for the loopback go.dev mirror: the go binary of the Go on PATH.
    const goroot = (await runProcess('go', ['env', 'GOROOT'], { env: { ...process.env, GOTOOLCHAIN: 'local' }, cwd: tmp })).stdout.trim();
    const tree = path.join(tmp, 'pack', 'go');
    fs.mkdirSync(path.join(tree, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(goroot, 'bin', 'go'), path.join(tree, 'bin', 'go'));
    fs.copyFileSync(path.join(goroot, 'go.env'), path.join(tree, 'go.env'));
    const archive = path.join(tmp, 'go1.99.2.linux-amd64.tar.gz');
    const tar = await runProcess('tar', ['-czf', archive, '-C', path.dirname(tree), 'go']);
    assert.equal(tar.exitCode, 0, tar.combined);
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(archive)).digest('hex');
    const file = {
      filename: path.basename(archive),
      os: 'linux',
      arch: 'amd64',
      version: 'go1.99.2',
      sha256,
      size: fs.statSync(archive).size,
      kind: 'archive',
    };
    server.route('/dl/', {
      kind: 'body',
      body: JSON.stringify([{ version: 'go1.99.2', stable: true, files: [file] }]),
      contentType: 'application/json',
    });
    server.route(`/dl/${file.filename}`, { kind: 'file', file: archive });

    const noGo = path.join(tmp, 'no-go-bin');
    fs.mkdirSync(noGo, { recursive: true });
    const { lines, log } = recordingLog();
    const result = await setupGo(
      opts({ versionSpec: '1.99.2', downloadBaseUrl: `${server.origin}/dl`, log, env: userEnv({ PATH: noGo }) }),
    );
    assert.equal(result.source, 'download');
    assert.equal(server.count(`/dl/${file.filename}`), 1);
    const notices = lines.filter((l) => l.level === 'notice').map((l) => l.message);
    assert.deepEqual(notices, [
      `go-download-source is proxy, but there is no Go on PATH to fetch and verify it; downloading Go from ${server.origin}/dl instead (verified against the listing's sha256).`,
    ]);
    // Once cached, nothing is downloaded from anywhere, so there is nothing to give notice of.
    const again = recordingLog();
    process.env.PATH = saved.PATH;
    assert.equal(
      (await setupGo(opts({ versionSpec: '1.99.2', downloadBaseUrl: `${server.origin}/dl`, log: again.log, env: userEnv({ PATH: noGo }) })))
        .source,
      'tool-cache',
    );
    assert.deepEqual(
      again.lines.filter((l) => l.level === 'notice'),
      [],
    );
  });
});
