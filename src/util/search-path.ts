// Colon-separated search paths (PATH, LD_LIBRARY_PATH): put a folder in front, once.
import path from 'node:path';

/** `dir` first, then the existing entries, without `dir` twice (a step may add it again). */
export function prependSearchPath(dir: string, existing: string | undefined): string {
  const rest = (existing ?? '').split(path.delimiter).filter((entry) => entry !== '' && entry !== dir);
  return [dir, ...rest].join(path.delimiter);
}
