// Renders the job summary ($GITHUB_STEP_SUMMARY) as markdown that reads top-down: a heading
// that names the cause, a compact table of findings (same cause, one entry), each entry's Why
// and Fix as text, then the details (stages, flags in code blocks, notes, raw output) folded.
// A passing run is a few lines. GitHub skips a summary over 1 MiB with an error, so this
// keeps within a byte budget: raw output tails are cut first, then entries, each with a
// notice saying what was cut and where the rest is.
import { compareSeverity } from '../diagnostic.ts';
import { byteLength, truncateUtf8 } from '../util/utf8-bytes.ts';
import { renderChangesSection } from './changes-section.ts';
import { groupFindings } from './groups.ts';
import { plural } from './plural.ts';
import type { SummaryData } from './summary-data.ts';
import { verdictSection } from './summary-verdict.ts';
import { findingsTableHead, findingsTableRow, groupSection } from './summary-findings.ts';
import { detailsSection } from './summary-details.ts';
import { renderOtherVersions } from './other-versions-section.ts';
import { noticeReserve, renderTails } from './summary-raw-output.ts';

export interface SummaryOptions {
  maxBytes?: number;
}

export const summaryByteLimit = 1024 * 1024;

/** Annotations beyond GitHub's limits vanish silently; the summary does not. */
export const ANNOTATION_LIMIT_LINE =
  'GitHub shows at most 10 annotations of each severity per step and 50 per job. Every finding is listed here and in the diagnostics JSON.';

/** Said when the package's objects came from Go's build cache: its compiler warnings were not printed, not absent. */
export const CACHED_OBJECTS_LINE =
  "_Compiler warnings are not shown this run: the package's C/C++ objects came from Go's build cache, and Go prints a compiler's warnings only when it compiles. A run with a cold cache shows them, or add `-a` to `build-flags` (`go build -a`)._";

/** The annotation-limit note, shown only when some finding or place got no annotation. */
function annotationLimitNote(unannotated: number | undefined): string {
  if (!unannotated) return '';
  return `_${plural(unannotated, 'finding or place has', 'findings or places have')} no annotation: ${ANNOTATION_LIMIT_LINE}_\n\n`;
}

export function renderSummary(data: SummaryData, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? summaryByteLimit;
  const diags = [...data.diagnostics].sort((a, b) => compareSeverity(a.severity, b.severity));
  const groups = groupFindings(diags, data.workspace);
  // The PR's pin changes come right after the verdict: they are what the reviewer changed.
  const changes = data.changes ? renderChangesSection(data.changes, data.repoUrl) : '';
  const head =
    verdictSection(data, diags) +
    changes +
    renderOtherVersions(data.otherVersions) +
    (data.objectsFromCache ? `${CACHED_OBJECTS_LINE}\n\n` : '');
  const tableHead = groups.length > 0 ? findingsTableHead : '';
  const limitNote = annotationLimitNote(data.unannotated);
  const rest = detailsSection(data);

  // Entries (a row and its section) get what is left after the fixed parts; raw tails only
  // what entries leave. Room stays for two notices: entries cut, raw output cut.
  const fixedBytes = byteLength(head + tableHead + limitNote + rest) + 2 * noticeReserve;
  let rows = '';
  let sections = '';
  let used = 0;
  let kept = 0;
  for (const group of groups) {
    const row = findingsTableRow(group, data.workspace, data.repoUrl);
    const section = groupSection(group, data.workspace, data.repoUrl);
    const size = byteLength(row + section);
    if (fixedBytes + used + size > maxBytes) break;
    rows += row;
    sections += section;
    used += size;
    kept++;
  }
  const cutGroups = groups.length - kept;
  const cutNotice =
    cutGroups > 0
      ? `**… ${cutGroups} more findings omitted: see the diagnostics JSON** (the summary is limited to ${maxBytes} bytes).\n\n`
      : '';
  const findings = tableHead ? `${tableHead}${rows}\n${cutNotice}${sections}${limitNote}` : '';

  let out = head + findings + rest;
  const tails = data.rawTail ?? [];
  if (tails.length > 0) {
    const budget = maxBytes - byteLength(out);
    if (budget > noticeReserve) out += renderTails(tails, budget);
    else out += '_Raw output omitted to keep the summary under the size limit; see the job log._\n';
  }
  if (byteLength(out) <= maxBytes) return out;
  // Only reachable with a tiny maxBytes or huge notes/flags: cut hard, but say so.
  const notice = '\n\n**… summary cut at the size limit: see the diagnostics JSON and the job log.**\n';
  return truncateUtf8(out, maxBytes - byteLength(notice)) + notice;
}
