// runProcess: argument arrays, timeouts that kill the whole process group, and programs
// whose descendants keep the output pipes open after they exit. startProcess: programs that
// wait for work, and groups that never outlive the node process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess, startProcess } from '../../src/util/process.ts';
import { goneWithin } from '../helpers/processes.ts';
import { repoRoot } from '../helpers/env.ts';

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

test('a started program gets its input later, reports on fd 3, and a timeout restarted from there kills its group', async () => {
  const records: string[] = [];
  const child = startProcess('sh', ['-c', 'read line; echo "got $line" >&3; sleep 30 & sleep 30'], {
    onChannel: (chunk) => records.push(chunk),
  });
  await new Promise((r) => setTimeout(r, 300));
  child.restartTimeout(60_000);
  child.write('order\n');
  child.restartTimeout(500);
  const run = await child.result;
  assert.equal(records.join(''), 'got order\n');
  assert.equal(run.timedOut, true);
  assert.ok(run.durationMs < 5000, `${run.durationMs} ms`);
});

test('kill stops the whole group, grandchildren too, and is not a timeout', async () => {
  let pid = 0;
  const child = startProcess('sh', ['-c', 'sleep 30 & echo $!; wait'], {
    onOutput: (chunk) => (pid = Number(chunk.trim())),
  });
  while (!pid) await new Promise((r) => setTimeout(r, 20));
  child.kill();
  const run = await child.result;
  assert.equal(run.timedOut, false);
  assert.equal(run.signal, 'SIGKILL');
  assert.ok(await goneWithin(pid), `sleep ${pid} outlived the kill`);
});

for (const [how, end] of [
  ['exits', 'process.exit(0)'],
  ['gets SIGTERM', "process.kill(process.pid, 'SIGTERM')"],
] as const) {
  test(`the groups it started die when the node process ${how}`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-process-'));
    const script = path.join(dir, 'starter.ts');
    fs.writeFileSync(
      script,
      `import { startProcess } from ${JSON.stringify(path.join(repoRoot, 'src', 'util', 'process.ts'))};
startProcess('sh', ['-c', 'sleep 60 & echo $!; wait'], { onOutput: (chunk) => { process.stdout.write(chunk); ${end}; } });
setTimeout(() => undefined, 60_000);
`,
    );
    try {
      const run = await runProcess(process.execPath, [script], { timeoutMs: 30_000 });
      const pid = Number(run.stdout.trim());
      assert.ok(pid > 0, run.combined);
      assert.equal(run.timedOut, false);
      assert.ok(await goneWithin(pid), `sleep ${pid} outlived the node process that started it`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
