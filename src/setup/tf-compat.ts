// What each TensorFlow release supports: Python minors, the Linux glibc floor of its
// wheels, the C++ ABI flag, which platforms get wheels, plus Go bindings -> TF versions.
// Pure data and pure checks; every problem message names a combination that works.
//
// Sources: Python ranges and wheel platforms were checked with `pip index versions
// tensorflow-cpu|tensorflow --python-version X [--platform P] --only-binary=:all:`
// against pip's default package index; they agree with tensorflow.org/install/pip. The graft table comes from
// the tensorflow/build golang_install_guide README (v0.1.2-v0.9.0), graft's release
// notes (v0.8.1) and tensorflow.org/install/lang_go (v0.6.1, v0.7.0); v0.9.1 and v0.10.0
// come from the project's domain notes.
import semver from 'semver';
import { compareDotted } from '../util/versions.ts';
import { TF_PACKAGES, type TfPackage } from '../input-values.ts';

/**
 * The package installed when tensorflow-package is not set: tensorflow-cpu (no CUDA
 * libraries, a third of the download) where it has wheels, tensorflow on arm64, where
 * tensorflow-cpu has none (`arch` in Node's or Go's spelling).
 */
export function defaultTfPackage(arch: string): TfPackage {
  return arch === 'arm64' ? 'tensorflow' : 'tensorflow-cpu';
}

/** `${process.platform}-${process.arch}` for the platforms TensorFlow publishes wheels for. */
export type PlatformArch = 'linux-x64' | 'linux-arm64' | 'darwin-x64' | 'darwin-arm64';

export interface TfRelease {
  /** "2.21" */
  minor: string;
  /** Oldest and newest supported Python minor, inclusive. */
  python: readonly [string, string];
  /** glibc floor of the Linux wheels. */
  glibc: string;
  manylinux: string;
  /** -D_GLIBCXX_USE_CXX11_ABI value the wheel was built with. */
  cxx11Abi: 0 | 1;
  wheels: Readonly<Record<TfPackage, readonly PlatformArch[]>>;
}

const ML2014 = { glibc: '2.17', manylinux: 'manylinux2014' } as const;
const ML227 = { glibc: '2.27', manylinux: 'manylinux_2_27' } as const;
// macOS x86-64 wheels stop after 2.16; tensorflow-cpu never had macOS arm64 or Linux arm64.
const UP_TO_216 = {
  'tensorflow-cpu': ['linux-x64', 'darwin-x64'],
  tensorflow: ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64'],
} as const;
const FROM_217 = { 'tensorflow-cpu': ['linux-x64'], tensorflow: ['linux-x64', 'linux-arm64', 'darwin-arm64'] } as const;

/** Newest first. */
export const TF_RELEASES: readonly TfRelease[] = [
  { minor: '2.21', python: ['3.10', '3.13'], ...ML227, cxx11Abi: 1, wheels: FROM_217 },
  { minor: '2.20', python: ['3.9', '3.13'], ...ML2014, cxx11Abi: 1, wheels: FROM_217 },
  { minor: '2.19', python: ['3.9', '3.12'], ...ML2014, cxx11Abi: 1, wheels: FROM_217 },
  { minor: '2.18', python: ['3.9', '3.12'], ...ML2014, cxx11Abi: 1, wheels: FROM_217 },
  { minor: '2.17', python: ['3.9', '3.12'], ...ML2014, cxx11Abi: 1, wheels: FROM_217 },
  { minor: '2.16', python: ['3.9', '3.12'], ...ML2014, cxx11Abi: 1, wheels: UP_TO_216 },
  { minor: '2.15', python: ['3.9', '3.11'], ...ML2014, cxx11Abi: 1, wheels: UP_TO_216 },
  { minor: '2.14', python: ['3.9', '3.11'], ...ML2014, cxx11Abi: 1, wheels: UP_TO_216 },
  // No macOS arm64 `tensorflow` wheel before 2.13 (that was the tensorflow-macos package).
  { minor: '2.13', python: ['3.8', '3.11'], ...ML2014, cxx11Abi: 1, wheels: UP_TO_216 },
  {
    minor: '2.12',
    python: ['3.8', '3.11'],
    ...ML2014,
    cxx11Abi: 1,
    wheels: { 'tensorflow-cpu': ['linux-x64', 'darwin-x64'], tensorflow: ['linux-x64', 'linux-arm64', 'darwin-x64'] },
  },
];

/** "2.21.0", "2.21", "2.15.0.post1" -> "2.21"; undefined when it has no major.minor. */
export function tfMinorOf(version: string): string | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

export function findRelease(tfVersion: string): TfRelease | undefined {
  const minor = tfMinorOf(tfVersion);
  return TF_RELEASES.find((r) => r.minor === minor);
}

function pythonMinorOf(version: string): string {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : version.trim();
}

export function supportsPython(release: TfRelease, python: string): boolean {
  const minor = pythonMinorOf(python);
  return compareDotted(minor, release.python[0]) >= 0 && compareDotted(minor, release.python[1]) <= 0;
}

/** Every Python minor some release in the table supports, oldest first. */
export function knownPythonMinors(): string[] {
  const set = new Set<string>();
  for (const r of TF_RELEASES) {
    const [lo, hi] = r.python.map((p) => Number(p.split('.')[1]));
    for (let m = lo!; m <= hi!; m++) set.add(`3.${m}`);
  }
  return [...set].sort(compareDotted);
}

/**
 * A Python to recommend for a release: one below the newest it supports when the range
 * spans three or more minors (the newest Python is often missing other wheels), else the newest.
 */
export function recommendedPython(release: TfRelease): string {
  const all = knownPythonMinors().filter((p) => supportsPython(release, p));
  return all.length >= 3 ? all[all.length - 2]! : all[all.length - 1]!;
}

export interface CompatTarget {
  /** TF version or minor, e.g. "2.21.0" or "2.21". */
  tf: string;
  /** Python version, e.g. "3.11.7" or "3.11". */
  python?: string;
  /**
   * glibc version of the machine, e.g. "2.36"; "" for a Linux without glibc (what
   * platform.libc_ver() reports on musl); undefined on macOS or when unknown.
   */
  glibc?: string;
  /** process.platform */
  platform?: string;
  /** process.arch */
  arch?: string;
  packageName?: TfPackage;
  /** How the interpreter was named, for messages ("python3"). */
  pythonLabel?: string;
}

export interface CompatProblem {
  kind: 'python' | 'glibc' | 'libc' | 'platform';
  message: string;
}

const PLATFORM_LABEL: Record<string, string> = {
  'linux-x64': 'Linux x86-64',
  'linux-arm64': 'Linux arm64',
  'darwin-x64': 'macOS x86-64',
  'darwin-arm64': 'macOS arm64',
};

/** Only Linux and macOS are judged; other systems are left to pip. */
function platformArch(t: CompatTarget): string | undefined {
  return (t.platform === 'linux' || t.platform === 'darwin') && t.arch ? `${t.platform}-${t.arch}` : undefined;
}

/** The problems of one release against the machine, without suggestions of other releases. */
function releaseProblems(release: TfRelease, t: CompatTarget): CompatProblem['kind'][] {
  const kinds: CompatProblem['kind'][] = [];
  const pa = platformArch(t);
  const pkg = t.packageName ?? 'tensorflow-cpu';
  if (pa && !release.wheels[pkg].includes(pa as PlatformArch)) kinds.push('platform');
  if (t.python && !supportsPython(release, t.python)) kinds.push('python');
  if (t.platform === 'linux') {
    if (t.glibc === '') kinds.push('libc');
    else if (t.glibc !== undefined && compareDotted(t.glibc, release.glibc) < 0) kinds.push('glibc');
  }
  return kinds;
}

/** Newest release in `candidates` with no problem on this machine. */
export function newestCompatible(t: Omit<CompatTarget, 'tf'>, candidates: readonly TfRelease[] = TF_RELEASES): TfRelease | undefined {
  return candidates.find((r) => releaseProblems(r, { ...t, tf: r.minor }).length === 0);
}

/**
 * Checks a TF version against the Python, glibc and platform at hand. Returns [] when it
 * fits or when the version is not in the table (pip then has the last word).
 */
export function checkCompatibility(t: CompatTarget): CompatProblem[] {
  const release = findRelease(t.tf);
  if (!release) return [];
  const kinds = releaseProblems(release, t);
  if (kinds.length === 0) return [];
  const pkg = t.packageName ?? 'tensorflow-cpu';
  const other = newestCompatible(t);
  const orVersion = other ? `tensorflow-version ${other.minor}` : undefined;
  const name = `TensorFlow ${release.minor}`;
  const problems: CompatProblem[] = [];
  for (const kind of kinds) {
    if (kind === 'python') {
      const label = t.pythonLabel ?? 'python';
      const have = pythonMinorOf(t.python!);
      const fix = `use actions/setup-python with ${recommendedPython(release)}`;
      const rest = orVersion ? `, or ${orVersion}` : ` (no TensorFlow release up to ${TF_RELEASES[0]!.minor} supports Python ${have})`;
      problems.push({
        kind,
        message: `${name} supports Python ${release.python[0]}-${release.python[1]}; ${label} is ${have}: ${fix}${rest}`,
      });
    } else if (kind === 'glibc') {
      const fixes = ['use a newer runner image (ubuntu-22.04 or later)'];
      if (orVersion) fixes.push(orVersion);
      problems.push({
        kind,
        message: `${name} wheels need glibc ${release.glibc} or newer (${release.manylinux}); this machine has glibc ${t.glibc}: ${fixes.join(', or ')}`,
      });
    } else if (kind === 'libc') {
      problems.push({
        kind,
        message: `${name} wheels need glibc ${release.glibc} or newer (${release.manylinux}); this Linux has no glibc (musl, as on Alpine?): use a glibc-based image such as ubuntu-24.04`,
      });
    } else {
      const pa = platformArch(t)!;
      const label = PLATFORM_LABEL[pa] ?? pa;
      const otherPkg = TF_PACKAGES.find((p) => p !== pkg && release.wheels[p].includes(pa as PlatformArch));
      const fixes: string[] = [];
      if (otherPkg) fixes.push(`set tensorflow-package to ${otherPkg}`);
      const samePkg = newestCompatible({ ...t, packageName: pkg });
      if (samePkg) fixes.push(`tensorflow-version ${samePkg.minor}`);
      if (fixes.length === 0) fixes.push('use a Linux x86-64 runner');
      problems.push({ kind, message: `${pkg} ${release.minor} has no wheel for ${label}: ${fixes.join(', or ')}` });
    }
  }
  return problems;
}

// ---- Go bindings -> TensorFlow ----

export interface BindingsRelease {
  module: string;
  version: string;
  tf: string;
}

export const GRAFT_MODULE = 'github.com/wamuir/graft';
export const TF_GO_MODULE = 'github.com/tensorflow/tensorflow';

/** Graft release -> the TF release its bindings were generated from. */
export const GRAFT_RELEASES: readonly BindingsRelease[] = [
  ['v0.10.0', '2.18.0'],
  ['v0.9.1', '2.17.1'],
  ['v0.9.0', '2.17.0'],
  ['v0.8.2', '2.16.2'],
  ['v0.8.1', '2.16.1'],
  ['v0.7.0', '2.15.0'],
  ['v0.6.1', '2.14.1'],
  ['v0.6.0', '2.14.0'],
  ['v0.5.1', '2.13.1'],
  ['v0.3.0', '2.11.0'],
  ['v0.2.1', '2.10.1'],
  ['v0.1.2', '2.9.3'],
].map(([version, tf]) => ({ module: GRAFT_MODULE, version: version!, tf: tf! }));

/**
 * Graft numbers its minors after TF's (v0.1 = 2.9 ... v0.10 = 2.18), which every row of
 * the table follows; used for releases the table does not list.
 */
export function graftMinorToTfMinor(graftVersion: string): string | undefined {
  const v = semver.parse(graftVersion.replace(/^v?/, ''));
  if (!v || v.major !== 0 || v.minor < 1 || v.prerelease.length > 0) return undefined;
  return `2.${v.minor + 8}`;
}
