import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  renderExportsSection
} from "./chunk-BRXC6WUH.js";
import {
  OPTIONAL_TEXT_FIELDS,
  compareFileOrder,
  compareSeverity,
  describeChange,
  everyWorkspacePosition,
  originText,
  relatedWorkspacePositions,
  workspacePositions,
  workspaceRelative
} from "./chunk-UNMOTGL2.js";
import {
  clip,
  code,
  escapeCell,
  fenceFor,
  positionLink
} from "./chunk-7VM6WTPS.js";

// src/outputs.ts
import fs from "node:fs";
import path from "node:path";

// src/report/annotations.ts
var githubAnnotationLimits = { error: 10, warning: 10, notice: 10 };
function remainingBudget(used) {
  const left = (s) => Math.max(0, githubAnnotationLimits[s] - used[s]);
  return { error: left("error"), warning: left("warning"), notice: left("notice") };
}
var maxTitleLength = 100;
var maxWhyLength = 200;
var maxAnnotationMessageLength = 300;
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
function clipText(text, max) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, Math.max(0, max - 1)).trimEnd()}\u2026`;
}
function firstSentence(text) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const end = /(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?=\s)/.exec(oneLine);
  return end ? oneLine.slice(0, end.index + 1) : oneLine;
}
var maxAlsoLength = 90;
function alsoAtText(first, rest) {
  const sameFile = rest.filter((p) => p.path === first.path && p.line !== void 0).map((p) => String(p.line));
  const elsewhere = rest.filter((p) => !(p.path === first.path && p.line !== void 0)).map(formatPlace);
  const text = (lines, others, more) => {
    const items = [...lines.length > 0 ? [`${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")}`] : [], ...others];
    return items.length === 0 ? "" : `Also at ${items.join("; ")}${more > 0 ? ` and ${more} more` : ""}.`;
  };
  const all = [...sameFile.map((line) => ({ line })), ...elsewhere.map((place) => ({ place }))];
  for (let shown = all.length; shown > 0; shown--) {
    const kept = all.slice(0, shown);
    const lines = kept.flatMap((k) => "line" in k ? [k.line] : []);
    const others = kept.flatMap((k) => "place" in k ? [k.place] : []);
    const candidate = text(lines, others, all.length - shown);
    if (candidate.length <= maxAlsoLength) return candidate;
  }
  return all.length > 0 ? `Also at ${all.length} more places.` : "";
}
function formatPlace(p) {
  return p.line !== void 0 ? `${p.path}:${p.line}` : p.path;
}
function shortAnnotationMessage(d, origin, alsoAt = "") {
  let why = clipText(firstSentence(d.message) || d.title, maxWhyLength);
  if (origin) why = clipText(`${why} Reported ${origin}.`, maxWhyLength + 60);
  if (alsoAt) why = `${why} ${alsoAt}`;
  const fix = d.fix?.trim() ? firstSentence(d.fix) : "";
  if (!fix) return clipText(why, maxAnnotationMessageLength);
  const room = maxAnnotationMessageLength - why.length - "\nFix: ".length;
  return room >= 20 ? `${why}
Fix: ${clipText(fix, room)}` : clipText(why, maxAnnotationMessageLength);
}
function specificity(d) {
  const named = d.symbol || d.library || d.header ? 0 : 1;
  return named + (genericKinds.has(d.kind) ? 1 : 0);
}
function candidateFor(d, finding, workspace) {
  const title = shortTitle(d.title);
  const positions = [...workspacePositions(d, workspace)].sort((a, b) => compareFileOrder({ ...a, file: a.path }, { ...b, file: b.path }));
  const spec = specificity(d);
  const first = d.rank === "first";
  const [pos, ...rest] = positions;
  if (!pos) {
    const message2 = shortAnnotationMessage(d, originText(d));
    return { annotation: { severity: d.severity, message: message2, properties: { title } }, finding, hasFile: false, specificity: spec, first };
  }
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
  const message = shortAnnotationMessage(d, void 0, alsoAtText(pos, rest));
  return { annotation: { severity: d.severity, message, properties }, finding, hasFile: true, specificity: spec, first };
}
function dedupeKey(a) {
  const p = a.properties;
  return JSON.stringify([a.severity, p.file, p.startLine, p.endLine, p.startColumn, p.endColumn, p.title, a.message]);
}
var severityRank = { error: 0, warning: 1, notice: 2 };
function rankKey(c) {
  return [severityRank[c.annotation.severity], c.first ? 0 : 1, c.hasFile ? 0 : 1, c.specificity, c.finding];
}
function compareKeys(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
var severityWords = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  notice: ["notice", "notices"]
};
function whereAll(sarif) {
  return sarif ? "the job summary and the SARIF file" : "the job summary and the diagnostics JSON";
}
function overflowSentence(omitted, sarif) {
  const parts = ["error", "warning", "notice"].flatMap((s) => {
    const [one, many] = severityWords[s];
    return omitted[s] > 0 ? [`${omitted[s]} more ${omitted[s] === 1 ? one : many}`] : [];
  });
  if (parts.length === 0) return void 0;
  return `${parts.join(", ")} ${parts.length === 1 && /^1 /.test(parts[0]) ? "is" : "are"} not annotated (GitHub shows at most 10 annotations of each severity per step); ${whereAll(sarif)} list every finding.`;
}
function planAnnotations(diags, options) {
  const budget = options.budget ?? githubAnnotationLimits;
  const seen = /* @__PURE__ */ new Set();
  const candidates = [];
  diags.forEach((d, i) => {
    const c = candidateFor(d, i, options.workspace);
    const key = dedupeKey(c.annotation);
    if (seen.has(key)) return;
    seen.add(key);
    candidates.push(c);
  });
  candidates.sort((a, b) => compareKeys(rankKey(a), rankKey(b)));
  const annotations = [];
  const omitted = { error: 0, warning: 0, notice: 0 };
  for (const severity of ["error", "warning", "notice"]) {
    const ofSeverity = candidates.filter((c) => c.annotation.severity === severity);
    const sent = ofSeverity.slice(0, Math.max(0, Math.floor(budget[severity])));
    omitted[severity] = ofSeverity.length - sent.length;
    annotations.push(...sent.map((c) => c.annotation));
  }
  const overflow = overflowSentence(omitted, options.sarif ?? false);
  return { annotations, omitted, ...overflow ? { overflow } : {} };
}

// src/report/tool-name.ts
var toolName = "tf-cgo-verify";

// src/report/diagnostics-json.ts
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
    for (const key of OPTIONAL_TEXT_FIELDS) {
      if (d[key] !== void 0) f[key] = d[key];
    }
    if (d.toolLocation) f.toolLocation = jsonLocation(d.toolLocation, meta.workspace);
    if (d.relatedLocations) f.relatedLocations = d.relatedLocations.map((l) => ({ ...jsonLocation(l, meta.workspace), note: l.note }));
    if (d.count !== void 0 && d.count > 1) f.count = d.count;
    if (d.raw) f.raw = [...d.raw];
    return f;
  });
  const tool = meta.toolVersion ? { name: toolName, version: meta.toolVersion } : { name: toolName };
  return { version: 1, tool, result: meta.result, counts, findings };
}

// src/report/sarif.ts
var sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
var ruleTexts = {
  "undefined-reference": {
    level: "error",
    short: "The linker found no definition of a symbol the Go package calls through cgo.",
    help: "Link the library that defines it, e.g. add -l:libtensorflow_cc.so.2 (with -L<tensorflow dir>) to CGO_LDFLAGS; most TF_* C API functions live in libtensorflow_cc.so.2."
  },
  "more-undefined-references": {
    level: "error",
    short: "The linker reported further undefined references to the same symbol.",
    help: "Fix the first undefined reference to the symbol; the rest go with it."
  },
  "missing-library": {
    level: "error",
    short: "A library named with -l was not found on the linker search path.",
    help: "Point -L at the directory that holds it (for TensorFlow, the site-packages/tensorflow directory) or fix the name in the #cgo LDFLAGS line."
  },
  "missing-dso": {
    level: "error",
    short: "A symbol is defined in a shared library that is not on the link command line.",
    help: "Add the library the linker names in its note to CGO_LDFLAGS."
  },
  "multiple-definition": {
    level: "error",
    short: "A symbol is defined more than once at link time.",
    help: "Define C functions in the cgo preamble as static inline, or move them to one .c file."
  },
  "linker-error": { level: "error", short: "The link failed.", help: "See the linker output in the job summary." },
  "linker-warning": { level: "warning", short: "The linker warned about the link.", help: "See the linker output in the job summary." },
  "driver-error": {
    level: "error",
    short: "The compiler driver refused its command line.",
    help: "Correct the option or input file in #cgo LDFLAGS or CGO_LDFLAGS."
  },
  "wrong-cpu": {
    level: "error",
    short: "A library or object is built for another CPU.",
    help: "Link and load files built for the CPU of the build (GOARCH) and of the machine that loads the library."
  },
  "missing-header": {
    level: "error",
    short: "A C header included by the cgo preamble was not found.",
    help: "Add -I<tensorflow dir>/include to CGO_CFLAGS, or fix the #include path."
  },
  "cgo-unknown-name": {
    level: "error",
    short: "cgo could not find a C name the Go code uses.",
    help: "Check the spelling and that the preamble includes the header that declares it."
  },
  "c-compile-error": {
    level: "error",
    short: "The C compiler reported an error in cgo code.",
    help: "Fix the C code in the preamble, or the flags it is compiled with."
  },
  "c-compile-warning": {
    level: "warning",
    short: "The C compiler reported a warning in cgo code.",
    help: "Review the C code in the preamble."
  },
  "go-compile-error": { level: "error", short: "The Go compiler reported an error.", help: "Fix the Go code at the location given." },
  "undefined-symbol": {
    level: "error",
    short: "Loading the shared object failed on a symbol no loaded library defines.",
    help: "Link the library that defines it so it is recorded as NEEDED; build with -Wl,-z,defs to catch this at link time."
  },
  "cxx-abi-mismatch": {
    level: "error",
    short: "C++ symbols differ in the _GLIBCXX_USE_CXX11_ABI setting between the build and TensorFlow.",
    help: "Compile with the -D_GLIBCXX_USE_CXX11_ABI value from tf.sysconfig.get_compile_flags()."
  },
  "shared-object-not-found": {
    level: "error",
    short: "The loader could not find a shared library the object needs.",
    help: "Add an rpath (e.g. -Wl,-rpath,<tensorflow dir>) or load TensorFlow first."
  },
  "version-not-found": {
    level: "error",
    short: "A required symbol version is missing from a system library.",
    help: "Build on a system no newer than the one that loads the object, or ship a matching libstdc++."
  },
  "static-tls": {
    level: "error",
    short: "The loader ran out of static TLS space for the shared object.",
    help: "Load the object earlier in the process, or build it without initial-exec TLS."
  },
  "op-library-not-found": {
    level: "error",
    short: "tf.load_op_library failed to load the library.",
    help: "See the loader message; usually a missing symbol or dependency."
  },
  "killed-by-signal": {
    level: "error",
    short: "The process loading the shared object was killed by a signal.",
    help: "Often two TensorFlow runtimes or ABI mismatches; see the output in the job summary."
  },
  "duplicate-tensorflow-runtime": {
    level: "error",
    short: "Two copies of the TensorFlow runtime were loaded into one process.",
    help: "Link against the pip TensorFlow libraries instead of a separately downloaded libtensorflow."
  },
  timeout: { level: "error", short: "A stage did not finish in time.", help: "Raise the timeout or look at the output for a hang." },
  "python-exception": {
    level: "error",
    short: "Python raised an exception while loading the shared object.",
    help: "See the traceback in the job summary."
  },
  "missing-expected-symbol": {
    level: "error",
    short: "The shared object does not export a symbol it is expected to.",
    help: "Export it from Go with //export, or fix the expected symbol list."
  },
  "unresolved-symbol": {
    level: "error",
    short: "The shared object has an undefined symbol no NEEDED library provides.",
    help: "Link the library that defines it."
  },
  "resolved-only-by-import": {
    level: "warning",
    short: "The shared object loads only after `import tensorflow`.",
    help: "Link the TensorFlow library that defines the symbols so it loads in any import order."
  },
  "glibc-too-new": {
    level: "warning",
    short: "The shared object needs a newer glibc than TensorFlow supports.",
    help: "Build on an older base image (manylinux) to match the TensorFlow wheel."
  },
  "other-tensorflow": {
    level: "warning",
    short: "Another TensorFlow's libraries are on the loader's paths, ahead of the wheel's.",
    help: "Give the library a RUNPATH to the wheel's folder, or take the other copy off LD_LIBRARY_PATH or the loader's cache."
  },
  "not-in-tensorflow": {
    level: "warning",
    short: "A symbol the object needs is not defined by the installed TensorFlow.",
    help: "Check the TensorFlow version, or link the library that defines it."
  },
  "extension-module": {
    level: "error",
    short: "The Python extension module cannot be imported as built, or links libpython.",
    help: "Export PyInit_<name> for the file's name, use a suffix the interpreter imports, and leave the Py* names to the interpreter."
  },
  "two-go-runtimes": {
    level: "warning",
    short: "Another Go c-shared object, with a Go runtime of its own, was loaded into the same process.",
    help: "Build one combined c-shared library: the Go team does not support two Go runtimes in one process."
  },
  "outside-supported-range": {
    level: "error",
    short: "A TensorFlow name the library uses is missing from part of the TensorFlow range it declares.",
    help: "Declare the range the names hold (the finding names it), or stop using the name."
  },
  "built-for-other-tensorflow": {
    level: "error",
    short: "A library built elsewhere was built for other TensorFlow versions than the one installed.",
    help: "Use the file with a TensorFlow it was built for (the finding names the pin), or rebuild it against this one."
  },
  "kernel-bound-to-minor": {
    level: "error",
    short: "A C++ kernel library declares more TensorFlow minors than the one it was built against.",
    help: "Declare one minor per build and build one library per minor (mode: matrix), as tensorflow-io does."
  },
  "fails-on-other-tensorflow": {
    level: "error",
    short: "The built library does not load under another TensorFlow version it was asked to load on (load-on-tensorflow).",
    help: "Build one library per TensorFlow minor (mode: matrix), or stop claiming that version."
  },
  "pin-change": {
    level: "error",
    short: "A version pin this pull request changed is behind the link or load findings.",
    help: "Keep the previous version, or change the code to work with the new one; the other findings name the calls that broke."
  },
  other: { level: "error", short: "Another problem reported by a tool.", help: "See the message and the raw output in the job summary." }
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
    const related = relatedWorkspacePositions(d, options.workspace).map(({ note, ...pos }, i) => ({
      id: i + 1,
      message: { text: note },
      ...locationAt(pos)
    }));
    for (const pos of positions) {
      const key = JSON.stringify([d.kind, d.severity, text, pos]);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({
        ...base,
        message: { text },
        locations: [locationAt(pos)],
        ...related.length > 0 ? { relatedLocations: related } : {}
      });
    }
  }
  return {
    $schema: sarifSchema,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version: options.toolVersion,
            ...options.informationUri ? { informationUri: options.informationUri } : {},
            rules
          }
        },
        results
      }
    ]
  };
}

// src/util/utf8-bytes.ts
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function truncateUtf8(text, maxBytes) {
  const buf = Buffer.from(text, "utf8");
  if (buf.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  while (end > 0 && (buf[end] & 192) === 128) end--;
  return buf.subarray(0, end).toString("utf8");
}
function tailBytes(text, maxBytes) {
  const buf = Buffer.from(text, "utf8");
  if (buf.length <= maxBytes) return text;
  let start = buf.length - Math.max(0, maxBytes);
  const newline = buf.indexOf(10, start);
  if (newline !== -1 && newline < buf.length - 1) start = newline + 1;
  while (start < buf.length && (buf[start] & 192) === 128) start++;
  return buf.subarray(start).toString("utf8");
}

// src/report/changes-section.ts
var MAX_ROWS = 20;
var MAX_LINE_CHARS = 300;
function renderChangesSection(data, repoUrl) {
  const heading = "### What this pull request changed\n\n";
  if (data.changes.length === 0) {
    if (!data.reason) return "";
    const hint = data.hint ? ` ${escapeCell(data.hint)}` : "";
    return `${heading}\u2139\uFE0F Version pins were not compared with the pull request's base: ${escapeCell(data.reason)}.${hint}

`;
  }
  const rows = data.changes.slice(0, MAX_ROWS).map((c) => {
    const diff = c.oldLine && c.oldLine !== c.diffLine ? `${code(c.oldLine, MAX_LINE_CHARS)}<br>${code(c.diffLine, MAX_LINE_CHARS)}` : code(c.diffLine, MAX_LINE_CHARS);
    return `| ${escapeCell(describeChange(c))} | ${positionLink({ path: c.file, line: c.line }, repoUrl)} | ${diff} |
`;
  });
  const more = data.changes.length > MAX_ROWS ? `
\u2026 and ${data.changes.length - MAX_ROWS} more version changes.
` : "";
  return `${heading}| Version change | Where | Diff |
|---|---|---|
${rows.join("")}${more}
`;
}

// src/report/plural.ts
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/report/groups.ts
function ownNames(d) {
  return [d.symbol, d.demangled, d.library, d.header].filter((n) => Boolean(n && n.length > 1)).sort((a, b) => b.length - a.length);
}
function withoutOwnNames(text, names) {
  let out = text ?? "";
  for (const name of names) out = out.split(name).join("\0");
  return out;
}
function causeKey(d) {
  const names = ownNames(d);
  if (d.kind === "pin-change" || d.rank) return JSON.stringify([d.kind, d.title, d.message, d.locations]);
  return JSON.stringify([d.severity, d.kind, withoutOwnNames(d.message, names), withoutOwnNames(d.fix, names)]);
}
function placeCount(findings, workspace) {
  return findings.reduce((n, d) => n + Math.max(1, workspacePositions(d, workspace).length), 0);
}
function groupTitle(findings, workspace) {
  const first = findings[0];
  if (findings.length === 1) return first.title;
  const places = placeCount(findings, workspace);
  const version = first.kind === "not-in-tensorflow" ? /is not in (.+)$/.exec(first.title)?.[1] : void 0;
  if (version) return `${plural(places, "call", "calls")} to names ${version} does not have`;
  return `${first.title} and ${findings.length - 1} more like it`;
}
function groupFindings(diagnostics, workspace) {
  const byKey = /* @__PURE__ */ new Map();
  const sorted = [...diagnostics].sort((a, b) => compareSeverity(a.severity, b.severity));
  for (const d of sorted) {
    const key = causeKey(d);
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
  }
  return [...byKey.values()].map((findings) => ({ findings, title: groupTitle(findings, workspace) }));
}
function groupPositions(group, workspace) {
  return group.findings.flatMap((d) => everyWorkspacePosition(d, workspace));
}
var COMPILE_KINDS = /* @__PURE__ */ new Set(["missing-header", "cgo-unknown-name", "c-compile-error", "go-compile-error"]);
function failedStep(d) {
  const byStage = {
    input: "Bad input",
    setup: "Setup failed",
    resolve: "Setup failed",
    flags: "Link failed",
    build: COMPILE_KINDS.has(d.kind) ? "Build failed" : "Link failed",
    inspect: "Check failed",
    smoke: "Load failed",
    changes: "Failed"
  };
  return byStage[d.stage];
}
function failureHeadline(diagnostics, workspace) {
  const groups = groupFindings(
    diagnostics.filter((d) => d.severity === "error" && d.kind !== "pin-change"),
    workspace
  );
  const first = groups[0];
  if (!first) return void 0;
  const at = groupPositions(first, workspace)[0];
  const where = at ? ` (${at.path}${at.line !== void 0 ? `:${at.line}` : ""})` : "";
  const more = groups.length > 1 ? `, and ${plural(groups.length - 1, "more problem", "more problems")}` : "";
  return `${failedStep(first.findings[0])}: ${first.title}${where}${more}`;
}

// src/report/duration.ts
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const minutes = Math.floor(ms / 6e4);
  return `${minutes} min ${Math.round((ms - minutes * 6e4) / 1e3)} s`;
}

// src/report/summary-verdict.ts
function countsText(diags) {
  const count = (s) => diags.filter((d) => d.severity === s).length;
  return [
    plural(count("error"), "error", "errors"),
    plural(count("warning"), "warning", "warnings"),
    plural(count("notice"), "notice", "notices")
  ].filter((t) => !t.startsWith("0 ")).join(", ");
}
function versionsText(data) {
  const v = data.versions;
  return [v.go && `Go ${v.go}`, v.tensorflow && `TensorFlow ${v.tensorflow}`, v.python && `Python ${v.python}`].filter(Boolean).join(", ");
}
function totalTime(stages, wallMs) {
  if (wallMs !== void 0) return wallMs;
  const times = stages.flatMap((s) => s.durationMs === void 0 ? [] : [s.durationMs]);
  return times.length > 0 ? times.reduce((a, b) => a + b, 0) : void 0;
}
function verdictSection(data, diags) {
  const time = totalTime(data.stages, data.wallMs);
  const took = time === void 0 ? "" : ` in ${formatDuration(time)}`;
  const versions = versionsText(data);
  if (data.result === "passed") {
    const file = data.sharedObject && code(workspaceRelative(data.sharedObject, data.workspace) ?? data.sharedObject);
    const built = !file ? `Set up ${versions ? escapeCell(versions) : "Go and TensorFlow"}` : data.builtElsewhere ? `Checked ${file}, built elsewhere,${versions ? ` against ${escapeCell(versions)}` : ""}` : `Built ${file}${versions ? ` with ${escapeCell(versions)}` : ""}`;
    const checks = data.stages.filter((st) => st.status === "passed").slice(-3).map((st) => escapeCell(st.name));
    const findings = diags.length > 0 ? ` (${countsText(diags)})` : "";
    const label = data.builtElsewhere ? "The file" : "TensorFlow range";
    const range = data.tensorflowRange ? `${label}: ${escapeCell(data.tensorflowRange)}.

` : "";
    return `## \u2705 tf-cgo-verify passed${findings}

${built}${took}.

` + (checks.length > 0 ? `Passed: ${checks.join(" \xB7 ")}.

` : "") + range;
  }
  const headline = failureHeadline(diags, data.workspace);
  const title = headline ? escapeCell(clip(headline, 200)) : "tf-cgo-verify failed";
  const facts = [diags.length > 0 ? countsText(diags) : "no findings", versions, time === void 0 ? "" : formatDuration(time)].filter(
    Boolean
  );
  const builtFor = data.builtElsewhere && data.tensorflowRange ? `The file: ${escapeCell(data.tensorflowRange)}.

` : "";
  return `## \u274C ${title}

${escapeCell(facts.join(" \xB7 "))}

${builtFor}`;
}

// src/report/summary-findings.ts
var maxLinksPerRow = 3;
var maxListed = 200;
var severityIcon = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var findingsTableHead = "| | What | Where |\n|---|---|---|\n";
function whereCell(group, workspace, repoUrl) {
  const positions = groupPositions(group, workspace);
  if (positions.length > 0) {
    const shown = group.findings.length > 1 ? 1 : maxLinksPerRow;
    const links = positions.slice(0, shown).map((p) => positionLink(p, repoUrl));
    const more = positions.length - shown;
    return links.join(", ") + (more > 0 ? ` and ${more} more` : "");
  }
  const origin = originText(group.findings[0]);
  return origin ? escapeCell(clip(origin.replace(/^at /, ""), 300)) : "\u2014";
}
function findingsTableRow(group, workspace, repoUrl) {
  const icon = severityIcon[group.findings[0].severity];
  return `| ${icon} | ${escapeCell(clip(group.title, 300))} | ${whereCell(group, workspace, repoUrl)} |
`;
}
function groupList(group, workspace, repoUrl) {
  const items = group.findings.slice(0, maxListed).map((d) => {
    const name = d.symbol ?? d.library ?? d.header;
    const positions = everyWorkspacePosition(d, workspace);
    const where = positions.length > 0 ? positions.slice(0, maxLinksPerRow).map((p) => positionLink(p, repoUrl)).join(", ") : escapeCell(clip(originText(d)?.replace(/^at /, "") ?? "", 300));
    const what = name ? code(name) : escapeCell(clip(d.title, 200));
    return `- ${what}${where ? `: ${where}` : ""}
`;
  });
  const more = group.findings.length - maxListed;
  const moreLine = more > 0 ? `- \u2026 and ${more} more: see the diagnostics JSON
` : "";
  return `<details><summary>${group.findings.length} findings and where they are</summary>

${items.join("")}${moreLine}
</details>

`;
}
function placeList(group, workspace, repoUrl) {
  if (group.findings.length !== 1) return "";
  const positions = everyWorkspacePosition(group.findings[0], workspace);
  if (positions.length <= maxLinksPerRow) return "";
  const items = positions.slice(0, maxListed).map((p) => `- ${positionLink(p, repoUrl)}
`);
  const more = positions.length - items.length;
  const moreLine = more > 0 ? `- \u2026 and ${more} more: see the diagnostics JSON
` : "";
  return `<details><summary>${positions.length} places</summary>

${items.join("")}${moreLine}
</details>

`;
}
function groupSection(group, workspace, repoUrl) {
  const first = group.findings[0];
  const name = first.symbol ?? first.library ?? first.header;
  const lead = group.findings.length > 1 && name ? `For ${code(name)} (the others alike): ` : "";
  const why = `${lead}${escapeCell(clip(first.message))}

`;
  const fix = first.fix ? `**Fix:** ${escapeCell(clip(first.fix))}

` : "";
  const list = group.findings.length > 1 ? groupList(group, workspace, repoUrl) : placeList(group, workspace, repoUrl);
  return `#### ${severityIcon[first.severity]} ${escapeCell(clip(group.title, 300))}

${why}${fix}${list}`;
}

// src/report/stage-line.ts
function stageLine(stage) {
  if (!stage.spent) return stage.name;
  const time = stage.spent.ms === void 0 ? "" : ` in ${formatDuration(stage.spent.ms)}`;
  return `${stage.name}: ${stage.spent.what}${time}`;
}

// src/report/summary-details.ts
var stageIcon = { passed: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F", stopped: "\u23F9\uFE0F" };
function stagesTable(stages, wallMs) {
  if (stages.length === 0) return "";
  const rows = stages.map((st) => {
    const time = st.durationMs === void 0 ? "" : formatDuration(st.durationMs);
    return `| ${escapeCell(clip(stageLine(st), 200))} | ${stageIcon[st.status]} ${st.status} | ${time} |
`;
  });
  if (wallMs !== void 0) rows.push(`| **Wall time** | | **${formatDuration(wallMs)}** |
`);
  return `**Stages**

| Stage | Result | Time |
|---|---|---|
${rows.join("")}
`;
}
function flagsBlock(data) {
  const lines = [
    data.flags.cgoCflags && `CGO_CFLAGS=${data.flags.cgoCflags}`,
    data.flags.cgoLdflags && `CGO_LDFLAGS=${data.flags.cgoLdflags}`,
    data.sharedObject && `shared object: ${data.sharedObject}`
  ].filter((l) => Boolean(l));
  if (lines.length === 0) return "";
  const text = lines.join("\n");
  const fence = fenceFor(text);
  return `**Flags**

${fence}text
${text}
${fence}

`;
}
function notesList(notes) {
  if (!notes || notes.length === 0) return "";
  return `**Notes**

${notes.map((n) => `- ${escapeCell(clip(n))}
`).join("")}
`;
}
function detailsSection(data) {
  const body = stagesTable(data.stages, data.wallMs) + flagsBlock(data) + notesList(data.notes);
  return body ? `<details><summary>Stages, flags and notes</summary>

${body}</details>

` : "";
}

// src/report/other-versions-section.ts
var mark = (outcome) => outcome === "loaded" ? "\u2705 loaded" : "\u274C failed";
function renderOtherVersions(results) {
  if (!results || results.length === 0) return "";
  const rows = results.map((r) => {
    const why = [r.message, r.explanation].filter(Boolean).join(" ");
    return `| TensorFlow ${escapeCell(r.version ?? r.requested)} | ${mark(r.afterImport)} | ${mark(r.alone)} | ${escapeCell(why)} |`;
  });
  return `**The same file under other TensorFlow versions** (load-on-tensorflow)

| | After \`import tensorflow\` | Alone | Why |
|---|---|---|---|
${rows.join("\n")}

`;
}

// src/report/summary-raw-output.ts
var noticeReserve = 200;
var minTailBytes = 256;
var tailWrapperReserve = 400;
var ansiEscape = /\x1b\[[0-9;?]*[A-Za-z]/g;
function renderTail(title, text, originalBytes) {
  const kept = byteLength(text);
  const cut = originalBytes > kept ? `_Cut to keep the summary under the size limit: the first ${originalBytes - kept} of ${originalBytes} bytes are omitted; the full output is in the job log._

` : "";
  const fence = fenceFor(text);
  const body = text.endsWith("\n") ? text : `${text}
`;
  return `<details><summary>Raw output: ${escapeCell(clip(title, 200))}</summary>

${cut}${fence}text
${body}${fence}

</details>

`;
}
function renderTails(tails, budget) {
  const texts = tails.map((t) => t.text.replace(/\r\n?/g, "\n").replace(ansiEscape, ""));
  const sizes = texts.map((t) => byteLength(t));
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
    else if (budget - byteLength(out) > noticeReserve)
      out += `_${escapeCell(clip(t.title, 100))}: omitted to keep the summary under the size limit; see the job log._

`;
  });
  return out;
}

// src/report/summary.ts
var summaryByteLimit = 1024 * 1024;
var ANNOTATION_LIMIT_LINE = "GitHub shows at most 10 annotations of each severity per step and 50 per job. Every finding is listed here and in the diagnostics JSON.";
var CACHED_OBJECTS_LINE = "_Compiler warnings are not shown this run: the package's C/C++ objects came from Go's build cache, and Go prints a compiler's warnings only when it compiles. A run with a cold cache shows them, or add `-a` to `build-flags` (`go build -a`)._";
function annotationLimitNote(unannotated) {
  if (!unannotated) return "";
  return `_${plural(unannotated, "finding or place has", "findings or places have")} no annotation: ${ANNOTATION_LIMIT_LINE}_

`;
}
function renderSummary(data, options = {}) {
  const maxBytes = options.maxBytes ?? summaryByteLimit;
  const diags = [...data.diagnostics].sort((a, b) => compareSeverity(a.severity, b.severity));
  const groups = groupFindings(diags, data.workspace);
  const changes = data.changes ? renderChangesSection(data.changes, data.repoUrl) : "";
  const head = verdictSection(data, diags) + changes + renderOtherVersions(data.otherVersions) + (data.objectsFromCache ? `${CACHED_OBJECTS_LINE}

` : "");
  const tableHead = groups.length > 0 ? findingsTableHead : "";
  const limitNote = annotationLimitNote(data.unannotated);
  const rest = detailsSection(data);
  const fixedBytes = byteLength(head + tableHead + limitNote + rest) + 2 * noticeReserve;
  let rows = "";
  let sections = "";
  let used = 0;
  let kept = 0;
  for (const group of groups) {
    const row = findingsTableRow(group, data.workspace, data.repoUrl);
    const section = groupSection(group, data.workspace, data.repoUrl);
    const size = byteLength(row + section);
    if (fixedBytes + used + size > maxBytes) break;
    rows += row;
    sections += section;
    used += size;
    kept++;
  }
  const cutGroups = groups.length - kept;
  const cutNotice = cutGroups > 0 ? `**\u2026 ${cutGroups} more findings omitted: see the diagnostics JSON** (the summary is limited to ${maxBytes} bytes).

` : "";
  const findings = tableHead ? `${tableHead}${rows}
${cutNotice}${sections}${limitNote}` : "";
  let out = head + findings + rest;
  const tails = data.rawTail ?? [];
  if (tails.length > 0) {
    const budget = maxBytes - byteLength(out);
    if (budget > noticeReserve) out += renderTails(tails, budget);
    else out += "_Raw output omitted to keep the summary under the size limit; see the job log._\n";
  }
  if (byteLength(out) <= maxBytes) return out;
  const notice = "\n\n**\u2026 summary cut at the size limit: see the diagnostics JSON and the job log.**\n";
  return truncateUtf8(out, maxBytes - byteLength(notice)) + notice;
}

// package.json
var package_default = {
  name: "tf-cgo-verify",
  version: "0.1.0",
  description: "GitHub Action: build a Go cgo shared object against the installed TensorFlow, load it under Python, and annotate linker and loader errors on the Go source lines behind them.",
  license: "MIT",
  private: true,
  type: "module",
  engines: {
    node: ">=24"
  },
  bin: {
    "tf-cgo-verify": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    test: 'npm run typecheck && npm run lint && npm run format:check && node --test --test-concurrency=2 --test-timeout=900000 "test/**/*.test.ts"',
    "test:unit": 'node --test "test/unit/**/*.test.ts"',
    "test:integration": 'node --test --test-concurrency=2 --test-timeout=900000 "test/integration/**/*.test.ts"',
    "test:e2e": 'node --test --test-concurrency=2 --test-timeout=900000 "test/e2e/**/*.test.ts"',
    "test:arm64": "bash scripts/test-arm64.sh",
    bench: "node bench/run.ts",
    "setup:tf": "bash scripts/setup-tf-venv.sh",
    example: "bash scripts/run-example.sh",
    preview: "node scripts/preview.ts",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check ."
  },
  dependencies: {
    "@actions/cache": "6.3.0",
    "@actions/core": "3.0.1",
    "@actions/http-client": "4.0.1",
    "@actions/tool-cache": "4.0.0",
    semver: "7.8.6",
    "smol-toml": "1.9.1"
  },
  devDependencies: {
    "@eslint/js": "10.0.1",
    "@types/node": "24.19.2",
    "@types/semver": "7.8.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "github-markdown-css": "5.9.0",
    marked: "18.3.0",
    node: "24.9.0",
    prettier: "3.10.1",
    typescript: "5.9.3",
    "typescript-eslint": "8.74.0"
  },
  allowScripts: {
    esbuild: true,
    node: true
  }
};

// src/outputs.ts
var SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;
var TOOL_VERSION = package_default.version;
var UNRESOLVED_KINDS = /* @__PURE__ */ new Set([
  "unresolved-symbol",
  "resolved-only-by-import",
  "undefined-symbol",
  "undefined-reference",
  "not-in-tensorflow"
]);
function unresolvedSymbols(diagnostics) {
  const symbols = diagnostics.flatMap((d) => UNRESOLVED_KINDS.has(d.kind) && d.symbol ? [d.symbol] : []);
  return [...new Set(symbols)].sort();
}
function verdictOf(result, failOn, context = { workspace: "" }) {
  const counted = (severity, noun) => {
    const n = result.diagnostics.filter((d) => d.severity === severity).length;
    return `${n} ${noun}${n === 1 ? "" : "s"}`;
  };
  const counts = `${counted("error", "error")}, ${counted("warning", "warning")}`;
  if (result.passed) return { outcome: "passed", message: `tf-cgo-verify passed (${counts}).`, annotate: false };
  const cause = failureHeadline(result.diagnostics, context.workspace);
  const overflow = context.overflow ? ` ${context.overflow}` : "";
  const annotate = !context.annotated;
  if (failOn === "never")
    return {
      outcome: "reported",
      message: `tf-cgo-verify found ${counts}${cause ? ` (${cause})` : ""}; fail-on is 'never', so the step stays green.${overflow}`,
      annotate
    };
  return {
    outcome: "failed",
    message: `tf-cgo-verify failed: ${cause ?? counts} (${counts}; the job summary explains each finding).${overflow}`,
    annotate
  };
}
async function writeDiagnostics(where, json) {
  if ("root" in where) {
    const file = path.join(await fs.promises.mkdtemp(path.join(where.root, "tf-cgo-verify-")), "diagnostics.json");
    await fs.promises.writeFile(file, json);
    return file;
  }
  await fs.promises.mkdir(path.dirname(where.file), { recursive: true });
  const partial = `${where.file}.${process.pid}.partial`;
  await fs.promises.writeFile(partial, json, { flag: "wx" });
  await fs.promises.rename(partial, where.file);
  return where.file;
}
async function reportRun(inputs, result, context) {
  const status = result.passed ? "passed" : "failed";
  const outputs = {
    result: status,
    "shared-object": result.sharedObject ?? "",
    "cgo-cflags": result.cgoEnv.CGO_CFLAGS ?? "",
    "cgo-ldflags": result.cgoEnv.CGO_LDFLAGS ?? "",
    "go-version": result.goSetup?.version ?? "",
    "tensorflow-version": result.tf.version,
    "python-version": result.tf.pythonVersion,
    python: result.python,
    "unresolved-symbols": unresolvedSymbols(result.diagnostics).join(","),
    needed: result.inspection?.needed.join(",") ?? "",
    runpath: result.inspection?.runpath ?? result.inspection?.rpath ?? "",
    "link-dir": result.plan?.linkDir ?? ""
  };
  const diagnosticsFile = await writeDiagnostics(
    context.diagnostics,
    JSON.stringify(
      toDiagnosticsJson(result.diagnostics, { result: status, workspace: inputs.workspace, toolVersion: TOOL_VERSION }),
      null,
      2
    )
  );
  outputs.diagnostics = diagnosticsFile;
  if (inputs.sarifFile) {
    const sarif = toSarif(result.diagnostics, {
      workspace: inputs.workspace,
      toolVersion: TOOL_VERSION,
      fallbackFile: result.pkg?.module?.goMod ?? inputs.library
    });
    await fs.promises.mkdir(path.dirname(inputs.sarifFile), { recursive: true });
    await fs.promises.writeFile(inputs.sarifFile, JSON.stringify(sarif, null, 2));
    outputs["sarif-file"] = inputs.sarifFile;
  }
  const plan = inputs.annotate ? planAnnotations(result.diagnostics, {
    workspace: inputs.workspace,
    budget: remainingBudget(context.annotationsPrinted ?? { error: 0, warning: 0, notice: 0 }),
    sarif: Boolean(inputs.sarifFile)
  }) : void 0;
  const verdict = verdictOf(result, inputs.failOn, {
    workspace: inputs.workspace,
    annotated: (plan?.annotations.length ?? 0) > 0,
    overflow: plan?.overflow
  });
  const total = (l) => l.error + l.warning + l.notice;
  const unannotated = plan ? total(plan.omitted) : 0;
  const exportsSection = result.exports ? `
${renderExportsSection(result.exports)}` : void 0;
  const summary = renderSummary(
    {
      result: status,
      diagnostics: result.diagnostics,
      workspace: inputs.workspace,
      repoUrl: context.repoUrl,
      versions: { go: result.goSetup?.version, tensorflow: result.tf.version, python: result.tf.pythonVersion },
      flags: { cgoCflags: result.cgoEnv.CGO_CFLAGS, cgoLdflags: result.cgoEnv.CGO_LDFLAGS },
      stages: result.stages,
      wallMs: result.wallMs,
      sharedObject: result.sharedObject,
      ...result.builtElsewhere ? { builtElsewhere: true } : {},
      rawTail: result.rawTails,
      notes: result.notes,
      ...result.objectsFromCache ? { objectsFromCache: true } : {},
      ...result.tensorflowRange ? { tensorflowRange: result.tensorflowRange } : {},
      ...result.otherVersions ? { otherVersions: result.otherVersions } : {},
      ...result.changes ? { changes: result.changes } : {},
      unannotated
    },
    { maxBytes: SUMMARY_LIMIT - (exportsSection?.length ?? 0) }
  ) + (exportsSection ?? "");
  return { outputs, diagnosticsFile, sarifFile: inputs.sarifFile, annotations: plan?.annotations ?? [], summary, verdict };
}

export {
  formatDuration,
  stageLine,
  unresolvedSymbols,
  verdictOf,
  reportRun
};
