// The header scan on TensorFlow's real C headers, and on small texts for the C forms it must read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { headerKind, nearestFunction, readTfHeaders, scanHeaderText } from '../../src/flags/tf-headers.ts';
import { findProviders, tensorflowLibraries } from '../../src/inspect/providers.ts';
import { tfDir } from '../helpers/env.ts';

const includeDir = () => path.join(tfDir(), 'include');

test('real headers: functions, types, constants, macros and inline helpers, fast and cached', async () => {
  const h = await readTfHeaders(includeDir());
  console.log(`# header scan: ${h.durationMs.toFixed(1)} ms, ${h.headers.length} C headers, ${h.skipped.length} C++ headers skipped, ${h.names.size} names`);
  // Budget is < 100 ms; the bound here leaves room for a loaded CI machine.
  assert.ok(h.durationMs < 400, `${h.durationMs} ms`);
  assert.equal(await readTfHeaders(includeDir() + '/'), h, 'second call is the cached result');
  const kinds: Record<string, string | undefined> = {};
  for (const name of ['TF_Version', 'TF_NewGraph', 'TF_NewStatus', 'TFE_NewContext', 'TF_NewKernelBuilder', 'TF_Status', 'TF_Code',
    'TF_DataType', 'TF_Graph', 'TF_OK', 'TF_FLOAT', 'TF_ATTR_STRING', 'TF_Bool', 'TF_CAPI_EXPORT', 'TF_TString_Init', 'TF_TString_GetDataPointer', 'TF_Nope']) {
    kinds[name] = headerKind(h, name);
  }
  assert.deepEqual(kinds, {
    TF_Version: 'function', TF_NewGraph: 'function', TF_NewStatus: 'function', TFE_NewContext: 'function', TF_NewKernelBuilder: 'function',
    TF_Status: 'type', TF_Code: 'type', TF_DataType: 'type', TF_Graph: 'type',
    TF_OK: 'constant', TF_FLOAT: 'constant', TF_ATTR_STRING: 'constant',
    TF_Bool: 'macro', TF_CAPI_EXPORT: 'macro',
    TF_TString_Init: 'inline-function', TF_TString_GetDataPointer: 'inline-function',
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
    const text = fs.readFileSync(path.join(includeDir(), rel), 'utf8').replace(/\/\/[^\n]*/g, '').replace(/#\s*define[^\n]*/g, '');
    for (const m of text.matchAll(/TF_CAPI_EXPORT\s+(?:extern\s+)?[^;{}()#]*?\b([A-Za-z_]\w*)\s*\(/g)) declared.add(m[1]!);
  }
  const functions = new Set([...h.names].filter(([, v]) => v.kind === 'function').map(([n]) => n));
  assert.ok(declared.size > 500, String(declared.size));
  assert.deepEqual([...declared].filter((n) => !functions.has(n)), []);
  const providers = await findProviders(tensorflowLibraries(tfDir()), [...declared]);
  const exported = [...providers.values()].filter(Boolean).length;
  assert.ok(exported / declared.size > 0.9, `${exported} of ${declared.size} declared functions are exported`);
});

test('scanHeaderText: extern "C" blocks, __cplusplus regions, typedefs, enums, static inline', () => {
  const scan = scanHeaderText(`#ifndef X_H_
#define X_H_
#include "tensorflow/c/c_api_macros.h"
#ifdef __cplusplus
extern "C" {
namespace ignored { class Hidden; }
#endif
/* a comment with TF_CAPI_EXPORT extern void TF_InComment(void); */
typedef struct TF_Thing TF_Thing;
typedef struct TF_Pair { int a; void (*cb)(int); } TF_Pair;
typedef void (*TF_Callback)(void* arg, size_t n);
typedef enum TF_Color { TF_RED = 1, TF_GREEN = (1 << 2), TF_BLUE } TF_Color;
enum { TF_ANON_A, TF_ANON_B = TF_ANON_A + 1 };
#define TF_ALIAS TF_RED
#define TF_MAX(a, b) ((a) > (b) ? (a) : (b))
TF_CAPI_EXPORT extern const char* TF_Name(const TF_Thing* t, const char* s /* "x" */);
TF_CAPI_EXPORT extern TF_Thing*
TF_NewThing(void (*deallocator)(void*), int n) __attribute__((deprecated("use TF_NewThing2")));
extern void TF_Plain(void);
static inline int TF_Inline(int x) { if (x) { return 1; } return 0; }
inline void TF_DeclaredInline(TF_Thing* t);
static const char* kName = "a;b{";
#ifdef __cplusplus
}  // extern "C"
#endif
#endif
`);
  assert.deepEqual(scan.functions, ['TF_Name', 'TF_NewThing', 'TF_Plain']);
  assert.deepEqual(scan.inlineFunctions, ['TF_Inline', 'TF_DeclaredInline']);
  assert.deepEqual(new Set(scan.types), new Set(['TF_Thing', 'TF_Pair', 'TF_Callback', 'TF_Color']));
  assert.deepEqual(scan.constants, ['TF_RED', 'TF_GREEN', 'TF_BLUE', 'TF_ANON_A', 'TF_ANON_B']);
  assert.deepEqual(scan.macros, ['X_H_', 'TF_ALIAS', 'TF_MAX']);
  assert.deepEqual(scan.aliases, [{ name: 'TF_ALIAS', target: 'TF_RED' }]);
  assert.deepEqual(scan.includes, ['tensorflow/c/c_api_macros.h']);
  assert.equal(scan.cplusplus, false);
});

test('scanHeaderText: a header that is C++ outside __cplusplus guards is marked and not read', () => {
  const scan = scanHeaderText('#include <string>\nnamespace tensorflow {\nTF_CAPI_EXPORT extern void* TFE_GetDLDevice(void* h);\n}\n');
  assert.equal(scan.cplusplus, true);
  assert.deepEqual(scan.functions, []);
});

test('nearestFunction suggests a close declared name, nothing for unrelated ones', async () => {
  const h = await readTfHeaders(includeDir());
  assert.equal(nearestFunction(h, 'TF_Versoin'), 'TF_Version');
  assert.equal(nearestFunction(h, 'TF_version'), 'TF_Version');
  assert.equal(nearestFunction(h, 'TF_NewGrpah'), 'TF_NewGraph');
  assert.equal(nearestFunction(h, 'TF_CompletelyDifferentThing'), undefined);
});
