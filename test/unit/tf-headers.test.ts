// The header scan on small texts for the C forms it must read. On TensorFlow's real headers:
// test/integration/tf-headers.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanHeaderText } from '../../src/flags/tf-headers.ts';

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
