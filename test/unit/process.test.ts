// runProcess: argument arrays, timeouts that kill the whole process group, and programs
// whose descendants keep the output pipes open after they exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runProcess } from '../../src/util/process.ts';

test('arguments reach the program as they are, with no shell in between', async () => {
  const run = await runProcess('printf', ['%s|', '$(id)', 'a b', '`x`']);
  assert.equal(run.exitCode, 0);
  assert.equal(run.stdout, '$(id)|a b|`x`|');
});

test('a program that cannot start reports spawnError', async () => {
  const run = await runProcess('/nonexistent/program', []);
  assert.equal(run.spawnError?.code, 'ENOENT');
});

test('a timeout kills the program and its children', async () => {
  const run = await runProcess('sh', ['-c', 'sleep 30 & sleep 30; echo never'], { timeoutMs: 300 });
  assert.equal(run.timedOut, true);
  assert.ok(run.durationMs < 5000, `${run.durationMs} ms`);
  assert.doesNotMatch(run.stdout, /never/);
});

test('a program that exits while a child still holds its output is done soon after it exits', async () => {
  const run = await runProcess('sh', ['-c', 'sleep 30 & echo parent done; exit 0'], { timeoutMs: 20_000 });
  assert.equal(run.exitCode, 0);
  assert.equal(run.timedOut, false);
  assert.match(run.stdout, /parent done/);
  assert.ok(run.durationMs < 10_000, `${run.durationMs} ms`);
});

test('a descendant that escaped the process group does not stretch a timeout', async () => {
  const run = await runProcess('sh', ['-c', 'setsid sleep 30 & sleep 30'], { timeoutMs: 300 });
  assert.equal(run.timedOut, true);
  assert.ok(run.durationMs < 10_000, `${run.durationMs} ms`);
});
