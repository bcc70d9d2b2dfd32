// Matrix mode: the TensorFlow x Python x Go combinations worth testing, filtered by the
// compatibility table, shaped for a workflow's `strategy.matrix: ${{ fromJSON(...) }}`:
//
//   {"include":[{"tensorflow":"2.21","python":"3.13","go":"1.26"}, ...]}
//
// Each value is a major.minor string that tensorflow-version (a minor means its newest
// patch), actions/setup-python and actions/setup-go all take. Entries come newest
// TensorFlow first, then newest Python, then newest Go. Pure.
import semver from 'semver';
import { InputError } from '../input-error.ts';
import { TF_RELEASES, knownPythonMinors, supportsPython, type TfRelease } from './tf-compat.ts';
import { compareDotted } from '../util/versions.ts';
import { parseVersionInput, requestRange } from './tf-version.ts';

export interface MatrixEntry {
  tensorflow: string;
  python: string;
  go: string;
}

export interface Matrix {
  include: MatrixEntry[];
}

/** Go releases the Go team supports as of the newest TF in the table (the two newest). */
export const DEFAULT_GO_VERSIONS: readonly string[] = ['1.26', '1.25'];
/** Go minors a Go range is matched against. */
export const KNOWN_GO_MINORS: readonly string[] = ['1.21', '1.22', '1.23', '1.24', '1.25', '1.26'];
/** TensorFlow minors when none are given: the newest three. */
export const DEFAULT_TF_COUNT = 3;
/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256;

export interface MatrixOptions {
  /** A version, range or "latest" as tensorflow-version takes it, or a comma list of them. */
  tensorflow?: string;
  /** A semver range over Python minors (">=3.11"), or a list ("3.11, 3.12"). Default: every Python each TF supports. */
  python?: string | readonly string[];
  /** A semver range over Go minors (">=1.25"), or a list. Default: DEFAULT_GO_VERSIONS. */
  go?: string | readonly string[];
  /** "all" (default), "newest" or "edges" (oldest and newest) Python per TensorFlow minor. */
  pythonsPerTf?: 'all' | 'newest' | 'edges';
}

function isRange(text: string): boolean {
  return /[<>=^~*xX|]/.test(text) || /\s-\s/.test(text);
}

/** A list, or a range filtered over `universe`; returned as major.minor strings. */
function pickMinors(
  value: string | readonly string[] | undefined,
  universe: readonly string[],
  fallback: readonly string[],
  input: string,
): string[] {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return [...fallback];
  if (typeof value === 'string' && isRange(value)) {
    const range = semver.validRange(value);
    if (!range) throw new InputError(input, `'${value}' is not a range or list: use e.g. ">=3.11" or "3.11, 3.12".`);
    return universe.filter((minor) => semver.intersects(range, `${minor}.x`));
  }
  const list = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [...value];
  for (const item of list) {
    if (!/^\d+\.\d+$/.test(item)) throw new InputError(input, `'${item}' is not a major.minor version such as 3.12.`);
  }
  return [...new Set(list)];
}

function pickTensorFlow(value: string | undefined): TfRelease[] {
  if (value === undefined || value.trim() === '') return TF_RELEASES.slice(0, DEFAULT_TF_COUNT);
  const parts = value.includes(',') && !/[<>=!~]/.test(value) ? value.split(',') : [value];
  const chosen = new Set<string>();
  for (const part of parts) {
    const request = parseVersionInput(part, 'tensorflow-version');
    if (request.kind === 'latest') {
      chosen.add(TF_RELEASES[0]!.minor);
      continue;
    }
    const range = requestRange(request);
    for (const r of TF_RELEASES) if (semver.intersects(range, `${r.minor}.x`)) chosen.add(r.minor);
  }
  return TF_RELEASES.filter((r) => chosen.has(r.minor));
}

export function buildMatrix(options: MatrixOptions = {}): Matrix {
  const releases = pickTensorFlow(options.tensorflow);
  if (releases.length === 0) {
    throw new InputError(
      'tensorflow-version',
      `'${options.tensorflow}' covers no TensorFlow release this action knows (${TF_RELEASES.at(-1)!.minor}-${TF_RELEASES[0]!.minor}).`,
    );
  }
  const pythons = pickMinors(options.python, knownPythonMinors(), knownPythonMinors(), 'python-versions').sort(compareDotted).reverse();
  const gos = pickMinors(options.go, KNOWN_GO_MINORS, DEFAULT_GO_VERSIONS, 'go-version').sort(compareDotted).reverse();
  if (gos.length === 0) throw new InputError('go-version', `'${String(options.go)}' covers none of ${KNOWN_GO_MINORS.join(', ')}.`);
  const include: MatrixEntry[] = [];
  for (const release of releases) {
    let fitting = pythons.filter((p) => supportsPython(release, p));
    if (options.pythonsPerTf === 'newest') fitting = fitting.slice(0, 1);
    else if (options.pythonsPerTf === 'edges' && fitting.length > 2) fitting = [fitting[0]!, fitting.at(-1)!];
    for (const python of fitting) for (const go of gos) include.push({ tensorflow: release.minor, python, go });
  }
  if (include.length === 0) {
    const supported = releases.map((r) => `${r.minor}: ${r.python[0]}-${r.python[1]}`).join('; ');
    throw new InputError('python-versions', `none of ${pythons.join(', ')} is supported by the TensorFlow releases chosen (${supported}).`);
  }
  if (include.length > MAX_MATRIX_JOBS) {
    throw new InputError(
      'tensorflow-version',
      `${include.length} combinations is more than the ${MAX_MATRIX_JOBS} jobs GitHub runs from one matrix: narrow the ranges or set pythons-per-tensorflow to edges.`,
    );
  }
  return { include };
}
