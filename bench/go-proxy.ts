// What go-download-source: proxy costs against the go.dev-style download, for one release
// (go1.25.5, not the Go on PATH): (1) the proxy install (go command fetches golang.org/toolchain
// from the module proxy `go env GOPROXY` names first, verifies it against the checksum
// database, unzips; we move it into the
// tool cache), (2) the plain GET of the same module zip, the network share of (1), and (3) the
// go.dev path against a loopback mirror serving a .tar.gz packed from the proxy-installed GOROOT
// (listing + download + sha256 + extract + cache, no network), and (4) the bare go command
// (GOTOOLCHAIN=go1.25.5 go env GOROOT into a fresh module cache), the go command's share of (1).
// Medians of N runs.
// Usage: npx node bench/go-proxy.ts [--runs=3]
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../src/util/process.ts';
import { startLoopbackServer } from '../test/helpers/loopback-server.ts';
import { setupGo, type GoSetupOptions } from '../src/setup/go-setup.ts';
import { fmtMs, median, runsFromArgs, timeIt } from './common.ts';

const RELEASE = '1.25.5';

/** The first proxy of `go env GOPROXY`: Go's default module proxy unless this machine names another. */
async function firstGoProxy(): Promise<string> {
  const run = await runProcess('go', ['env', 'GOPROXY'], { timeoutMs: 60_000 });
  const first = run.stdout.trim().split(/[,|]/)[0] ?? '';
  if (run.exitCode !== 0 || !/^https?:\/\//.test(first)) throw new Error(`go env GOPROXY names no proxy first: ${run.combined}`);
  return first.replace(/\/+$/, '');
}

const GOPROXY = await firstGoProxy();
const ZIP_URL = `${GOPROXY}/golang.org/toolchain/@v/v0.0.1-go${RELEASE}.linux-amd64.zip`;
const runs = runsFromArgs(3);
const quiet = { info() {}, notice() {}, warning() {}, debug() {} };

/** Runs fn with stdout muted (tool-cache debug lines and tar's command echo go there). */
async function muted<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'go-proxy-bench-'));
const server = await startLoopbackServer();
const saved = { ...process.env };
try {
  process.env.RUNNER_TEMP = path.join(tmp, 'temp');
  process.env.GITHUB_PATH = path.join(tmp, 'github_path');
  process.env.GITHUB_ENV = path.join(tmp, 'github_env');
  fs.mkdirSync(process.env.RUNNER_TEMP);
  fs.writeFileSync(process.env.GITHUB_PATH, '');
  fs.writeFileSync(process.env.GITHUB_ENV, '');
  const base: GoSetupOptions = { versionSpec: RELEASE, workingDirectory: tmp, platform: 'linux', arch: 'x64', log: quiet };
  const fresh = (name: string) => {
    process.env.PATH = saved.PATH;
    process.env.RUNNER_TOOL_CACHE = path.join(tmp, name);
    fs.rmSync(process.env.RUNNER_TOOL_CACHE, { recursive: true, force: true });
  };

  const proxy: number[] = [];
  const get: number[] = [];
  const raw: number[] = [];
  let zipBytes = 0;
  for (let i = 0; i < runs; i++) {
    fresh(`proxy-${i}`);
    proxy.push(
      await timeIt(() =>
        muted(async () => {
          const r = await setupGo({ ...base, downloadSource: 'proxy' });
          if (r.source !== 'proxy') throw new Error(`expected a proxy install, got ${r.source}`);
        }),
      ),
    );
    const modcache = path.join(tmp, `raw-${i}`);
    raw.push(
      await timeIt(async () => {
        const run = await runProcess('go', ['env', 'GOROOT'], {
          cwd: tmp,
          env: { ...saved, GOMODCACHE: modcache, GOPATH: path.join(modcache, 'gopath'), GOTOOLCHAIN: `go${RELEASE}` },
          timeoutMs: 600_000,
        });
        if (run.exitCode !== 0) throw new Error(run.combined);
      }),
    );
    await runProcess('chmod', ['-R', 'u+w', modcache]);
    fs.rmSync(modcache, { recursive: true, force: true });
    get.push(
      await timeIt(async () => {
        const response = await fetch(ZIP_URL);
        if (!response.ok) throw new Error(`${ZIP_URL}: HTTP ${response.status}`);
        zipBytes = (await response.arrayBuffer()).byteLength;
      }),
    );
  }

  // The go.dev-style archive of the same release, packed from the proxy-installed GOROOT.
  const goroot = path.join(tmp, 'proxy-0', 'go', RELEASE, 'x64');
  const archive = path.join(tmp, `go${RELEASE}.linux-amd64.tar.gz`);
  const tar = await runProcess('tar', ['-czf', archive, '--transform', 's,^x64,go,', '-C', path.dirname(goroot), 'x64'], {
    timeoutMs: 600_000,
  });
  if (tar.exitCode !== 0) throw new Error(tar.combined);
  const bytes = fs.readFileSync(archive);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const file = {
    filename: path.basename(archive),
    os: 'linux',
    arch: 'amd64',
    version: `go${RELEASE}`,
    sha256,
    size: bytes.length,
    kind: 'archive',
  };
  server.route('/dl/', {
    kind: 'body',
    body: JSON.stringify([{ version: `go${RELEASE}`, stable: true, files: [file] }]),
    contentType: 'application/json',
  });
  server.route(`/dl/${file.filename}`, { kind: 'file', file: archive });
  const goDev: number[] = [];
  for (let i = 0; i < runs; i++) {
    fresh(`godev-${i}`);
    goDev.push(
      await timeIt(() =>
        muted(async () => {
          const r = await setupGo({ ...base, downloadSource: 'go.dev', downloadBaseUrl: `${server.origin}/dl` });
          if (r.source !== 'download') throw new Error(`expected a download, got ${r.source}`);
        }),
      ),
    );
  }

  const [p, g, d, r] = [median(proxy), median(get), median(goDev), median(raw)];
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(`Go ${RELEASE} for linux/amd64, medians of ${runs} runs`);
  console.log(
    `  proxy install (go command: fetch + checksum database + unzip; move to tool cache): ${fmtMs(p)}  [${proxy.map(fmtMs).join(', ')}]`,
  );
  console.log(
    `    of which the module zip GET alone (${mb(zipBytes)} from ${GOPROXY}):  ${fmtMs(g)}  (${(zipBytes / 1e6 / (g / 1000)).toFixed(0)} MB/s)`,
  );
  console.log(`    local work (install minus GET):                                               ${fmtMs(p - g)}`);
  console.log(
    `    GOTOOLCHAIN=go${RELEASE} go env GOROOT alone (the go command's share):          ${fmtMs(r)}  [${raw.map(fmtMs).join(', ')}]`,
  );
  console.log(
    `  go.dev path from a loopback mirror (${mb(bytes.length)} .tar.gz; listing + sha256 + extract + cache): ${fmtMs(d)}  [${goDev.map(fmtMs).join(', ')}]`,
  );
  console.log(`  proxy local work / go.dev local path: ${((p - g) / d).toFixed(2)}x`);
} finally {
  for (const k of ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP', 'GITHUB_PATH', 'GITHUB_ENV', 'PATH', 'GOTOOLCHAIN']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
