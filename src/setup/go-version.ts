// Go version strings <-> semver, the go-version input's grammar, and go-version-file
// parsing. Pure: no I/O, so everything here is unit tested on plain text.
import semver from 'semver';
import { InputError } from '../input-error.ts';

export type StableAlias = 'stable' | 'oldstable';

export function isStableAlias(spec: string): spec is StableAlias {
  return spec === 'stable' || spec === 'oldstable';
}

// go1.21rc2, go1.20, go1.21.0, go1.9beta1, 1.26.8 (the "go" prefix is optional).
const GO_VERSION = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/;

/**
 * Turns a Go version ("go1.21rc2") into semver ("1.21.0-rc.2"). Returns undefined for
 * anything that is not a release version (devel builds, garbage). Extra words after a
 * space (GOVERSION "go1.26.8 X:nodwarf5") are ignored.
 */
export function goVersionToSemver(goVersion: string): string | undefined {
  const first = goVersion.trim().split(/\s+/)[0] ?? '';
  const m = GO_VERSION.exec(first);
  if (!m) return undefined;
  const [, major, minor = '0', patch = '0', pre, preNumber] = m;
  const base = `${Number(major)}.${Number(minor)}.${Number(patch)}`;
  return pre ? `${base}-${pre}.${Number(preNumber)}` : base;
}

/**
 * Turns semver back into the version Go uses in file names: "1.21.0-rc.2" -> "go1.21rc2",
 * "1.20.0" -> "go1.20" (before Go 1.21 the first release of a minor had no ".0"),
 * "1.21.0" -> "go1.21.0".
 */
export function semverToGoVersion(version: string): string {
  const v = semver.parse(version);
  if (!v) throw new InputError('go-version', `"${version}" is not a semver version`);
  const pre = v.prerelease;
  if (pre.length === 2 && typeof pre[0] === 'string' && typeof pre[1] === 'number') {
    return `go${v.major}.${v.minor}${pre[0]}${pre[1]}`;
  }
  if (pre.length > 0) throw new InputError('go-version', `"${version}" has a prerelease Go does not name (expected rc.N or beta.N)`);
  const dropPatchZero = v.patch === 0 && v.major === 1 && v.minor < 21;
  return dropPatchZero ? `go${v.major}.${v.minor}` : `go${v.major}.${v.minor}.${v.patch}`;
}

/**
 * Normalizes the go-version input to a semver range, or returns the alias unchanged.
 * "1.21" -> "~1.21" (1.21.x including 1.21.0; prereleases only when named),
 * "go1.21rc2" -> "1.21.0-rc.2", ">=1.25" and "^1.25" stay ranges, "v1.26.8" -> "1.26.8".
 * `source` says where the spec came from, for the error: the input and, for a file, its name.
 */
export function normalizeSpec(
  spec: string,
  source: { input: 'go-version' | 'go-version-file'; file?: string } = { input: 'go-version' },
): string {
  const s = spec.trim();
  const named = source.file ? `go-version-file ${source.file} gives` : 'go-version';
  if (s === '') throw new InputError(source.input, `${named} is empty`);
  if (isStableAlias(s)) return s;
  const goStyle = goVersionToSemver(s.replace(/^v/, ''));
  if (goStyle !== undefined) {
    const bare = s.replace(/^(go|v)/, '');
    // "1.21" names a minor line: any 1.21.x. "1" names a major: any 1.x.
    if (/^\d+\.\d+$/.test(bare)) return `~${bare}`;
    if (/^\d+$/.test(bare)) return `^${bare}`;
    return goStyle;
  }
  const range = semver.validRange(s);
  if (range === null) {
    throw new InputError(
      source.input,
      `${named} "${spec}": that is not a Go version (1.26, 1.26.8, go1.27rc1), a semver range (>=1.25, ^1.25), stable or oldstable.`,
    );
  }
  return s;
}

function stripComment(line: string): string {
  const i = line.indexOf('//');
  return (i >= 0 ? line.slice(0, i) : line).trim();
}

/** A line of a Go version file that names a Go version. */
export interface GoVersionLine {
  /** `go` / `toolchain` (go.mod, go.work), `golang` / `go` (.tool-versions), `version` (.go-version). */
  key: 'go' | 'toolchain' | 'golang' | 'version';
  /** Without the "go" prefix: "1.26.8", "1.26rc1". */
  version: string;
  /** 1-based. */
  line: number;
}

function isGoModLike(base: string): boolean {
  return base === 'go.mod' || base === 'go.work' || base.endsWith('.mod') || base.endsWith('.work');
}

/**
 * Every line of a Go version file that names a version, with its line number. go.mod /
 * go.work: `go` and `toolchain` lines (`toolchain default` and unreadable toolchains are
 * left out). .tool-versions: `golang` / `go` lines. Anything else (.go-version): the first
 * non-empty line.
 */
export function goVersionLines(fileName: string, text: string): GoVersionLine[] {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: GoVersionLine[] = [];
  if (isGoModLike(base)) {
    lines.forEach((raw, i) => {
      const words = stripComment(raw).split(/\s+/);
      if (words[0] === 'toolchain' && words[1] && words[1] !== 'default') {
        const v = words[1].replace(/^go/, '');
        if (goVersionToSemver(v)) out.push({ key: 'toolchain', version: v, line: i + 1 });
      }
      if (words[0] === 'go' && words[1]) out.push({ key: 'go', version: words[1], line: i + 1 });
    });
    return out;
  }
  if (base === '.tool-versions') {
    lines.forEach((raw, i) => {
      const words = raw.replace(/#.*/, '').trim().split(/\s+/);
      if ((words[0] === 'golang' || words[0] === 'go') && words[1])
        out.push({ key: 'golang', version: words[1].replace(/^go/, ''), line: i + 1 });
    });
    return out;
  }
  const first = lines.findIndex((raw) => raw.replace(/#.*/, '').trim() !== '');
  if (first >= 0)
    out.push({
      key: 'version',
      version: lines[first]!.replace(/#.*/, '')
        .trim()
        .replace(/^go(?=\d)/, ''),
      line: first + 1,
    });
  return out;
}

/**
 * Reads the Go version a file asks for. go.mod / go.work: the `toolchain goX.Y.Z` line
 * first, then the `go X.Y[.Z]` line. .tool-versions: the `golang` (or `go`) line.
 * Anything else (.go-version): the first non-empty line. Returns undefined when the file
 * names no version. The result is a go-version spec (pass it to normalizeSpec).
 */
export function parseGoVersionFile(fileName: string, text: string): string | undefined {
  const found = goVersionLines(fileName, text);
  return (found.find((l) => l.key === 'toolchain') ?? found[0])?.version;
}
