// What a cache hit for the action's TensorFlow should restore, measured in one run against the
// loopback v1 cache service (test/helpers/cache-service.ts) through the real @actions/cache:
//   venv:     restore the whole virtualenv (what the action does);
//   uv cache: restore uv's wheel cache, then `uv venv` + `uv pip install` from it (offline).
// Both against a cold uv install from the package index, which a hit must never be slower than.
// The action's own installer code runs (installWithUv: pip settings, uv from the tool cache).
// Ratio reported: faster strategy / the other (same run). Target: < 1, and both below cold.
// Run: npx node bench/tf-venv-cache.ts [--version=2.21.0]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActionCache } from '../src/setup/cache.ts';
import { runProcess } from '../src/util/process.ts';
import { silentLog } from '../src/log.ts';
import { installWithUv, type VenvInstallRequest } from '../src/setup/uv-install.ts';
import { startCacheService } from '../test/helpers/cache-service.ts';
import { fmtMs, timeIt } from './common.ts';

const version = process.argv.find((a) => a.startsWith('--version='))?.slice('--version='.length) ?? '2.21.0';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tf-venv-cache-'));
const service = await startCacheService();
const write = process.stdout.write.bind(process.stdout);

function useEnv(vars: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

async function mebibytes(dir: string): Promise<string> {
  const du = await runProcess('du', ['-sb', dir]);
  return `${(Number(du.stdout.split('\t')[0]) / 2 ** 20).toFixed(0)} MiB`;
}

/** The action's uv install of tensorflow-cpu==version into `venv`; throws unless uv did it. */
async function uvInstall(request: VenvInstallRequest): Promise<void> {
  const outcome = await installWithUv(request);
  if (!outcome.ok) throw new Error(`uv could not install: ${outcome.reason}`);
}

/** Runs `fn` with @actions/cache's progress lines off stdout. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  process.stdout.write = () => true;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

try {
  for (const d of ['workspace', 'runner-temp', 'toolcache']) fs.mkdirSync(path.join(tmp, d));
  useEnv({
    ...service.env(),
    GITHUB_WORKSPACE: path.join(tmp, 'workspace'),
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    RUNNER_TOOL_CACHE: path.join(tmp, 'toolcache'),
  });
  const venv = path.join(tmp, 'toolcache', 'tf-cgo-verify', 'venv', 'bench');
  const uvCache = path.join(tmp, 'toolcache', 'tf-cgo-verify', 'uv-cache');
  const request: VenvInstallRequest = {
    python: 'python3',
    venv,
    venvPython: path.join(venv, 'bin', 'python'),
    requirement: `tensorflow-cpu==${version}`,
    pipArgs: ['--quiet'],
    env: { ...process.env, UV_CACHE_DIR: uvCache },
    platform: process.platform,
    arch: process.arch,
    log: silentLog,
  };
  // uv itself into the tool cache first: a warm runner has it, and it is not what is compared.
  await uvInstall({ ...request, requirement: 'six' });
  fs.rmSync(venv, { recursive: true });
  fs.rmSync(uvCache, { recursive: true });

  const cold = await timeIt(() => uvInstall(request));
  const sizes = `venv ${await mebibytes(venv)}, uv cache ${await mebibytes(uvCache)}`;
  const cache = new ActionCache(undefined, { notice: (m) => void console.log(`notice: ${m}`), info: () => undefined });
  const saveVenv = await timeIt(() => quietly(() => cache.save([venv], 'bench-venv')));
  const saveUv = await timeIt(() => quietly(() => cache.save([uvCache], 'bench-uv-cache')));
  const archives = service.entries().map((e) => `${e.key} ${(e.size / 2 ** 20).toFixed(0)} MiB`);

  fs.rmSync(venv, { recursive: true });
  fs.rmSync(uvCache, { recursive: true });
  const viaVenv = await timeIt(async () => {
    if ((await quietly(() => cache.restore([venv], 'bench-venv'))) !== 'bench-venv') throw new Error('venv not restored');
  });
  fs.rmSync(venv, { recursive: true });
  const viaUvCache = await timeIt(async () => {
    if ((await quietly(() => cache.restore([uvCache], 'bench-uv-cache'))) !== 'bench-uv-cache') throw new Error('uv cache not restored');
    // Offline: everything comes from the restored cache, as a hit would want.
    await uvInstall({ ...request, env: { ...request.env, UV_OFFLINE: '1' } });
  });
  const imported = await runProcess(request.venvPython, ['-c', 'import tensorflow as tf; print(tf.__version__)'], { timeoutMs: 300_000 });
  if (imported.stdout.trim().split('\n').pop() !== version) throw new Error(`the uv-cache install does not import: ${imported.combined}`);

  const [faster, slower] = viaVenv <= viaUvCache ? (['venv', 'uv cache'] as const) : (['uv cache', 'venv'] as const);
  console.log(`tensorflow-cpu ${version}: ${sizes}; archives ${archives.join(', ')} (zstd)`);
  console.log(`cold uv install from the index:          ${fmtMs(cold)}`);
  console.log(`save: venv ${fmtMs(saveVenv)}, uv cache ${fmtMs(saveUv)}`);
  console.log(`hit, venv restored:                      ${fmtMs(viaVenv)}`);
  console.log(`hit, uv cache restored + uv install:     ${fmtMs(viaUvCache)}`);
  console.log(`ratio ${faster} / ${slower}: ${(Math.min(viaVenv, viaUvCache) / Math.max(viaVenv, viaUvCache)).toFixed(2)} (target < 1)`);
  console.log(`ratio ${faster} hit / cold uv install: ${(Math.min(viaVenv, viaUvCache) / cold).toFixed(2)} (target < 1)`);
} finally {
  process.stdout.write = write;
  await service.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
