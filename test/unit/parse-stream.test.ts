// Streaming: the parser must give the same findings however the text is chunked (chunks
// end mid-line, mid-"\r\n", mid-`>>>`), and repeated output must merge into counts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { createBuildOutputParser, parseBuildOutput } from '../../src/parse/build-output.ts';
import { createLineSplitter } from '../../src/parse/line-splitter.ts';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'build');
const fixtures = [
  ...fs.readdirSync(fixtureDir).filter((f) => f.endsWith('.txt')),
  ...fs.readdirSync(path.join(fixtureDir, 'quoted')).map((f) => `quoted/${f}`),
  ...fs.readdirSync(path.join(fixtureDir, 'link')).map((f) => `link/${f}`),
];

// Deterministic chunk sizes so a failure can be reproduced.
function* chunkSizes(seed: number, max: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield 1 + (state % max);
  }
}

function parseInChunks(text: string, seed: number, max: number) {
  const parser = createBuildOutputParser();
  const sizes = chunkSizes(seed, max);
  for (let at = 0; at < text.length;) {
    const size = sizes.next().value as number;
    parser.write(text.slice(at, at + size));
    at += size;
  }
  const findings = parser.end();
  return { findings, fileSystemFailure: parser.fileSystemFailure() };
}

// The environment failing under a good package: no finding, the parser's file-system failure instead.
const environmentFailure = /^(no-space|read-only|permission-denied)\./;

describe('chunked input gives the same findings as whole input', () => {
  for (const name of fixtures) {
    it(name, () => {
      const text = fs.readFileSync(path.join(fixtureDir, name), 'utf8');
      const parser = createBuildOutputParser();
      parser.write(text);
      const whole = { findings: parser.end(), fileSystemFailure: parser.fileSystemFailure() };
      assert.deepEqual(whole.findings, parseBuildOutput(text));
      assert.ok(whole.findings.length > 0 || name === 'preamble-warning.txt' || environmentFailure.test(name));
      assert.equal(whole.fileSystemFailure !== undefined, environmentFailure.test(name), 'a file-system failure');
      assert.deepEqual(parseInChunks(text, 7, 1), whole, 'one character at a time');
      for (const seed of [1, 2, 3]) assert.deepEqual(parseInChunks(text, seed, 40), whole, `seed ${seed}`);
      assert.deepEqual(parseInChunks(text.replaceAll('\n', '\r\n'), 5, 13), whole, 'CRLF');
    });
  }
});

describe('repeated output', () => {
  it('merges repeats into one finding per (kind, symbol, referencedFrom) with a count', () => {
    const text = fs.readFileSync(path.join(fixtureDir, 'undefined-symbol.lld.txt'), 'utf8');
    const parser = createBuildOutputParser({ maxRawLines: 3 });
    for (let i = 0; i < 2000; i++) parser.write(text);
    const [d, ...rest] = parser.end();
    assert.equal(rest.length, 0);
    assert.equal(d?.count, 2000);
    assert.equal(d?.raw?.length, 3);
  });
});

describe('line splitter', () => {
  it('splits across chunks, strips CR, flushes the last line', () => {
    const lines: string[] = [];
    const splitter = createLineSplitter((line) => lines.push(line));
    for (const chunk of ['a', 'b\r', '\nc\n', '\n', 'd']) splitter.write(chunk);
    splitter.end();
    assert.deepEqual(lines, ['ab', 'c', '', 'd']);
  });
  it('cuts a line longer than the cap whether it arrives whole or in pieces', () => {
    for (const chunks of [['0123456789\nz\n'], ['0123', '4567', '89\nz', '\n']]) {
      const lines: string[] = [];
      const splitter = createLineSplitter((line) => lines.push(line), 4);
      for (const chunk of chunks) splitter.write(chunk);
      splitter.end();
      assert.deepEqual(lines, ['0123', 'z']);
    }
  });
});
