// Points findings at the Go source behind them. Linkers and loaders name generated files
// (main.cgo2.c, cgo-gcc-prolog) or nothing at all; the user needs the C.X call, the
// #cgo LDFLAGS argument or the #include line in their own .go files.
import path from 'node:path';
import { compareFileOrder, type Diagnostic, type DiagnosticKind, type Location } from '../diagnostic.ts';
import { preambleMentions, type CgoFileFacts, type CgoPackageFacts } from '../resolve/cgo-source.ts';
import { libraryMatches } from '../link-line/link-line.ts';

export interface ComputedLibrary {
  /** As in -l<name>: `:libtensorflow_cc.so.2` or `tensorflow`. */
  name: string;
  /** What the action computed it from, for the message. */
  from?: string;
}

export interface MapContext {
  /** The package directory relative tool paths are resolved against; defaults to pkg.dir. */
  packageDir?: string;
  /** Library arguments the action itself added to CGO_LDFLAGS. */
  computedLibraries?: readonly (string | ComputedLibrary)[];
  /** `from` for computedLibraries given as plain strings. */
  computedFrom?: string;
}

// Findings about one symbol: each maps to the C.X uses (or preamble code) behind it.
const SYMBOL_KINDS = new Set<DiagnosticKind>([
  'undefined-reference',
  'more-undefined-references',
  'undefined-symbol',
  'cgo-unknown-name',
  'unresolved-symbol',
  'resolved-only-by-import',
  'not-in-tensorflow',
  'outside-supported-range',
  'fails-on-other-tensorflow',
  'missing-expected-symbol',
  'missing-dso',
]);
const LIBRARY_KINDS = new Set<DiagnosticKind>(['missing-library', 'shared-object-not-found']);
/** cgo's C wrapper for C.X: `_cgo_<hash>_Cfunc_X` (macOS adds an underscore), also _C2func_ (errno form) and _Cmacro_. */
const CGO_WRAPPER = /^_{1,2}cgo_[0-9a-f]+_C(?:2func|func|macro)_(.+)$/;
/** A generated file whose stem is the user's .go file: main.cgo2.c, main.cgo1.go. */
const GENERATED_FROM_GO = /^(.+)\.cgo[12]\.(?:c|go)$/;
const DEFAULT_FROM = 'from the TensorFlow libraries it located';
/** C and C++ sources and headers cgo compiles into a package. */
export const C_OR_CXX_SOURCE = /\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx)$/;

/**
 * Returns copies of the diagnostics with `locations` filled in (absolute paths, 1-based
 * lines and code-point columns) wherever the package's cgo source explains them:
 * - symbol findings (and `referencedFrom: _cgo_<hash>_Cfunc_X`) -> every C.X site; a preamble
 *   function named in referencedFrom -> its definition and its C.f sites; a symbol with no
 *   C.X site -> the preamble lines that mention it; missing-expected-symbol -> `//export X`;
 * - multiple-definition -> the preamble function definitions and //export lines of that name;
 * - missing-library / shared-object-not-found -> the `#cgo LDFLAGS` argument naming it; when no
 *   directive does and the action computed it, the message says so instead;
 * - a header -> its #include line;
 * - a toolLocation or related location in a .go file, or in a .c/.cc/.cpp/.h file inside the
 *   package dir -> that file and line (resolved against the package dir), unless a mapped
 *   location already covers the line; in `<f>.cgo2.c` with nothing else mapped -> `<f>.go`
 *   without a line.
 * Existing locations are kept. The input is not modified.
 */
export function mapToSource(diags: readonly Diagnostic[], pkg: CgoPackageFacts, context: MapContext = {}): Diagnostic[] {
  const dir = path.resolve(context.packageDir ?? pkg.dir);
  return diags.map((d) => mapOne(d, pkg, dir, context));
}

function mapOne(d: Diagnostic, pkg: CgoPackageFacts, dir: string, context: MapContext): Diagnostic {
  const found: Location[] = [];
  let message = d.message;
  if (SYMBOL_KINDS.has(d.kind) || d.referencedFrom) found.push(...symbolLocations(d, pkg));
  let preambleDefinitions = 0;
  if (d.kind === 'multiple-definition' && d.symbol) {
    for (const name of symbolCandidates(d.symbol)) found.push(...definitions(pkg, name), ...exportLines(pkg, name));
    preambleDefinitions = found.length;
  }
  if (d.library && (LIBRARY_KINDS.has(d.kind) || d.kind === 'linker-error')) {
    const flags = libraryLocations(pkg, d.library);
    found.push(...flags);
    const computed = flags.length === 0 ? computedMatch(context, d.library) : undefined;
    if (computed) {
      message = `${message} The flag -l${computed.name} is not in any #cgo directive: the action added it to CGO_LDFLAGS (${computed.from ?? context.computedFrom ?? DEFAULT_FROM}).`;
    }
  }
  if (d.header) found.push(...includeLocations(pkg, d.header));
  // The other places the tool named (a second reference, the first definition of a duplicate)
  // are the user's lines as much as the first one, when they are in the package.
  const related = (d.relatedLocations ?? []).map(({ note: _note, ...place }) => place);
  for (const place of d.toolLocation ? [d.toolLocation, ...related] : related) {
    const tool = toolLocation(place, pkg, dir, found);
    if (tool) found.push(tool);
  }
  const locations = unique([...(d.locations ?? []), ...found]);
  const mapped: Diagnostic = { ...d, message };
  if (locations.length > 0) mapped.locations = locations;
  if (d.kind === 'multiple-definition' && d.symbol && preambleDefinitions === 0)
    Object.assign(mapped, definedInSourceFiles(d.symbol, locations, dir));
  return mapped;
}

/**
 * The parser's explanation of a duplicate is the usual cgo one (a definition in a preamble
 * with //export); when the linker named two of the package's own C/C++ files instead, it
 * says that.
 */
function definedInSourceFiles(symbol: string, locations: readonly Location[], dir: string): Partial<Pick<Diagnostic, 'message' | 'fix'>> {
  const inFiles = locations.filter((l) => C_OR_CXX_SOURCE.test(path.basename(l.file)) && l.file.startsWith(dir + path.sep));
  if (inFiles.length < 2) return {};
  const places = inFiles.map((l) => `${path.relative(dir, l.file)}${l.line === undefined ? '' : `:${l.line}`}`);
  const list = `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`;
  return {
    message: `${symbol} is defined in ${list}: each file of the package is compiled into an object of its own, and all of them are linked into the one library.`,
    fix: `Keep one definition of ${symbol} and remove the others, or make each one static if every file needs its own.`,
  };
}

/** The symbol as printed, without a version (`@@tensorflow`) and, as a fallback, without macOS's leading `_`. */
function symbolCandidates(symbol: string): string[] {
  const bare = symbol.replace(/@.*$/, '');
  return bare.startsWith('_') && bare.length > 1 ? [bare, bare.slice(1)] : [bare];
}

function symbolLocations(d: Diagnostic, pkg: CgoPackageFacts): Location[] {
  const found: Location[] = [];
  if (d.referencedFrom) {
    const callee = CGO_WRAPPER.exec(d.referencedFrom)?.[1];
    if (callee) found.push(...callSites(pkg, callee), ...definitions(pkg, callee));
    else {
      const defs = definitions(pkg, d.referencedFrom);
      if (defs.length > 0) found.push(...defs, ...callSites(pkg, d.referencedFrom));
    }
  }
  if (d.symbol) {
    for (const name of symbolCandidates(d.symbol)) {
      const sites = callSites(pkg, name);
      const exported = d.kind === 'missing-expected-symbol' ? exportLines(pkg, name) : [];
      // A mention on a line already pointed at (the helper's own definition) adds nothing.
      const here = sites.length > 0 ? sites : mentions(pkg, name).filter((m) => !found.some((l) => l.file === m.file && l.line === m.line));
      if (here.length + exported.length > 0) {
        found.push(...exported, ...here);
        break;
      }
    }
  }
  return found;
}

function callSites(pkg: CgoPackageFacts, name: string): Location[] {
  return pkg.files.flatMap((f) =>
    f.refs
      .filter((r) => r.name === name)
      .map((r) => ({
        file: f.file,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
      })),
  );
}

function definitions(pkg: CgoPackageFacts, name: string): Location[] {
  return pkg.files.flatMap((f) => f.preambleFunctions.filter((p) => p.name === name).map((p) => span(f, p.line, p.column, name)));
}

function exportLines(pkg: CgoPackageFacts, name: string): Location[] {
  return pkg.files.flatMap((f) => f.exports.filter((e) => e.name === name).map((e) => ({ file: f.file, line: e.line, column: e.column })));
}

/** Preamble lines mentioning the name, one location per line. */
function mentions(pkg: CgoPackageFacts, name: string): Location[] {
  return pkg.files.flatMap((f) => {
    const seen = new Set<number>();
    return preambleMentions(f, name)
      .filter((m) => !seen.has(m.line) && seen.add(m.line))
      .map((m) => span(f, m.line, m.column, name));
  });
}

function span(f: CgoFileFacts, line: number, column: number, text: string): Location {
  return { file: f.file, line, column, endLine: line, endColumn: column + [...text].length - 1 };
}

function libraryLocations(pkg: CgoPackageFacts, library: string): Location[] {
  return pkg.files.flatMap((f) =>
    f.directives.flatMap((d) =>
      d.libraries
        .filter((l) => libraryMatches(library, l.name))
        .map((l) => ({ file: f.file, line: d.line, column: l.column, endLine: d.line, endColumn: l.column + [...l.arg].length - 1 })),
    ),
  );
}

function computedMatch(context: MapContext, library: string): ComputedLibrary | undefined {
  for (const entry of context.computedLibraries ?? []) {
    const lib = typeof entry === 'string' ? { name: entry } : entry;
    if (libraryMatches(library, lib.name)) return lib;
  }
  return undefined;
}

function includeLocations(pkg: CgoPackageFacts, header: string): Location[] {
  return pkg.files.flatMap((f) =>
    f.includes
      .filter((i) => i.header === header)
      .map((i) => ({
        file: f.file,
        line: i.line,
        column: i.headerColumn,
        endLine: i.line,
        endColumn: i.headerEndColumn,
      })),
  );
}

function toolLocation(tool: Location, pkg: CgoPackageFacts, dir: string, mapped: readonly Location[]): Location | undefined {
  const base = path.basename(tool.file);
  const generated = GENERATED_FROM_GO.exec(base);
  if (generated) {
    const file = path.join(dir, `${generated[1]}.go`);
    return mapped.length === 0 && pkg.files.some((f) => f.file === file) ? { file } : undefined;
  }
  if (base.startsWith('_cgo_') || tool.file.startsWith('$WORK')) return undefined;
  if (C_OR_CXX_SOURCE.test(base)) {
    // The package's own .c/.cc/.h files (cmd/go prints them relative to the package folder);
    // TensorFlow's headers and other files outside it stay unmapped.
    const file = path.resolve(dir, tool.file);
    if (!file.startsWith(dir + path.sep)) return undefined;
    if (tool.line !== undefined && mapped.some((l) => l.file === file && l.line === tool.line)) return undefined;
    return { ...tool, file };
  }
  if (!base.endsWith('.go')) return undefined;
  const file = resolveGoFile(tool.file, pkg, dir);
  if (tool.line !== undefined && mapped.some((l) => l.file === file && l.line === tool.line)) return undefined;
  return { ...tool, file };
}

/** A tool's .go path: relative to the package dir, or to a directory above it (go build ./cmd/x). */
function resolveGoFile(file: string, pkg: CgoPackageFacts, dir: string): string {
  if (path.isAbsolute(file)) return file;
  const direct = path.resolve(dir, file);
  if (pkg.files.some((f) => f.file === direct)) return direct;
  const tail = path.sep + path.normalize(file);
  return pkg.files.find((f) => f.file.endsWith(tail))?.file ?? direct;
}

function unique(locations: readonly Location[]): Location[] {
  const seen = new Set<string>();
  return locations
    .filter((l) => {
      const key = `${l.file}:${l.line ?? ''}:${l.column ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareFileOrder);
}
