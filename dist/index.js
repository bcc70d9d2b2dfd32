import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  buildMatrix,
  compareSeverity,
  createRawEcho,
  debug,
  error,
  getInput,
  group,
  info,
  neutralizeCommands,
  notice,
  originText,
  readInputs,
  readMatrixInputs,
  readMode,
  runPipeline,
  setFailed,
  setOutput,
  userFacingMessage,
  warning,
  workspacePositions,
  workspaceRelative
} from "./chunks/chunk-PTZRQFH6.js";

// src/main.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// src/report/annotations.ts
var githubAnnotationLimits = { error: 10, warning: 10, notice: 10 };
var maxTitleLength = 100;
var genericKinds = /* @__PURE__ */ new Set([
  "linker-error",
  "more-undefined-references",
  "c-compile-error",
  "c-compile-warning",
  "python-exception",
  "killed-by-signal",
  "timeout",
  "other"
]);
function shortTitle(title) {
  const oneLine = title.replace(/\s+/g, " ").trim();
  return oneLine.length <= maxTitleLength ? oneLine : `${oneLine.slice(0, maxTitleLength - 1)}\u2026`;
}
function annotationMessage(d, origin) {
  const parts = [d.message.trim() || d.title];
  if (d.fix?.trim()) parts.push(`Fix: ${d.fix.trim()}`);
  if (origin) parts.push(`Reported ${origin}`);
  return parts.join("\n");
}
function specificity(d) {
  const named = d.symbol || d.library || d.header ? 0 : 1;
  return named + (genericKinds.has(d.kind) ? 1 : 0);
}
function candidatesFor(d, finding, workspace) {
  const title = shortTitle(d.title);
  const positions = workspacePositions(d, workspace);
  const spec = specificity(d);
  if (positions.length === 0) {
    const message2 = annotationMessage(d, originText(d));
    const annotation = { severity: d.severity, message: message2, properties: { title } };
    return [{ annotation, finding, locationIndex: 0, hasFile: false, specificity: spec }];
  }
  const message = annotationMessage(d);
  return positions.map((pos, locationIndex) => {
    const properties = { title, file: pos.path };
    if (pos.line !== void 0) {
      properties.startLine = pos.line;
      const endLine = pos.endLine ?? pos.line;
      properties.endLine = endLine;
      if (pos.column !== void 0 && endLine === pos.line) {
        properties.startColumn = pos.column;
        if (pos.endColumn !== void 0 && pos.endColumn >= pos.column) properties.endColumn = pos.endColumn;
      }
    }
    const annotation = { severity: d.severity, message, properties };
    return { annotation, finding, locationIndex, hasFile: true, specificity: spec };
  });
}
function dedupeKey(a) {
  const p = a.properties;
  return JSON.stringify([a.severity, p.file, p.startLine, p.endLine, p.startColumn, p.endColumn, p.title, a.message]);
}
function compareCandidates(a, b) {
  return compareSeverity(a.annotation.severity, b.annotation.severity) || Number(b.hasFile) - Number(a.hasFile) || Number(a.locationIndex > 0) - Number(b.locationIndex > 0) || a.specificity - b.specificity || a.finding - b.finding || a.locationIndex - b.locationIndex;
}
var severityWords = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  notice: ["notice", "notices"]
};
function overflowNote(severity, limit, findings, locations, sarif) {
  const [one, many] = severityWords[severity];
  const where = sarif ? "the job summary and the SARIF file" : "the job summary";
  const parts = [];
  if (findings > 0) parts.push(`${findings} more ${findings === 1 ? one : many}`);
  if (locations > 0) parts.push(`${locations} more ${locations === 1 ? "location" : "locations"} of the ${many} above`);
  const message = `${parts.join(" and ")} not annotated here (at most ${limit} ${many} are annotated per step): see ${where}.`;
  return { severity, message, properties: { title: `More ${many} in the job summary` } };
}
function planAnnotations(diags, options) {
  const limits = options.limits ?? githubAnnotationLimits;
  const seen = /* @__PURE__ */ new Set();
  const candidates = [];
  diags.forEach((d, i) => {
    for (const c of candidatesFor(d, i, options.workspace)) {
      const key = dedupeKey(c.annotation);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(c);
    }
  });
  candidates.sort(compareCandidates);
  const annotations = [];
  const omitted = { error: 0, warning: 0, notice: 0 };
  const omittedLocations = { error: 0, warning: 0, notice: 0 };
  for (const severity of ["error", "warning", "notice"]) {
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

// src/report/summary.ts
var summaryByteLimit = 1024 * 1024;
var maxCellChars = 2e3;
var maxLinksPerRow = 5;
var minTailBytes = 256;
var tailWrapperReserve = 400;
var noticeReserve = 200;
var severityIcon = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var stageIcon = { passed: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F" };
var entities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  "_": "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;",
  "$": "&#36;"
};
function escapeCell(text) {
  return text.replace(/[&<>"|`*_[\]\\~$]/g, (c) => entities[c] ?? c).replace(/\r\n|\r|\n/g, "<br>");
}
function clip(text, max = maxCellChars) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function code(text) {
  return `<code>${escapeCell(clip(text))}</code>`;
}
function encodePath(p) {
  return p.split("/").map((s) => encodeURIComponent(s).replace(/[()']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function positionText(pos) {
  return pos.line === void 0 ? pos.path : `${pos.path}:${pos.line}`;
}
function positionLink(pos, repoUrl2) {
  if (!repoUrl2) return code(positionText(pos));
  const base = repoUrl2.replace(/\/+$/, "").replace(/[\s()<>|]/g, (c) => encodeURIComponent(c).replace("(", "%28").replace(")", "%29"));
  let anchor = "";
  if (pos.line !== void 0) anchor = pos.endLine && pos.endLine !== pos.line ? `#L${pos.line}-L${pos.endLine}` : `#L${pos.line}`;
  return `[${escapeCell(positionText(pos))}](${base}/${encodePath(pos.path)}${anchor})`;
}
function whereCell(d, workspace, repoUrl2) {
  const positions = workspacePositions(d, workspace);
  if (positions.length > 0) {
    const links = positions.slice(0, maxLinksPerRow).map((p) => positionLink(p, repoUrl2));
    const more = positions.length - maxLinksPerRow;
    return links.join("<br>") + (more > 0 ? `<br>and ${more} more` : "");
  }
  const origin = originText(d);
  return origin ? escapeCell(clip(origin.replace(/^at /, ""))) : "\u2014";
}
function whatCell(d) {
  const names = [];
  if (d.symbol) names.push(code(d.demangled && d.demangled !== d.symbol ? d.demangled : d.symbol));
  if (d.library) names.push(code(d.library));
  if (d.header) names.push(code(d.header));
  const title = `**${escapeCell(clip(d.title, 300))}**`;
  return names.length > 0 ? `${title}<br>${names.join(" ")}` : title;
}
function findingRow(d, workspace, repoUrl2) {
  const cells = [
    severityIcon[d.severity],
    whatCell(d),
    whereCell(d, workspace, repoUrl2),
    escapeCell(clip(d.message)),
    d.fix ? escapeCell(clip(d.fix)) : ""
  ];
  return `| ${cells.join(" | ")} |
`;
}
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function countsLine(diags) {
  if (diags.length === 0) return "No findings.";
  const count = (s) => diags.filter((d) => d.severity === s).length;
  return `${plural(count("error"), "error", "errors")}, ${plural(count("warning"), "warning", "warnings")}, ${plural(count("notice"), "notice", "notices")}.`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const minutes = Math.floor(ms / 6e4);
  return `${minutes} min ${Math.round((ms - minutes * 6e4) / 1e3)} s`;
}
function stagesSection(stages) {
  if (stages.length === 0) return "";
  const rows = stages.map((s) => {
    const time = s.durationMs === void 0 ? "" : formatDuration(s.durationMs);
    return `| ${escapeCell(clip(s.name, 200))} | ${stageIcon[s.status]} ${s.status} | ${time} |
`;
  });
  return `### Stages

| Stage | Result | Time |
|---|---|---|
${rows.join("")}
`;
}
function environmentSection(data) {
  const rows = [
    ["Go", data.versions.go],
    ["TensorFlow", data.versions.tensorflow],
    ["Python", data.versions.python],
    ["CGO_CFLAGS", data.flags.cgoCflags],
    ["CGO_LDFLAGS", data.flags.cgoLdflags],
    ["Shared object", data.sharedObject]
  ];
  const present = rows.filter((r) => r[1] !== void 0 && r[1] !== "");
  if (present.length === 0) return "";
  return `### Versions and flags

| | |
|---|---|
${present.map(([k, v]) => `| ${k} | ${code(v)} |
`).join("")}
`;
}
function notesSection(notes) {
  if (!notes || notes.length === 0) return "";
  return `### Notes

${notes.map((n) => `- ${escapeCell(clip(n))}
`).join("")}
`;
}
var byteLength = (s) => Buffer.byteLength(s, "utf8");
function tailBytes(text, maxBytes) {
  const buf = Buffer.from(text, "utf8");
  if (buf.length <= maxBytes) return text;
  let start = buf.length - Math.max(0, maxBytes);
  const newline = buf.indexOf(10, start);
  if (newline !== -1 && newline < buf.length - 1) start = newline + 1;
  while (start < buf.length && (buf[start] & 192) === 128) start++;
  return buf.subarray(start).toString("utf8");
}
function fenceFor(text) {
  let longest = 0;
  for (const run2 of text.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  return "`".repeat(Math.max(3, longest + 1));
}
var ansiEscape = /\x1b\[[0-9;?]*[A-Za-z]/g;
function renderTail(title, text, originalBytes) {
  const kept = byteLength(text);
  const cut = originalBytes > kept ? `_Cut to keep the summary under the size limit: the first ${originalBytes - kept} of ${originalBytes} bytes are omitted; the full output is in the job log._

` : "";
  const fence = fenceFor(text);
  const body = text.endsWith("\n") ? text : `${text}
`;
  return `<details><summary>${escapeCell(clip(title, 200))}</summary>

${cut}${fence}text
${body}${fence}

</details>

`;
}
function renderTails(tails, budget) {
  const texts = tails.map((t) => t.text.replace(/\r\n?/g, "\n").replace(ansiEscape, ""));
  const sizes = texts.map(byteLength);
  const shares = sizes.map(() => 0);
  let left = budget - tails.length * tailWrapperReserve;
  const open = new Set(sizes.map((_, i) => i));
  while (open.size > 0 && left > 0) {
    const share = Math.floor(left / open.size);
    const fitting = [...open].filter((i) => sizes[i] <= share);
    if (fitting.length === 0) {
      for (const i of open) shares[i] = share;
      break;
    }
    for (const i of fitting) {
      shares[i] = sizes[i];
      left -= sizes[i];
      open.delete(i);
    }
  }
  let out = "";
  tails.forEach((t, i) => {
    if (shares[i] >= Math.min(minTailBytes, sizes[i])) out += renderTail(t.title, tailBytes(texts[i], shares[i]), sizes[i]);
    else if (budget - byteLength(out) > noticeReserve) out += `_${escapeCell(clip(t.title, 100))}: omitted to keep the summary under the size limit; see the job log._

`;
  });
  return out;
}
function truncateUtf8(text, maxBytes) {
  const buf = Buffer.from(text, "utf8");
  if (buf.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  while (end > 0 && (buf[end] & 192) === 128) end--;
  return buf.subarray(0, end).toString("utf8");
}
function renderSummary(data, options = {}) {
  const maxBytes = options.maxBytes ?? summaryByteLimit;
  const diags = [...data.diagnostics].sort((a, b) => compareSeverity(a.severity, b.severity));
  const head = `## ${data.result === "passed" ? "\u2705" : "\u274C"} tf-cgo-verify ${data.result}

${countsLine(diags)}

`;
  const tableHead = diags.length > 0 ? "### Findings\n\n| | What | Where | Why | Fix |\n|---|---|---|---|---|\n" : "";
  const rest = stagesSection(data.stages) + environmentSection(data) + notesSection(data.notes);
  const fixedBytes = byteLength(head + tableHead + rest) + 2 * noticeReserve;
  let rows = "";
  let rowBytes = 0;
  let kept = 0;
  for (const d of diags) {
    const row = findingRow(d, data.workspace, data.repoUrl);
    const size = byteLength(row);
    if (fixedBytes + rowBytes + size > maxBytes) break;
    rows += row;
    rowBytes += size;
    kept++;
  }
  const cutRows = diags.length - kept;
  const rowsNotice = cutRows > 0 ? `
**\u2026 ${cutRows} more findings omitted: see the diagnostics JSON** (the summary is limited to ${maxBytes} bytes).
` : "";
  const findings = tableHead ? `${tableHead}${rows}${rowsNotice}
` : "";
  let out = head + findings + rest;
  const tails = data.rawTail ?? [];
  if (tails.length > 0) {
    const heading = "### Raw output\n\n";
    const budget = maxBytes - byteLength(out + heading);
    if (budget > noticeReserve) out += heading + renderTails(tails, budget);
    else out += "_Raw output omitted to keep the summary under the size limit; see the job log._\n";
  }
  if (byteLength(out) <= maxBytes) return out;
  const notice2 = "\n\n**\u2026 summary cut at the size limit: see the diagnostics JSON and the job log.**\n";
  return truncateUtf8(out, maxBytes - byteLength(notice2)) + notice2;
}

// src/report/sarif.ts
var sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
var toolName = "tf-cgo-verify";
var ruleTexts = {
  "undefined-reference": { level: "error", short: "The linker found no definition of a symbol the Go package calls through cgo.", help: "Link the library that defines it, e.g. add -l:libtensorflow_cc.so.2 (with -L<tensorflow dir>) to CGO_LDFLAGS; most TF_* C API functions live in libtensorflow_cc.so.2." },
  "more-undefined-references": { level: "error", short: "The linker reported further undefined references to the same symbol.", help: "Fix the first undefined reference to the symbol; the rest go with it." },
  "missing-library": { level: "error", short: "A library named with -l was not found on the linker search path.", help: "Point -L at the directory that holds it (for TensorFlow, the site-packages/tensorflow directory) or fix the name in the #cgo LDFLAGS line." },
  "missing-dso": { level: "error", short: "A symbol is defined in a shared library that is not on the link command line.", help: "Add the library the linker names in its note to CGO_LDFLAGS." },
  "multiple-definition": { level: "error", short: "A symbol is defined more than once at link time.", help: "Define C functions in the cgo preamble as static inline, or move them to one .c file." },
  "linker-error": { level: "error", short: "The link failed.", help: "See the linker output in the job summary." },
  "missing-header": { level: "error", short: "A C header included by the cgo preamble was not found.", help: "Add -I<tensorflow dir>/include to CGO_CFLAGS, or fix the #include path." },
  "cgo-unknown-name": { level: "error", short: "cgo could not find a C name the Go code uses.", help: "Check the spelling and that the preamble includes the header that declares it." },
  "c-compile-error": { level: "error", short: "The C compiler reported an error in cgo code.", help: "Fix the C code in the preamble, or the flags it is compiled with." },
  "c-compile-warning": { level: "warning", short: "The C compiler reported a warning in cgo code.", help: "Review the C code in the preamble." },
  "go-compile-error": { level: "error", short: "The Go compiler reported an error.", help: "Fix the Go code at the location given." },
  "undefined-symbol": { level: "error", short: "Loading the shared object failed on a symbol no loaded library defines.", help: "Link the library that defines it so it is recorded as NEEDED; build with -Wl,-z,defs to catch this at link time." },
  "cxx-abi-mismatch": { level: "error", short: "C++ symbols differ in the _GLIBCXX_USE_CXX11_ABI setting between the build and TensorFlow.", help: "Compile with the -D_GLIBCXX_USE_CXX11_ABI value from tf.sysconfig.get_compile_flags()." },
  "shared-object-not-found": { level: "error", short: "The loader could not find a shared library the object needs.", help: "Add an rpath (e.g. -Wl,-rpath,<tensorflow dir>) or load TensorFlow first." },
  "version-not-found": { level: "error", short: "A required symbol version is missing from a system library.", help: "Build on a system no newer than the one that loads the object, or ship a matching libstdc++." },
  "static-tls": { level: "error", short: "The loader ran out of static TLS space for the shared object.", help: "Load the object earlier in the process, or build it without initial-exec TLS." },
  "op-library-not-found": { level: "error", short: "tf.load_op_library failed to load the library.", help: "See the loader message; usually a missing symbol or dependency." },
  "killed-by-signal": { level: "error", short: "The process loading the shared object was killed by a signal.", help: "Often two TensorFlow runtimes or ABI mismatches; see the output in the job summary." },
  "duplicate-tensorflow-runtime": { level: "error", short: "Two copies of the TensorFlow runtime were loaded into one process.", help: "Link against the pip TensorFlow libraries instead of a separately downloaded libtensorflow." },
  "timeout": { level: "error", short: "A stage did not finish in time.", help: "Raise the timeout or look at the output for a hang." },
  "python-exception": { level: "error", short: "Python raised an exception while loading the shared object.", help: "See the traceback in the job summary." },
  "missing-expected-symbol": { level: "error", short: "The shared object does not export a symbol it is expected to.", help: "Export it from Go with //export, or fix the expected symbol list." },
  "unresolved-symbol": { level: "error", short: "The shared object has an undefined symbol no NEEDED library provides.", help: "Link the library that defines it." },
  "resolved-only-by-import": { level: "warning", short: "The shared object loads only after `import tensorflow`.", help: "Link the TensorFlow library that defines the symbols so it loads in any import order." },
  "glibc-too-new": { level: "warning", short: "The shared object needs a newer glibc than TensorFlow supports.", help: "Build on an older base image (manylinux) to match the TensorFlow wheel." },
  "not-in-tensorflow": { level: "warning", short: "A symbol the object needs is not defined by the installed TensorFlow.", help: "Check the TensorFlow version, or link the library that defines it." },
  "other": { level: "error", short: "Another problem reported by a tool.", help: "See the message and the raw output in the job summary." }
};
var levels = { error: "error", warning: "warning", notice: "note" };
function ruleName(kind) {
  return kind.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase());
}
function uriFor(relPath) {
  return relPath.split("/").map(encodeURIComponent).join("/");
}
function extras(d) {
  const p = { title: d.title, stage: d.stage };
  if (d.symbol) p.symbol = d.symbol;
  if (d.demangled) p.demangled = d.demangled;
  if (d.library) p.library = d.library;
  if (d.header) p.header = d.header;
  if (d.providedBy) p.providedBy = d.providedBy;
  return p;
}
function locationAt(pos) {
  const physicalLocation = { artifactLocation: { uri: uriFor(pos.path), uriBaseId: "%SRCROOT%" } };
  if (pos.line !== void 0) {
    const region = { startLine: pos.line };
    if (pos.column !== void 0) region.startColumn = pos.column;
    if (pos.endLine !== void 0) region.endLine = pos.endLine;
    if (pos.column !== void 0 && pos.endColumn !== void 0 && pos.endColumn > pos.column) region.endColumn = pos.endColumn;
    physicalLocation.region = region;
  }
  return { physicalLocation };
}
function toSarif(diags, options) {
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const indexOf = (d) => {
    let i = ruleIndex.get(d.kind);
    if (i === void 0) {
      i = rules.length;
      ruleIndex.set(d.kind, i);
      const texts = ruleTexts[d.kind];
      rules.push({
        id: d.kind,
        name: ruleName(d.kind),
        shortDescription: { text: texts.short },
        fullDescription: { text: texts.short },
        help: { text: texts.help },
        ...options.informationUri ? { helpUri: options.informationUri } : {},
        defaultConfiguration: { level: levels[texts.level] }
      });
    }
    return i;
  };
  const fallback = options.fallbackFile ? workspaceRelative(options.fallbackFile, options.workspace) : void 0;
  const results = [];
  const seen = /* @__PURE__ */ new Set();
  for (const d of diags) {
    const base = { ruleId: d.kind, ruleIndex: indexOf(d), level: levels[d.severity], properties: extras(d) };
    const positions = workspacePositions(d, options.workspace);
    if (positions.length === 0) {
      const result = { ...base, message: { text: annotationMessage(d, originText(d)) } };
      if (fallback !== void 0) result.locations = [locationAt({ path: fallback, line: 1 })];
      results.push(result);
      continue;
    }
    const text = annotationMessage(d);
    for (const pos of positions) {
      const key = JSON.stringify([d.kind, d.severity, text, pos]);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({ ...base, message: { text }, locations: [locationAt(pos)] });
    }
  }
  return {
    $schema: sarifSchema,
    version: "2.1.0",
    runs: [{ tool: { driver: { name: toolName, version: options.toolVersion, ...options.informationUri ? { informationUri: options.informationUri } : {}, rules } }, results }]
  };
}
function jsonLocation(loc, workspace) {
  const rel = workspaceRelative(loc.file, workspace);
  const out = { path: rel ?? loc.file, inWorkspace: rel !== void 0 };
  for (const key of ["line", "column", "endLine", "endColumn"]) {
    if (loc[key] !== void 0) out[key] = loc[key];
  }
  return out;
}
function toDiagnosticsJson(diags, meta) {
  const counts = { error: 0, warning: 0, notice: 0 };
  const findings = diags.map((d) => {
    counts[d.severity]++;
    const f = {
      severity: d.severity,
      kind: d.kind,
      stage: d.stage,
      title: d.title,
      message: d.message,
      locations: (d.locations ?? []).map((l) => jsonLocation(l, meta.workspace))
    };
    for (const key of ["fix", "symbol", "demangled", "library", "header", "referencedFrom", "providedBy"]) {
      if (d[key] !== void 0) f[key] = d[key];
    }
    if (d.toolLocation) f.toolLocation = jsonLocation(d.toolLocation, meta.workspace);
    if (d.raw) f.raw = [...d.raw];
    return f;
  });
  const tool = meta.toolVersion ? { name: toolName, version: meta.toolVersion } : { name: toolName };
  return { version: 1, tool, result: meta.result, counts, findings };
}

// src/main.ts
var SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;
var actionLog = {
  info: (m) => info(neutralizeCommands(m)),
  notice: (m) => notice(m),
  warning: (m) => warning(m),
  debug: (m) => debug(m),
  group: (name, fn) => group(name, fn),
  rawEcho: () => createRawEcho((text) => process.stdout.write(text), { guard: true })
};
function repoUrl() {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = process.env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_SHA ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}` : void 0;
}
function unresolvedSymbols(result) {
  const kinds = /* @__PURE__ */ new Set(["unresolved-symbol", "resolved-only-by-import", "undefined-symbol", "undefined-reference", "not-in-tensorflow"]);
  return [...new Set(result.diagnostics.filter((d) => kinds.has(d.kind) && d.symbol).map((d) => d.symbol))].sort();
}
async function writeReports(inputs, result) {
  const outputs = {
    result: result.passed ? "passed" : "failed",
    "shared-object": result.sharedObject ?? "",
    "cgo-cflags": result.cgoEnv?.CGO_CFLAGS ?? "",
    "cgo-ldflags": result.cgoEnv?.CGO_LDFLAGS ?? "",
    "go-version": result.goVersion ?? "",
    "tensorflow-version": result.tf?.version ?? "",
    "python-version": result.tf?.pythonVersion ?? "",
    python: result.python ?? "",
    "unresolved-symbols": unresolvedSymbols(result).join(","),
    needed: result.inspection?.needed.join(",") ?? "",
    runpath: result.inspection?.runpath ?? result.inspection?.rpath ?? ""
  };
  const reportDir = await fs.promises.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), "tf-cgo-verify-"));
  const diagnosticsFile = path.join(reportDir, "diagnostics.json");
  const meta = { result: result.passed ? "passed" : "failed", workspace: inputs.workspace };
  await fs.promises.writeFile(diagnosticsFile, JSON.stringify(toDiagnosticsJson(result.diagnostics, meta), null, 2));
  outputs.diagnostics = diagnosticsFile;
  if (inputs.sarifFile) {
    await fs.promises.mkdir(path.dirname(inputs.sarifFile), { recursive: true });
    await fs.promises.writeFile(inputs.sarifFile, JSON.stringify(toSarif(result.diagnostics, { workspace: inputs.workspace, toolVersion: "0.1.0", fallbackFile: result.pkg?.module?.goMod }), null, 2));
    outputs["sarif-file"] = inputs.sarifFile;
  }
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
  if (inputs.annotate) {
    const plan = planAnnotations(result.diagnostics, { workspace: inputs.workspace, sarif: Boolean(inputs.sarifFile) });
    for (const a of plan.annotations) {
      if (a.severity === "error") error(a.message, a.properties);
      else if (a.severity === "warning") warning(a.message, a.properties);
      else notice(a.message, a.properties);
    }
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = renderSummary({
      result: result.passed ? "passed" : "failed",
      diagnostics: result.diagnostics,
      workspace: inputs.workspace,
      repoUrl: repoUrl(),
      versions: { go: result.goVersion, tensorflow: result.tf?.version, python: result.tf?.pythonVersion },
      flags: { cgoCflags: result.cgoEnv?.CGO_CFLAGS, cgoLdflags: result.cgoEnv?.CGO_LDFLAGS },
      stages: result.stages,
      sharedObject: result.sharedObject,
      rawTail: result.rawTails,
      notes: result.notes
    }, { maxBytes: SUMMARY_LIMIT });
    await fs.promises.appendFile(process.env.GITHUB_STEP_SUMMARY, markdown);
  }
}
function writeMatrix(get) {
  const options = readMatrixInputs(get);
  const matrix = buildMatrix(options);
  setOutput("matrix", JSON.stringify(matrix));
  info(`${matrix.include.length} compatible combinations:`);
  for (const entry of matrix.include) info(`  TensorFlow ${entry.tensorflow}, Python ${entry.python}, Go ${entry.go}`);
}
async function run() {
  try {
    const get = (name) => getInput(name);
    if (readMode(get) === "matrix") {
      writeMatrix(get);
      return;
    }
    const inputs = readInputs(get, { workspace: process.env.GITHUB_WORKSPACE || process.cwd() });
    const result = await runPipeline(inputs, actionLog);
    await writeReports(inputs, result);
    const counted = (severity, noun) => {
      const n = result.diagnostics.filter((d) => d.severity === severity).length;
      return `${n} ${noun}${n === 1 ? "" : "s"}`;
    };
    const errors = counted("error", "error");
    const warnings = counted("warning", "warning");
    if (result.passed) {
      info(`tf-cgo-verify passed (${errors}, ${warnings}).`);
    } else if (inputs.failOn === "never") {
      warning(`tf-cgo-verify found ${errors} and ${warnings}; fail-on is 'never', so the step stays green.`);
    } else {
      setFailed(`tf-cgo-verify found ${errors} and ${warnings}: see the annotations and the job summary.`);
    }
  } catch (error2) {
    const message = userFacingMessage(error2);
    if (message !== void 0) {
      setOutput("result", "failed");
      setFailed(message);
      return;
    }
    const err = error2 instanceof Error ? error2 : new Error(String(error2));
    debug(err.stack ?? "");
    setOutput("result", "failed");
    setFailed(`tf-cgo-verify stopped on an unexpected error: ${err.message}. Please report it with the debug log.`);
  }
}

// src/index.ts
await run();
