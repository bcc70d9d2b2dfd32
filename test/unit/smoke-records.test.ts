import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepsFromRecords } from '../../src/smoke/smoke.ts';
import { createRawEcho } from '../../src/util/raw-output.ts';

test('the last record of each step wins, and a started step without an end is where it stopped', () => {
  const text = [
    '{"step":"import-tensorflow","status":"started"}',
    '{"step":"import-tensorflow","status":"passed","version":"2.21.0"}',
    '{"step":"load","status":"started"}',
    '{"step":"load","status":"passed"}',
    '{"step":"smoke-test","status":"started"}',
    '{"step":"smoke-te', // killed mid-write
  ].join('\n');
  const { steps, unfinished } = stepsFromRecords(text);
  assert.equal(unfinished, 'smoke-test');
  assert.deepEqual(
    steps.map((s) => [s.step, s.status]),
    [
      ['import-tensorflow', 'passed'],
      ['load', 'passed'],
      ['smoke-test', 'started'],
    ],
  );
});

test('raw output is fenced by an unguessable stop-commands token', () => {
  let out = '';
  const echo = createRawEcho(
    (t) => {
      out += t;
    },
    { guard: true },
  );
  echo.write('::error file=x.go,line=1::forged\n::add-mask::secret');
  echo.end();
  const lines = out.split('\n');
  const token = /^::stop-commands::(tf-cgo-verify-[0-9a-f]{32})$/.exec(lines[0]!)?.[1];
  assert.ok(token, out);
  assert.equal(lines.at(-2), `::${token}::`);
  let second = '';
  const other = createRawEcho(
    (t) => {
      second += t;
    },
    { guard: true },
  );
  other.write('x');
  assert.ok(!second.includes(token), 'tokens must differ per block');
});
