import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  InputError,
  TF_PACKAGES
} from "./chunk-QJX3G46C.js";
import {
  require_semver
} from "./chunk-KGVCVX4O.js";
import {
  __toESM
} from "./chunk-X6EWYPAH.js";

// src/util/versions.ts
function compareDotted(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// src/setup/tf-compat.ts
var import_semver = __toESM(require_semver(), 1);
function defaultTfPackage(arch) {
  return arch === "arm64" ? "tensorflow" : "tensorflow-cpu";
}
var ML2014 = { glibc: "2.17", manylinux: "manylinux2014" };
var ML227 = { glibc: "2.27", manylinux: "manylinux_2_27" };
var UP_TO_216 = {
  "tensorflow-cpu": ["linux-x64", "darwin-x64"],
  tensorflow: ["linux-x64", "linux-arm64", "darwin-x64", "darwin-arm64"]
};
var FROM_217 = { "tensorflow-cpu": ["linux-x64"], tensorflow: ["linux-x64", "linux-arm64", "darwin-arm64"] };
var TF_RELEASES = [
  { minor: "2.21", python: ["3.10", "3.13"], ...ML227, cxx11Abi: 1, wheels: FROM_217 },
  { minor: "2.20", python: ["3.9", "3.13"], ...ML2014, cxx11Abi: 1, wheels: FROM_217 },
  { minor: "2.19", python: ["3.9", "3.12"], ...ML2014, cxx11Abi: 1, wheels: FROM_217 },
  { minor: "2.18", python: ["3.9", "3.12"], ...ML2014, cxx11Abi: 1, wheels: FROM_217 },
  { minor: "2.17", python: ["3.9", "3.12"], ...ML2014, cxx11Abi: 1, wheels: FROM_217 },
  { minor: "2.16", python: ["3.9", "3.12"], ...ML2014, cxx11Abi: 1, wheels: UP_TO_216 },
  { minor: "2.15", python: ["3.9", "3.11"], ...ML2014, cxx11Abi: 1, wheels: UP_TO_216 },
  { minor: "2.14", python: ["3.9", "3.11"], ...ML2014, cxx11Abi: 1, wheels: UP_TO_216 },
  // No macOS arm64 `tensorflow` wheel before 2.13 (that was the tensorflow-macos package).
  { minor: "2.13", python: ["3.8", "3.11"], ...ML2014, cxx11Abi: 1, wheels: UP_TO_216 },
  {
    minor: "2.12",
    python: ["3.8", "3.11"],
    ...ML2014,
    cxx11Abi: 1,
    wheels: { "tensorflow-cpu": ["linux-x64", "darwin-x64"], tensorflow: ["linux-x64", "linux-arm64", "darwin-x64"] }
  }
];
function tfMinorOf(version) {
  const m = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : void 0;
}
function findRelease(tfVersion) {
  const minor = tfMinorOf(tfVersion);
  return TF_RELEASES.find((r) => r.minor === minor);
}
function pythonMinorOf(version) {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : version.trim();
}
function supportsPython(release, python) {
  const minor = pythonMinorOf(python);
  return compareDotted(minor, release.python[0]) >= 0 && compareDotted(minor, release.python[1]) <= 0;
}
function knownPythonMinors() {
  const set = /* @__PURE__ */ new Set();
  for (const r of TF_RELEASES) {
    const [lo, hi] = r.python.map((p) => Number(p.split(".")[1]));
    for (let m = lo; m <= hi; m++) set.add(`3.${m}`);
  }
  return [...set].sort(compareDotted);
}
function recommendedPython(release) {
  const all = knownPythonMinors().filter((p) => supportsPython(release, p));
  return all.length >= 3 ? all[all.length - 2] : all[all.length - 1];
}
var PLATFORM_LABEL = {
  "linux-x64": "Linux x86-64",
  "linux-arm64": "Linux arm64",
  "darwin-x64": "macOS x86-64",
  "darwin-arm64": "macOS arm64"
};
function platformArch(t) {
  return (t.platform === "linux" || t.platform === "darwin") && t.arch ? `${t.platform}-${t.arch}` : void 0;
}
function releaseProblems(release, t) {
  const kinds = [];
  const pa = platformArch(t);
  const pkg = t.packageName ?? "tensorflow-cpu";
  if (pa && !release.wheels[pkg].includes(pa)) kinds.push("platform");
  if (t.python && !supportsPython(release, t.python)) kinds.push("python");
  if (t.platform === "linux") {
    if (t.glibc === "") kinds.push("libc");
    else if (t.glibc !== void 0 && compareDotted(t.glibc, release.glibc) < 0) kinds.push("glibc");
  }
  return kinds;
}
function newestCompatible(t, candidates = TF_RELEASES) {
  return candidates.find((r) => releaseProblems(r, { ...t, tf: r.minor }).length === 0);
}
function checkCompatibility(t) {
  const release = findRelease(t.tf);
  if (!release) return [];
  const kinds = releaseProblems(release, t);
  if (kinds.length === 0) return [];
  const pkg = t.packageName ?? "tensorflow-cpu";
  const other = newestCompatible(t);
  const orVersion = other ? `tensorflow-version ${other.minor}` : void 0;
  const name = `TensorFlow ${release.minor}`;
  const problems = [];
  for (const kind of kinds) {
    if (kind === "python") {
      const label = t.pythonLabel ?? "python";
      const have = pythonMinorOf(t.python);
      const fix = `use actions/setup-python with ${recommendedPython(release)}`;
      const rest = orVersion ? `, or ${orVersion}` : ` (no TensorFlow release up to ${TF_RELEASES[0].minor} supports Python ${have})`;
      problems.push({
        kind,
        message: `${name} supports Python ${release.python[0]}-${release.python[1]}; ${label} is ${have}: ${fix}${rest}`
      });
    } else if (kind === "glibc") {
      const fixes = ["use a newer runner image (ubuntu-22.04 or later)"];
      if (orVersion) fixes.push(orVersion);
      problems.push({
        kind,
        message: `${name} wheels need glibc ${release.glibc} or newer (${release.manylinux}); this machine has glibc ${t.glibc}: ${fixes.join(", or ")}`
      });
    } else if (kind === "libc") {
      problems.push({
        kind,
        message: `${name} wheels need glibc ${release.glibc} or newer (${release.manylinux}); this Linux has no glibc (musl, as on Alpine?): use a glibc-based image such as ubuntu-24.04`
      });
    } else {
      const pa = platformArch(t);
      const label = PLATFORM_LABEL[pa] ?? pa;
      const otherPkg = TF_PACKAGES.find((p) => p !== pkg && release.wheels[p].includes(pa));
      const fixes = [];
      if (otherPkg) fixes.push(`set tensorflow-package to ${otherPkg}`);
      const samePkg = newestCompatible({ ...t, packageName: pkg });
      if (samePkg) fixes.push(`tensorflow-version ${samePkg.minor}`);
      if (fixes.length === 0) fixes.push("use a Linux x86-64 runner");
      problems.push({ kind, message: `${pkg} ${release.minor} has no wheel for ${label}: ${fixes.join(", or ")}` });
    }
  }
  return problems;
}
var GRAFT_MODULE = "github.com/wamuir/graft";
var TF_GO_MODULE = "github.com/tensorflow/tensorflow";
var GRAFT_RELEASES = [
  ["v0.10.0", "2.18.0"],
  ["v0.9.1", "2.17.1"],
  ["v0.9.0", "2.17.0"],
  ["v0.8.2", "2.16.2"],
  ["v0.8.1", "2.16.1"],
  ["v0.7.0", "2.15.0"],
  ["v0.6.1", "2.14.1"],
  ["v0.6.0", "2.14.0"],
  ["v0.5.1", "2.13.1"],
  ["v0.3.0", "2.11.0"],
  ["v0.2.1", "2.10.1"],
  ["v0.1.2", "2.9.3"]
].map(([version, tf]) => ({ module: GRAFT_MODULE, version, tf }));
function graftMinorToTfMinor(graftVersion) {
  const v = import_semver.default.parse(graftVersion.replace(/^v?/, ""));
  if (!v || v.major !== 0 || v.minor < 1 || v.prerelease.length > 0) return void 0;
  return `2.${v.minor + 8}`;
}

// src/setup/tf-version.ts
var import_semver2 = __toESM(require_semver(), 1);
var USER_INPUT = { input: "tensorflow-version" };
function versionError(source, why) {
  if (source.at) return new InputError(source.input, `${source.at}: ${why}.`);
  return new InputError(source.input, `${why}. Give a version such as 2.21.0, a range such as 2.20 or ~2.21, or latest.`);
}
var PEP440_VERSION = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?\d*)?(?:[-_.]?dev[-_.]?(\d*))?(?:\+[a-z0-9.]+)?$/i;
function pepVersionToSemver(version, source = USER_INPUT) {
  const m = PEP440_VERSION.exec(version.trim());
  if (!m) throw versionError(source, `'${version}' is not a PEP 440 version`);
  const parts = m[1].split(".").map(Number);
  while (parts.length < 3) parts.push(0);
  const pre = m[2] ? `-${{ a: "alpha", alpha: "alpha", b: "beta", beta: "beta" }[m[2].toLowerCase()] ?? "rc"}.${m[3] || 0}` : m[4] !== void 0 ? `-0.dev.${m[4] || 0}` : "";
  return parts.slice(0, 3).join(".") + pre;
}
function bumpLast(prefix) {
  const up = [...prefix];
  up[up.length - 1] += 1;
  while (up.length < 3) up.push(0);
  return up.slice(0, 3).join(".");
}
function padded(prefix) {
  const p = [...prefix];
  while (p.length < 3) p.push(0);
  return p.slice(0, 3).join(".");
}
function clauseToDnf(clause, source) {
  const m = /^(===|==|~=|!=|<=|>=|<|>|\^|~|=)?\s*(\S+)$/.exec(clause.trim());
  if (!m) throw versionError(source, `cannot read version clause '${clause}'`);
  const op = m[1] ?? "==";
  const ver = m[2];
  if (op === "^" || op === "~") {
    const r = import_semver2.default.validRange(`${op}${ver}`);
    if (!r) throw versionError(source, `cannot read version clause '${clause}'`);
    return new import_semver2.default.Range(r).set.map((set) => set.map((c) => c.value));
  }
  if (ver === "*" && (op === "==" || op === "=")) return [[]];
  const wild = /^(\d+(?:\.\d+)*)\.\*$/.exec(ver);
  if (wild) {
    const prefix = wild[1].split(".").map(Number);
    if (op === "==" || op === "=") return [[`>=${padded(prefix)}`, `<${bumpLast(prefix)}`]];
    if (op === "!=") return [[`<${padded(prefix)}`], [`>=${bumpLast(prefix)}`]];
    throw versionError(source, `'${clause}': a wildcard only goes with == or !=`);
  }
  const sv = pepVersionToSemver(ver, source);
  switch (op) {
    case "==":
    case "===":
    case "=":
      return [[sv]];
    case "!=":
      return [[`<${sv}`], [`>${sv}`]];
    case "~=": {
      const release = ver.split(/[^\d.]/)[0].split(".").filter(Boolean).map(Number);
      if (release.length < 2) throw versionError(source, `'${clause}': ~= needs at least two version parts`);
      return [[`>=${sv}`, `<${bumpLast(release.slice(0, -1))}`]];
    }
    default:
      return [[`${op}${sv}`]];
  }
}
function pep440ToSemver(spec, source = USER_INPUT) {
  const clauses = spec.split(",").map((c) => c.trim()).filter(Boolean);
  let dnf = [[]];
  for (const clause of clauses) {
    const alternatives = clauseToDnf(clause, source);
    dnf = dnf.flatMap((set) => alternatives.map((alt) => [...set, ...alt]));
  }
  const sets = dnf.map((set) => set.join(" ") || "*").filter((set) => import_semver2.default.minVersion(set) !== null);
  if (sets.length === 0) throw versionError(source, `no version satisfies '${spec}'`);
  return sets.join(" || ");
}
function semverToPepVersion(v) {
  const pre = v.prerelease.length ? `${{ alpha: "a", beta: "b" }[String(v.prerelease[0])] ?? "rc"}${v.prerelease[1] ?? 0}` : "";
  return `${v.major}.${v.minor}.${v.patch}${pre}`;
}
function semverToPep440(range) {
  const r = new import_semver2.default.Range(range);
  if (r.set.length !== 1) return void 0;
  const comps = r.set[0].filter((c) => c.value !== "");
  const clauses = comps.map((c) => {
    const v = c.semver.prerelease.length === 1 && c.semver.prerelease[0] === 0 ? new import_semver2.default.SemVer(`${c.semver.major}.${c.semver.minor}.${c.semver.patch}`) : c.semver;
    return { op: c.operator || "==", v };
  });
  const [lo, hi] = clauses;
  if (clauses.length === 2 && lo.op === ">=" && hi.op === "<" && lo.v.patch === 0 && hi.v.patch === 0 && lo.v.prerelease.length === 0) {
    if (hi.v.major === lo.v.major && hi.v.minor === lo.v.minor + 1) return `==${lo.v.major}.${lo.v.minor}.*`;
    if (hi.v.major === lo.v.major + 1 && hi.v.minor === 0 && lo.v.minor === 0) return `==${lo.v.major}.*`;
  }
  return clauses.map((c) => `${c.op}${semverToPepVersion(c.v)}`).join(",");
}
var EXACT = /^v?\d+\.\d+\.\d+(?:[-_.]?(?:a|b|rc|post|dev)\d*)*$/i;
function parseVersionInput(text, input = "tensorflow-version") {
  const t = text.trim();
  if (/^(latest|\*|x)$/i.test(t) || t === "") return { kind: "latest", text: t || "latest" };
  if (EXACT.test(t)) return { kind: "exact", version: t.replace(/^v/, ""), text: t };
  if (/==|~=|!=|,/.test(t)) {
    const single = /^===?\s*(v?\d+\.\d+\.\d+\S*)$/.exec(t);
    if (single && EXACT.test(single[1])) return { kind: "exact", version: single[1].replace(/^v/, ""), text: t };
    return { kind: "range", range: pep440ToSemver(t, { input }), text: t, pep440: t.replace(/\s+/g, "") };
  }
  const range = import_semver2.default.validRange(t);
  if (range) return { kind: "range", range, text: t };
  throw new InputError(
    input,
    `'${t}' is not a version or range. Give a version such as 2.21.0, a range such as 2.20, ~2.21 or ">=2.18 <2.22", or latest.`
  );
}
function requestRange(request) {
  if (request.kind === "latest") return "*";
  if (request.kind === "exact") return pepVersionToSemver(request.version);
  return request.range;
}
var TF_NAMES = ["tensorflow", "tensorflow-cpu"];
var TF_VARIANTS = ["tensorflow-intel", "tensorflow-macos", "tensorflow-gpu", "tensorflow-aarch64"];
var TF_REQUIREMENT_NAMES = [...TF_NAMES, ...TF_VARIANTS];
function findTfPin(requirements) {
  const main = requirements.find((r) => TF_NAMES.includes(r.name) && !r.url);
  if (main) return { requirement: main };
  const variant = requirements.find((r) => TF_VARIANTS.includes(r.name) && !r.url);
  if (variant)
    return {
      requirement: variant,
      note: `no tensorflow or tensorflow-cpu requirement; using the version of ${variant.name} (line ${variant.line})`
    };
  return void 0;
}
function pinToRequest(pin, input = "tensorflow-version-file") {
  const spec = pin.specifier;
  if (spec === "") return { kind: "latest", text: pin.text };
  const single = /^(?:===?)?\s*(v?\d+\.\d+\.\d+\S*)$/.exec(spec);
  if (single && EXACT.test(single[1]) && !spec.includes(","))
    return { kind: "exact", version: single[1].replace(/^v/, ""), text: pin.text };
  const pep440 = spec.split(",").every((c) => /^\s*(===|==|~=|!=|<=|>=|<|>)/.test(c)) ? spec : void 0;
  const range = pep440ToSemver(spec, { input, at: `line ${pin.line} '${pin.text}'` });
  return { kind: "range", range, text: pin.text, ...pep440 ? { pep440 } : {} };
}
function goModRequires(goMod) {
  const out = [];
  let inBlock = false;
  const lines = goMod.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i].replace(/\/\/.*$/, "").trim();
    if (/^require\s*\($/.test(code)) {
      inBlock = true;
      continue;
    }
    if (inBlock && code === ")") {
      inBlock = false;
      continue;
    }
    const m = (inBlock ? /^(\S+)\s+(\S+)$/ : /^require\s+(\S+)\s+(\S+)$/).exec(code);
    if (m) out.push({ module: m[1].replace(/^"|"$/g, ""), version: m[2], line: i + 1, text: lines[i].trim() });
  }
  return out;
}
function tfForBindings(module, version) {
  if (module === GRAFT_MODULE) {
    const known = GRAFT_RELEASES.find((r) => r.version === version);
    if (known)
      return {
        request: { kind: "exact", version: known.tf, text: known.tf },
        how: `graft ${version} is built from TensorFlow ${known.tf}`
      };
    const minor = graftMinorToTfMinor(version);
    if (minor)
      return {
        request: { kind: "range", range: import_semver2.default.validRange(minor), text: minor },
        how: `graft v0.N tracks TensorFlow 2.(N+8), so ${version} means TensorFlow ${minor}`
      };
  }
  if (module === TF_GO_MODULE) {
    const v = import_semver2.default.parse(version.replace(/\+incompatible$/, ""));
    if (v && v.major === 2 && v.prerelease.length === 0) {
      const tf = `${v.major}.${v.minor}.${v.patch}`;
      return { request: { kind: "exact", version: tf, text: tf }, how: `${TF_GO_MODULE} ${version} is TensorFlow ${tf}` };
    }
  }
  return void 0;
}
var BINDINGS_MINORS_BEHIND = 3;
function olderBindingsNotice(goMod, shown, tfVersion) {
  const inferred = inferTfFromGoMod(goMod);
  const made = inferred && import_semver2.default.minVersion(requestRange(inferred.request));
  const used = import_semver2.default.coerce(tfVersion);
  if (!inferred || !made || !used || used.major !== made.major || used.minor - made.minor < BINDINGS_MINORS_BEHIND) return void 0;
  const madeFor = `${made.major}.${made.minor}`;
  return `${shown}:${inferred.line} ${inferred.lineText}: these Go bindings were made for TensorFlow ${madeFor}, ${used.minor - made.minor} minor releases before the TensorFlow ${tfVersion} in use; the C API they call may have changed since. Update ${inferred.module}, or set tensorflow-version ${madeFor}.`;
}
function inferTfFromGoMod(goMod) {
  for (const req of goModRequires(goMod)) {
    const tf = tfForBindings(req.module, req.version);
    if (tf) return { ...tf, module: req.module, moduleVersion: req.version, line: req.line, lineText: req.text };
  }
  return void 0;
}

export {
  compareDotted,
  defaultTfPackage,
  TF_RELEASES,
  tfMinorOf,
  findRelease,
  supportsPython,
  knownPythonMinors,
  newestCompatible,
  checkCompatibility,
  pepVersionToSemver,
  pep440ToSemver,
  semverToPep440,
  parseVersionInput,
  requestRange,
  TF_REQUIREMENT_NAMES,
  findTfPin,
  pinToRequest,
  goModRequires,
  tfForBindings,
  olderBindingsNotice,
  inferTfFromGoMod
};
