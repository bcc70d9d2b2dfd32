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

export function splitToolPrefix(line: string): ToolLine {
  const colon = line.indexOf(': ');
  if (colon <= 0 || colon > longestPrefix || line.lastIndexOf(' ', colon) !== -1) return { body: line };
  const name = line.slice(line.lastIndexOf('/', colon) + 1, colon);
  const body = line.slice(colon + 2);
  const linker = linkerName.exec(name)?.[1];
  if (linker !== undefined) return { linker, body };
  const driver = driverName.exec(name)?.[1];
  if (driver !== undefined) return { driver, body };
  return { body: line };
}
