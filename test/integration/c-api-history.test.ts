// The shipped C API history cannot drift unseen: its entry for every installed TensorFlow
// (the test virtualenvs, 2.21 and 2.20) matches that TensorFlow's real libraries and headers,
// read the same way as scripts/tf-c-api-history.ts reads a wheel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { architectureHistory, expandRanges, minorOf, shippedHistory } from '../../src/resolve/c-api-history.ts';
import { libraryFacts } from '../../scripts/tf-wheel-contents.ts';
import { runProcess } from '../../src/util/process.ts';
import { tf220Python, tfDir, tfPython } from '../helpers/env.ts';

const LIBRARIES = ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2'];

/** Headers under include/tensorflow/c/, relative to include/. */
function cHeaders(includeDir: string): string[] {
  const folder = path.join(includeDir, 'tensorflow', 'c');
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.h'))
    .map((f) => path.posix.join('tensorflow/c', f.split(path.sep).join('/')))
    .sort();
}

/** What the history says one minor's library exports. */
function recordedNames(minor: string, library: string): string[] {
  const arch = architectureHistory(process.arch)!;
  return Object.entries(arch.names)
    .filter(([, libraries]) => libraries[library] !== undefined && expandRanges(libraries[library], shippedHistory.minors).includes(minor))
    .map(([name]) => name)
    .sort();
}

for (const [label, python] of [
  ['2.21 (.tf-venv)', tfPython],
  ['2.20 (.tf-venv-2.20)', tf220Python],
] as const) {
  test(`the history's entry for the installed TensorFlow ${label} matches its libraries and headers`, async () => {
    const dir = tfDir(python());
    const probe = await runProcess(python(), ['-c', 'import importlib.metadata as m; print(m.version("tensorflow-cpu"))']);
    const version = probe.stdout.trim();
    const minor = minorOf(version);
    const release = architectureHistory(process.arch)?.releases[minor];
    assert.ok(release, `no ${minor} in the history for ${process.arch}`);
    assert.equal(release.version, version, 'the history read an older patch than the one installed');

    let cxx11 = false;
    let abseil: string | undefined;
    for (const library of LIBRARIES) {
      const facts = await libraryFacts(path.join(dir, library));
      assert.deepEqual(recordedNames(minor, library), facts.names, `${library} of ${version}`);
      cxx11 ||= facts.cxx11;
      abseil ??= facts.abseil;
    }
    assert.equal(release.abseil, abseil ?? null);
    for (const library of LIBRARIES) assert.ok(release.libraries.includes(library), `${library} of ${version} is recorded as in the wheel`);
    assert.equal(release.cxx11Abi, cxx11 ? 1 : 0);

    const arch = architectureHistory(process.arch)!;
    const recordedHeaders = Object.keys(arch.headers)
      .filter((h) => expandRanges(arch.headers[h]!, shippedHistory.minors).includes(minor))
      .sort();
    assert.deepEqual(recordedHeaders, cHeaders(path.join(dir, 'include')));
  });
}
