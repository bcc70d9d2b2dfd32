// Chooses which findings become workflow annotations. GitHub shows at most 10 errors,
// 10 warnings and 10 notices per step (50 per job) and drops the rest silently, so this
// spends what the step has left of that budget on the most useful findings first, every
// slot on a finding: what did not fit is counted in `overflow`, which the step's final
// message carries (src/outputs.ts decides whether that message is an annotation at all).
// Messages are short (one sentence and the fix): the job summary has the rest.
// Pure: src/main.ts passes each entry to core.error/warning/notice, which does all
// escaping of messages and properties.
import type { AnnotationProperties } from '@actions/core';
import { compareFileOrder, type Diagnostic, type DiagnosticKind, type Severity } from '../diagnostic.ts';
import { originText, workspacePositions, type WorkspacePosition } from '../util/workspace-paths.ts';

export interface AnnotationLimits {
  error: number;
  warning: number;
  notice: number;
}

export interface PlannedAnnotation {
  severity: Severity;
  message: string;
  properties: AnnotationProperties & { title: string };
}

export interface AnnotationPlan {
  /** In sending order: errors, then warnings, then notices; one per finding. */
  annotations: PlannedAnnotation[];
  /** Findings of each severity that got no annotation. */
  omitted: AnnotationLimits;
  /**
   * The sentence the final message carries when something was not annotated (how many,
   * and that the summary and SARIF have them all); undefined when everything was.
   */
  overflow?: string;
}

export interface PlanOptions {
  workspace: string;
  /** Annotations of each severity the step may still print: GitHub's limits less what it has printed. */
  budget?: AnnotationLimits;
  /** Whether a SARIF file is written, so the overflow sentence can point at it. */
  sarif?: boolean;
}

export const githubAnnotationLimits: AnnotationLimits = { error: 10, warning: 10, notice: 10 };

/** What is left of GitHub's per-step limits once the step has printed `used` annotations. */
export function remainingBudget(used: AnnotationLimits): AnnotationLimits {
  const left = (s: Severity) => Math.max(0, githubAnnotationLimits[s] - used[s]);
  return { error: left('error'), warning: left('warning'), notice: left('notice') };
}

const maxTitleLength = 100;
/** An annotation's message: one sentence of why, at most this long, then the fix on one line. */
const maxWhyLength = 200;
export const maxAnnotationMessageLength = 300;

// Kinds that say something failed without naming what; they go after the specific ones.
const genericKinds = new Set<DiagnosticKind>([
  'linker-error',
  'more-undefined-references',
  'c-compile-error',
  'c-compile-warning',
  'python-exception',
  'killed-by-signal',
  'timeout',
  'other',
]);

interface Candidate {
  annotation: PlannedAnnotation;
  finding: number;
  hasFile: boolean;
  specificity: number;
  /** rank 'first': sent before the rest of its severity, so a full budget never drops it. */
  first: boolean;
}

export function shortTitle(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  return oneLine.length <= maxTitleLength ? oneLine : `${oneLine.slice(0, maxTitleLength - 1)}…`;
}

/** The finding's message, its fix, and where it came from when that is not a workspace file (SARIF's text). */
export function annotationMessage(d: Diagnostic, origin?: string): string {
  const parts = [d.message.trim() || d.title];
  if (d.fix?.trim()) parts.push(`Fix: ${d.fix.trim()}`);
  if (origin) parts.push(`Reported ${origin}`);
  return parts.join('\n');
}

function clipText(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** The first sentence: up to a full stop followed by a space (not the one of "e.g."). */
export function firstSentence(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const end = /(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?=\s)/.exec(oneLine);
  return end ? oneLine.slice(0, end.index + 1) : oneLine;
}

/** How much of an annotation's 300 characters the other places of its finding may take. */
const maxAlsoLength = 90;

/**
 * The finding's other places, for its one annotation: "Also at lines 30, 41; kernel.go:12."
 * As many as fit, then how many more (the job summary lists them all).
 */
export function alsoAtText(first: WorkspacePosition, rest: readonly WorkspacePosition[]): string {
  const sameFile = rest.filter((p) => p.path === first.path && p.line !== undefined).map((p) => String(p.line));
  const elsewhere = rest.filter((p) => !(p.path === first.path && p.line !== undefined)).map(formatPlace);
  const text = (lines: readonly string[], others: readonly string[], more: number) => {
    const items = [...(lines.length > 0 ? [`${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`] : []), ...others];
    return items.length === 0 ? '' : `Also at ${items.join('; ')}${more > 0 ? ` and ${more} more` : ''}.`;
  };
  const all = [...sameFile.map((line) => ({ line })), ...elsewhere.map((place) => ({ place }))];
  for (let shown = all.length; shown > 0; shown--) {
    const kept = all.slice(0, shown);
    const lines = kept.flatMap((k) => ('line' in k ? [k.line] : []));
    const others = kept.flatMap((k) => ('place' in k ? [k.place] : []));
    const candidate = text(lines, others, all.length - shown);
    if (candidate.length <= maxAlsoLength) return candidate;
  }
  return all.length > 0 ? `Also at ${all.length} more places.` : '';
}

function formatPlace(p: WorkspacePosition): string {
  return p.line !== undefined ? `${p.path}:${p.line}` : p.path;
}

/**
 * An annotation's message: the first sentence of why (at most 200 characters), where it was
 * reported when that is not a workspace line, the finding's other places, then the first
 * sentence of the fix, within 300 characters in all. The job summary has the full text.
 */
export function shortAnnotationMessage(d: Diagnostic, origin?: string, alsoAt = ''): string {
  let why = clipText(firstSentence(d.message) || d.title, maxWhyLength);
  if (origin) why = clipText(`${why} Reported ${origin}.`, maxWhyLength + 60);
  if (alsoAt) why = `${why} ${alsoAt}`;
  const fix = d.fix?.trim() ? firstSentence(d.fix) : '';
  if (!fix) return clipText(why, maxAnnotationMessageLength);
  const room = maxAnnotationMessageLength - why.length - '\nFix: '.length;
  return room >= 20 ? `${why}\nFix: ${clipText(fix, room)}` : clipText(why, maxAnnotationMessageLength);
}

function specificity(d: Diagnostic): number {
  const named = d.symbol || d.library || d.header ? 0 : 1;
  return named + (genericKinds.has(d.kind) ? 1 : 0);
}

/**
 * One annotation per finding, one cause: on its first workspace place in file order, the
 * others listed in the message (and, all of them, in the job summary).
 */
function candidateFor(d: Diagnostic, finding: number, workspace: string): Candidate {
  const title = shortTitle(d.title);
  const positions = [...workspacePositions(d, workspace)].sort((a, b) => compareFileOrder({ ...a, file: a.path }, { ...b, file: b.path }));
  const spec = specificity(d);
  const first = d.rank === 'first';
  const [pos, ...rest] = positions;
  if (!pos) {
    const message = shortAnnotationMessage(d, originText(d));
    return { annotation: { severity: d.severity, message, properties: { title } }, finding, hasFile: false, specificity: spec, first };
  }
  const properties: PlannedAnnotation['properties'] = { title, file: pos.path };
  if (pos.line !== undefined) {
    properties.startLine = pos.line;
    const endLine = pos.endLine ?? pos.line;
    properties.endLine = endLine;
    // GitHub rejects columns on an annotation that spans several lines.
    if (pos.column !== undefined && endLine === pos.line) {
      properties.startColumn = pos.column;
      if (pos.endColumn !== undefined && pos.endColumn >= pos.column) properties.endColumn = pos.endColumn;
    }
  }
  const message = shortAnnotationMessage(d, undefined, alsoAtText(pos, rest));
  return { annotation: { severity: d.severity, message, properties }, finding, hasFile: true, specificity: spec, first };
}

function dedupeKey(a: PlannedAnnotation): string {
  const p = a.properties;
  return JSON.stringify([a.severity, p.file, p.startLine, p.endLine, p.startColumn, p.endColumn, p.title, a.message]);
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Where a candidate goes in sending order, compared element by element (lower first):
 * severity, then ranked first (the PR's pin change: the one line in its diff), then placed
 * on a workspace line, then named symbol/library/header, then input order. The one place
 * that decides rank: a new criterion is a new element here.
 */
function rankKey(c: Candidate): number[] {
  return [severityRank[c.annotation.severity], c.first ? 0 : 1, c.hasFile ? 0 : 1, c.specificity, c.finding];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const severityWords: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices'],
};

function whereAll(sarif: boolean): string {
  return sarif ? 'the job summary and the SARIF file' : 'the job summary and the diagnostics JSON';
}

/** One sentence for the final message on the findings not annotated, or undefined when every finding was. */
export function overflowSentence(omitted: AnnotationLimits, sarif: boolean): string | undefined {
  const parts = (['error', 'warning', 'notice'] as const).flatMap((s) => {
    const [one, many] = severityWords[s];
    return omitted[s] > 0 ? [`${omitted[s]} more ${omitted[s] === 1 ? one : many}`] : [];
  });
  if (parts.length === 0) return undefined;
  return `${parts.join(', ')} ${parts.length === 1 && /^1 /.test(parts[0]!) ? 'is' : 'are'} not annotated (GitHub shows at most 10 annotations of each severity per step); ${whereAll(sarif)} list every finding.`;
}

export function planAnnotations(diags: readonly Diagnostic[], options: PlanOptions): AnnotationPlan {
  const budget = options.budget ?? githubAnnotationLimits;
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  diags.forEach((d, i) => {
    const c = candidateFor(d, i, options.workspace);
    const key = dedupeKey(c.annotation);
    if (seen.has(key)) return;
    seen.add(key);
    candidates.push(c);
  });
  candidates.sort((a, b) => compareKeys(rankKey(a), rankKey(b)));

  const annotations: PlannedAnnotation[] = [];
  const omitted: AnnotationLimits = { error: 0, warning: 0, notice: 0 };
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofSeverity = candidates.filter((c) => c.annotation.severity === severity);
    const sent = ofSeverity.slice(0, Math.max(0, Math.floor(budget[severity])));
    omitted[severity] = ofSeverity.length - sent.length;
    annotations.push(...sent.map((c) => c.annotation));
  }
  const overflow = overflowSentence(omitted, options.sarif ?? false);
  return { annotations, omitted, ...(overflow ? { overflow } : {}) };
}
