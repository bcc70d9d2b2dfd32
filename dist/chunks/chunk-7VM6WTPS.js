import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);

// src/report/markdown.ts
var maxCellChars = 2e3;
var entities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;",
  $: "&#36;"
};
function escapeCell(text) {
  return text.replace(/[&<>"|`*_[\]\\~$]/g, (c) => entities[c] ?? c).replace(/\r\n|\r|\n/g, "<br>");
}
function clip(text, max = maxCellChars) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function code(text, max = maxCellChars) {
  return `<code>${escapeCell(clip(text, max))}</code>`;
}
function fenceFor(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return "`".repeat(Math.max(3, longest + 1));
}

// src/report/source-links.ts
function repoBlobUrl(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return void 0;
  return `${server.replace(/\/+$/, "")}/${repo}/blob/${sha}`;
}
function encodePath(p) {
  return p.split("/").map((s) => encodeURIComponent(s).replace(/[()']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function positionText(pos) {
  return pos.line === void 0 ? pos.path : `${pos.path}:${pos.line}`;
}
function positionLink(pos, repoUrl) {
  if (!repoUrl) return code(positionText(pos));
  const base = repoUrl.replace(/\/+$/, "").replace(/[\s()<>|]/g, (c) => encodeURIComponent(c).replace("(", "%28").replace(")", "%29"));
  let anchor = "";
  if (pos.line !== void 0) anchor = pos.endLine && pos.endLine !== pos.line ? `#L${pos.line}-L${pos.endLine}` : `#L${pos.line}`;
  return `[${escapeCell(positionText(pos))}](${base}/${encodePath(pos.path)}${anchor})`;
}

export {
  escapeCell,
  clip,
  code,
  fenceFor,
  repoBlobUrl,
  positionLink
};
