// The interpreter as a provider of names, read from its own dynamic symbols (the python binary
// and the libpython a shared build NEEDs): an extension module's link warnings (real GNU ld
// output) lose the names it exports, and the others become errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { locateTensorFlow } from '../../src/resolve/tensorflow.ts';
import { interpreterProviders } from '../../src/resolve/extension-module.ts';
import { parseBuildOutput } from '../../src/parse/build-output.ts';
import { withoutInterpreterNames } from '../../src/build/interpreter-names.ts';

test("the interpreter's files export its C API, not TensorFlow's names or a misspelling", async () => {
  const tf = await locateTensorFlow(tfPython());
  const found = await interpreterProviders(tf, ['PyModule_Create2', 'PyUnicode_FromString', 'PyUnicode_FromStrin', 'TF_Version']);
  assert.deepEqual([...found.keys()].sort(), ['PyModule_Create2', 'PyUnicode_FromString']);
  assert.ok([...found.values()].every((file) => tf.interpreterFiles!.some((f) => path.basename(f) === file)));
});

test('the link warnings lose the names the interpreter provides; a misspelt one is an error with the nearest real name', async () => {
  const tf = await locateTensorFlow(tfPython());
  const output = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'build', 'pymodule-typo.bfd.txt'), 'utf8');
  const { diagnostics, leftToInterpreter } = await withoutInterpreterNames(parseBuildOutput(output), tf);
  assert.deepEqual(leftToInterpreter, ['PyModule_Create2']);
  const references = diagnostics.filter((d) => d.kind === 'undefined-reference');
  assert.deepEqual(
    references.map((d) => [d.symbol, d.severity]),
    [['PyUnicode_FromStrin', 'error']],
  );
  assert.match(references[0]!.fix ?? '', /did you mean PyUnicode_FromString\?/);
});
