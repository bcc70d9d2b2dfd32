// Makes src/resolve/tf-c-api-history.json, the history of TensorFlow's C API, from the real
// Linux wheels: `pip download` fetches each minor's newest wheel for the Python PYTHON_VERSIONS
// names (no install, no dependencies) into a cache folder outside the repository, and
// tf-wheel-contents.ts reads it. What each wheel holds is cached beside it
// (<wheel>.contents.json), so a rerun downloads and reads only new ones.
//
//   node scripts/tf-c-api-history.ts [--minors 2.9-2.21] [--cache /var/cache/tf-cgo-verify-wheels]
//
// PYTHON names the interpreter whose pip downloads (default python3). README's "Which
// TensorFlow versions does my library support?" says how to add a release.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { runProcess } from '../src/util/process.ts';
import { compressRanges, type ArchitectureHistory, type CApiHistory } from '../src/resolve/c-api-history.ts';
import { readWheelContents, type WheelContents } from './tf-wheel-contents.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const output = path.join(root, 'src', 'resolve', 'tf-c-api-history.json');

/** The manylinux tags pip may pick: 2.9-2.20's wheels are manylinux2014, 2.21's manylinux_2_27. */
const PLATFORMS: Record<string, string[]> = {
  x86_64: ['manylinux2014_x86_64', 'manylinux_2_27_x86_64', 'manylinux_2_28_x86_64'],
  aarch64: ['manylinux2014_aarch64', 'manylinux_2_27_aarch64', 'manylinux_2_28_aarch64'],
};

/** A choice that holds from minor `from` on, up to the next newer rule's minor; rules newest first. */
type Rules = readonly (readonly [from: string, value: string])[];

/**
 * The package whose wheel holds the libraries on each architecture. x86_64: tensorflow-cpu, the
 * CPU build of tensorflow's libraries. aarch64: tensorflow from 2.16; before, its Linux aarch64
 * wheel is metadata-only and requires tensorflow-cpu-aws, read here directly: 2.9 has no
 * aarch64 tensorflow wheel at all, and tensorflow 2.11.1 requires a tensorflow-cpu-aws 2.11.1
 * that has only a cp37 wheel, so pip settles on 2.11.0 for cp310. A minor older than an
 * architecture's last rule has no wheel for it and is left out of that architecture's history.
 */
const PACKAGES: Record<string, Rules> = {
  x86_64: [['2.9', 'tensorflow-cpu']],
  aarch64: [
    ['2.16', 'tensorflow'],
    ['2.9', 'tensorflow-cpu-aws'],
  ],
};

/**
 * The Python whose wheels are read: the newest CPython with wheels of the minor on both
 * architectures, as `pip index versions <package> --python-version 3.x --platform <tag>
 * --only-binary=:all:` lists them (2.12-2.15 stop at 3.11, 2.9-2.11 at 3.10). 2.16 and later
 * also have 3.12 wheels (2.20 and later 3.13); 3.11 is kept there because it is the Python of
 * the TensorFlows the tests install, whose libraries the history is checked against.
 *
 * The history starts at 2.9: before it no aarch64 wheel is TensorFlow's own (tensorflow-cpu-aws
 * starts at 2.9.1), the x86_64 wheels are built with the old C++ ABI, and no wheel before 2.12
 * has libtensorflow_cc.so.2 anyway (the C API is inside the Python extension
 * _pywrap_tensorflow_internal.so, which a Go package cannot link).
 */
const PYTHON_VERSIONS: Rules = [
  ['2.12', '3.11'],
  ['2.9', '3.10'],
];

const minorNumbers = (minor: string): [number, number] => {
  const [major = 0, number = 0] = minor.split('.').map(Number);
  return [major, number];
};

/** The value of the newest rule that holds for `minor`; undefined when it is older than every rule. */
function ruleFor(rules: Rules, minor: string): string | undefined {
  const [major, number] = minorNumbers(minor);
  return rules.find(([from]) => {
    const [fromMajor, fromNumber] = minorNumbers(from);
    return fromMajor < major || (fromMajor === major && fromNumber <= number);
  })?.[1];
}

interface Options {
  minors: string[];
  cache: string;
}

function parseOptions(argv: readonly string[]): Options {
  let range = '2.9-2.21';
  let cache = '/var/cache/tf-cgo-verify-wheels';
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--minors') range = argv[i + 1] ?? range;
    else if (argv[i] === '--cache') cache = argv[i + 1] ?? cache;
    else throw new Error(`unknown argument ${argv[i]}; usage: --minors 2.9-2.21 --cache <folder>`);
  }
  const [from, to] = range.split('-').map((m) => Number(m.split('.')[1]));
  if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to)) throw new Error(`--minors ${range}: use 2.9-2.21`);
  return { minors: Array.from({ length: to - from + 1 }, (_, i) => `2.${from + i}`), cache };
}

/** What to download for one minor on one architecture. */
interface WheelRequest {
  folder: string;
  arch: string;
  distribution: string;
  minor: string;
  /** 3.11 */
  python: string;
}

/**
 * The newest patch of the request's minor in its folder (downloaded by pip), or undefined. Only
 * wheels for its Python count: a wheel left by a run with another Python is not the one named.
 */
async function wheelIn({ folder, distribution, minor, python }: WheelRequest): Promise<string | undefined> {
  const prefix = `${distribution.replace(/-/g, '_')}-${minor}.`;
  const tag = `-cp${python.replace('.', '')}-`;
  const patch = (name: string) => Number(name.slice(prefix.length).split(/[-.]/)[0]);
  const wheels = (await fs.readdir(folder)).filter(
    (f) => f.startsWith(prefix) && f.includes(tag) && f.endsWith('.whl') && !Number.isNaN(patch(f)),
  );
  wheels.sort((a, b) => patch(a) - patch(b));
  return wheels.length > 0 ? path.join(folder, wheels.at(-1)!) : undefined;
}

/** The newest wheel of the request's minor, downloaded into its folder unless there already. */
async function wheelOf(request: WheelRequest): Promise<string> {
  const present = await wheelIn(request);
  if (present) return present;
  const { folder, arch, distribution, minor, python } = request;
  const args = ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '--implementation', 'cp', '--python-version', python];
  for (const platform of PLATFORMS[arch]!) args.push('--platform', platform);
  args.push('--dest', folder, `${distribution}==${minor}.*`);
  const result = await runProcess(process.env.PYTHON ?? 'python3', args);
  const wheel = await wheelIn(request);
  if (result.exitCode !== 0 || !wheel)
    throw new Error(`pip download ${distribution}==${minor}.* for ${arch}, Python ${python} failed:\n${result.combined.trim()}`);
  return wheel;
}

/** The package a metadata-only wheel requires on Linux `arch` ("tensorflow-cpu-aws==2.15.1"), for the error that names it. */
async function requirementOf(wheel: string, arch: string): Promise<string | undefined> {
  const metadata = await runProcess('unzip', ['-p', wheel, '*.dist-info/METADATA']);
  for (const line of metadata.stdout.split('\n')) {
    const m = /^Requires-Dist:\s*([A-Za-z0-9._-]+)\s*\(?==\s*([^);\s]+)\)?\s*;(.*)$/.exec(line.trim());
    if (m && m[3]!.includes('Linux') && m[3]!.includes(`"${arch}"`)) return `${m[1]}==${m[2]}`;
  }
  return undefined;
}

/** The request's wheel, which must hold TensorFlow's libraries: a metadata-only one means PACKAGES names the wrong package. */
async function releaseWheel(request: WheelRequest): Promise<string> {
  const wheel = await wheelOf(request);
  const entries = await runProcess('unzip', ['-Z1', wheel], { maxBuffer: 64 << 20 });
  if (/^tensorflow\/.+\.so/m.test(entries.stdout)) return wheel;
  const requires = await requirementOf(wheel, request.arch);
  throw new Error(
    `${path.basename(wheel)} holds no TensorFlow libraries${requires ? `; on Linux ${request.arch} it requires ${requires}` : ''}: ` +
      `name the package that has them for ${request.minor} in PACKAGES`,
  );
}

/** The wheel's contents, read once and kept beside it. */
async function contentsOf(wheel: string): Promise<WheelContents> {
  const cached = `${wheel}.contents.json`;
  try {
    return JSON.parse(await fs.readFile(cached, 'utf8')) as WheelContents;
  } catch {
    const contents = await readWheelContents(wheel);
    await fs.writeFile(cached, JSON.stringify(contents));
    return contents;
  }
}

/** manylinux2014 -> 2.17, manylinux_2_27_x86_64 -> 2.27; the lowest of a compound tag's. */
export function glibcFloor(platformTag: string): string {
  const legacy: Record<string, string> = { manylinux1: '2.5', manylinux2010: '2.12', manylinux2014: '2.17' };
  const floors = platformTag.split('.').flatMap((tag) => {
    const pep600 = /^manylinux_(\d+)_(\d+)_/.exec(tag);
    if (pep600) return [`${pep600[1]}.${pep600[2]}`];
    const old = legacy[tag.split('_')[0]!];
    return old ? [old] : [];
  });
  floors.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  return floors[0] ?? 'unknown';
}

function architectureHistory(
  byMinor: Map<string, WheelContents & { distribution: string }>,
  minors: readonly string[],
): ArchitectureHistory {
  const names = new Map<string, Map<string, Set<string>>>();
  const headers = new Map<string, Set<string>>();
  const releases: ArchitectureHistory['releases'] = {};
  for (const [minor, w] of byMinor) {
    const { distribution, version, wheel, platformTag, abseil, cxx11Abi } = w;
    const libraries = Object.keys(w.libraries).sort();
    releases[minor] = {
      package: distribution,
      version,
      wheel,
      platformTag,
      glibcFloor: glibcFloor(platformTag),
      abseil,
      cxx11Abi,
      libraries,
    };
    for (const [library, exported] of Object.entries(w.libraries)) {
      for (const name of exported) {
        const perLibrary = names.get(name) ?? names.set(name, new Map()).get(name)!;
        (perLibrary.get(library) ?? perLibrary.set(library, new Set()).get(library)!).add(minor);
      }
    }
    for (const header of w.headers) (headers.get(header) ?? headers.set(header, new Set()).get(header)!).add(minor);
  }
  const sorted = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    releases,
    names: Object.fromEntries(
      sorted(names).map(([name, libs]) => [name, Object.fromEntries(sorted(libs).map(([lib, set]) => [lib, compressRanges(set, minors)]))]),
    ),
    headers: Object.fromEntries(sorted(headers).map(([header, set]) => [header, compressRanges(set, minors)])),
  };
}

/** The wheels of `minors` for `arch`, read; a minor with no package for the architecture is left out. */
async function readArchitecture(cache: string, arch: string, minors: readonly string[]) {
  const folder = path.join(cache, arch);
  await fs.mkdir(folder, { recursive: true });
  const byMinor = new Map<string, WheelContents & { distribution: string }>();
  for (const minor of minors) {
    const distribution = ruleFor(PACKAGES[arch]!, minor);
    const python = ruleFor(PYTHON_VERSIONS, minor);
    if (!python) throw new Error(`no Python version is known for TensorFlow ${minor}: add one to PYTHON_VERSIONS`);
    if (!distribution) {
      process.stderr.write(`${arch} ${minor}: no wheel for this architecture, left out\n`);
      continue;
    }
    const wheel = await releaseWheel({ folder, arch, distribution, minor, python });
    process.stderr.write(`${arch} ${minor}: ${path.basename(wheel)}\n`);
    byMinor.set(minor, { ...(await contentsOf(wheel)), distribution });
  }
  return byMinor;
}

async function main(): Promise<void> {
  const { minors, cache } = parseOptions(process.argv.slice(2));
  const history: CApiHistory = { minors, architectures: {} };
  for (const arch of Object.keys(PACKAGES))
    history.architectures[arch] = architectureHistory(await readArchitecture(cache, arch, minors), minors);
  const config = (await prettier.resolveConfig(output)) ?? {};
  await fs.writeFile(output, await prettier.format(JSON.stringify(history), { ...config, parser: 'json' }));
  process.stderr.write(`wrote ${path.relative(root, output)} (${(await fs.stat(output)).size} bytes)\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
