// A build the file system stopped (a full disk, a read-only one, a folder the user may not
// write) is an EnvironmentError, and leaves nothing half-written at the output: cmd/go removes
// a file it could not finish copying, and the action checks. A file the build made there and
// did not finish is removed; one that was there before the build is left as it is, and said.
import fs from 'node:fs';
import path from 'node:path';
import type { EnvironmentError } from '../environment-error.ts';
import type { FileSystemFailure } from '../parse/file-system-failure.ts';
import { fileSystemError, fileSystemFailureOfErrno, isOutputFailure } from '../resolve/file-system-error.ts';

/** The output before the build: absent, or its identity and contents' stamp. */
export type OutputBefore = { existed: false } | { existed: true; ino: number; size: number; mtimeMs: number };

export function outputBefore(output: string): OutputBefore {
  try {
    const stat = fs.lstatSync(output);
    return { existed: true, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return { existed: false };
  }
}

/** What is at the output after the failed build, in a sentence; a partial file the build made is removed. */
async function outputNote(output: string, before: OutputBefore, failure: FileSystemFailure): Promise<string | undefined> {
  const name = path.basename(output);
  const now = await fs.promises.lstat(output).catch(() => undefined);
  if (!now) return isOutputFailure(failure, output) ? `No partial ${name} is left there.` : undefined;
  if (!before.existed) {
    // Only the build can have made it, and it did not finish: removing it loses nothing of the user's.
    const removed = await fs.promises.rm(output, { force: true }).then(
      () => true,
      () => false,
    );
    return removed
      ? `The partial ${name} the build left there was removed.`
      : `The build left a partial ${name} there that could not be removed: delete it.`;
  }
  const unchanged = now.ino === before.ino && now.size === before.size && now.mtimeMs === before.mtimeMs;
  return unchanged
    ? `The ${name} there from before this build is unchanged.`
    : `The ${name} there from before this build was changed and may be incomplete; the action leaves it: delete it or build again.`;
}

export interface OutputFailureContext {
  output: string;
  before: OutputBefore;
  env: NodeJS.ProcessEnv;
}

/** The build's file-system failure as the error to throw, after the output is checked. */
export async function buildFileSystemError(failure: FileSystemFailure, context: OutputFailureContext): Promise<EnvironmentError> {
  const note = await outputNote(context.output, context.before, failure);
  return fileSystemError(failure, {
    command: 'go build',
    env: context.env,
    output: context.output,
    ...(note ? { outputNote: note } : {}),
  });
}

/**
 * Why the output's folder cannot be made: the error of making its first missing level alone.
 * A recursive mkdir on a read-only file system says ENOENT, not EROFS (Node 24).
 */
async function firstLevelError(folder: string, error: unknown): Promise<unknown> {
  let missing = folder;
  while (path.dirname(missing) !== missing && !fs.existsSync(path.dirname(missing))) missing = path.dirname(missing);
  return fs.promises.mkdir(missing).then(
    () => error,
    (levelError: unknown) => levelError,
  );
}

/** The action's own failure to make the output's folder, when the file system is the cause. */
export async function outputFolderError(
  error: unknown,
  context: Omit<OutputFailureContext, 'before'>,
): Promise<EnvironmentError | undefined> {
  const cause = (error as NodeJS.ErrnoException).code === 'ENOENT' ? await firstLevelError(path.dirname(context.output), error) : error;
  const failure = fileSystemFailureOfErrno(cause, 'mkdir');
  if (!failure) return undefined;
  return fileSystemError(failure, { command: 'tf-cgo-verify', env: context.env, output: context.output });
}
