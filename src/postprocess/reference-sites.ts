// Where the package's C and C++ code references what is missing. A link without -z defs
// (link-libraries none or sysconfig) succeeds with undefined symbols, so the inspection knows
// the names but not the lines. One more link of the same package, with -z defs passed only to
// the linker (-ldflags=-extldflags, which is not part of the compile's cache key, so the
// compile is reused), makes GNU ld print `file.cc:42: undefined reference to ...` for each.
import fs from 'node:fs';
import path from 'node:path';
import type { Location } from '../diagnostic.ts';
import { parseBuildOutput } from '../parse/build-output.ts';
import { runProcess } from '../util/process.ts';
import { C_OR_CXX_SOURCE } from './map-to-source.ts';

export interface ReferenceSitesRequest {
  workingDirectory: string;
  packagePath: string;
  /** The package folder: only sites in its own files count. */
  packageDir: string;
  buildFlags: readonly string[];
  /** The build's environment, CGO_* included. */
  env: NodeJS.ProcessEnv;
  tempDir: string;
}

/** Pure: the package's own .c/.cc/.h lines among the located findings of a link's output. */
export function packageSites(output: string, packageDir: string): Location[] {
  const dir = path.resolve(packageDir) + path.sep;
  const seen = new Set<string>();
  const sites: Location[] = [];
  for (const d of parseBuildOutput(output)) {
    const at = d.toolLocation;
    if (!at || !C_OR_CXX_SOURCE.test(at.file)) continue;
    const file = path.resolve(packageDir, at.file);
    if (!file.startsWith(dir)) continue;
    const key = `${file}:${at.line ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sites.push({ file, ...(at.line !== undefined ? { line: at.line } : {}) });
  }
  return sites;
}

/** Links once more with -z defs and returns the package's reference sites; [] when that is not possible. */
export async function referenceSites(request: ReferenceSitesRequest): Promise<Location[]> {
  if (request.buildFlags.some((f) => /^--?ldflags(=|$)/.test(f))) return []; // ours would replace the user's
  const dir = await fs.promises.mkdtemp(path.join(request.tempDir, 'tf-cgo-verify-sites-'));
  try {
    const args = [
      'build',
      '-buildmode=c-shared',
      ...request.buildFlags,
      '-ldflags=-extldflags=-Wl,-z,defs',
      '-o',
      path.join(dir, 'lib.so'),
      request.packagePath,
    ];
    const run = await runProcess('go', args, { cwd: request.workingDirectory, env: request.env, timeoutMs: 300_000 });
    return run.exitCode === 0 ? [] : packageSites(run.combined, request.packageDir);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
