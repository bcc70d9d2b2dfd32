// Titles, explanations and fixes for linker messages that are not about one missing or
// duplicate symbol: warnings, files the linker cannot use, symbols the command line
// names, and the compiler driver refusing its command line.
import type { Diagnostic, Location } from '../diagnostic.ts';
import { machineName as elfMachineName } from '../elf/elf.ts';

const short = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

export interface WarningInfo {
  text: string;
  toolLocation?: Location;
  referencedFrom?: string;
  library?: string;
  object?: string;
  symbol?: string;
}

export function linkerWarning(info: WarningInfo): Diagnostic {
  const where = info.library ?? info.object;
  return {
    severity: 'warning',
    kind: 'linker-warning',
    stage: 'build',
    title: `Linker warning: ${short(info.text)}`,
    message: `The linker warned${where ? ` about ${where}` : ''}${info.referencedFrom ? ` (in ${info.referencedFrom})` : ''}: ${info.text}`,
    ...(info.symbol ? { symbol: info.symbol } : {}),
    ...(info.library ? { library: info.library } : {}),
    ...(info.object ? { object: info.object } : {}),
    ...(info.referencedFrom ? { referencedFrom: info.referencedFrom } : {}),
    ...(info.toolLocation ? { toolLocation: info.toolLocation } : {}),
  };
}

/** lld's complaints about debug information it cannot read: one notice for all of them. */
export function debugInfoWarnings(example: string): Diagnostic {
  return {
    severity: 'notice',
    kind: 'linker-warning',
    stage: 'build',
    title: 'The linker could not read some debug information',
    message: `The linker warned about the debug information of an object (for example: ${example}). It only affects the source lines it names in other messages; the link itself is not affected.`,
  };
}

export function driverError(driver: string, text: string): Diagnostic {
  return {
    severity: 'error',
    kind: 'driver-error',
    stage: 'build',
    title: `${driver}: ${short(text)}`,
    message: `The compiler driver ${driver} refused its command line before any linking: ${text}`,
    fix: 'Correct the option or input file in #cgo LDFLAGS / CGO_LDFLAGS (or #cgo CFLAGS / CGO_CFLAGS when the compile step fails).',
  };
}

/** An ELF e_machine number as the linkers print it (`EM: 183`, `machine number 183`), by the name the other findings use. */
export const machineName = (number: string): string => elfMachineName(Number(number));

/** `file` was built for another CPU; `fileCpu` and `targetCpu` as far as the linker said. */
export function wrongArchitecture(file: string, fileCpu: string | undefined, targetCpu: string | undefined, text: string): Diagnostic {
  const built = fileCpu ? `built for ${fileCpu}` : 'built for another CPU';
  return {
    severity: 'error',
    kind: 'linker-error',
    stage: 'build',
    title: `${file} is ${built}${targetCpu ? `, not ${targetCpu}` : ''}`,
    message: `The linker cannot use ${file}: it is ${built}${targetCpu ? `, and this link is for ${targetCpu}` : ', not for the CPU this link is for'}. The linker said: ${text}`,
    fix: `Use a build of ${file} for the CPU you build for (on an arm64 runner, the arm64 library), or drop it from #cgo LDFLAGS / CGO_LDFLAGS.`,
    library: file,
  };
}

/** `file` is no object, archive or shared library the linker understands. */
export function notAnObject(file: string, text: string): Diagnostic {
  return {
    severity: 'error',
    kind: 'linker-error',
    stage: 'build',
    title: `${file} is not a file the linker can use`,
    message: `The linker read ${file} and found no object, archive or shared library it understands (a file for another system, such as a macOS Mach-O file, a directory, or a text file): ${text}`,
    fix: `Check the path of ${file} in #cgo LDFLAGS / CGO_LDFLAGS: it must be an ELF object, archive or shared library for this system.`,
    library: file,
  };
}

export function inputNotFound(file: string): Diagnostic {
  return {
    severity: 'error',
    kind: 'linker-error',
    stage: 'build',
    title: `Input file ${file} not found`,
    message: `The link line names ${file} as a file to link, and it does not exist.`,
    fix: `Correct the path in #cgo LDFLAGS / CGO_LDFLAGS, or build ${file} first.`,
    library: file,
  };
}

/** A symbol an option requires (--require-defined, --defsym) that nothing defines. */
export function commandLineSymbol(symbol: string, option: string): Diagnostic {
  return {
    severity: 'error',
    kind: 'undefined-reference',
    stage: 'build',
    title: `Undefined symbol ${symbol} named by ${option}`,
    message: `The linker option ${option} names ${symbol}, and no object or library on the link line defines it.`,
    fix: `Link the library that defines ${symbol}, or correct or remove ${option} in #cgo LDFLAGS / CGO_LDFLAGS.`,
    symbol,
    referencedFrom: option,
  };
}

/** A relocation the linker cannot apply (`relocation truncated to fit`, `dangerous relocation`). */
export function relocationError(text: string, toolLocation?: Location, symbol?: string, object?: string): Diagnostic {
  return {
    severity: 'error',
    kind: 'linker-error',
    stage: 'build',
    title: `Linker error: ${short(text)}`,
    message: `The linker stopped with: ${text}`,
    fix: text.includes('truncated to fit')
      ? 'The code is too far from the data it refers to for the code model it was compiled with: compile with -fPIC (or -mcmodel=medium/large for huge static data).'
      : 'A shared library can only contain position-independent code: compile every object and static library it links with -fPIC.',
    ...(symbol ? { symbol } : {}),
    ...(object ? { object } : {}),
    ...(toolLocation ? { toolLocation } : {}),
  };
}
