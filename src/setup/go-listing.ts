// The go.dev download listing (`<base>/?mode=json&include=all`): parsing it, mapping Node's
// platform/arch names to Go's, and choosing the release and archive for a spec. Pure.
import semver from 'semver';
import { goVersionToSemver, isStableAlias, type StableAlias } from './go-version.ts';

export interface GoFile {
  filename: string;
  /** "linux", "darwin", "windows", ... ; "" for the source archive. */
  os: string;
  /** "amd64", "arm64", "386", "armv6l", ... ; "" for the source archive. */
  arch: string;
  version: string;
  sha256: string;
  size: number;
  /** "archive", "installer" or "source". */
  kind: string;
}

export interface GoRelease {
  /** Go's spelling: "go1.26.8", "go1.27rc1". */
  version: string;
  stable: boolean;
  files: GoFile[];
}

export interface SelectedRelease {
  /** Semver: "1.26.8", "1.27.0-rc.1". */
  version: string;
  goVersion: string;
  stable: boolean;
  file: Pick<GoFile, 'filename' | 'sha256' | 'size'>;
}

/** Parses the listing text. Throws a plain Error describing what is wrong (the caller adds the URL). */
export function parseListing(text: string): GoRelease[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const start = text.slice(0, 80).replace(/\s+/g, ' ').trim();
    throw new Error(`the answer is not JSON (it starts with "${start}")`);
  }
  if (!Array.isArray(data)) throw new Error('the answer is JSON but not an array of releases');
  const releases: GoRelease[] = [];
  for (const entry of data as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const e = entry as Record<string, unknown>;
    if (typeof e.version !== 'string' || !Array.isArray(e.files)) continue;
    const files: GoFile[] = [];
    for (const f of e.files as unknown[]) {
      if (typeof f !== 'object' || f === null) continue;
      const r = f as Record<string, unknown>;
      if (typeof r.filename !== 'string') continue;
      files.push({
        filename: r.filename,
        os: typeof r.os === 'string' ? r.os : '',
        arch: typeof r.arch === 'string' ? r.arch : '',
        version: typeof r.version === 'string' ? r.version : e.version,
        sha256: typeof r.sha256 === 'string' ? r.sha256 : '',
        size: typeof r.size === 'number' ? r.size : 0,
        kind: typeof r.kind === 'string' ? r.kind : '',
      });
    }
    releases.push({ version: e.version, stable: e.stable === true, files });
  }
  if (releases.length === 0 && data.length > 0) throw new Error('the answer is JSON but lists no releases with files');
  return releases;
}

/** Node's process.platform -> Go's GOOS. Go names pass through. */
export function goOs(platform: string): string {
  const map: Record<string, string> = { win32: 'windows', sunos: 'solaris' };
  return map[platform] ?? platform;
}

/** Node's process.arch -> the arch Go's download files use. Go names pass through. */
export function goArch(arch: string): string {
  const map: Record<string, string> = { x64: 'amd64', ia32: '386', x32: '386', arm: 'armv6l', ppc64: 'ppc64le' };
  return map[arch] ?? arch;
}

/** Go's arch -> Node's, which the runner's tool cache folders use (go/1.26.8/x64). */
export function nodeArch(arch: string): string {
  const map: Record<string, string> = { amd64: 'x64', '386': 'ia32', armv6l: 'arm', ppc64le: 'ppc64' };
  return map[arch] ?? arch;
}

function archiveFor(release: GoRelease, os: string, arch: string): GoFile | undefined {
  return release.files.find((f) => f.kind === 'archive' && f.os === os && f.arch === arch);
}

/** Releases that have an archive for os/arch, newest first, as semver. */
export function availableVersions(listing: readonly GoRelease[], platform: string, arch: string): string[] {
  const os = goOs(platform);
  const a = goArch(arch);
  const versions = new Set<string>();
  for (const r of listing) {
    const v = goVersionToSemver(r.version);
    if (v && archiveFor(r, os, a)) versions.add(v);
  }
  return [...versions].sort(semver.rcompare);
}

/**
 * The range an alias stands for: "stable" -> the newest stable minor line ("~1.26"),
 * "oldstable" -> the minor line before it ("~1.25"). Undefined when the listing has none.
 */
export function resolveStableAlias(listing: readonly GoRelease[], alias: StableAlias): string | undefined {
  const stable = listing
    .filter((r) => r.stable)
    .map((r) => goVersionToSemver(r.version))
    .filter((v): v is string => v !== undefined && semver.prerelease(v) === null)
    .sort(semver.rcompare);
  const newest = stable[0];
  if (!newest) return undefined;
  const line = (v: string) => `${semver.major(v)}.${semver.minor(v)}`;
  if (alias === 'stable') return `~${line(newest)}`;
  const older = stable.find((v) => line(v) !== line(newest));
  return older ? `~${line(older)}` : undefined;
}

/**
 * The newest release that satisfies `spec` (a normalized range, or stable/oldstable) and
 * has an archive for platform/arch (Node or Go names), with that archive's checksum.
 */
export function selectRelease(listing: readonly GoRelease[], spec: string, platform: string, arch: string): SelectedRelease | undefined {
  const range = isStableAlias(spec) ? resolveStableAlias(listing, spec) : spec;
  if (range === undefined) return undefined;
  const os = goOs(platform);
  const a = goArch(arch);
  let best: SelectedRelease | undefined;
  for (const r of listing) {
    const v = goVersionToSemver(r.version);
    if (!v || !semver.satisfies(v, range)) continue;
    if (best && semver.lte(v, best.version)) continue;
    const file = archiveFor(r, os, a);
    if (!file) continue;
    best = { version: v, goVersion: r.version, stable: r.stable, file: { filename: file.filename, sha256: file.sha256, size: file.size } };
  }
  return best;
}
