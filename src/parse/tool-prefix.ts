// Which program printed a line: linkers and compiler drivers start their messages with
// their own name (argv[0]), as installed: `/usr/bin/ld.bfd: `, `ld.lld-19: `,
// `aarch64-linux-gnu-ld: `, `mold: `, `ld64.lld-19: `, `g++: `, `x86_64-linux-gnu-gcc-12: `.

export interface ToolLine {
  /** The linker without path, cross prefix or version: ld, ld.bfd, ld.gold, ld.lld, ld64, ld64.lld, lld, mold. */
  linker: string | undefined;
  /** The compiler driver without path, cross prefix or version: gcc, g++, cc, c++, clang, clang++. */
  driver: string | undefined;
  /** The line without the program's prefix. */
  body: string;
}

const crossPrefix = String.raw`(?:[\w.-]+-)?`;
const versionSuffix = String.raw`(?:-\d+(?:\.\d+)*)?`;
const linkerName = new RegExp(String.raw`^${crossPrefix}(ld(?:\.bfd|\.gold|\.lld|64(?:\.lld)?)?|lld|mold)${versionSuffix}$`);
const driverName = new RegExp(String.raw`^${crossPrefix}(gcc|g\+\+|cc|c\+\+|clang|clang\+\+)${versionSuffix}$`);

// A program name has no spaces and comes before the first ": " of the line.
const longestPrefix = 256;

interface Program {
  linker: string | undefined;
  driver: string | undefined;
}

// A build log repeats a handful of names before ": " (ld, gcc, main.go:12:2 ...): each is
// classified once. The cache stops growing at a fixed size, so memory stays flat.
const programCacheSize = 1024;
const programs = new Map<string, Program | null>();

function classify(name: string): Program | null {
  const cached = programs.get(name);
  if (cached !== undefined) return cached;
  const linker = linkerName.exec(name)?.[1];
  const driver = linker === undefined ? driverName.exec(name)?.[1] : undefined;
  const program = linker !== undefined || driver !== undefined ? { linker, driver } : null;
  if (programs.size < programCacheSize) programs.set(name, program);
  return program;
}

// Every ToolLine has the same three fields, so the rules that read them stay fast.
const plain = (line: string): ToolLine => ({ linker: undefined, driver: undefined, body: line });

export function splitToolPrefix(line: string): ToolLine {
  const colon = line.indexOf(': ');
  if (colon <= 0 || colon > longestPrefix || line.lastIndexOf(' ', colon) !== -1) return plain(line);
  const name = line.slice(line.lastIndexOf('/', colon) + 1, colon);
  // `main.go:12:2` or `cgo-gcc-prolog:60`: a place, not a program.
  if (name.includes(':')) return plain(line);
  const program = classify(name);
  return program === null ? plain(line) : { linker: program.linker, driver: program.driver, body: line.slice(colon + 2) };
}
