// The top of the job summary, what a reviewer reads first: passed or the failure's cause as
// the heading, then the counts, versions and time (for a pass: what was built and checked).
import type { Diagnostic, Severity } from '../diagnostic.ts';
import type { StageRecord } from '../stage.ts';
import { workspaceRelative } from '../util/workspace-paths.ts';
import { failureHeadline } from './groups.ts';
import { clip, code, escapeCell } from './markdown.ts';
import { formatDuration } from './duration.ts';
import { plural } from './plural.ts';
import type { SummaryData } from './summary-data.ts';

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

/** The heading and the lines a reviewer reads first; `diags` sorted most severe first. */
export function verdictSection(data: SummaryData, diags: readonly Diagnostic[]): string {
  const time = totalTime(data.stages, data.wallMs);
  const took = time === undefined ? '' : ` in ${formatDuration(time)}`;
  const versions = versionsText(data);
  if (data.result === 'passed') {
    // mode: setup builds nothing: it set up the toolchain for the job's later steps.
    const file = data.sharedObject && code(workspaceRelative(data.sharedObject, data.workspace) ?? data.sharedObject);
    const built = !file
      ? `Set up ${versions ? escapeCell(versions) : 'Go and TensorFlow'}`
      : data.builtElsewhere
        ? `Checked ${file}, built elsewhere,${versions ? ` against ${escapeCell(versions)}` : ''}`
        : `Built ${file}${versions ? ` with ${escapeCell(versions)}` : ''}`;
    // Setting up and resolving pass in every run that gets this far: only the checks are news.
    const checks = data.stages
      .filter((st) => st.status === 'passed')
      .slice(-3)
      .map((st) => escapeCell(st.name));
    const findings = diags.length > 0 ? ` (${countsText(diags)})` : '';
    // The library's TensorFlow range, from the C API history: which versions it claims, checked.
    const label = data.builtElsewhere ? 'The file' : 'TensorFlow range';
    const range = data.tensorflowRange ? `${label}: ${escapeCell(data.tensorflowRange)}.\n\n` : '';
    return (
      `## ✅ tf-cgo-verify passed${findings}\n\n` +
      `${built}${took}.\n\n` +
      (checks.length > 0 ? `Passed: ${checks.join(' · ')}.\n\n` : '') +
      range
    );
  }
  const headline = failureHeadline(diags, data.workspace);
  const title = headline ? escapeCell(clip(headline, 200)) : 'tf-cgo-verify failed';
  const facts = [diags.length > 0 ? countsText(diags) : 'no findings', versions, time === undefined ? '' : formatDuration(time)].filter(
    Boolean,
  );
  // For a file built elsewhere, the TensorFlow it was built for is half of the answer.
  const builtFor = data.builtElsewhere && data.tensorflowRange ? `The file: ${escapeCell(data.tensorflowRange)}.\n\n` : '';
  return `## ❌ ${title}\n\n${escapeCell(facts.join(' · '))}\n\n${builtFor}`;
}
