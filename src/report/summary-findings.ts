// The job summary's findings: a compact table with one row per group of findings that share
// a cause, and under it each group's Why and Fix as text, with every place of a group of several
// and of a finding with more places than its row shows (a deprecated name's uses).
import type { Severity } from '../diagnostic.ts';
import { everyWorkspacePosition, originText } from '../util/workspace-paths.ts';
import { groupPositions, type FindingGroup } from './groups.ts';
import { clip, code, escapeCell } from './markdown.ts';
import { positionLink } from './source-links.ts';

const maxLinksPerRow = 3;
const maxListed = 200;

const severityIcon: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export const findingsTableHead = '| | What | Where |\n|---|---|---|\n';

/** The first places of an entry; a group of several lists them all under its text instead. */
function whereCell(group: FindingGroup, workspace: string, repoUrl: string | undefined): string {
  const positions = groupPositions(group, workspace);
  if (positions.length > 0) {
    const shown = group.findings.length > 1 ? 1 : maxLinksPerRow;
    const links = positions.slice(0, shown).map((p) => positionLink(p, repoUrl));
    const more = positions.length - shown;
    return links.join(', ') + (more > 0 ? ` and ${more} more` : '');
  }
  const origin = originText(group.findings[0]!);
  return origin ? escapeCell(clip(origin.replace(/^at /, ''), 300)) : '—';
}

/** A group's row of the findings table. */
export function findingsTableRow(group: FindingGroup, workspace: string, repoUrl: string | undefined): string {
  const icon = severityIcon[group.findings[0]!.severity];
  return `| ${icon} | ${escapeCell(clip(group.title, 300))} | ${whereCell(group, workspace, repoUrl)} |\n`;
}

/** `- TF_Foo: b.go:17, b.go:20` for each finding of a group of several. */
function groupList(group: FindingGroup, workspace: string, repoUrl: string | undefined): string {
  const items = group.findings.slice(0, maxListed).map((d) => {
    const name = d.symbol ?? d.library ?? d.header;
    const positions = everyWorkspacePosition(d, workspace);
    const where =
      positions.length > 0
        ? positions
            .slice(0, maxLinksPerRow)
            .map((p) => positionLink(p, repoUrl))
            .join(', ')
        : escapeCell(clip(originText(d)?.replace(/^at /, '') ?? '', 300));
    const what = name ? code(name) : escapeCell(clip(d.title, 200));
    return `- ${what}${where ? `: ${where}` : ''}\n`;
  });
  const more = group.findings.length - maxListed;
  const moreLine = more > 0 ? `- … and ${more} more: see the diagnostics JSON\n` : '';
  return `<details><summary>${group.findings.length} findings and where they are</summary>\n\n${items.join('')}${moreLine}\n</details>\n\n`;
}

/** Every place of a single finding whose row shows only the first few, e.g. each use of a deprecated name. */
function placeList(group: FindingGroup, workspace: string, repoUrl: string | undefined): string {
  if (group.findings.length !== 1) return '';
  const positions = everyWorkspacePosition(group.findings[0]!, workspace);
  if (positions.length <= maxLinksPerRow) return '';
  const items = positions.slice(0, maxListed).map((p) => `- ${positionLink(p, repoUrl)}\n`);
  const more = positions.length - items.length;
  const moreLine = more > 0 ? `- … and ${more} more: see the diagnostics JSON\n` : '';
  return `<details><summary>${positions.length} places</summary>\n\n${items.join('')}${moreLine}\n</details>\n\n`;
}

/** A group's Why and Fix as text under the table, never in its cells. */
export function groupSection(group: FindingGroup, workspace: string, repoUrl: string | undefined): string {
  const first = group.findings[0]!;
  const name = first.symbol ?? first.library ?? first.header;
  const lead = group.findings.length > 1 && name ? `For ${code(name)} (the others alike): ` : '';
  const why = `${lead}${escapeCell(clip(first.message))}\n\n`;
  const fix = first.fix ? `**Fix:** ${escapeCell(clip(first.fix))}\n\n` : '';
  const list = group.findings.length > 1 ? groupList(group, workspace, repoUrl) : placeList(group, workspace, repoUrl);
  return `#### ${severityIcon[first.severity]} ${escapeCell(clip(group.title, 300))}\n\n${why}${fix}${list}`;
}
