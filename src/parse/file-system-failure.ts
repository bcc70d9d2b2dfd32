// A file system that failed under go: a full disk, a read-only one, a folder the user may not
// write. cmd/go says so in Go's own words, `<op> <path>: <errno text>`, at the end of a line
// (test/fixtures/build/no-space.*, read-only.*, permission-denied.*):
//   example.com/m: go build example.com/m: copying /tmp/go-build1/b001/exe/a.out to /ws/out/libm.so: write /ws/out/libm.so: no space left on device
//   example.com/m: copying /tmp/go-build1/b001/_cgo_install.h: open /ws/ro/libm.h: read-only file system
//   failed to initialize build cache at /c/gocache: mkdir /c/gocache: permission denied
//   go: creating work dir: mkdir /t/go-build1: read-only file system
//   compile: writing output: write $WORK/b009/_pkg_.a: no space left on device
// None of these is the package's doing: they are the environment's, whatever else the output says.

/** Go's text for the errno (syscall.Errno.Error()), the same on Linux and macOS. */
export type FileSystemProblem = 'no space left on device' | 'read-only file system' | 'permission denied';

/** Where the failing path is, as far as the line tells. */
export type FileSystemPlace =
  /** Go's build cache (GOCACHE), which cmd/go could not set up. */
  | 'build-cache'
  /** Go's temporary work folder ($WORK, a go-build* folder in GOTMPDIR or the temp folder). */
  | 'work-folder'
  /** Any other path: the output, for a build. */
  | 'path';

export interface FileSystemFailure {
  problem: FileSystemProblem;
  /** What Go was doing to the path: open, write, mkdir ... */
  operation: string;
  /** The path as Go printed it; `$WORK/...` inside Go's work folder. */
  path: string;
  place: FileSystemPlace;
  /** For the build cache: the folder cmd/go named (the GOCACHE it could not set up). */
  cacheDir?: string;
  /** True when Go was copying the linked library out of its work folder: the link itself succeeded. */
  linked: boolean;
  /** Go's error, `<op> <path>: <errno text>`. */
  goError: string;
  /** The whole line. */
  line: string;
}

const problems: readonly FileSystemProblem[] = ['no space left on device', 'read-only file system', 'permission denied'];

// `<op> <path>: <errno text>` at the end of the line, after its start or a `: `. The path has no
// `: ` of its own (a Windows drive's `C:` is allowed), so the last such part of the line is taken.
const goPathError = /(?:^|: )([a-z]+) ((?:[A-Za-z]:)?[^:]+): (no space left on device|read-only file system|permission denied)$/;
const buildCache = /^failed to initialize build cache at (.+?): [a-z]+ /;
// cmd/go copies the linked file from `$WORK/b001/exe/a.out` to the output.
const copiedLink = /copying \S*[/\\]exe[/\\]a\.out(?:\.exe)? to /;
const sourceLocation = /^[^\s:][^:]*:\d+(?::\d+)?: /;
const workFolder = /^\$WORK[/\\]|[/\\]go-build\d+(?:[/\\]|$)/;

/** The file-system failure a line of go's output reports, if it reports one. */
export function fileSystemFailureOf(line: string): FileSystemFailure | undefined {
  // A cheap test first: most lines end with none of the three.
  if (!problems.some((problem) => line.endsWith(problem))) return undefined;
  // A compiler's message (`main.go:5:2: error: #error open x: permission denied`) quotes the code, not the disk.
  if (sourceLocation.test(line)) return undefined;
  const match = goPathError.exec(line);
  if (!match) return undefined;
  const [goError, operation, filePath, problem] = match as unknown as [string, string, string, FileSystemProblem];
  const cacheDir = buildCache.exec(line)?.[1];
  const place: FileSystemPlace =
    cacheDir !== undefined ? 'build-cache' : workFolder.test(filePath) || line.includes('creating work dir: ') ? 'work-folder' : 'path';
  return {
    problem,
    operation,
    path: filePath,
    place,
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    linked: copiedLink.test(line),
    goError: goError.replace(/^: /, ''),
    line,
  };
}

/** The first file-system failure in go's output (its stderr), if any. */
export function firstFileSystemFailure(output: string): FileSystemFailure | undefined {
  for (const line of output.split('\n')) {
    const failure = fileSystemFailureOf(line.trimEnd());
    if (failure) return failure;
  }
  return undefined;
}
