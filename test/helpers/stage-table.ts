// Reads the job summary's stage table back: each stage's own time and the run's wall time,
// for tests and benchmarks that check the overlap.
export interface StageRow {
  name: string;
  status: string;
  ms: number;
}

/** Parses formatDuration's "830 ms", "2.8 s" or "1 min 5 s". */
function toMs(time: string): number {
  const m = /^(?:(\d+) min )?([\d.]+) (ms|s)$/.exec(time.replace(/\*/g, '').trim());
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 'ms' ? 1 : 1000);
}

export function stageTable(summary: string): { stages: StageRow[]; wallMs?: number } {
  const heading = '**Stages**';
  const table = summary.slice(summary.indexOf(heading));
  const rows = [...table.slice(0, table.indexOf('\n\n', `${heading}\n\n`.length)).matchAll(/^\|(.+?)\|(.*?)\|(.+?)\|$/gm)]
    .map((m) => ({ name: m[1]!.replace(/\*/g, '').trim(), status: m[2]!.trim(), ms: toMs(m[3]!) }))
    .filter((row) => row.name !== 'Stage' && !row.name.startsWith('---'));
  const wall = rows.find((r) => r.name === 'Wall time');
  return { stages: rows.filter((r) => r !== wall), wallMs: wall?.ms };
}
