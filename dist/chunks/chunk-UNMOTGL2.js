import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  runProcess
} from "./chunk-3PHFEWK4.js";
import {
  tfForBindings,
  tfMinorOf
} from "./chunk-YZCBP5WB.js";
import {
  InputError
} from "./chunk-QJX3G46C.js";
import {
  require_semver
} from "./chunk-KGVCVX4O.js";
import {
  __toESM
} from "./chunk-X6EWYPAH.js";

// src/diagnostic.ts
var OPTIONAL_TEXT_FIELDS = [
  "fix",
  "symbol",
  "demangled",
  "library",
  "header",
  "referencedFrom",
  "providedBy",
  "object",
  "archive"
];
var severityRank = { error: 0, warning: 1, notice: 2 };
function compareSeverity(a, b) {
  return severityRank[a] - severityRank[b];
}
function compareFileOrder(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
function isAtLeast(severity, threshold) {
  return severityRank[severity] <= severityRank[threshold];
}

// src/resolve/tensorflow.ts
import path from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/setup/tf-requirement-files.ts
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function parseRequirement(text, line) {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec(text);
  if (!m) return void 0;
  let rest = m[3];
  let marker;
  let url;
  if (rest.startsWith("@")) {
    const at = /^@\s*(\S+)\s*(?:;\s*(.*))?$/.exec(rest);
    url = at?.[1];
    marker = at?.[2]?.trim() || void 0;
    rest = "";
  } else {
    const semi = rest.indexOf(";");
    if (semi >= 0) {
      marker = rest.slice(semi + 1).trim() || void 0;
      rest = rest.slice(0, semi);
    }
  }
  const specifier = rest.trim().replace(/^\((.*)\)$/, "$1").replace(/\s+/g, "");
  if (specifier !== "" && !/^(===|==|~=|!=|<=|>=|<|>)/.test(specifier)) return void 0;
  const extras = (m[2] ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  return { name: normalizeName(m[1]), extras, specifier, marker, url, line, text: text.trim() };
}
function parseRequirementsTxt(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    let logical = lines[i];
    while (/\\$/.test(logical) && i + 1 < lines.length) logical = logical.slice(0, -1) + " " + lines[++i];
    const body = logical.replace(/(^|\s)#.*$/, "").replace(/\s--?[A-Za-z].*$/, "").trim();
    if (body === "" || body.startsWith("-")) continue;
    const req = parseRequirement(body, first);
    if (req) out.push(req);
  }
  return out;
}
function parseSetupCfg(text) {
  const main = [];
  const extras = [];
  let section = "";
  let collecting;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      section = header[1].trim().toLowerCase();
      collecting = void 0;
      return;
    }
    if (/^\s*[#;]/.test(raw) || raw.trim() === "") return;
    const keyLine = /^(\S[^=:]*?)\s*[=:]\s*(.*)$/.exec(raw);
    let value;
    if (keyLine && !/^\s/.test(raw)) {
      const key = keyLine[1].toLowerCase().replace(/-/g, "_");
      collecting = section === "options" && key === "install_requires" ? main : section === "options.extras_require" ? extras : void 0;
      value = keyLine[2];
    } else {
      value = raw;
    }
    if (!collecting) return;
    const body = value.replace(/(^|\s)#.*$/, "").trim();
    if (body === "") return;
    const req = parseRequirement(body, index + 1);
    if (req) collecting.push(req);
  });
  return [...main, ...extras];
}
function lineWhere(lines, test, from = 0) {
  for (let i = from; i < lines.length; i++) if (test(lines[i])) return i + 1;
  return from > 0 ? lineWhere(lines, test) : 0;
}
function holdsString(value) {
  const plain = value.split(/["\\]/)[0];
  return (line) => line.includes(`"${plain}`) || line.includes(`'${plain}`);
}
var asRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
function parsePyproject(text, fileName = "pyproject.toml") {
  let doc;
  try {
    doc = parse(text);
  } catch (error) {
    throw new InputError("tensorflow-version-file", `${fileName} is not valid TOML: ${error.message.split("\n")[0]}`);
  }
  const lines = text.split(/\r?\n/);
  const out = [];
  let cursor = 0;
  const fromArray = (value) => {
    if (!Array.isArray(value)) return;
    for (const item of value) {
      if (typeof item !== "string") continue;
      const line = lineWhere(lines, holdsString(item), cursor);
      cursor = Math.max(line - 1, 0);
      const req = parseRequirement(item, line);
      if (req) out.push(req);
    }
  };
  const project = asRecord(doc.project);
  fromArray(project?.dependencies);
  for (const group of Object.values(asRecord(project?.["optional-dependencies"]) ?? {})) fromArray(group);
  const poetry = asRecord(asRecord(doc.tool)?.poetry);
  const tables = [
    poetry?.dependencies,
    poetry?.["dev-dependencies"],
    ...Object.values(asRecord(poetry?.group) ?? {}).map((g) => asRecord(g)?.dependencies)
  ];
  for (const [name, value] of tables.flatMap((t) => Object.entries(asRecord(t) ?? {}))) {
    if (normalizeName(name) === "python") continue;
    const table = Array.isArray(value) ? value.find((v) => asRecord(v)) : value;
    const version = typeof table === "string" ? table : asRecord(table)?.version;
    if (typeof version !== "string") continue;
    const key = new RegExp(`(^\\s*|[.\\[])["']?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*[=\\]]`);
    const keyLine = lineWhere(lines, (l) => key.test(l));
    out.push({
      name: normalizeName(name),
      extras: [],
      specifier: version.trim() === "*" ? "" : version.trim(),
      line: lineWhere(lines, holdsString(version), Math.max(keyLine - 1, 0)),
      text: `${name} = "${version}"`
    });
  }
  return out;
}
var PY_TOKEN = /[rRuUbB]{0,2}("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|#[^\n]*|[[\](){}]/g;
function stringsInBracket(text, from) {
  const out = [];
  let depth = 1;
  PY_TOKEN.lastIndex = from;
  for (let m = PY_TOKEN.exec(text); m && depth > 0; m = PY_TOKEN.exec(text)) {
    const token = m[0];
    if (token.startsWith("#")) continue;
    if ("[({".includes(token)) depth++;
    else if ("])}".includes(token)) depth--;
    else if (!/^\s*:/.test(text.slice(PY_TOKEN.lastIndex))) out.push({ value: m[1].slice(1, -1), at: m.index });
  }
  return out;
}
function parseSetupPy(text) {
  const out = [];
  for (const key of ["install_requires", "extras_require"]) {
    const start = new RegExp(`\\b${key}\\s*=\\s*[[{(]`).exec(text);
    if (!start) continue;
    for (const { value, at } of stringsInBracket(text, start.index + start[0].length)) {
      const req = parseRequirement(value, text.slice(0, at).split("\n").length);
      if (req) out.push(req);
    }
  }
  return out;
}
function parseVersionFile(fileName, text) {
  const base = fileName.split(/[\\/]/).pop().toLowerCase();
  if (base === "pyproject.toml") return parsePyproject(text, fileName);
  if (base === "setup.cfg") return parseSetupCfg(text);
  if (base === "setup.py") return parseSetupPy(text);
  return parseRequirementsTxt(text);
}

// src/resolve/tensorflow.ts
var PROBE_SCRIPT = `
import importlib.machinery, importlib.util, json, os, platform, sys, sysconfig
out = {"executable": sys.executable, "pythonVersion": platform.python_version(), "libc": list(platform.libc_ver())}
# The names an extension module leaves to the interpreter are in its binary, or in the
# libpython it NEEDs (a shared build); a venv's python is a link to the base one.
binary = os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable)
libpython = os.path.join(sysconfig.get_config_var("LIBDIR") or "", sysconfig.get_config_var("INSTSONAME") or "")
shared = sysconfig.get_config_var("Py_ENABLE_SHARED") and os.path.isfile(libpython)
out["python"] = {"include": sysconfig.get_paths()["include"], "extensionSuffixes": importlib.machinery.EXTENSION_SUFFIXES,
                 "files": [binary] + ([os.path.realpath(libpython)] if shared else [])}
spec = importlib.util.find_spec("tensorflow")
locations = list(spec.submodule_search_locations or []) if spec else []
if not locations:
    out["error"] = "no-tensorflow"
else:
    tf_dir = next((d for d in locations if os.path.isdir(os.path.join(d, "include"))), locations[0])
    out["dir"] = tf_dir
    import importlib.metadata as md
    names = []
    try:
        names = list(md.packages_distributions().get("tensorflow", []))
    except Exception:
        pass
    for name in names + ["tensorflow-cpu", "tensorflow", "tensorflow-intel", "tensorflow-macos", "tf-nightly", "tf-nightly-cpu"]:
        try:
            out["version"] = md.version(name)
            out["distribution"] = name
            break
        except Exception:
            continue
    out["files"] = sorted(os.listdir(tf_dir))
print(json.dumps(out))
`;
var LIBRARY_FILE = /^libtensorflow(_framework|_cc)?(\.so(\.\d+)*|\.\d+\.dylib|\.dylib)$/;
var TENSORFLOW_LIBRARY_NAMES = ["libtensorflow_framework.so.2", "libtensorflow_cc.so.2"];
var BINDINGS_LIBRARY_NAMES = /* @__PURE__ */ new Set(["tensorflow", "tensorflow_framework"]);
var CAPI_STEM = "libtensorflow_cc";
var FRAMEWORK_STEM = "libtensorflow_framework";
function tensorflowLibraries(tfDir) {
  return TENSORFLOW_LIBRARY_NAMES.map((name) => path.join(tfDir, name));
}
function libraryWithStem(libraries, stem) {
  return libraries.find((f) => new RegExp(`^${stem}\\.(so\\.\\d+|\\d+\\.dylib)$`).test(f)) ?? libraries.find((f) => f.startsWith(`${stem}.`));
}
function capiLibrary(tf) {
  return libraryWithStem(tf.libraries, CAPI_STEM);
}
function frameworkLibrary(tf) {
  return libraryWithStem(tf.libraries, FRAMEWORK_STEM);
}
function sysconfigFramework(tf) {
  const major = tf.version.split(".")[0] ?? "2";
  const dylib = `${FRAMEWORK_STEM}.${major}.dylib`;
  return tf.libraries.includes(dylib) ? dylib : `${FRAMEWORK_STEM}.so.${major}`;
}
function linkEntries(tf) {
  const cc = capiLibrary(tf);
  const major = /\.so\.(\d+)$|\.(\d+)\.dylib$/.exec(cc ?? "")?.slice(1).find(Boolean) ?? "2";
  const framework = frameworkLibrary(tf);
  const entries = [];
  const at = (file) => path.join(tf.dir, file);
  if (cc) {
    const mac = cc.endsWith(".dylib");
    entries.push({ name: mac ? "libtensorflow.dylib" : "libtensorflow.so", target: at(cc) });
    entries.push({ name: mac ? `libtensorflow.${major}.dylib` : `libtensorflow.so.${major}`, target: at(cc) });
  }
  if (framework) {
    entries.push({
      name: framework.endsWith(".dylib") ? "libtensorflow_framework.dylib" : "libtensorflow_framework.so",
      target: at(framework)
    });
  }
  return entries;
}
function cxx11AbiFlagFor(version) {
  const [major = 0, minor = 0] = version.split(".").map((part) => parseInt(part, 10));
  return major > 2 || major === 2 && minor >= 9 ? 1 : 0;
}
function installFromProbe(python, probe) {
  if (probe.error === "no-tensorflow" || !probe.dir) {
    throw new InputError(
      "python",
      `${python} (Python ${probe.pythonVersion}) has no TensorFlow: install tensorflow-cpu into it, point 'python' at an interpreter that has it, or set 'tensorflow-version' so the action installs one.`
    );
  }
  if (!probe.version) {
    throw new InputError(
      "python",
      `${python} can import tensorflow from ${probe.dir}, but no installed distribution provides it: reinstall it with pip.`
    );
  }
  const libraries = (probe.files ?? []).filter((f) => LIBRARY_FILE.test(f));
  return {
    python,
    pythonExecutable: probe.executable,
    pythonVersion: probe.pythonVersion,
    version: probe.version,
    // One spelling whatever the wheel's metadata says (tensorflow_cpu, tensorflow-cpu): PEP 503's.
    distribution: normalizeName(probe.distribution ?? "tensorflow"),
    dir: probe.dir,
    includeDir: path.join(probe.dir, "include"),
    libraries,
    cxx11AbiFlag: cxx11AbiFlagFor(probe.version),
    libc: probe.libc && probe.libc[0] ? { name: probe.libc[0], version: probe.libc[1] } : void 0,
    ...probe.python ? { pythonIncludeDir: probe.python.include, extensionSuffixes: probe.python.extensionSuffixes, interpreterFiles: probe.python.files } : {}
  };
}
async function locateTensorFlow(python, env = process.env) {
  const result = await runProcess(python, ["-c", PROBE_SCRIPT], { env, timeoutMs: 6e4 });
  if (result.spawnError) {
    throw new InputError(
      "python",
      `cannot run '${python}' (${result.spawnError.code ?? result.spawnError.message}): give the path or name of a Python interpreter, or use actions/setup-python before this step.`
    );
  }
  const line = result.stdout.trim().split("\n").pop() ?? "";
  let probe;
  try {
    probe = JSON.parse(line);
  } catch {
    throw new InputError(
      "python",
      `'${python}' did not run the TensorFlow probe (exit ${result.exitCode}): ${result.stderr.trim().split("\n").slice(-3).join(" ") || "no output"}. Is it a Python 3 interpreter?`
    );
  }
  return installFromProbe(python, probe);
}

// src/resolve/tf-c-api-history.json
var tf_c_api_history_default = {
  minors: ["2.9", "2.10", "2.11", "2.12", "2.13", "2.14", "2.15", "2.16", "2.17", "2.18", "2.19", "2.20", "2.21"],
  architectures: {
    x86_64: {
      releases: {
        "2.9": {
          package: "tensorflow-cpu",
          version: "2.9.3",
          wheel: "tensorflow_cpu-2.9.3-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20211102",
          cxx11Abi: 1,
          libraries: ["libtensorflow_framework.so.2", "python/_pywrap_tensorflow_internal.so"]
        },
        "2.10": {
          package: "tensorflow-cpu",
          version: "2.10.1",
          wheel: "tensorflow_cpu-2.10.1-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20220623",
          cxx11Abi: 1,
          libraries: ["libtensorflow_framework.so.2", "python/_pywrap_tensorflow_internal.so"]
        },
        "2.11": {
          package: "tensorflow-cpu",
          version: "2.11.1",
          wheel: "tensorflow_cpu-2.11.1-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20220623",
          cxx11Abi: 1,
          libraries: ["libtensorflow_framework.so.2", "python/_pywrap_tensorflow_internal.so"]
        },
        "2.12": {
          package: "tensorflow-cpu",
          version: "2.12.1",
          wheel: "tensorflow_cpu-2.12.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20220623",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.13": {
          package: "tensorflow-cpu",
          version: "2.13.1",
          wheel: "tensorflow_cpu-2.13.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20230125",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.14": {
          package: "tensorflow-cpu",
          version: "2.14.1",
          wheel: "tensorflow_cpu-2.14.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20230125",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.15": {
          package: "tensorflow-cpu",
          version: "2.15.1",
          wheel: "tensorflow_cpu-2.15.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20230125",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.16": {
          package: "tensorflow-cpu",
          version: "2.16.2",
          wheel: "tensorflow_cpu-2.16.2-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20230802",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.17": {
          package: "tensorflow-cpu",
          version: "2.17.1",
          wheel: "tensorflow_cpu-2.17.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20230802",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.18": {
          package: "tensorflow-cpu",
          version: "2.18.1",
          wheel: "tensorflow_cpu-2.18.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20230802",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.19": {
          package: "tensorflow-cpu",
          version: "2.19.1",
          wheel: "tensorflow_cpu-2.19.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20230802",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.20": {
          package: "tensorflow-cpu",
          version: "2.20.0",
          wheel: "tensorflow_cpu-2.20.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          platformTag: "manylinux_2_17_x86_64.manylinux2014_x86_64",
          glibcFloor: "2.17",
          abseil: "lts_20250127",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2", "lite/python/libpywrap_tflite_common.so"]
        },
        "2.21": {
          package: "tensorflow-cpu",
          version: "2.21.0",
          wheel: "tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl",
          platformTag: "manylinux_2_27_x86_64",
          glibcFloor: "2.27",
          abseil: "lts_20250814",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        }
      },
      names: {
        TFE_AbortCollectiveOps: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_AllocateHostTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_CancellationManagerDeregisterCallback: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CancellationManagerGetToken: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CancellationManagerIsCancelled: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_CancellationManagerIsCancelling: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CancellationManagerRegisterCallback: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CancellationManagerStartCancel: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_CancellationManagerTryDeregisterCallback: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CollectiveOpsCheckPeerHealth: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextAddFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextAddFunctionDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextAsyncWait: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextCheckAlive: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextClearCaches: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextDisableGraphCollection: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextDisableRunMetadata: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextEnableGraphCollection: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextEnableRunMetadata: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextEndStep: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextExportRunMetadata: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextGetDevicePlacementPolicy: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_ContextGetExecutorForThread: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextGetFunction: { "libtensorflow_cc.so.2": "2.13-2.21" },
        TFE_ContextGetFunctionDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextGetGraphDebugInfo: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TFE_ContextHasFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextListDevices: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextOptionsSetAsync: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextOptionsSetConfig: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextOptionsSetDevicePlacementPolicy: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_ContextOptionsSetTfrt: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextOptionsSetTfrtDistributedRuntime: { "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextRemoveFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetExecutorForThread: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetJitCompileRewrite: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetLogDevicePlacement: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetRunEagerOpAsFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetServerDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetServerDefWithTimeout: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TFE_ContextSetServerDefWithTimeoutAndRetries: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_ContextSetSoftDevicePlacement: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetThreadLocalDevicePlacementPolicy: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_ContextStartStep: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextUpdateServerDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextUpdateServerDefWithTimeout: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TFE_CreatePackedTensorHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteCancellationManager: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteConfigKeyValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteContextOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteExecutor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteTensorDebugInfo: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteTensorHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_EnableCollectiveOps: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_Execute: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ExecutorClearError: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ExecutorIsAsync: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ExecutorWaitForAllPendingNodes: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetConfigKeyValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetContextId: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetExecutedOpNames: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetServerDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetTaskStates: { "libtensorflow_cc.so.2": "2.12-2.21" },
        TFE_HostAddressSpace: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_InferShapes: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_InitializeLocalOnlyContext: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TFE_InsertConfigKeyValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_IsCustomDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.11" },
        TFE_MonitoringBoolGaugeCellSet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringBoolGaugeCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringCounterCellIncrementBy: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_MonitoringCounterCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteBoolGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteBoolGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteBoolGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteBuckets: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteCounter0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteCounter1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteCounter2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteIntGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteIntGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteIntGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteSampler0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteSampler1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteSampler2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge3: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge4: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellBoolGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellBoolGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellBoolGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellCounter0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellCounter1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellCounter2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellIntGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellIntGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellIntGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellSampler0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellSampler1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellSampler2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge3: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge4: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringIntGaugeCellSet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringIntGaugeCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewBoolGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewBoolGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewBoolGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewCounter0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewCounter1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewCounter2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewExponentialBuckets: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_MonitoringNewIntGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewIntGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewIntGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewSampler0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewSampler1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewSampler2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge3: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge4: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringSamplerCellAdd: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringSamplerCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringStringGaugeCellSet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringStringGaugeCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewCancellationManager: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewContextOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewCustomDeviceTensorHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewExecutor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewTensorHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewTensorHandleFromDeviceMemory: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_NewTensorHandleFromScalar: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewTensorHandleFromTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpAddAttrs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpAddInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpAddInputList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpAttrsSerialize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetAttrs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetFlatInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetFlatInputCount: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetInputLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetOutputLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpNameGetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpReset: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrBool: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrBoolList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFloat: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFloatList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFunctionList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFunctionName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrInt: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrIntList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrShapeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrStringList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetCancellationManager: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_RegisterCustomDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ReportErrorToCluster: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_SetLogicalCpuDevices: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorDebugInfoOnDeviceDim: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorDebugInfoOnDeviceNumDims: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleBackingDeviceName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleCopySharingTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleCopyToDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDataType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDeviceID: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDeviceMemorySize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDeviceName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDevicePointer: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDeviceType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDim: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleGetStatus: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleNumDims: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleNumElements: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleResolve: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleTensorDebugInfo: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_WaitAtBarrier: { "libtensorflow_cc.so.2": "2.12-2.21" },
        TF_AbortWhile: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AbstractOpSetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AbstractOpSetOpName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AbstractOpSetOpType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AbstractTensorGetEagerTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AcquireFlexDelegate: { "libtensorflow_cc.so.2": "2.12-2.18", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddControlInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddFunctionParameter: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddGradients: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddGradientsWithPrefix: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddInputList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddNVariant: { "libtensorflow_framework.so.2": "2.10-2.18" },
        TF_AddOperationControlInput: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_AddWhileInputHack: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_AllocateOutput: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_AllocateTemp: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_AllocateTempForVariableInfo: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_AllocateTensor: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ApiDefMapGet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ApiDefMapPut: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AppendWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_AssignRefVariable: { "libtensorflow_framework.so.2": "2.10-2.18" },
        TF_AssignUpdateVariable: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_AssignVariable: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_AttrBuilderCheckCanRunOnDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AttrBuilderSetType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AttrBuilderSetTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CheckpointReaderGetTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CheckpointReaderGetVariable: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CheckpointReaderGetVariableDataType: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_CheckpointReaderGetVariableNumDims: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_CheckpointReaderGetVariableShape: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_CheckpointReaderHasTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CheckpointReaderSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ClearAttr: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_CloseDeprecatedSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CloseSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CloseWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ColocateWith: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CoordinationServiceDeleteKeyValue: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_CoordinationServiceGetKeyValue: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_CoordinationServiceGetKeyValueWithTimeout: { "libtensorflow_cc.so.2": "2.16-2.18" },
        TF_CoordinationServiceInsertKeyValue: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_CoordinationServiceIsInitialized: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_CoordinationServiceTryGetKeyValue: { "libtensorflow_cc.so.2": "2.16-2.18" },
        TF_CreateAbstractTensorFromEagerTensor: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_CreateAndSetPjRtCApiClient: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_CreateConfig: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CreateDir: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_CreateFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CreatePjRtBuffer: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_CreatePluginResource: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_CreateRunOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CreateVariableInfoFromContext: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_DVLog: { "libtensorflow_framework.so.2": "2.9-2.20", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DataTypeSize: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DecNumDeferredOps: { "libtensorflow_framework.so.2": "2.15-2.21" },
        TF_DefaultThreadOptions: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteAbstractFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteAbstractOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteAbstractTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteApiDefMap: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteAttrBuilder: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteBuffer: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DeleteCheckpointReader: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteDeprecatedSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteDeviceList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteDimensionHandle: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteDir: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteExecutionContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteFunctionLibraryDefinition: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteGraph: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteGraphProperties: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteImportGraphDefOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteImportGraphDefResults: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteKernelBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteLibraryHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteOpDefinitionBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteOutputList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeletePRunHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeletePluggableDeviceLibraryHandle: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DeleteRecursively: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteServer: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteSessionOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteShapeAndTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteShapeAndTypeListArray: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteShapeHandle: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteStatus: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DeleteTensor: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DeleteVariableInfo: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_DeprecatedSessionListDevices: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DequeueNamedTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DestroyTemporaryVariable: { "libtensorflow_framework.so.2": "2.15-2.18" },
        TF_DeviceListCount: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeviceListIncarnation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeviceListMemoryBytes: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeviceListName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeviceListType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_Dim: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DimensionHandleValue: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DimensionHandleValueKnown: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_EnableXLACompilation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_EnqueueNamedTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ExecuteOperation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ExecutionContextGetTFEContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ExecutionContextRegisterFunction: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ExpectedOutputDataType: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ExtendGraph: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ExtendSession: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_FileStat: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_FinalizeFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FinishOperation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FinishOperationLocked: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FinishWhile: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FinishWhileHelper: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FlushWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ForEachPayload: { "libtensorflow_cc.so.2": "2.14-2.18", "libtensorflow_framework.so.2": "2.14-2.21" },
        TF_ForwardInputOrAllocateOutput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_FunctionDebugString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionGetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionImportFunctionDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionSetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionToFunctionDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetAllOpList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetAllRegisteredKernels: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetBuffer: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_GetChildren: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetCode: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_GetCoordinationServiceAgent: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_GetDevice: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_GetDeviceId: { "libtensorflow_framework.so.2": "2.12-2.21" },
        TF_GetDeviceName: { "libtensorflow_framework.so.2": "2.16-2.21" },
        TF_GetFetchNodesList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetFetchNodesListSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetFrameId: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetGraphDefVersion: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetHandleShapeAndType: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_GetInput: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetInputByName: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_GetInputPropertiesList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetInputPropertiesListSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetInputTensorFromVariable: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_GetIterId: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetLocalTempDirectories: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetMutableOutput: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetNodesToPreserveList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetNodesToPreserveListSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetNumberAttrForOpListInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetOpKernelName: { "libtensorflow_framework.so.2": "2.10-2.21", "python/_pywrap_tensorflow_internal.so": "2.10" },
        TF_GetOpKernelRequestedInput: { "libtensorflow_framework.so.2": "2.10-2.21", "python/_pywrap_tensorflow_internal.so": "2.10" },
        TF_GetOpList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetOutputPropertiesList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetOutputPropertiesListSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetPjRtCBuffer: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_GetPjRtCClient: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_GetRegisteredKernelsForOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetRendezvous: { "libtensorflow_framework.so.2": "2.16-2.21" },
        TF_GetResourceMgrDefaultContainerName: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetSerializedConfigProto: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetSerializedFunctionDefLibrary: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetSerializedResourceHandleProto: { "libtensorflow_framework.so.2": "2.12-2.21" },
        TF_GetStepId: { "libtensorflow_framework.so.2": "2.12-2.21" },
        TF_GetStream: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetSymbolFromLibrary: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetTempFileName: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetTensorFromVariableInfo: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_GetXlaAutoJitEnabled: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetXlaConstantFoldingDisabled: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphCopyFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphDebugString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphGetFunctions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphGetOpDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphGetTensorNumDims: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphGetTensorShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphImportGraphDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphImportGraphDefWithResults: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphImportGraphDefWithResultsNoSerialization: { "libtensorflow_cc.so.2": "2.16-2.21" },
        TF_GraphImportGraphDefWithReturnOutputs: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_GraphNextOperation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphNumFunctions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphOperationByName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphRemoveFunction: { "libtensorflow_cc.so.2": "2.12-2.21" },
        TF_GraphSetTensorShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphToFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphToFunctionWithControlOutputs: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_GraphToGraphDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphVersions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ImportGraphDefOptionsAddControlDependency: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsAddInputMapping: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsAddReturnOperation: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsAddReturnOutput: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsNumReturnOperations: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsNumReturnOutputs: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsRemapControlDependency: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsSetDefaultDevice: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsSetPrefix: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ImportGraphDefOptionsSetUniquifyNames: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsSetUniquifyPrefix: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsSetValidateColocationConstraints: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefResultsMissingUnusedInputMappings: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefResultsReturnOperations: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefResultsReturnOutputs: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_IncNumDeferredOps: { "libtensorflow_framework.so.2": "2.15-2.21" },
        TF_InferStatically: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_InitMain: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_InputDatatype: { "libtensorflow_framework.so.2": "2.12-2.21" },
        TF_InputRange: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_IsHostMemoryInput: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_IsHostMemoryOutput: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_IsRefInput: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_JoinThread: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_KernelBuilder_HostMemory: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_KernelBuilder_Label: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_KernelBuilder_Priority: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_KernelBuilder_TypeConstraint: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_LoadLibrary: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_LoadPluggableDeviceLibrary: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_LoadSessionFromSavedModel: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_LoadSharedLibrary: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_LockVariableInfos: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_Log: { "libtensorflow_framework.so.2": "2.9-2.20", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_LookUpOpDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_LookupOrCreatePluginResource: { "libtensorflow_cc.so.2": "2.13-2.18" },
        TF_MakeInternalErrorStatus: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_MaybeLockVariableInputMutexesInOrder: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_Message: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewAbstractOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewApiDefMap: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewAsyncKernelBuilder: { "libtensorflow_framework.so.2": "2.13-2.21" },
        TF_NewAttrBuilder: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewBuffer: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewBufferFromString: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewCheckpointReader: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewDeprecatedSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewDimensionHandle: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NewEagerExecutionContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewFunctionLibraryDefinition: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewGraph: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewGraphProperties: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewImportGraphDefOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewKernelBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NewOpDefinitionBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NewOperation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewOperationLocked: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewOutputList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewServer: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewSessionOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewShapeAndTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewShapeHandle: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NewStatus: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewTensor: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewWhile: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NowMicros: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NowNanos: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NowSeconds: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NumDims: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NumInputs: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NumOutputs: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_OpDefinitionBuilderAddAttr: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderAddInput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderAddOutput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderDeprecated: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetAllowsUninitializedInput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetIsAggregate: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetIsCommutative: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetIsStateful: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetShapeInferenceFunction: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpIsStateful: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OpKernelConstruction_Failure: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrBool: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrBoolList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrFloat: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrFloatList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrFunction: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_OpKernelConstruction_GetAttrInt32: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrInt32List: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrInt64: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrInt64List: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrSize: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrString: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrStringList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrTensor: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrTensorList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrTensorShape: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_OpKernelConstruction_GetAttrType: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrTypeList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetName: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetNodeDef: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_OpKernelConstruction_HasAttr: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelContext_Failure: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_OpKernelContext_ForwardRefInputToRefOutput: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_OperationAllInputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrBool: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrBoolList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrFloat: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrFloatList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrInt: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrIntList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrMetadata: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrNameLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrShapeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrStringList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrTensorList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrTensorShapeProto: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_OperationGetAttrTensorShapeProtoList: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_OperationGetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetControlInputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetControlOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetNumAttrs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationInputListLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationInputType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationNumControlInputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationNumControlOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationNumInputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationNumOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOpType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOutputConsumers: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOutputListLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOutputNumConsumers: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOutputType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationToNodeDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OutputListGet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OutputListNumOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OutputListPushBack: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OutputListSetNumOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_PRun: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_PRunSetup: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_PickUnusedPortOrDie: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_RegisterFilesystemPlugin: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_RegisterKernelBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_RegisterKernelBuilderWithKernelDef: {
          "libtensorflow_framework.so.2": "2.10-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.10"
        },
        TF_RegisterLogListener: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_RegisterOpDefinition: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ReleaseVariableInputLockHolder: { "libtensorflow_framework.so.2": "2.9-2.18" },
        TF_RemoveAllControlInputs: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_Reset: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ResetPjRtCClient: { "libtensorflow_cc.so.2": "2.15-2.18" },
        TF_Run: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_RunAsyncOpKernelDoneCallback: { "libtensorflow_framework.so.2": "2.13-2.21" },
        TF_ServerJoin: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ServerStart: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ServerStop: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ServerTarget: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SessionListDevices: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SessionPRun: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SessionPRunSetup: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SessionRun: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttr: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetAttrBool: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrBoolList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrFloat: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrFloatList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrFuncName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrInt: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrIntList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrPlaceholder: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrShapeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrStringList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTensorList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTensorShapeProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTensorShapeProtoList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetConfig: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetFullType: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetHandleShapeAndType: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetOutput: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_SetPayload: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_SetRequestedDevice: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetRequireShapeInferenceFns: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetShape: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.11"
        },
        TF_SetStatus: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_SetStatusFromIOError: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_SetTarget: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetTfXlaCpuGlobalJit: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetTracingImplementation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetXlaAutoJitMode: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetXlaConstantFoldingDisabled: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetXlaEnableLazyCompilation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetXlaMinClusterSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ShapeAndTypeListSetDtype: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ShapeAndTypeListSetShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ShapeAndTypeListSetUnknownShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ShapeInferenceContextConcatenateShapes: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextDim: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ShapeInferenceContextGetInput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextNumInputs: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextRank: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ShapeInferenceContextRankKnown: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextScalar: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextSetOutput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextSetUnknownShape: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextSubshape: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextVectorFromSize: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextWithRank: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextWithRankAtLeast: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextWithRankAtMost: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContext_GetAttrType: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_StartThread: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_StepId: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_StringAssignView: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringCopy: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringDealloc: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringGetCapacity: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringGetDataPointer: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringGetSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringGetType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringInit: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringStreamDone: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_StringStreamNext: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_SyncWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_TemporaryVariable: { "libtensorflow_framework.so.2": "2.15-2.18" },
        TF_TensorBitcastFrom: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorByteSize: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorData: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorDefaultAlignment: { "libtensorflow_cc.so.2": "2.17-2.18", "libtensorflow_framework.so.2": "2.17-2.21" },
        TF_TensorElementCount: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorFromProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_TensorIsAligned: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorMaybeMove: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorType: {
          "libtensorflow_cc.so.2": "2.12-2.18",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TryEvaluateConstant: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_UpdateEdge: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_VLog: { "libtensorflow_framework.so.2": "2.9-2.20", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_Version: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ZerosLikeVariant: { "libtensorflow_framework.so.2": "2.10-2.18" },
        TfLiteBackendBufferCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteBackendBufferDelete: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteBackendBufferGetPtr: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteBackendBufferSetPtr: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteDelegateCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteFloatArrayCopy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteFloatArrayCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteFloatArrayFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteFloatArrayGetSizeInBytes: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayCopy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayEqual: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayEqualsArray: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayGetSizeInBytes: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteKernelInitFailed: { "libtensorflow_cc.so.2": "2.20-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteQuantizationFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSparsityFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSynchronizationCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSynchronizationDelete: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSynchronizationGetPtr: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSynchronizationSetPtr: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTelemetryConversionMetadataGetModelOptimizationModes: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryConversionMetadataGetNumModelOptimizationModes: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryGpuDelegateSettingsGetBackend: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryGpuDelegateSettingsGetNumNodesDelegated: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryInterpreterSettingsGetConversionMetadata: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryInterpreterSettingsGetNumSubgraphInfo: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryInterpreterSettingsGetSubgraphInfo: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetrySubgraphInfoGetNumQuantizations: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetrySubgraphInfoGetQuantizations: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTensorClone: { "libtensorflow_cc.so.2": "2.20-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorCopy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorDataFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetAllocationStrategy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetBufferAddressStability: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetDataKnownStep: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetDataStability: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetDimsSignature: { "libtensorflow_cc.so.2": "2.20-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetShapeKnownStep: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorRealloc: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorReset: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorResizeMaybeCopy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTypeGetName: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateCanUseInMemoryWeightCacheProvider: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateCreate: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateCreateWithThreadpool: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateDelete: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateGetFlags: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateGetOptions: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateGetThreadPool: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateInMemoryFilePath: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateOptionsDefault: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateWeightsCacheCreate: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateWeightsCacheCreateWithSize: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateWeightsCacheDelete: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateWeightsCacheFinalizeHard: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateWeightsCacheFinalizeSoft: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        }
      },
      headers: {
        "tensorflow/c/c_api.h": "2.9-2.21",
        "tensorflow/c/c_api_experimental.h": "2.9-2.21",
        "tensorflow/c/c_api_internal.h": "2.9-2.21",
        "tensorflow/c/c_api_macros.h": "2.9-2.21",
        "tensorflow/c/c_api_macros_internal.h": "2.9-2.21",
        "tensorflow/c/conversion_macros.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_context.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_function.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_op_attrs.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_operation.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_tensor_handle.h": "2.9-2.21",
        "tensorflow/c/eager/c_api.h": "2.9-2.21",
        "tensorflow/c/eager/c_api_experimental.h": "2.9-2.21",
        "tensorflow/c/eager/c_api_internal.h": "2.9-2.21",
        "tensorflow/c/eager/c_api_unified_experimental.h": "2.9-2.21",
        "tensorflow/c/eager/c_api_unified_experimental_internal.h": "2.9-2.21",
        "tensorflow/c/eager/dlpack.h": "2.9-2.21",
        "tensorflow/c/eager/graph_function.h": "2.9-2.21",
        "tensorflow/c/eager/immediate_execution_context.h": "2.9-2.21",
        "tensorflow/c/eager/immediate_execution_distributed_manager.h": "2.9-2.21",
        "tensorflow/c/eager/immediate_execution_operation.h": "2.9-2.21",
        "tensorflow/c/eager/immediate_execution_tensor_handle.h": "2.9-2.21",
        "tensorflow/c/eager/tape.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_cancellation_manager_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_context_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_executor_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_monitoring_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_op_attrs_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_op_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_tensor_debug_info_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_tensorhandle_internal.h": "2.9-2.21",
        "tensorflow/c/env.h": "2.9-2.21",
        "tensorflow/c/experimental/filesystem/filesystem_interface.h": "2.9-2.21",
        "tensorflow/c/experimental/filesystem/modular_filesystem.h": "2.9-2.21",
        "tensorflow/c/experimental/filesystem/modular_filesystem_registration.h": "2.9-2.21",
        "tensorflow/c/experimental/grappler/grappler.h": "2.9-2.21",
        "tensorflow/c/experimental/next_pluggable_device/c_api.h": "2.14-2.21",
        "tensorflow/c/experimental/next_pluggable_device/tensor_pjrt_buffer_util.h": "2.14-2.21",
        "tensorflow/c/experimental/pluggable_profiler/pluggable_profiler.h": "2.9-2.21",
        "tensorflow/c/experimental/stream_executor/stream_executor.h": "2.9-2.21",
        "tensorflow/c/experimental/stream_executor/stream_executor_internal.h": "2.9-2.21",
        "tensorflow/c/kernels.h": "2.9-2.21",
        "tensorflow/c/kernels/tensor_shape_utils.h": "2.9-2.21",
        "tensorflow/c/kernels_experimental.h": "2.9-2.21",
        "tensorflow/c/logging.h": "2.9-2.20",
        "tensorflow/c/ops.h": "2.9-2.21",
        "tensorflow/c/safe_ptr.h": "2.13-2.21",
        "tensorflow/c/tensor_interface.h": "2.9-2.21",
        "tensorflow/c/tf_attrtype.h": "2.9-2.21",
        "tensorflow/c/tf_buffer.h": "2.11-2.21",
        "tensorflow/c/tf_buffer_internal.h": "2.11-2.21",
        "tensorflow/c/tf_datatype.h": "2.9-2.21",
        "tensorflow/c/tf_file_statistics.h": "2.9-2.21",
        "tensorflow/c/tf_status.h": "2.9-2.21",
        "tensorflow/c/tf_status_helper.h": "2.9-2.21",
        "tensorflow/c/tf_status_internal.h": "2.9-2.21",
        "tensorflow/c/tf_tensor.h": "2.9-2.21",
        "tensorflow/c/tf_tensor_helper.h": "2.15-2.21",
        "tensorflow/c/tf_tensor_internal.h": "2.9-2.21",
        "tensorflow/c/tf_tstring.h": "2.9-2.21"
      }
    },
    aarch64: {
      releases: {
        "2.9": {
          package: "tensorflow-cpu-aws",
          version: "2.9.1",
          wheel: "tensorflow_cpu_aws-2.9.1-cp310-cp310-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20211102",
          cxx11Abi: 1,
          libraries: ["libtensorflow_framework.so.2", "python/_pywrap_tensorflow_internal.so"]
        },
        "2.10": {
          package: "tensorflow-cpu-aws",
          version: "2.10.1",
          wheel: "tensorflow_cpu_aws-2.10.1-cp310-cp310-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20220623",
          cxx11Abi: 1,
          libraries: ["libtensorflow_framework.so.2", "python/_pywrap_tensorflow_internal.so"]
        },
        "2.11": {
          package: "tensorflow-cpu-aws",
          version: "2.11.0",
          wheel: "tensorflow_cpu_aws-2.11.0-cp310-cp310-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20220623",
          cxx11Abi: 1,
          libraries: ["libtensorflow_framework.so.2", "python/_pywrap_tensorflow_internal.so"]
        },
        "2.12": {
          package: "tensorflow-cpu-aws",
          version: "2.12.1",
          wheel: "tensorflow_cpu_aws-2.12.1-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20220623",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.13": {
          package: "tensorflow-cpu-aws",
          version: "2.13.1",
          wheel: "tensorflow_cpu_aws-2.13.1-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20230125",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.14": {
          package: "tensorflow-cpu-aws",
          version: "2.14.1",
          wheel: "tensorflow_cpu_aws-2.14.1-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20230125",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.15": {
          package: "tensorflow-cpu-aws",
          version: "2.15.1",
          wheel: "tensorflow_cpu_aws-2.15.1-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20230125",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.16": {
          package: "tensorflow",
          version: "2.16.2",
          wheel: "tensorflow-2.16.2-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20230802",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.17": {
          package: "tensorflow",
          version: "2.17.1",
          wheel: "tensorflow-2.17.1-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20230802",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.18": {
          package: "tensorflow",
          version: "2.18.1",
          wheel: "tensorflow-2.18.1-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20230802",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.19": {
          package: "tensorflow",
          version: "2.19.1",
          wheel: "tensorflow-2.19.1-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20230802",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        },
        "2.20": {
          package: "tensorflow",
          version: "2.20.0",
          wheel: "tensorflow-2.20.0-cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64.whl",
          platformTag: "manylinux_2_17_aarch64.manylinux2014_aarch64",
          glibcFloor: "2.17",
          abseil: "lts_20250127",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2", "lite/python/libpywrap_tflite_common.so"]
        },
        "2.21": {
          package: "tensorflow",
          version: "2.21.0",
          wheel: "tensorflow-2.21.0-cp311-cp311-manylinux_2_27_aarch64.whl",
          platformTag: "manylinux_2_27_aarch64",
          glibcFloor: "2.27",
          abseil: "lts_20250814",
          cxx11Abi: 1,
          libraries: ["libtensorflow_cc.so.2", "libtensorflow_framework.so.2"]
        }
      },
      names: {
        TFE_AbortCollectiveOps: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_AllocateHostTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_CancellationManagerDeregisterCallback: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CancellationManagerGetToken: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CancellationManagerIsCancelled: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_CancellationManagerIsCancelling: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CancellationManagerRegisterCallback: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CancellationManagerStartCancel: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_CancellationManagerTryDeregisterCallback: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_CollectiveOpsCheckPeerHealth: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextAddFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextAddFunctionDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextAsyncWait: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextCheckAlive: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextClearCaches: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextDisableGraphCollection: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextDisableRunMetadata: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextEnableGraphCollection: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextEnableRunMetadata: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextEndStep: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextExportRunMetadata: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextGetDevicePlacementPolicy: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_ContextGetExecutorForThread: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextGetFunction: { "libtensorflow_cc.so.2": "2.13-2.21" },
        TFE_ContextGetFunctionDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextGetGraphDebugInfo: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TFE_ContextHasFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextListDevices: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextOptionsSetAsync: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextOptionsSetConfig: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextOptionsSetDevicePlacementPolicy: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_ContextOptionsSetTfrt: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextOptionsSetTfrtDistributedRuntime: { "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextRemoveFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetExecutorForThread: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetJitCompileRewrite: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetLogDevicePlacement: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetRunEagerOpAsFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetServerDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetServerDefWithTimeout: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TFE_ContextSetServerDefWithTimeoutAndRetries: { "libtensorflow_cc.so.2": "2.15-2.21" },
        TFE_ContextSetSoftDevicePlacement: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextSetThreadLocalDevicePlacementPolicy: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_ContextStartStep: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextUpdateServerDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ContextUpdateServerDefWithTimeout: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TFE_CreatePackedTensorHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteCancellationManager: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteConfigKeyValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteContextOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteExecutor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteTensorDebugInfo: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_DeleteTensorHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_EnableCollectiveOps: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_Execute: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ExecutorClearError: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ExecutorIsAsync: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ExecutorWaitForAllPendingNodes: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetConfigKeyValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetContextId: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetExecutedOpNames: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetServerDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_GetTaskStates: { "libtensorflow_cc.so.2": "2.12-2.21" },
        TFE_HostAddressSpace: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_InferShapes: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_InitializeLocalOnlyContext: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TFE_InsertConfigKeyValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_IsCustomDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.11" },
        TFE_MonitoringBoolGaugeCellSet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringBoolGaugeCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringCounterCellIncrementBy: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_MonitoringCounterCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteBoolGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteBoolGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteBoolGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteBuckets: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteCounter0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteCounter1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteCounter2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteIntGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteIntGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteIntGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteSampler0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteSampler1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteSampler2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge3: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringDeleteStringGauge4: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellBoolGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellBoolGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellBoolGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellCounter0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellCounter1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellCounter2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellIntGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellIntGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellIntGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellSampler0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellSampler1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellSampler2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge3: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringGetCellStringGauge4: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringIntGaugeCellSet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringIntGaugeCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewBoolGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewBoolGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewBoolGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewCounter0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewCounter1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewCounter2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewExponentialBuckets: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_MonitoringNewIntGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewIntGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewIntGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewSampler0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewSampler1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewSampler2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge0: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge1: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge2: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge3: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringNewStringGauge4: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringSamplerCellAdd: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringSamplerCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringStringGaugeCellSet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_MonitoringStringGaugeCellValue: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewCancellationManager: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewContextOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewCustomDeviceTensorHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewExecutor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewTensorHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewTensorHandleFromDeviceMemory: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TFE_NewTensorHandleFromScalar: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_NewTensorHandleFromTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpAddAttrs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpAddInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpAddInputList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpAttrsSerialize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetAttrs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetFlatInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetFlatInputCount: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetInputLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpGetOutputLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpNameGetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpReset: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrBool: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrBoolList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFloat: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFloatList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFunctionList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrFunctionName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrInt: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrIntList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrShapeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrStringList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetCancellationManager: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_OpSetDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_RegisterCustomDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_ReportErrorToCluster: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_SetLogicalCpuDevices: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorDebugInfoOnDeviceDim: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorDebugInfoOnDeviceNumDims: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleBackingDeviceName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleCopySharingTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleCopyToDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDataType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDeviceID: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDeviceMemorySize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDeviceName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDevicePointer: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDeviceType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleDim: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleGetStatus: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleNumDims: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleNumElements: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleResolve: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_TensorHandleTensorDebugInfo: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TFE_WaitAtBarrier: { "libtensorflow_cc.so.2": "2.12-2.21" },
        TF_AbortWhile: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AbstractOpSetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AbstractOpSetOpName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AbstractOpSetOpType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AbstractTensorGetEagerTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AcquireFlexDelegate: { "libtensorflow_cc.so.2": "2.12-2.19", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddControlInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddFunctionParameter: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddGradients: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddGradientsWithPrefix: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddInputList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AddNVariant: { "libtensorflow_framework.so.2": "2.10-2.19" },
        TF_AddOperationControlInput: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_AddWhileInputHack: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_AllocateOutput: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_AllocateTemp: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_AllocateTempForVariableInfo: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_AllocateTensor: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ApiDefMapGet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ApiDefMapPut: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AppendWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_AssignRefVariable: { "libtensorflow_framework.so.2": "2.10-2.19" },
        TF_AssignUpdateVariable: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_AssignVariable: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_AttrBuilderCheckCanRunOnDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AttrBuilderSetType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_AttrBuilderSetTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CheckpointReaderGetTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CheckpointReaderGetVariable: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CheckpointReaderGetVariableDataType: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_CheckpointReaderGetVariableNumDims: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_CheckpointReaderGetVariableShape: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_CheckpointReaderHasTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CheckpointReaderSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ClearAttr: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_CloseDeprecatedSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CloseSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CloseWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ColocateWith: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CoordinationServiceDeleteKeyValue: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_CoordinationServiceGetKeyValue: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_CoordinationServiceGetKeyValueWithTimeout: { "libtensorflow_cc.so.2": "2.16-2.19" },
        TF_CoordinationServiceInsertKeyValue: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_CoordinationServiceIsInitialized: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_CoordinationServiceTryGetKeyValue: { "libtensorflow_cc.so.2": "2.16-2.19" },
        TF_CreateAbstractTensorFromEagerTensor: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_CreateAndSetPjRtCApiClient: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_CreateConfig: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CreateDir: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_CreateFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CreatePjRtBuffer: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_CreatePluginResource: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_CreateRunOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_CreateVariableInfoFromContext: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_DVLog: { "libtensorflow_framework.so.2": "2.9-2.20", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DataTypeSize: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DecNumDeferredOps: { "libtensorflow_framework.so.2": "2.15-2.21" },
        TF_DefaultThreadOptions: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteAbstractFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteAbstractOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteAbstractTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteApiDefMap: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteAttrBuilder: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteBuffer: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DeleteCheckpointReader: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteDeprecatedSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteDeviceList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteDimensionHandle: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteDir: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteExecutionContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteFunctionLibraryDefinition: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteGraph: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteGraphProperties: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteImportGraphDefOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteImportGraphDefResults: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteKernelBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteLibraryHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteOpDefinitionBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteOutputList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeletePRunHandle: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeletePluggableDeviceLibraryHandle: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DeleteRecursively: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteServer: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteSessionOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteShapeAndTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteShapeAndTypeListArray: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeleteShapeHandle: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DeleteStatus: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DeleteTensor: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DeleteVariableInfo: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_DeprecatedSessionListDevices: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DequeueNamedTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DestroyTemporaryVariable: { "libtensorflow_framework.so.2": "2.15-2.19" },
        TF_DeviceListCount: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeviceListIncarnation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeviceListMemoryBytes: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeviceListName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_DeviceListType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_Dim: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_DimensionHandleValue: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_DimensionHandleValueKnown: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_EnableXLACompilation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_EnqueueNamedTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ExecuteOperation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ExecutionContextGetTFEContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ExecutionContextRegisterFunction: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ExpectedOutputDataType: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ExtendGraph: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ExtendSession: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_FileStat: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_FinalizeFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FinishOperation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FinishOperationLocked: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FinishWhile: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FinishWhileHelper: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FlushWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ForEachPayload: { "libtensorflow_cc.so.2": "2.14-2.19", "libtensorflow_framework.so.2": "2.14-2.21" },
        TF_ForwardInputOrAllocateOutput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_FunctionDebugString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionGetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionImportFunctionDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionSetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_FunctionToFunctionDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetAllOpList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetAllRegisteredKernels: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetBuffer: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_GetChildren: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetCode: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_GetCoordinationServiceAgent: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_GetDevice: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_GetDeviceId: { "libtensorflow_framework.so.2": "2.12-2.21" },
        TF_GetDeviceName: { "libtensorflow_framework.so.2": "2.16-2.21" },
        TF_GetFetchNodesList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetFetchNodesListSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetFrameId: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetGraphDefVersion: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetHandleShapeAndType: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_GetInput: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetInputByName: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_GetInputPropertiesList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetInputPropertiesListSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetInputTensorFromVariable: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_GetIterId: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetLocalTempDirectories: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetMutableOutput: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetNodesToPreserveList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetNodesToPreserveListSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetNumberAttrForOpListInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetOpKernelName: { "libtensorflow_framework.so.2": "2.10-2.21", "python/_pywrap_tensorflow_internal.so": "2.10" },
        TF_GetOpKernelRequestedInput: { "libtensorflow_framework.so.2": "2.10-2.21", "python/_pywrap_tensorflow_internal.so": "2.10" },
        TF_GetOpList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetOutputPropertiesList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetOutputPropertiesListSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetPjRtCBuffer: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_GetPjRtCClient: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_GetRegisteredKernelsForOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetRendezvous: { "libtensorflow_framework.so.2": "2.16-2.21" },
        TF_GetResourceMgrDefaultContainerName: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetSerializedConfigProto: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetSerializedFunctionDefLibrary: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_GetSerializedResourceHandleProto: { "libtensorflow_framework.so.2": "2.12-2.21" },
        TF_GetStepId: { "libtensorflow_framework.so.2": "2.12-2.21" },
        TF_GetStream: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetSymbolFromLibrary: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetTempFileName: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_GetTensorFromVariableInfo: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_GetXlaAutoJitEnabled: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GetXlaConstantFoldingDisabled: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphCopyFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphDebugString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphGetFunctions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphGetOpDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphGetTensorNumDims: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphGetTensorShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphImportGraphDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphImportGraphDefWithResults: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphImportGraphDefWithResultsNoSerialization: { "libtensorflow_cc.so.2": "2.16-2.21" },
        TF_GraphImportGraphDefWithReturnOutputs: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_GraphNextOperation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphNumFunctions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphOperationByName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphRemoveFunction: { "libtensorflow_cc.so.2": "2.12-2.21" },
        TF_GraphSetTensorShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphToFunction: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphToFunctionWithControlOutputs: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_GraphToGraphDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_GraphVersions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ImportGraphDefOptionsAddControlDependency: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsAddInputMapping: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsAddReturnOperation: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsAddReturnOutput: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsNumReturnOperations: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsNumReturnOutputs: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsRemapControlDependency: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsSetDefaultDevice: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsSetPrefix: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ImportGraphDefOptionsSetUniquifyNames: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsSetUniquifyPrefix: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefOptionsSetValidateColocationConstraints: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefResultsMissingUnusedInputMappings: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefResultsReturnOperations: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_ImportGraphDefResultsReturnOutputs: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_IncNumDeferredOps: { "libtensorflow_framework.so.2": "2.15-2.21" },
        TF_InferStatically: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_InitMain: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_InputDatatype: { "libtensorflow_framework.so.2": "2.12-2.21" },
        TF_InputRange: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_IsHostMemoryInput: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_IsHostMemoryOutput: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_IsRefInput: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_JoinThread: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_KernelBuilder_HostMemory: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_KernelBuilder_Label: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_KernelBuilder_Priority: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_KernelBuilder_TypeConstraint: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_LoadLibrary: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_LoadPluggableDeviceLibrary: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_LoadSessionFromSavedModel: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_LoadSharedLibrary: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_LockVariableInfos: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_Log: { "libtensorflow_framework.so.2": "2.9-2.20", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_LookUpOpDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_LookupOrCreatePluginResource: { "libtensorflow_cc.so.2": "2.13-2.19" },
        TF_MakeInternalErrorStatus: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_MaybeLockVariableInputMutexesInOrder: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_Message: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewAbstractOp: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewApiDefMap: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewAsyncKernelBuilder: { "libtensorflow_framework.so.2": "2.13-2.21" },
        TF_NewAttrBuilder: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewBuffer: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewBufferFromString: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewCheckpointReader: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewDeprecatedSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewDimensionHandle: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NewEagerExecutionContext: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewFunctionLibraryDefinition: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewGraph: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewGraphProperties: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewImportGraphDefOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewKernelBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NewOpDefinitionBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NewOperation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewOperationLocked: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewOutputList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewServer: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewSession: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewSessionOptions: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewShapeAndTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewShapeHandle: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NewStatus: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewTensor: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NewWhile: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_NewWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NowMicros: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NowNanos: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NowSeconds: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NumDims: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_NumInputs: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_NumOutputs: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_OpDefinitionBuilderAddAttr: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderAddInput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderAddOutput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderDeprecated: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetAllowsUninitializedInput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetIsAggregate: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetIsCommutative: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetIsStateful: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpDefinitionBuilderSetShapeInferenceFunction: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpIsStateful: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OpKernelConstruction_Failure: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrBool: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrBoolList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrFloat: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrFloatList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrFunction: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_OpKernelConstruction_GetAttrInt32: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrInt32List: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrInt64: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrInt64List: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrSize: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrString: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrStringList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrTensor: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrTensorList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrTensorShape: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_OpKernelConstruction_GetAttrType: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetAttrTypeList: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetName: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelConstruction_GetNodeDef: { "libtensorflow_framework.so.2": "2.11-2.21" },
        TF_OpKernelConstruction_HasAttr: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_OpKernelContext_Failure: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_OpKernelContext_ForwardRefInputToRefOutput: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_OperationAllInputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrBool: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrBoolList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrFloat: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrFloatList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrInt: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrIntList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrMetadata: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrNameLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrShapeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrStringList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrTensorList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrTensorShapeProto: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_OperationGetAttrTensorShapeProtoList: {
          "libtensorflow_cc.so.2": "2.12-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_OperationGetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetControlInputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetControlOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationGetNumAttrs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationInput: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationInputListLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationInputType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationNumControlInputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationNumControlOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationNumInputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationNumOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOpType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOutputConsumers: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOutputListLength: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOutputNumConsumers: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationOutputType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OperationToNodeDef: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OutputListGet: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OutputListNumOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OutputListPushBack: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_OutputListSetNumOutputs: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_PRun: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_PRunSetup: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_PickUnusedPortOrDie: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_RegisterFilesystemPlugin: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_RegisterKernelBuilder: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_RegisterKernelBuilderWithKernelDef: {
          "libtensorflow_framework.so.2": "2.10-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.10"
        },
        TF_RegisterLogListener: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_RegisterOpDefinition: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ReleaseVariableInputLockHolder: { "libtensorflow_framework.so.2": "2.9-2.19" },
        TF_RemoveAllControlInputs: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_Reset: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ResetPjRtCClient: { "libtensorflow_cc.so.2": "2.15-2.19" },
        TF_Run: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_RunAsyncOpKernelDoneCallback: { "libtensorflow_framework.so.2": "2.13-2.21" },
        TF_ServerJoin: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ServerStart: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ServerStop: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ServerTarget: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SessionListDevices: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SessionPRun: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SessionPRunSetup: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SessionRun: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttr: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetAttrBool: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrBoolList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrFloat: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrFloatList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrFuncName: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrInt: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrIntList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrPlaceholder: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrShapeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrString: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrStringList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTensor: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTensorList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTensorShapeProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTensorShapeProtoList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrTypeList: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetAttrValueProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetConfig: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetDevice: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetFullType: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetHandleShapeAndType: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetOutput: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_SetPayload: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_SetRequestedDevice: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetRequireShapeInferenceFns: { "libtensorflow_cc.so.2": "2.14-2.21" },
        TF_SetShape: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.11-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.11"
        },
        TF_SetStatus: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_SetStatusFromIOError: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_SetTarget: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetTfXlaCpuGlobalJit: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetTracingImplementation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetXlaAutoJitMode: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetXlaConstantFoldingDisabled: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetXlaEnableLazyCompilation: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_SetXlaMinClusterSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ShapeAndTypeListSetDtype: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ShapeAndTypeListSetShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ShapeAndTypeListSetUnknownShape: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ShapeInferenceContextConcatenateShapes: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextDim: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ShapeInferenceContextGetInput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextNumInputs: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextRank: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_ShapeInferenceContextRankKnown: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextScalar: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextSetOutput: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextSetUnknownShape: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextSubshape: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextVectorFromSize: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextWithRank: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextWithRankAtLeast: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContextWithRankAtMost: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_ShapeInferenceContext_GetAttrType: {
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.10"
        },
        TF_StartThread: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_StepId: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_StringAssignView: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringCopy: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringDealloc: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringGetCapacity: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringGetDataPointer: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringGetSize: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringGetType: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringInit: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_StringStreamDone: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_StringStreamNext: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_SyncWritableFile: { "libtensorflow_framework.so.2": "2.9-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_TemporaryVariable: { "libtensorflow_framework.so.2": "2.15-2.19" },
        TF_TensorBitcastFrom: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorByteSize: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorData: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorDefaultAlignment: { "libtensorflow_cc.so.2": "2.17-2.19", "libtensorflow_framework.so.2": "2.17-2.21" },
        TF_TensorElementCount: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorFromProto: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_TensorIsAligned: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorMaybeMove: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TensorType: {
          "libtensorflow_cc.so.2": "2.12-2.19",
          "libtensorflow_framework.so.2": "2.9-2.21",
          "python/_pywrap_tensorflow_internal.so": "2.9-2.11"
        },
        TF_TryEvaluateConstant: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_UpdateEdge: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_VLog: { "libtensorflow_framework.so.2": "2.9-2.20", "python/_pywrap_tensorflow_internal.so": "2.9-2.10" },
        TF_Version: { "libtensorflow_cc.so.2": "2.12-2.21", "python/_pywrap_tensorflow_internal.so": "2.9-2.11" },
        TF_ZerosLikeVariant: { "libtensorflow_framework.so.2": "2.10-2.19" },
        TfLiteBackendBufferCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteBackendBufferDelete: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteBackendBufferGetPtr: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteBackendBufferSetPtr: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteDelegateCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteFloatArrayCopy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteFloatArrayCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteFloatArrayFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteFloatArrayGetSizeInBytes: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayCopy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayEqual: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayEqualsArray: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteIntArrayGetSizeInBytes: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteKernelInitFailed: { "libtensorflow_cc.so.2": "2.20-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteQuantizationFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSparsityFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSynchronizationCreate: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSynchronizationDelete: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSynchronizationGetPtr: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteSynchronizationSetPtr: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTelemetryConversionMetadataGetModelOptimizationModes: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryConversionMetadataGetNumModelOptimizationModes: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryGpuDelegateSettingsGetBackend: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryGpuDelegateSettingsGetNumNodesDelegated: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryInterpreterSettingsGetConversionMetadata: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryInterpreterSettingsGetNumSubgraphInfo: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetryInterpreterSettingsGetSubgraphInfo: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetrySubgraphInfoGetNumQuantizations: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTelemetrySubgraphInfoGetQuantizations: {
          "libtensorflow_cc.so.2": "2.19-2.21",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteTensorClone: { "libtensorflow_cc.so.2": "2.20-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorCopy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorDataFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorFree: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetAllocationStrategy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetBufferAddressStability: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetDataKnownStep: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetDataStability: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetDimsSignature: { "libtensorflow_cc.so.2": "2.20-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorGetShapeKnownStep: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorRealloc: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorReset: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTensorResizeMaybeCopy: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteTypeGetName: { "libtensorflow_cc.so.2": "2.19-2.21", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateCanUseInMemoryWeightCacheProvider: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateCreate: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateCreateWithThreadpool: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateDelete: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateGetFlags: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateGetOptions: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateGetThreadPool: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateInMemoryFilePath: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateOptionsDefault: { "libtensorflow_cc.so.2": "2.19-2.20", "lite/python/libpywrap_tflite_common.so": "2.20" },
        TfLiteXNNPackDelegateWeightsCacheCreate: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateWeightsCacheCreateWithSize: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateWeightsCacheDelete: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateWeightsCacheFinalizeHard: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        },
        TfLiteXNNPackDelegateWeightsCacheFinalizeSoft: {
          "libtensorflow_cc.so.2": "2.19-2.20",
          "lite/python/libpywrap_tflite_common.so": "2.20"
        }
      },
      headers: {
        "tensorflow/c/c_api.h": "2.9-2.21",
        "tensorflow/c/c_api_experimental.h": "2.9-2.21",
        "tensorflow/c/c_api_internal.h": "2.9-2.21",
        "tensorflow/c/c_api_macros.h": "2.9-2.21",
        "tensorflow/c/c_api_macros_internal.h": "2.9-2.21",
        "tensorflow/c/conversion_macros.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_context.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_function.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_op_attrs.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_operation.h": "2.9-2.21",
        "tensorflow/c/eager/abstract_tensor_handle.h": "2.9-2.21",
        "tensorflow/c/eager/c_api.h": "2.9-2.21",
        "tensorflow/c/eager/c_api_experimental.h": "2.9-2.21",
        "tensorflow/c/eager/c_api_internal.h": "2.9-2.21",
        "tensorflow/c/eager/c_api_unified_experimental.h": "2.9-2.21",
        "tensorflow/c/eager/c_api_unified_experimental_internal.h": "2.9-2.21",
        "tensorflow/c/eager/dlpack.h": "2.9-2.21",
        "tensorflow/c/eager/graph_function.h": "2.9-2.21",
        "tensorflow/c/eager/immediate_execution_context.h": "2.9-2.21",
        "tensorflow/c/eager/immediate_execution_distributed_manager.h": "2.9-2.21",
        "tensorflow/c/eager/immediate_execution_operation.h": "2.9-2.21",
        "tensorflow/c/eager/immediate_execution_tensor_handle.h": "2.9-2.21",
        "tensorflow/c/eager/tape.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_cancellation_manager_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_context_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_executor_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_monitoring_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_op_attrs_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_op_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_tensor_debug_info_internal.h": "2.9-2.21",
        "tensorflow/c/eager/tfe_tensorhandle_internal.h": "2.9-2.21",
        "tensorflow/c/env.h": "2.9-2.21",
        "tensorflow/c/experimental/filesystem/filesystem_interface.h": "2.9-2.21",
        "tensorflow/c/experimental/filesystem/modular_filesystem.h": "2.9-2.21",
        "tensorflow/c/experimental/filesystem/modular_filesystem_registration.h": "2.9-2.21",
        "tensorflow/c/experimental/grappler/grappler.h": "2.9-2.21",
        "tensorflow/c/experimental/next_pluggable_device/c_api.h": "2.14-2.21",
        "tensorflow/c/experimental/next_pluggable_device/tensor_pjrt_buffer_util.h": "2.14-2.21",
        "tensorflow/c/experimental/pluggable_profiler/pluggable_profiler.h": "2.9-2.21",
        "tensorflow/c/experimental/stream_executor/stream_executor.h": "2.9-2.21",
        "tensorflow/c/experimental/stream_executor/stream_executor_internal.h": "2.9-2.21",
        "tensorflow/c/kernels.h": "2.9-2.21",
        "tensorflow/c/kernels/tensor_shape_utils.h": "2.9-2.21",
        "tensorflow/c/kernels_experimental.h": "2.9-2.21",
        "tensorflow/c/logging.h": "2.9-2.20",
        "tensorflow/c/ops.h": "2.9-2.21",
        "tensorflow/c/safe_ptr.h": "2.13-2.21",
        "tensorflow/c/tensor_interface.h": "2.9-2.21",
        "tensorflow/c/tf_attrtype.h": "2.9-2.21",
        "tensorflow/c/tf_buffer.h": "2.11-2.21",
        "tensorflow/c/tf_buffer_internal.h": "2.11-2.21",
        "tensorflow/c/tf_datatype.h": "2.9-2.21",
        "tensorflow/c/tf_file_statistics.h": "2.9-2.21",
        "tensorflow/c/tf_status.h": "2.9-2.21",
        "tensorflow/c/tf_status_helper.h": "2.9-2.21",
        "tensorflow/c/tf_status_internal.h": "2.9-2.21",
        "tensorflow/c/tf_tensor.h": "2.9-2.21",
        "tensorflow/c/tf_tensor_helper.h": "2.15-2.21",
        "tensorflow/c/tf_tensor_internal.h": "2.9-2.21",
        "tensorflow/c/tf_tstring.h": "2.9-2.21"
      }
    }
  }
};

// src/resolve/c-api-history.ts
var C_API_NAME = /^(?:TF_|TFE_|TFL_|TfLite)/;
var shippedHistory = tf_c_api_history_default;
function minorOf(version) {
  const m = /^(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}` : version;
}
function expandRanges(ranges, minors) {
  const out = /* @__PURE__ */ new Set();
  for (const part of ranges.split(",")) {
    const [first, last = first] = part.split("-");
    const from = minors.indexOf(first);
    const to = minors.indexOf(last);
    if (from < 0 || to < from) continue;
    for (const minor of minors.slice(from, to + 1)) out.add(minor);
  }
  return minors.filter((m) => out.has(m));
}
function architectureHistory(arch, source = shippedHistory) {
  const key = arch === "x64" ? "x86_64" : arch === "arm64" ? "aarch64" : arch;
  return source.architectures[key];
}
function recordedMinors(arch, source = shippedHistory) {
  return source.minors.filter((m) => arch.releases[m]);
}
function minorsExporting(arch, name, source = shippedHistory, libraries = TENSORFLOW_LIBRARY_NAMES) {
  const exported = Object.entries(arch.names[name] ?? {}).filter(([library]) => libraries.includes(library));
  const present = new Set(exported.flatMap(([, ranges]) => expandRanges(ranges, source.minors)));
  return source.minors.filter((m) => present.has(m));
}
function minorsShipping(arch, header, source = shippedHistory) {
  const ranges = arch.headers[header];
  return ranges ? expandRanges(ranges, source.minors) : [];
}
function minorsWithAbseil(arch, namespace, source = shippedHistory) {
  return recordedMinors(arch, source).filter((m) => arch.releases[m]?.abseil === namespace);
}
function pythonOnlyExporters(arch, name, minor, source = shippedHistory, libraries = TENSORFLOW_LIBRARY_NAMES) {
  return Object.entries(arch.names[name] ?? {}).filter(([library, ranges]) => !libraries.includes(library) && expandRanges(ranges, source.minors).includes(minor)).map(([library]) => library);
}
function librariesAbsentIn(arch, name, minor, libraries = TENSORFLOW_LIBRARY_NAMES) {
  const release = arch.releases[minor];
  if (!release) return [];
  return Object.keys(arch.names[name] ?? {}).filter((library) => libraries.includes(library) && !release.libraries.includes(library));
}

// src/util/workspace-paths.ts
import path2 from "node:path";
var windowsAbsolute = /^(?:[A-Za-z]:[\\/]|\\\\)/;
function pathApiFor(p) {
  if (p.startsWith("/")) return path2.posix;
  if (windowsAbsolute.test(p)) return path2.win32;
  return void 0;
}
function workspaceRelative(absPath, workspace) {
  if (!absPath || !workspace || absPath.includes("\0")) return void 0;
  const api = pathApiFor(workspace);
  if (!api || pathApiFor(absPath) !== api) return void 0;
  const rel = api.relative(api.resolve(workspace), api.resolve(absPath));
  if (rel === "" || api.isAbsolute(rel)) return void 0;
  const segments = rel.split(api.sep);
  if (segments[0] === "..") return void 0;
  return segments.join("/");
}
function formatPosition(file, line, column) {
  if (line === void 0) return file;
  if (column === void 0) return `${file}:${line}`;
  return `${file}:${line}:${column}`;
}
function positiveInt(n) {
  return n !== void 0 && Number.isInteger(n) && n > 0 ? n : void 0;
}
function toPosition(loc, rel) {
  const pos = { path: rel };
  const line = positiveInt(loc.line);
  if (line === void 0) return pos;
  pos.line = line;
  const endLine = positiveInt(loc.endLine);
  if (endLine !== void 0 && endLine >= line) pos.endLine = endLine;
  const column = positiveInt(loc.column);
  if (column !== void 0) pos.column = column;
  const endColumn = positiveInt(loc.endColumn);
  if (column !== void 0 && endColumn !== void 0) pos.endColumn = endColumn;
  return pos;
}
function workspacePositions(d, workspace) {
  return positionsOf(d, workspace, false);
}
function everyWorkspacePosition(d, workspace) {
  return positionsOf(d, workspace, true);
}
function positionsOf(d, workspace, related) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (loc) => {
    const rel = workspaceRelative(loc.file, workspace);
    if (rel === void 0) return;
    const pos = toPosition(loc, rel);
    const key = JSON.stringify(pos);
    if (seen.has(key)) return;
    seen.add(key);
    found.push(pos);
  };
  for (const loc of d.locations ?? []) add(loc);
  if (found.length === 0 && d.toolLocation) add(d.toolLocation);
  if (related) for (const { note: _note, ...loc } of d.relatedLocations ?? []) add(loc);
  return found;
}
function describe(loc) {
  return formatPosition(loc.file, positiveInt(loc.line), positiveInt(loc.column));
}
function originText(d) {
  const mapped = (d.locations ?? []).map(describe);
  const shown = mapped.slice(0, 3).join(", ") + (mapped.length > 3 ? ` and ${mapped.length - 3} more` : "");
  const tool = d.toolLocation ? describe(d.toolLocation) : void 0;
  if (shown && tool && !mapped.includes(tool)) return `at ${shown} (reported at ${tool})`;
  if (shown) return `at ${shown}`;
  return tool ? `at ${tool}` : void 0;
}
function relatedWorkspacePositions(d, workspace) {
  return (d.relatedLocations ?? []).flatMap(({ note, ...loc }) => {
    const rel = workspaceRelative(loc.file, workspace);
    return rel === void 0 ? [] : [{ ...toPosition(loc, rel), note }];
  });
}

// src/setup/go-version.ts
var import_semver = __toESM(require_semver(), 1);
function isStableAlias(spec) {
  return spec === "stable" || spec === "oldstable";
}
var GO_VERSION = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/;
function goVersionToSemver(goVersion) {
  const first = goVersion.trim().split(/\s+/)[0] ?? "";
  const m = GO_VERSION.exec(first);
  if (!m) return void 0;
  const [, major, minor = "0", patch = "0", pre, preNumber] = m;
  const base = `${Number(major)}.${Number(minor)}.${Number(patch)}`;
  return pre ? `${base}-${pre}.${Number(preNumber)}` : base;
}
function semverToGoVersion(version) {
  const v = import_semver.default.parse(version);
  if (!v) throw new InputError("go-version", `"${version}" is not a semver version`);
  const pre = v.prerelease;
  if (pre.length === 2 && typeof pre[0] === "string" && typeof pre[1] === "number") {
    return `go${v.major}.${v.minor}${pre[0]}${pre[1]}`;
  }
  if (pre.length > 0) throw new InputError("go-version", `"${version}" has a prerelease Go does not name (expected rc.N or beta.N)`);
  const dropPatchZero = v.patch === 0 && v.major === 1 && v.minor < 21;
  return dropPatchZero ? `go${v.major}.${v.minor}` : `go${v.major}.${v.minor}.${v.patch}`;
}
function normalizeSpec(spec, source = { input: "go-version" }) {
  const s = spec.trim();
  const named = source.file ? `go-version-file ${source.file} gives` : "go-version";
  if (s === "") throw new InputError(source.input, `${named} is empty`);
  if (isStableAlias(s)) return s;
  const goStyle = goVersionToSemver(s.replace(/^v/, ""));
  if (goStyle !== void 0) {
    const bare = s.replace(/^(go|v)/, "");
    if (/^\d+\.\d+$/.test(bare)) return `~${bare}`;
    if (/^\d+$/.test(bare)) return `^${bare}`;
    return goStyle;
  }
  const range = import_semver.default.validRange(s);
  if (range === null) {
    throw new InputError(
      source.input,
      `${named} "${spec}": that is not a Go version (1.26, 1.26.8, go1.27rc1), a semver range (>=1.25, ^1.25), stable or oldstable.`
    );
  }
  return s;
}
function stripComment(line) {
  const i = line.indexOf("//");
  return (i >= 0 ? line.slice(0, i) : line).trim();
}
function isGoModLike(base) {
  return base === "go.mod" || base === "go.work" || base.endsWith(".mod") || base.endsWith(".work");
}
function goVersionLines(fileName, text) {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const out = [];
  if (isGoModLike(base)) {
    lines.forEach((raw, i) => {
      const words = stripComment(raw).split(/\s+/);
      if (words[0] === "toolchain" && words[1] && words[1] !== "default") {
        const v = words[1].replace(/^go/, "");
        if (goVersionToSemver(v)) out.push({ key: "toolchain", version: v, line: i + 1 });
      }
      if (words[0] === "go" && words[1]) out.push({ key: "go", version: words[1], line: i + 1 });
    });
    return out;
  }
  if (base === ".tool-versions") {
    lines.forEach((raw, i) => {
      const words = raw.replace(/#.*/, "").trim().split(/\s+/);
      if ((words[0] === "golang" || words[0] === "go") && words[1])
        out.push({ key: "golang", version: words[1].replace(/^go/, ""), line: i + 1 });
    });
    return out;
  }
  const first = lines.findIndex((raw) => raw.replace(/#.*/, "").trim() !== "");
  if (first >= 0)
    out.push({
      key: "version",
      version: lines[first].replace(/#.*/, "").trim().replace(/^go(?=\d)/, ""),
      line: first + 1
    });
  return out;
}
function parseGoVersionFile(fileName, text) {
  const found = goVersionLines(fileName, text);
  return (found.find((l) => l.key === "toolchain") ?? found[0])?.version;
}

// src/changes/cause.ts
var import_semver2 = __toESM(require_semver(), 1);
import path3 from "node:path";

// src/changes/removed-by-pin.ts
function removedByPinChange(change, findings, arch) {
  if (change.subject !== "tensorflow" || !change.from || !change.to) return void 0;
  if (!/^\d+\.\d+/.test(change.from) || !/^\d+\.\d+/.test(change.to)) return void 0;
  const history = architectureHistory(arch);
  const [from, to] = [minorOf(change.from), minorOf(change.to)];
  if (!history?.releases[from] || !history.releases[to] || from === to) return void 0;
  const lost = (minors) => minors.includes(from) && !minors.includes(to);
  const removed = findings.flatMap((finding) => {
    if (finding.kind === "missing-header" && finding.header && lost(minorsShipping(history, finding.header)))
      return [{ subject: finding.header, finding }];
    const name = finding.symbol?.replace(/@.*$/, "");
    return name && lost(minorsExporting(history, name)) ? [{ subject: name, finding }] : [];
  });
  return removed.length > 0 ? { step: `${from} \u2192 ${to}`, removed } : void 0;
}

// src/changes/cause.ts
var CAUSE_KINDS = /* @__PURE__ */ new Set([
  "undefined-reference",
  "more-undefined-references",
  "missing-library",
  "missing-dso",
  "multiple-definition",
  "linker-error",
  "undefined-symbol",
  "cxx-abi-mismatch",
  "shared-object-not-found",
  "version-not-found",
  "static-tls",
  "op-library-not-found",
  "duplicate-tensorflow-runtime",
  "unresolved-symbol",
  "resolved-only-by-import",
  "glibc-too-new",
  "not-in-tensorflow",
  "cgo-unknown-name",
  "missing-header",
  "built-for-other-tensorflow"
]);
var MAX_LISTED = 4;
function describeChange(c) {
  if (c.from !== void 0 && c.to !== void 0)
    return c.fromName ? `${c.fromName} ${c.from} \u2192 ${c.name} ${c.to}` : `${c.name} ${c.from} \u2192 ${c.to}`;
  if (c.to !== void 0) return `${c.name} ${c.to} (new)`;
  return `${c.name} ${c.from} removed`;
}
function isGoModFile(file) {
  return /(^|\/)go\.(mod|work)$/.test(file);
}
function requiredGo(changes, facts) {
  return changes.find((c) => c.subject === "go" && c.name === "go" && isGoModFile(c.file) && c.to)?.to ?? facts.goModGo;
}
function goTooOld(changes, facts) {
  const required = requiredGo(changes, facts);
  const used = facts.goVersion && goVersionToSemver(facts.goVersion.replace(/^go(?=\d)/, ""));
  const wanted = required && goVersionToSemver(required);
  if (!used || !wanted || !import_semver2.default.lt(used, wanted)) return void 0;
  return `Go ${facts.goVersion.replace(/^go/, "")} is installed, below the go ${required} that go.mod asks for.`;
}
function bindingsMismatch(changes, facts) {
  const installed = facts.tensorflowVersion;
  const minor = installed && tfMinorOf(installed);
  if (!minor) return [];
  return changes.flatMap((c) => {
    const made = c.subject === "go-bindings" && c.to ? tfForBindings(c.name, c.to) : void 0;
    if (!made) return [];
    const madeMinor = made.request.kind === "exact" ? tfMinorOf(made.request.version) : made.request.kind === "range" ? tfMinorOf(made.request.text) : void 0;
    return madeMinor && madeMinor !== minor ? [`${made.how}, but TensorFlow ${installed} is installed.`] : [];
  });
}
function mentionsBindings(d, changes) {
  if (d.library !== void 0 && BINDINGS_LIBRARY_NAMES.has(d.library)) return true;
  const files = [...d.locations ?? [], ...d.toolLocation ? [d.toolLocation] : []].map((l) => l.file);
  return changes.some((c) => c.subject === "go-bindings" && files.some((f) => f.includes(`${c.name}@`)));
}
function pickChange(changes, findings, facts, goLow) {
  const bindingsFirst = findings.some((d) => mentionsBindings(d, changes));
  const order = goLow ? ["go", "tensorflow", "go-bindings"] : bindingsFirst ? ["go-bindings", "tensorflow", "go"] : ["tensorflow", "go-bindings", "go"];
  const installedMinor = facts.tensorflowVersion && tfMinorOf(facts.tensorflowVersion);
  const score = (c) => [
    order.indexOf(c.subject),
    // With a Go too old, the go.mod `go` line is the one that asks for more.
    goLow && !(c.name === "go" && isGoModFile(c.file)) ? 1 : 0,
    c.inDiff ? 0 : 1,
    c.to === void 0 ? 1 : 0,
    c.subject === "tensorflow" && installedMinor && c.to && tfMinorOf(c.to) !== installedMinor ? 1 : 0
  ];
  return [...changes].map((c, i) => ({ c, s: [...score(c), i] })).sort((a, b) => {
    for (let k = 0; k < a.s.length; k++) if (a.s[k] !== b.s[k]) return a.s[k] - b.s[k];
    return 0;
  })[0]?.c;
}
function plainVersion(v) {
  return v && /^v?\d+(\.\d+)*$/.test(v) ? v.replace(/^v/, "") : void 0;
}
function tensorflowName(version) {
  return version ? `TensorFlow ${version}` : "the installed TensorFlow";
}
function findingLabel(d, repoRoot, named) {
  const what = named ? d.symbol ?? d.library ?? d.header ?? d.title : d.title;
  const at = workspacePositions(d, repoRoot)[0];
  return at ? `${what} (${at.path}${at.line !== void 0 ? `:${at.line}` : ""})` : what;
}
function listed(labels) {
  const unique = [...new Set(labels)];
  const shown = unique.slice(0, MAX_LISTED).join(", ");
  return unique.length > MAX_LISTED ? `${shown} and ${unique.length - MAX_LISTED} more` : shown;
}
function whatBroke(relevant, repoRoot, tfVersion, what) {
  const missing = relevant.filter((d) => d.kind === "not-in-tensorflow" && d.symbol);
  const others = relevant.filter((d) => !missing.includes(d));
  const parts = [];
  if (missing.length > 0) {
    const names = listed(missing.map((d) => findingLabel(d, repoRoot, true)));
    const count = new Set(missing.map((d) => d.symbol)).size;
    parts.push(`${names} ${count === 1 ? "is" : "are"} not defined by ${tensorflowName(tfVersion)}`);
  }
  if (others.length > 0) parts.push(listed(others.map((d) => findingLabel(d, repoRoot, false))));
  const fails = relevant.some((d) => d.severity === "error");
  return `${what} now ${fails ? "fails" : "reports"}: ${parts.join("; ")}`;
}
function fixFor(c, facts, symbols, goRequired) {
  if (c.subject === "tensorflow") {
    const back = c.from !== void 0 ? `Keep ${c.fromName ?? c.name} at ${c.from}` : `Pin the TensorFlow the package was written for`;
    const tf = tensorflowName(facts.tensorflowVersion ?? plainVersion(c.to));
    if (facts.builtElsewhere) return `${back}, or rebuild the file against ${tf}.`;
    const calls = symbols.length > 0 ? `change the calls to ${listed(symbols)}` : "change the package";
    return `${back}, or ${calls} to work with ${tf}.`;
  }
  if (c.subject === "go-bindings") {
    const tf = c.to ? tfForBindings(c.name, c.to) : void 0;
    const use = `Use a ${c.name} version made for ${tensorflowName(facts.tensorflowVersion)}`;
    return tf ? `${use}, or build against the TensorFlow ${c.name} ${c.to} was made for (tensorflow-version ${tf.request.text}).` : `${use}.`;
  }
  if (goRequired) {
    const keep = c.name === "go" && isGoModFile(c.file) && c.from !== void 0 ? `, or keep go.mod's go line at ${c.from}` : "";
    return `Install Go ${goRequired} or newer (go-version input)${keep}.`;
  }
  return c.from !== void 0 ? `Keep ${c.name} at ${c.from}, or fix what the new version breaks.` : "Check the Go version this change selects.";
}
function composeCauseFinding(input) {
  const facts = input.facts ?? {};
  if (input.changes.length === 0) return void 0;
  const relevant = input.findings.filter((d) => CAUSE_KINDS.has(d.kind));
  const goLowText = goTooOld(input.changes, facts);
  const goLowApplies = goLowText !== void 0 && input.changes.some((c) => c.subject === "go");
  if (relevant.length === 0 && !goLowApplies) return void 0;
  const change = pickChange(input.changes, relevant, facts, goLowApplies);
  if (!change) return void 0;
  const sentences = [];
  let head = `${describeChange(change)} here`;
  const tfVersion = facts.tensorflowVersion ?? (change.subject === "tensorflow" ? plainVersion(change.to) : void 0);
  if (relevant.length > 0) head += `; ${whatBroke(relevant, input.repoRoot, tfVersion, facts.builtElsewhere ? "the file" : "the build")}`;
  sentences.push(`${head}.`);
  const removal = removedByPinChange(change, relevant, facts.arch ?? process.arch);
  if (removal) {
    const uses = removal.removed.map(
      ({ subject, finding }) => findingLabel({ ...finding, symbol: subject }, input.repoRoot, true).replace(/ \(([^)]*)\)$/, " (used at $1)")
    );
    const list = uses.length === 1 ? uses[0].replace(/ \(used at ([^)]*)\)$/, ", used at $1") : listed(uses);
    sentences.push(`${removal.step} removed ${list}.`);
  }
  sentences.push(...bindingsMismatch(input.changes, facts));
  if (goLowText) sentences.push(goLowText);
  const symbols = [...new Set(relevant.filter((d) => d.kind === "not-in-tensorflow" && d.symbol).map((d) => d.symbol))];
  return {
    severity: input.stepFailed ? "error" : "warning",
    kind: "pin-change",
    stage: "changes",
    rank: "first",
    title: `This pull request changed ${describeChange(change)}`,
    message: sentences.join(" "),
    fix: fixFor(change, facts, symbols, goLowText ? requiredGo(input.changes, facts) : void 0),
    locations: [{ file: path3.join(input.repoRoot, ...change.file.split("/")), line: change.line }],
    change
  };
}

export {
  OPTIONAL_TEXT_FIELDS,
  compareSeverity,
  compareFileOrder,
  isAtLeast,
  isStableAlias,
  goVersionToSemver,
  semverToGoVersion,
  normalizeSpec,
  goVersionLines,
  parseGoVersionFile,
  parseVersionFile,
  TENSORFLOW_LIBRARY_NAMES,
  BINDINGS_LIBRARY_NAMES,
  tensorflowLibraries,
  capiLibrary,
  frameworkLibrary,
  sysconfigFramework,
  linkEntries,
  locateTensorFlow,
  C_API_NAME,
  shippedHistory,
  minorOf,
  architectureHistory,
  recordedMinors,
  minorsExporting,
  minorsShipping,
  minorsWithAbseil,
  pythonOnlyExporters,
  librariesAbsentIn,
  workspaceRelative,
  formatPosition,
  workspacePositions,
  everyWorkspacePosition,
  originText,
  relatedWorkspacePositions,
  describeChange,
  composeCauseFinding
};
