// Renders the job summary ($GITHUB_STEP_SUMMARY) as markdown that reads top-down: a heading
// that names the cause, a compact table of findings (same cause, one entry), each entry's Why
// and Fix as text, then the details (stages, flags in code blocks, notes, raw output) folded.
// A passing run is a few lines. GitHub skips a summary over 1 MiB with an error, so this
// keeps within a byte budget: raw output tails are cut first, then entries, each with a
// notice saying what was cut and where the rest is.
import type { Diagnostic, Severity } from '../diagnostic.ts';
import { compareSeverity } from '../diagnostic.ts';
import { workspacePositions, workspaceRelative, originText } from './paths.ts';
import type { StageRecord, StageStatus } from '../stage.ts';
import { renderChangesSection, type ChangesSectionData } from './changes-section.ts';
import { clip, code, escapeCell } from './markdown.ts';
import { positionLink } from './source-links.ts';
import { failureHeadline, groupFindings, groupPositions, type FindingGroup } from './groups.ts';

export interface SummaryData {
  result: 'passed' | 'failed';
  diagnostics: readonly Diagnostic[];
  workspace: string;
  /** `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}`: see repoBlobUrl. */
  repoUrl?: string;
  versions: { go?: string; tensorflow?: string; python?: string };
  flags: { cgoCflags?: string; cgoLdflags?: string };
  stages: StageRecord[];
  /** The run's wall time; stages that overlap add up to more. */
  wallMs?: number;
  sharedObject?: string;
  /** Raw tool output, e.g. the last 200 lines of a failing go build. */
  rawTail?: { title: string; text: string }[];
  notes?: string[];
  /** The version pins a pull request changed (or why they could not be compared). */
  changes?: ChangesSectionData;
  /** Findings (or further places of findings) that got no annotation: the limit note shows only then. */
  unannotated?: number;
}

export interface SummaryOptions {
  maxBytes?: number;
}

export const summaryByteLimit = 1024 * 1024;

const maxLinksPerRow = 3;
const maxListed = 200;
const minTailBytes = 256;
const tailWrapperReserve = 400;
const noticeReserve = 200;

const severityIcon: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const stageIcon: Record<StageStatus, string> = { passed: '✅', failed: '❌', skipped: '⏭️', stopped: '⏹️' };

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

function tableRow(group: FindingGroup, workspace: string, repoUrl: string | undefined): string {
  const icon = severityIcon[group.findings[0]!.severity];
  return `| ${icon} | ${escapeCell(clip(group.title, 300))} | ${whereCell(group, workspace, repoUrl)} |\n`;
}

/** `- TF_Foo: b.go:17, b.go:20` for each finding of a group of several. */
function groupList(group: FindingGroup, workspace: string, repoUrl: string | undefined): string {
  const items = group.findings.slice(0, maxListed).map((d) => {
    const name = d.symbol ?? d.library ?? d.header;
    const positions = workspacePositions(d, workspace);
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

/** A group's Why and Fix as text under the table, never in its cells. */
function groupSection(group: FindingGroup, workspace: string, repoUrl: string | undefined): string {
  const first = group.findings[0]!;
  const name = first.symbol ?? first.library ?? first.header;
  const lead = group.findings.length > 1 && name ? `For ${code(name)} (the others alike): ` : '';
  const why = `${lead}${escapeCell(clip(first.message))}\n\n`;
  const fix = first.fix ? `**Fix:** ${escapeCell(clip(first.fix))}\n\n` : '';
  const list = group.findings.length > 1 ? groupList(group, workspace, repoUrl) : '';
  return `#### ${severityIcon[first.severity]} ${escapeCell(clip(group.title, 300))}\n\n${why}${fix}${list}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function countsText(diags: readonly Diagnostic[]): string {
  const count = (s: Severity): number => diags.filter((d) => d.severity === s).length;
  return [
    plural(count('error'), 'error', 'errors'),
    plural(count('warning'), 'warning', 'warnings'),
    plural(count('notice'), 'notice', 'notices'),
  ]
    .filter((t) => !t.startsWith('0 '))
    .join(', ');
}

function versionsText(data: SummaryData): string {
  const v = data.versions;
  return [v.go && `Go ${v.go}`, v.tensorflow && `TensorFlow ${v.tensorflow}`, v.python && `Python ${v.python}`].filter(Boolean).join(', ');
}

/** The run's wall time; without it, the stages' sum (which overlapping stages overstate). */
function totalTime(stages: readonly StageRecord[], wallMs: number | undefined): number | undefined {
  if (wallMs !== undefined) return wallMs;
  const times = stages.flatMap((s) => (s.durationMs === undefined ? [] : [s.durationMs]));
  return times.length > 0 ? times.reduce((a, b) => a + b, 0) : undefined;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

/** The heading and the lines a reviewer reads first. */
function headSection(data: SummaryData, diags: readonly Diagnostic[]): string {
  const time = totalTime(data.stages, data.wallMs);
  const took = time === undefined ? '' : ` in ${formatDuration(time)}`;
  const versions = versionsText(data);
  if (data.result === 'passed') {
    // mode: setup builds nothing: it set up the toolchain for the job's later steps.
    const built = data.sharedObject
      ? `Built ${code(workspaceRelative(data.sharedObject, data.workspace) ?? data.sharedObject)}${versions ? ` with ${escapeCell(versions)}` : ''}`
      : `Set up ${versions ? escapeCell(versions) : 'Go and TensorFlow'}`;
    // Setting up and resolving pass in every run that gets this far: only the checks are news.
    const checks = data.stages
      .filter((st) => st.status === 'passed')
      .slice(-3)
      .map((st) => escapeCell(st.name));
    const findings = diags.length > 0 ? ` (${countsText(diags)})` : '';
    return (
      `## ✅ tf-cgo-verify passed${findings}\n\n` + `${built}${took}.\n\n` + (checks.length > 0 ? `Passed: ${checks.join(' · ')}.\n\n` : '')
    );
  }
  const headline = failureHeadline(diags, data.workspace);
  const title = headline ? escapeCell(clip(headline, 200)) : 'tf-cgo-verify failed';
  const facts = [diags.length > 0 ? countsText(diags) : 'no findings', versions, time === undefined ? '' : formatDuration(time)].filter(
    Boolean,
  );
  return `## ❌ ${title}\n\n${escapeCell(facts.join(' · '))}\n\n`;
}

function stagesTable(stages: SummaryData['stages'], wallMs: number | undefined): string {
  if (stages.length === 0) return '';
  const rows = stages.map((st) => {
    const time = st.durationMs === undefined ? '' : formatDuration(st.durationMs);
    return `| ${escapeCell(clip(st.name, 200))} | ${stageIcon[st.status]} ${st.status} | ${time} |\n`;
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
function detailsSection(data: SummaryData): string {
  const body = stagesTable(data.stages, data.wallMs) + flagsBlock(data) + notesList(data.notes);
  return body ? `<details><summary>Stages, flags and notes</summary>\n\n${body}</details>\n\n` : '';
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Annotations beyond GitHub's limits vanish silently; the summary does not. */
export const ANNOTATION_LIMIT_LINE =
  'GitHub shows at most 10 annotations of each severity per step and 50 per job. Every finding is listed here and in the diagnostics JSON.';

/** The last `maxBytes` bytes of `text`, starting at a whole line when one fits. */
function tailBytes(text: string, maxBytes: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= maxBytes) return text;
  let start = buf.length - Math.max(0, maxBytes);
  const newline = buf.indexOf(0x0a, start);
  if (newline !== -1 && newline < buf.length - 1) start = newline + 1;
  while (start < buf.length && (buf[start]! & 0xc0) === 0x80) start++;
  return buf.subarray(start).toString('utf8');
}

function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

// eslint-disable-next-line no-control-regex
const ansiEscape = /\x1b\[[0-9;?]*[A-Za-z]/g;

function renderTail(title: string, text: string, originalBytes: number): string {
  const kept = byteLength(text);
  const cut =
    originalBytes > kept
      ? `_Cut to keep the summary under the size limit: the first ${originalBytes - kept} of ${originalBytes} bytes are omitted; the full output is in the job log._\n\n`
      : '';
  const fence = fenceFor(text);
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `<details><summary>Raw output: ${escapeCell(clip(title, 200))}</summary>\n\n${cut}${fence}text\n${body}${fence}\n\n</details>\n\n`;
}

/** Shares `budget` bytes among the tails: small ones whole, the rest equally. */
function renderTails(tails: readonly { title: string; text: string }[], budget: number): string {
  const texts = tails.map((t) => t.text.replace(/\r\n?/g, '\n').replace(ansiEscape, ''));
  const sizes = texts.map(byteLength);
  const shares = sizes.map(() => 0);
  let left = budget - tails.length * tailWrapperReserve;
  const open = new Set(sizes.map((_, i) => i));
  while (open.size > 0 && left > 0) {
    const share = Math.floor(left / open.size);
    const fitting = [...open].filter((i) => sizes[i]! <= share);
    if (fitting.length === 0) {
      for (const i of open) shares[i] = share;
      break;
    }
    for (const i of fitting) {
      shares[i] = sizes[i]!;
      left -= sizes[i]!;
      open.delete(i);
    }
  }
  let out = '';
  tails.forEach((t, i) => {
    if (shares[i]! >= Math.min(minTailBytes, sizes[i]!)) out += renderTail(t.title, tailBytes(texts[i]!, shares[i]!), sizes[i]!);
    else if (budget - byteLength(out) > noticeReserve)
      out += `_${escapeCell(clip(t.title, 100))}: omitted to keep the summary under the size limit; see the job log._\n\n`;
  });
  return out;
}

function truncateUtf8(text: string, maxBytes: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

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
  const head = headSection(data, diags) + changes;
  const tableHead = groups.length > 0 ? '| | What | Where |\n|---|---|---|\n' : '';
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
    const row = tableRow(group, data.workspace, data.repoUrl);
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
