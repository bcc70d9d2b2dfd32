import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  WordSplitError,
  findGoMod,
  splitList,
  splitWords
} from "./chunk-5QYZCYMJ.js";
import {
  InputError,
  TF_PACKAGES,
  normalizeInstallDir,
  parseRpathSetting
} from "./chunk-QJX3G46C.js";

// src/inputs.ts
import fs from "node:fs";
import path from "node:path";
function oneOf(get, name, allowed, fallback) {
  const value = get(name).trim() || fallback;
  if (!allowed.includes(value)) {
    throw new InputError(name, `'${value}' is not one of ${allowed.map((a) => `'${a}'`).join(", ")}.`);
  }
  return value;
}
function readBoolean(get, name, fallback) {
  const value = get(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "1", "on"].includes(value)) return true;
  if (["false", "no", "0", "off"].includes(value)) return false;
  throw new InputError(name, `'${get(name)}' is not a boolean: use true or false.`);
}
function readCache(get) {
  if (get("cache").trim().toLowerCase() === "restore-only") return "restore-only";
  try {
    return readBoolean(get, "cache", true) ? "save" : "off";
  } catch {
    throw new InputError("cache", `'${get("cache")}' is not true, false or restore-only.`);
  }
}
function isInside(child, parent) {
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function looksLikePath(value) {
  return value.includes("/") && /^[\w.~+@/-]+$/.test(value);
}
function readSmokeTest(value, workingDirectory) {
  const trimmed = value.trim();
  if (trimmed === "") return void 0;
  if (trimmed.includes("\n")) return { kind: "inline", code: value };
  const file = path.resolve(workingDirectory, trimmed);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isFile()) return { kind: "file", path: file };
  if (stat?.isDirectory()) {
    throw new InputError(
      "smoke-test",
      `${file} is a folder: give a Python file in it, relative to working-directory, or inline Python code.`
    );
  }
  if (trimmed.endsWith(".py") || looksLikePath(trimmed)) {
    throw new InputError(
      "smoke-test",
      `the file ${trimmed} does not exist (looked for ${file}, in working-directory ${workingDirectory}). Give a path relative to working-directory, or inline Python code.`
    );
  }
  return { kind: "inline", code: value };
}
function readCacheRotation(get) {
  const raw = get("cache-rotation").trim() || "7";
  if (!/^\d+$/.test(raw) || Number(raw) > 3650) {
    throw new InputError(
      "cache-rotation",
      `'${raw}' is not a whole number of days from 0 to 3650: use 7 for a fresh Go build cache entry every week, or 0 to never rotate.`
    );
  }
  return Number(raw);
}
var MAX_TIMEOUT_SECONDS = 2147483;
function readTimeout(get) {
  const raw = get("smoke-timeout").trim() || "120";
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_TIMEOUT_SECONDS) {
    throw new InputError(
      "smoke-timeout",
      `'${raw}' is not a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}: use a number such as 120.`
    );
  }
  return Math.round(Number(raw) * 1e3);
}
function readWords(get, name) {
  try {
    return splitWords(get(name));
  } catch (error) {
    if (error instanceof WordSplitError) throw new InputError(name, `${error.message}: quote the words the way a shell would.`);
    throw error;
  }
}
function optional(get, name) {
  return get(name).trim() || void 0;
}
var ACTION_INPUT_DEFAULTS = {
  "working-directory": ".",
  package: "",
  output: "",
  library: "",
  "build-flags": "",
  python: "python3",
  "expect-symbols": "",
  "smoke-test": "",
  "smoke-timeout": "120",
  "fail-on": "error",
  annotate: "true",
  "sarif-file": "",
  "link-libraries": "auto",
  "link-against": "stubs",
  rpath: "auto",
  "install-dir": "",
  "load-as": "auto",
  "standalone-load": "warn",
  "glibc-floor": "",
  "load-on-tensorflow": "",
  "supported-tensorflow": "",
  "go-version": "",
  "go-version-file": "",
  "go-download-base-url": "",
  "go-download-source": "go.dev",
  "check-latest": "false",
  "tensorflow-version": "",
  "tensorflow-version-file": "",
  "tensorflow-package": "",
  "pip-args": "",
  cache: "true",
  "cache-rotation": "7",
  mode: "verify",
  "python-versions": "",
  "pythons-per-tensorflow": "all"
};
var EVERY_MODE = ["verify", "setup", "matrix"];
var VERIFY_ONLY = ["verify"];
var MODES_OF_INPUT = {
  mode: EVERY_MODE,
  "go-version": EVERY_MODE,
  "tensorflow-version": EVERY_MODE,
  "python-versions": ["matrix"],
  "pythons-per-tensorflow": ["matrix"],
  output: VERIFY_ONLY,
  library: VERIFY_ONLY,
  "expect-symbols": VERIFY_ONLY,
  "smoke-test": VERIFY_ONLY,
  "smoke-timeout": VERIFY_ONLY,
  "load-as": VERIFY_ONLY,
  "standalone-load": VERIFY_ONLY,
  "glibc-floor": VERIFY_ONLY,
  // Both judge a built library.
  "load-on-tensorflow": VERIFY_ONLY,
  "supported-tensorflow": VERIFY_ONLY,
  // Setup mode builds nothing, so it saves no Go build cache.
  "cache-rotation": VERIFY_ONLY
};
function inputsNotForMode(get, mode) {
  return Object.entries(ACTION_INPUT_DEFAULTS).flatMap(([name, fallback]) => {
    const value = get(name).trim();
    const modes = MODES_OF_INPUT[name] ?? ["verify", "setup"];
    if (value === "" || value === fallback || modes.includes(mode)) return [];
    const where = modes.map((m) => `mode: ${m}`).join(" or ");
    return [`Input '${name}' is ignored: it applies to ${where}, and this step runs mode: ${mode}. Remove it, or set mode.`];
  });
}
function readMode(get) {
  return oneOf(get, "mode", ["verify", "matrix", "setup"], "verify");
}
function readMatrixInputs(get) {
  return {
    tensorflow: optional(get, "tensorflow-version"),
    python: optional(get, "python-versions"),
    go: optional(get, "go-version"),
    pythonsPerTf: oneOf(get, "pythons-per-tensorflow", ["all", "newest", "edges"], "all")
  };
}
function readSetupInputs(get) {
  const pkg = get("tensorflow-package").trim() ? oneOf(get, "tensorflow-package", TF_PACKAGES, "tensorflow-cpu") : void 0;
  return {
    goVersion: optional(get, "go-version"),
    goVersionFile: optional(get, "go-version-file"),
    goDownloadBaseUrl: optional(get, "go-download-base-url"),
    goDownloadSource: oneOf(get, "go-download-source", ["go.dev", "proxy"], "go.dev"),
    checkLatest: readBoolean(get, "check-latest", false),
    tensorflowVersion: optional(get, "tensorflow-version"),
    tensorflowVersionFile: optional(get, "tensorflow-version-file"),
    ...pkg ? { tensorflowPackage: pkg } : {},
    pipArgs: readWords(get, "pip-args"),
    cache: readCache(get),
    cacheRotationDays: readCacheRotation(get)
  };
}
function readPython(get, workspace) {
  const value = get("python").trim() || "python3";
  return value.includes("/") ? path.resolve(workspace, value) : value;
}
function readGlibcFloor(get, installDir) {
  const value = get("glibc-floor").trim() || (installDir ? "wheel" : "report");
  if (value === "report" || value === "wheel" || value === "off" || /^2\.\d+$/.test(value)) return value;
  throw new InputError("glibc-floor", `'${value}' is not report, wheel, off or a glibc version such as 2.35.`);
}
function readBuildFlags(get) {
  const words = readWords(get, "build-flags");
  for (const word of words) {
    if (/^--?(buildmode|o)(=|$)/.test(word)) {
      throw new InputError(
        "build-flags",
        `${word} is set by the action: use the 'output' input for the file name; the build mode is always c-shared.`
      );
    }
  }
  return words;
}
function readWorkingDirectory(get, workspace, needsGoModule) {
  const workingDirectory = path.resolve(workspace, get("working-directory").trim() || ".");
  if (!isInside(workingDirectory, workspace)) {
    throw new InputError(
      "working-directory",
      `${workingDirectory} is outside the workspace ${workspace}: give a folder inside the repository, relative to its root.`
    );
  }
  if (!fs.existsSync(workingDirectory) || !fs.statSync(workingDirectory).isDirectory()) {
    throw new InputError(
      "working-directory",
      `${workingDirectory} is not a folder: give the folder of your Go module, relative to the repository root.`
    );
  }
  if (needsGoModule && !findGoMod(workingDirectory)) {
    throw new InputError(
      "working-directory",
      `no go.mod in ${workingDirectory} or any folder above it: point working-directory at your Go module's folder (the one with go.mod).`
    );
  }
  return workingDirectory;
}
function readPackage(get, workingDirectory, setupMode) {
  const packageRaw = get("package").trim() || (setupMode ? "./..." : ".");
  const packagePath = path.isAbsolute(packageRaw) || packageRaw.startsWith(".") ? packageRaw : `./${packageRaw}`;
  const packageDir = path.resolve(workingDirectory, packagePath);
  if (!packagePath.includes("...") && (!fs.existsSync(packageDir) || !fs.statSync(packageDir).isDirectory())) {
    throw new InputError(
      "package",
      `no package folder at ${packageDir}: give the package path relative to working-directory, e.g. ./cmd/mylib.`
    );
  }
  if (packagePath.includes("...") && !setupMode) {
    throw new InputError("package", `'${packagePath}' names several packages: c-shared builds one main package, so give its path.`);
  }
  return { packagePath, packageDir };
}
function readOutput(get, workingDirectory, workspace, packageDir) {
  const outputRaw = get("output").trim() || `lib${path.basename(packageDir)}.so`;
  const output = path.resolve(workingDirectory, outputRaw);
  if (!isInside(output, workspace)) {
    throw new InputError(
      "output",
      `${outputRaw} resolves to ${output}, outside the workspace ${workspace}: give a path inside the repository, relative to working-directory.`
    );
  }
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) {
    throw new InputError(
      "output",
      `${outputRaw} is a folder: give the file name of the shared object, e.g. ${path.join(outputRaw, `lib${path.basename(packageDir)}.so`)}.`
    );
  }
  return output;
}
function readSarifFile(get, workingDirectory, workspace) {
  const sarifRaw = get("sarif-file").trim();
  const sarifFile = sarifRaw ? path.resolve(workingDirectory, sarifRaw) : void 0;
  if (sarifFile && !isInside(sarifFile, workspace) && !isInside(sarifFile, process.env.RUNNER_TEMP ?? workspace)) {
    throw new InputError(
      "sarif-file",
      `${sarifRaw} resolves outside the workspace: give a path inside the repository or under RUNNER_TEMP.`
    );
  }
  return sarifFile;
}
function readLinkInputs(get, installDir) {
  return {
    mode: oneOf(get, "link-libraries", ["auto", "sysconfig", "none"], "auto"),
    against: oneOf(get, "link-against", ["stubs", "libraries"], "stubs"),
    rpath: parseRpathSetting(get("rpath")),
    installDir
  };
}
function readLoadOnTensorflow(get) {
  const versions = splitList(get("load-on-tensorflow"));
  const bad = versions.find((v) => !/^\d+\.\d+(?:\.\d+)?$/.test(v));
  if (bad !== void 0)
    throw new InputError(
      "load-on-tensorflow",
      `'${bad}' is not a TensorFlow version. List versions such as 2.20 (its newest patch) or 2.19.1, separated by commas: load-on-tensorflow: 2.20, 2.19.`
    );
  return versions;
}
function readLibrary(get, workingDirectory) {
  const raw = get("library").trim();
  if (!raw) return void 0;
  const file = path.resolve(workingDirectory, raw);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    const what = stat?.isDirectory() ? "is a folder" : "does not exist";
    throw new InputError(
      "library",
      `${file} ${what}: give the shared object's path, relative to working-directory (${workingDirectory}) or absolute.`
    );
  }
  return file;
}
var BUILD_ONLY_INPUTS = [
  "package",
  "output",
  "build-flags",
  "link-libraries",
  "link-against",
  "rpath",
  "go-version",
  "go-version-file",
  "go-download-base-url",
  "go-download-source",
  "check-latest",
  "cache-rotation",
  // The file says which TensorFlow versions it was built for (inspect/built-for.ts).
  "supported-tensorflow"
];
function inputsIgnoredWithLibrary(get) {
  if (!get("library").trim()) return [];
  return BUILD_ONLY_INPUTS.flatMap((name) => {
    const value = get(name).trim();
    if (value === "" || value === ACTION_INPUT_DEFAULTS[name]) return [];
    return [
      `Input '${name}' is ignored: with 'library', the action checks that file and builds nothing. Remove '${name}', or 'library' to build the package.`
    ];
  });
}
function readInputs(get, env) {
  const workspace = path.resolve(env.workspace);
  const checksLibrary = env.mode !== "setup" && get("library").trim() !== "";
  const workingDirectory = readWorkingDirectory(get, workspace, !checksLibrary);
  const library = checksLibrary ? readLibrary(get, workingDirectory) : void 0;
  const { packagePath, packageDir } = library ? { packagePath: ".", packageDir: workingDirectory } : readPackage(get, workingDirectory, env.mode === "setup");
  const output = library ?? readOutput(get, workingDirectory, workspace, packageDir);
  const installDir = get("install-dir").trim() ? normalizeInstallDir(get("install-dir")) : void 0;
  const sarifFile = readSarifFile(get, workingDirectory, workspace);
  return {
    workspace,
    workingDirectory,
    packagePath,
    output,
    outputGiven: get("output").trim() !== "",
    ...library ? { library } : {},
    buildFlags: readBuildFlags(get),
    python: readPython(get, workspace),
    expectSymbols: splitList(get("expect-symbols")),
    smokeTest: env.mode === "setup" ? void 0 : readSmokeTest(get("smoke-test"), workingDirectory),
    smokeTimeoutMs: readTimeout(get),
    failOn: oneOf(get, "fail-on", ["error", "warning", "never"], "error"),
    annotate: readBoolean(get, "annotate", true),
    sarifFile,
    setup: readSetupInputs(get),
    link: readLinkInputs(get, installDir),
    loadAs: oneOf(get, "load-as", ["auto", "ctypes", "ctypes-global", "op-library", "python-module"], "auto"),
    standaloneLoad: oneOf(get, "standalone-load", ["warn", "error", "off"], "warn"),
    glibcFloor: readGlibcFloor(get, installDir),
    supportedTensorflow: get("supported-tensorflow").trim(),
    loadOnTensorflow: readLoadOnTensorflow(get)
  };
}

// src/platform.ts
var SUPPORTED_PLATFORMS = ["linux/x64", "linux/arm64"];
function unsupportedPlatform(platform, arch) {
  if (SUPPORTED_PLATFORMS.includes(`${platform}/${arch}`)) return void 0;
  return `tf-cgo-verify runs on Linux x64 and Linux arm64 only (${SUPPORTED_PLATFORMS.join(", ")}), and this runner is ${platform}/${arch}: run the job on ubuntu-24.04 or ubuntu-22.04 (x64), ubuntu-24.04-arm or ubuntu-22.04-arm (arm64), or another Linux runner of those CPUs.`;
}

// src/util/raw-output.ts
import { randomBytes } from "node:crypto";
function stopCommandsToken() {
  return `tf-cgo-verify-${randomBytes(16).toString("hex")}`;
}
function createRawEcho(write, options) {
  const token = stopCommandsToken();
  let started = false;
  let endsWithNewline = true;
  return {
    write(chunk) {
      if (chunk.length === 0) return;
      if (!started && options.guard) write(`::stop-commands::${token}
`);
      started = true;
      write(chunk);
      endsWithNewline = chunk.endsWith("\n");
    },
    end() {
      if (!started) return;
      if (!endsWithNewline) write("\n");
      if (options.guard) write(`::${token}::
`);
      started = false;
      endsWithNewline = true;
    }
  };
}
function neutralizeCommands(text) {
  return text.replace(/^(\s*)([:#])(?=:|#\[)/gm, "$1$2\u200B");
}

export {
  inputsNotForMode,
  readMode,
  readMatrixInputs,
  inputsIgnoredWithLibrary,
  readInputs,
  unsupportedPlatform,
  createRawEcho,
  neutralizeCommands
};
