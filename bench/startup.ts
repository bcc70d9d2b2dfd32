// Startup: how long `node dist/index.js` takes to answer a bad input (INPUT_MODE=bogus), against
// `node -e 0`, alternating the two in the same run so machine load hits both alike. Builds the
// current sources into a temporary folder first (or measures --dist=<folder>). Also lists the
// JavaScript the entry loads before it runs (its static import closure), the usual culprit.
// Target: startup - node -e 0 <= 80 ms (issue 9).
// Run: npx node bench/startup.ts [--runs=N] [--dist=folder]   (default 21 runs)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../src/util/process.ts';
import { repoRoot } from '../test/helpers/env.ts';
import { fmtMs, median, runsFromArgs, timeIt } from './common.ts';

const TARGET_MS = 80;
const runs = runsFromArgs(21);
const distArg = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
const tmp = distArg ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
const dist = distArg ? path.resolve(distArg) : path.join(tmp!, 'dist');

/** CPU seconds (user + system) of this process's waited-for children, from /proc (Linux). */
function childrenCpuMs(): number {
  const fields = fs
    .readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After the command name: field 14 cutime and 15 cstime of proc(5), counted from 1 at "state".
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Runs `fn` and adds the CPU time its child took to `cpu`: less sensitive than wall time to other load. */
async function timeWithCpu(cpu: number[], fn: () => Promise<unknown>): Promise<number> {
  const before = childrenCpuMs();
  const ms = await timeIt(fn);
  cpu.push(childrenCpuMs() - before);
  return ms;
}

/** The files an ES module entry loads before its first statement runs: static imports only. */
function staticClosure(entry: string): { file: string; bytes: number }[] {
  const seen = new Map<string, number>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = fs.readFileSync(file, 'utf8');
    seen.set(file, Buffer.byteLength(text));
    for (const m of text.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"();]*?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g))
      visit(path.resolve(path.dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen].map(([file, bytes]) => ({ file: path.relative(dist, file), bytes }));
}

try {
  if (!distArg) {
    const build = await runProcess(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), dist], {
      cwd: repoRoot,
      timeoutMs: 300_000,
    });
    if (build.exitCode !== 0) throw new Error(`build failed:\n${build.combined}`);
  }
  const entry = path.join(dist, 'index.js');
  // A clean environment: no runner files to write into, only the one bad input.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('STATE_')),
  );
  const badInput = { ...env, INPUT_MODE: 'bogus' };
  const check = await runProcess(process.execPath, [entry], { env: badInput, cwd: os.tmpdir() });
  if (check.exitCode !== 1 || !check.stdout.includes("Input 'mode'"))
    throw new Error(`dist/index.js did not answer the bad input as expected (exit ${check.exitCode}):\n${check.combined}`);

  const baseline: number[] = [];
  const startup: number[] = [];
  const baselineCpu: number[] = [];
  const startupCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(await timeWithCpu(baselineCpu, () => runProcess(process.execPath, ['-e', '0'], { env, cwd: os.tmpdir() })));
    startup.push(await timeWithCpu(startupCpu, () => runProcess(process.execPath, [entry], { env: badInput, cwd: os.tmpdir() })));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const base = median(baseline);
  const start = median(startup);
  const over = start - base;
  const loaded = staticClosure(entry);
  console.log(`node ${process.version}, ${runs} runs each, alternating`);
  console.log(`node -e 0:                        median ${fmtMs(base)} (min ${fmtMs(Math.min(...baseline))})`);
  console.log(`node dist/index.js (bad input):   median ${fmtMs(start)} (min ${fmtMs(Math.min(...startup))})`);
  console.log(`startup - node -e 0:              ${fmtMs(over)} (target <= ${TARGET_MS} ms: ${over <= TARGET_MS ? 'met' : 'NOT met'})`);
  console.log(
    `CPU (user+sys) per run, mean:     node -e 0 ${fmtMs(mean(baselineCpu))}, index.js ${fmtMs(mean(startupCpu))}, difference ${fmtMs(mean(startupCpu) - mean(baselineCpu))}`,
  );
  console.log(
    `loaded before the first statement: ${(loaded.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(0)} KB in ${loaded.length} files`,
  );
  for (const f of loaded.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${(f.bytes / 1024).toFixed(0).padStart(6)} KB  ${f.file}`);
} finally {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
