// Compiles the package (cmd/go, into its build cache) and reads what its C and C++ objects
// leave undefined: the names the link has to find, which decide the TensorFlow libraries
// under link-libraries auto. Run with the environment of the build itself, the compile is
// the build's: the CGO_* flags are part of cmd/go's cache key, so `go build` then reuses it.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { runProcess } from '../util/process.ts';
import { compiledInWorkDir, removeWorkDir, splitWorkLine } from '../util/go-work.ts';
import { archiveUndefinedSymbols } from '../elf/elf.ts';

export interface CompiledObjectsRequest {
  workingDirectory: string;
  /** A package, or in mode: setup a pattern. */
  packagePath: string;
  buildFlags: readonly string[];
  /** The build's environment, CGO_* included. */
  env: NodeJS.ProcessEnv;
  /** The build mode of the later build (c-shared in verify mode), part of the cache key too. */
  buildmode?: string;
}

export type CompiledObjects =
  /**
   * output: what the compile printed (compiler warnings), which a cached rebuild does not print again;
   * compiled: whether a cgo package was compiled in this run rather than taken from Go's build cache.
   */
  { ok: true; symbols: string[]; durationMs: number; output: string; compiled: boolean } | { ok: false; reason: string };

const cgoLine = 'cgo:';
const exportLine = 'export:';

/** The cgo packages go list named: each one's export archive and cgo files. */
function listedPackages(stdout: string): { archive: string; cgoFiles: string[] }[] {
  const packages: { archive: string; cgoFiles: string[] }[] = [];
  let cgoFiles: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line.startsWith(cgoLine)) cgoFiles = line.slice(cgoLine.length).split('\t').filter(Boolean);
    if (line.startsWith(exportLine)) packages.push({ archive: line.slice(exportLine.length).trim(), cgoFiles });
  }
  return packages;
}

/** Whether cmd/go compiled any of the packages in this run (util/go-work.ts). */
async function compiledNow(workDir: string | undefined, packages: readonly { cgoFiles: string[] }[]): Promise<boolean> {
  if (!workDir) return true;
  for (const p of packages) if (await compiledInWorkDir(workDir, p.cgoFiles)) return true;
  return false;
}

/** The undefined symbols of every cgo package `packagePath` names. Never throws: a failed compile is a reason. */
export async function compiledUndefinedSymbols(request: CompiledObjectsRequest): Promise<CompiledObjects> {
  const started = performance.now();
  const args = [
    'list',
    '-e',
    '-export',
    // Keeps cmd/go's work folder, to tell a compile from a cache hit; removed below.
    '-work',
    ...(request.buildmode ? [`-buildmode=${request.buildmode}`] : []),
    ...request.buildFlags,
    '-f',
    // Two lines per cgo package, its cgo files and its archive; with -e a package that did not
    // compile has no export file.
    `{{if .CgoFiles}}${cgoLine}{{join .CgoFiles "\\t"}}{{"\\n"}}${exportLine}{{.Export}}{{end}}`,
    request.packagePath,
  ];
  // With -buildmode=c-shared, cmd/go writes the export header named after the output; go list
  // has no output, so it writes `.h` into its working directory: the user's checkout. Remove it
  // when this call made it.
  const strayHeader = path.join(request.workingDirectory, '.h');
  const headerWasThere = existsSync(strayHeader);
  const run = await runProcess('go', args, { cwd: request.workingDirectory, env: request.env, timeoutMs: 900_000 });
  if (!headerWasThere) await rm(strayHeader, { force: true });
  const { workDir, output } = splitWorkLine(run.stderr);
  const packages = listedPackages(run.stdout);
  const compiled = await compiledNow(workDir, packages);
  await removeWorkDir(workDir);
  if (run.exitCode !== 0 || run.spawnError) {
    // The build prints the same compile errors, and they are parsed there.
    return { ok: false, reason: 'the package does not compile' };
  }
  const archives = packages.map((p) => p.archive);
  if (archives.some((archive) => archive === '')) return { ok: false, reason: 'the package does not compile' };
  const symbols = new Set<string>();
  for (const archive of archives) {
    const data = await readFile(archive).catch(() => undefined);
    if (!data) return { ok: false, reason: `cannot read the compiled package ${archive}` };
    for (const name of await archiveUndefinedSymbols(data)) symbols.add(name);
  }
  return { ok: true, symbols: [...symbols].sort(), durationMs: Math.round(performance.now() - started), output, compiled };
}
