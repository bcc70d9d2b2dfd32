// Turns computed flags into the CGO_* environment of the build.
import { quoteFlag } from '../util/cgo-quoting.ts';

/** The flags a build adds to the user's own CGO_CFLAGS/CGO_LDFLAGS. */
export interface CgoFlags {
  /** For C and C++ (CGO_CFLAGS and CGO_CXXFLAGS). */
  cflags: string[];
  /** For C++ only (CGO_CXXFLAGS). */
  cxxflags?: string[];
  ldflags: string[];
  /** The bindings link folder: first on the library path, ahead of the user's own CGO_LDFLAGS. */
  linkDir?: string;
}

/**
 * The CGO_* variables of the build. Keeps what the user's environment had in CGO_*FLAGS
 * (cmd/go's CFLAGS/CXXFLAGS default "-O2 -g" would otherwise be lost). Every path in computed flags is
 * TensorFlow's folder, found through `python`, or was checked when its input (install-dir,
 * rpath) was read; so `python` is the input an unquotable path names.
 */
export function cgoEnvironment(flags: CgoFlags, env: NodeJS.ProcessEnv): Record<string, string> {
  const quoted = (words: readonly string[]) => words.map((w) => quoteFlag(w, 'python'));
  const baseC = env.CGO_CFLAGS ?? '-O2 -g';
  const baseCxx = env.CGO_CXXFLAGS ?? '-O2 -g';
  const baseL = env.CGO_LDFLAGS ?? '';
  // Words the user's value already has are not added again: a step after `mode: setup` has our
  // flags in its environment, and every -L folder appears once.
  const notIn = (base: string, words: readonly string[]) => {
    const have = new Set(base.split(/\s+/));
    return words.filter((w) => !have.has(w));
  };
  const linkDir = notIn(baseL, quoted(flags.linkDir ? [`-L${flags.linkDir}`] : []));
  return {
    CGO_ENABLED: '1',
    CGO_CFLAGS: [baseC, ...notIn(baseC, quoted(flags.cflags))].filter(Boolean).join(' '),
    // cgo compiles .cc/.cpp files with CGO_CPPFLAGS + CGO_CXXFLAGS, never CGO_CFLAGS.
    CGO_CXXFLAGS: [baseCxx, ...notIn(baseCxx, quoted([...flags.cflags, ...(flags.cxxflags ?? [])]))].filter(Boolean).join(' '),
    CGO_LDFLAGS: [...linkDir, baseL, ...notIn(baseL, quoted(flags.ldflags))].filter(Boolean).join(' '),
  };
}
