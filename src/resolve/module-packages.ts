// mode: setup links no one package: the exported flags are for every package `go test ./...`
// builds. go list (with -test, so that imports made only by _test.go files count) names the
// packages; their cgo facts are read together and their imports merged, so that the link plan
// covers the union: every TF function any package calls, and the bindings link folder when any
// package (or one it imports) links -ltensorflow.
import path from 'node:path';
import { runProcess } from '../util/process.ts';
import { InputError } from '../input-error.ts';
import { goListError, goVanished } from './go.ts';
import type { GoPackage } from './go-package.ts';

interface GoListEntry {
  Dir: string;
  ImportPath: string;
  Name: string;
  CgoFiles?: string[];
  GoFiles?: string[];
  Module?: { Path: string; GoMod: string; Dir: string };
  Deps?: string[];
  ForTest?: string;
  Error?: { Err: string };
}

export interface ModulePackages {
  /** Every package the pattern matched, test variants and external tests folded into their package. */
  packages: GoPackage[];
  /** How many entries `go list -test` printed: the packages, their test variants and test mains. */
  withTests: number;
  /** The union, as one GoPackage for the link plan: all cgo files, all imports. */
  union: GoPackage;
}

/** Pure: splits the concatenated JSON objects that `go list -json` prints. */
export function parseGoListStream(text: string): GoListEntry[] {
  const entries: GoListEntry[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) {
      entries.push(JSON.parse(text.slice(start, i + 1)) as GoListEntry);
    }
  }
  return entries;
}

/**
 * Pure: folds go list -test output into packages and their union. Test variants
 * ("p [p.test]") and external tests ("p_test [p.test]") add their imports to p;
 * synthesized test mains ("p.test") are dropped.
 */
export function foldPackages(entries: readonly GoListEntry[], pattern: string, workingDirectory: string): ModulePackages {
  // A folder whose files are all for another platform is no package here; go test skips it too.
  const excluded = (e: GoListEntry) => /build constraints exclude all Go files/.test(e.Error?.Err ?? '');
  const broken = entries.find((e) => e.Error && !e.ForTest && !excluded(e));
  if (broken?.Error) {
    throw new InputError('package', `go list cannot load ${broken.ImportPath || pattern}: ${broken.Error.Err.trim()}`);
  }
  const byPath = new Map<string, GoPackage>();
  let withTests = 0;
  for (const e of entries) {
    if (excluded(e)) continue;
    withTests++;
    if (e.ImportPath.endsWith('.test') && e.Name === 'main' && !e.ForTest) continue;
    const importPath = e.ForTest ?? e.ImportPath;
    const pkg = byPath.get(importPath) ?? {
      dir: e.Dir,
      importPath,
      name: e.Name,
      cgoFiles: [],
      goFiles: [],
      deps: [],
      module: e.Module ? { path: e.Module.Path, goMod: e.Module.GoMod, dir: e.Module.Dir } : undefined,
    };
    const add = (list: string[], items: readonly string[]) => {
      for (const item of items) if (!list.includes(item)) list.push(item);
    };
    add(
      pkg.cgoFiles,
      (e.CgoFiles ?? []).map((f) => path.join(e.Dir, f)),
    );
    add(
      pkg.goFiles,
      (e.GoFiles ?? []).map((f) => path.join(e.Dir, f)),
    );
    add(
      pkg.deps,
      (e.Deps ?? []).filter((d) => !d.endsWith('.test') && !d.includes(' [')),
    );
    byPath.set(importPath, pkg);
  }
  const packages = [...byPath.values()];
  if (packages.length === 0) {
    throw new InputError(
      'package',
      `'${pattern}' matches no Go package in ${workingDirectory}: give a package pattern relative to working-directory, e.g. ./... (the default in mode setup).`,
    );
  }
  const module = packages.find((p) => p.module)?.module;
  const union: GoPackage = {
    dir: workingDirectory,
    importPath: pattern,
    name: '',
    cgoFiles: packages.flatMap((p) => p.cgoFiles),
    goFiles: packages.flatMap((p) => p.goFiles),
    deps: [...new Set(packages.flatMap((p) => p.deps))].sort(),
    ...(module ? { module } : {}),
  };
  return { packages, withTests, union };
}

/** go list -test for the pattern; `buildFlags` (-tags and the like) decide which files are in. */
export async function describeModulePackages(
  workingDirectory: string,
  pattern: string,
  buildFlags: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ModulePackages> {
  const args = ['list', '-e', '-test', '-json=Dir,ImportPath,Name,CgoFiles,GoFiles,Module,Deps,ForTest,Error', ...buildFlags, pattern];
  const result = await runProcess('go', args, { cwd: workingDirectory, env, timeoutMs: 300_000 });
  if (result.spawnError) throw goVanished(result.spawnError);
  if (result.exitCode !== 0) throw await goListError(result.stderr, workingDirectory, pattern, env);
  return foldPackages(parseGoListStream(result.stdout), pattern, workingDirectory);
}
