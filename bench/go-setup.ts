// Go setup timings against a loopback mirror serving the local Go toolchain as
// go1.99.1.linux-amd64.tar.gz: first run (listing + download + sha256 + extract + cache),
// warm run (tool-cache hit), and resolve + verified download alone. Medians of N runs.
// Usage: npx node bench/go-setup.ts [runs=5] [--full]   (--full packs the whole GOROOT)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../src/util/process.ts';
import { startLoopbackServer } from '../test/helpers/loopback-server.ts';
import { setupGo } from '../src/setup/go-setup.ts';
import { archiveUrl, downloadVerified, fetchListing } from '../src/setup/go-download.ts';
import { selectRelease } from '../src/setup/go-listing.ts';

const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const full = process.argv.includes('--full');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Runs fn with stdout muted (core.info and @actions/exec echo there); returns ms. */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  const t = performance.now();
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return performance.now() - t;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'go-setup-bench-'));
const server = await startLoopbackServer();
const saved = { ...process.env };
try {
  const env = await runProcess('go', ['env', 'GOROOT'], { env: { ...process.env, GOTOOLCHAIN: 'local' }, cwd: tmp });
  const goroot = env.stdout.trim();
  const tree = path.join(tmp, 'pack', 'go');
  if (full) {
    fs.cpSync(goroot, tree, { recursive: true });
  } else {
    fs.mkdirSync(path.join(tree, 'bin'), { recursive: true });
    fs.mkdirSync(path.join(tree, 'pkg', 'tool', 'linux_amd64'), { recursive: true });
    for (const b of ['go', 'gofmt']) fs.copyFileSync(path.join(goroot, 'bin', b), path.join(tree, 'bin', b));
    fs.copyFileSync(path.join(goroot, 'go.env'), path.join(tree, 'go.env'));
  }
  fs.writeFileSync(path.join(tree, 'VERSION'), 'go1.99.1\n');
  const file = path.join(tmp, 'go1.99.1.linux-amd64.tar.gz');
  const tar = await runProcess('tar', ['-czf', file, '-C', path.dirname(tree), 'go'], { timeoutMs: 600_000 });
  if (tar.exitCode !== 0) throw new Error(tar.combined);
  const bytes = fs.readFileSync(file);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const listing = [
    {
      version: 'go1.99.1',
      stable: true,
      files: [
        { filename: path.basename(file), os: 'linux', arch: 'amd64', version: 'go1.99.1', sha256, size: bytes.length, kind: 'archive' },
      ],
    },
  ];
  server.route('/dl/', { kind: 'body', body: JSON.stringify(listing), contentType: 'application/json' });
  server.route(`/dl/${path.basename(file)}`, { kind: 'file', file });
  const baseUrl = `${server.origin}/dl`;

  process.env.RUNNER_TEMP = path.join(tmp, 'temp');
  process.env.GITHUB_PATH = path.join(tmp, 'github_path');
  process.env.GITHUB_ENV = path.join(tmp, 'github_env');
  fs.mkdirSync(process.env.RUNNER_TEMP);
  fs.writeFileSync(process.env.GITHUB_PATH, '');
  fs.writeFileSync(process.env.GITHUB_ENV, '');
  const options = { versionSpec: '1.99.1', workingDirectory: tmp, downloadBaseUrl: baseUrl, platform: 'linux', arch: 'x64' };

  const first: number[] = [];
  const warm: number[] = [];
  const verify: number[] = [];
  for (let i = 0; i < runs; i++) {
    process.env.RUNNER_TOOL_CACHE = path.join(tmp, `cache-${i}`);
    process.env.PATH = saved.PATH;
    first.push(await timed(() => setupGo(options)));
    process.env.PATH = saved.PATH;
    server.resetCounts();
    warm.push(await timed(() => setupGo(options)));
    if (server.total() !== 0) throw new Error('warm run made a request');
    const dest = path.join(tmp, `verify-${i}.tar.gz`);
    verify.push(
      await timed(async () => {
        const picked = selectRelease(await fetchListing(baseUrl), '1.99.1', 'linux', 'amd64');
        if (!picked) throw new Error('no release');
        await downloadVerified(archiveUrl(baseUrl, picked.file.filename), picked.file.sha256, dest);
      }),
    );
    fs.rmSync(dest);
    fs.rmSync(process.env.RUNNER_TOOL_CACHE, { recursive: true, force: true });
  }
  const [f, w, v] = [median(first), median(warm), median(verify)];
  const mb = (bytes.length / 1e6).toFixed(1);
  console.log(`Go setup from a loopback mirror: ${full ? 'full' : 'reduced'} toolchain archive ${mb} MB, medians of ${runs} runs`);
  console.log(`  first run (listing + download + sha256 + extract + cache): ${f.toFixed(0)} ms`);
  console.log(`  warm run (tool-cache hit, no request):                   ${w.toFixed(0)} ms`);
  console.log(
    `  resolve + verified download alone:                        ${v.toFixed(0)} ms (${(bytes.length / 1e6 / (v / 1000)).toFixed(0)} MB/s)`,
  );
  console.log(`  first / warm: ${(f / w).toFixed(1)}x;  resolve+verify share of first run: ${((100 * v) / f).toFixed(0)}%`);
} finally {
  for (const k of ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP', 'GITHUB_PATH', 'GITHUB_ENV', 'PATH', 'GOTOOLCHAIN']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
