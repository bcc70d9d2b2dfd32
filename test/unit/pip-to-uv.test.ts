// pip-args and pip's own settings become `uv pip install` options with pip's meaning; what
// uv has no equivalent for is named, so that the action installs with pip instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { indexWords, pipToUv } from '../../src/setup/pip-to-uv.ts';
import { installSettings, parsePipConfigList, settingLabel, type PipSetting } from '../../src/setup/pip-config.ts';

const configList = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'pip', 'config-list.txt'), 'utf8');

function translated(pipArgs: string[], settings: PipSetting[] = []) {
  const result = pipToUv(pipArgs, settings);
  assert.ok(result.ok, JSON.stringify(result));
  return result;
}

test('index options: --index-url, -i, --extra-index-url and --find-links, with pip’s merge of every source', () => {
  assert.deepEqual(translated(['--index-url', 'http://127.0.0.1:1/simple']).args, ['--index-url', 'http://127.0.0.1:1/simple']);
  assert.deepEqual(translated(['-i', 'http://127.0.0.1:1/simple']).args, ['--index-url', 'http://127.0.0.1:1/simple']);
  assert.deepEqual(translated(['--index-url=http://127.0.0.1:1/simple']).indexes, ['http://127.0.0.1:1/simple']);
  // A second source: uv would stop at the first index that has the package; pip takes the best match of all.
  assert.deepEqual(translated(['--extra-index-url', 'http://127.0.0.1:2/simple', '-f', '/wheels']).args, [
    '--extra-index-url',
    'http://127.0.0.1:2/simple',
    '--find-links',
    '/wheels',
    '--index-strategy',
    'unsafe-best-match',
  ]);
  assert.deepEqual(translated(['--trusted-host', '127.0.0.1']).args, ['--allow-insecure-host', '127.0.0.1']);
  assert.deepEqual(translated(['--no-index', '--find-links=/wheels']).args, ['--no-index', '--find-links', '/wheels']);
  assert.deepEqual(translated(['--no-index', '--find-links=/wheels']).indexes, []);
});

test('other options keep their meaning: binaries, pre-releases, output, cache, timeouts and proxy', () => {
  assert.deepEqual(translated(['--no-binary', ':all:', '--only-binary=tensorflow-cpu', '--pre', '-qq', '--no-cache-dir']).args, [
    '--no-binary',
    ':all:',
    '--only-binary',
    'tensorflow-cpu',
    '--prerelease',
    'allow',
    '--quiet',
    '--quiet',
    '--no-cache',
  ]);
  assert.deepEqual(translated(['-U', '--no-deps', '--cert', '/ca.pem', 'numpy<2']).args, [
    '--upgrade',
    '--no-deps',
    '--cert',
    '/ca.pem',
    'numpy<2',
  ]);
  assert.deepEqual(translated(['--timeout', '60', '--retries=2', '--proxy', 'http://127.0.0.1:3128']).env, {
    UV_HTTP_TIMEOUT: '60',
    UV_HTTP_RETRIES: '2',
    HTTPS_PROXY: 'http://127.0.0.1:3128',
    HTTP_PROXY: 'http://127.0.0.1:3128',
  });
  assert.deepEqual(translated(['--disable-pip-version-check', '--progress-bar', 'off']).args, []);
});

test('an option uv has no equivalent for is named', () => {
  assert.deepEqual(pipToUv(['--quiet', '--user'], []), { ok: false, option: 'pip-args --user' });
  assert.deepEqual(pipToUv(['--global-option=--x'], []), { ok: false, option: 'pip-args --global-option' });
  assert.deepEqual(pipToUv(['-X'], []), { ok: false, option: 'pip-args -X' });
  assert.deepEqual(pipToUv([], [{ section: ':env:', name: 'use-feature', value: 'truststore' }]), {
    ok: false,
    option: 'PIP_USE_FEATURE',
  });
});

test("pip config list: real output parsed, repr'd values undone, sections in pip install's order", () => {
  const settings = parsePipConfigList(configList);
  const chosen = installSettings(settings);
  // PIP_EXTRA_INDEX_URL replaces [install]'s extra-index-url, as it does for pip.
  assert.equal(settingLabel(chosen.get('extra-index-url')!), 'PIP_EXTRA_INDEX_URL');
  assert.equal(chosen.get('index-url')?.value, 'http://127.0.0.1:8001/simple');
  assert.equal(settingLabel(chosen.get('index-url')!), 'pip config global.index-url');
  assert.ok(!chosen.has('exclude'), "[freeze] is another command's");
  const installExtra = settings.find((s) => s.section === 'install' && s.name === 'extra-index-url');
  assert.equal(installExtra?.value, "\nhttp://127.0.0.1:8002/simple\nhttp://127.0.0.1:8003/it's/simple");

  const uv = translated([], [...chosen.values()]);
  assert.deepEqual(uv.indexes, ['http://127.0.0.1:8001/simple', 'http://127.0.0.1:8004/simple', 'http://127.0.0.1:8005/simple']);
  assert.deepEqual(uv.indexOrigins, ['pip config global.index-url', 'PIP_EXTRA_INDEX_URL']);
  assert.ok(uv.args.includes('--allow-insecure-host') && uv.args.includes('--prerelease'), uv.args.join(' '));
  assert.ok(!uv.args.includes('--no-index'), 'PIP_NO_INDEX=0 is no');
  assert.equal(uv.env.UV_HTTP_TIMEOUT, '30');
});

test('pip-args win over pip’s settings; --isolated leaves the settings out, as pip does', () => {
  const settings = [...installSettings(parsePipConfigList(configList)).values()];
  const overridden = translated(['--index-url', 'http://127.0.0.1:9/simple'], settings);
  assert.equal(overridden.indexes[0], 'http://127.0.0.1:9/simple');
  assert.deepEqual(overridden.indexOrigins, ['pip-args', 'PIP_EXTRA_INDEX_URL']);
  assert.deepEqual(translated(['--isolated', '--quiet'], settings).args, ['--quiet']);
});

test('indexWords: the pip-args words that choose the index, for pip to fetch uv from the same one', () => {
  assert.deepEqual(indexWords(['--quiet', '-i', 'http://127.0.0.1:1/simple', '--pre', '--find-links=/w', '--trusted-host', 'h', 'numpy']), [
    '-i',
    'http://127.0.0.1:1/simple',
    '--find-links=/w',
    '--trusted-host',
    'h',
  ]);
});
