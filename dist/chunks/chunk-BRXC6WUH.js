import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);

// src/report/job-exports.ts
function exportLines(exports) {
  const lines = Object.entries(exports.env).map(([name, value]) => `${name}=${value}`);
  if (exports.path.length > 0) lines.push(`PATH=${[...exports.path, "$PATH"].join(":")}`);
  return lines;
}
function renderExportsSection(exports) {
  const lines = exportLines(exports);
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [
    "### Exported for the later steps of this job",
    "",
    "Set through GITHUB_ENV and GITHUB_PATH: `go test`, `go build` and `go run` in later steps use these.",
    "",
    `${fence}sh`,
    ...lines,
    fence,
    ""
  ].join("\n");
}
function shellQuote(word) {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
function shellExportLines(exports) {
  const lines = Object.entries(exports.env).map(([name, value]) => `export ${name}=${shellQuote(value)}`);
  if (exports.path.length > 0) lines.push(`export PATH=${exports.path.map(shellQuote).join(":")}:"$PATH"`);
  return lines;
}

export {
  exportLines,
  renderExportsSection,
  shellExportLines
};
