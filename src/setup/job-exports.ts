// What mode: setup hands to the job's later steps (GITHUB_ENV and GITHUB_PATH): the cgo
// flags, the folder the loader finds TensorFlow's libraries in, and the Go it set up. Pure:
// the front end applies it (core.exportVariable/core.addPath, or shell lines in the CLI).
import path from 'node:path';
import { prependSearchPath } from '../util/search-path.ts';

export interface JobExports {
  /** Variables to set, in the order they are listed. */
  env: Record<string, string>;
  /** Folders to put in front of PATH; the first is searched first. */
  path: string[];
}

export interface JobExportsInput {
  /** The flags stage's CGO_ENABLED, CGO_CFLAGS, CGO_CXXFLAGS, CGO_LDFLAGS (the user's own values already kept in them). */
  cgoEnv: Record<string, string>;
  /** The folder of TensorFlow's real libraries, which programs load at run time (never a link or stub folder). */
  tfLibDir: string;
  goroot: string;
  /** The step's environment: its LD_LIBRARY_PATH is kept behind ours. */
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** The loader's search path variable: DYLD_LIBRARY_PATH on macOS, LD_LIBRARY_PATH elsewhere. */
export function libraryPathVariable(platform: NodeJS.Platform = process.platform): string {
  return platform === 'darwin' ? 'DYLD_LIBRARY_PATH' : 'LD_LIBRARY_PATH';
}

export function jobExports(input: JobExportsInput): JobExports {
  const libraryPath = libraryPathVariable(input.platform);
  return {
    env: {
      CGO_ENABLED: input.cgoEnv.CGO_ENABLED ?? '1',
      CGO_CFLAGS: input.cgoEnv.CGO_CFLAGS ?? '',
      CGO_CXXFLAGS: input.cgoEnv.CGO_CXXFLAGS ?? '',
      CGO_LDFLAGS: input.cgoEnv.CGO_LDFLAGS ?? '',
      // TensorFlow's folder first: a libtensorflow_framework.so.2 from a C tarball elsewhere on
      // the path would otherwise be loaded next to the pip one (two TF runtimes, one process).
      [libraryPath]: prependSearchPath(input.tfLibDir, input.env[libraryPath]),
      // The Go the flags were computed with, not one that go.mod's toolchain line downloads.
      GOTOOLCHAIN: 'local',
    },
    path: [path.join(input.goroot, 'bin')],
  };
}
