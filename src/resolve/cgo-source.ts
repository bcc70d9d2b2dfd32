// Facts about a package's cgo files, taken from the text exactly as cmd/go and cmd/cgo read
// it: the C.X references (never ones inside comments, strings or runes), the preamble's
// #cgo directives, #include lines and C function definitions (read by cgo-preamble.ts), and
// //export comments.
// Lines are 1-based; columns are 1-based and counted in Unicode code points.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tokenizeGo, columnAt, type GoToken } from './go-tokens.ts';
import {
  parseCgoDirective,
  scanPreambleC,
  type CgoDirective,
  type CInclude,
  type PreambleFunction,
  type PreambleLine,
  type PreambleSourceLine,
} from './cgo-preamble.ts';

export interface CRef {
  name: string;
  /** Position of the `C`. */
  line: number;
  column: number;
  /** Position of the name's last character (inclusive); endLine differs when `C .` and the name are on different lines. */
  endLine: number;
  endColumn: number;
  /** The reference is followed by `(`: a call, or a conversion such as C.int(x). */
  call: boolean;
}

export interface GoExport {
  name: string;
  line: number;
  column: number;
}

export interface CgoFileFacts {
  /** The path the file was scanned as (absolute when it came from scanCgoPackage). */
  file: string;
  packageName?: string;
  importsC: boolean;
  /** Empty when the file does not import "C" (a `C` there is some other package). */
  refs: CRef[];
  directives: CgoDirective[];
  includes: CInclude[];
  preambleFunctions: PreambleFunction[];
  /** Preamble lines with C comments blanked out, for finding where the preamble mentions a name. */
  preambleLines: PreambleLine[];
  /** `//export Name` comments. */
  exports: GoExport[];
}

export interface CgoPackageFacts {
  dir: string;
  packageName?: string;
  files: CgoFileFacts[];
  /** Files that could not be read; they are left out of `files`. */
  unreadable: { file: string; error: string }[];
}

const isOp = (text: string, t: GoToken | undefined, op: string): boolean =>
  t !== undefined && t.kind === 'op' && t.end - t.start === op.length && text.startsWith(op, t.start);
const isIdent = (text: string, t: GoToken | undefined, name?: string): boolean =>
  t !== undefined && t.kind === 'ident' && (name === undefined || (t.end - t.start === name.length && text.startsWith(name, t.start)));
const isPathC = (text: string, t: GoToken | undefined): boolean =>
  t !== undefined && (t.kind === 'string' || t.kind === 'rawString') && t.end - t.start === 3 && text.charCodeAt(t.start + 1) === 67;

/**
 * The doc comment go/parser would attach to tokens[index]: the last group of adjacent
 * comments ending on the line right before it, not counting comments that start on the
 * previous token's line (those are that token's line comment).
 */
function leadComment(tokens: readonly GoToken[], index: number): GoToken[] | undefined {
  let k = index - 1;
  while (k >= 0 && tokens[k]!.kind === 'comment') k--;
  const comments = tokens.slice(k + 1, index);
  if (comments.length === 0) return undefined;
  let first = 0;
  const prev = k >= 0 ? tokens[k] : undefined;
  if (prev && comments[0]!.line === prev.endLine) {
    let end = comments[0]!.endLine;
    for (first = 1; first < comments.length && comments[first]!.line <= end; first++) end = comments[first]!.endLine;
  }
  if (first >= comments.length) return undefined;
  let g = comments.length - 1;
  while (g > first && comments[g]!.line <= comments[g - 1]!.endLine + 1) g--;
  const group = comments.slice(g);
  return group[group.length - 1]!.endLine + 1 === tokens[index]!.line ? group : undefined;
}

/** The text of a doc comment group as cgo reads it, one entry per source line. */
function commentLines(text: string, group: readonly GoToken[]): PreambleSourceLine[] {
  const lines: PreambleSourceLine[] = [];
  for (const c of group) {
    const block = text.charCodeAt(c.start + 1) === 42;
    const bodyEnd = block && c.terminated ? c.end - 2 : c.end;
    let offset = c.start + 2;
    let line = c.line;
    let lineStart = c.lineStart;
    for (;;) {
      const nl = text.indexOf('\n', offset);
      const end = nl < 0 || nl >= bodyEnd ? bodyEnd : nl;
      lines.push({ line, column: columnAt(text, lineStart, offset), text: text.slice(offset, end).replace(/\r$/, '') });
      if (end === bodyEnd) break;
      offset = lineStart = end + 1;
      line++;
    }
  }
  return lines;
}

/** Finds every `import "C"` (grouped or not) and returns the preamble comment of each. */
function preambles(text: string, tokens: readonly GoToken[], sig: readonly number[]): { importsC: boolean; groups: GoToken[][] } {
  let importsC = false;
  const groups: GoToken[][] = [];
  const add = (g: GoToken[] | undefined) => {
    if (g) groups.push(g);
  };
  for (let s = 0; s < sig.length; s++) {
    if (!isIdent(text, tokens[sig[s]!], 'import')) continue;
    const importAt = sig[s]!;
    if (isOp(text, tokens[sig[s + 1]!], '(')) {
      // Spec starts: the path, or the name before it (cgo rejects a renamed "C", but it still counts).
      const specs: { start: number; isC: boolean }[] = [];
      let e = s + 2;
      for (; e < sig.length && !isOp(text, tokens[sig[e]!], ')'); e++) {
        const t = tokens[sig[e]!]!;
        if (t.kind !== 'string' && t.kind !== 'rawString') continue;
        const before = tokens[sig[e - 1]!];
        const named = e - 1 > s + 1 && (isIdent(text, before) || isOp(text, before, '.'));
        specs.push({ start: named ? sig[e - 1]! : sig[e]!, isC: isPathC(text, t) });
      }
      for (const spec of specs) {
        if (!spec.isC) continue;
        importsC = true;
        add(leadComment(tokens, spec.start) ?? (specs.length === 1 ? leadComment(tokens, importAt) : undefined));
      }
      s = e;
    } else {
      const pathTok = isPathC(text, tokens[sig[s + 1]!]) ? tokens[sig[s + 1]!] : tokens[sig[s + 2]!];
      if (isPathC(text, pathTok)) {
        importsC = true;
        add(leadComment(tokens, importAt));
      }
    }
  }
  return { importsC, groups };
}

/** Scans one Go file's text. Pure; never throws on malformed source. */
export function scanCgoSource(text: string, file: string): CgoFileFacts {
  const tokens = tokenizeGo(text);
  const sig: number[] = [];
  const exports: GoExport[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'comment') sig.push(k);
    else if (text.startsWith('//export ', t.start)) {
      const m = /^\s*(\S+)/.exec(text.slice(t.start + 9, t.end));
      if (m) exports.push({ name: m[1]!, line: t.line, column: columnAt(text, t.lineStart, t.start) });
    }
  }
  const facts: CgoFileFacts = {
    file,
    importsC: false,
    refs: [],
    directives: [],
    includes: [],
    preambleFunctions: [],
    preambleLines: [],
    exports,
  };
  const tok = (s: number): GoToken | undefined => (s >= 0 && s < sig.length ? tokens[sig[s]!] : undefined);
  if (isIdent(text, tok(0), 'package') && isIdent(text, tok(1))) facts.packageName = text.slice(tok(1)!.start, tok(1)!.end);

  const { importsC, groups } = preambles(text, tokens, sig);
  facts.importsC = importsC;
  if (!importsC) return facts;

  for (let s = 0; s < sig.length; s++) {
    const c = tok(s)!;
    if (!isIdent(text, c, 'C') || isOp(text, tok(s - 1), '.') || !isOp(text, tok(s + 1), '.') || !isIdent(text, tok(s + 2))) continue;
    const name = tok(s + 2)!;
    facts.refs.push({
      name: text.slice(name.start, name.end),
      line: c.line,
      column: columnAt(text, c.lineStart, c.start),
      endLine: name.line,
      endColumn: columnAt(text, name.lineStart, name.end) - 1,
      call: isOp(text, tok(s + 3), '('),
    });
    s += 2;
  }

  for (const group of groups) {
    const lines = commentLines(text, group);
    for (const l of lines) {
      const directive = parseCgoDirective(l);
      if (directive) facts.directives.push(directive);
    }
    const c = scanPreambleC(lines);
    facts.includes.push(...c.includes);
    facts.preambleFunctions.push(...c.functions);
    facts.preambleLines.push(...c.lines);
  }
  return facts;
}

/** Reads and scans the package's cgo files (as `go list` CgoFiles: names relative to dir, or absolute). */
export async function scanCgoPackage(dir: string, files: readonly string[]): Promise<CgoPackageFacts> {
  const results = await Promise.all(
    files.map(async (f) => {
      const file = path.resolve(dir, f);
      try {
        return scanCgoSource(await readFile(file, 'utf8'), file);
      } catch (error) {
        return { file, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  const pkg: CgoPackageFacts = { dir: path.resolve(dir), files: [], unreadable: [] };
  for (const r of results) {
    if ('error' in r) pkg.unreadable.push(r);
    else pkg.files.push(r);
  }
  pkg.packageName = pkg.files.find((f) => f.packageName)?.packageName;
  return pkg;
}

// cgo's own names, which are never symbols: the numeric types, the sized and pointer-sized
// typedefs it knows, its Go<->C string helpers, and the struct_/union_/enum_/sizeof_ forms.
// C.malloc and C.free are kept: they are real C functions (from libc).
const PSEUDO_NAMES = new Set([
  'char',
  'schar',
  'uchar',
  'short',
  'ushort',
  'int',
  'uint',
  'long',
  'ulong',
  'longlong',
  'ulonglong',
  'float',
  'double',
  'complexfloat',
  'complexdouble',
  'size_t',
  'ssize_t',
  'ptrdiff_t',
  'intptr_t',
  'uintptr_t',
  'int8_t',
  'int16_t',
  'int32_t',
  'int64_t',
  'uint8_t',
  'uint16_t',
  'uint32_t',
  'uint64_t',
  '_Bool',
  'bool',
  'void',
  'CString',
  'CBytes',
  'GoString',
  'GoStringN',
  'GoBytes',
  '_GoString_',
  '_GoBytes_',
]);
const PSEUDO_PREFIX = /^(struct|union|enum|sizeof)_/;

export function isCgoPseudoName(name: string): boolean {
  return PSEUDO_NAMES.has(name) || PSEUDO_PREFIX.test(name);
}

/**
 * Distinct C.X names the package uses that could be C functions or variables (cgo's pseudo
 * names dropped), sorted. Types and constants from headers (C.TF_Status, C.TF_OK) cannot be
 * told apart lexically and are included; `callsOnly` keeps names used as C.X(...) at least
 * once, which drops constants and plain type uses but keeps conversions such as C.TF_Code(x).
 */
export function usedCNames(pkg: CgoPackageFacts, options: { callsOnly?: boolean } = {}): string[] {
  const names = new Set<string>();
  for (const f of pkg.files) {
    for (const r of f.refs) {
      if ((!options.callsOnly || r.call) && !isCgoPseudoName(r.name)) names.add(r.name);
    }
  }
  return [...names].sort();
}
/** Where a preamble mentions `name` as a C identifier (outside C comments). */
export function preambleMentions(file: CgoFileFacts, name: string): { line: number; column: number; endColumn: number }[] {
  const found: { line: number; column: number; endColumn: number }[] = [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![A-Za-z0-9_$])${escaped}(?![A-Za-z0-9_$])`, 'g');
  for (const l of file.preambleLines) {
    if (/^\s*#\s*cgo\s/.test(l.code)) continue;
    for (const m of l.code.matchAll(re)) {
      const column = l.column + columnAt(l.code, 0, m.index) - 1;
      found.push({ line: l.line, column, endColumn: column + [...name].length - 1 });
    }
  }
  return found;
}
