// Libraries and objects built for another CPU than the one at hand: an x86-64 .so named in
// `#cgo LDFLAGS` of an arm64 build, or a library cross-built for arm64 that an x86-64 Python
// would load. The tools say little: ld prints "skipping incompatible ... when searching for
// -lX" and then "cannot find -lX", or "file in wrong format"; the loader says "cannot open
// shared object file: No such file or directory" for a file that is there. These findings
// name the file and both CPUs.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Location } from '../diagnostic.ts';
import type { CgoPackageFacts } from '../resolve/cgo-source.ts';
import { splitWords } from '../util/words.ts';
import { machineName, machineOfArch, objectMachine } from '../elf/elf.ts';

/** A file the link reads, with the argument that names it and the #cgo line it is on. */
export interface LinkInput {
  file: string;
  arg: string;
  location?: Location;
}

/**
 * Whether a #cgo build constraint (`linux,arm64 darwin`: spaces OR, commas AND, `!` NOT)
 * holds for the target; cmd/go applies a directive only when it does.
 */
export function constraintHolds(condition: string | undefined, goos: string, goarch: string): boolean {
  if (!condition) return true;
  const term = (t: string): boolean => (t.startsWith('!') ? !term(t.slice(1)) : t === goos || t === goarch || t === 'cgo' || t === 'unix');
  return condition.split(/\s+/).some((alt) => alt.split(',').every(term));
}

const OBJECT_PATH = /\.(?:so(?:\.\d+)*|a|o)$/;

/**
 * The files the link reads from the package's LDFLAGS and the user's CGO_LDFLAGS: object and
 * library paths given as words, and `-lX`/`-l:file` found in the `-L` folders (a .so before
 * a .a in each folder, as ld looks). System folders are not searched: an object for another
 * CPU is a file the project brought.
 */
export function linkInputs(facts: Pick<CgoPackageFacts, 'dir' | 'files'>, userLdflags: string, goos: string, goarch: string): LinkInput[] {
  const words: { arg: string; location?: Location }[] = [];
  for (const f of facts.files)
    for (const d of f.directives)
      if (d.kind === 'LDFLAGS' && constraintHolds(d.condition, goos, goarch))
        for (const arg of d.args) words.push({ arg, location: { file: f.file, line: d.line, column: d.column } });
  for (const arg of splitWords(userLdflags)) words.push({ arg });
  const expand = (p: string) => path.resolve(facts.dir, p.replaceAll('${SRCDIR}', facts.dir));
  const dirs = words.filter((w) => w.arg.startsWith('-L') && w.arg.length > 2).map((w) => expand(w.arg.slice(2)));
  const inputs: LinkInput[] = [];
  for (const { arg, location } of words) {
    let candidates: string[] = [];
    if (!arg.startsWith('-') && OBJECT_PATH.test(arg)) candidates = [expand(arg)];
    else if (arg.startsWith('-l:')) candidates = dirs.map((d) => path.join(d, arg.slice(3)));
    else if (arg.startsWith('-l') && arg.length > 2)
      candidates = dirs.flatMap((d) => [path.join(d, `lib${arg.slice(2)}.so`), path.join(d, `lib${arg.slice(2)}.a`)]);
    for (const file of candidates) if (fs.existsSync(file)) inputs.push({ file, arg, ...(location ? { location } : {}) });
  }
  return inputs;
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

/**
 * A finding when the built library is for another CPU than the TensorFlow library that
 * Python loads next to it: a cross-build (GOARCH and CC set for another machine). The load
 * then fails with "cannot open shared object file", which names no CPU.
 */
export async function builtForOtherCpu(library: string, tensorflowLibrary: string): Promise<Diagnostic | undefined> {
  const [built, tf] = await Promise.all([objectMachine(library), objectMachine(tensorflowLibrary)]);
  if (built === undefined || tf === undefined || built === tf) return undefined;
  return {
    severity: 'error',
    kind: 'wrong-cpu',
    stage: 'inspect',
    title: `The library is built for ${machineName(built)}, but TensorFlow here is ${machineName(tf)}`,
    message:
      `${library} is built for ${machineName(built)}, but the TensorFlow that Python loads it with (${tensorflowLibrary}) is ${machineName(tf)}: ` +
      `the loader will not open it and says "cannot open shared object file", although the file is there.`,
    fix: `Build for this machine (unset GOARCH and CC, or set them for ${machineName(tf)}), or run the load check on a ${machineName(built)} runner.`,
  };
}
