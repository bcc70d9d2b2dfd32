// Findings as compiler-style lines for the command line, so editors and terminals can
// jump to them: `file:line:col: error: message`, with the fix on an indented line.
import type { Diagnostic, Location, Severity } from '../diagnostic.ts';
import { formatPosition, workspaceRelative } from '../util/workspace-paths.ts';
import { formatDuration } from './duration.ts';
import { stageLine } from './stage-line.ts';
import type { StageRecord } from '../stage.ts';

export interface CliFormatOptions {
  /** Paths under it are printed relative to it; others stay absolute. */
  cwd: string;
}

const severityWord: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'note' };

const indent = '    ';

// When this runs inside a workflow step, the runner executes any line that starts with
// "::" after leading whitespace, and any "##[command]" anywhere in a line (actions/runner
// ActionCommand.TryParseV2 / TryParse). Tool text must not become a command: a zero-width
// space breaks both markers without changing what a reader sees.
function inert(line: string): string {
  return line.replace(/##\[/g, '##\u200b[').replace(/^(\s*):(?=:)/, '$1:\u200b');
}

function displayPath(file: string, cwd: string): string {
  return workspaceRelative(file, cwd) ?? file;
}

function positionOf(loc: Location, cwd: string): string {
  const line = loc.line !== undefined && loc.line > 0 ? loc.line : undefined;
  const column = line !== undefined && loc.column !== undefined && loc.column > 0 ? loc.column : undefined;
  return formatPosition(displayPath(loc.file, cwd), line, column);
}

/** Lines to print, in the findings' order; no trailing newlines. */
export function formatForCli(diags: readonly Diagnostic[], options: CliFormatOptions): string[] {
  const out: string[] = [];
  for (const d of diags) {
    const [first = '', ...rest] = (d.message.trim() || d.title).split(/\r?\n/);
    const where = d.locations && d.locations.length > 0 ? d.locations : d.toolLocation ? [d.toolLocation] : [];
    const prefixes = where.length > 0 ? where.map((loc) => positionOf(loc, options.cwd)) : ['tf-cgo-verify'];
    for (const prefix of [...new Set(prefixes)]) {
      out.push(`${prefix}: ${severityWord[d.severity]}: ${first}`);
      for (const line of rest) out.push(`${indent}${line}`);
    }
    const fixLines = d.fix?.trim() ? d.fix.trim().split(/\r?\n/) : [];
    fixLines.forEach((line, i) => out.push(`${indent}${i === 0 ? 'fix: ' : '     '}${line}`));
  }
  return out.map(inert);
}

/** One line of each stage's own time and the run's wall time (the stages overlap, so they add up to more). */
export function stageTimesLine(stages: readonly StageRecord[], wallMs: number): string {
  const times = stages.filter((s) => s.durationMs !== undefined).map((s) => `${stageLine(s)} ${formatDuration(s.durationMs!)}`);
  return `Stage times: ${times.join(', ')}; wall time ${formatDuration(wallMs)}`;
}
