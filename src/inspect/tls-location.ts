// Where a library's large thread-local variables are in the package: the line that defines
// each and the lines that declare it. From the library's DWARF when it has debug info (a Go
// c-shared build keeps its cgo C files' DWARF unless linked with -ldflags=-w); else from a
// __thread, _Thread_local or thread_local line naming it in the package's C/C++ files or cgo
// preambles. A place is kept only when its line in the package names the variable.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Location } from '../diagnostic.ts';
import type { Log } from '../log.ts';
import { readVariableDeclarations, type DwarfVariable } from '../elf/elf.ts';
import { blankCComments } from '../resolve/cgo-preamble.ts';
import type { CgoPackageFacts } from '../resolve/cgo-source.ts';

export interface TlsPlace {
  /** The TLS symbol (`big_tls_buffer`, `scratch.1`, `_ZN5tfcgo10cxx_bufferE`). */
  symbol: string;
  /** Its name in the source (`big_tls_buffer`, `scratch`, `cxx_buffer`). */
  name: string;
  definition?: Location;
  declarations: Location[];
  /** Where the definition was found. */
  from: 'debug info' | 'source';
}

export interface TlsSources {
  /** The package folder: its C/C++ files are searched, and debug-info paths are matched against it. */
  dir: string;
  /** The package's cgo files, whose preambles are searched too. */
  facts?: Pick<CgoPackageFacts, 'files'>;
}

const SOURCE_FILE = /\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx)$/;
const TLS_KEYWORD = /(?<![\w$])(?:__thread|_Thread_local|thread_local)(?![\w$])/;
const EXTERN = /(?<![\w$])extern(?![\w$])/;

/** The name a TLS symbol has in the source: gcc names a function's static `name.N`; C++ mangles a nested name. */
export function sourceName(symbol: string): string {
  if (symbol.startsWith('_Z')) {
    let last: string | undefined;
    for (let i = symbol.startsWith('_ZN') ? 3 : 2; ;) {
      // An L before a name: internal linkage (a static in a namespace).
      const digits = /^L?(\d+)/.exec(symbol.slice(i));
      if (!digits) break;
      const start = i + digits[0].length;
      last = symbol.slice(start, start + Number(digits[1]));
      i = start + Number(digits[1]);
    }
    if (last) return last;
  }
  return symbol.replace(/\.\d+$/, '');
}

/** A whole-word match of `name` in one line of code: its 1-based code-point columns. */
function nameColumns(code: string, name: string): { column: number; endColumn: number } | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`).exec(code);
  if (!m) return undefined;
  const column = [...code.slice(0, m.index)].length + 1;
  return { column, endColumn: column + [...name].length - 1 };
}

/** Reads each file once, as lines: a C/C++ file's comments blanked, a .go file as it is (its preamble is a comment). */
class SourceLines {
  private readonly cache = new Map<string, Promise<string[] | undefined>>();

  lines(file: string): Promise<string[] | undefined> {
    let lines = this.cache.get(file);
    if (!lines) {
      lines = readFile(file, 'utf8').then(
        (text) => (SOURCE_FILE.test(file) ? blankCComments(text) : text).split(/\r?\n/),
        () => undefined,
      );
      this.cache.set(file, lines);
    }
    return lines;
  }

  /** The name on that line of the file, as a location; undefined when the line does not name it. */
  async place(file: string, line: number, name: string): Promise<Location | undefined> {
    const code = (await this.lines(file))?.[line - 1];
    const columns = code === undefined ? undefined : nameColumns(code, name);
    return columns ? { file, line, ...columns, endLine: line } : undefined;
  }
}

/**
 * Where a debug-info path is in the package: the path itself when it exists, else the longest
 * tail of it under the package folder (a build with -trimpath names `/_/example.com/m/x.c`, a
 * build elsewhere another folder), provided that line names the variable.
 */
async function placeInPackage(v: DwarfVariable, name: string, sources: TlsSources, lines: SourceLines): Promise<Location | undefined> {
  if (!v.file || v.line === undefined) return undefined;
  const candidates = path.isAbsolute(v.file) ? [v.file] : [];
  const parts = v.file.split('/').filter((p) => p !== '' && p !== '.' && p !== '..');
  for (let i = 0; i < parts.length; i++) candidates.push(path.join(sources.dir, ...parts.slice(i)));
  for (const file of candidates) {
    const found = await lines.place(file, v.line, name);
    if (found) return found;
  }
  return undefined;
}

interface SourceFindings {
  definitions: Location[];
  declarations: Location[];
}

/** The lines of the package's C/C++ files and cgo preambles that define or declare a thread-local `name`. */
async function searchSources(names: readonly string[], sources: TlsSources, lines: SourceLines): Promise<Map<string, SourceFindings>> {
  const found = new Map<string, SourceFindings>(names.map((n) => [n, { definitions: [], declarations: [] }]));
  const scan = (file: string, line: number, code: string, startColumn: number) => {
    if (!TLS_KEYWORD.test(code)) return;
    for (const name of names) {
      const columns = nameColumns(code, name);
      if (!columns) continue;
      const place = { file, line, column: columns.column + startColumn - 1, endLine: line, endColumn: columns.endColumn + startColumn - 1 };
      found.get(name)![EXTERN.test(code) ? 'declarations' : 'definitions'].push(place);
    }
  };
  const entries = await readdir(sources.dir).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => SOURCE_FILE.test(e)).sort()) {
    const file = path.join(sources.dir, entry);
    ((await lines.lines(file)) ?? []).forEach((code, i) => scan(file, i + 1, code, 1));
  }
  for (const f of sources.facts?.files ?? []) for (const l of f.preambleLines) scan(f.file, l.line, l.code, l.column);
  return found;
}

const sameLine = (a: Location, b: Location) => a.file === b.file && a.line === b.line;
const addUnique = (into: Location[], more: readonly Location[]) => {
  for (const l of more) if (!into.some((k) => sameLine(k, l))) into.push(l);
};

/** The places of `symbols` in the package, in their order; a symbol with no place is left out. */
export async function locateTlsVariables(library: string, symbols: readonly string[], sources: TlsSources, log: Log): Promise<TlsPlace[]> {
  const wanted = symbols.map((symbol) => ({ symbol, name: sourceName(symbol) }));
  const variables = await readVariableDeclarations(library, [...new Set(wanted.flatMap((w) => [w.symbol, w.name]))]).catch(
    (error: Error) => {
      log.debug(`static TLS: the debug info of ${library} could not be read: ${error.message}`);
      return [] as DwarfVariable[];
    },
  );
  const lines = new SourceLines();
  const found = new Map<string, SourceFindings & { from: TlsPlace['from'] }>();
  for (const { symbol, name } of wanted) {
    // A mangled symbol is a C++ variable's linkage name; any other is the variable's only name.
    const own = variables.filter((v) =>
      symbol.startsWith('_Z') ? v.linkageName === symbol : v.name === name && (v.linkageName ?? symbol) === symbol,
    );
    const place = { definitions: [] as Location[], declarations: [] as Location[], from: 'debug info' as const };
    for (const v of own.filter((o) => o.declaration || o.threadLocal)) {
      const at = await placeInPackage(v, name, sources, lines);
      if (at) addUnique(v.declaration ? place.declarations : place.definitions, [at]);
    }
    found.set(symbol, place);
  }
  const missing = wanted.filter((w) => found.get(w.symbol)!.definitions.length === 0);
  const inSources =
    missing.length > 0 ? await searchSources([...new Set(missing.map((w) => w.name))], sources, lines) : new Map<string, SourceFindings>();
  const places: TlsPlace[] = [];
  for (const { symbol, name } of wanted) {
    const { declarations, ...own } = found.get(symbol)!;
    const more = inSources.get(name);
    const { definitions, from } = own.definitions.length === 0 && more ? { definitions: more.definitions, from: 'source' as const } : own;
    if (more && from === 'source') addUnique(declarations, more.declarations);
    if (definitions.length + declarations.length === 0) continue;
    places.push({ symbol, name, ...(definitions[0] ? { definition: definitions[0] } : {}), declarations, from });
  }
  return places;
}
