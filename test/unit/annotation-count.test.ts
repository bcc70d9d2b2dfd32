// The step's own count of the annotations it printed, read as the runner reads stdout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as core from '@actions/core';
import { createAnnotationCounter } from '../../src/report/annotation-count.ts';
import { createRawEcho } from '../../src/util/raw-output.ts';

test('counts ::error, ::warning and ::notice lines, also split across chunks', () => {
  const counter = createAnnotationCounter();
  counter.feed('::error file=a.go,line=1::one\n::warn');
  counter.feed('ing::two\n  ::notice title=x::three\nplain ::error:: in the middle\n');
  counter.feed('::ERROR::four\r\n::set-output name=x::y\n::debug::z\n');
  assert.deepEqual(counter.counts(), { error: 2, warning: 1, notice: 1 });
});

test('nothing inside a ::stop-commands:: block counts', () => {
  const counter = createAnnotationCounter();
  counter.feed('::stop-commands::tok123\n::error::raw tool text\n::warning::also raw\n::tok123::\n::warning::after\n');
  assert.deepEqual(counter.counts(), { error: 0, warning: 1, notice: 0 });
});

test('what @actions/core and the guarded raw echo really print is counted as the runner would', () => {
  const counter = createAnnotationCounter();
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    counter.feed(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  try {
    core.warning('a setup warning\n::error::not a second command');
    core.notice('cache unavailable');
    core.setFailed('final');
    const echo = createRawEcho((text) => process.stdout.write(text), { guard: true });
    echo.write('::error file=x.go::forged by a tool\n');
    echo.end();
  } finally {
    process.stdout.write = write;
    process.exitCode = undefined;
  }
  assert.deepEqual(counter.counts(), { error: 1, warning: 1, notice: 1 });
});
