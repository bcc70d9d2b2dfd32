// An exact lexer for Go source text (https://go.dev/ref/spec#Lexical_elements), enough to
// tell a real `C.X` selector from one inside a comment, string or rune literal. It does
// not insert semicolons or parse. Malformed input never throws: an unterminated comment,
// string or rune ends where the Go scanner would stop and is marked `terminated: false`.

export type GoTokenKind = 'ident' | 'number' | 'rune' | 'string' | 'rawString' | 'comment' | 'op';

export interface GoToken {
  kind: GoTokenKind;
  /** UTF-16 offsets into the text; `end` is exclusive. */
  start: number;
  end: number;
  /** 1-based line of the first character. Only LF ends a line, as in Go. */
  line: number;
  /** Offset at which that line begins (for columns). */
  lineStart: number;
  /** 1-based line of the last character (differs for raw strings and block comments). */
  endLine: number;
  terminated: boolean;
}

// Operators and punctuation, longest first within each length.
const OPS3 = new Set(['<<=', '>>=', '&^=', '...']);
const OPS2 = new Set([
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<',
  '>>',
  '&^',
  '&&',
  '||',
  '<-',
  '++',
  '--',
  '==',
  '!=',
  '<=',
  '>=',
  ':=',
]);

const IDENT_RE = /[\p{L}_][\p{L}\p{Nd}_]*/uy;

function isAsciiIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdentPart(c: number): boolean {
  return isAsciiIdentStart(c) || (c >= 48 && c <= 57);
}
function isDecimal(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDecimal(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function lower(c: number): number {
  return c | 0x20;
}

/** Where the lexer is: the offset, and the line it is on (for the tokens' line numbers). */
interface Cursor {
  readonly text: string;
  i: number;
  line: number;
  lineStart: number;
}

/** A token's kind and whether it ended the way Go requires. */
interface Scanned {
  kind: GoTokenKind;
  terminated: boolean;
}

/** A kind of token: whether one starts at character `c` (followed by `next`), and how to move past it. */
interface TokenRule {
  starts(c: number, next: number): boolean;
  scan(cur: Cursor, c: number, next: number): Scanned;
}

/** Moves the cursor to `to`, counting the newlines it passes (the multi-line tokens). */
function advanceTo(cur: Cursor, to: number): void {
  for (let k = cur.i; k < to; k++) {
    if (cur.text.charCodeAt(k) === 10) {
      cur.line++;
      cur.lineStart = k + 1;
    }
  }
  cur.i = to;
}

function skipDigits(cur: Cursor, hex: boolean): void {
  for (;;) {
    const c = cur.text.charCodeAt(cur.i);
    if (c === 95 || (hex ? isHex(c) : isDecimal(c))) cur.i++;
    else return;
  }
}

/** An identifier that starts with an ASCII letter; a non-ASCII letter later on takes the Unicode pattern. */
function scanAsciiIdent(cur: Cursor): Scanned {
  const { text } = cur;
  const start = cur.i++;
  while (cur.i < text.length && isAsciiIdentPart(text.charCodeAt(cur.i))) cur.i++;
  if (cur.i < text.length && text.charCodeAt(cur.i) >= 0x80) {
    IDENT_RE.lastIndex = start;
    IDENT_RE.test(text);
    cur.i = IDENT_RE.lastIndex;
  }
  return { kind: 'ident', terminated: true };
}

/** A Unicode identifier; any other non-ASCII character is not valid Go and becomes an op, so the scan goes on. */
function scanNonAscii(cur: Cursor): Scanned {
  IDENT_RE.lastIndex = cur.i;
  if (IDENT_RE.test(cur.text)) {
    cur.i = IDENT_RE.lastIndex;
    return { kind: 'ident', terminated: true };
  }
  cur.i += (cur.text.codePointAt(cur.i) ?? 0) > 0xffff ? 2 : 1;
  return { kind: 'op', terminated: true };
}

/** Decimal, 0x/0b/0o, floats with exponents, underscores, and an imaginary `i`. */
function scanNumber(cur: Cursor, c: number, next: number): Scanned {
  const { text } = cur;
  let hex = false;
  if (c === 48 && (lower(next) === 120 || lower(next) === 98 || lower(next) === 111)) {
    hex = lower(next) === 120;
    cur.i += 2;
  }
  if (text.charCodeAt(cur.i) !== 46) skipDigits(cur, hex);
  if (text.charCodeAt(cur.i) === 46) {
    cur.i++;
    skipDigits(cur, hex);
  }
  const e = lower(text.charCodeAt(cur.i));
  if (e === 101 || e === 112) {
    // e or p; for hex, e was already taken as a digit
    cur.i++;
    const sign = text.charCodeAt(cur.i);
    if (sign === 43 || sign === 45) cur.i++;
    skipDigits(cur, false);
  }
  if (text.charCodeAt(cur.i) === 105) cur.i++; // imaginary
  return { kind: 'number', terminated: true };
}

/**
 * "interpreted string" or 'rune': both end at the same quote or, unterminated, at the end of
 * the line; \ escapes one character.
 */
function scanQuoted(cur: Cursor, quote: number): Scanned {
  const { text } = cur;
  const kind = quote === 34 ? 'string' : 'rune';
  cur.i++;
  while (cur.i < text.length) {
    const ch = text.charCodeAt(cur.i);
    if (ch === 10) break;
    cur.i++;
    if (ch === quote) return { kind, terminated: true };
    if (ch === 92 && cur.i < text.length && text.charCodeAt(cur.i) !== 10) cur.i++;
  }
  return { kind, terminated: false };
}

/** A token that ends at `close` (`raw string`, block comment), or unterminated at the end of the text. */
function scanToClose(cur: Cursor, kind: GoTokenKind, open: number, close: string): Scanned {
  const at = cur.text.indexOf(close, cur.i + open);
  const terminated = at >= 0;
  advanceTo(cur, terminated ? at + close.length : cur.text.length);
  return { kind, terminated };
}

/** `// ...` up to the newline, which is not part of it. */
function scanLineComment(cur: Cursor): Scanned {
  const nl = cur.text.indexOf('\n', cur.i);
  cur.i = nl < 0 ? cur.text.length : nl;
  return { kind: 'comment', terminated: true };
}

/** Operators and punctuation, the longest that matches. */
function scanOperator(cur: Cursor): Scanned {
  const { text, i } = cur;
  if (OPS3.has(text.slice(i, i + 3))) cur.i += 3;
  else if (OPS2.has(text.slice(i, i + 2))) cur.i += 2;
  else cur.i++;
  return { kind: 'op', terminated: true };
}

// Tried in order; a character none of them starts with begins an operator.
const TOKEN_RULES: readonly TokenRule[] = [
  { starts: isAsciiIdentStart, scan: scanAsciiIdent },
  { starts: (c) => c >= 0x80, scan: scanNonAscii },
  { starts: (c, next) => isDecimal(c) || (c === 46 && isDecimal(next)), scan: scanNumber },
  { starts: (c) => c === 34 || c === 39, scan: scanQuoted },
  { starts: (c) => c === 96, scan: (cur) => scanToClose(cur, 'rawString', 1, '`') },
  { starts: (c, next) => c === 47 && next === 47, scan: scanLineComment },
  { starts: (c, next) => c === 47 && next === 42, scan: (cur) => scanToClose(cur, 'comment', 2, '*/') },
];

/** Moves the cursor past the token that starts at character `c`. */
function scanToken(cur: Cursor, c: number, next: number): Scanned {
  for (const rule of TOKEN_RULES) if (rule.starts(c, next)) return rule.scan(cur, c, next);
  return scanOperator(cur);
}

/** Splits Go source into tokens, comments included; whitespace is dropped. */
export function tokenizeGo(text: string): GoToken[] {
  const tokens: GoToken[] = [];
  // A byte order mark is allowed only first.
  const cur: Cursor = { text, i: text.charCodeAt(0) === 0xfeff ? 1 : 0, line: 1, lineStart: 0 };
  while (cur.i < text.length) {
    const c = text.charCodeAt(cur.i);
    if (c === 10) {
      cur.line++;
      cur.lineStart = ++cur.i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      cur.i++;
      continue;
    }
    const { i: start, line, lineStart } = cur;
    const next = text.charCodeAt(cur.i + 1);
    const { kind, terminated } = scanToken(cur, c, next);
    const endLine = kind === 'rawString' || kind === 'comment' ? cur.line : line;
    tokens.push({ kind, start, end: cur.i, line, lineStart, endLine, terminated });
  }
  return tokens;
}

/**
 * 1-based column of `offset` on the line starting at `lineStart`, counted in Unicode code
 * points (a character outside the BMP counts once, unlike a UTF-16 column).
 */
export function columnAt(text: string, lineStart: number, offset: number): number {
  let column = 1;
  for (let k = lineStart; k < offset; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < offset) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    column++;
  }
  return column;
}
