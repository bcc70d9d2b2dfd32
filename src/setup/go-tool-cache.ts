// The runner's tool cache (RUNNER_TOOL_CACHE) for Go: finding a cached Go, extracting an
// archive, and moving an installed GOROOT into <tool name>/<version>/<arch>, the layout
// @actions/tool-cache reads. go-download.ts (go.dev or a mirror, whose Go gets a tool name of
// its own: goToolName) and go-proxy.ts (the module proxy, under "go") fill it.
import fs from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../environment-error.ts';

// Loaded when a Go setup path needs it: it would be much of the action's startup time, and a
// run with Go on PATH never uses it.
const loadToolCache = () => import('@actions/tool-cache');

/** The tool cache name of the official Go releases, as actions/setup-go uses it. */
export const OFFICIAL_GO_TOOL_NAME = 'go';

/** Outside a runner (the CLI, a container) nothing sets RUNNER_TOOL_CACHE. */
export function noToolCache(): EnvironmentError {
  return new EnvironmentError(
    'RUNNER_TOOL_CACHE',
    'is not set, so there is nowhere to keep a downloaded Go. Set it to a folder (the runner does), or put a Go that satisfies go-version on PATH.',
  );
}

/** The tool cache folder, read at call time; undefined when RUNNER_TOOL_CACHE is unset. */
export function toolCacheRoot(): string | undefined {
  return process.env.RUNNER_TOOL_CACHE || undefined;
}

/**
 * The newest cached Go satisfying `range` (or exactly a version: check-latest), or undefined
 * (also when there is no tool cache). setupGo's one look in the tool cache.
 */
export async function findInToolCache(
  range: string,
  cacheArch: string,
  toolName: string,
): Promise<{ version: string; goroot: string } | undefined> {
  if (!toolCacheRoot()) return undefined;
  const tc = await loadToolCache();
  const versions = tc.findAllVersions(toolName, cacheArch);
  const version = tc.evaluateVersions(versions, range);
  if (!version) return undefined;
  const goroot = tc.find(toolName, version, cacheArch);
  return goroot ? { version, goroot } : undefined;
}

/** Extracts a .tar.gz archive into `dest` (Linux Go archives are .tar.gz). */
export async function extractTarGz(archive: string, dest: string): Promise<void> {
  await (await loadToolCache()).extractTar(archive, dest);
}

/**
 * Moves an extracted GOROOT into the tool cache at <toolName>/<version>/<arch> and marks it
 * complete, the layout tc.find reads. A rename instead of tc.cacheDir's file-by-file copy:
 * for a full Go tree (15k files) that copy takes ~17 s of a ~20 s install. Falls back to
 * tc.cacheDir when the rename crosses file systems.
 */
export async function moveIntoToolCache(root: string, version: string, cacheArch: string, toolName: string): Promise<string> {
  const dest = path.join(toolCacheRoot()!, toolName, version, cacheArch);
  await fs.promises.rm(dest, { recursive: true, force: true });
  await fs.promises.rm(`${dest}.complete`, { force: true });
  await fs.promises.mkdir(path.dirname(dest), { recursive: true });
  const tc = await loadToolCache();
  try {
    await fs.promises.rename(root, dest);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    return tc.cacheDir(root, toolName, version, cacheArch);
  }
  await fs.promises.writeFile(`${dest}.complete`, '');
  const found = tc.find(toolName, version, cacheArch);
  if (found !== dest) throw new Error(`internal: cached Go at ${dest} but the tool cache finds "${found}"`);
  return dest;
}
