import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  TF_RELEASES,
  compareDotted,
  knownPythonMinors,
  parseVersionInput,
  requestRange,
  supportsPython
} from "./chunk-YZCBP5WB.js";
import {
  InputError
} from "./chunk-QJX3G46C.js";
import {
  require_semver
} from "./chunk-KGVCVX4O.js";
import {
  __toESM
} from "./chunk-X6EWYPAH.js";

// src/setup/matrix.ts
var import_semver = __toESM(require_semver(), 1);
var DEFAULT_GO_VERSIONS = ["1.26", "1.25"];
var KNOWN_GO_MINORS = ["1.21", "1.22", "1.23", "1.24", "1.25", "1.26"];
var DEFAULT_TF_COUNT = 3;
var MAX_MATRIX_JOBS = 256;
function isRange(text) {
  return /[<>=^~*xX|]/.test(text) || /\s-\s/.test(text);
}
function pickMinors(value, universe, fallback, input) {
  if (value === void 0 || typeof value === "string" && value.trim() === "") return [...fallback];
  if (typeof value === "string" && isRange(value)) {
    const range = import_semver.default.validRange(value);
    if (!range) throw new InputError(input, `'${value}' is not a range or list: use e.g. ">=3.11" or "3.11, 3.12".`);
    return universe.filter((minor) => import_semver.default.intersects(range, `${minor}.x`));
  }
  const list = typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : [...value];
  for (const item of list) {
    if (!/^\d+\.\d+$/.test(item)) throw new InputError(input, `'${item}' is not a major.minor version such as 3.12.`);
  }
  return [...new Set(list)];
}
function pickTensorFlow(value) {
  if (value === void 0 || value.trim() === "") return TF_RELEASES.slice(0, DEFAULT_TF_COUNT);
  const parts = value.includes(",") && !/[<>=!~]/.test(value) ? value.split(",") : [value];
  const chosen = /* @__PURE__ */ new Set();
  for (const part of parts) {
    const request = parseVersionInput(part, "tensorflow-version");
    if (request.kind === "latest") {
      chosen.add(TF_RELEASES[0].minor);
      continue;
    }
    const range = requestRange(request);
    for (const r of TF_RELEASES) if (import_semver.default.intersects(range, `${r.minor}.x`)) chosen.add(r.minor);
  }
  return TF_RELEASES.filter((r) => chosen.has(r.minor));
}
function buildMatrix(options = {}) {
  const releases = pickTensorFlow(options.tensorflow);
  if (releases.length === 0) {
    throw new InputError(
      "tensorflow-version",
      `'${options.tensorflow}' covers no TensorFlow release this action knows (${TF_RELEASES.at(-1).minor}-${TF_RELEASES[0].minor}).`
    );
  }
  const pythons = pickMinors(options.python, knownPythonMinors(), knownPythonMinors(), "python-versions").sort(compareDotted).reverse();
  const gos = pickMinors(options.go, KNOWN_GO_MINORS, DEFAULT_GO_VERSIONS, "go-version").sort(compareDotted).reverse();
  if (gos.length === 0) throw new InputError("go-version", `'${String(options.go)}' covers none of ${KNOWN_GO_MINORS.join(", ")}.`);
  const include = [];
  for (const release of releases) {
    let fitting = pythons.filter((p) => supportsPython(release, p));
    if (options.pythonsPerTf === "newest") fitting = fitting.slice(0, 1);
    else if (options.pythonsPerTf === "edges" && fitting.length > 2) fitting = [fitting[0], fitting.at(-1)];
    for (const python of fitting) for (const go of gos) include.push({ tensorflow: release.minor, python, go });
  }
  if (include.length === 0) {
    const supported = releases.map((r) => `${r.minor}: ${r.python[0]}-${r.python[1]}`).join("; ");
    throw new InputError("python-versions", `none of ${pythons.join(", ")} is supported by the TensorFlow releases chosen (${supported}).`);
  }
  if (include.length > MAX_MATRIX_JOBS) {
    throw new InputError(
      "tensorflow-version",
      `${include.length} combinations is more than the ${MAX_MATRIX_JOBS} jobs GitHub runs from one matrix: narrow the ranges or set pythons-per-tensorflow to edges.`
    );
  }
  return { include };
}

export {
  DEFAULT_GO_VERSIONS,
  KNOWN_GO_MINORS,
  DEFAULT_TF_COUNT,
  MAX_MATRIX_JOBS,
  buildMatrix
};
