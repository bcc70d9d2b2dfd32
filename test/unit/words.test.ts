import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitWords, splitList, WordSplitError } from '../../src/util/words.ts';

test('splits on whitespace and honours quotes like a shell', () => {
  assert.deepEqual(splitWords('-tags foo -trimpath'), ['-tags', 'foo', '-trimpath']);
  assert.deepEqual(splitWords(`-ldflags "-X main.v=1 -s"  -tags 'a b'`), ['-ldflags', '-X main.v=1 -s', '-tags', 'a b']);
  assert.deepEqual(splitWords(`a\\ b "c\\"d" 'e\\f'`), ['a b', 'c"d', 'e\\f']);
  assert.deepEqual(splitWords(`x""y ''`), ['xy', '']);
  assert.deepEqual(splitWords('  \n\t '), []);
});

test('never expands or runs anything', () => {
  assert.deepEqual(splitWords('$(rm -rf /) `id` $HOME;ls|cat'), ['$(rm', '-rf', '/)', '`id`', '$HOME;ls|cat']);
});

test('unterminated quotes are errors', () => {
  assert.throws(() => splitWords('"abc'), WordSplitError);
  assert.throws(() => splitWords("'abc"), WordSplitError);
  assert.throws(() => splitWords('abc\\'), WordSplitError);
});

test('lists split on commas and newlines', () => {
  assert.deepEqual(splitList(' A, B\nC,,\n '), ['A', 'B', 'C']);
  assert.deepEqual(splitList(''), []);
});
