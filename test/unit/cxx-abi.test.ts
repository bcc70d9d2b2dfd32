import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { parseBuildOutput } from '../../src/parse/build-output.ts';
import { explainAbiMismatch, otherAbi } from '../../src/postprocess/cxx-abi.ts';
import { scanCgoPackage } from '../../src/resolve/cgo-source.ts';

// Real output: the kernel fixture with `#cgo CXXFLAGS: -std=c++17 -D_GLIBCXX_USE_CXX11_ABI=0`,
// linked against TensorFlow 2.21.0's framework library with -z defs (GNU ld 2.40).
const output = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'build', 'kernel-cxx11-abi.bfd.txt'), 'utf8');

test('which names carry the other C++ ABI', () => {
  assert.equal(otherAbi('tensorflow::OpDefBuilder::Input(std::string)', 1), true);
  assert.equal(otherAbi('_ZN10tensorflow12OpDefBuilder5InputESs', 1), true);
  assert.equal(
    otherAbi('tensorflow::OpDefBuilder::Input(std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >)', 1),
    false,
  );
  assert.equal(otherAbi('_ZNK10tensorflow8OpKernel11TraceStringB5cxx11ERKNS_15OpKernelContextEb', 0), true);
  assert.equal(otherAbi('TF_Version', 1), false);
});

test('std::string references under the old ABI are one finding at the #cgo line that sets it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cxx-abi-'));
  try {
    const go = path.join(dir, 'scrape.go');
    fs.writeFileSync(go, 'package main\n\n// #cgo CXXFLAGS: -std=c++17 -D_GLIBCXX_USE_CXX11_ABI=0\nimport "C"\n\nfunc main() {}\n');
    const facts = await scanCgoPackage(dir, [go]);
    const parsed = parseBuildOutput(output);
    const stringRefs = parsed.filter((d) => d.kind === 'undefined-reference' && /std::string/.test(d.symbol ?? ''));
    assert.equal(stringRefs.length, 3, JSON.stringify(parsed.map((d) => d.symbol)));
    const out = explainAbiMismatch(parsed, facts, 1, '2.21.0');
    const abi = out.filter((d) => d.kind === 'cxx-abi-mismatch');
    assert.equal(abi.length, 1);
    assert.equal(abi[0]!.title, 'C++ code built with _GLIBCXX_USE_CXX11_ABI=0; TensorFlow 2.21.0 uses 1');
    assert.match(abi[0]!.fix!, /remove -D_GLIBCXX_USE_CXX11_ABI=0/);
    assert.deepEqual(abi[0]!.locations?.[0], { file: go, line: 3, column: 4 });
    assert.ok(!out.some((d) => d.kind === 'undefined-reference' && /std::string/.test(d.symbol ?? '')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
