// A file system that failed under go (src/parse/file-system-failure.ts) as an EnvironmentError:
// a full disk, a read-only one or a folder the action's user may not write is the runner's
// state, not the package's or the inputs'. The message names the place (the output folder,
// Go's build cache, Go's work folder), the path, the free space there for a full disk, and
// the setting that moves it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EnvironmentError } from '../environment-error.ts';
import type { FileSystemFailure, FileSystemProblem } from '../parse/file-system-failure.ts';
import { formatBytes } from '../util/bytes.ts';

export interface FileSystemErrorContext {
  /** Who failed to write: `go build`, `go list`, or the action itself. */
  command: string;
  /** The environment go ran with: GOTMPDIR and TMPDIR place `$WORK`. */
  env: NodeJS.ProcessEnv;
  /** The build's output: a failure on it or beside it is the output folder's. */
  output?: string;
  /** What became of the output (build-stage.ts), a sentence. */
  outputNote?: string;
}

/** Go's work folder: GOTMPDIR, else the temp folder os.TempDir() names. */
function goTempDir(env: NodeJS.ProcessEnv): string {
  return env.GOTMPDIR || env.TMPDIR || os.tmpdir();
}

/** The path on disk: `$WORK/b001/x` lies under Go's temp folder. */
export function resolvedPath(failure: Pick<FileSystemFailure, 'path'>, env: NodeJS.ProcessEnv): string {
  return failure.path.replace(/^\$WORK(?=[/\\]|$)/, path.join(goTempDir(env), 'go-build…'));
}

/** Whether the failing path is the build's output, a file beside it (its C header), or a folder on the way to it. */
export function isOutputFailure(failure: Pick<FileSystemFailure, 'path' | 'place'>, output: string | undefined): boolean {
  if (output === undefined || failure.place !== 'path') return false;
  return path.dirname(failure.path) === path.dirname(output) || output.startsWith(`${failure.path}${path.sep}`);
}

/** Free and total bytes of the file system holding `file`, or of its nearest folder that exists. */
async function spaceAt(file: string): Promise<{ free: number; total: number } | undefined> {
  for (let dir = file; ; dir = path.dirname(dir)) {
    const stats = await fs.promises.statfs(dir).catch(() => undefined);
    if (stats) return { free: stats.bavail * stats.bsize, total: stats.blocks * stats.bsize };
    if (path.dirname(dir) === dir) return undefined;
  }
}

function userName(): string {
  try {
    return `${os.userInfo().username}, uid ${os.userInfo().uid}`;
  } catch {
    return `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}

const causes: Record<FileSystemProblem, () => string> = {
  'no space left on device': () => 'the disk is full',
  'read-only file system': () => 'it is on a read-only file system',
  'permission denied': () => `the user the action runs as (${userName()}) may not write there`,
};

interface Place {
  service: string;
  fix: string;
}

/** Where the failure is, named as the service that failed, and how to move or mend it. */
function placeOf(failure: FileSystemFailure, context: FileSystemErrorContext, file: string): Place {
  const mend =
    failure.problem === 'no space left on device'
      ? 'free space on that disk'
      : failure.problem === 'read-only file system'
        ? 'mount it read-write'
        : 'give the user write access to it';
  if (isOutputFailure(failure, context.output)) {
    return {
      service: `output folder ${path.dirname(context.output ?? file)}`,
      fix: `Set 'output' to a folder of the workspace on a writable disk with room, or ${mend}.`,
    };
  }
  if (failure.place === 'build-cache') {
    return {
      service: `Go's build cache ${failure.cacheDir ?? file} (GOCACHE)`,
      fix: `Set GOCACHE to a folder on a writable disk with room (go env GOCACHE shows the one go uses), or ${mend}.`,
    };
  }
  if (failure.place === 'work-folder') {
    return {
      service: `Go's work folder in ${goTempDir(context.env)} (GOTMPDIR, else TMPDIR)`,
      fix: `Set GOTMPDIR to a folder on a writable disk with room, or ${mend}.`,
    };
  }
  return { service: `folder ${path.dirname(file)}`, fix: `${mend.charAt(0).toUpperCase()}${mend.slice(1)}, then run again.` };
}

/** The failure as the error the front ends report (exit 3 in the CLI). */
export async function fileSystemError(failure: FileSystemFailure, context: FileSystemErrorContext): Promise<EnvironmentError> {
  const file = resolvedPath(failure, context.env);
  const place = placeOf(failure, context, file);
  const what = failure.linked
    ? `${context.command} linked ${path.basename(file)}, then could not write it there`
    : `${context.command} could not ${failure.operation === 'mkdir' ? 'make a folder' : 'write'} there`;
  const space = failure.problem === 'no space left on device' ? await spaceAt(file) : undefined;
  const parts = [
    `${causes[failure.problem]()}: ${what} (${failure.goError}).`,
    ...(space ? [`${formatBytes(space.free)} free of ${formatBytes(space.total)} there now.`] : []),
    ...(context.outputNote ? [context.outputNote] : []),
    place.fix,
  ];
  return new EnvironmentError(place.service, parts.join(' '));
}

const errnoProblems: Record<string, FileSystemProblem> = {
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** A Node file-system error (the action's own mkdir or write) as a failure, when it is one of the three. */
export function fileSystemFailureOfErrno(error: unknown, operation: string): FileSystemFailure | undefined {
  const { code, path: file } = (error ?? {}) as NodeJS.ErrnoException;
  const problem = code ? errnoProblems[code] : undefined;
  if (!problem || !file) return undefined;
  const goError = `${operation} ${file}: ${problem}`;
  return { problem, operation, path: file, place: 'path', linked: false, goError, line: goError };
}
