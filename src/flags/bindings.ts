// Go bindings (tensorflow/go, wamuir/graft, galeone/tfgo) link with `-ltensorflow` and
// expect a libtensorflow.so from the C tarball, a second copy of TensorFlow that differs from
// the one Python imports. Instead, a link folder holds libtensorflow.so -> the pip wheel's
// libtensorflow_cc.so.2 (which exports the same C API) and libtensorflow_framework.so -> its
// framework library, first on the library path: `-ltensorflow` then binds to the very
// TensorFlow that Python imports, and NEEDED records the wheel's SONAME
// (libtensorflow_cc.so.2). Nothing is ever downloaded.
import { createHash } from 'node:crypto';
import { mkdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import type { Location } from '../diagnostic.ts';
import type { CgoPackageFacts } from '../resolve/cgo-source.ts';
import type { GoPackage } from '../resolve/go-package.ts';
import { BINDINGS_LIBRARY_NAMES, linkEntries, type TensorFlowInstall } from '../resolve/tensorflow.ts';

/** Go packages whose cgo code links -ltensorflow (a package or any package under it). */
export const BINDINGS_PACKAGES = [
  'github.com/tensorflow/tensorflow/tensorflow/go',
  'github.com/wamuir/graft/tensorflow',
  'github.com/galeone/tfgo',
  // tfgo's own fork of the official bindings, which it imports.
  'github.com/galeone/tensorflow/tensorflow/go',
] as const;

export interface BindingsUse {
  /** Why: "main.go:5 #cgo LDFLAGS: -ltensorflow", "imports github.com/wamuir/graft/tensorflow". */
  reasons: string[];
  /** The package's own -ltensorflow arguments, for pointing at them. */
  locations: Location[];
  /** The bindings packages among the package's dependencies. */
  imports: string[];
}

const underPackage = (dep: string, root: string) => dep === root || dep.startsWith(`${root}/`);

/**
 * Does the package, or a package it imports, link with -ltensorflow? Pure. The module under
 * test is not an import of its own, even when it is one of the bindings (galeone/tfgo).
 */
export function detectBindings(facts: CgoPackageFacts, pkg: Pick<GoPackage, 'deps' | 'module'>): BindingsUse | undefined {
  const use: BindingsUse = { reasons: [], locations: [], imports: [] };
  for (const f of facts.files) {
    for (const d of f.directives) {
      if (d.kind !== 'LDFLAGS') continue;
      for (const lib of d.libraries) {
        if (!BINDINGS_LIBRARY_NAMES.has(lib.name)) continue;
        use.reasons.push(`${path.basename(f.file)}:${d.line} #cgo LDFLAGS: ${lib.arg}`);
        use.locations.push({ file: f.file, line: d.line, column: lib.column, endLine: d.line, endColumn: lib.column + lib.arg.length - 1 });
      }
    }
  }
  const own = pkg.module?.path;
  for (const root of BINDINGS_PACKAGES) {
    if (own && (underPackage(root, own) || underPackage(own, root))) continue;
    if (pkg.deps.some((dep) => underPackage(dep, root))) {
      use.imports.push(root);
      use.reasons.push(`imports ${root}`);
    }
  }
  return use.reasons.length > 0 ? use : undefined;
}

/** `<tempDir>/tf-cgo-verify-link/<hash of the TF library folder>`: one folder per TensorFlow. */
export function linkDirFor(tempDir: string, tfLibDir: string): string {
  const hash = createHash('sha256').update(path.resolve(tfLibDir)).digest('hex').slice(0, 16);
  return path.join(tempDir, 'tf-cgo-verify-link', hash);
}

/**
 * Creates the link folder, or reuses it: a link that already points at the right library is
 * kept; anything else under that name (stale link, file, folder) is replaced atomically, so
 * concurrent runs for the same TensorFlow never see a half-made folder.
 */
export async function ensureLinkDir(
  tempDir: string,
  tf: Pick<TensorFlowInstall, 'dir' | 'libraries'>,
): Promise<{ dir: string; created: string[] }> {
  const dir = linkDirFor(tempDir, tf.dir);
  await mkdir(dir, { recursive: true });
  const created: string[] = [];
  for (const entry of linkEntries(tf)) {
    const at = path.join(dir, entry.name);
    const current = await readlink(at).catch(() => undefined);
    if (current === entry.target) continue;
    const temporary = path.join(dir, `.${entry.name}.${process.pid}.${Math.random().toString(36).slice(2)}`);
    await symlink(entry.target, temporary);
    try {
      await rename(temporary, at);
    } catch {
      // A folder in the way: rename cannot replace it. Move it aside in one step and remove it
      // there: a concurrent run may be doing the same, and may already have put its link here.
      const aside = `${temporary}.aside`;
      await rename(at, aside).catch(() => undefined);
      await rm(aside, { recursive: true, force: true });
      await rename(temporary, at);
    }
    created.push(entry.name);
  }
  return { dir, created };
}
