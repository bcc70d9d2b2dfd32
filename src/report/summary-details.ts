// The job summary's folded details after the findings: the stages with their times, the
// cgo flags and the notes.
import type { StageStatus } from '../stage.ts';
import { stageLine } from './stage-line.ts';
import { clip, escapeCell, fenceFor } from './markdown.ts';
import { formatDuration } from './duration.ts';
import type { SummaryData } from './summary-data.ts';

const stageIcon: Record<StageStatus, string> = { passed: '✅', failed: '❌', skipped: '⏭️', stopped: '⏹️' };

function stagesTable(stages: SummaryData['stages'], wallMs: number | undefined): string {
  if (stages.length === 0) return '';
  const rows = stages.map((st) => {
    const time = st.durationMs === undefined ? '' : formatDuration(st.durationMs);
    return `| ${escapeCell(clip(stageLine(st), 200))} | ${stageIcon[st.status]} ${st.status} | ${time} |\n`;
  });
  if (wallMs !== undefined) rows.push(`| **Wall time** | | **${formatDuration(wallMs)}** |\n`);
  return `**Stages**\n\n| Stage | Result | Time |\n|---|---|---|\n${rows.join('')}\n`;
}

/** Flags in a code block: a table cell would break them at every hyphen. */
function flagsBlock(data: SummaryData): string {
  const lines = [
    data.flags.cgoCflags && `CGO_CFLAGS=${data.flags.cgoCflags}`,
    data.flags.cgoLdflags && `CGO_LDFLAGS=${data.flags.cgoLdflags}`,
    data.sharedObject && `shared object: ${data.sharedObject}`,
  ].filter((l): l is string => Boolean(l));
  if (lines.length === 0) return '';
  const text = lines.join('\n');
  const fence = fenceFor(text);
  return `**Flags**\n\n${fence}text\n${text}\n${fence}\n\n`;
}

function notesList(notes: readonly string[] | undefined): string {
  if (!notes || notes.length === 0) return '';
  return `**Notes**\n\n${notes.map((n) => `- ${escapeCell(clip(n))}\n`).join('')}\n`;
}

/** Everything a reviewer may want after the verdict, folded. */
export function detailsSection(data: SummaryData): string {
  const body = stagesTable(data.stages, data.wallMs) + flagsBlock(data) + notesList(data.notes);
  return body ? `<details><summary>Stages, flags and notes</summary>\n\n${body}</details>\n\n` : '';
}
