// findProviders and withProviders on the real TensorFlow libraries: which one exports each C name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { repoRoot, tfDir } from '../helpers/env.ts';
import { withProviders } from '../../src/inspect/providers.ts';
import { findProviders, findProvisions } from '../../src/resolve/tensorflow-exports.ts';
import { tensorflowLibraries } from '../../src/resolve/tensorflow.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';
import { tfLinkDir } from '../fixtures/elf/build-example.ts';

const finding = (over: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  kind: 'other',
  stage: 'build',
  title: 't',
  message: 'm',
  ...over,
});

test('each TF C name maps to the library that exports it, unknown names to undefined', async () => {
  const libraries = tensorflowLibraries(tfLinkDir());
  const names = ['TF_Version', 'TF_NewGraph', 'TF_NewStatus', 'TF_DeleteStatus', 'TF_GetCode', 'TF_NoSuchFunction', 'TF_NewStatus'];
  const providers = await findProviders(libraries, names);
  assert.deepEqual(Object.fromEntries(providers), {
    TF_Version: 'libtensorflow_cc.so.2',
    TF_NewGraph: 'libtensorflow_cc.so.2',
    // Listed first, framework wins for the names it exports.
    TF_NewStatus: 'libtensorflow_framework.so.2',
    TF_DeleteStatus: 'libtensorflow_framework.so.2',
    TF_GetCode: 'libtensorflow_framework.so.2',
    TF_NoSuchFunction: undefined,
  });
  const provisions = await findProvisions(libraries, ['TF_Version']);
  assert.deepEqual(provisions.get('TF_Version')!.definition, {
    name: 'TF_Version',
    defined: true,
    binding: 'GLOBAL',
    type: 'FUNC',
    version: 'tensorflow',
    versionHidden: false,
  });
});

test('the first library in the given order wins when several export a name', async () => {
  // The TF libraries export disjoint TF_ names, so use two fixtures that both export api_one.
  const fixtures = path.join(repoRoot, 'test', 'fixtures', 'elf');
  const a = path.join(fixtures, 'libversioned64.so');
  const b = path.join(fixtures, 'libversioned32.so');
  assert.equal((await findProviders([a, b], ['api_one'])).get('api_one'), 'libversioned64.so');
  assert.equal((await findProviders([b, a], ['api_one'])).get('api_one'), 'libversioned32.so');
  const [framework] = tensorflowLibraries(tfLinkDir()) as [string];
  assert.deepEqual(Object.fromEntries(await findProviders([framework], ['TF_Version'])), { TF_Version: undefined });
});

test('an undefined TensorFlow symbol gets the library that defines it and the exact -l flag', async () => {
  const [d] = await withProviders(
    [finding({ kind: 'undefined-symbol', stage: 'smoke', symbol: 'TF_Version' })],
    tensorflowLibraries(tfDir()),
  );
  assert.equal(d!.providedBy, 'libtensorflow_cc.so.2');
  assert.match(d!.fix ?? '', /-l:libtensorflow_cc\.so\.2/);
  const [other] = await withProviders(
    [finding({ kind: 'undefined-symbol', symbol: 'not_a_tf_symbol_at_all' })],
    tensorflowLibraries(tfDir()),
  );
  assert.equal(other!.providedBy, undefined);
});
