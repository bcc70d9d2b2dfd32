// Libraries and objects on the link line built for another CPU than the build's: an x86-64
// .so named in `#cgo LDFLAGS` of an arm64 build. ld says little: "skipping incompatible ...
// when searching for -lX" and then "cannot find -lX", or "file in wrong format". These
// findings name the file, the argument and both CPUs.
import path from 'node:path';
import type { Diagnostic, Location } from '../diagnostic.ts';
import { machineName, machineOfArch, objectMachine } from '../elf/elf.ts';
import type { LinkLine } from '../link-line/link-line.ts';

/** A file the link reads, with the argument that names it and the #cgo line it is on. */
export interface LinkInput {
  file: string;
  arg: string;
  location?: Location;
}

/**
 * The files the link reads: object and library paths given as words, and `-lX`/`-l:file`
 * found in the line's -L folders. System folders are not searched: an object for another CPU
 * is a file the project brought.
 */
export function linkInputsOf(line: LinkLine): LinkInput[] {
  return line.libraries.flatMap(({ file, arg, location }) => (file ? [{ file, arg, ...(location ? { location } : {}) }] : []));
}

/** Findings for link inputs built for another CPU than `goarch`'s. */
export async function foreignLinkInputs(inputs: readonly LinkInput[], goarch: string): Promise<Diagnostic[]> {
  const target = machineOfArch(goarch);
  if (target === undefined) return [];
  const findings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input.file)) continue;
    seen.add(input.file);
    const machine = await objectMachine(input.file);
    if (machine === undefined || machine === target) continue;
    const base = path.basename(input.file);
    findings.push({
      severity: 'error',
      kind: 'wrong-cpu',
      stage: 'build',
      title: `${base} is built for ${machineName(machine)}, not ${machineName(target)}`,
      message:
        `${input.file} (${input.arg}${input.location ? ' in #cgo LDFLAGS' : ' in CGO_LDFLAGS'}) is built for ${machineName(machine)}, ` +
        `but this build links for GOARCH ${goarch}, ${machineName(target)}. The linker skips such a file ("skipping incompatible") or stops at it ("file in wrong format").`,
      fix: `Link a ${machineName(target)} build of ${base}: build it with this runner's C compiler (go env CC) or point -L at the folder of the ${goarch} copy. For a different file per CPU, use a build constraint: #cgo linux,${goarch} LDFLAGS: ...`,
      library: base,
      ...(input.location ? { locations: [input.location] } : {}),
    });
  }
  return findings;
}
