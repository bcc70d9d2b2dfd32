import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../src/util/edit-distance.ts';

test('counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('', ''), 0);
  assert.equal(editDistance('abc', 'abc'), 0);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('abc', ''), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('tensorflow_cc', 'tensorflow_framework'), 9);
  assert.equal(editDistance('TF_Versoin', 'TF_Version'), 2, 'a swap of two letters is two substitutions');
});

test('is symmetric', () => {
  for (const [a, b] of [
    ['flaw', 'lawn'],
    ['tensorflow_missing', 'tensorflow_cc'],
    ['TF_NewGrpah', 'TF_NewGraph'],
  ] as const) {
    assert.equal(editDistance(a, b), editDistance(b, a));
    assert.equal(editDistance(a, b, { caseChangeCost: 0.5 }), editDistance(b, a, { caseChangeCost: 0.5 }));
  }
});

test('a change of case costs a full substitution unless caseChangeCost says otherwise', () => {
  assert.equal(editDistance('TF_version', 'TF_Version'), 1);
  assert.equal(editDistance('TF_version', 'TF_Version', { caseChangeCost: 0.5 }), 0.5);
  assert.equal(editDistance('tf_version', 'TF_VERSION', { caseChangeCost: 0.5 }), 4.5);
  assert.equal(editDistance('TF_Versiox', 'TF_Version', { caseChangeCost: 0.5 }), 1, 'another letter still costs 1');
});

test('gives up past max, returning max + 1', () => {
  assert.equal(editDistance('TF_Version', 'TF_CompletelyDifferentThing', { max: 2 }), 3, 'lengths alone differ by more than max');
  assert.equal(editDistance('abcdef', 'uvwxyz', { max: 2 }), 3, 'same length, every letter differs');
  assert.equal(editDistance('kitten', 'sitting', { max: 3 }), 3, 'exactly max is returned as it is');
  assert.equal(editDistance('kitten', 'sitting', { max: 2 }), 3);
  assert.equal(editDistance('TF_version', 'TF_Version', { max: 2, caseChangeCost: 0.5 }), 0.5);
});
