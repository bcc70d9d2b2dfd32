// Only Linux x64 and Linux arm64 are supported: anywhere else the action refuses before any
// work, with one error naming the platform and listing the supported ones. The platform is injected through a test-only entry to run().
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, errorsOf } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot } from '../helpers/env.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));
const entry = path.join(repoRoot, 'test', 'helpers', 'platform-entry.ts');

for (const [platform, arch] of [
  ['darwin', 'arm64'],
  ['win32', 'x64'],
  ['linux', 'ia32'],
] as const) {
  test(`${platform}/${arch} is refused before any work, with one error that says what is supported`, async () => {
    const ws = makeWorkspace(fixturePackage('hello'), 'hello');
    workspaces.push(ws);
    const run = await runAction({
      workspace: ws,
      entry,
      inputs: { 'working-directory': 'hello', 'go-version': '1.26', 'tensorflow-version': '2.21' },
      env: { TCV_TEST_PLATFORM: platform, TCV_TEST_ARCH: arch },
    });
    assert.equal(run.exitCode, 1, run.stdout);
    const errors = errorsOf(run);
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0]!.message, new RegExp(`this runner is ${platform}/${arch}`));
    assert.match(errors[0]!.message, /Linux x64 and Linux arm64 only \(linux\/x64, linux\/arm64\)/);
    assert.deepEqual(
      run.commands.map((c) => c.command),
      ['error'],
      'something else was done first',
    );
    assert.equal(run.outputs.result, 'failed');
    assert.equal(run.envFile + run.pathFile + run.summary, '');
    assert.deepEqual(
      fs.readdirSync(path.join(ws, 'hello')).filter((f) => /\.(so|h)$/.test(f)),
      [],
      'something was built',
    );
  });
}

for (const arch of ['x64', 'arm64']) {
  test(`the same entry on linux/${arch} goes on to the work`, async () => {
    const ws = makeWorkspace(fixturePackage('hello'), 'hello');
    workspaces.push(ws);
    // A bad input stops it right after the platform check: proof that the check let it through.
    const run = await runAction({
      workspace: ws,
      entry,
      inputs: { 'working-directory': 'hello', 'fail-on': 'sometimes' },
      env: { TCV_TEST_PLATFORM: 'linux', TCV_TEST_ARCH: arch },
    });
    assert.equal(run.exitCode, 1);
    assert.match(errorsOf(run)[0]?.message ?? '', /'fail-on'/);
  });
}
