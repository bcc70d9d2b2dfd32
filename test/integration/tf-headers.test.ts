// The TensorFlow C headers of the test virtualenv, read for real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { readTfHeaders } from '../../src/flags/tf-headers.ts';
import { nearestFunction } from '../../src/flags/spelling-suggestion.ts';
import { findProviders } from '../../src/resolve/tensorflow-exports.ts';
import { tensorflowLibraries } from '../../src/resolve/tensorflow.ts';
import { tfDir } from '../helpers/env.ts';

const includeDir = () => path.join(tfDir(), 'include');

test('real headers: functions, types, constants, macros and inline helpers, fast and cached', async () => {
  const h = await readTfHeaders(includeDir());
  console.log(
    `# header scan: ${h.durationMs.toFixed(1)} ms, ${h.headers.length} C headers, ${h.skipped.length} C++ headers skipped, ${h.names.size} names`,
  );
  // Budget is < 100 ms; the bound here leaves room for a loaded CI machine.
  assert.ok(h.durationMs < 400, `${h.durationMs} ms`);
  assert.equal(await readTfHeaders(includeDir() + '/'), h, 'second call is the cached result');
  const kinds: Record<string, string | undefined> = {};
  for (const name of [
    'TF_Version',
    'TF_NewGraph',
    'TF_NewStatus',
    'TFE_NewContext',
    'TF_NewKernelBuilder',
    'TF_Status',
    'TF_Code',
    'TF_DataType',
    'TF_Graph',
    'TF_OK',
    'TF_FLOAT',
    'TF_ATTR_STRING',
    'TF_Bool',
    'TF_CAPI_EXPORT',
    'TF_TString_Init',
    'TF_TString_GetDataPointer',
    'TF_Nope',
  ]) {
    kinds[name] = h.names.get(name)?.kind;
  }
  assert.deepEqual(kinds, {
    TF_Version: 'function',
    TF_NewGraph: 'function',
    TF_NewStatus: 'function',
    TFE_NewContext: 'function',
    TF_NewKernelBuilder: 'function',
    TF_Status: 'type',
    TF_Code: 'type',
    TF_DataType: 'type',
    TF_Graph: 'type',
    TF_OK: 'constant',
    TF_FLOAT: 'constant',
    TF_ATTR_STRING: 'constant',
    TF_Bool: 'macro',
    TF_CAPI_EXPORT: 'macro',
    TF_TString_Init: 'inline-function',
    TF_TString_GetDataPointer: 'inline-function',
    TF_Nope: undefined,
  });
  assert.equal(h.names.get('TF_Version')!.header, 'tensorflow/c/c_api.h');
  assert.ok(h.headers.includes('tsl/platform/ctstring_internal.h'), 'follows includes out of tensorflow/c');
  assert.ok(h.skipped.includes('tensorflow/c/eager/dlpack.h'), 'C++ headers are skipped');
  assert.ok(!h.headers.some((f) => f.endsWith('_internal.h') && h.skipped.includes(f)));
});

test('real headers: every TF_CAPI_EXPORT declaration is found, and declared functions are mostly exported', async () => {
  const h = await readTfHeaders(includeDir());
  const declared = new Set<string>();
  for (const rel of h.headers) {
    const text = fs
      .readFileSync(path.join(includeDir(), rel), 'utf8')
      .replace(/\/\/[^\n]*/g, '')
      .replace(/#\s*define[^\n]*/g, '');
    for (const m of text.matchAll(/TF_CAPI_EXPORT\s+(?:extern\s+)?[^;{}()#]*?\b([A-Za-z_]\w*)\s*\(/g)) declared.add(m[1]!);
  }
  const functions = new Set([...h.names].filter(([, v]) => v.kind === 'function').map(([n]) => n));
  assert.ok(declared.size > 500, String(declared.size));
  assert.deepEqual(
    [...declared].filter((n) => !functions.has(n)),
    [],
  );
  const providers = await findProviders(tensorflowLibraries(tfDir()), [...declared]);
  const exported = [...providers.values()].filter(Boolean).length;
  assert.ok(exported / declared.size > 0.9, `${exported} of ${declared.size} declared functions are exported`);
});

test('nearestFunction suggests a close declared name, nothing for unrelated ones', async () => {
  const h = await readTfHeaders(includeDir());
  assert.equal(nearestFunction(h, 'TF_Versoin'), 'TF_Version');
  assert.equal(nearestFunction(h, 'TF_version'), 'TF_Version');
  assert.equal(nearestFunction(h, 'TF_NewGrpah'), 'TF_NewGraph');
  assert.equal(nearestFunction(h, 'TF_CompletelyDifferentThing'), undefined);
});
