// The derived compile flags are those tf.sysconfig.get_compile_flags() gives for the installed
// TensorFlow (the include folder as -isystem rather than -I).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tfPython } from '../helpers/env.ts';
import { locateTensorFlow } from '../../src/resolve/tensorflow.ts';
import { tensorflowCompileFlags } from '../../src/flags/compile-flags.ts';
import { runProcess } from '../../src/util/process.ts';
import fs from 'node:fs';
import path from 'node:path';

test("the compile flags are the installed TensorFlow's get_compile_flags()", async () => {
  const tf = await locateTensorFlow(tfPython());
  const run = await runProcess(tfPython(), ['-c', 'import json, tensorflow as tf; print(json.dumps(tf.sysconfig.get_compile_flags()))'], {
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
    timeoutMs: 120_000,
  });
  assert.equal(run.exitCode, 0, run.stderr);
  const sysconfig = JSON.parse(run.stdout.trim().split('\n').pop()!) as string[];
  const flags = tensorflowCompileFlags(tf);
  // Beside TensorFlow's, the interpreter's own include folder, for a package that is an extension module.
  const pythonInclude = `-isystem${tf.pythonIncludeDir}`;
  assert.equal(flags.cflags[0], pythonInclude);
  const ours = [...flags.cflags, ...flags.cxxflags].filter((f) => f !== pythonInclude).map((f) => f.replace(/^-isystem/, '-I'));
  assert.deepEqual([...ours].sort(), [...sysconfig].sort());
});

test("the interpreter's include folder is the one its sysconfig names, and holds Python.h", async () => {
  const tf = await locateTensorFlow(tfPython());
  const run = await runProcess(tfPython(), ['-c', 'import sysconfig; print(sysconfig.get_paths()["include"])'], { timeoutMs: 60_000 });
  assert.equal(tf.pythonIncludeDir, run.stdout.trim());
  assert.ok(fs.existsSync(path.join(tf.pythonIncludeDir, 'Python.h')));
});
