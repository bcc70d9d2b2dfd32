// Makes src/resolve/tf-c-api-history.json, the history of TensorFlow's C API, from the real
// Linux wheels: `pip download` fetches each minor's newest wheel (no install, no dependencies)
// into a cache folder outside the repository, and tf-wheel-contents.ts reads it. What each wheel
// holds is cached beside it (<wheel>.contents.json), so a rerun downloads and reads only new ones.
//
//   node scripts/tf-c-api-history.ts [--minors 2.12-2.21] [--cache /var/cache/tf-cgo-verify-wheels]
//
// PYTHON names the interpreter whose pip downloads (default python3). README's "Which
// TensorFlow versions does my library support?" says how to add a release.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { runProcess } from '../src/util/process.ts';
import { compressRanges, minorOf, type ArchitectureHistory, type CApiHistory } from '../src/resolve/c-api-history.ts';
import { readWheelContents, type WheelContents } from './tf-wheel-contents.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const output = path.join(root, 'src', 'resolve', 'tf-c-api-history.json');

/** The package that has a CPU wheel for each architecture (tensorflow-cpu has none for aarch64). */
const ARCHITECTURES: Record<string, { package: string; platforms: string[] }> = {
  x86_64: { package: 'tensorflow-cpu', platforms: ['manylinux2014_x86_64', 'manylinux_2_27_x86_64', 'manylinux_2_28_x86_64'] },
  aarch64: { package: 'tensorflow', platforms: ['manylinux2014_aarch64', 'manylinux_2_27_aarch64', 'manylinux_2_28_aarch64'] },
};
/** Every minor from 2.12 to 2.21 has a wheel for this Python on both architectures. */
const PYTHON_VERSION = '3.11';

interface Options {
  minors: string[];
  cache: string;
}

function parseOptions(argv: readonly string[]): Options {
  let range = '2.12-2.21';
  let cache = '/var/cache/tf-cgo-verify-wheels';
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--minors') range = argv[i + 1] ?? range;
    else if (argv[i] === '--cache') cache = argv[i + 1] ?? cache;
    else throw new Error(`unknown argument ${argv[i]}; usage: --minors 2.12-2.21 --cache <folder>`);
  }
  const [from, to] = range.split('-').map((m) => Number(m.split('.')[1]));
  if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to)) throw new Error(`--minors ${range}: use 2.12-2.21`);
  return { minors: Array.from({ length: to - from + 1 }, (_, i) => `2.${from + i}`), cache };
}

/** The newest patch of `minor` in `folder` (downloaded by pip), or undefined. */
async function wheelIn(folder: string, distribution: string, minor: string): Promise<string | undefined> {
  const prefix = `${distribution.replace(/-/g, '_')}-${minor}.`;
  const patch = (name: string) => Number(name.slice(prefix.length).split(/[-.]/)[0]);
  const wheels = (await fs.readdir(folder)).filter((f) => f.startsWith(prefix) && f.endsWith('.whl') && !Number.isNaN(patch(f)));
  wheels.sort((a, b) => patch(a) - patch(b));
  return wheels.length > 0 ? path.join(folder, wheels.at(-1)!) : undefined;
}

/** The newest wheel of `distribution` `version` (2.21.* or 2.12.1) for `arch`, downloaded into `folder` unless there already. */
async function wheelOf(folder: string, arch: string, distribution: string, version: string): Promise<string> {
  const minor = minorOf(version);
  const present = await wheelIn(folder, distribution, minor);
  if (present && (version.endsWith('*') || path.basename(present).includes(`-${version}-`))) return present;
  const args = ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '--implementation', 'cp', '--python-version', PYTHON_VERSION];
  for (const platform of ARCHITECTURES[arch]!.platforms) args.push('--platform', platform);
  args.push('--dest', folder, `${distribution}==${version}`);
  const result = await runProcess(process.env.PYTHON ?? 'python3', args);
  const wheel = await wheelIn(folder, distribution, minor);
  if (result.exitCode !== 0 || !wheel)
    throw new Error(`pip download ${distribution}==${version} for ${arch} failed:\n${result.combined.trim()}`);
  return wheel;
}

/**
 * The package a library-less wheel stands for on Linux `arch`: tensorflow 2.12-2.15 for aarch64
 * is a metadata-only wheel requiring tensorflow-cpu-aws of the same version.
 */
async function delegateOf(wheel: string, arch: string): Promise<{ distribution: string; version: string } | undefined> {
  const metadata = await runProcess('unzip', ['-p', wheel, '*.dist-info/METADATA']);
  for (const line of metadata.stdout.split('\n')) {
    const m = /^Requires-Dist:\s*([A-Za-z0-9._-]+)\s*\(?==\s*([^);\s]+)\)?\s*;(.*)$/.exec(line.trim());
    if (m && m[3]!.includes('Linux') && m[3]!.includes(`"${arch}"`)) return { distribution: m[1]!, version: m[2]! };
  }
  return undefined;
}

/** The wheel pip installs for `distribution` `minor` on Linux `arch`, following a metadata-only wheel to the one it requires. */
async function releaseWheel(
  folder: string,
  arch: string,
  distribution: string,
  minor: string,
): Promise<{ wheel: string; distribution: string }> {
  const wheel = await wheelOf(folder, arch, distribution, `${minor}.*`);
  const entries = await runProcess('unzip', ['-Z1', wheel], { maxBuffer: 64 << 20 });
  if (/^tensorflow\/.+\.so/m.test(entries.stdout)) return { wheel, distribution };
  const delegate = await delegateOf(wheel, arch);
  if (!delegate)
    throw new Error(`${path.basename(wheel)} holds no TensorFlow libraries and requires no package that does on Linux ${arch}`);
  return { wheel: await wheelOf(folder, arch, delegate.distribution, delegate.version), distribution: delegate.distribution };
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
    releases[minor] = { package: distribution, version, wheel, platformTag, glibcFloor: glibcFloor(platformTag), abseil, cxx11Abi };
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

async function main(): Promise<void> {
  const { minors, cache } = parseOptions(process.argv.slice(2));
  const history: CApiHistory = { minors, architectures: {} };
  for (const [arch, { package: distribution }] of Object.entries(ARCHITECTURES)) {
    const folder = path.join(cache, arch);
    await fs.mkdir(folder, { recursive: true });
    const byMinor = new Map<string, WheelContents & { distribution: string }>();
    for (const minor of minors) {
      const release = await releaseWheel(folder, arch, distribution, minor);
      process.stderr.write(`${arch} ${minor}: ${path.basename(release.wheel)}\n`);
      byMinor.set(minor, { ...(await contentsOf(release.wheel)), distribution: release.distribution });
    }
    history.architectures[arch] = architectureHistory(byMinor, minors);
  }
  const config = (await prettier.resolveConfig(output)) ?? {};
  await fs.writeFile(output, await prettier.format(JSON.stringify(history), { ...config, parser: 'json' }));
  process.stderr.write(`wrote ${path.relative(root, output)} (${(await fs.stat(output)).size} bytes)\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
