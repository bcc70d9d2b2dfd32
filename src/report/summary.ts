// Renders the job summary ($GITHUB_STEP_SUMMARY) as markdown. GitHub skips a summary over
// 1 MiB with an error, so this keeps within a byte budget: raw output tails are cut first,
// then finding rows, each with a notice saying what was cut and where the rest is.
import type { Diagnostic, Severity } from '../diagnostic.ts';
import { compareSeverity } from '../diagnostic.ts';
import { workspacePositions, originText } from './paths.ts';
import type { WorkspacePosition } from './paths.ts';
import type { StageRecord, StageStatus } from '../stage.ts';
import { renderChangesSection, type ChangesSectionData } from './changes-section.ts';

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
}

export interface SummaryOptions {
  maxBytes?: number;
}

export const summaryByteLimit = 1024 * 1024;

const maxCellChars = 2000;
const maxLinksPerRow = 5;
const minTailBytes = 256;
const tailWrapperReserve = 400;
const noticeReserve = 200;

const severityIcon: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const stageIcon: Record<StageStatus, string> = { passed: '✅', failed: '❌', skipped: '⏭️' };

/** The blob URL prefix for links to source lines, from the runner's environment. */
export function repoBlobUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return `${server.replace(/\/+$/, '')}/${repo}/blob/${sha}`;
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  $: '&#36;',
};

/**
 * Text for a table cell or inline HTML: markdown and HTML specials become character
 * references (shown literally, never parsed as structure), newlines become <br>.
 */
export function escapeCell(text: string): string {
  return text.replace(/[&<>"|`*_[\]\\~$]/g, (c) => entities[c] ?? c).replace(/\r\n|\r|\n/g, '<br>');
}

function clip(text: string, max = maxCellChars): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function code(text: string): string {
  return `<code>${escapeCell(clip(text))}</code>`;
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

export function positionLink(pos: WorkspacePosition, repoUrl: string | undefined): string {
  if (!repoUrl) return code(positionText(pos));
  const base = repoUrl.replace(/\/+$/, '').replace(/[\s()<>|]/g, (c) => encodeURIComponent(c).replace('(', '%28').replace(')', '%29'));
  let anchor = '';
  if (pos.line !== undefined) anchor = pos.endLine && pos.endLine !== pos.line ? `#L${pos.line}-L${pos.endLine}` : `#L${pos.line}`;
  return `[${escapeCell(positionText(pos))}](${base}/${encodePath(pos.path)}${anchor})`;
}

function whereCell(d: Diagnostic, workspace: string, repoUrl: string | undefined): string {
  const positions = workspacePositions(d, workspace);
  if (positions.length > 0) {
    const links = positions.slice(0, maxLinksPerRow).map((p) => positionLink(p, repoUrl));
    const more = positions.length - maxLinksPerRow;
    return links.join('<br>') + (more > 0 ? `<br>and ${more} more` : '');
  }
  const origin = originText(d);
  return origin ? escapeCell(clip(origin.replace(/^at /, ''))) : '—';
}

function whatCell(d: Diagnostic): string {
  const names: string[] = [];
  if (d.symbol) names.push(code(d.demangled && d.demangled !== d.symbol ? d.demangled : d.symbol));
  if (d.library) names.push(code(d.library));
  if (d.header) names.push(code(d.header));
  const title = `**${escapeCell(clip(d.title, 300))}**`;
  return names.length > 0 ? `${title}<br>${names.join(' ')}` : title;
}

function findingRow(d: Diagnostic, workspace: string, repoUrl: string | undefined): string {
  const cells = [
    severityIcon[d.severity],
    whatCell(d),
    whereCell(d, workspace, repoUrl),
    escapeCell(clip(d.message)),
    d.fix ? escapeCell(clip(d.fix)) : '',
  ];
  return `| ${cells.join(' | ')} |\n`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function countsLine(diags: readonly Diagnostic[]): string {
  if (diags.length === 0) return 'No findings.';
  const count = (s: Severity): number => diags.filter((d) => d.severity === s).length;
  return `${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}, ${plural(count('notice'), 'notice', 'notices')}.`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

function stagesSection(stages: SummaryData['stages'], wallMs: number | undefined): string {
  if (stages.length === 0) return '';
  const rows = stages.map((s) => {
    const time = s.durationMs === undefined ? '' : formatDuration(s.durationMs);
    return `| ${escapeCell(clip(s.name, 200))} | ${stageIcon[s.status]} ${s.status} | ${time} |\n`;
  });
  if (wallMs !== undefined) rows.push(`| **Wall time** | | **${formatDuration(wallMs)}** |\n`);
  return `### Stages\n\n| Stage | Result | Time |\n|---|---|---|\n${rows.join('')}\n`;
}

function environmentSection(data: SummaryData): string {
  const rows: [string, string | undefined][] = [
    ['Go', data.versions.go],
    ['TensorFlow', data.versions.tensorflow],
    ['Python', data.versions.python],
    ['CGO_CFLAGS', data.flags.cgoCflags],
    ['CGO_LDFLAGS', data.flags.cgoLdflags],
    ['Shared object', data.sharedObject],
  ];
  const present = rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  if (present.length === 0) return '';
  return `### Versions and flags\n\n| | |\n|---|---|\n${present.map(([k, v]) => `| ${k} | ${code(v)} |\n`).join('')}\n`;
}

function notesSection(notes: readonly string[] | undefined): string {
  if (!notes || notes.length === 0) return '';
  return `### Notes\n\n${notes.map((n) => `- ${escapeCell(clip(n))}\n`).join('')}\n`;
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Annotations beyond GitHub's limits vanish silently; the summary does not. */
export const ANNOTATION_LIMIT_LINE =
  '_Every finding is listed here (and in the diagnostics JSON), annotated or not: GitHub shows at most 10 annotations of each severity per step and 50 per job, so some findings have no annotation when there are many, or when earlier steps of the job used some of the 50._';

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
  return `<details><summary>${escapeCell(clip(title, 200))}</summary>\n\n${cut}${fence}text\n${body}${fence}\n\n</details>\n\n`;
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

export function renderSummary(data: SummaryData, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? summaryByteLimit;
  const diags = [...data.diagnostics].sort((a, b) => compareSeverity(a.severity, b.severity));
  // The PR's pin changes come first: they are what the reviewer changed.
  const changes = data.changes ? renderChangesSection(data.changes, data.repoUrl) : '';
  const head = `## ${data.result === 'passed' ? '✅' : '❌'} tf-cgo-verify ${data.result}\n\n${countsLine(diags)}\n\n${changes}`;
  const tableHead = diags.length > 0 ? '### Findings\n\n| | What | Where | Why | Fix |\n|---|---|---|---|---|\n' : '';
  const rest = stagesSection(data.stages, data.wallMs) + environmentSection(data) + notesSection(data.notes);

  // Finding rows get what is left after the fixed parts; raw tails only what rows leave.
  // Room stays for two notices: rows cut, raw output cut.
  const fixedBytes = byteLength(head + tableHead + ANNOTATION_LIMIT_LINE + rest) + 2 * noticeReserve;
  let rows = '';
  let rowBytes = 0;
  let kept = 0;
  for (const d of diags) {
    const row = findingRow(d, data.workspace, data.repoUrl);
    const size = byteLength(row);
    if (fixedBytes + rowBytes + size > maxBytes) break;
    rows += row;
    rowBytes += size;
    kept++;
  }
  const cutRows = diags.length - kept;
  const rowsNotice =
    cutRows > 0
      ? `\n**… ${cutRows} more findings omitted: see the diagnostics JSON** (the summary is limited to ${maxBytes} bytes).\n`
      : '';
  const findings = tableHead ? `${tableHead}${rows}${rowsNotice}\n${ANNOTATION_LIMIT_LINE}\n\n` : '';

  let out = head + findings + rest;
  const tails = data.rawTail ?? [];
  if (tails.length > 0) {
    const heading = '### Raw output\n\n';
    const budget = maxBytes - byteLength(out + heading);
    if (budget > noticeReserve) out += heading + renderTails(tails, budget);
    else out += '_Raw output omitted to keep the summary under the size limit; see the job log._\n';
  }
  if (byteLength(out) <= maxBytes) return out;
  // Only reachable with a tiny maxBytes or huge notes/flags: cut hard, but say so.
  const notice = '\n\n**… summary cut at the size limit: see the diagnostics JSON and the job log.**\n';
  return truncateUtf8(out, maxBytes - byteLength(notice)) + notice;
}
