// uv's real failure output (test/fixtures/uv/, from make-uv-fixtures.sh) read into the error
// a user acts on: the index (named, with where it was set) or the version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { classifyUvFailure, uvFailure } from '../../src/setup/uv-failure.ts';
import { EnvironmentError } from '../../src/environment-error.ts';
import { InputError } from '../../src/input-error.ts';
import type { RunResult } from '../../src/util/process.ts';

const fixture = (name: string) => fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'uv', name), 'utf8');

function failed(output: string, exitCode = 1): RunResult {
  return { exitCode, signal: null, timedOut: false, stdout: '', stderr: output, combined: output, durationMs: 1 };
}

test('each real uv failure has its kind', () => {
  assert.equal(classifyUvFailure(fixture('index-refused.txt')), 'index-unreachable');
  assert.equal(classifyUvFailure(fixture('index-serves-nothing.txt')), 'index-lacks-package');
  assert.equal(classifyUvFailure(fixture('no-such-version.txt')), 'no-matching-version');
  assert.equal(classifyUvFailure(fixture('no-wheel-for-platform.txt')), 'no-matching-version');
  assert.equal(classifyUvFailure('error: unexpected argument --frobnicate found'), 'uv-trouble');
});

test('an index that serves nothing is the environment, named with the setting it came from', () => {
  const error = uvFailure(failed(fixture('index-serves-nothing.txt')), {
    words: ['tensorflow-cpu==2.20.0'],
    indexes: ['http://127.0.0.1:18931/simple'],
    indexOrigin: 'PIP_INDEX_URL',
  });
  assert.ok(error instanceof EnvironmentError);
  assert.equal(error.service, 'package index http://127.0.0.1:18931/simple (from PIP_INDEX_URL)');
  assert.match(error.message, /has no such package at all/);
});

test('an unreachable index is the environment; a missing version is tensorflow-version; uv’s own trouble is no error', () => {
  const context = { words: ['tensorflow-cpu==2.99.0'], indexes: [], indexOrigin: 'pip-args' };
  const refused = uvFailure(failed(fixture('index-refused.txt'), 2), context);
  assert.ok(refused instanceof EnvironmentError && refused.service === 'the default package index', String(refused));
  assert.match(refused.message, /could not be reached/);
  const version = uvFailure(failed(fixture('no-such-version.txt')), context);
  assert.ok(version instanceof InputError && version.input === 'tensorflow-version', String(version));
  assert.equal(uvFailure(failed('error: failed to create directory: Permission denied'), context), undefined);
});
