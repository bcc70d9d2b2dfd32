// Stage 5: the built library's ELF: who provides each undefined symbol (the loader's view),
// the exported symbols against expect-symbols, and the glibc floor (a summary line, or a
// warning when glibc-floor asks for one).
import path from 'node:path';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import type { CheckResult } from '../stage.ts';
import type { LibraryInspection } from './inspect-library.ts';
import { inspectBuiltLibrary } from './post-build.ts';
import { readTls, type TlsInfo } from '../elf/elf.ts';
import { describeTls, largestTlsSymbols, staticTlsFinding, STATIC_TLS_ROOM } from './static-tls.ts';
import { locateTlsVariables, type TlsPlace, type TlsSources } from './tls-location.ts';
import { builtForOtherCpu } from './foreign-cpu.ts';
import { readLdconfigCache } from './elf-loader-scope.ts';
import { findTensorflowCopies, type TensorflowCopies } from './tensorflow-copies.ts';
import { environmentLine, otherTensorflowFindings } from './other-tensorflow.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { LinkLine } from '../link-line/link-line.ts';
import { definesLimitedApi, referencesPython } from '../resolve/extension-module.ts';
import { libpythonNeeded, moduleFileName } from './extension-module-checks.ts';
import { checkTensorflowRange } from './tensorflow-range.ts';
import type { DeclaredRange } from '../resolve/declared-range.ts';
import { builtFor, type BuiltFor } from './built-for.ts';

export interface InspectStage extends CheckResult {
  inspection: LibraryInspection;
  /** Whether the library's own RUNPATH/RPATH leads to TensorFlow's library folder. */
  runpathReachesTensorflow: boolean;
  /** Its PT_TLS size and TLS symbols; undefined when they could not be read. */
  tls?: TlsInfo;
  /** Where the largest TLS variables are in the package, when the block is too large for dlopen. */
  tlsPlaces?: TlsPlace[];
  /** TensorFlow's libraries on the loader's paths that are not the wheel's, and who binds them. */
  tensorflowCopies: TensorflowCopies;
  /** For the summary: the TensorFlow versions the library loads on by the names it uses. */
  tensorflowRange?: string;
  /** For a library built elsewhere: the TensorFlow it was built for, by its names. */
  builtFor?: BuiltFor;
}

export interface InspectRequest {
  inputs: Inputs;
  /** The built shared object. */
  library: string;
  tf: TensorFlowInstall;
  log: Log;
  /** The package's folder and cgo files, where a too-large TLS variable is looked for. */
  sources?: TlsSources;
  /** The step's environment: its LD_LIBRARY_PATH is what a plain load of the library sees. */
  env: NodeJS.ProcessEnv;
  /** The package is a Python extension module: its file name and NEEDED libpython are checked. */
  extensionModule?: boolean;
  /** The build's link line, for the #cgo LDFLAGS line that links libpython. */
  linkLine?: LinkLine;
  /** The range supported-tensorflow (or the Python packaging) declares. */
  declaredRange?: DeclaredRange;
  /** The library input: a file built elsewhere, for which the TensorFlow it was built for is told instead of a range. */
  builtElsewhere?: boolean;
}

/** An extension module's findings: a NEEDED libpython, a file name the interpreter does not import from. */
function extensionModuleFindings({ inputs, library, tf, sources, linkLine }: InspectRequest, needed: readonly string[]): Diagnostic[] {
  const limitedApi = definesLimitedApi(sources?.facts ?? { files: [] }, linkLine?.compileWords);
  const found = [
    libpythonNeeded(needed, library, {
      ...(inputs.link.installDir ? { installDir: inputs.link.installDir } : {}),
      ...(linkLine ? { linkLine } : {}),
    }),
    moduleFileName(library, tf, limitedApi),
  ];
  return found.filter((d): d is Diagnostic => d !== undefined);
}

export async function inspect(request: InspectRequest): Promise<InspectStage> {
  const { inputs, library, tf, log, sources, env } = request;
  const cache = await readLdconfigCache();
  const [built, tensorflowCopies] = await Promise.all([
    inspectBuiltLibrary(library, tf, inputs.expectSymbols, inputs.glibcFloor, cache),
    findTensorflowCopies({ tf, env, cache, library }),
  ]);
  const { inspection, diagnostics, runpathReachesTensorflow, notes: glibcNotes } = built;
  diagnostics.push(
    ...otherTensorflowFindings(tensorflowCopies, { library: path.basename(library), ships: inputs.link.installDir !== undefined }),
  );
  const environment = environmentLine(tensorflowCopies, path.basename(library));
  log.info(environment);
  const otherCpu = tf.libraries[0] ? await builtForOtherCpu(library, path.join(tf.dir, tf.libraries[0])) : undefined;
  if (otherCpu) diagnostics.unshift(otherCpu);
  const undefinedNames = inspection.symbols.map((s) => s.name);
  const range = tensorflowRangeOf(request, undefinedNames);
  diagnostics.push(...range.diagnostics);
  for (const note of range.notes) log.info(note);
  const needed = inspection.needed.join(', ') || '(none)';
  const runpath = inspection.runpath ?? inspection.rpath ?? '(none)';
  log.info(`NEEDED: ${needed}`);
  log.info(`RUNPATH: ${runpath}`);
  for (const note of glibcNotes) log.info(note);
  for (const s of inspection.symbols) log.debug(`${s.display}: ${JSON.stringify(s.resolution)}`);
  // No note on STATIC_TLS alone: every Go c-shared library has it; the TLS size says whether it matters.
  const tls = await readTls(library).catch(() => undefined);
  const tlsLine = tls ? `static TLS: ${describeTls(tls)}` : undefined;
  if (tlsLine) log.info(tlsLine);
  const tlsFinding = tls && inspection.staticTls ? staticTlsFinding(tls, path.basename(library)) : undefined;
  const tlsPlaces = tlsFinding && tls && sources ? await placeTls(library, tls, sources, log) : undefined;
  // A file built elsewhere is told to be an extension module by its Py* names, as load-as auto tells it.
  const extensionModule = request.extensionModule || (request.builtElsewhere && referencesPython(undefinedNames));
  const moduleFindings = extensionModule ? extensionModuleFindings(request, inspection.needed) : [];
  const found = [...diagnostics, ...moduleFindings, ...(tlsFinding ? [tlsFinding] : [])];
  const notes = [`NEEDED: ${needed}; RUNPATH: ${runpath}`, ...glibcNotes, ...(tlsLine ? [tlsLine] : []), environment, ...range.notes];
  const ok = !found.some((d) => d.severity === 'error');
  return {
    ok,
    inspection,
    runpathReachesTensorflow,
    tensorflowCopies,
    diagnostics: found,
    rawTails: [],
    notes,
    ...(tls ? { tls } : {}),
    ...(tlsPlaces ? { tlsPlaces } : {}),
    ...(range.line ? { tensorflowRange: range.line } : {}),
    ...(range.builtFor ? { builtFor: range.builtFor } : {}),
  };
}

/** The TensorFlow versions the names hold: checked against the declared range, or, for a file built elsewhere, the ones it was built for. */
function tensorflowRangeOf(
  request: InspectRequest,
  undefinedNames: string[],
): ReturnType<typeof checkTensorflowRange> & { builtFor?: BuiltFor } {
  const { tf, library } = request;
  if (request.builtElsewhere) {
    const found = builtFor({ undefinedNames, tf, arch: process.arch, library: path.basename(library) });
    return { diagnostics: found.diagnostic ? [found.diagnostic] : [], line: found.line, notes: [found.line], builtFor: found };
  }
  return checkTensorflowRange({
    undefinedNames,
    tf,
    arch: process.arch,
    ...(request.declaredRange ? { declared: request.declaredRange } : {}),
  });
}

/** Where the variables that make the block too large are in the package, logged. */
async function placeTls(library: string, tls: TlsInfo, sources: TlsSources, log: Log): Promise<TlsPlace[] | undefined> {
  if (tls.size <= STATIC_TLS_ROOM) return undefined;
  const places = await locateTlsVariables(
    library,
    largestTlsSymbols(tls).map((s) => s.name),
    sources,
    log,
  );
  for (const p of places) {
    const at = (l: { file: string; line?: number }) => `${path.relative(sources.dir, l.file)}:${l.line ?? ''}`;
    const where = p.definition ? `defined at ${at(p.definition)}` : `declared at ${p.declarations.map(at).join(', ')}`;
    log.info(`static TLS: ${p.name} is ${where} (from the ${p.from === 'debug info' ? "library's debug info" : "package's sources"})`);
  }
  return places;
}
