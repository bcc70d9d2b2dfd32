// Small helpers shared by the benchmarks: medians of repeated timings, CPU time of child processes.
import fs from 'node:fs';
import os from 'node:os';
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function runsFromArgs(fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith('--runs='));
  return arg ? Math.max(1, parseInt(arg.slice('--runs='.length), 10)) : fallback;
}

export function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/**
 * CPU seconds (user + system) of the child processes this process has waited for so far, the
 * whole tree included: each process adds its waited-for children's time to its own on exit.
 */
export function childrenCpuSeconds(): number {
  // /proc/self/stat: the fields after the command's closing parenthesis; cutime and cstime are the 14th and 15th.
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]);
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** The fewest seconds `cpuSeconds` of work can take on this machine's cores. */
export function cpuBoundSeconds(cpuSeconds: number): number {
  return cpuSeconds / os.availableParallelism();
}
