// Asks `go list` what the package is, so that bad input is caught before a long build.
import path from 'node:path';
import { runProcess } from '../util/process.ts';
import { InputError } from '../input-error.ts';
import { goListError, goVanished } from './go.ts';

export interface GoPackage {
  dir: string;
  importPath: string;
  name: string;
  /** Absolute paths of the files that import "C". */
  cgoFiles: string[];
  goFiles: string[];
  /** Absolute paths of the C++ files cgo compiles into the package (.cc, .cpp, .cxx); absent: none. */
  cxxFiles?: string[];
  /** Module path and go.mod file. */
  module?: { path: string; goMod: string; dir: string };
  /** Imported packages (transitively), used to spot Go bindings. */
  deps: string[];
}

interface GoListJson {
  Dir: string;
  ImportPath: string;
  Name: string;
  CgoFiles?: string[];
  GoFiles?: string[];
  CXXFiles?: string[];
  Module?: { Path: string; GoMod: string; Dir: string };
  Deps?: string[];
  Error?: { Err: string };
}

/** Pure: turns `go list -json` output into a GoPackage or a clear input error. */
export function packageFromGoList(json: GoListJson, packagePath: string): GoPackage {
  if (json.Error) {
    throw new InputError('package', `go list cannot load '${packagePath}': ${json.Error.Err.trim()}`);
  }
  const pkg: GoPackage = {
    dir: json.Dir,
    importPath: json.ImportPath,
    name: json.Name,
    cgoFiles: (json.CgoFiles ?? []).map((f) => path.join(json.Dir, f)),
    goFiles: (json.GoFiles ?? []).map((f) => path.join(json.Dir, f)),
    cxxFiles: (json.CXXFiles ?? []).map((f) => path.join(json.Dir, f)),
    module: json.Module ? { path: json.Module.Path, goMod: json.Module.GoMod, dir: json.Module.Dir } : undefined,
    deps: json.Deps ?? [],
  };
  if (pkg.cgoFiles.length === 0) {
    throw new InputError(
      'package',
      `${pkg.importPath} has no file with import "C", so there is nothing to link against TensorFlow: point 'package' at your cgo package.`,
    );
  }
  if (pkg.name !== 'main') {
    throw new InputError(
      'package',
      `${pkg.importPath} is package ${pkg.name}, but -buildmode=c-shared needs package main (with //export functions and an empty main()).`,
    );
  }
  return pkg;
}

/** `buildFlags` are the user's go build flags: -tags and the like decide which files are in the package. */
export async function describePackage(
  workingDirectory: string,
  packagePath: string,
  buildFlags: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<GoPackage> {
  const args = ['list', '-e', '-json=Dir,ImportPath,Name,CgoFiles,GoFiles,CXXFiles,Module,Deps,Error', ...buildFlags, packagePath];
  const result = await runProcess('go', args, { cwd: workingDirectory, env, timeoutMs: 300_000 });
  if (result.spawnError) throw goVanished(result.spawnError);
  if (result.exitCode !== 0 || !result.stdout.trim()) throw await goListError(result.stderr, workingDirectory, packagePath, env);
  return packageFromGoList(JSON.parse(result.stdout) as GoListJson, packagePath);
}
