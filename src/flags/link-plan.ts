// Decides which TensorFlow libraries the build links (input `link-libraries`), and finds the
// C API names a package calls that its TensorFlow does not have, before the build starts.
//
//   auto      Link exactly the TF libraries that define the TF names the package uses
//             (C.X in Go, plus TF calls inside the preamble's own helpers), framework first,
//             plus libtensorflow_framework when the package uses the kernel/op API, and
//             -Wl,-z,defs so that a symbol nothing provides fails the link, not the load.
//   sysconfig Exactly tf.sysconfig.get_link_flags(): -L<tf> -l:libtensorflow_framework.so.<major>
//             (macOS -ltensorflow_framework.<major>), and no -z defs. This is what users do
//             today; the point of the mode is to reproduce it so that the standalone load
//             catches the import-order trap (TF_Version lives in libtensorflow_cc).
//   none      No TensorFlow library flags: the package's own #cgo LDFLAGS decide.
//
// Every mode keeps TensorFlow's compile flags (compile-flags.ts; the headers must resolve
// whoever links), adds the `rpath` input's flags (a separate input), and
// sets up the bindings link folder when the package links -ltensorflow (see bindings.ts): the
// plan's `linkDir`, which cgoEnvironment puts first on the library path in every mode, since it
// only makes the package's own -ltensorflow resolve to the pip wheel; under `auto` the
// framework library is added for the bindings too.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Location } from '../diagnostic.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import type { GoPackage } from '../resolve/go-package.ts';
import { preambleMentions, usedCNames, type CgoPackageFacts } from '../resolve/cgo-source.ts';
import { findProviders } from '../resolve/tensorflow-exports.ts';
import { capiLibrary, frameworkLibrary, sysconfigFramework, tensorflowLibraries } from '../resolve/tensorflow.ts';
import { includeDirs as includeFolders, libraryArg, readLinkLine, type LinkLine } from '../link-line/link-line.ts';
import { isMangled } from '../parse/symbol-names.ts';
import { readTfHeaders, type TfHeaderNames } from './tf-headers.ts';
import { nearestFunction } from './spelling-suggestion.ts';
import { rpathFlags } from './rpath.ts';
import type { RpathSetting } from '../input-values.ts';
import { detectBindings, ensureLinkDir } from './bindings.ts';
import type { CgoFlags } from './cgo-flags.ts';
import { tensorflowCompileFlags } from './compile-flags.ts';
import { isExtensionModule } from '../resolve/extension-module.ts';
import { absentNameHistory } from './absent-name-history.ts';

export type LinkMode = 'auto' | 'sysconfig' | 'none';

export interface LinkPlan extends CgoFlags {
  /** Library arguments the plan added, as -l arguments without the -l (':libtensorflow_cc.so.2'). */
  computedLibraries: string[];
  /** Each TF name the package uses and the TF library that defines it (none: not in TensorFlow). */
  providers: { name: string; library?: string }[];
  /**
   * Names the package uses that no TensorFlow library exports, when that is known for sure
   * (libtensorflow_cc is there to look in): a link that fails only on these fails against the
   * real libraries too, and its findings say so instead of advising a -l flag.
   */
  notInTensorflow: string[];
  diagnostics: Diagnostic[];
  /** Log lines, e.g. "TF_Version -> libtensorflow_cc.so.2". */
  notes: string[];
  /**
   * The package is a Python extension module: under -z defs the linker then warns of each
   * undefined name instead of failing, and the build keeps as findings the names the
   * interpreter does not provide (build/interpreter-names.ts).
   */
  extensionModule?: boolean;
}

export interface LinkPlanInput {
  mode: LinkMode;
  tf: TensorFlowInstall;
  facts: CgoPackageFacts;
  pkg: GoPackage;
  rpath: RpathSetting;
  installDir?: string;
  tempDir: string;
  /** Add -Wl,-z,defs under `auto` (default true). */
  zDefs?: boolean;
  /**
   * The undefined symbols of the package's compiled objects (compiled-objects.ts), mangled C++
   * names included. When given, they decide what is linked; without them (the compile failed)
   * the plan is predicted from the Go references, the preamble and the package's C files.
   */
  objectSymbols?: readonly string[];
  /** The package has C++ sources: the prediction takes libtensorflow_framework (a kernel needs it). */
  cxx?: boolean;
  /** The run's link line (resolve's); without it, the package's directives alone. */
  linkLine?: LinkLine;
}

/** Names of TensorFlow's C APIs: TF_ and TFE_ (TF_Eager... included), TSL_ status, TP_/SP_/SE_ plugin APIs. */
export const TF_API_NAME = /^(?:TF|TFE|TSL|TP|SP|SE)_\w/;

// The kernel and op API registers into the registry in libtensorflow_framework, which the op
// library must share with the TensorFlow that loads it. A name counts as kernel/op API when
// the headers declare it in one of these, or, whatever the headers say, when it matches
// KERNEL_OP_NAME (the same functions, for a TF whose headers moved them).
const KERNEL_OP_HEADERS = /^tensorflow\/c\/(?:kernels\.h|kernels_experimental\.h|ops\.h|kernels\/)/;
export const KERNEL_OP_NAME =
  /^TF_(?:(?:New|Delete)?KernelBuilder|RegisterKernelBuilder|KernelBuilder_|OpKernelContext_|OpKernelConstruction_|(?:New|Delete)?OpDefinitionBuilder|RegisterOpDefinition|ShapeInferenceContext|GetInput$|SetOutput$|AllocateOutput$|AllocateTemp$|ForwardInputOrAllocateOutput$)/;

/** `NAME(` in C code: a call (or a definition), not a member or a macro argument's field. */
const CALL = /(?<![\w$.>])([A-Za-z_]\w*)\s*\(/g;

/** Identifiers the preamble's own C code calls (`NAME(`), outside #cgo/#include lines. */
export function preambleCalls(facts: CgoPackageFacts): string[] {
  const names = new Set<string>();
  for (const f of facts.files) {
    for (const l of f.preambleLines) {
      if (/^\s*#/.test(l.code)) continue;
      for (const m of l.code.matchAll(CALL)) names.add(m[1]!);
    }
  }
  return [...names].sort();
}

export interface NameAnalysis {
  /** TF names to look up in the libraries. */
  lookup: string[];
  /** Of those, the ones Go calls as C.X(...): only these become not-in-tensorflow findings. */
  calledFromGo: Set<string>;
}

/** Which names are TensorFlow functions worth looking up. Pure. */
export function analyzeNames(facts: CgoPackageFacts, headers: TfHeaderNames, cFileCalls: readonly string[] = []): NameAnalysis {
  const local = new Set(facts.files.flatMap((f) => f.preambleFunctions.map((p) => p.name)));
  const isTfFunction = (name: string) => {
    if (local.has(name)) return false; // the preamble defines it
    const kind = headers.names.get(name)?.kind;
    if (kind !== undefined && kind !== 'function') return false; // type, constant, macro, inline helper
    return kind === 'function' || TF_API_NAME.test(name);
  };
  const lookup = new Set([...usedCNames(facts), ...preambleCalls(facts), ...cFileCalls].filter(isTfFunction));
  const calledFromGo = new Set(usedCNames(facts, { callsOnly: true }).filter((n) => lookup.has(n)));
  return { lookup: [...lookup].sort(), calledFromGo };
}

const C_SOURCE = /\.(?:c|h|cc|cpp|cxx|hh|hpp|hxx|m|mm|S|s)$/;
// C files only: C++ code calls through macros and templates no text scan can read; its names
// come from the compiled objects.
const C_COMPILED = /\.(?:c|m)$/;

/** Pure: identifiers a C/C++ source calls (`NAME(`), comments and string literals removed. */
export function cSourceCalls(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, ' ');
  const names = new Set<string>();
  for (const m of code.matchAll(CALL)) names.add(m[1]!);
  return [...names].sort();
}

/**
 * The folders of the facts' cgo files and facts.dir: one folder for a package, several for
 * the union of a module's packages (mode: setup).
 */
export function packageDirs(facts: CgoPackageFacts): string[] {
  return [...new Set([facts.dir, ...facts.files.map((f) => path.dirname(f.file))])];
}

/** Calls made by the C files cgo compiles into the package (register.c next to the Go files). */
export async function packageCFileCalls(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const texts = await Promise.all(
    entries.filter((e) => C_COMPILED.test(e)).map((e) => readFile(path.join(dir, e), 'utf8').catch(() => '')),
  );
  return [...new Set(texts.flatMap(cSourceCalls))].sort();
}

/**
 * Which of `names` the package's own C code mentions: its preambles, the C/C++ files next to
 * the Go files (cgo compiles them into the package), and the headers its preambles include
 * from the package folder or the link line's -I folders. A TF_-looking name defined there (a wrapper in
 * helpers.c) is the package's own, not a TensorFlow function that is missing.
 */
export async function mentionedInLocalC(
  facts: CgoPackageFacts,
  names: readonly string[],
  tfIncludeDir: string,
  line: LinkLine,
): Promise<Set<string>> {
  const files = new Set<string>();
  const dirs = packageDirs(facts);
  for (const dir of dirs) {
    for (const entry of await readdir(dir).catch(() => [] as string[])) if (C_SOURCE.test(entry)) files.add(path.join(dir, entry));
  }
  const includeDirs = new Set([...dirs, ...includeFolders(line)]);
  const tfInclude = path.resolve(tfIncludeDir) + path.sep;
  for (const f of facts.files) {
    for (const inc of f.includes) {
      for (const dir of includeDirs) {
        const candidate = path.resolve(dir, inc.header);
        if (!candidate.startsWith(tfInclude)) files.add(candidate);
      }
    }
  }
  const texts = await Promise.all([...files].map((file) => readFile(file, 'utf8').catch(() => '')));
  // The preamble's own prototypes count too: `const char* TF_Mine(void);` with #cgo LDFLAGS: -lmine.
  const found = new Set(names.filter((name) => facts.files.some((f) => preambleMentions(f, name).length > 0)));
  for (const name of names) {
    const re = new RegExp(`(?<![\\w$])${name}(?![\\w$])`);
    if (texts.some((t) => re.test(t))) found.add(name);
  }
  return found;
}

/** Go call sites of C.<name>. */
function callSites(facts: CgoPackageFacts, name: string): Location[] {
  return facts.files.flatMap((f) =>
    f.refs
      .filter((r) => r.call && r.name === name)
      .map((r) => ({ file: f.file, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn })),
  );
}

export function notInTensorflowDiagnostic(
  name: string,
  tf: TensorFlowInstall,
  headers: TfHeaderNames,
  libraries: readonly string[],
  facts: CgoPackageFacts,
): Diagnostic {
  const declared = headers.names.get(name);
  const libs = libraries.join(' and ');
  const history = absentNameHistory(name, tf);
  const message = history
    ? `${history.message}${declared ? ` ${declared.header} still declares it.` : ''}`
    : declared
      ? `TensorFlow ${tf.version} has no function ${name}: ${declared.header} declares it, but no TensorFlow library exports it (${libs}), so the link or the load would fail.`
      : `TensorFlow ${tf.version} has no function ${name}: no TensorFlow library exports it (${libs}) and no TensorFlow C header declares it.`;
  const near = declared ? undefined : nearestFunction(headers, name);
  const spelling = near ? `Check the spelling (did you mean ${near}?)` : 'Check the spelling';
  return {
    severity: 'error',
    kind: 'not-in-tensorflow',
    stage: 'flags',
    title: `${name} is not in TensorFlow ${tf.version}`,
    message,
    fix: history
      ? history.fix
      : declared
        ? `Remove or replace the call to ${name}, or pin a TensorFlow version that exports it.`
        : `${spelling}; otherwise remove or replace the call, or pin a TensorFlow version that has ${name}.`,
    symbol: name,
    locations: callSites(facts, name),
  };
}

type Provider = { name: string; library?: string };

interface ProviderLookup {
  providers: Provider[];
  /** Every name looked up: the objects' undefined names, or the predicted ones. */
  lookup: string[];
  calledFromGo: Set<string>;
  notes: string[];
}

/** The TF names the package uses (from its objects, or predicted from its sources) and which TF library defines each. */
async function lookUpProviders(input: LinkPlanInput, headers: TfHeaderNames, libraries: readonly string[]): Promise<ProviderLookup> {
  const { tf, facts } = input;
  const predicted = analyzeNames(facts, headers, (await Promise.all(packageDirs(facts).map(packageCFileCalls))).flat());
  const { calledFromGo } = predicted;
  const objects = input.objectSymbols;
  const lookup = objects ? [...new Set([...objects, ...calledFromGo])].sort() : predicted.lookup;
  const found = libraries.length > 0 ? await findProviders(libraries, lookup) : new Map<string, string | undefined>();
  // From objects, a name no TensorFlow library has (libc, libstdc++, the Go side) is not
  // TensorFlow's unless it looks like a TensorFlow C API name.
  const providers = lookup
    .filter((name) => !objects || found.get(name) || calledFromGo.has(name) || TF_API_NAME.test(name))
    .map((name) => ({ name, ...(found.get(name) ? { library: found.get(name)! } : {}) }));
  const notes = providerNotes(providers, tf.version);
  if (objects)
    notes.unshift(
      `the compiled objects reference ${objects.length} undefined names; ${providers.filter((p) => p.library).length} are TensorFlow's`,
    );
  return { providers, lookup, calledFromGo, notes };
}

/** The names no TensorFlow library exports, and a finding for each one Go calls that the package's own C does not define. */
async function namesNotInTensorflow(
  input: LinkPlanInput,
  headers: TfHeaderNames,
  libraryNames: readonly string[],
  { providers, calledFromGo, notes }: ProviderLookup,
): Promise<{ notInTensorflow: string[]; diagnostics: Diagnostic[] }> {
  const { tf, facts } = input;
  if (headers.headers.length === 0) {
    notes.push(`no TensorFlow C headers under ${tf.includeDir}: names the libraries lack are not reported before the build`);
    return { notInTensorflow: [], diagnostics: [] };
  }
  if (!capiLibrary({ libraries: libraryNames })) {
    // Before the wheel shipped libtensorflow_cc, half the C API lived in a Python extension.
    notes.push(`no libtensorflow_cc in ${tf.dir}: names the libraries lack are not reported before the build`);
    return { notInTensorflow: [], diagnostics: [] };
  }
  const notInTensorflow = providers.filter((p) => !p.library).map((p) => p.name);
  const missing = notInTensorflow.filter((name) => calledFromGo.has(name));
  const line = input.linkLine ?? readLinkLine({ sources: facts });
  const local = missing.length > 0 ? await mentionedInLocalC(facts, missing, tf.includeDir, line) : new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const name of missing) {
    if (local.has(name))
      notes.push(`${name}: not in TensorFlow, but the package's own C sources or headers mention it; left to the linker`);
    else diagnostics.push(notInTensorflowDiagnostic(name, tf, headers, libraryNames, facts));
  }
  return { notInTensorflow, diagnostics };
}

/** Under `auto`: the TF libraries that define the names, plus the framework where a kernel, C++ or the bindings need it. */
function librariesForAuto(
  input: LinkPlanInput,
  headers: TfHeaderNames,
  libraryNames: readonly string[],
  { providers, lookup, notes }: ProviderLookup,
  bindings: boolean,
): string[] {
  const objects = input.objectSymbols;
  const wanted = new Set(providers.flatMap((p) => (p.library ? [p.library] : [])));
  const framework = frameworkLibrary({ libraries: libraryNames });
  const want = (why: boolean, note: string) => {
    if (!why || !framework || wanted.has(framework)) return;
    wanted.add(framework);
    notes.push(note);
  };
  const kernelApi = !objects && lookup.some((n) => KERNEL_OP_NAME.test(n) || KERNEL_OP_HEADERS.test(headers.names.get(n)?.header ?? ''));
  want(kernelApi, `kernel/op API used -> ${framework} (the op registry lives there)`);
  want(!objects && input.cxx === true, `C++ sources -> ${framework} (predicted before the compile: TensorFlow's C++ API lives there)`);
  // -ltensorflow names only the cc half of the C API; the bindings also call framework
  // functions (TF_NewStatus, TF_AllocateTensor), which -z defs needs on the command line.
  want(bindings, `Go bindings -> ${framework} (the half of the C API that -ltensorflow does not name)`);
  if (wanted.size === 0) notes.push('the package calls no TensorFlow function: no TensorFlow library linked');
  return libraryNames.filter((l) => wanted.has(l)); // framework first: tensorflowLibraries' order
}

/** A note per TF library that defines names the package uses but the plan does not link. */
function unlinkedNotes(providers: readonly Provider[], linked: readonly string[]): string[] {
  const unlinked = new Map<string, string[]>();
  for (const p of providers)
    if (p.library && !linked.includes(p.library)) unlinked.set(p.library, [...(unlinked.get(p.library) ?? []), p.name]);
  return [...unlinked].map(([library, names]) => {
    const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
    return `not linked: ${library} (${shown}), which then resolve only once tensorflow is imported`;
  });
}

/** Plans the link. Reads the TF headers (cached) and the libraries' hash tables: a few tens of ms. */
export async function planLink(input: LinkPlanInput): Promise<LinkPlan> {
  const { tf, facts } = input;
  const { cflags, cxxflags } = tensorflowCompileFlags(tf);
  const libraries = tensorflowLibraries(tf.dir).filter((file) => tf.libraries.includes(path.basename(file)));
  const libraryNames = libraries.map((l) => path.basename(l));
  const headers = await readTfHeaders(tf.includeDir);
  const found = await lookUpProviders(input, headers, libraries);
  const { providers, notes } = found;
  const { notInTensorflow, diagnostics } = await namesNotInTensorflow(input, headers, libraryNames, found);

  const rpath = rpathFlags(input.rpath, input.installDir);
  const bindings = detectBindings(facts, input.pkg);
  let linkDir: string | undefined;
  if (bindings) {
    linkDir = (await ensureLinkDir(input.tempDir, tf)).dir;
    // Which folder -ltensorflow resolves in (this one, or the link stubs) is the flags stage's to say.
    notes.push(`Go bindings (${bindings.reasons.join('; ')}): -ltensorflow binds to the pip libtensorflow_cc.so.2`);
  }
  const auto = input.mode === 'auto';
  const linked = auto
    ? librariesForAuto(input, headers, libraryNames, found, bindings !== undefined)
    : input.mode === 'sysconfig'
      ? [sysconfigFramework(tf)]
      : [];
  const zDefs = auto && input.zDefs !== false;
  const extensionModule = isExtensionModule(facts, input.objectSymbols);
  // The interpreter that imports the module provides the Py* names: they must stay undefined,
  // and linking libpython instead would NEED it (forbidden by the manylinux policy).
  const warnUnresolved = zDefs && extensionModule;
  if (warnUnresolved)
    notes.push(
      'Python extension module: -z defs reports undefined names as warnings; those the interpreter exports are left to it, the others are findings',
    );
  notes.push(...unlinkedNotes(providers, linked));
  // A library that needs no TensorFlow library has nothing for a RUNPATH to find.
  const noRunpath = auto && input.rpath === 'auto' && linked.length === 0 && rpath.length > 0;
  if (noRunpath) notes.push('rpath auto: no RUNPATH, since the library needs no TensorFlow library');
  const computedLibraries = linked.map(libraryArg);
  const ldflags = [
    ...(linked.length > 0 ? [`-L${tf.dir}`, ...computedLibraries.map((l) => `-l${l}`)] : []),
    ...(zDefs ? ['-Wl,-z,defs'] : []),
    ...(warnUnresolved ? ['-Wl,--warn-unresolved-symbols'] : []),
    ...(noRunpath ? [] : rpath),
  ];
  notes.push(
    `link-libraries ${input.mode}: ${linked.length > 0 ? linked.join(' ') : 'no TensorFlow library'}${zDefs ? ' with -z defs' : ''}`,
  );
  return {
    ldflags,
    cflags,
    cxxflags,
    computedLibraries,
    providers,
    notInTensorflow,
    diagnostics,
    notes,
    ...(linkDir ? { linkDir } : {}),
    ...(extensionModule ? { extensionModule } : {}),
  };
}

/** One log line per C name and its library; mangled C++ names are counted per library, a few shown. */
function providerNotes(providers: readonly Provider[], version: string): string[] {
  const notes: string[] = [];
  const mangled = new Map<string, string[]>();
  for (const p of providers) {
    if (p.library && isMangled(p.name)) mangled.set(p.library, [...(mangled.get(p.library) ?? []), p.name]);
    else notes.push(`${p.name} -> ${p.library ?? `not in TensorFlow ${version}`}`);
  }
  for (const [library, names] of mangled) {
    notes.push(`${names.length} C++ symbol(s) -> ${library} (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', ...' : ''})`);
  }
  return notes;
}
