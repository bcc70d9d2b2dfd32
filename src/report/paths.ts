// Maps the absolute paths tools print to repository-root-relative paths. Only a file
// inside GITHUB_WORKSPACE may become an annotation `file` or a SARIF artifact URI: a path
// in the module cache, $WORK or /tmp/go-build attaches to nothing (or to the wrong file).
import path from 'node:path';

const windowsAbsolute = /^(?:[A-Za-z]:[\\/]|\\\\)/;

/** The path API that matches how `p` is spelled, so this stays pure on any host. */
function pathApiFor(p: string): path.PlatformPath | undefined {
  if (p.startsWith('/')) return path.posix;
  if (windowsAbsolute.test(p)) return path.win32;
  return undefined;
}

/**
 * `absPath` relative to `workspace`, with `/` separators, when it names a file inside
 * the workspace; `undefined` when it is relative, outside, the workspace itself, or
 * leaves it through `..`. The check is lexical: symlinks are not followed.
 */
export function workspaceRelative(absPath: string, workspace: string): string | undefined {
  if (!absPath || !workspace || absPath.includes('\0')) return undefined;
  const api = pathApiFor(workspace);
  if (!api || pathApiFor(absPath) !== api) return undefined;
  const rel = api.relative(api.resolve(workspace), api.resolve(absPath));
  if (rel === '' || api.isAbsolute(rel)) return undefined;
  const segments = rel.split(api.sep);
  if (segments[0] === '..') return undefined;
  return segments.join('/');
}

/** `file:line:col` as a compiler prints it, with the parts that are known. */
export function formatPosition(file: string, line?: number, column?: number): string {
  if (line === undefined) return file;
  if (column === undefined) return `${file}:${line}`;
  return `${file}:${line}:${column}`;
}
