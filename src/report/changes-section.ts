// The job summary's "What this pull request changed" section: each version pin the PR
// changed with its diff lines and place, or why the comparison could not be made and how to
// enable it. Empty outside a pull request and when no pin changed.
import { describeChange } from '../changes/cause.ts';
import type { PinChange } from '../changes/pin-diff.ts';
import { code, escapeCell } from './markdown.ts';
import { positionLink } from './source-links.ts';

export interface ChangesSectionData {
  changes: readonly PinChange[];
  /** Why the PR's changes could not be read. */
  reason?: string;
  /** How to let the action read them. */
  hint?: string;
}

const MAX_ROWS = 20;
const MAX_LINE_CHARS = 300;

/** `repoUrl`: the blob URL prefix (repoBlobUrl); PinChange.file is repository-relative, as blob paths are. */
export function renderChangesSection(data: ChangesSectionData, repoUrl?: string): string {
  const heading = '### What this pull request changed\n\n';
  if (data.changes.length === 0) {
    if (!data.reason) return '';
    const hint = data.hint ? ` ${escapeCell(data.hint)}` : '';
    return `${heading}ℹ️ Version pins were not compared with the pull request's base: ${escapeCell(data.reason)}.${hint}\n\n`;
  }
  const rows = data.changes.slice(0, MAX_ROWS).map((c) => {
    const diff =
      c.oldLine && c.oldLine !== c.diffLine
        ? `${code(c.oldLine, MAX_LINE_CHARS)}<br>${code(c.diffLine, MAX_LINE_CHARS)}`
        : code(c.diffLine, MAX_LINE_CHARS);
    return `| ${escapeCell(describeChange(c))} | ${positionLink({ path: c.file, line: c.line }, repoUrl)} | ${diff} |\n`;
  });
  const more = data.changes.length > MAX_ROWS ? `\n… and ${data.changes.length - MAX_ROWS} more version changes.\n` : '';
  return `${heading}| Version change | Where | Diff |\n|---|---|---|\n${rows.join('')}${more}\n`;
}
