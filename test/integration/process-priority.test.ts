// Programs started once the after-import Python runs yield to it: nice 10, and their own
// session's scheduling group (autogroup) lowered too, where the kernel has autogroups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import { runProcess, startLaterProcessesInBackground } from '../../src/util/process.ts';

const niceOf = async (ownGroup: boolean, criticalPath = false) => {
  const script =
    'import os; print(os.nice(0)); print(open("/proc/self/autogroup").read().strip() if os.path.exists("/proc/self/autogroup") else "")';
  const run = await runProcess('python3', ['-c', script], { ...(ownGroup ? { timeoutMs: 10_000 } : {}), criticalPath });
  assert.equal(run.exitCode, 0, run.combined);
  const [nice, autogroup] = run.stdout.trim().split('\n');
  return { nice: Number(nice), autogroup: autogroup ?? '' };
};

test('before: the priority the action was started with; after: nice 10, and the autogroup of a process in its own session', async () => {
  const own = os.getPriority();
  assert.equal((await niceOf(true)).nice, own);
  startLaterProcessesInBackground();
  const after = await niceOf(true);
  assert.equal(after.nice, Math.max(10, own));
  assert.equal((await niceOf(false)).nice, Math.max(10, own), 'a program in this process group as well');
  assert.equal((await niceOf(true, true)).nice, own, "another TensorFlow's import, which the run waits for as well, keeps the priority");
  if (fs.existsSync('/proc/self/autogroup') && fs.readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1')
    assert.match(after.autogroup, /nice 10$/, 'the session of its own weighs as a niced one');
});
