// The one `go env` query of a run (resolve), whose answers the stubs, the build cache and the
// wrong-CPU check use: it follows the user's environment, as their own go commands did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import { readGoEnv } from '../../src/resolve/go.ts';
import { runProcess } from '../../src/util/process.ts';

test("readGoEnv answers as go env does, a cross-compiling environment's target and CC included", async () => {
  const native = await readGoEnv(os.tmpdir(), process.env);
  const expected = await runProcess('go', ['env', 'GOOS', 'GOARCH', 'GOCACHE'], { cwd: os.tmpdir() });
  assert.deepEqual([native.goos, native.goarch, native.gocache], expected.stdout.trim().split('\n'));
  assert.ok(native.cc.length > 0, 'CC has a default');
  const cross = await readGoEnv(os.tmpdir(), { ...process.env, GOARCH: 'arm64', CC: 'ccache aarch64-linux-gnu-gcc' });
  assert.equal(cross.goarch, 'arm64');
  assert.deepEqual(cross.cc, ['ccache', 'aarch64-linux-gnu-gcc']);
});

test('a go that cannot answer gives empty values, not an error', async () => {
  const broken = await readGoEnv(os.tmpdir(), { ...process.env, GOTOOLCHAIN: 'no-such-toolchain' });
  assert.deepEqual(broken, { goos: '', goarch: '', cc: [], gocache: '' });
});
