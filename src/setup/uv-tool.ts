// uv, the installer of the action's TensorFlow virtualenv: one pinned version, fetched from
// the package index with the pip at hand (so pip's index settings apply), its wheel checked
// against the hashes below, and kept in the runner's tool cache (uv/<version>/<arch>, the
// layout @actions/tool-cache reads) for later jobs. Where it cannot be had, the caller
// installs with pip and says why.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { outputTail, runProcess, type RunResult } from '../util/process.ts';
import { runnerTemp, toolCacheOrTemp } from '../util/temp-dir.ts';

export const UV_VERSION = '0.13.9';

/** sha256 of uv's manylinux wheels (x86-64, aarch64) for UV_VERSION, as the package index serves them. */
const UV_WHEEL_SHA256: Record<string, string> = {
  x64: 'd7f459fe4fd247d830351c75686d3996ace3c6f3f728eb0e85a30b7ada0cef19',
  arm64: '5435c5ce14a56431208ca0996416d310f1598e8c2c8ba707688985a16bb82dbe',
};

export type UvTool = { ok: true; uv: string; fetched: boolean } | { ok: false; reason: string };

export interface UvToolRequest {
  /** The interpreter whose pip fetches uv. */
  python: string;
  platform: string;
  arch: string;
  env: NodeJS.ProcessEnv;
  /** pip-args words that choose the index (--index-url, --find-links...), so uv comes from the same one. */
  indexArgs: readonly string[];
}

const loadToolCache = () => import('@actions/tool-cache');

const lastLines = (result: RunResult) => outputTail(result, 3).replace(/\n/g, ' / ');

/**
 * uv's pinned version from the tool cache, else fetched into it; or why it cannot be had.
 * Without a runner's tool cache (the CLI), it is kept beside the action's virtualenvs.
 */
export async function obtainUv(request: UvToolRequest): Promise<UvTool> {
  const { platform, arch } = request;
  if (platform !== 'linux' || !UV_WHEEL_SHA256[arch])
    return { ok: false, reason: `uv ${UV_VERSION} is pinned for Linux x86-64 and aarch64 only, not ${platform} ${arch}` };
  // The tool cache is @actions/tool-cache's, which reads RUNNER_TOOL_CACHE from the process.
  if (!process.env.RUNNER_TOOL_CACHE) return obtainOutsideToolCache(request);
  const tc = await loadToolCache();
  const cached = tc.find('uv', UV_VERSION, arch);
  if (cached) return { ok: true, uv: path.join(cached, 'uv'), fetched: false };
  const scratch = fs.mkdtempSync(path.join(runnerTemp(request.env), 'tf-cgo-verify-uv-'));
  try {
    const fetched = await fetchUv(request, scratch);
    if (!fetched.ok) return fetched;
    const dir = await tc.cacheDir(path.dirname(fetched.uv), 'uv', UV_VERSION, arch);
    return { ok: true, uv: path.join(dir, 'uv'), fetched: true };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function obtainOutsideToolCache(request: UvToolRequest): Promise<UvTool> {
  const home = path.join(toolCacheOrTemp(request.env), 'tf-cgo-verify', `uv-${UV_VERSION}-${request.arch}`);
  const uv = path.join(home, 'target', 'bin', 'uv');
  if (fs.existsSync(uv)) return { ok: true, uv, fetched: false };
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(home, { recursive: true });
  const fetched = await fetchUv(request, home);
  if (!fetched.ok) fs.rmSync(home, { recursive: true, force: true });
  return fetched;
}

/** `pip install --require-hashes` of uv's wheel into `scratch`; its `bin/uv`, checked to run. */
async function fetchUv(request: UvToolRequest, scratch: string): Promise<UvTool> {
  const requirements = path.join(scratch, 'uv-requirements.txt');
  const hashes = Object.values(UV_WHEEL_SHA256).map((h) => ` --hash=sha256:${h}`);
  fs.writeFileSync(requirements, `uv==${UV_VERSION}${hashes.join('')}${os.EOL}`);
  const target = path.join(scratch, 'target');
  const args = ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-deps', '--only-binary', ':all:', '--require-hashes'];
  const pip = await runProcess(request.python, [...args, '--target', target, ...request.indexArgs, '-r', requirements], {
    env: request.env,
    timeoutMs: 5 * 60_000,
  });
  if (pip.exitCode !== 0) return { ok: false, reason: `${request.python} -m pip could not fetch uv ${UV_VERSION}: ${lastLines(pip)}` };
  const uv = path.join(target, 'bin', 'uv');
  const version = await runProcess(uv, ['--version'], { env: request.env, timeoutMs: 60_000 });
  if (version.exitCode !== 0) return { ok: false, reason: `uv ${UV_VERSION} does not run here: ${lastLines(version)}` };
  return { ok: true, uv, fetched: true };
}
