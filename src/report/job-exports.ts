// How mode: setup shows what it exported: a job summary section and the log lines, and the
// shell lines the CLI prints for `eval "$(tf-cgo-verify --mode setup)"`.
import type { JobExports } from '../setup/job-exports.ts';

/** NAME=value lines, then PATH with the prepended folders (the runner keeps PATH's old value after them). */
export function exportLines(exports: JobExports): string[] {
  const lines = Object.entries(exports.env).map(([name, value]) => `${name}=${value}`);
  if (exports.path.length > 0) lines.push(`PATH=${[...exports.path, '$PATH'].join(':')}`);
  return lines;
}

export function renderExportsSection(exports: JobExports): string {
  const lines = exportLines(exports);
  // A fence longer than any run of backticks in the values, so the block cannot end early.
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [
    '### Exported for the later steps of this job',
    '',
    'Set through GITHUB_ENV and GITHUB_PATH: `go test`, `go build` and `go run` in later steps use these.',
    '',
    `${fence}sh`,
    ...lines,
    fence,
    '',
  ].join('\n');
}

/** POSIX shell quoting: the word in single quotes, each ' as '\''. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `export NAME='value'` lines for a POSIX shell to eval. */
export function shellExportLines(exports: JobExports): string[] {
  const lines = Object.entries(exports.env).map(([name, value]) => `export ${name}=${shellQuote(value)}`);
  if (exports.path.length > 0) lines.push(`export PATH=${exports.path.map(shellQuote).join(':')}:"$PATH"`);
  return lines;
}
