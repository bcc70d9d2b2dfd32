// Whether cmd/go compiled a cgo package in this run or took it from its build cache. cmd/go
// prints a C or C++ compiler's warnings only when it compiles: for a cached package it prints
// nothing, so warnings seem to come and go with the cache. With -work, cmd/go keeps its work
// folder and names it on the first line of its standard error (`WORK=/tmp/go-build123`); a
// package it compiles gets an object folder there (`$WORK/b001/`) that holds cgo's translation
// of each of its cgo files (`wordcount.cgo1.go`), and a cached package gets none.
import fs from 'node:fs';
import path from 'node:path';

const workLine = /^WORK=(.*)\n/;

/** cmd/go's work folder named on the first line of `stderr`, and the output without that line. */
export function splitWorkLine(stderr: string): { workDir?: string; output: string } {
  const m = workLine.exec(stderr);
  return m ? { workDir: m[1]!, output: stderr.slice(m[0].length) } : { output: stderr };
}

/** The output as it streams, without cmd/go's `WORK=` first line. */
export interface WorkLineFilter {
  write(chunk: string): string;
  /** What is held back when the output ends (a first line that never ended). */
  end(): string;
  readonly workDir: string | undefined;
}

export function createWorkLineFilter(): WorkLineFilter {
  let pending = '';
  let done = false;
  let workDir: string | undefined;
  return {
    write(chunk) {
      if (done) return chunk;
      pending += chunk;
      if (!pending.startsWith('WORK=')) {
        // Held back only while it may still become `WORK=`.
        if ('WORK='.startsWith(pending)) return '';
        done = true;
        const out = pending;
        pending = '';
        return out;
      }
      const end = pending.indexOf('\n');
      if (end < 0) return '';
      done = true;
      workDir = pending.slice('WORK='.length, end);
      const out = pending.slice(end + 1);
      pending = '';
      return out;
    },
    end() {
      const out = pending;
      pending = '';
      done = true;
      return out;
    },
    get workDir() {
      return workDir;
    },
  };
}

/** The stem cgo names its files after: `wordcount` for `.../wordcount.go`. */
const stem = (file: string): string => path.basename(file).replace(/\.go$/, '');

/**
 * Whether the work folder holds the object folder of a package with these cgo files (each one's
 * `<stem>.cgo1.go`): cmd/go compiled that package in this run.
 */
export async function compiledInWorkDir(workDir: string, cgoFiles: readonly string[]): Promise<boolean> {
  if (cgoFiles.length === 0) return false;
  const dirs = await fs.promises.readdir(workDir, { withFileTypes: true }).catch(() => []);
  for (const dir of dirs) {
    if (!dir.isDirectory() || !/^b\d+$/.test(dir.name)) continue;
    const names = new Set(await fs.promises.readdir(path.join(workDir, dir.name)).catch(() => []));
    if (cgoFiles.every((file) => names.has(`${stem(file)}.cgo1.go`))) return true;
  }
  return false;
}

/** Removes cmd/go's work folder; only a folder named as cmd/go names it (go-build<digits>). */
export async function removeWorkDir(workDir: string | undefined): Promise<void> {
  if (!workDir || !path.isAbsolute(workDir) || !/^go-build\d+$/.test(path.basename(workDir))) return;
  await fs.promises.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
}
