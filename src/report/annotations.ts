// Chooses which findings become workflow annotations. GitHub shows at most 10 errors,
// 10 warnings and 10 notices per step (50 per job) and drops the rest silently, so this
// spends what the step has left of that budget on the most useful findings first, every
// slot on a finding: what did not fit is counted in `overflow`, which the step's final
// message carries (src/outputs.ts decides whether that message is an annotation at all).
// Messages are short (one sentence and the fix): the job summary has the rest.
// Pure: src/main.ts passes each entry to core.error/warning/notice, which does all
// escaping of messages and properties.
import type { AnnotationProperties } from '@actions/core';
import type { Diagnostic, DiagnosticKind, Severity } from '../diagnostic.ts';
import { originText, workspacePositions } from '../util/workspace-paths.ts';

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
  /** In sending order: errors, then warnings, then notices. */
  annotations: PlannedAnnotation[];
  /** Findings of each severity that got no annotation at all. */
  omitted: AnnotationLimits;
  /** Further (finding, location) annotations dropped for findings that did get one. */
  omittedLocations: AnnotationLimits;
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
  locationIndex: number;
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

/**
 * An annotation's message: the first sentence of why (at most 200 characters), where it was
 * reported when that is not a workspace line, then the first sentence of the fix, within
 * 300 characters in all. The job summary has the full text.
 */
export function shortAnnotationMessage(d: Diagnostic, origin?: string): string {
  let why = clipText(firstSentence(d.message) || d.title, maxWhyLength);
  if (origin) why = clipText(`${why} Reported ${origin}.`, maxWhyLength + 60);
  const fix = d.fix?.trim() ? firstSentence(d.fix) : '';
  if (!fix) return clipText(why, maxAnnotationMessageLength);
  const room = maxAnnotationMessageLength - why.length - '\nFix: '.length;
  return room >= 20 ? `${why}\nFix: ${clipText(fix, room)}` : clipText(why, maxAnnotationMessageLength);
}

function specificity(d: Diagnostic): number {
  const named = d.symbol || d.library || d.header ? 0 : 1;
  return named + (genericKinds.has(d.kind) ? 1 : 0);
}

function candidatesFor(d: Diagnostic, finding: number, workspace: string): Candidate[] {
  const title = shortTitle(d.title);
  const positions = workspacePositions(d, workspace);
  const spec = specificity(d);
  const first = d.rank === 'first';
  if (positions.length === 0) {
    const message = shortAnnotationMessage(d, originText(d));
    const annotation = { severity: d.severity, message, properties: { title } };
    return [{ annotation, finding, locationIndex: 0, hasFile: false, specificity: spec, first }];
  }
  const message = shortAnnotationMessage(d);
  return positions.map((pos, locationIndex) => {
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
    const annotation = { severity: d.severity, message, properties };
    return { annotation, finding, locationIndex, hasFile: true, specificity: spec, first };
  });
}

function dedupeKey(a: PlannedAnnotation): string {
  const p = a.properties;
  return JSON.stringify([a.severity, p.file, p.startLine, p.endLine, p.startColumn, p.endColumn, p.title, a.message]);
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Where a candidate goes in sending order, compared element by element (lower first):
 * severity, then ranked first (the PR's pin change: the one line in its diff), then placed on a workspace line, then each finding's first call site before
 * further call sites of findings already shown, then named symbol/library/header, then
 * input order. The one place that decides rank: a new criterion is a new element here.
 */
function rankKey(c: Candidate): number[] {
  return [
    severityRank[c.annotation.severity],
    c.first ? 0 : 1,
    c.hasFile ? 0 : 1,
    c.locationIndex > 0 ? 1 : 0,
    c.specificity,
    c.finding,
    c.locationIndex,
  ];
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

function omittedParts(severity: Severity, findings: number, locations: number): string[] {
  const [one, many] = severityWords[severity];
  const parts: string[] = [];
  if (findings > 0) parts.push(`${findings} more ${findings === 1 ? one : many}`);
  if (locations > 0) parts.push(`${locations} more ${locations === 1 ? 'location' : 'locations'} of the ${many} annotated`);
  return parts;
}

/** One sentence for the final message on everything not annotated, or undefined when nothing was left out. */
export function overflowSentence(omitted: AnnotationLimits, omittedLocations: AnnotationLimits, sarif: boolean): string | undefined {
  const parts = (['error', 'warning', 'notice'] as const).flatMap((s) => omittedParts(s, omitted[s], omittedLocations[s]));
  if (parts.length === 0) return undefined;
  return `${parts.join(', ')} ${parts.length === 1 && /^1 /.test(parts[0]!) ? 'is' : 'are'} not annotated (GitHub shows at most 10 annotations of each severity per step); ${whereAll(sarif)} list every finding.`;
}

export function planAnnotations(diags: readonly Diagnostic[], options: PlanOptions): AnnotationPlan {
  const budget = options.budget ?? githubAnnotationLimits;
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  diags.forEach((d, i) => {
    for (const c of candidatesFor(d, i, options.workspace)) {
      const key = dedupeKey(c.annotation);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(c);
    }
  });
  candidates.sort((a, b) => compareKeys(rankKey(a), rankKey(b)));

  const annotations: PlannedAnnotation[] = [];
  const omitted: AnnotationLimits = { error: 0, warning: 0, notice: 0 };
  const omittedLocations: AnnotationLimits = { error: 0, warning: 0, notice: 0 };
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofSeverity = candidates.filter((c) => c.annotation.severity === severity);
    const sent = ofSeverity.slice(0, Math.max(0, Math.floor(budget[severity])));
    const shownFindings = new Set(sent.map((c) => c.finding));
    const dropped = ofSeverity.slice(sent.length);
    omitted[severity] = new Set(dropped.filter((c) => !shownFindings.has(c.finding)).map((c) => c.finding)).size;
    omittedLocations[severity] = dropped.filter((c) => shownFindings.has(c.finding)).length;
    annotations.push(...sent.map((c) => c.annotation));
  }
  const overflow = overflowSentence(omitted, omittedLocations, options.sarif ?? false);
  return { annotations, omitted, omittedLocations, ...(overflow ? { overflow } : {}) };
}
