import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  computeFlagsWithStubs,
  copiesForLaterSteps,
  createStages,
  earlyStagesResult,
  environmentLine,
  findTensorflowCopies,
  goListError,
  goVanished,
  hasFailures,
  noticeOlderBindings,
  postprocessFindings,
  prependSearchPath,
  probeBeside,
  readLdconfigCache,
  scanCgoPackage,
  setUp,
  setupSpent,
  userLinkLine
} from "./chunk-M4NGKL2P.js";
import {
  exportLines
} from "./chunk-BRXC6WUH.js";
import {
  runnerTemp
} from "./chunk-5QYZCYMJ.js";
import {
  runProcess
} from "./chunk-3PHFEWK4.js";
import {
  ActionCache,
  pendingCaches
} from "./chunk-6TNHHGZW.js";
import {
  InputError
} from "./chunk-QJX3G46C.js";

// src/resolve/module-packages.ts
import path from "node:path";
function parseGoListStream(text) {
  const entries = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") {
      if (depth++ === 0) start = i;
    } else if (c === "}" && --depth === 0) {
      entries.push(JSON.parse(text.slice(start, i + 1)));
    }
  }
  return entries;
}
function foldPackages(entries, pattern, workingDirectory) {
  const excluded = (e) => /build constraints exclude all Go files/.test(e.Error?.Err ?? "");
  const broken = entries.find((e) => e.Error && !e.ForTest && !excluded(e));
  if (broken?.Error) {
    throw new InputError("package", `go list cannot load ${broken.ImportPath || pattern}: ${broken.Error.Err.trim()}`);
  }
  const byPath = /* @__PURE__ */ new Map();
  let withTests = 0;
  for (const e of entries) {
    if (excluded(e)) continue;
    withTests++;
    if (e.ImportPath.endsWith(".test") && e.Name === "main" && !e.ForTest) continue;
    const importPath = e.ForTest ?? e.ImportPath;
    const pkg = byPath.get(importPath) ?? {
      dir: e.Dir,
      importPath,
      name: e.Name,
      cgoFiles: [],
      goFiles: [],
      deps: [],
      module: e.Module ? { path: e.Module.Path, goMod: e.Module.GoMod, dir: e.Module.Dir } : void 0
    };
    const add = (list, items) => {
      for (const item of items) if (!list.includes(item)) list.push(item);
    };
    add(
      pkg.cgoFiles,
      (e.CgoFiles ?? []).map((f) => path.join(e.Dir, f))
    );
    add(
      pkg.goFiles,
      (e.GoFiles ?? []).map((f) => path.join(e.Dir, f))
    );
    add(
      pkg.deps,
      (e.Deps ?? []).filter((d) => !d.endsWith(".test") && !d.includes(" ["))
    );
    byPath.set(importPath, pkg);
  }
  const packages = [...byPath.values()];
  if (packages.length === 0) {
    throw new InputError(
      "package",
      `'${pattern}' matches no Go package in ${workingDirectory}: give a package pattern relative to working-directory, e.g. ./... (the default in mode setup).`
    );
  }
  const module = packages.find((p) => p.module)?.module;
  const union = {
    dir: workingDirectory,
    importPath: pattern,
    name: "",
    cgoFiles: packages.flatMap((p) => p.cgoFiles),
    goFiles: packages.flatMap((p) => p.goFiles),
    deps: [...new Set(packages.flatMap((p) => p.deps))].sort(),
    ...module ? { module } : {}
  };
  return { packages, withTests, union };
}
async function describeModulePackages(workingDirectory, pattern, buildFlags, env) {
  const args = ["list", "-e", "-test", "-json=Dir,ImportPath,Name,CgoFiles,GoFiles,Module,Deps,ForTest,Error", ...buildFlags, pattern];
  const result = await runProcess("go", args, { cwd: workingDirectory, env, timeoutMs: 3e5 });
  if (result.spawnError) throw goVanished(result.spawnError);
  if (result.exitCode !== 0) throw await goListError(result.stderr, workingDirectory, pattern, env);
  return foldPackages(parseGoListStream(result.stdout), pattern, workingDirectory);
}

// src/setup/job-exports.ts
import path2 from "node:path";
function libraryPathVariable(platform = process.platform) {
  return platform === "darwin" ? "DYLD_LIBRARY_PATH" : "LD_LIBRARY_PATH";
}
function jobExports(input) {
  const libraryPath = libraryPathVariable(input.platform);
  return {
    env: {
      CGO_ENABLED: input.cgoEnv.CGO_ENABLED ?? "1",
      CGO_CFLAGS: input.cgoEnv.CGO_CFLAGS ?? "",
      CGO_CXXFLAGS: input.cgoEnv.CGO_CXXFLAGS ?? "",
      CGO_LDFLAGS: input.cgoEnv.CGO_LDFLAGS ?? "",
      // TensorFlow's folder first: a libtensorflow_framework.so.2 from a C tarball elsewhere on
      // the path would otherwise be loaded next to the pip one (two TF runtimes, one process).
      [libraryPath]: prependSearchPath(input.tfLibDir, input.env[libraryPath]),
      // The Go the flags were computed with, not one that go.mod's toolchain line downloads.
      GOTOOLCHAIN: "local"
    },
    path: [path2.join(input.goroot, "bin")]
  };
}

// src/setup-mode.ts
async function resolveModule(request) {
  const { inputs, log, env } = request;
  const described = describeModulePackages(inputs.workingDirectory, inputs.packagePath, inputs.buildFlags, env);
  const { tf, goEnv, packages: listed } = await probeBeside(request, described);
  const cgoPackages = listed.packages.filter((p) => p.cgoFiles.length > 0).map((p) => p.importPath);
  log.info(
    `${listed.packages.length} package(s) match ${inputs.packagePath} (${listed.withTests} with -test); with cgo files: ${cgoPackages.join(", ") || "none"}`
  );
  await noticeOlderBindings(listed.union, tf, log);
  const facts = await scanCgoPackage(inputs.workingDirectory, listed.union.cgoFiles);
  return { tf, pkg: listed.union, facts, goEnv, linkLine: userLinkLine(facts, goEnv, env), cgoPackages };
}
async function runSetupMode(inputs, log, options = {}) {
  const stages = createStages(log);
  const tempDir = runnerTemp();
  const cache = new ActionCache(void 0, log);
  const setup = await stages.run(
    "Set up Go and TensorFlow",
    () => setUp({ inputs, log, env: options.env ?? process.env, cache }),
    setupSpent
  );
  const { env, python } = setup;
  const resolved = await stages.run(
    "Resolve TensorFlow, Go and the module's cgo packages",
    () => resolveModule({ inputs, python, log, env })
  );
  const flags = await stages.run("Compute cgo flags", () => computeFlagsWithStubs({ inputs, resolved, log, env, tempDir }));
  const exports = await stages.run("Export the environment for later steps", () => {
    const made = jobExports({ cgoEnv: flags.cgoEnv, tfLibDir: resolved.tf.dir, goroot: setup.goSetup.goroot, env });
    for (const line of exportLines(made)) log.info(line);
    return Promise.resolve(made);
  });
  const copies = await findTensorflowCopies({ tf: resolved.tf, env, cache: await readLdconfigCache() });
  const environment = environmentLine(copies, void 0);
  log.info(environment);
  const laterSteps = copiesForLaterSteps(copies, libraryPathVariable());
  const found = laterSteps ? [...flags.diagnostics, laterSteps] : flags.diagnostics;
  const diagnostics = await postprocessFindings(found, resolved, flags.plan, [], { linkLine: flags.linkLine });
  const cacheState = pendingCaches(inputs.setup.cache, cache.configured, setup.tfSetup, { ok: true });
  const covered = resolved.cgoPackages.length > 0 ? `flags for ${resolved.cgoPackages.length} cgo package(s): ${resolved.cgoPackages.join(", ")}` : `no package matching ${inputs.packagePath} has cgo files of its own`;
  return {
    passed: !hasFailures(diagnostics, inputs.failOn),
    diagnostics,
    stages: stages.records,
    wallMs: stages.elapsedMs(),
    rawTails: [],
    notes: [
      ...flags.notes,
      covered,
      environment,
      ...flags.plan.linkDir ? [`-ltensorflow resolves in ${flags.via?.stubs.dir ?? flags.plan.linkDir}`] : []
    ],
    ...earlyStagesResult(setup, resolved, flags.plan),
    cgoEnv: flags.cgoEnv,
    exports,
    cgoPackages: resolved.cgoPackages,
    ...cacheState ? { cacheState } : {}
  };
}

export {
  runSetupMode
};
