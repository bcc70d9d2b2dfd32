// A shared object "built elsewhere", for the library input: the action itself builds a fixture
// package on the given TensorFlow, and the file is copied into a folder of its own.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from './run-action.ts';
import { makeWorkspace, removeWorkspace } from './workspace.ts';
import { repoRoot } from './env.ts';

/** Builds `from` with the action on `python`'s TensorFlow; returns the built file's copy (the caller removes its folder). */
export async function builtElsewhere(from: string, python: string): Promise<string> {
  const ws = makeWorkspace(from, 'pkg');
  try {
    const entry = path.join(repoRoot, 'src', 'index.ts');
    const run = await runAction({ workspace: ws, entry, inputs: { 'working-directory': 'pkg', python } });
    assert.equal(run.exitCode, 0, run.stdout);
    const built = run.outputs['shared-object']!;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-built-')), path.basename(built));
    fs.copyFileSync(built, file);
    return file;
  } finally {
    removeWorkspace(ws);
  }
}
