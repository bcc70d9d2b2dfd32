// Compiles the package (cmd/go, into its build cache) and reads what its C and C++ objects
// leave undefined: the names the link has to find, which decide the TensorFlow libraries
// under link-libraries auto. Run with the environment of the build itself, the compile is
// the build's: the CGO_* flags are part of cmd/go's cache key, so `go build` then reuses it.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { runProcess } from '../util/process.ts';
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
  /** output: what the compile printed (compiler warnings), which a cached rebuild does not print again. */
  { ok: true; symbols: string[]; durationMs: number; output: string } | { ok: false; reason: string };

/** The undefined symbols of every cgo package `packagePath` names. Never throws: a failed compile is a reason. */
export async function compiledUndefinedSymbols(request: CompiledObjectsRequest): Promise<CompiledObjects> {
  const started = performance.now();
  const args = [
    'list',
    '-e',
    '-export',
    ...(request.buildmode ? [`-buildmode=${request.buildmode}`] : []),
    ...request.buildFlags,
    '-f',
    // A line per cgo package; with -e a package that did not compile has no export file.
    '{{if .CgoFiles}}export:{{.Export}}{{end}}',
    request.packagePath,
  ];
  // With -buildmode=c-shared, cmd/go writes the export header named after the output; go list
  // has no output, so it writes `.h` into its working directory: the user's checkout. Remove it
  // when this call made it.
  const strayHeader = path.join(request.workingDirectory, '.h');
  const headerWasThere = existsSync(strayHeader);
  const run = await runProcess('go', args, { cwd: request.workingDirectory, env: request.env, timeoutMs: 900_000 });
  if (!headerWasThere) await rm(strayHeader, { force: true });
  if (run.exitCode !== 0 || run.spawnError) {
    // The build prints the same compile errors, and they are parsed there.
    return { ok: false, reason: 'the package does not compile' };
  }
  const archives = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('export:'))
    .map((line) => line.slice('export:'.length).trim());
  if (archives.some((archive) => archive === '')) return { ok: false, reason: 'the package does not compile' };
  const symbols = new Set<string>();
  for (const archive of archives) {
    const data = await readFile(archive).catch(() => undefined);
    if (!data) return { ok: false, reason: `cannot read the compiled package ${archive}` };
    for (const name of await archiveUndefinedSymbols(data)) symbols.add(name);
  }
  return { ok: true, symbols: [...symbols].sort(), durationMs: Math.round(performance.now() - started), output: run.stderr };
}
