// Links from the job summary to lines of the user's repository on GitHub.
import type { WorkspacePosition } from '../util/workspace-paths.ts';
import { code, escapeCell } from './markdown.ts';

/** The blob URL prefix for links to source lines, from the runner's environment. */
export function repoBlobUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return `${server.replace(/\/+$/, '')}/${repo}/blob/${sha}`;
}

function encodePath(p: string): string {
  return p
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

function positionText(pos: WorkspacePosition): string {
  return pos.line === undefined ? pos.path : `${pos.path}:${pos.line}`;
}

/** `path:line` linked to its line under `repoUrl` (see repoBlobUrl); inline code without one. */
export function positionLink(pos: WorkspacePosition, repoUrl: string | undefined): string {
  if (!repoUrl) return code(positionText(pos));
  const base = repoUrl.replace(/\/+$/, '').replace(/[\s()<>|]/g, (c) => encodeURIComponent(c).replace('(', '%28').replace(')', '%29'));
  let anchor = '';
  if (pos.line !== undefined) anchor = pos.endLine && pos.endLine !== pos.line ? `#L${pos.line}-L${pos.endLine}` : `#L${pos.line}`;
  return `[${escapeCell(positionText(pos))}](${base}/${encodePath(pos.path)}${anchor})`;
}
