// What TensorFlow's C headers declare, so that a C.X name can be told apart as a library
// function, a function the header defines itself (static inline, no library symbol), a
// type, an enum constant or a macro. A light scan, not a preprocessor: `#ifdef __cplusplus`
// regions are dropped, every other conditional branch is kept (the union of names), and
// headers that are C++ after that (namespaces, classes) are skipped, because cgo compiles
// the preamble as C and can never see their names. Runs before every build: ~640 KB of
// headers, well under 100 ms, cached per include folder.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface HeaderScan {
  /** Functions declared without a body (TF_CAPI_EXPORT extern ... NAME(...);). */
  functions: string[];
  /** Functions the header defines (static inline helpers such as TF_TString_Init). */
  inlineFunctions: string[];
  /** typedef names and struct/union/enum tags. */
  types: string[];
  /** Enumerators (TF_OK, TF_FLOAT). */
  constants: string[];
  macros: string[];
  /** Object-like macros that name another identifier: `#define TF_OK TSL_OK`. */
  aliases: { name: string; target: string }[];
  /** Header names of #include lines outside `#ifdef __cplusplus`. */
  includes: string[];
  /** Declares namespaces, classes or templates outside `#ifdef __cplusplus`: a C++ header. */
  cplusplus: boolean;
}

export type HeaderNameKind = 'function' | 'inline-function' | 'type' | 'constant' | 'macro';

export interface TfHeaderNames {
  includeDir: string;
  /** name -> what the headers declare it as, and the header (relative to includeDir) that does. */
  names: Map<string, { kind: HeaderNameKind; header: string }>;
  /** C headers scanned, relative to includeDir. */
  headers: string[];
  /** C++ headers under tensorflow/c that were skipped. */
  skipped: string[];
  durationMs: number;
}

// Comments become blanks (block comments keep their newlines); literals become empty quotes.
const COMMENT_OR_LITERAL = /\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?/g;

function stripCommentsAndLiterals(s: string): string {
  return s.replace(COMMENT_OR_LITERAL, (m) => {
    if (m[0] === '"' || m[0] === "'") return m[0] + m[0];
    return m[1] === '*' ? m.replace(/[^\n]+/g, ' ') : '';
  });
}

const CPLUSPLUS_IF = /^(?:ifdef\s+__cplusplus\b|if\s+(?:defined\s*\(?\s*__cplusplus\b|__cplusplus\b))/;
const CPLUSPLUS_IFNOT = /^(?:ifndef\s+__cplusplus\b|if\s+!\s*defined\s*\(?\s*__cplusplus\b)/;

const DIRECTIVE = /^\s*#\s*(.*)$/;

/** Drops `#ifdef __cplusplus` regions and preprocessor lines; collects macros and includes. */
function preprocess(text: string): { code: string; macros: string[]; aliases: { name: string; target: string }[]; includes: string[] } {
  const lines = stripCommentsAndLiterals(text).split('\n');
  const originalLines = text.split('\n');
  const macros: string[] = [];
  const aliases: { name: string; target: string }[] = [];
  const includes: string[] = [];
  // Each frame: is this branch skipped, and does the frame test __cplusplus (so #else flips it).
  const frames: { skip: boolean; cxx: boolean }[] = [];
  let skipping = 0; // frames with skip set
  const code: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const directive = line.includes('#') ? DIRECTIVE.exec(line) : null;
    if (!directive) {
      code.push(skipping > 0 ? '' : line);
      continue;
    }
    let body = directive[1]!;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      line = lines[++i]!;
      body = body.replace(/\\\s*$/, ' ') + line;
      code.push('');
    }
    code.push('');
    if (body.startsWith('if')) {
      const frame = { skip: CPLUSPLUS_IF.test(body), cxx: CPLUSPLUS_IF.test(body) || CPLUSPLUS_IFNOT.test(body) };
      frames.push(frame);
      if (frame.skip) skipping++;
    } else if (/^(else|elif)\b/.test(body)) {
      const top = frames[frames.length - 1];
      if (top?.cxx) {
        top.skip = !top.skip;
        skipping += top.skip ? 1 : -1;
      }
    } else if (body.startsWith('endif')) {
      if (frames.pop()?.skip) skipping--;
    } else if (skipping === 0) {
      const define = /^define\s+([A-Za-z_]\w*)(?:\s+([A-Za-z_]\w*)\s*$)?/.exec(body);
      if (define) {
        macros.push(define[1]!);
        if (define[2]) aliases.push({ name: define[1]!, target: define[2] });
      }
      // Literal contents are blanked, so read the header name from the original line.
      if (body.startsWith('include')) {
        const original = /#\s*include\s*[<"]([^>"\n]*)[>"]/.exec(originalLines[i]!);
        if (original) includes.push(original[1]!);
      }
    }
  }
  return { code: code.join('\n'), macros, aliases, includes };
}

/** Identifiers, `""` for a literal, and the punctuation the scan needs; the rest is dropped. */
function tokenize(code: string): string[] {
  return code.match(/[A-Za-z_]\w*|""|''|[{}();,=*[\]^]/g) ?? [];
}

const isIdent = (t: string | undefined): boolean => {
  if (t === undefined) return false;
  const c = t.charCodeAt(0);
  return c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};

const ATTRIBUTES = new Set(['__attribute__', '__attribute', '__declspec', '__asm__', '__asm', 'asm', 'alignas', '_Alignas']);
const NOT_FUNCTIONS = new Set(['sizeof', '_Alignof', 'alignof', '_Static_assert', 'static_assert', '_Generic', 'typeof', '__typeof__']);
// Outside `#ifdef __cplusplus`, any of these at file scope makes the header C++.
const CXX_AT_FILE_SCOPE = /^[ \t]*(?:namespace\b[\w:\s]*\{|class\s+\w+\s*[;{:]|template\s*<|using\s+(?:namespace\s+)?[\w:]+\s*[=;])/m;

/** A statement being collected: its tokens and the brace depth of each. */
interface Statement {
  tokens: string[];
  depths: number[];
}

/** Scans one header's text. Pure. */
export function scanHeaderText(text: string): HeaderScan {
  // Fast path for the many internal C++ headers: C++ at file scope and no __cplusplus guard at all.
  if (!text.includes('__cplusplus') && CXX_AT_FILE_SCOPE.test(text)) {
    return { functions: [], inlineFunctions: [], types: [], constants: [], macros: [], aliases: [], includes: [], cplusplus: true };
  }
  const { code, macros, aliases, includes } = preprocess(text);
  const scan: HeaderScan = { functions: [], inlineFunctions: [], types: [], constants: [], macros, aliases, includes, cplusplus: false };
  if (CXX_AT_FILE_SCOPE.test(code)) {
    scan.cplusplus = true;
    return scan;
  }
  const tokens = tokenize(code);
  let stmt: Statement = { tokens: [], depths: [] };
  let depth = 0; // braces inside the current statement
  let linkage = 0; // open extern "C" { blocks
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (depth === 0 && stmt.tokens.length === 0 && t === 'extern' && tokens[i + 1] === '""') {
      if (tokens[i + 2] === '{') {
        linkage++;
        i += 2;
      } else i += 1; // extern "C" { ... } or extern "C" decl;
      continue;
    }
    if (depth === 0 && t === '}' && linkage > 0) {
      linkage--;
      stmt = { tokens: [], depths: [] };
      continue;
    }
    if (t === '{') {
      stmt.tokens.push(t);
      stmt.depths.push(depth++);
      continue;
    }
    if (t === '}') {
      depth = Math.max(0, depth - 1);
      stmt.tokens.push(t);
      stmt.depths.push(depth);
      if (depth === 0 && isFunctionDefinition(stmt)) {
        finishStatement(stmt, scan, true);
        stmt = { tokens: [], depths: [] };
      }
      continue;
    }
    if (t === ';' && depth === 0) {
      finishStatement(stmt, scan, false);
      stmt = { tokens: [], depths: [] };
      continue;
    }
    stmt.tokens.push(t);
    stmt.depths.push(depth);
  }
  return scan;
}

const NOT_BEFORE_BODY = new Set(['=', 'typedef', 'struct', 'enum', 'union']);

/** A statement that ended with a body right after its parameter list: `... f(...) {...}`. */
function isFunctionDefinition(stmt: Statement): boolean {
  const open = stmt.tokens.indexOf('{');
  if (open <= 0 || stmt.tokens[open - 1] !== ')') return false;
  for (let k = 0; k < open; k++) if (NOT_BEFORE_BODY.has(stmt.tokens[k]!)) return false;
  return true;
}

function finishStatement(stmt: Statement, scan: HeaderScan, definition: boolean): void {
  const { tokens, depths } = stmt;
  if (tokens.length === 0) return;
  const top = tokens.filter((_, k) => depths[k] === 0);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const w = tokens[k]!;
    if (w !== 'struct' && w !== 'union' && w !== 'enum') continue;
    // Tags: struct X, union X, enum X (nested declarations included).
    if (isIdent(tokens[k + 1])) scan.types.push(tokens[k + 1]!);
    if (w !== 'enum') continue;
    // Enumerators: the first identifier of each item of the enum body.
    let open = k + 1;
    while (open < tokens.length && isIdent(tokens[open])) open++;
    if (tokens[open] !== '{') continue;
    const level = depths[open]! + 1;
    let expectName = true;
    for (let j = open + 1; j < tokens.length && !(depths[j]! < level && tokens[j] === '}'); j++) {
      if (depths[j] !== level) continue;
      if (expectName && isIdent(tokens[j])) {
        scan.constants.push(tokens[j]!);
        expectName = false;
      } else if (tokens[j] === ',') expectName = true;
    }
  }
  if (top[0] === 'typedef') {
    const name = typedefName(top);
    if (name) scan.types.push(name);
    return;
  }
  const fn = functionName(top);
  // A static or inline declaration has no library symbol either (ctstring.h declares
  // `inline void TF_TString_Init(...)`; ctstring_internal.h defines it static inline).
  const local = definition || top.includes('static') || top.includes('inline') || top.includes('__inline__');
  if (fn) (local ? scan.inlineFunctions : scan.functions).push(fn);
}

/** `typedef ... NAME;`, `typedef ... (*NAME)(...);`, `typedef ... NAME[N];`. */
function typedefName(top: readonly string[]): string | undefined {
  for (let k = 0; k + 2 < top.length; k++) {
    if (top[k] === '(' && (top[k + 1] === '*' || top[k + 1] === '^') && isIdent(top[k + 2])) return top[k + 2];
  }
  const bracket = top.indexOf('[');
  const end = bracket > 0 ? bracket : top.length;
  for (let k = end - 1; k > 0; k--) if (isIdent(top[k])) return top[k];
  return undefined;
}

/** The declarator name of a function: the first `NAME(` outside parentheses and attributes. */
function functionName(top: readonly string[]): string | undefined {
  let paren = 0;
  for (let k = 0; k + 1 < top.length; k++) {
    const t = top[k]!;
    if (t === '(') paren++;
    else if (t === ')') paren = Math.max(0, paren - 1);
    if (paren !== 0 || !isIdent(t) || top[k + 1] !== '(') continue;
    if (ATTRIBUTES.has(t)) {
      // Skip the attribute's argument list.
      let p = 0;
      for (k = k + 1; k < top.length; k++) {
        if (top[k] === '(') p++;
        else if (top[k] === ')' && --p === 0) break;
      }
      continue;
    }
    const next = top[k + 2];
    if (next === '*' || next === '^' || NOT_FUNCTIONS.has(t)) return undefined; // (*pointer)(...), static_assert(...)
    return t;
  }
  return undefined;
}

async function listHeaders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.h'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

// When headers declare a name several ways, the kind that is not a library symbol wins: a
// macro or inline helper is never looked up in a library, so it must never be reported missing.
const KIND_ORDER: HeaderNameKind[] = ['inline-function', 'macro', 'type', 'constant', 'function'];

// Includes are followed only where TF_/TFE_/TSL_ names live; xla/pjrt's 114 KB C API header
// (PJRT_* names only) would cost a fifth of the scan and can never matter to the decision.
const FOLLOWED_INCLUDES = /^(?:tensorflow|tsl|xla\/tsl)\/[\w/.-]+\.h$/;

/**
 * Scans `<includeDir>/tensorflow/c/**\/*.h` and the headers they include from includeDir
 * (tf_tstring.h pulls in tsl/platform/ctstring*.h, where the TF_TString_* inline helpers live).
 */
async function scanIncludeDir(includeDir: string): Promise<TfHeaderNames> {
  const started = performance.now();
  const roots = await listHeaders(path.join(includeDir, 'tensorflow', 'c'));
  const texts = new Map<string, Promise<string | undefined>>();
  const read = (file: string) => {
    let p = texts.get(file);
    if (!p) {
      p = readFile(file, 'utf8').catch(() => undefined);
      texts.set(file, p);
    }
    return p;
  };
  const result: TfHeaderNames = { includeDir, names: new Map(), headers: [], skipped: [], durationMs: 0 };
  const seen = new Set<string>();
  const aliases: { name: string; target: string }[] = [];
  let queue = roots;
  const add = (names: readonly string[], kind: HeaderNameKind, header: string) => {
    for (const name of names) {
      const had = result.names.get(name);
      // A name declared several ways (typedef struct X X; then a macro X) keeps the most specific.
      if (!had || KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(had.kind)) result.names.set(name, { kind, header });
    }
  };
  while (queue.length > 0) {
    const batch = queue.filter((f) => !seen.has(f));
    batch.forEach((f) => seen.add(f));
    const scans = await Promise.all(
      batch.map(async (file) => {
        const text = await read(file);
        return { file, scan: text === undefined ? undefined : scanHeaderText(text) };
      }),
    );
    const next: string[] = [];
    for (const { file, scan } of scans) {
      if (!scan) continue;
      const rel = path.relative(includeDir, file);
      if (scan.cplusplus) {
        if (rel.startsWith(`tensorflow${path.sep}c${path.sep}`)) result.skipped.push(rel);
        continue;
      }
      result.headers.push(rel);
      add(scan.functions, 'function', rel);
      add(scan.inlineFunctions, 'inline-function', rel);
      add(scan.types, 'type', rel);
      add(scan.constants, 'constant', rel);
      add(scan.macros, 'macro', rel);
      aliases.push(...scan.aliases);
      for (const inc of scan.includes) {
        const target = path.join(includeDir, inc);
        if (!seen.has(target) && FOLLOWED_INCLUDES.test(inc)) next.push(target);
      }
    }
    // Only follow includes that exist (system headers like <stdint.h> are not under includeDir).
    const existing = await Promise.all(next.map(async (f) => ((await read(f)) === undefined ? undefined : f)));
    queue = existing.filter((f): f is string => f !== undefined);
  }
  // `#define TF_OK TSL_OK` makes TF_OK the enum constant TSL_OK is (chains of a few steps).
  for (let round = 0; round < 4; round++) {
    for (const { name, target } of aliases) {
      const entry = result.names.get(name);
      const to = result.names.get(target);
      if (entry?.kind === 'macro' && to && to.kind !== 'macro') result.names.set(name, { kind: to.kind, header: entry.header });
    }
  }
  result.headers.sort();
  result.skipped.sort();
  result.durationMs = performance.now() - started;
  return result;
}

const cache = new Map<string, Promise<TfHeaderNames>>();

/** The names TensorFlow's C headers declare; scanned once per include folder per process. */
export function readTfHeaders(includeDir: string): Promise<TfHeaderNames> {
  const key = path.resolve(includeDir);
  let p = cache.get(key);
  if (!p) {
    p = scanIncludeDir(key);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}
