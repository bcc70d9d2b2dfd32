// Which TensorFlow the user asks for: the tensorflow-version input, a pin read from a
// Python requirements file (tf-requirement-files.ts reads those), or the version implied by
// Go bindings in go.mod. Also the PEP 440 <-> semver conversion the rest of setup works in.
// Pure functions over text.
import semver from 'semver';
import { InputError } from '../input-error.ts';
import { GRAFT_MODULE, GRAFT_RELEASES, TF_GO_MODULE, graftMinorToTfMinor } from './tf-compat.ts';
import type { Requirement } from './tf-requirement-files.ts';

export type VersionRequest =
  | { kind: 'latest'; text: string }
  /** `version` is as pip spells it (may be "2.15.0.post1"). */
  | { kind: 'exact'; version: string; text: string }
  /** `range` is a semver range over TF versions; `pep440` the specifier it came from, if any. */
  | { kind: 'range'; range: string; text: string; pep440?: string };

/** Names the input a version text came from, and where in it, for the errors it causes. */
export interface VersionSource {
  input: string;
  /** e.g. "line 3 'tensorflow>=2.18'" in a requirements file. */
  at?: string;
}

const USER_INPUT: VersionSource = { input: 'tensorflow-version' };

function versionError(source: VersionSource, why: string): InputError {
  if (source.at) return new InputError(source.input, `${source.at}: ${why}.`);
  return new InputError(source.input, `${why}. Give a version such as 2.21.0, a range such as 2.20 or ~2.21, or latest.`);
}

const PEP440_VERSION =
  /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?\d*)?(?:[-_.]?dev[-_.]?(\d*))?(?:\+[a-z0-9.]+)?$/i;

/**
 * PEP 440 version -> semver ("2.18" -> "2.18.0", "2.21.0rc1" -> "2.21.0-rc.1"). A dev release
 * of a final version comes before its alphas ("2.16.0.dev3" -> "2.16.0-0.dev.3"), and is a
 * prerelease as PEP 440 says. A post release counts as its release ("2.15.0.post1" ->
 * "2.15.0"): semver has nothing between 2.15.0 and 2.15.1 that is not a prerelease, and pip,
 * which gets the user's specifier itself, decides exactly. Local labels (+cpu) are dropped.
 * test/integration/pep440-oracle.test.ts checks this against Python's `packaging`.
 */
export function pepVersionToSemver(version: string, source: VersionSource = USER_INPUT): string {
  const m = PEP440_VERSION.exec(version.trim());
  if (!m) throw versionError(source, `'${version}' is not a PEP 440 version`);
  const parts = m[1]!.split('.').map(Number);
  while (parts.length < 3) parts.push(0);
  const pre = m[2]
    ? `-${{ a: 'alpha', alpha: 'alpha', b: 'beta', beta: 'beta' }[m[2].toLowerCase()] ?? 'rc'}.${m[3] || 0}`
    : m[4] !== undefined
      ? `-0.dev.${m[4] || 0}`
      : '';
  return parts.slice(0, 3).join('.') + pre;
}

type Dnf = string[][];

/** Upper bound for a wildcard or compatible-release prefix: [2, 21] -> "2.22.0". */
function bumpLast(prefix: number[]): string {
  const up = [...prefix];
  up[up.length - 1]! += 1;
  while (up.length < 3) up.push(0);
  return up.slice(0, 3).join('.');
}

function padded(prefix: number[]): string {
  const p = [...prefix];
  while (p.length < 3) p.push(0);
  return p.slice(0, 3).join('.');
}

/** One clause (PEP 440, or Poetry's ^ ~ and bare versions) as alternatives of comparator sets. */
function clauseToDnf(clause: string, source: VersionSource): Dnf {
  const m = /^(===|==|~=|!=|<=|>=|<|>|\^|~|=)?\s*(\S+)$/.exec(clause.trim());
  if (!m) throw versionError(source, `cannot read version clause '${clause}'`);
  const op = m[1] ?? '==';
  const ver = m[2]!;
  if (op === '^' || op === '~') {
    const r = semver.validRange(`${op}${ver}`);
    if (!r) throw versionError(source, `cannot read version clause '${clause}'`);
    return new semver.Range(r).set.map((set) => set.map((c) => c.value));
  }
  if (ver === '*' && (op === '==' || op === '=')) return [[]];
  const wild = /^(\d+(?:\.\d+)*)\.\*$/.exec(ver);
  if (wild) {
    const prefix = wild[1]!.split('.').map(Number);
    if (op === '==' || op === '=') return [[`>=${padded(prefix)}`, `<${bumpLast(prefix)}`]];
    if (op === '!=') return [[`<${padded(prefix)}`], [`>=${bumpLast(prefix)}`]];
    throw versionError(source, `'${clause}': a wildcard only goes with == or !=`);
  }
  const sv = pepVersionToSemver(ver, source);
  switch (op) {
    case '==':
    case '===':
    case '=':
      return [[sv]];
    case '!=':
      return [[`<${sv}`], [`>${sv}`]];
    case '~=': {
      const release = ver
        .split(/[^\d.]/)[0]!
        .split('.')
        .filter(Boolean)
        .map(Number);
      if (release.length < 2) throw versionError(source, `'${clause}': ~= needs at least two version parts`);
      return [[`>=${sv}`, `<${bumpLast(release.slice(0, -1))}`]];
    }
    default:
      return [[`${op}${sv}`]];
  }
}

/**
 * A PEP 440 specifier set ("==2.21.*", "~=2.20.0", ">=2.18,<2.22", "!=2.19.0") -> semver
 * range. Also takes Poetry constraints (^2.18, ~2.18, bare 2.18.0 meaning ==). "" -> "*".
 */
export function pep440ToSemver(spec: string, source: VersionSource = USER_INPUT): string {
  const clauses = spec
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  let dnf: Dnf = [[]];
  for (const clause of clauses) {
    const alternatives = clauseToDnf(clause, source);
    dnf = dnf.flatMap((set) => alternatives.map((alt) => [...set, ...alt]));
  }
  const sets = dnf.map((set) => set.join(' ') || '*').filter((set) => semver.minVersion(set) !== null);
  if (sets.length === 0) throw versionError(source, `no version satisfies '${spec}'`);
  return sets.join(' || ');
}

function semverToPepVersion(v: semver.SemVer): string {
  const pre = v.prerelease.length ? `${{ alpha: 'a', beta: 'b' }[String(v.prerelease[0])] ?? 'rc'}${v.prerelease[1] ?? 0}` : '';
  return `${v.major}.${v.minor}.${v.patch}${pre}`;
}

/** semver range -> PEP 440 specifier set for pip; "" means any version; undefined for "||", which PEP 440 cannot say. */
export function semverToPep440(range: string): string | undefined {
  const r = new semver.Range(range);
  if (r.set.length !== 1) return undefined;
  const comps = r.set[0]!.filter((c) => c.value !== '');
  // The -0 that semver puts on upper bounds only keeps prereleases out; pip does that by default.
  const clauses = comps.map((c) => {
    const v =
      c.semver.prerelease.length === 1 && c.semver.prerelease[0] === 0
        ? new semver.SemVer(`${c.semver.major}.${c.semver.minor}.${c.semver.patch}`)
        : c.semver;
    return { op: c.operator || '==', v };
  });
  const [lo, hi] = clauses;
  if (
    clauses.length === 2 &&
    lo!.op === '>=' &&
    hi!.op === '<' &&
    lo!.v.patch === 0 &&
    hi!.v.patch === 0 &&
    lo!.v.prerelease.length === 0
  ) {
    if (hi!.v.major === lo!.v.major && hi!.v.minor === lo!.v.minor + 1) return `==${lo!.v.major}.${lo!.v.minor}.*`;
    if (hi!.v.major === lo!.v.major + 1 && hi!.v.minor === 0 && lo!.v.minor === 0) return `==${lo!.v.major}.*`;
  }
  return clauses.map((c) => `${c.op}${semverToPepVersion(c.v)}`).join(',');
}

const EXACT = /^v?\d+\.\d+\.\d+(?:[-_.]?(?:a|b|rc|post|dev)\d*)*$/i;

/**
 * Reads a version as the tensorflow-version input takes it: "latest", an exact version
 * ("2.21.0"), a semver range ("2.20" = 2.20.x, "~2.21", ">=2.18 <2.22", "^2.18") or a
 * PEP 440 specifier ("==2.21.*", ">=2.18,<2.22"). Throws an InputError naming `input`.
 */
export function parseVersionInput(text: string, input = 'tensorflow-version'): VersionRequest {
  const t = text.trim();
  if (/^(latest|\*|x)$/i.test(t) || t === '') return { kind: 'latest', text: t || 'latest' };
  if (EXACT.test(t)) return { kind: 'exact', version: t.replace(/^v/, ''), text: t };
  if (/==|~=|!=|,/.test(t)) {
    const single = /^===?\s*(v?\d+\.\d+\.\d+\S*)$/.exec(t);
    if (single && EXACT.test(single[1]!)) return { kind: 'exact', version: single[1]!.replace(/^v/, ''), text: t };
    return { kind: 'range', range: pep440ToSemver(t, { input }), text: t, pep440: t.replace(/\s+/g, '') };
  }
  const range = semver.validRange(t);
  if (range) return { kind: 'range', range, text: t };
  throw new InputError(
    input,
    `'${t}' is not a version or range. Give a version such as 2.21.0, a range such as 2.20, ~2.21 or ">=2.18 <2.22", or latest.`,
  );
}

/** The semver range a request covers ("*" for latest). */
export function requestRange(request: VersionRequest): string {
  if (request.kind === 'latest') return '*';
  if (request.kind === 'exact') return pepVersionToSemver(request.version);
  return request.range;
}

// ---- The tensorflow pin among a file's requirements (read by tf-requirement-files.ts) ----

const TF_NAMES = ['tensorflow', 'tensorflow-cpu'];
const TF_VARIANTS = ['tensorflow-intel', 'tensorflow-macos', 'tensorflow-gpu', 'tensorflow-aarch64'];

/** Requirement names (normalized) that pin TensorFlow itself: the main packages and platform variants. */
export const TF_REQUIREMENT_NAMES: readonly string[] = [...TF_NAMES, ...TF_VARIANTS];

export interface TfPin {
  requirement: Requirement;
  /** Said to the user when the pin is not the plain tensorflow / tensorflow-cpu one. */
  note?: string;
}

/** The first tensorflow or tensorflow-cpu requirement; platform variants only when neither is there. */
export function findTfPin(requirements: readonly Requirement[]): TfPin | undefined {
  const main = requirements.find((r) => TF_NAMES.includes(r.name) && !r.url);
  if (main) return { requirement: main };
  const variant = requirements.find((r) => TF_VARIANTS.includes(r.name) && !r.url);
  if (variant)
    return {
      requirement: variant,
      note: `no tensorflow or tensorflow-cpu requirement; using the version of ${variant.name} (line ${variant.line})`,
    };
  return undefined;
}

/** A pin's specifier as a request; `input` is named in errors. */
export function pinToRequest(pin: Requirement, input = 'tensorflow-version-file'): VersionRequest {
  const spec = pin.specifier;
  if (spec === '') return { kind: 'latest', text: pin.text };
  const single = /^(?:===?)?\s*(v?\d+\.\d+\.\d+\S*)$/.exec(spec);
  if (single && EXACT.test(single[1]!) && !spec.includes(','))
    return { kind: 'exact', version: single[1]!.replace(/^v/, ''), text: pin.text };
  // Poetry's ^, ~ and bare versions are not PEP 440; only a PEP 440 specifier is kept for pip.
  const pep440 = spec.split(',').every((c) => /^\s*(===|==|~=|!=|<=|>=|<|>)/.test(c)) ? spec : undefined;
  const range = pep440ToSemver(spec, { input, at: `line ${pin.line} '${pin.text}'` });
  return { kind: 'range', range, text: pin.text, ...(pep440 ? { pep440 } : {}) };
}

// ---- Go bindings in go.mod ----

export interface BindingsInference {
  request: VersionRequest;
  module: string;
  moduleVersion: string;
  /** 1-based go.mod line and its text, for the log. */
  line: number;
  lineText: string;
  /** How the TF version follows from the bindings version. */
  how: string;
}

/** A module requirement in go.mod, single-line or inside a `require ( ... )` block. */
export interface GoModRequire {
  module: string;
  version: string;
  /** 1-based. */
  line: number;
  /** The line, trimmed. */
  text: string;
}

/** go.mod's require directives, with their lines (comments stripped; `// indirect` ones included). */
export function goModRequires(goMod: string): GoModRequire[] {
  const out: GoModRequire[] = [];
  let inBlock = false;
  const lines = goMod.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i]!.replace(/\/\/.*$/, '').trim();
    if (/^require\s*\($/.test(code)) {
      inBlock = true;
      continue;
    }
    if (inBlock && code === ')') {
      inBlock = false;
      continue;
    }
    const m = (inBlock ? /^(\S+)\s+(\S+)$/ : /^require\s+(\S+)\s+(\S+)$/).exec(code);
    if (m) out.push({ module: m[1]!.replace(/^"|"$/g, ''), version: m[2]!, line: i + 1, text: lines[i]!.trim() });
  }
  return out;
}

/** The TensorFlow version a Go bindings module version was made for, and how that follows. */
export function tfForBindings(module: string, version: string): { request: VersionRequest; how: string } | undefined {
  if (module === GRAFT_MODULE) {
    const known = GRAFT_RELEASES.find((r) => r.version === version);
    if (known)
      return {
        request: { kind: 'exact', version: known.tf, text: known.tf },
        how: `graft ${version} is built from TensorFlow ${known.tf}`,
      };
    const minor = graftMinorToTfMinor(version);
    if (minor)
      return {
        request: { kind: 'range', range: semver.validRange(minor)!, text: minor },
        how: `graft v0.N tracks TensorFlow 2.(N+8), so ${version} means TensorFlow ${minor}`,
      };
  }
  if (module === TF_GO_MODULE) {
    const v = semver.parse(version.replace(/\+incompatible$/, ''));
    if (v && v.major === 2 && v.prerelease.length === 0) {
      const tf = `${v.major}.${v.minor}.${v.patch}`;
      return { request: { kind: 'exact', version: tf, text: tf }, how: `${TF_GO_MODULE} ${version} is TensorFlow ${tf}` };
    }
  }
  return undefined;
}

/** Minor releases between the bindings' TensorFlow and the one in use from which a notice is due. */
const BINDINGS_MINORS_BEHIND = 3;

/**
 * A notice when go.mod's Go bindings were made for a TensorFlow several minor releases older
 * than the one in use (`shown` names go.mod in the message), else undefined.
 */
export function olderBindingsNotice(goMod: string, shown: string, tfVersion: string): string | undefined {
  const inferred = inferTfFromGoMod(goMod);
  const made = inferred && semver.minVersion(requestRange(inferred.request));
  const used = semver.coerce(tfVersion);
  if (!inferred || !made || !used || used.major !== made.major || used.minor - made.minor < BINDINGS_MINORS_BEHIND) return undefined;
  const madeFor = `${made.major}.${made.minor}`;
  return (
    `${shown}:${inferred.line} ${inferred.lineText}: these Go bindings were made for TensorFlow ${madeFor}, ` +
    `${used.minor - made.minor} minor releases before the TensorFlow ${tfVersion} in use; the C API they call may have changed since. ` +
    `Update ${inferred.module}, or set tensorflow-version ${madeFor}.`
  );
}

/** Finds known Go bindings in go.mod's require directives and the TF version they were made for. */
export function inferTfFromGoMod(goMod: string): BindingsInference | undefined {
  for (const req of goModRequires(goMod)) {
    const tf = tfForBindings(req.module, req.version);
    if (tf) return { ...tf, module: req.module, moduleVersion: req.version, line: req.line, lineText: req.text };
  }
  return undefined;
}
