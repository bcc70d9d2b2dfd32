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

/** Splits Go source into tokens, comments included; whitespace is dropped. */
export function tokenizeGo(text: string): GoToken[] {
  const tokens: GoToken[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte order mark is allowed only first
  let line = 1;
  let lineStart = 0;

  // Advances over [i, to) counting newlines; used by the multi-line tokens.
  const skipTo = (to: number): void => {
    for (let k = i; k < to; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    i = to;
  };
  const digits = (hex: boolean): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 95 || (hex ? isHex(c) : isDecimal(c))) i++;
      else return;
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    const startLineStart = lineStart;
    let kind: GoTokenKind;
    let terminated = true;
    const next = text.charCodeAt(i + 1);

    if (isAsciiIdentStart(c)) {
      i++;
      while (i < n && isAsciiIdentPart(text.charCodeAt(i))) i++;
      if (i < n && text.charCodeAt(i) >= 0x80) {
        IDENT_RE.lastIndex = start;
        IDENT_RE.test(text);
        i = IDENT_RE.lastIndex;
      }
      kind = 'ident';
    } else if (c >= 0x80) {
      IDENT_RE.lastIndex = i;
      if (IDENT_RE.test(text)) {
        i = IDENT_RE.lastIndex;
        kind = 'ident';
      } else {
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        kind = 'op';
      } // not valid Go; keep going
    } else if (isDecimal(c) || (c === 46 && isDecimal(next))) {
      kind = 'number';
      let hex = false;
      if (c === 48 && (lower(next) === 120 || lower(next) === 98 || lower(next) === 111)) {
        hex = lower(next) === 120;
        i += 2;
      }
      if (text.charCodeAt(i) !== 46) digits(hex);
      if (text.charCodeAt(i) === 46) {
        i++;
        digits(hex);
      }
      const e = lower(text.charCodeAt(i));
      if (e === 101 || e === 112) {
        // e or p; for hex, e was already taken as a digit
        i++;
        const sign = text.charCodeAt(i);
        if (sign === 43 || sign === 45) i++;
        digits(false);
      }
      if (text.charCodeAt(i) === 105) i++; // imaginary
    } else if (c === 34 || c === 39) {
      // "interpreted string" or 'rune'
      kind = c === 34 ? 'string' : 'rune';
      // Both end at the same quote or, unterminated, at the end of the line; \ escapes one character.
      i++;
      terminated = false;
      while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch === 10) break;
        i++;
        if (ch === c) {
          terminated = true;
          break;
        }
        if (ch === 92 && i < n && text.charCodeAt(i) !== 10) i++;
      }
    } else if (c === 96) {
      // `raw string`
      kind = 'rawString';
      const close = text.indexOf('`', i + 1);
      terminated = close >= 0;
      skipTo(terminated ? close + 1 : n);
    } else if (c === 47 && next === 47) {
      // line comment
      kind = 'comment';
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
    } else if (c === 47 && next === 42) {
      // block comment
      kind = 'comment';
      const close = text.indexOf('*/', i + 2);
      terminated = close >= 0;
      skipTo(terminated ? close + 2 : n);
    } else {
      kind = 'op';
      if (OPS3.has(text.slice(i, i + 3))) i += 3;
      else if (OPS2.has(text.slice(i, i + 2))) i += 2;
      else i++;
    }
    const endLine = kind === 'rawString' || kind === 'comment' ? line : startLine;
    tokens.push({ kind, start, end: i, line: startLine, lineStart: startLineStart, endLine, terminated });
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
