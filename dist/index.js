import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  createRawEcho,
  inputsIgnoredWithLibrary,
  inputsNotForMode,
  neutralizeCommands,
  readInputs,
  readMatrixInputs,
  readMode,
  unsupportedPlatform
} from "./chunks/chunk-FBJTCCAC.js";
import {
  EnvironmentError,
  createLineSplitter,
  prestartImport,
  runnerTemp
} from "./chunks/chunk-5QYZCYMJ.js";
import "./chunks/chunk-3PHFEWK4.js";
import {
  CACHE_STATE_NAME,
  encodeCacheState
} from "./chunks/chunk-6TNHHGZW.js";
import {
  InputError
} from "./chunks/chunk-QJX3G46C.js";
import {
  ExitCode,
  addPath,
  debug,
  error,
  exportVariable,
  getInput,
  group,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  warning
} from "./chunks/chunk-C3OHNAY7.js";
import "./chunks/chunk-X6EWYPAH.js";

// src/main.ts
import fs from "node:fs";
import path from "node:path";

// src/report/annotation-count.ts
var annotationCommand = /^::(error|warning|notice)(?:\s[^:]*)?::/i;
function createAnnotationCounter() {
  const counts = { error: 0, warning: 0, notice: 0 };
  let stopToken;
  const line = (raw) => {
    const text = raw.trimStart();
    if (!text.startsWith("::")) return;
    if (stopToken !== void 0) {
      if (text.trimEnd() === `::${stopToken}::`) stopToken = void 0;
      return;
    }
    const stop = /^::stop-commands::(.*)$/i.exec(text);
    if (stop) {
      stopToken = stop[1].trimEnd();
      return;
    }
    const match = annotationCommand.exec(text);
    if (match) counts[match[1].toLowerCase()]++;
  };
  const splitter = createLineSplitter(line);
  return {
    feed: (text) => splitter.write(text),
    counts: () => ({ ...counts })
  };
}

// src/main.ts
var actionLog = {
  info: (m) => info(neutralizeCommands(m)),
  notice: (m) => notice(m),
  warning: (m) => warning(m),
  debug: (m) => debug(m),
  group: (name, fn) => group(name, fn),
  rawEcho: () => createRawEcho((text) => process.stdout.write(text), { guard: true })
};
function countAnnotationsOnStdout() {
  const counter = createAnnotationCounter();
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    counter.feed(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return write(chunk, ...rest);
  };
  return counter;
}
function exportForLaterSteps(mode, go) {
  if (mode === "verify" && go.source !== "path") addPath(path.join(go.goroot, "bin"));
}
async function writeMatrix(get) {
  const { buildMatrix } = await import("./chunks/matrix-OUXLYNSK.js");
  const matrix = buildMatrix(readMatrixInputs(get));
  setOutput("matrix", JSON.stringify(matrix));
  info(`${matrix.include.length} compatible combinations:`);
  for (const entry of matrix.include) info(`  TensorFlow ${entry.tensorflow}, Python ${entry.python}, Go ${entry.go}`);
}
function exportJobEnvironment(exports) {
  for (const [name, value] of Object.entries(exports.env)) exportVariable(name, value);
  for (const dir of [...exports.path].reverse()) addPath(dir);
}
async function run(options = {}) {
  const refused = unsupportedPlatform(options.platform ?? process.platform, options.arch ?? process.arch);
  if (refused) {
    setOutput("result", "failed");
    setFailed(refused);
    return;
  }
  const printed = countAnnotationsOnStdout();
  try {
    const get = (name) => getInput(name);
    const mode = readMode(get);
    for (const warning2 of inputsNotForMode(get, mode)) actionLog.warning(warning2);
    if (mode === "verify") for (const warning2 of inputsIgnoredWithLibrary(get)) actionLog.warning(warning2);
    if (mode === "matrix") {
      await writeMatrix(get);
      return;
    }
    const inputs = readInputs(get, { workspace: process.env.GITHUB_WORKSPACE || process.cwd(), mode });
    const prestarted = mode === "verify" ? prestartImport(inputs) : void 0;
    const [{ runPipeline }, { runSetupMode }, { reportRun }, { repoBlobUrl }] = await Promise.all([
      import("./chunks/pipeline-L3DSZAYO.js"),
      import("./chunks/setup-mode-22N7BMV2.js"),
      import("./chunks/outputs-JNJR55EU.js"),
      import("./chunks/source-links-YMHS6TKX.js")
    ]);
    const ran = mode === "setup" ? { mode, result: await runSetupMode(inputs, actionLog) } : { mode, result: await runPipeline(inputs, actionLog, { prestarted, onGoReady: (go) => exportForLaterSteps(mode, go) }) };
    const { result } = ran;
    if (ran.mode === "setup") exportJobEnvironment(ran.result.exports);
    if (result.cacheState) saveState(CACHE_STATE_NAME, encodeCacheState(result.cacheState));
    const report = await reportRun(inputs, result, {
      diagnostics: { root: runnerTemp() },
      repoUrl: repoBlobUrl(process.env),
      annotationsPrinted: printed.counts()
    });
    for (const [name, value] of Object.entries(report.outputs)) setOutput(name, value);
    for (const a of report.annotations) {
      if (a.severity === "error") error(a.message, a.properties);
      else if (a.severity === "warning") warning(a.message, a.properties);
      else notice(a.message, a.properties);
    }
    if (process.env.GITHUB_STEP_SUMMARY) await fs.promises.appendFile(process.env.GITHUB_STEP_SUMMARY, report.summary);
    const { outcome, message, annotate } = report.verdict;
    if (outcome === "passed" || outcome === "reported" && !annotate) info(message);
    else if (outcome === "reported") warning(message);
    else if (annotate) setFailed(message);
    else {
      info(message);
      process.exitCode = ExitCode.Failure;
    }
  } catch (error2) {
    setOutput("result", "failed");
    if (error2 instanceof InputError) {
      setFailed(error2.message);
      return;
    }
    if (error2 instanceof EnvironmentError) {
      setFailed(`tf-cgo-verify could not finish: a service, tool or disk it needs failed, not your code or inputs. ${error2.message}`);
      return;
    }
    const err = error2 instanceof Error ? error2 : new Error(String(error2));
    debug(err.stack ?? "");
    setFailed(`tf-cgo-verify stopped on an unexpected error: ${err.message}. Please report it with the debug log.`);
  }
}

// src/index.ts
await run();
