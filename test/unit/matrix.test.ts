import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMatrix, DEFAULT_GO_VERSIONS } from '../../src/setup/matrix.ts';
import { InputError } from '../../src/input-error.ts';

test('a fixed range gives every compatible combination, newest first, as strings', () => {
  const matrix = buildMatrix({ tensorflow: '>=2.19 <2.22', python: '>=3.11', go: '1.25, 1.26' });
  const rows = matrix.include.map((e) => `${e.tensorflow}/${e.python}/${e.go}`);
  assert.deepEqual(rows, [
    '2.21/3.13/1.26',
    '2.21/3.13/1.25',
    '2.21/3.12/1.26',
    '2.21/3.12/1.25',
    '2.21/3.11/1.26',
    '2.21/3.11/1.25',
    '2.20/3.13/1.26',
    '2.20/3.13/1.25',
    '2.20/3.12/1.26',
    '2.20/3.12/1.25',
    '2.20/3.11/1.26',
    '2.20/3.11/1.25',
    // 2.19 stops at Python 3.12
    '2.19/3.12/1.26',
    '2.19/3.12/1.25',
    '2.19/3.11/1.26',
    '2.19/3.11/1.25',
  ]);
  // Strings, so "3.10" stays 3.10 in the workflow (a YAML/JSON number would be 3.1).
  const json = JSON.stringify(buildMatrix({ tensorflow: '2.21', python: ['3.10'], go: ['1.26'] }));
  assert.equal(json, '{"include":[{"tensorflow":"2.21","python":"3.10","go":"1.26"}]}');
});

test('python lists drop versions a TF release does not support', () => {
  const matrix = buildMatrix({ tensorflow: '2.20, 2.21', python: '3.9, 3.13', go: ['1.26'] });
  assert.deepEqual(matrix.include, [
    { tensorflow: '2.21', python: '3.13', go: '1.26' },
    { tensorflow: '2.20', python: '3.13', go: '1.26' },
    { tensorflow: '2.20', python: '3.9', go: '1.26' },
  ]);
});

test('defaults: the newest three TF minors, every Python each supports, the supported Go releases', () => {
  const matrix = buildMatrix();
  assert.deepEqual([...new Set(matrix.include.map((e) => e.tensorflow))], ['2.21', '2.20', '2.19']);
  assert.deepEqual([...new Set(matrix.include.map((e) => e.go))], [...DEFAULT_GO_VERSIONS]);
  assert.deepEqual(
    matrix.include.filter((e) => e.tensorflow === '2.21' && e.go === '1.26').map((e) => e.python),
    ['3.13', '3.12', '3.11', '3.10'],
  );
  assert.equal(matrix.include.length, (4 + 5 + 4) * 2);
});

test('pythonsPerTf edges and newest trim the Python axis', () => {
  const edges = buildMatrix({ tensorflow: '~2.20', go: '1.26', pythonsPerTf: 'edges' });
  assert.deepEqual(
    edges.include.map((e) => e.python),
    ['3.13', '3.9'],
  );
  const newest = buildMatrix({ tensorflow: '>=2.20', go: '>=1.26', pythonsPerTf: 'newest' });
  assert.deepEqual(newest.include, [
    { tensorflow: '2.21', python: '3.13', go: '1.26' },
    { tensorflow: '2.20', python: '3.13', go: '1.26' },
  ]);
});

test('an empty matrix is refused with the input to change', () => {
  assert.throws(
    () => buildMatrix({ tensorflow: '2.16', python: '3.13' }),
    (e: unknown) => e instanceof InputError && e.input === 'python-versions' && /2\.16: 3\.9-3\.12/.test(e.message),
  );
  assert.throws(
    () => buildMatrix({ tensorflow: '>=3.0' }),
    (e: unknown) => e instanceof InputError && e.input === 'tensorflow-version',
  );
  assert.throws(
    () => buildMatrix({ go: '>=2.0' }),
    (e: unknown) => e instanceof InputError && e.input === 'go-version',
  );
  assert.throws(() => buildMatrix({ python: '3' }), /not a major.minor version/);
});
