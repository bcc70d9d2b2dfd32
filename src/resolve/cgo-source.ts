// Facts about a package's cgo files, taken from the text exactly as cmd/go and cmd/cgo read
// it: the C.X references (never ones inside comments, strings or runes), the preamble's
// #cgo directives, #include lines and C function definitions, and //export comments.
// Lines are 1-based; columns are 1-based and counted in Unicode code points.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tokenizeGo, columnAt, type GoToken } from './go-tokens.ts';

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

export interface CgoDirective {
  line: number;
  /** Column of the `#` of `#cgo`. */
  column: number;
  /** Build constraint before the verb, as written: `linux,amd64` or `linux darwin`. */
  condition?: string;
  /** CFLAGS, CPPFLAGS, CXXFLAGS, FFLAGS, LDFLAGS or pkg-config (anything else is kept as written; cmd/go rejects it). */
  kind: string;
  /** Arguments split the way cmd/go splits them (quotes and backslashes). */
  args: string[];
  /** `-lX`, `-l X` and `-Wl,...,-lX` arguments of LDFLAGS: `X` (`:file` stays as written), with the argument's column. */
  libraries: { name: string; arg: string; column: number }[];
  /** The directive line, trimmed. */
  text: string;
  /** Set when cmd/go would reject the argument quoting (unclosed quote, trailing backslash). */
  error?: string;
}

export interface CInclude {
  line: number;
  /** Column of the `#`. */
  column: number;
  header: string;
  /** `<...>` rather than `"..."`. */
  system: boolean;
  /** Columns of the header name's first and last characters (inside the delimiters). */
  headerColumn: number;
  headerEndColumn: number;
}

export interface PreambleFunction {
  name: string;
  line: number;
  column: number;
}

/** One source line of a preamble: where its text starts and the text (comment markers removed). */
export interface PreambleSourceLine {
  line: number;
  column: number;
  text: string;
}

/** A preamble line as C code: C comments replaced by spaces (columns stay right). */
export interface PreambleLine {
  line: number;
  column: number;
  code: string;
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
  const add = (g: GoToken[] | undefined) => { if (g) groups.push(g); };
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
    file, importsC: false, refs: [], directives: [], includes: [], preambleFunctions: [], preambleLines: [], exports,
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

const SPACE = /[\s\u0085]/;

/** cmd/go's splitQuoted (go/build), keeping where each word starts. */
export function splitCgoArgs(s: string): { words: { text: string; offset: number }[]; error?: string } {
  const words: { text: string; offset: number }[] = [];
  let current = '';
  let started = -1;
  let escaped = false;
  let quoted = false;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (started < 0 && !SPACE.test(ch)) started = i;
    if (escaped) escaped = false;
    else if (ch === '\\') { escaped = true; continue; }
    else if (quote !== '') { if (ch === quote) { quote = ''; continue; } }
    else if (ch === '"' || ch === "'") { quoted = true; quote = ch; continue; }
    else if (SPACE.test(ch)) {
      if (quoted || current.length > 0) words.push({ text: current, offset: started });
      quoted = false;
      current = '';
      started = -1;
      continue;
    }
    current += ch;
  }
  if (quoted || current.length > 0) words.push({ text: current, offset: started });
  const error = quote !== '' ? 'unclosed quote' : escaped ? 'unfinished escaping' : undefined;
  return error ? { words, error } : { words };
}

/** Parses `#cgo [cond...] VERB: args` the way go/build does; undefined for other lines. */
export function parseCgoDirective(l: PreambleSourceLine): CgoDirective | undefined {
  const trimmed = l.text.trim();
  if (trimmed.length < 5 || !trimmed.startsWith('#cgo') || (trimmed[4] !== ' ' && trimmed[4] !== '\t')) return undefined;
  const fields = trimmed.split(/\s+/);
  if (fields.length === 3 && (fields[1] === 'nocallback' || fields[1] === 'noescape')) return undefined;
  const hash = l.text.indexOf('#cgo');
  const colon = l.text.indexOf(':', hash);
  if (colon < 0) return undefined; // cmd/go: invalid #cgo line
  const head = l.text.slice(hash + 4, colon).trim().split(/\s+/).filter((f) => f !== '');
  if (head.length === 0) return undefined;
  const col = (index: number) => l.column + [...l.text.slice(0, index)].length;
  const { words, error } = splitCgoArgs(l.text.slice(colon + 1));
  const directive: CgoDirective = {
    line: l.line,
    column: col(hash),
    kind: head[head.length - 1]!,
    args: words.map((w) => w.text),
    libraries: [],
    text: trimmed,
  };
  if (head.length > 1) directive.condition = head.slice(0, -1).join(' ');
  if (error) directive.error = error;
  if (directive.kind === 'LDFLAGS') {
    words.forEach((w, i) => {
      const column = col(colon + 1 + w.offset);
      if (w.text === '-l' && i + 1 < words.length) directive.libraries.push({ name: words[i + 1]!.text, arg: `-l${words[i + 1]!.text}`, column });
      else if (w.text.startsWith('-l') && w.text.length > 2) directive.libraries.push({ name: w.text.slice(2), arg: w.text, column });
      else if (w.text.startsWith('-Wl,')) {
        for (const part of w.text.slice(4).split(',')) {
          if (part.startsWith('-l') && part.length > 2) directive.libraries.push({ name: part.slice(2), arg: w.text, column });
        }
      }
    });
  }
  return directive;
}

/** Reads and scans the package's cgo files (as `go list` CgoFiles: names relative to dir, or absolute). */
export async function scanCgoPackage(dir: string, files: readonly string[]): Promise<CgoPackageFacts> {
  const results = await Promise.all(files.map(async (f) => {
    const file = path.resolve(dir, f);
    try {
      return scanCgoSource(await readFile(file, 'utf8'), file);
    } catch (error) {
      return { file, error: error instanceof Error ? error.message : String(error) };
    }
  }));
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
  'char', 'schar', 'uchar', 'short', 'ushort', 'int', 'uint', 'long', 'ulong', 'longlong', 'ulonglong',
  'float', 'double', 'complexfloat', 'complexdouble', 'size_t', 'ssize_t', 'ptrdiff_t', 'intptr_t', 'uintptr_t',
  'int8_t', 'int16_t', 'int32_t', 'int64_t', 'uint8_t', 'uint16_t', 'uint32_t', 'uint64_t', '_Bool', 'bool', 'void',
  'CString', 'CBytes', 'GoString', 'GoStringN', 'GoBytes', '_GoString_', '_GoBytes_',
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

// ---- The preamble as C: a light scan, enough for #include lines and function definitions.

/** Replaces C comments with spaces, keeping newlines and surrogates so lines and columns stay put. */
function blankCComments(s: string): string {
  const blank = (t: string) => t.replace(/[^\n\uD800-\uDFFF]/g, ' ');
  let out = '';
  let last = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '/' && (s[i + 1] === '*' || s[i + 1] === '/')) {
      let end: number;
      if (s[i + 1] === '*') { const close = s.indexOf('*/', i + 2); end = close < 0 ? s.length : close + 2; }
      else { const nl = s.indexOf('\n', i); end = nl < 0 ? s.length : nl; }
      out += s.slice(last, i) + blank(s.slice(i, end));
      last = i = end;
    } else if (c === '"' || c === "'") {
      i = skipCLiteral(s, i);
    } else i++;
  }
  return out + s.slice(last);
}

/** Index after the string or character literal starting at i (stops before a newline). */
function skipCLiteral(s: string, i: number): number {
  const quote = s[i];
  for (i++; i < s.length && s[i] !== '\n'; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === quote) return i + 1;
  }
  return i;
}

const INCLUDE = /^\s*#\s*(?:include|include_next|import)\s*(?:<([^>\n]*)>|"([^"\n]*)")/;
const C_KEYWORDS = new Set([
  'if', 'while', 'for', 'switch', 'return', 'sizeof', 'int', 'char', 'void', 'short', 'long', 'float', 'double',
  'signed', 'unsigned', 'const', 'volatile', 'static', 'inline', 'extern', 'struct', 'union', 'enum', 'typedef',
  '_Alignof', 'alignof', 'typeof', '__typeof__', '_Static_assert', 'static_assert', '_Generic', 'defined',
]);
const C_ATTRIBUTES = new Set(['__attribute__', '__attribute', '__declspec', '__asm__', '__asm', 'asm', '_Alignas', 'alignas']);

function scanPreambleC(source: readonly PreambleSourceLine[]): { includes: CInclude[]; functions: PreambleFunction[]; lines: PreambleLine[] } {
  const code = blankCComments(source.map((l) => l.text).join('\n'));
  const codeLines = code.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const l of codeLines) { starts.push(offset); offset += l.length + 1; }
  const lines: PreambleLine[] = codeLines.map((c, i) => ({ line: source[i]!.line, column: source[i]!.column, code: c }));
  const at = (li: number, index: number) => ({ line: lines[li]!.line, column: lines[li]!.column + columnAt(lines[li]!.code, 0, index) - 1 });

  const includes: CInclude[] = [];
  lines.forEach((l, li) => {
    const m = INCLUDE.exec(l.code);
    if (!m) return;
    const header = m[1] ?? m[2]!;
    const nameAt = m[0].length - 1 - header.length;
    includes.push({
      line: l.line, column: at(li, l.code.indexOf('#')).column, header, system: m[1] !== undefined,
      headerColumn: at(li, nameAt).column, headerEndColumn: at(li, nameAt + Math.max(header.length, 1)).column - 1,
    });
  });

  // Function definitions at file scope: the first identifier called like `name(` in a
  // declaration that then opens a body, with no `=` (an initializer) before the `{`.
  const functions: PreambleFunction[] = [];
  let li = 0;
  let depth = 0;
  let paren = 0;
  let skipAt = -1;
  let hasEquals = false;
  let candidate: { name: string; offset: number } | undefined;
  let prevIdent: { name: string; offset: number } | undefined;
  const reset = () => { candidate = undefined; hasEquals = false; paren = 0; skipAt = -1; };
  let lineStart = true;
  for (let i = 0; i < code.length;) {
    const ch = code[i]!;
    if (ch === '\n') { li++; i++; lineStart = true; continue; }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') { i++; continue; }
    if (lineStart && ch === '#') { // preprocessor line, with backslash continuations
      while (li < codeLines.length - 1 && /\\\s*$/.test(codeLines[li]!)) li++;
      i = (starts[li] ?? code.length) + codeLines[li]!.length;
      continue;
    }
    lineStart = false;
    const ident = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(code.slice(i, i + 256));
    if (ident) {
      if (depth === 0) prevIdent = { name: ident[0], offset: i };
      i += ident[0].length;
      continue;
    }
    const wasIdent = prevIdent;
    prevIdent = undefined;
    if (ch === '"' || ch === "'") { i = skipCLiteral(code, i); continue; }
    if (/[0-9]/.test(ch)) { i = i + (/^[0-9A-Za-z_.]+/.exec(code.slice(i, i + 64))?.[0].length ?? 1); continue; }
    i++;
    if (ch === '{') {
      if (depth === 0) {
        if (paren === 0 && candidate && !hasEquals) {
          const li2 = lineIndex(starts, candidate.offset);
          functions.push({ name: candidate.name, ...at(li2, candidate.offset - starts[li2]!) });
        }
        reset();
      }
      depth++;
    } else if (ch === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) reset();
    } else if (depth > 0) {
      continue;
    } else if (ch === '(') {
      if (skipAt < 0 && wasIdent) {
        if (C_ATTRIBUTES.has(wasIdent.name)) skipAt = paren;
        else if (!candidate && !C_KEYWORDS.has(wasIdent.name)) candidate = wasIdent;
      }
      paren++;
    } else if (ch === ')') {
      paren = Math.max(0, paren - 1);
      if (paren === skipAt) skipAt = -1;
    } else if (ch === '=' && paren === 0) hasEquals = true;
    else if (ch === ';' && paren === 0) reset();
  }
  return { includes, functions, lines };
}

function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
