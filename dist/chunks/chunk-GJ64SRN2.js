import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  runProcess
} from "./chunk-JTPT4SBH.js";
import {
  tfForBindings,
  tfMinorOf
} from "./chunk-RXABDSMN.js";
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
function parseVersionFile(fileName, text) {
  const base = fileName.split(/[\\/]/).pop().toLowerCase();
  if (base === "pyproject.toml") return parsePyproject(text, fileName);
  if (base === "setup.cfg") return parseSetupCfg(text);
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

// src/changes/cause.ts
var import_semver2 = __toESM(require_semver(), 1);
import path3 from "node:path";
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
  "missing-header"
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
function whatBroke(relevant, repoRoot, tfVersion) {
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
  return `the build now ${fails ? "fails" : "reports"}: ${parts.join("; ")}`;
}
function fixFor(c, facts, symbols, goRequired) {
  if (c.subject === "tensorflow") {
    const back = c.from !== void 0 ? `Keep ${c.fromName ?? c.name} at ${c.from}` : `Pin the TensorFlow the package was written for`;
    const calls = symbols.length > 0 ? `change the calls to ${listed(symbols)}` : "change the package";
    return `${back}, or ${calls} to work with ${tensorflowName(facts.tensorflowVersion ?? plainVersion(c.to))}.`;
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
  if (relevant.length > 0) head += `; ${whatBroke(relevant, input.repoRoot, tfVersion)}`;
  sentences.push(`${head}.`);
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
  workspaceRelative,
  formatPosition,
  workspacePositions,
  everyWorkspacePosition,
  originText,
  describeChange,
  composeCauseFinding
};
