// setupTensorFlow on the real TensorFlow of the test virtualenv: a matching venv is reused.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tfDir, tfPython } from '../helpers/env.ts';
import { setupTensorFlow, type PythonInfo, type TfSetupLog, type TfSetupOptions } from '../../src/setup/tf-install.ts';
import { ActionCache } from '../../src/setup/cache.ts';
import { createRawEcho } from '../../src/util/raw-output.ts';

function quietLog() {
  const groups: string[] = [];
  const log: TfSetupLog = {
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    group: async (name, fn) => {
      groups.push(name);
      return fn();
    },
    rawEcho: () => createRawEcho(() => undefined, { guard: false }),
  };
  return { log, groups };
}

const made: string[] = [];
after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function options(over: Partial<TfSetupOptions>): TfSetupOptions {
  return {
    packageName: 'tensorflow-cpu',
    pipArgs: [],
    python: 'python3',
    cache: false,
    workingDirectory: tempDir('tf-setup-wd-'),
    ...over,
  };
}

const fakeProbe = (version: string) => async (): Promise<PythonInfo> => ({
  version,
  executable: '/usr/bin/python3',
  basePrefix: '/usr',
  glibc: '2.36',
});

test('setupTensorFlow reuses a matching virtualenv without pip (checked with importlib.metadata)', async () => {
  // A venv in the action's layout whose site-packages is the real TF 2.21.0 install.
  const real = path.dirname(path.dirname(tfPython()));
  const sitePackages = path.dirname(tfDir());
  const pyDir = path.basename(path.dirname(sitePackages)); // python3.11
  const toolCache = tempDir('tf-setup-reuse-');
  const venv = path.join(toolCache, 'tf-cgo-verify', 'venv', `tensorflow-cpu-2.21.x-py${pyDir.slice(6)}-linux-x64`);
  fs.mkdirSync(path.join(venv, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(venv, 'lib', pyDir), { recursive: true });
  fs.copyFileSync(path.join(real, 'pyvenv.cfg'), path.join(venv, 'pyvenv.cfg'));
  fs.symlinkSync(fs.realpathSync(tfPython()), path.join(venv, 'bin', 'python'));
  fs.symlinkSync(sitePackages, path.join(venv, 'lib', pyDir, 'site-packages'));
  const { log, groups } = quietLog();
  const cache = new ActionCache(
    {
      isFeatureAvailable: () => {
        throw new Error('cache must not be consulted on reuse');
      },
      restoreCache: async () => undefined,
      saveCache: async () => 0,
    },
    { notice: () => undefined, info: () => undefined },
  );
  const result = await setupTensorFlow(options({ versionSpec: '~2.21', cache: true }), {
    log,
    cache,
    probePython: fakeProbe(`${pyDir.slice(6)}.0`),
    env: { RUNNER_TOOL_CACHE: toolCache },
    platform: 'linux',
    arch: 'x64',
  });
  assert.deepEqual(result, {
    python: path.join(venv, 'bin', 'python'),
    version: '2.21.0',
    venv,
    source: 'venv-reused',
    inferredFrom: undefined,
  });
  assert.deepEqual(groups, [], 'neither venv nor pip ran');
});
