#!/usr/bin/env node
import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  runSetupMode
} from "./chunks/chunk-3XKMTTDS.js";
import {
  runPipeline
} from "./chunks/chunk-M4NGKL2P.js";
import {
  formatDuration,
  reportRun,
  stageLine
} from "./chunks/chunk-M74SX7PT.js";
import {
  shellExportLines
} from "./chunks/chunk-BRXC6WUH.js";
import {
  formatPosition,
  workspaceRelative
} from "./chunks/chunk-UNMOTGL2.js";
import "./chunks/chunk-7VM6WTPS.js";
import {
  createRawEcho,
  inputsIgnoredWithLibrary,
  inputsNotForMode,
  readInputs,
  readMatrixInputs,
  readMode,
  unsupportedPlatform
} from "./chunks/chunk-FBJTCCAC.js";
import {
  EnvironmentError,
  prestartImport,
  runnerTemp
} from "./chunks/chunk-5QYZCYMJ.js";
import "./chunks/chunk-3PHFEWK4.js";
import {
  runPost
} from "./chunks/chunk-SGTA3SZ3.js";
import "./chunks/chunk-6TNHHGZW.js";
import {
  buildMatrix
} from "./chunks/chunk-E5RWLL4Y.js";
import "./chunks/chunk-YZCBP5WB.js";
import {
  InputError
} from "./chunks/chunk-QJX3G46C.js";
import "./chunks/chunk-KGVCVX4O.js";
import "./chunks/chunk-X6EWYPAH.js";

// src/cli.ts
import os from "node:os";
import path from "node:path";

// src/report/cli-format.ts
var severityWord = { error: "error", warning: "warning", notice: "note" };
var indent = "    ";
function inert(line) {
  return line.replace(/##\[/g, "##\u200B[").replace(/^(\s*):(?=:)/, "$1:\u200B");
}
function displayPath(file, cwd) {
  return workspaceRelative(file, cwd) ?? file;
}
function positionOf(loc, cwd) {
  const line = loc.line !== void 0 && loc.line > 0 ? loc.line : void 0;
  const column = line !== void 0 && loc.column !== void 0 && loc.column > 0 ? loc.column : void 0;
  return formatPosition(displayPath(loc.file, cwd), line, column);
}
function formatForCli(diags, options) {
  const out = [];
  for (const d of diags) {
    const [first = "", ...rest] = (d.message.trim() || d.title).split(/\r?\n/);
    const where = d.locations && d.locations.length > 0 ? d.locations : d.toolLocation ? [d.toolLocation] : [];
    const prefixes = where.length > 0 ? where.map((loc) => positionOf(loc, options.cwd)) : ["tf-cgo-verify"];
    for (const prefix of [...new Set(prefixes)]) {
      out.push(`${prefix}: ${severityWord[d.severity]}: ${first}`);
      for (const line of rest) out.push(`${indent}${line}`);
    }
    const fixLines = d.fix?.trim() ? d.fix.trim().split(/\r?\n/) : [];
    fixLines.forEach((line, i) => out.push(`${indent}${i === 0 ? "fix: " : "     "}${line}`));
  }
  return out.map(inert);
}
function stageTimesLine(stages, wallMs) {
  const times = stages.filter((s) => s.durationMs !== void 0).map((s) => `${stageLine(s)} ${formatDuration(s.durationMs)}`);
  return `Stage times: ${times.join(", ")}; wall time ${formatDuration(wallMs)}`;
}

// src/cli.ts
var EXIT = {
  passed: 0,
  /** The checks found errors (or warnings, with --fail-on warning). */
  findings: 1,
  /** An input is wrong: the message names it and the fix. */
  badInput: 2,
  /** A service, tool or disk the run needs failed (download site, package index, go, a full or read-only disk): retry or make room. */
  environment: 3,
  /** A bug in tf-cgo-verify. */
  internal: 4
};
var USAGE = `usage: tf-cgo-verify [--working-directory DIR] [--package PKG] [--output FILE]
       [--build-flags FLAGS] [--python PYTHON] [--expect-symbols A,B]
       [--smoke-test CODE|FILE.py] [--smoke-timeout SECONDS] [--fail-on error|warning|never]
       [--workspace DIR] [--diagnostics-file FILE] [--quiet]
       --library FILE: check a shared object built elsewhere instead of building one.
       --mode setup [--package PATTERN]: build nothing; print the environment for go test as
       shell lines, e.g. eval "$(tf-cgo-verify --mode setup)".
Every input of the GitHub Action can be given as --<input-name> VALUE or --<input-name>=VALUE.`;
function parseArgs(argv) {
  const values = /* @__PURE__ */ new Map();
  let quiet = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    if (arg === "--quiet" || arg === "-q") {
      quiet = true;
      continue;
    }
    const match = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/.exec(arg);
    if (!match) throw new InputError(arg, `unexpected argument: flags look like --name value.
${USAGE}`);
    const [, name, inline] = match;
    if (inline !== void 0) values.set(name, inline);
    else if (i + 1 < argv.length) values.set(name, argv[++i]);
    else throw new InputError(name, "needs a value.");
  }
  return { values, quiet, help };
}
function terminalLog(quiet) {
  const say = (m) => {
    if (!quiet) process.stderr.write(`${m}
`);
  };
  return {
    info: say,
    notice: (m) => say(`note: ${m}`),
    warning: (m) => say(`warning: ${m}`),
    debug: () => void 0,
    group: async (name, fn) => {
      say(`== ${name}`);
      return fn();
    },
    rawEcho: () => createRawEcho(
      (text) => {
        if (!quiet) process.stderr.write(text);
      },
      { guard: false }
    )
  };
}
function defaultDiagnosticsFile(env = process.env) {
  return path.join(runnerTemp(env), `tf-cgo-verify-diagnostics-${os.userInfo().uid}.json`);
}
async function printSetup(inputs, quiet, diagnosticsFile) {
  const result = await runSetupMode(inputs, terminalLog(quiet));
  const report = await reportRun(inputs, result, { diagnostics: { file: diagnosticsFile } });
  for (const line of formatForCli(result.diagnostics, { cwd: process.cwd() })) process.stderr.write(`${line}
`);
  for (const line of shellExportLines(result.exports)) process.stdout.write(`${line}
`);
  const failed = report.verdict.outcome === "failed";
  printSetupResult(`${result.passed ? "passed" : "failed"}; diagnostics: ${report.diagnosticsFile}`, failed);
  return failed ? EXIT.findings : EXIT.passed;
}
function printSetupResult(result, stop) {
  process.stdout.write(`# tf-cgo-verify: ${result.replace(/\n/g, " ")}
${stop ? "false\n" : ""}`);
}
async function main(argv) {
  const setupMode = argv.some((arg, i) => arg === "--mode=setup" || arg === "--mode" && argv[i + 1] === "setup");
  try {
    const { values, quiet, help } = parseArgs(argv);
    if (help) {
      process.stdout.write(`${USAGE}
`);
      return EXIT.passed;
    }
    const refused = unsupportedPlatform(process.platform, process.arch);
    if (refused) {
      process.stderr.write(`tf-cgo-verify: error: ${refused}
`);
      if (setupMode) printSetupResult(`failed: error: ${refused}`, true);
      return EXIT.badInput;
    }
    const known = /* @__PURE__ */ new Set(["workspace", "diagnostics-file"]);
    const get = (name) => {
      known.add(name);
      return values.get(name) ?? (name === "cache" ? "false" : "");
    };
    const refuseUnknownFlags = () => {
      const unknown = [...values.keys()].find((name) => !known.has(name));
      if (unknown) throw new InputError(unknown, `--${unknown} is not an input of tf-cgo-verify.
${USAGE}`);
    };
    const mode = readMode(get);
    const log = terminalLog(quiet);
    const given = (name) => {
      known.add(name);
      return values.get(name) ?? "";
    };
    for (const warning of inputsNotForMode(given, mode)) log.warning(warning);
    if (mode === "verify") for (const warning of inputsIgnoredWithLibrary(given)) log.warning(warning);
    if (mode === "matrix") {
      const matrix = buildMatrix(readMatrixInputs(get));
      refuseUnknownFlags();
      process.stdout.write(`${JSON.stringify(matrix, null, 2)}
`);
      return EXIT.passed;
    }
    const inputs = readInputs(get, { workspace: values.get("workspace") ?? process.cwd(), mode });
    refuseUnknownFlags();
    const diagnosticsFile = path.resolve(values.get("diagnostics-file") || defaultDiagnosticsFile());
    if (mode === "setup") return await printSetup(inputs, quiet, diagnosticsFile);
    const result = await runPipeline(inputs, log, { prestarted: prestartImport(inputs) });
    if (result.wallMs !== void 0) log.info(stageTimesLine(result.stages, result.wallMs));
    const report = await reportRun(inputs, result, { diagnostics: { file: diagnosticsFile } });
    for (const line of formatForCli(result.diagnostics, { cwd: process.cwd() })) process.stdout.write(`${line}
`);
    const files = [`diagnostics: ${report.diagnosticsFile}`, ...report.sarifFile ? [`SARIF: ${report.sarifFile}`] : []].join("; ");
    process.stdout.write(
      `tf-cgo-verify: ${result.passed ? "passed" : "failed"}${result.sharedObject ? ` (${result.sharedObject})` : ""}; ${files}
`
    );
    const failed = report.verdict.outcome === "failed";
    if (result.cacheState && !failed) await runPost({ ok: true, state: result.cacheState }, log);
    return failed ? EXIT.findings : EXIT.passed;
  } catch (error) {
    const [code, kind] = error instanceof InputError ? [EXIT.badInput, "error"] : error instanceof EnvironmentError ? [EXIT.environment, "environment error (not your code or inputs)"] : [EXIT.internal, "internal error"];
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tf-cgo-verify: ${kind}: ${message}
`);
    if (code === EXIT.internal && process.env.TF_CGO_VERIFY_DEBUG) process.stderr.write(`${error.stack ?? ""}
`);
    if (setupMode) printSetupResult(`failed: ${kind}: ${message.split("\n")[0]}`, true);
    return code;
  }
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
export {
  EXIT,
  defaultDiagnosticsFile,
  main,
  parseArgs
};
