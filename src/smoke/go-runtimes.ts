// Two Go runtimes in one process: every Go c-shared library carries a runtime of its own, and
// the Go team does not support loading two (golang/go#18976); since Go 1.21 it can crash with
// "fatal error: bad sweepgen in refill" (golang/go#65050). After the load and the smoke test,
// the shared objects the process had mapped are checked for another Go runtime: a Go c-shared
// object defines cgo's entry points crosscall2 and _cgo_topofstack.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { lookupDefined } from '../elf/elf.ts';

const GO_RUNTIME_NAMES = ['crosscall2', '_cgo_topofstack'];

const realPath = (file: string): string => {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
};

/** The objects, other than `library`, that carry a Go runtime. Never throws: an unreadable file is skipped. */
export async function otherGoRuntimes(library: string, objects: readonly string[]): Promise<string[]> {
  const own = realPath(library);
  const others = [...new Set(objects.map(realPath))].filter((file) => file !== own);
  const found = await Promise.all(
    others.map(async (file) => {
      const defined = await lookupDefined(file, GO_RUNTIME_NAMES).catch(() => new Map<string, unknown[]>());
      return GO_RUNTIME_NAMES.every((name) => (defined.get(name) ?? []).length > 0) ? [file] : [];
    }),
  );
  return found.flat();
}

/** Pure: the finding for Go runtimes loaded beside the library's own. */
export function twoGoRuntimes(library: string, others: readonly string[]): Diagnostic {
  const lib = path.basename(library);
  const files = others.map((f) => path.basename(f)).join(', ');
  return {
    severity: 'warning',
    kind: 'two-go-runtimes',
    stage: 'smoke',
    library: lib,
    title: `Two Go runtimes in one process: ${lib} and ${files}`,
    message: `The Python process that loaded ${lib} also loaded ${others.join(', ')}, another Go c-shared object with a Go runtime of its own. The Go team does not support two Go c-shared libraries in one process (golang/go#18976); since Go 1.21 it can crash at any garbage collection with "fatal error: bad sweepgen in refill" (golang/go#65050).`,
    fix: `Build one combined c-shared library: put the Go packages behind ${lib} and ${files} into one main package (one go build -buildmode=c-shared), which exports every function both need (and, for an extension module, its PyInit_).`,
  };
}
