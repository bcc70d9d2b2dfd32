// Maps the absolute paths tools print to repository-root-relative paths. Only a file
// inside GITHUB_WORKSPACE may become an annotation `file` or a SARIF artifact URI: a path
// in the module cache, $WORK or /tmp/go-build attaches to nothing (or to the wrong file).
import path from 'node:path';
import type { Diagnostic, Location } from '../diagnostic.ts';

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

/** A finding's position inside the workspace, with a repo-root-relative path. */
export interface WorkspacePosition {
  path: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

function positiveInt(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

function toPosition(loc: Location, rel: string): WorkspacePosition {
  const pos: WorkspacePosition = { path: rel };
  const line = positiveInt(loc.line);
  if (line === undefined) return pos;
  pos.line = line;
  const endLine = positiveInt(loc.endLine);
  if (endLine !== undefined && endLine >= line) pos.endLine = endLine;
  const column = positiveInt(loc.column);
  if (column !== undefined) pos.column = column;
  const endColumn = positiveInt(loc.endColumn);
  if (column !== undefined && endColumn !== undefined) pos.endColumn = endColumn;
  return pos;
}

/**
 * Where a finding sits in the user's repository: its mapped `locations` that are in the
 * workspace, or, when there are none, the tool's own location if that is a workspace
 * file (a compile error in a cgo preamble already names the .go line). Duplicates dropped.
 */
export function workspacePositions(d: Diagnostic, workspace: string): WorkspacePosition[] {
  return positionsOf(d, workspace, false);
}

/**
 * Every place of a finding in the workspace: its positions (workspacePositions), then its
 * related places there, e.g. the other uses of a deprecated name merged into one finding.
 */
export function everyWorkspacePosition(d: Diagnostic, workspace: string): WorkspacePosition[] {
  return positionsOf(d, workspace, true);
}

function positionsOf(d: Diagnostic, workspace: string, related: boolean): WorkspacePosition[] {
  const found: WorkspacePosition[] = [];
  const seen = new Set<string>();
  const add = (loc: Location): void => {
    const rel = workspaceRelative(loc.file, workspace);
    if (rel === undefined) return;
    const pos = toPosition(loc, rel);
    const key = JSON.stringify(pos);
    if (seen.has(key)) return;
    seen.add(key);
    found.push(pos);
  };
  for (const loc of d.locations ?? []) add(loc);
  if (found.length === 0 && d.toolLocation) add(d.toolLocation);
  if (related) for (const { note: _note, ...loc } of d.relatedLocations ?? []) add(loc);
  return found;
}

function describe(loc: Location): string {
  return formatPosition(loc.file, positiveInt(loc.line), positiveInt(loc.column));
}

/**
 * For a finding with no workspace position: where it was seen, as text for a message,
 * e.g. "at /tmp/go-build/cgo-gcc-prolog:51". Mapped locations outside the workspace
 * (a dependency in the module cache) come first, the tool's location after them.
 */
export function originText(d: Diagnostic): string | undefined {
  const mapped = (d.locations ?? []).map(describe);
  const shown = mapped.slice(0, 3).join(', ') + (mapped.length > 3 ? ` and ${mapped.length - 3} more` : '');
  const tool = d.toolLocation ? describe(d.toolLocation) : undefined;
  if (shown && tool && !mapped.includes(tool)) return `at ${shown} (reported at ${tool})`;
  if (shown) return `at ${shown}`;
  return tool ? `at ${tool}` : undefined;
}

/** A finding's related places in the workspace (the other uses of a deprecated name), each with its note. */
export function relatedWorkspacePositions(d: Diagnostic, workspace: string): (WorkspacePosition & { note: string })[] {
  return (d.relatedLocations ?? []).flatMap(({ note, ...loc }) => {
    const rel = workspaceRelative(loc.file, workspace);
    return rel === undefined ? [] : [{ ...toPosition(loc, rel), note }];
  });
}
