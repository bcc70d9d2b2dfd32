// Findings that share a cause, grouped for the job summary: 25 calls to names TensorFlow does
// not have are one entry with one Why and one Fix, not 25 rows. Two findings share a cause
// when they have the same severity and kind and their explanation and fix read the same once
// each one's own name (symbol, library, header) is taken out. Generic: any finding kind groups
// this way. Pure.
import type { Diagnostic, Stage } from '../diagnostic.ts';
import { compareSeverity } from '../diagnostic.ts';
import { everyWorkspacePosition, workspacePositions, type WorkspacePosition } from '../util/workspace-paths.ts';
import { plural } from './plural.ts';

export interface FindingGroup {
  /** In input order; the first one speaks for the group. */
  findings: Diagnostic[];
  /** The group's heading: the finding's title, or a count for several. */
  title: string;
}

/** The finding's own names, longest first (a demangled name may contain the symbol). */
function ownNames(d: Diagnostic): string[] {
  return [d.symbol, d.demangled, d.library, d.header]
    .filter((n): n is string => Boolean(n && n.length > 1))
    .sort((a, b) => b.length - a.length);
}

function withoutOwnNames(text: string | undefined, names: readonly string[]): string {
  let out = text ?? '';
  for (const name of names) out = out.split(name).join('\u0000');
  return out;
}

/** Equal for findings that share a cause. */
export function causeKey(d: Diagnostic): string {
  const names = ownNames(d);
  // A pin change, or a finding with a rank of its own, stands alone.
  if (d.kind === 'pin-change' || d.rank) return JSON.stringify([d.kind, d.title, d.message, d.locations]);
  return JSON.stringify([d.severity, d.kind, withoutOwnNames(d.message, names), withoutOwnNames(d.fix, names)]);
}

/** How many places in the repository the findings point at (each finding counts at least once). */
export function placeCount(findings: readonly Diagnostic[], workspace: string): number {
  return findings.reduce((n, d) => n + Math.max(1, workspacePositions(d, workspace).length), 0);
}

function groupTitle(findings: readonly Diagnostic[], workspace: string): string {
  const first = findings[0]!;
  if (findings.length === 1) return first.title;
  const places = placeCount(findings, workspace);
  const version = first.kind === 'not-in-tensorflow' ? /is not in (.+)$/.exec(first.title)?.[1] : undefined;
  if (version) return `${plural(places, 'call', 'calls')} to names ${version} does not have`;
  return `${first.title} and ${findings.length - 1} more like it`;
}

/** Groups in severity order (errors first), each group where its first finding was. */
export function groupFindings(diagnostics: readonly Diagnostic[], workspace: string): FindingGroup[] {
  const byKey = new Map<string, Diagnostic[]>();
  const sorted = [...diagnostics].sort((a, b) => compareSeverity(a.severity, b.severity));
  for (const d of sorted) {
    const key = causeKey(d);
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
  }
  return [...byKey.values()].map((findings) => ({ findings, title: groupTitle(findings, workspace) }));
}

/** Every place of a group in the repository, in order: each finding's own, then its related places (a merged warning's other uses). */
export function groupPositions(group: FindingGroup, workspace: string): WorkspacePosition[] {
  return group.findings.flatMap((d) => everyWorkspacePosition(d, workspace));
}

const COMPILE_KINDS = new Set<Diagnostic['kind']>(['missing-header', 'cgo-unknown-name', 'c-compile-error', 'go-compile-error']);

function failedStep(d: Diagnostic): string {
  const byStage: Record<Stage, string> = {
    input: 'Bad input',
    setup: 'Setup failed',
    resolve: 'Setup failed',
    flags: 'Link failed',
    build: COMPILE_KINDS.has(d.kind) ? 'Build failed' : 'Link failed',
    inspect: 'Check failed',
    smoke: 'Load failed',
    changes: 'Failed',
  };
  return byStage[d.stage];
}

/**
 * The failure in one line, naming its first cause and where it is:
 * "Link failed: TF_Foo is not in TensorFlow 2.21.0 (b.go:17)", plus how many other causes.
 * Undefined when no finding is an error. The pin change explains a failure; it is not one.
 */
export function failureHeadline(diagnostics: readonly Diagnostic[], workspace: string): string | undefined {
  const groups = groupFindings(
    diagnostics.filter((d) => d.severity === 'error' && d.kind !== 'pin-change'),
    workspace,
  );
  const first = groups[0];
  if (!first) return undefined;
  const at = groupPositions(first, workspace)[0];
  const where = at ? ` (${at.path}${at.line !== undefined ? `:${at.line}` : ''})` : '';
  const more = groups.length > 1 ? `, and ${plural(groups.length - 1, 'more problem', 'more problems')}` : '';
  return `${failedStep(first.findings[0]!)}: ${first.title}${where}${more}`;
}
