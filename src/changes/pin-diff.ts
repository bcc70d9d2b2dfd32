// What a pull request did to the version pins: the pin files git reports as changed between
// base and head, and per file the pins whose version differs, placed on their line in the
// new file (where GitHub can show an annotation inline in the PR's diff).
import { gitError, gitSucceeded, runGit, type GitOptions } from './git.ts';
import { pinFileKind } from './pin-files.ts';
import { pinEntries, type PinEntry, type PinSubject } from './pin-versions.ts';

export interface PinChange {
  /** Repo-relative, '/' separators. */
  file: string;
  /** 1-based line in the new file: the changed pin, or where a removed pin was. */
  line: number;
  subject: PinSubject;
  /** tensorflow-cpu, github.com/wamuir/graft, go, toolchain, golang, tensorflow-version, go-version. */
  name: string;
  /** The pin's name before, when the PR replaced one package with another (tensorflow -> tensorflow-cpu). */
  fromName?: string;
  /** Undefined when the PR added the pin. */
  from?: string;
  /** Undefined when the PR removed the pin. */
  to?: string;
  /** The new line as the diff shows it: "+tensorflow-cpu==2.21.0" (or "-..." for a removed pin). */
  diffLine: string;
  /** The old line, "-tensorflow-cpu==2.20.0", when there was one. */
  oldLine?: string;
  /** The line is among the lines the PR added, so GitHub shows an annotation on it inline. */
  inDiff: boolean;
}

export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

/** The `@@ -a,b +c,d @@` headers of a unified diff. */
export function parseHunks(diff: string): Hunk[] {
  const hunks: Hunk[] = [];
  for (const m of diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    hunks.push({
      oldStart: Number(m[1]),
      oldCount: m[2] === undefined ? 1 : Number(m[2]),
      newStart: Number(m[3]),
      newCount: m[4] === undefined ? 1 : Number(m[4]),
    });
  }
  return hunks;
}

function isAdded(line: number, hunks: readonly Hunk[]): boolean {
  return hunks.some((h) => line >= h.newStart && line < h.newStart + h.newCount);
}

/** Where an old line that the PR deleted sits in the new file (the line after which it was). */
function newLineForDeleted(oldLine: number, hunks: readonly Hunk[]): number {
  let shift = 0;
  for (const h of hunks) {
    if (oldLine < h.oldStart) break;
    if (oldLine < h.oldStart + h.oldCount) return Math.max(1, h.newStart);
    shift += h.newCount - h.oldCount;
  }
  return Math.max(1, oldLine + shift);
}

type Keyed = { entry: PinEntry; key: string };

/** Keys pins by subject, name and occurrence, so the second `go-version:` matches the second. */
function keyed(entries: readonly PinEntry[]): Keyed[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const base = `${entry.subject}\0${entry.name}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { entry, key: `${base}\0${n}` };
  });
}

/** The pin changes in one file, from its old and new text and the diff's hunks. Pure. */
export function comparePinFile(file: string, oldText: string | undefined, newText: string, hunks: readonly Hunk[]): PinChange[] {
  const oldLines = (oldText ?? '').split(/\r?\n/);
  const newLines = newText.split(/\r?\n/);
  const before = keyed(oldText === undefined ? [] : pinEntries(file, oldText));
  const after = keyed(pinEntries(file, newText));
  const byKey = new Map(before.map((k) => [k.key, k.entry]));
  const matched = new Set<string>();
  const changes: PinChange[] = [];
  const added: PinEntry[] = [];
  const plus = (e: PinEntry) => `+${(newLines[e.line - 1] ?? '').trimEnd()}`;
  const minus = (e: PinEntry) => `-${(oldLines[e.line - 1] ?? '').trimEnd()}`;
  for (const { entry, key } of after) {
    const old = byKey.get(key);
    if (!old) {
      if (isAdded(entry.line, hunks)) added.push(entry);
      continue;
    }
    matched.add(key);
    if (old.version === entry.version) continue;
    changes.push({
      file,
      line: entry.line,
      subject: entry.subject,
      name: entry.name,
      from: old.version,
      to: entry.version,
      diffLine: plus(entry),
      oldLine: minus(old),
      inDiff: isAdded(entry.line, hunks),
    });
  }
  const removed = before.filter((k) => !matched.has(k.key)).map((k) => k.entry);
  for (const entry of added) {
    // A pin of the same subject removed in the same file: one package replaced by another.
    const i = removed.findIndex((r) => r.subject === entry.subject);
    const old = i >= 0 ? removed.splice(i, 1)[0] : undefined;
    if (old && old.name === entry.name && old.version === entry.version) continue;
    changes.push({
      file,
      line: entry.line,
      subject: entry.subject,
      name: entry.name,
      ...(old && old.name !== entry.name ? { fromName: old.name } : {}),
      ...(old ? { from: old.version, oldLine: minus(old) } : {}),
      to: entry.version,
      diffLine: plus(entry),
      inDiff: true,
    });
  }
  for (const old of removed) {
    changes.push({
      file,
      line: newLineForDeleted(old.line, hunks),
      subject: old.subject,
      name: old.name,
      from: old.version,
      diffLine: minus(old),
      oldLine: minus(old),
      inDiff: false,
    });
  }
  return changes.sort((a, b) => a.line - b.line);
}

export interface PinDiff {
  changes: PinChange[];
  /** Why the diff could not be read, for a notice. */
  reason?: string;
}

async function blob(root: string, rev: string, file: string, options: GitOptions): Promise<string | undefined> {
  const r = await runGit(root, ['cat-file', 'blob', `${rev}:${file}`], options);
  return gitSucceeded(r) ? r.stdout : undefined;
}

/** The pin changes between two commits of the repository at `root`, restricted to `pathspecs`. */
export async function diffPins(
  root: string,
  base: string,
  head: string,
  pathspecs: readonly string[],
  options: GitOptions = {},
): Promise<PinDiff> {
  const diffArgs = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames'];
  const names = await runGit(root, [...diffArgs, '--name-only', '-z', base, head, '--', ...pathspecs], options);
  if (!gitSucceeded(names)) return { changes: [], reason: `git diff ${base.slice(0, 12)} ${head} failed: ${gitError(names)}` };
  const files = names.stdout.split('\0').filter((f) => f !== '' && pinFileKind(f) !== undefined);
  const perFile = await Promise.all(
    files.map(async (file) => {
      const [hunks, oldText, newText] = await Promise.all([
        runGit(root, [...diffArgs, '-U0', base, head, '--', `:(literal)${file}`], options),
        blob(root, base, file, options),
        blob(root, head, file, options),
      ]);
      // A deleted pin file leaves no line to point at.
      if (newText === undefined || !gitSucceeded(hunks)) return [];
      return comparePinFile(file, oldText, newText, parseHunks(hunks.stdout));
    }),
  );
  return { changes: perFile.flat() };
}
