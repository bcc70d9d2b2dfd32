// Finds the processes a test started, by a marker in their environment (children inherit
// it), so that a test can check that none is left once a run has ended.
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';

export function processMarker(): { name: string; value: string } {
  return { name: 'TF_CGO_VERIFY_TEST_MARKER', value: randomBytes(8).toString('hex') };
}

/** Live processes (zombies aside) whose environment holds name=value. */
export function processesWith(marker: { name: string; value: string }): number[] {
  const wanted = `${marker.name}=${marker.value}`;
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (/^\d+ \(.*\) Z /s.test(stat)) continue;
      if (fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(wanted)) found.push(Number(entry));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Polls until no process carries the marker; returns those still there after `ms`. */
export async function leftoverProcesses(marker: { name: string; value: string }, ms = 5000): Promise<number[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left = processesWith(marker);
    if (left.length === 0 || Date.now() > until) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /s.test(stat);
  } catch {
    return false;
  }
}

/** Whether the process is gone within `ms` (a killed process takes a moment to die). */
export async function goneWithin(pid: number, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
