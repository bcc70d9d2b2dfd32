import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { planInstall, setupTensorFlow, type PythonInfo, type TfSetupLog, type TfSetupOptions } from '../../src/setup/tf-install.ts';
import { InputError } from '../../src/input-error.ts';
import { parseVersionInput } from '../../src/setup/tf-version.ts';
import { createRawEcho } from '../../src/util/raw-output.ts';

const machine = { platform: 'linux', arch: 'x64', glibc: '2.36', packageName: 'tensorflow-cpu' as const, pythonLabel: 'python3' };

test('planInstall: a range picks the newest fitting TF minor and lets pip pick the patch', () => {
  assert.deepEqual(planInstall(parseVersionInput('~2.21'), { ...machine, python: '3.11.7' }, 'tensorflow-version'), {
    label: '2.21.x',
    pipSpec: '==2.21.*',
    accept: ['2.21.x', '>=2.21.0 <2.22.0-0'],
  });
  // Python 3.9: 2.21 is out, 2.20 is the newest in the range that takes it.
  assert.equal(
    planInstall(parseVersionInput('>=2.18 <2.22'), { ...machine, python: '3.9.18' }, 'tensorflow-version').pipSpec,
    '==2.20.*,>=2.18.0,<2.22.0',
  );
  // glibc 2.26 rules out 2.21's manylinux_2_27 wheels.
  assert.equal(
    planInstall(parseVersionInput('latest'), { ...machine, python: '3.12.3', glibc: '2.26' }, 'tensorflow-version').label,
    '2.20.x',
  );
  // A PEP 440 exclusion is passed on to pip as written.
  assert.equal(
    planInstall(parseVersionInput('>=2.18,<2.22,!=2.21.0'), { ...machine, python: '3.11' }, 'tensorflow-version').pipSpec,
    '==2.21.*,>=2.18,<2.22,!=2.21.0',
  );
  // Beyond the table, pip resolves the range.
  assert.deepEqual(planInstall(parseVersionInput('>=2.22'), { ...machine, python: '3.12' }, 'tensorflow-version').pipSpec, '>=2.22.0');
  assert.deepEqual(planInstall(parseVersionInput('2.21.0'), { ...machine, python: '3.12' }, 'tensorflow-version'), {
    label: '2.21.0',
    pipSpec: '==2.21.0',
    accept: ['2.21.0'],
  });
});

test('planInstall: an impossible combination is refused with what would work', () => {
  assert.throws(
    () => planInstall(parseVersionInput('2.21.0'), { ...machine, python: '3.9.18' }, 'tensorflow-version'),
    (e: unknown) =>
      e instanceof InputError &&
      e.input === 'tensorflow-version' &&
      e.message ===
        "Input 'tensorflow-version': TensorFlow 2.21 supports Python 3.10-3.13; python3 is 3.9: use actions/setup-python with 3.12, or tensorflow-version 2.20",
  );
  assert.throws(
    () => planInstall(parseVersionInput('~2.21'), { ...machine, python: '3.9' }, 'tensorflow-version-file'),
    (e: unknown) => e instanceof InputError && e.input === 'tensorflow-version-file' && /or tensorflow-version 2\.20$/.test(e.message),
  );
});

test('planInstall: a version older than the compatibility table is refused before pip runs', () => {
  for (const asked of ['2.10.1', '2.11', '<2.12', '==2.8.*']) {
    assert.throws(
      () => planInstall(parseVersionInput(asked), { ...machine, python: '3.10' }, 'tensorflow-version'),
      (e: unknown) => e instanceof InputError && /is older than TensorFlow 2\.12, the oldest release this action knows/.test(e.message),
      asked,
    );
  }
  assert.equal(planInstall(parseVersionInput('>=2.5 <2.13'), { ...machine, python: '3.10' }, 'tensorflow-version').label, '2.12.x');
});

function quietLog() {
  const lines: string[] = [];
  const groups: string[] = [];
  const log: TfSetupLog = {
    info: (m) => lines.push(m),
    notice: (m) => lines.push(`notice: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    group: async (name, fn) => {
      groups.push(name);
      return fn();
    },
    rawEcho: () => createRawEcho(() => undefined, { guard: false }),
  };
  return { log, lines, groups };
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

test('setupTensorFlow refuses a Python 3.9 for TF 2.21 before making any virtualenv', async () => {
  const toolCache = tempDir('tf-setup-cache-');
  const { log } = quietLog();
  await assert.rejects(
    setupTensorFlow(options({ versionSpec: '2.21' }), {
      log,
      probePython: fakeProbe('3.9.18'),
      env: { RUNNER_TOOL_CACHE: toolCache },
      platform: 'linux',
      arch: 'x64',
    }),
    (e: unknown) =>
      e instanceof InputError &&
      e.input === 'tensorflow-version' &&
      e.message ===
        "Input 'tensorflow-version': TensorFlow 2.21 supports Python 3.10-3.13; python3 is 3.9: use actions/setup-python with 3.12, or tensorflow-version 2.20",
  );
  assert.deepEqual(fs.readdirSync(toolCache), []);
});

// A real Python 3.9, when this machine has one (pyenv), goes through the real probe.
const python39 = (() => {
  const versions = path.join(process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv'), 'versions');
  const dir = fs.existsSync(versions) ? fs.readdirSync(versions).find((v) => v.startsWith('3.9.')) : undefined;
  return dir ? path.join(versions, dir, 'bin', 'python3.9') : undefined;
})();

test('setupTensorFlow refuses TF 2.21 for a real Python 3.9', { skip: !python39 && 'no Python 3.9 on this machine' }, async () => {
  const toolCache = tempDir('tf-setup-cache-');
  await assert.rejects(
    setupTensorFlow(options({ versionSpec: '2.21.0', python: python39! }), { log: quietLog().log, env: { RUNNER_TOOL_CACHE: toolCache } }),
    (e: unknown) =>
      e instanceof InputError &&
      e.input === 'tensorflow-version' &&
      e.message ===
        `Input 'tensorflow-version': TensorFlow 2.21 supports Python 3.10-3.13; ${python39} is 3.9: use actions/setup-python with 3.12, or tensorflow-version 2.20`,
  );
  assert.deepEqual(fs.readdirSync(toolCache), []);
});

test('setupTensorFlow infers the version from graft in go.mod and says from which line', async () => {
  const wd = tempDir('tf-setup-gomod-');
  fs.copyFileSync(path.join(repoRoot, 'test/fixtures/tf/graft/go.mod'), path.join(wd, 'go.mod'));
  const { log, lines } = quietLog();
  await assert.rejects(
    setupTensorFlow(options({ workingDirectory: wd }), {
      log,
      probePython: fakeProbe('3.13.1'),
      env: { RUNNER_TOOL_CACHE: tempDir('tf-setup-cache-') },
      platform: 'linux',
      arch: 'x64',
    }),
    (e: unknown) =>
      e instanceof InputError &&
      e.message ===
        "Input 'tensorflow-version': TensorFlow 2.18 supports Python 3.9-3.12; python3 is 3.13: use actions/setup-python with 3.11, or tensorflow-version 2.21",
  );
  assert.ok(
    lines.some((l) =>
      l.startsWith(
        'Inferred TensorFlow 2.18.0 from go.mod:9 github.com/wamuir/graft v0.10.0 (graft v0.10.0 is built from TensorFlow 2.18.0)',
      ),
    ),
    lines.join('\n'),
  );
});

test('setupTensorFlow: no version asked for returns the given python untouched', async () => {
  let probed = false;
  const result = await setupTensorFlow(options({ python: '/opt/py/bin/python3' }), {
    log: quietLog().log,
    probePython: async () => {
      probed = true;
      throw new Error('not called');
    },
  });
  assert.deepEqual(result, { python: '/opt/py/bin/python3', source: 'given-python' });
  assert.equal(probed, false);
});

test('setupTensorFlow: bad tensorflow-package and version-file inputs name the input', async () => {
  const deps = { log: quietLog().log, probePython: fakeProbe('3.11.7') };
  await assert.rejects(
    setupTensorFlow(options({ packageName: 'tensorflow-gpu', versionSpec: '2.21' }), deps),
    (e: unknown) =>
      e instanceof InputError &&
      e.input === 'tensorflow-package' &&
      /'tensorflow-gpu' is not one of 'tensorflow-cpu', 'tensorflow'/.test(e.message),
  );
  await assert.rejects(
    setupTensorFlow(options({ versionFile: 'missing-requirements.txt' }), deps),
    (e: unknown) => e instanceof InputError && e.input === 'tensorflow-version-file' && /cannot read/.test(e.message),
  );
  const wd = tempDir('tf-setup-req-');
  fs.copyFileSync(path.join(repoRoot, 'test/fixtures/tf/requirements-none.txt'), path.join(wd, 'requirements.txt'));
  await assert.rejects(
    setupTensorFlow(options({ workingDirectory: wd, versionFile: 'requirements.txt' }), deps),
    (e: unknown) => e instanceof InputError && /has no tensorflow or tensorflow-cpu requirement/.test(e.message),
  );
});

test('setupTensorFlow on linux/arm64: tensorflow unless tensorflow-package says otherwise', async () => {
  const deps = (arch: string) => ({
    log: quietLog().log,
    probePython: fakeProbe('3.9.18'),
    env: { RUNNER_TOOL_CACHE: tempDir('tf-setup-cache-') },
    platform: 'linux',
    arch,
  });
  // Unset: tensorflow, which has aarch64 wheels, so the only problem left is the Python.
  const onlyPython =
    "Input 'tensorflow-version': TensorFlow 2.21 supports Python 3.10-3.13; python3 is 3.9: use actions/setup-python with 3.12, or tensorflow-version 2.20";
  await assert.rejects(
    setupTensorFlow(options({ versionSpec: '2.21', packageName: undefined }), deps('arm64')),
    (e: unknown) => e instanceof InputError && e.message === onlyPython,
  );
  // The user's tensorflow-cpu is honoured, and refused for want of an arm64 wheel.
  await assert.rejects(
    setupTensorFlow(options({ versionSpec: '2.21', packageName: 'tensorflow-cpu' }), deps('arm64')),
    (e: unknown) =>
      e instanceof InputError &&
      e.message.includes('tensorflow-cpu 2.21 has no wheel for Linux arm64: set tensorflow-package to tensorflow') &&
      !e.message.includes('tensorflow-version 2.'),
  );
});
