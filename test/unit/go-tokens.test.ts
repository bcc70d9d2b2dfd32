import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { tokenizeGo, columnAt, type GoToken } from '../../src/resolve/go-tokens.ts';
import { repoRoot } from '../helpers/env.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'go');
const goFiles = readdirSync(fixtures).flatMap((d) =>
  readdirSync(path.join(fixtures, d))
    .filter((f) => f.endsWith('.go'))
    .map((f) => path.join(fixtures, d, f)),
);

const lex = (text: string) => tokenizeGo(text).map((t) => [t.kind, text.slice(t.start, t.end)]);

test('numbers are single tokens, including hex floats, underscores and imaginary literals', () => {
  for (const n of ['0x1p-2', '1_000', '3i', '.5e+3', '0b1010', '0o17', '017', '1e9', '0xABCp+1i', '0x_1F', '1.', '6.67428e-11i']) {
    assert.deepEqual(lex(n), [['number', n]], n);
  }
  assert.deepEqual(lex('x-1'), [
    ['ident', 'x'],
    ['op', '-'],
    ['number', '1'],
  ]);
  assert.deepEqual(lex('1e-2-3'), [
    ['number', '1e-2'],
    ['op', '-'],
    ['number', '3'],
  ]);
});

test('operators: ... is one token, and a dot before a digit starts a number', () => {
  assert.deepEqual(lex('f(a...)'), [
    ['ident', 'f'],
    ['op', '('],
    ['ident', 'a'],
    ['op', '...'],
    ['op', ')'],
  ]);
  assert.deepEqual(lex('x.y'), [
    ['ident', 'x'],
    ['op', '.'],
    ['ident', 'y'],
  ]);
  assert.deepEqual(lex('a&^=b<<=c:=d<-e'), [
    ['ident', 'a'],
    ['op', '&^='],
    ['ident', 'b'],
    ['op', '<<='],
    ['ident', 'c'],
    ['op', ':='],
    ['ident', 'd'],
    ['op', '<-'],
    ['ident', 'e'],
  ]);
});

test('strings, raw strings, runes and comments hide what is inside them', () => {
  assert.deepEqual(lex(String.raw`"a \" C.X" C`), [
    ['string', String.raw`"a \" C.X"`],
    ['ident', 'C'],
  ]);
  assert.deepEqual(lex("'\\'' C '\"' `x\\` C"), [
    ['rune', "'\\''"],
    ['ident', 'C'],
    ['rune', `'"'`],
    ['rawString', '`x\\`'],
    ['ident', 'C'],
  ]);
  assert.deepEqual(lex('a // C.X */\nb /* C.Y\n */ c'), [
    ['ident', 'a'],
    ['comment', '// C.X */'],
    ['ident', 'b'],
    ['comment', '/* C.Y\n */'],
    ['ident', 'c'],
  ]);
});

test('lines: multi-line tokens report their last line, and only LF ends a line', () => {
  const text = 'a\r\nb `x\ny\nz` c /*\n*/ d';
  const t = tokenizeGo(text);
  const at = (s: string) => t.find((k) => text.slice(k.start, k.end) === s)!;
  assert.deepEqual([at('b').line, at('`x\ny\nz`').line, at('`x\ny\nz`').endLine, at('c').line, at('d').line], [2, 2, 4, 4, 5]);
  assert.equal(columnAt(text, at('c').lineStart, at('c').start), 4);
});

test('Unicode identifiers, and columns counted in code points', () => {
  assert.deepEqual(lex('héllo 𝑥y ½'), [
    ['ident', 'héllo'],
    ['ident', '𝑥y'],
    ['op', '½'],
  ]);
  const text = '"𝑥𝑥" + C';
  const c = tokenizeGo(text).at(-1)!;
  assert.equal(columnAt(text, c.lineStart, c.start), 8); // UTF-16 would say 10
});

test('a byte order mark at the start is skipped', () => {
  assert.deepEqual(lex('\uFEFFpackage main'), [
    ['ident', 'package'],
    ['ident', 'main'],
  ]);
});

test('unterminated comments, strings, raw strings and runes end gracefully', () => {
  const cases: [string, string, GoToken['kind']][] = [
    ['/* open', '/* open', 'comment'],
    ['"open\nnext', '"open', 'string'],
    ['"ends in backslash\\', '"ends in backslash\\', 'string'],
    ['`open\nraw', '`open\nraw', 'rawString'],
    ["'x\nnext", "'x", 'rune'],
  ];
  for (const [text, first, kind] of cases) {
    const t = tokenizeGo(text);
    assert.equal(text.slice(t[0]!.start, t[0]!.end), first, text);
    assert.equal(t[0]!.kind, kind);
    assert.equal(t[0]!.terminated, false);
  }
  assert.deepEqual(lex('"open\nnext').slice(1), [['ident', 'next']]);
});

test('tokens cover every non-blank character of the fixtures, in order, and no prefix throws', () => {
  for (const file of goFiles) {
    const text = readFileSync(file, 'utf8');
    let last = 0;
    for (const t of tokenizeGo(text)) {
      assert.match(text.slice(last, t.start), /^[ \t\r\n]*$/, `${file} at ${last}`);
      assert.ok(t.end > t.start);
      last = t.end;
    }
    assert.match(text.slice(last), /^\s*$/);
    for (let n = 0; n < text.length; n += 7) tokenizeGo(text.slice(0, n));
  }
});
