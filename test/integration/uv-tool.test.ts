// uv fetched by the real pip, its wheel checked against the pinned sha256: the real wheel from
// a local --find-links folder is taken and kept; the same wheel with one byte changed is refused.
// Outside a runner's tool cache (the CLI) uv is kept beside the action's virtualenvs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { obtainUv, UV_VERSION } from '../../src/setup/uv-tool.ts';
import { runProcess } from '../../src/util/process.ts';

const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-uv-tool-'));
const wheels = path.join(scratch, 'wheels');
const tampered = path.join(scratch, 'tampered');
const formerToolCache = process.env.RUNNER_TOOL_CACHE;

before(async () => {
  if (!linuxX64) return;
  // The wheel the package index serves, with the machine's pip settings.
  const download = await runProcess(
    'python3',
    ['-m', 'pip', 'download', '--no-deps', '--only-binary', ':all:', '-d', wheels, `uv==${UV_VERSION}`],
    {
      timeoutMs: 5 * 60_000,
    },
  );
  assert.equal(download.exitCode, 0, download.combined);
  const [wheel] = fs.readdirSync(wheels);
  const bytes = fs.readFileSync(path.join(wheels, wheel!));
  bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
  fs.mkdirSync(tampered);
  fs.writeFileSync(path.join(tampered, wheel!), bytes);
});
after(() => {
  if (formerToolCache === undefined) delete process.env.RUNNER_TOOL_CACHE;
  else process.env.RUNNER_TOOL_CACHE = formerToolCache;
  fs.rmSync(scratch, { recursive: true, force: true });
});

// Only the folder: the machine's own index and find-links settings stay out.
const request = (from: string, env: NodeJS.ProcessEnv) => ({
  python: 'python3',
  platform: 'linux',
  arch: 'x64',
  env: { ...env, PIP_CONFIG_FILE: os.devNull, PIP_FIND_LINKS: '', PIP_INDEX_URL: '', PIP_EXTRA_INDEX_URL: '' },
  indexArgs: ['--no-index', '--find-links', from],
});

test('the pinned wheel is fetched into the tool cache, then found there', { skip: !linuxX64 && 'pins checked on x86-64' }, async () => {
  const toolCache = path.join(scratch, 'toolcache');
  process.env.RUNNER_TOOL_CACHE = toolCache;
  const env = { ...process.env, RUNNER_TEMP: scratch };
  const first = await obtainUv(request(wheels, env));
  assert.deepEqual(first, { ok: true, uv: path.join(toolCache, 'uv', UV_VERSION, 'x64', 'uv'), fetched: true });
  const version = await runProcess(first.uv, ['--version']);
  assert.match(version.stdout, new RegExp(`^uv ${UV_VERSION.replace(/\./g, '\\.')} `));
  const second = await obtainUv(request(path.join(scratch, 'nowhere'), env));
  assert.deepEqual(second, { ...first, fetched: false });
  assert.deepEqual(
    fs.readdirSync(scratch).filter((d) => d.startsWith('tf-cgo-verify-uv-')),
    [],
    'the download folder is removed',
  );
});

test(
  'a wheel whose sha256 is not the pinned one is refused, and nothing is kept',
  { skip: !linuxX64 && 'pins checked on x86-64' },
  async () => {
    const toolCache = path.join(scratch, 'toolcache-tampered');
    process.env.RUNNER_TOOL_CACHE = toolCache;
    const got = await obtainUv(request(tampered, { ...process.env, RUNNER_TEMP: scratch }));
    assert.equal(got.ok, false);
    assert.match(got.ok ? '' : got.reason, /could not fetch uv 0\.13\.9: .*Expected sha256 .*Got/s);
    assert.ok(!fs.existsSync(path.join(toolCache, 'uv')), 'a refused uv was cached');
  },
);

test(
  'outside a runner (no RUNNER_TOOL_CACHE) uv is kept beside the virtualenvs and reused',
  { skip: !linuxX64 && 'pins checked on x86-64' },
  async () => {
    delete process.env.RUNNER_TOOL_CACHE;
    const runnerTemp = path.join(scratch, 'cli-temp');
    const env: NodeJS.ProcessEnv = { ...process.env, RUNNER_TEMP: runnerTemp };
    delete env.RUNNER_TOOL_CACHE;
    const first = await obtainUv(request(wheels, env));
    assert.ok(
      first.ok && first.fetched && first.uv.startsWith(path.join(runnerTemp, 'tf-cgo-verify', `uv-${UV_VERSION}-x64`)),
      JSON.stringify(first),
    );
    const second = await obtainUv(request(path.join(scratch, 'nowhere'), env));
    assert.deepEqual(second, { ...first, fetched: false });
  },
);
