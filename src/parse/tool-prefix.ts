// Which program printed a line: linkers and compiler drivers start their messages with
// their own name (argv[0]), as installed: `/usr/bin/ld.bfd: `, `ld.lld-19: `,
// `aarch64-linux-gnu-ld: `, `mold: `, `ld64.lld-19: `, `g++: `, `x86_64-linux-gnu-gcc-12: `.

export interface ToolLine {
  /** The linker without path, cross prefix or version: ld, ld.bfd, ld.gold, ld.lld, ld64, ld64.lld, lld, mold. */
  linker?: string;
  /** The compiler driver without path, cross prefix or version: gcc, g++, cc, c++, clang, clang++. */
  driver?: string;
  /** The line without the program's prefix. */
  body: string;
}

const crossPrefix = String.raw`(?:[\w.-]+-)?`;
const versionSuffix = String.raw`(?:-\d+(?:\.\d+)*)?`;
const linkerName = new RegExp(String.raw`^${crossPrefix}(ld(?:\.bfd|\.gold|\.lld|64(?:\.lld)?)?|lld|mold)${versionSuffix}$`);
const driverName = new RegExp(String.raw`^${crossPrefix}(gcc|g\+\+|cc|c\+\+|clang|clang\+\+)${versionSuffix}$`);

// A program name has no spaces and comes before the first ": " of the line.
const longestPrefix = 256;

type Program = { linker: string } | { driver: string } | null;

// A build log repeats a handful of names before ": " (ld, gcc, main.go:12:2 ...): each is
// classified once. The cache stops growing at a fixed size, so memory stays flat.
const programCacheSize = 1024;
const programs = new Map<string, Program>();

function classify(name: string): Program {
  const cached = programs.get(name);
  if (cached !== undefined) return cached;
  const linker = linkerName.exec(name)?.[1];
  const driver = linker === undefined ? driverName.exec(name)?.[1] : undefined;
  const program = linker !== undefined ? { linker } : driver !== undefined ? { driver } : null;
  if (programs.size < programCacheSize) programs.set(name, program);
  return program;
}

export function splitToolPrefix(line: string): ToolLine {
  const colon = line.indexOf(': ');
  if (colon <= 0 || colon > longestPrefix || line.lastIndexOf(' ', colon) !== -1) return { body: line };
  const program = classify(line.slice(line.lastIndexOf('/', colon) + 1, colon));
  return program === null ? { body: line } : { ...program, body: line.slice(colon + 2) };
}
