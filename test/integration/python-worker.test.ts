// The early Python of the after-import load, against the real TensorFlow: it imports
// tensorflow before it has a library, the smoke timeout starts at the load, its output
// waits for the load, and it never outlives whoever started it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPythonWorker } from '../../src/smoke/python-worker.ts';
import { runProcess } from '../../src/util/process.ts';
import { tfPython, repoRoot } from '../helpers/env.ts';
import { goneWithin, leftoverProcesses, processMarker } from '../helpers/processes.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-worker-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function plainLibrary(): Promise<string> {
  const source = path.join(dir, 'plain.c');
  const library = path.join(dir, 'libplain.so');
  if (fs.existsSync(library)) return library;
  fs.writeFileSync(source, 'int plain_answer(void) { return 42; }\n');
  const cc = await runProcess('gcc', ['-shared', '-fPIC', '-o', library, source]);
  assert.equal(cc.exitCode, 0, cc.combined);
  return library;
}

test('tensorflow is imported before the order comes, and a smoke timeout shorter than the import still passes', async () => {
  const library = await plainLibrary();
  const worker = startPythonWorker({ python: tfPython(), importTensorflow: true, env: process.env, cwd: dir });
  let output = '';
  const result = await worker.load({
    library,
    loadAs: 'ctypes',
    smokeTest: {
      kind: 'inline',
      code: 'import ctypes, os, tensorflow\nprint("answer", ctypes.CDLL(os.environ["TF_CGO_LIBRARY"]).plain_answer())\n',
    },
    timeoutMs: 1000,
    onOutput: (chunk) => (output += chunk),
  });
  const imported = await worker.imported;
  assert.equal(imported.status, 'passed');
  assert.ok(imported.durationMs > 1000, `the import took only ${imported.durationMs} ms: the test proves nothing`);
  assert.equal(result.ok, true, `${JSON.stringify(result.steps)} timedOut=${result.run.timedOut}\n${result.run.combined}`);
  assert.deepEqual(
    result.steps.map((s) => [s.step, s.status]),
    [
      ['import-tensorflow', 'passed'],
      ['load', 'passed'],
      ['smoke-test', 'passed'],
    ],
  );
  assert.match(output, /answer 42/);
  // What it printed while importing, before anyone listened, is passed on too.
  assert.equal(output, result.run.combined);
});

test('a hung smoke test is stopped at the timeout with the grandchild it started', async () => {
  const library = await plainLibrary();
  const pidFile = path.join(dir, 'grandchild.pid');
  const worker = startPythonWorker({ python: tfPython(), importTensorflow: false, env: process.env, cwd: dir });
  const result = await worker.load({
    library,
    loadAs: 'ctypes',
    smokeTest: {
      kind: 'inline',
      code: `import subprocess, time\np = subprocess.Popen(["sleep", "600"])\nopen(${JSON.stringify(pidFile)}, "w").write(str(p.pid))\ntime.sleep(600)\n`,
    },
    timeoutMs: 1500,
  });
  assert.equal(result.run.timedOut, true);
  assert.equal(result.unfinishedStep, 'smoke-test');
  const grandchild = Number(fs.readFileSync(pidFile, 'utf8'));
  assert.ok(await goneWithin(grandchild), `sleep ${grandchild} outlived the timeout`);
});

test('stopped before the library comes, it is gone at once and has passed on nothing', async () => {
  const marker = processMarker();
  const worker = startPythonWorker({
    python: tfPython(),
    importTensorflow: true,
    env: { ...process.env, [marker.name]: marker.value },
    cwd: dir,
  });
  await new Promise((r) => setTimeout(r, 500));
  worker.stop();
  assert.equal((await worker.imported).status, 'stopped');
  assert.deepEqual(await leftoverProcesses(marker), []);
});

test('it stops by itself when the node process that started it is killed outright', async () => {
  const marker = processMarker();
  const script = path.join(dir, 'starter.ts');
  fs.writeFileSync(
    script,
    `import { startPythonWorker } from ${JSON.stringify(path.join(repoRoot, 'src', 'smoke', 'python-worker.ts'))};
startPythonWorker({ python: ${JSON.stringify(tfPython())}, importTensorflow: true, env: process.env, cwd: ${JSON.stringify(dir)} });
process.stdout.write('started\\n');
setTimeout(() => undefined, 60_000);
`,
  );
  const run = runProcess(process.execPath, [script], {
    env: { ...process.env, [marker.name]: marker.value },
    timeoutMs: 1000,
  });
  // SIGKILL at the timeout: no exit handler runs, only the closed stdin tells Python.
  assert.equal((await run).timedOut, true);
  assert.deepEqual(await leftoverProcesses(marker, 10_000), []);
});

test("the exit after tensorflow still runs the smoke test's atexit handlers and the library's destructors: a crash there fails the load", async () => {
  const source = path.join(dir, 'crash-at-exit.c');
  const library = path.join(dir, 'libcrash-at-exit.so');
  // A destructor runs at the process's exit, after the interpreter's own finalization.
  fs.writeFileSync(source, '#include <stdlib.h>\n__attribute__((destructor)) static void on_unload(void) { abort(); }\n');
  const cc = await runProcess('gcc', ['-shared', '-fPIC', '-o', library, source]);
  assert.equal(cc.exitCode, 0, cc.combined);
  const marker = path.join(dir, 'atexit-ran');
  const worker = startPythonWorker({ python: tfPython(), importTensorflow: true, env: process.env, cwd: dir });
  const result = await worker.load({
    library,
    loadAs: 'ctypes',
    smokeTest: { kind: 'inline', code: `import atexit\natexit.register(lambda: open(${JSON.stringify(marker)}, "w").write("ran"))\n` },
    timeoutMs: 60_000,
  });
  assert.deepEqual(
    result.steps.map((s) => [s.step, s.status]),
    [
      ['import-tensorflow', 'passed'],
      ['load', 'passed'],
      ['smoke-test', 'passed'],
    ],
  );
  assert.equal(fs.readFileSync(marker, 'utf8'), 'ran');
  assert.equal(result.run.signal, 'SIGABRT', `exit code ${result.run.exitCode}, signal ${result.run.signal}`);
  assert.equal(result.ok, false);
});
