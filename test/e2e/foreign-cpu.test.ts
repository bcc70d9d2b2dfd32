// A library built for the other CPU in #cgo LDFLAGS, with the real Go and linker: an AArch64
// library on x86-64, an x86-64 one on arm64 (npm run test:arm64 runs this file in the
// emulated arm64 root too). The linker only says "skipping incompatible" and "cannot find
// -lversioned"; the action names the file and both CPUs on the #cgo line.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, errorsOf } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

const [other, otherCpu, thisCpu] =
  process.arch === 'arm64' ? ['libversioned64.so', 'x86-64', 'AArch64 (arm64)'] : ['libversioned-aarch64.so', 'AArch64 (arm64)', 'x86-64'];

test(`a ${otherCpu} library in #cgo LDFLAGS of a ${thisCpu} build: an error on that line naming the file and both CPUs`, async (t) => {
  const ws = makeWorkspace(fixturePackage('foreign-cpu'), 'foreign-cpu');
  workspaces.push(ws);
  fs.mkdirSync(path.join(ws, 'foreign-cpu', 'lib'));
  fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'elf', other), path.join(ws, 'foreign-cpu', 'lib', 'libversioned.so'));
  const run = await runAction({
    workspace: ws,
    inputs: { 'working-directory': 'foreign-cpu', python: tfPython() },
    timeoutMs: 1_500_000,
  });
  t.diagnostic(`the action took ${(run.durationMs / 1000).toFixed(1)} s`);
  assert.equal(run.exitCode, 1, run.stdout);
  assert.equal(run.outputs.result, 'failed');
  assert.match(run.stdout, /skipping incompatible \S+libversioned\.so when searching for -lversioned/);
  const finding = errorsOf(run).find((e) => e.properties.title === `libversioned.so is built for ${otherCpu}, not ${thisCpu}`);
  assert.ok(finding, run.stdout);
  assert.equal(finding.properties.file, 'foreign-cpu/lib.go');
  assert.equal(finding.properties.line, '6');
  assert.ok(finding.message.includes(path.join(ws, 'foreign-cpu', 'lib', 'libversioned.so')), finding.message);
});
