// The preamble of a cgo file read as C and as cmd/go reads it: the preamble line model,
// #cgo directives (arguments split the way go/build splits them) and a light C scan,
// enough for #include lines and file-scope function definitions. Pure functions over the
// preamble's lines; cgo-source.ts finds the preamble in the Go file and feeds them in.
// Lines are 1-based; columns are 1-based and counted in Unicode code points.
import { columnAt } from './go-tokens.ts';
import { libraryWords } from '../link-line/link-line.ts';

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
    else if (ch === '\\') {
      escaped = true;
      continue;
    } else if (quote !== '') {
      if (ch === quote) {
        quote = '';
        continue;
      }
    } else if (ch === '"' || ch === "'") {
      quoted = true;
      quote = ch;
      continue;
    } else if (SPACE.test(ch)) {
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
  const head = l.text
    .slice(hash + 4, colon)
    .trim()
    .split(/\s+/)
    .filter((f) => f !== '');
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
  if (directive.kind === 'LDFLAGS')
    for (const { name, arg, index } of libraryWords(directive.args))
      directive.libraries.push({ name, arg, column: col(colon + 1 + words[index]!.offset) });
  return directive;
}

/** Replaces C comments with spaces, keeping newlines and surrogates so lines and columns stay put. */
export function blankCComments(s: string): string {
  const blank = (t: string) => t.replace(/[^\n\uD800-\uDFFF]/g, ' ');
  let out = '';
  let last = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '/' && (s[i + 1] === '*' || s[i + 1] === '/')) {
      let end: number;
      if (s[i + 1] === '*') {
        const close = s.indexOf('*/', i + 2);
        end = close < 0 ? s.length : close + 2;
      } else {
        const nl = s.indexOf('\n', i);
        end = nl < 0 ? s.length : nl;
      }
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
  'if',
  'while',
  'for',
  'switch',
  'return',
  'sizeof',
  'int',
  'char',
  'void',
  'short',
  'long',
  'float',
  'double',
  'signed',
  'unsigned',
  'const',
  'volatile',
  'static',
  'inline',
  'extern',
  'struct',
  'union',
  'enum',
  'typedef',
  '_Alignof',
  'alignof',
  'typeof',
  '__typeof__',
  '_Static_assert',
  'static_assert',
  '_Generic',
  'defined',
]);
const C_ATTRIBUTES = new Set(['__attribute__', '__attribute', '__declspec', '__asm__', '__asm', 'asm', '_Alignas', 'alignas']);

/** Scans preamble lines as C: #include lines, function definitions, and the lines with C comments blanked out. */
export function scanPreambleC(source: readonly PreambleSourceLine[]): {
  includes: CInclude[];
  functions: PreambleFunction[];
  lines: PreambleLine[];
} {
  const code = blankCComments(source.map((l) => l.text).join('\n'));
  const codeLines = code.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const l of codeLines) {
    starts.push(offset);
    offset += l.length + 1;
  }
  const lines: PreambleLine[] = codeLines.map((c, i) => ({ line: source[i]!.line, column: source[i]!.column, code: c }));
  const functions = findFunctionDefinitions(code, codeLines, starts).map(({ name, offset }) => {
    const li = lineIndex(starts, offset);
    return { name, line: lines[li]!.line, column: columnIn(lines[li]!, offset - starts[li]!) };
  });
  return { includes: findIncludes(lines), functions, lines };
}

/** The source column of index `index` of a preamble line's code. */
function columnIn(l: PreambleLine, index: number): number {
  return l.column + columnAt(l.code, 0, index) - 1;
}

function findIncludes(lines: readonly PreambleLine[]): CInclude[] {
  const includes: CInclude[] = [];
  for (const l of lines) {
    const m = INCLUDE.exec(l.code);
    if (!m) continue;
    const header = m[1] ?? m[2]!;
    const nameAt = m[0].length - 1 - header.length;
    includes.push({
      line: l.line,
      column: columnIn(l, l.code.indexOf('#')),
      header,
      system: m[1] !== undefined,
      headerColumn: columnIn(l, nameAt),
      headerEndColumn: columnIn(l, nameAt + Math.max(header.length, 1)) - 1,
    });
  }
  return includes;
}

/** An identifier and its offset in the preamble's code. */
interface CIdent {
  name: string;
  offset: number;
}

/** How far the scan for function definitions is in the file-scope declaration it is in. */
interface DeclarationScan {
  /** Braces open. */
  depth: number;
  /** Parentheses open in the declaration. */
  paren: number;
  /** The `paren` at which an attribute's argument list ends; -1 outside one. */
  skipAt: number;
  /** An `=` outside parentheses: an initializer follows, not a body. */
  hasEquals: boolean;
  /** The first identifier called like `name(`: the function's name if a body follows. */
  candidate?: CIdent;
  /** The identifier just before, at file scope. */
  prevIdent?: CIdent;
}

function startDeclaration(scan: DeclarationScan): void {
  scan.candidate = undefined;
  scan.hasEquals = false;
  scan.paren = 0;
  scan.skipAt = -1;
}

const C_BLANKS = new Set([' ', '\t', '\r', '\f', '\v']);

/**
 * Function definitions at file scope: the first identifier called like `name(` in a
 * declaration that then opens a body, with no `=` (an initializer) before the `{`.
 */
function findFunctionDefinitions(code: string, codeLines: readonly string[], starts: readonly number[]): CIdent[] {
  const found: CIdent[] = [];
  const scan: DeclarationScan = { depth: 0, paren: 0, skipAt: -1, hasEquals: false };
  let li = 0;
  let lineStart = true;
  for (let i = 0; i < code.length;) {
    const ch = code[i]!;
    if (ch === '\n') {
      li++;
      i++;
      lineStart = true;
    } else if (C_BLANKS.has(ch)) {
      i++;
    } else if (lineStart && ch === '#') {
      // preprocessor line, with backslash continuations
      while (li < codeLines.length - 1 && /\\\s*$/.test(codeLines[li]!)) li++;
      i = (starts[li] ?? code.length) + codeLines[li]!.length;
    } else {
      lineStart = false;
      i = scanCToken(code, i, scan, found);
    }
  }
  return found;
}

/** What punctuation outside braces does to the declaration; `before` is the identifier right before it. */
const FILE_SCOPE_PUNCTUATION = new Map<string, (scan: DeclarationScan, before: CIdent | undefined) => void>([
  [
    '(',
    (scan, before) => {
      if (scan.skipAt < 0 && before) {
        if (C_ATTRIBUTES.has(before.name)) scan.skipAt = scan.paren;
        else if (!scan.candidate && !C_KEYWORDS.has(before.name)) scan.candidate = before;
      }
      scan.paren++;
    },
  ],
  [
    ')',
    (scan) => {
      scan.paren = Math.max(0, scan.paren - 1);
      if (scan.paren === scan.skipAt) scan.skipAt = -1;
    },
  ],
  [
    '=',
    (scan) => {
      if (scan.paren === 0) scan.hasEquals = true;
    },
  ],
  [
    ';',
    (scan) => {
      if (scan.paren === 0) startDeclaration(scan);
    },
  ],
]);

/** Moves past the C token at `i` (identifier, literal, number or punctuation); returns the index after it. */
function scanCToken(code: string, i: number, scan: DeclarationScan, found: CIdent[]): number {
  const ch = code[i]!;
  const ident = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(code.slice(i, i + 256));
  if (ident) {
    if (scan.depth === 0) scan.prevIdent = { name: ident[0], offset: i };
    return i + ident[0].length;
  }
  const before = scan.prevIdent;
  scan.prevIdent = undefined;
  if (ch === '"' || ch === "'") return skipCLiteral(code, i);
  if (/[0-9]/.test(ch)) return i + (/^[0-9A-Za-z_.]+/.exec(code.slice(i, i + 64))?.[0].length ?? 1);
  if (ch === '{' || ch === '}') onBrace(scan, ch, found);
  else if (scan.depth === 0) FILE_SCOPE_PUNCTUATION.get(ch)?.(scan, before);
  return i + 1;
}

function onBrace(scan: DeclarationScan, brace: '{' | '}', found: CIdent[]): void {
  if (brace === '{') {
    if (scan.depth === 0) {
      if (scan.paren === 0 && scan.candidate && !scan.hasEquals) found.push(scan.candidate);
      startDeclaration(scan);
    }
    scan.depth++;
    return;
  }
  scan.depth = Math.max(0, scan.depth - 1);
  if (scan.depth === 0) startDeclaration(scan);
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
