#!/usr/bin/env node
import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  InputError,
  buildMatrix,
  createRawEcho,
  formatPosition,
  readInputs,
  readMatrixInputs,
  readMode,
  reportRun,
  runPipeline,
  runSetupMode,
  shellExportLines,
  unsupportedPlatform,
  workspaceRelative
} from "./chunks/chunk-URO73V2D.js";
import {
  runPost
} from "./chunks/chunk-BHVA3G4H.js";
import "./chunks/chunk-S3FFV5K2.js";
import "./chunks/chunk-KGVCVX4O.js";
import "./chunks/chunk-X6EWYPAH.js";

// src/cli.ts
import os from "node:os";

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

// src/cli.ts
var USAGE = `usage: tf-cgo-verify [--working-directory DIR] [--package PKG] [--output FILE]
       [--build-flags FLAGS] [--python PYTHON] [--expect-symbols A,B]
       [--smoke-test CODE|FILE.py] [--smoke-timeout SECONDS] [--fail-on error|warning|never]
       [--workspace DIR] [--quiet]
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
async function printSetup(inputs, quiet) {
  const result = await runSetupMode(inputs, terminalLog(quiet));
  const report = await reportRun(inputs, result, { reportRoot: process.env.RUNNER_TEMP || os.tmpdir() });
  for (const line of formatForCli(result.diagnostics, { cwd: process.cwd() })) process.stderr.write(`${line}
`);
  for (const line of shellExportLines(result.exports)) process.stdout.write(`${line}
`);
  process.stdout.write(`# tf-cgo-verify: ${result.passed ? "passed" : "failed"}; diagnostics: ${report.diagnosticsFile}
`);
  return report.verdict.outcome === "failed" ? 1 : 0;
}
async function main(argv) {
  try {
    const { values, quiet, help } = parseArgs(argv);
    if (help) {
      process.stdout.write(`${USAGE}
`);
      return 0;
    }
    const refused = unsupportedPlatform(process.platform, process.arch);
    if (refused) {
      process.stderr.write(`tf-cgo-verify: error: ${refused}
`);
      return 2;
    }
    const known = /* @__PURE__ */ new Set(["workspace"]);
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
    if (mode === "matrix") {
      const matrix = buildMatrix(readMatrixInputs(get));
      refuseUnknownFlags();
      process.stdout.write(`${JSON.stringify(matrix, null, 2)}
`);
      return 0;
    }
    const inputs = readInputs(get, { workspace: values.get("workspace") ?? process.cwd(), mode });
    refuseUnknownFlags();
    if (mode === "setup") return await printSetup(inputs, quiet);
    const log = terminalLog(quiet);
    const result = await runPipeline(inputs, log);
    const report = await reportRun(inputs, result, { reportRoot: process.env.RUNNER_TEMP || os.tmpdir() });
    for (const line of formatForCli(result.diagnostics, { cwd: process.cwd() })) process.stdout.write(`${line}
`);
    const files = [`diagnostics: ${report.diagnosticsFile}`, ...report.sarifFile ? [`SARIF: ${report.sarifFile}`] : []].join("; ");
    process.stdout.write(
      `tf-cgo-verify: ${result.passed ? "passed" : "failed"}${result.sharedObject ? ` (${result.sharedObject})` : ""}; ${files}
`
    );
    const failed = report.verdict.outcome === "failed";
    if (result.cacheState && !failed) await runPost({ ok: true, state: result.cacheState }, log);
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`tf-cgo-verify: error: ${error.message}
`);
      return 2;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`tf-cgo-verify: internal error: ${err.message}
`);
    if (process.env.TF_CGO_VERIFY_DEBUG) process.stderr.write(`${err.stack ?? ""}
`);
    return 3;
  }
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
export {
  main,
  parseArgs
};
