// The declared-range check (supported-tensorflow against the C API history) on example/:
// 1. what it adds, alone: a fresh process loads the history and the check's modules, reads the
//    range from a pyproject.toml and checks the built library's undefined names (the cost a run
//    pays, import included; reading the names is the inspect stage's, timed apart);
// 2. the whole action with supported-tensorflow: off and with '>=2.12', alternating in this run.
// Target: the check adds under 100 ms (issue 28). The whole-run delta is reported, not judged:
// a 15 s run varies by more than that on a loaded machine.
// Usage: npx node bench/range-check.ts [--runs=3]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../test/helpers/run-action.ts';
import { makeWorkspace, removeWorkspace } from '../test/helpers/workspace.ts';
import { repoRoot, tfPython } from '../test/helpers/env.ts';
import { runProcess } from '../src/util/process.ts';
import { fmtMs, median, runsFromArgs } from './common.ts';

const TARGET_MS = 100;
const runs = runsFromArgs(3);
const self = fileURLToPath(import.meta.url);

/**
 * In the child: first what every run loads anyway (the ELF reader, the requirement parsers,
 * semver) and the library's undefined names (the inspect stage has them); then, timed, what the
 * check adds: the history and the check's modules, reading the range, the check. Prints JSON.
 */
async function child(dir: string, library: string): Promise<void> {
  const [{ readDynamicSymbols }] = await Promise.all([import('../src/elf/elf.ts'), import('../src/setup/tf-version.ts')]);
  const names = (await readDynamicSymbols(library)).filter((s) => !s.defined).map((s) => s.name);
  const started = performance.now();
  const [{ readDeclaredRange }, { checkTensorflowRange }] = await Promise.all([
    import('../src/resolve/declared-range.ts'),
    import('../src/inspect/tensorflow-range.ts'),
  ]);
  const imported = performance.now();
  const declared = await readDeclaredRange('', [dir]);
  const check = checkTensorflowRange({
    undefinedNames: names,
    tf: { version: '2.21.0' },
    arch: process.arch,
    ...(declared ? { declared } : {}),
  });
  const done = performance.now();
  console.log(
    JSON.stringify({ totalMs: done - started, importMs: imported - started, line: check.line, findings: check.diagnostics.length }),
  );
}

async function isolated(dir: string, library: string): Promise<{ ms: number; importMs: number; line?: string }> {
  const run = await runProcess(process.execPath, [self, '--child', dir, library]);
  if (run.exitCode !== 0) throw new Error(`child failed:\n${run.combined}`);
  const out = JSON.parse(run.stdout) as { totalMs: number; importMs: number; line?: string };
  return { ms: out.totalMs, importMs: out.importMs, ...(out.line ? { line: out.line } : {}) };
}

async function wholeRun(range: string): Promise<{ ms: number; library: string; ws: string }> {
  const ws = makeWorkspace(path.join(repoRoot, 'example'), 'example');
  fs.writeFileSync(path.join(ws, 'pyproject.toml'), '[project]\nname = "example"\ndependencies = ["tensorflow-cpu>=2.12"]\n');
  const run = await runAction({
    workspace: ws,
    entry: path.join(repoRoot, 'src', 'index.ts'),
    inputs: { 'working-directory': 'example', python: tfPython(), 'supported-tensorflow': range },
  });
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}`);
  return { ms: run.durationMs, library: run.outputs['shared-object']!, ws };
}

async function main(): Promise<void> {
  const off: number[] = [];
  const on: number[] = [];
  const alone: number[] = [];
  const imports: number[] = [];
  let line: string | undefined;
  const workspaces: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const a = await wholeRun('off');
      const b = await wholeRun('');
      workspaces.push(a.ws, b.ws);
      off.push(a.ms);
      on.push(b.ms);
      const check = await isolated(b.ws, b.library);
      alone.push(check.ms);
      imports.push(check.importMs);
      line = check.line;
    }
  } finally {
    workspaces.forEach(removeWorkspace);
  }
  console.log(
    `range check alone (fresh process): median ${fmtMs(median(alone))} over ${runs}, of which importing the history and the check's modules ${fmtMs(median(imports))}`,
  );
  console.log(`  -> ${line ?? 'no line'}`);
  console.log(
    `whole action on example/: off ${fmtMs(median(off))}, with the pyproject range ${fmtMs(median(on))} (delta ${fmtMs(median(on) - median(off))}, noisy)`,
  );
  const ok = median(alone) < TARGET_MS;
  console.log(`target: the check adds < ${TARGET_MS} ms: ${ok ? 'met' : 'NOT met'}`);
  if (!ok) process.exitCode = 1;
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await main();
