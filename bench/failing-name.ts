// The failing-name case end to end: a package that declares and calls a TF_ name no TensorFlow
// library exports (test/fixtures/packages/two-files), through the action with its defaults
// (link-against: stubs). "before" is the action as built at another commit (default: where
// this branch left main), which relinks against the real 788 MB libcc after the stub link
// fails; "after" is this checkout's dist/, which knows from the flags stage that the real
// libraries lack the name too and stops there. Both run in this process's run, alternating,
// with one warm tool cache (the stubs made once) and a fresh workspace each (no up-to-date
// output for go build to skip to).
// Usage: npx node bench/failing-name.ts [--runs=5] [--before=<git ref>]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../test/helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../test/helpers/workspace.ts';
import { repoRoot, tfPython } from '../test/helpers/env.ts';
import { runProcess } from '../src/util/process.ts';
import { median, runsFromArgs, fmtMs } from './common.ts';

const runs = runsFromArgs(5);
const beforeArg = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);

async function git(args: string[]): Promise<string> {
  const run = await runProcess('git', args, { cwd: repoRoot });
  if (run.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** dist/ as committed at `ref`, unpacked into a folder of its own. */
async function distAt(ref: string, into: string): Promise<string> {
  const archive = path.join(into, 'dist.tar');
  await git(['archive', '--format=tar', '-o', archive, ref, 'dist']);
  const untar = await runProcess('tar', ['-xf', archive, '-C', into]);
  if (untar.exitCode !== 0) throw new Error(`tar: ${untar.stderr}`);
  return path.join(into, 'dist', 'index.js');
}

// The last commit that still relinked against the real libraries on such a failure.
const RELINKING_COMMIT = '75dd428baaae0644e8f09abe2da75c6ea93f0f5d';
const before = beforeArg ?? RELINKING_COMMIT;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-failing-name-'));
const toolCache = path.join(scratch, 'toolcache');
fs.mkdirSync(toolCache);
const entries = { before: await distAt(before, scratch), after: path.join(repoRoot, 'dist', 'index.js') };

async function once(entry: string): Promise<{ ms: number; relinked: boolean }> {
  const ws = makeWorkspace(fixturePackage('two-files'), 'two-files');
  try {
    const run = await runAction({ workspace: ws, entry, toolCache, inputs: { 'working-directory': 'two-files', python: tfPython() } });
    if (run.exitCode !== 1 || !run.stdout.includes('TF_VersionNotInTensorFlow')) throw new Error(`unexpected run:\n${run.stdout}`);
    return { ms: run.durationMs, relinked: run.stdout.includes('building again against the real TensorFlow libraries') };
  } finally {
    removeWorkspace(ws);
  }
}

try {
  await once(entries.after); // makes the stubs once, for both
  const times: Record<'before' | 'after', number[]> = { before: [], after: [] };
  const relinked: Record<'before' | 'after', boolean[]> = { before: [], after: [] };
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
      const r = await once(entries[side]);
      times[side].push(r.ms);
      relinked[side].push(r.relinked);
    }
  }
  const [b, a] = [median(times.before), median(times.after)];
  console.log(`failing-name (two-files, link-against: stubs), ${runs} runs each, alternating; before = dist/ at ${before.slice(0, 12)}`);
  console.log(`  before: median ${fmtMs(b)} (relinked against the real libraries: ${relinked.before.filter(Boolean).length}/${runs})`);
  console.log(`  after:  median ${fmtMs(a)} (relinked: ${relinked.after.filter(Boolean).length}/${runs})`);
  console.log(`  before/after: ${(b / a).toFixed(2)}x`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
