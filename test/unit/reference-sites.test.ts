import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { packageSites } from '../../src/postprocess/reference-sites.ts';

// Real GNU ld output: the kernel fixture (built in /tmp/wsn/kernel) linked without
// libtensorflow_framework.so.2, with -z defs given to the linker only.
const output = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'build', 'kernel-framework-unlinked.bfd.txt'), 'utf8');

test("the package's own .cc lines behind the undefined references, each once; TensorFlow's headers are not the package's", () => {
  const sites = packageSites(output, '/tmp/wsn/kernel');
  assert.ok(sites.length >= 5, JSON.stringify(sites));
  assert.ok(sites.every((s) => /^\/tmp\/wsn\/kernel\/scrape_(kernels|ops)\.cc$/.test(s.file)));
  assert.ok(
    sites.some((s) => s.file.endsWith('scrape_kernels.cc') && s.line === 26),
    'REGISTER_KERNEL_BUILDER',
  );
  assert.equal(new Set(sites.map((s) => `${s.file}:${s.line}`)).size, sites.length);
  assert.deepEqual(packageSites(output, '/elsewhere'), []);
});
