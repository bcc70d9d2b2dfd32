// Chooses which findings become workflow annotations. GitHub shows at most 10 errors,
// 10 warnings and 10 notices per step and drops the rest silently, so this sends the
// most useful ones first and spends the last slot of a full severity on saying where
// the others are. Pure: src/main.ts passes each entry to core.error/warning/notice,
// which does all escaping of messages and properties.
import type { AnnotationProperties } from '@actions/core';
import type { Diagnostic, DiagnosticKind, Severity } from '../diagnostic.ts';
import { compareSeverity } from '../diagnostic.ts';
import { originText, workspacePositions } from './paths.ts';

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
}

export interface PlanOptions {
  workspace: string;
  limits?: AnnotationLimits;
  /** Whether a SARIF file is written, so the overflow note can point at it. */
  sarif?: boolean;
}

export const githubAnnotationLimits: AnnotationLimits = { error: 10, warning: 10, notice: 10 };

const maxTitleLength = 100;

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

/** The finding's message, its fix, and where it came from when that is not a workspace file. */
export function annotationMessage(d: Diagnostic, origin?: string): string {
  const parts = [d.message.trim() || d.title];
  if (d.fix?.trim()) parts.push(`Fix: ${d.fix.trim()}`);
  if (origin) parts.push(`Reported ${origin}`);
  return parts.join('\n');
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
    const message = annotationMessage(d, originText(d));
    const annotation = { severity: d.severity, message, properties: { title } };
    return [{ annotation, finding, locationIndex: 0, hasFile: false, specificity: spec, first }];
  }
  const message = annotationMessage(d);
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

// Most useful first: ranked first (the PR's pin change, the one line in its diff), placed on a
// workspace line, then each finding's first call site before further call sites of findings
// already shown, then named symbol/library/header, then input order.
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    compareSeverity(a.annotation.severity, b.annotation.severity) ||
    Number(b.first) - Number(a.first) ||
    Number(b.hasFile) - Number(a.hasFile) ||
    Number(a.locationIndex > 0) - Number(b.locationIndex > 0) ||
    a.specificity - b.specificity ||
    a.finding - b.finding ||
    a.locationIndex - b.locationIndex
  );
}

const severityWords: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices'],
};

function overflowNote(severity: Severity, limit: number, findings: number, locations: number, sarif: boolean): PlannedAnnotation {
  const [one, many] = severityWords[severity];
  const where = sarif ? 'the job summary and the SARIF file' : 'the job summary';
  const parts: string[] = [];
  if (findings > 0) parts.push(`${findings} more ${findings === 1 ? one : many}`);
  if (locations > 0) parts.push(`${locations} more ${locations === 1 ? 'location' : 'locations'} of the ${many} above`);
  const message = `${parts.join(' and ')} not annotated here (at most ${limit} ${many} are annotated per step): see ${where}.`;
  return { severity, message, properties: { title: `More ${many} in the job summary` } };
}

export function planAnnotations(diags: readonly Diagnostic[], options: PlanOptions): AnnotationPlan {
  const limits = options.limits ?? githubAnnotationLimits;
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
  candidates.sort(compareCandidates);

  const annotations: PlannedAnnotation[] = [];
  const omitted: AnnotationLimits = { error: 0, warning: 0, notice: 0 };
  const omittedLocations: AnnotationLimits = { error: 0, warning: 0, notice: 0 };
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofSeverity = candidates.filter((c) => c.annotation.severity === severity);
    const limit = Math.max(0, Math.floor(limits[severity]));
    const sent = ofSeverity.length <= limit ? ofSeverity : ofSeverity.slice(0, Math.max(0, limit - 1));
    const shownFindings = new Set(sent.map((c) => c.finding));
    const dropped = ofSeverity.slice(sent.length);
    const droppedFindings = new Set(dropped.filter((c) => !shownFindings.has(c.finding)).map((c) => c.finding));
    omitted[severity] = droppedFindings.size;
    omittedLocations[severity] = dropped.filter((c) => shownFindings.has(c.finding)).length;
    annotations.push(...sent.map((c) => c.annotation));
    if (dropped.length > 0 && limit > 0) {
      annotations.push(overflowNote(severity, limit, omitted[severity], omittedLocations[severity], options.sarif ?? false));
    }
  }
  return { annotations, omitted, omittedLocations };
}
