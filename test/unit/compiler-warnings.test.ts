// Compiler warnings of one cause as one finding, on gcc 12's real output for the
// deprecated-kernel fixture against TensorFlow 2.21 (test/fixtures/build/kernel-deprecations.txt:
// ten -Wdeprecated-declarations warnings for four names), parsed and mapped as the action does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { parseBuildOutput } from '../../src/parse/build-output.ts';
import { scanCgoPackage } from '../../src/resolve/cgo-source.ts';
import { mapToSource } from '../../src/postprocess/map-to-source.ts';
import { groupCompilerWarnings, readDeprecation } from '../../src/postprocess/compiler-warnings.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const packageDir = path.join(repoRoot, 'test', 'fixtures', 'packages', 'deprecated-kernel');
const output = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'build', 'kernel-deprecations.txt'), 'utf8');
const facts = await scanCgoPackage(packageDir, ['wordcount.go']);
const parsed = parseBuildOutput(output);
const mapped = mapToSource(parsed, facts, { packageDir });
const grouped = groupCompilerWarnings(mapped, packageDir);
const inPackage = (file: string) => path.join(packageDir, file);
const lines = (d: Diagnostic) => [...(d.locations ?? []), ...(d.relatedLocations ?? [])].map((l) => `${path.basename(l.file)}:${l.line}`);

test('the real output: ten warnings, each on a line of the package, with the declaration gcc named', () => {
  assert.equal(parsed.length, 10);
  assert.ok(parsed.every((d) => d.kind === 'c-compile-warning' && d.declaredAt?.source));
  assert.deepEqual(parsed[1]!.declaredAt, {
    file: parsed[1]!.declaredAt!.file,
    line: 34,
    column: 23,
    source: 'inline ::absl::Status OkStatus() { return ::absl::OkStatus(); };',
  });
  assert.match(parsed[1]!.declaredAt.file, /\/include\/tensorflow\/core\/platform\/status\.h$/);
  // The include chain before a note is not kept as context.
  assert.ok(parsed.every((d) => !(d.raw ?? []).some((line) => /^\s+from /.test(line))));
});

test('ten warnings of four names are four findings, in the order their first warning came', () => {
  assert.deepEqual(
    grouped.map((d) => d.title),
    [
      'tensorflow::Status is deprecated (2 uses)',
      'tensorflow::OkStatus() is deprecated (4 uses)',
      'tensorflow::int64 is deprecated (2 uses)',
      'tensorflow::string is deprecated (2 uses)',
    ],
  );
  assert.ok(grouped.every((d) => d.kind === 'c-compile-warning' && d.severity === 'warning' && d.stage === 'build'));
  assert.deepEqual(
    grouped.map((d) => d.count),
    [2, 4, 2, 2],
  );
});

test('a group leads with its first use, in file order then line, and keeps the others as related places', () => {
  const ok = grouped[1]!;
  assert.deepEqual(ok.locations, [{ file: inPackage('wordcount_kernels.cc'), line: 14, column: 81 }]);
  assert.deepEqual(lines(ok), ['wordcount_kernels.cc:14', 'wordcount_kernels.cc:15', 'wordcount_ops.cc:9', 'wordcount_ops.cc:13']);
  assert.ok(ok.relatedLocations!.every((r) => r.note === 'another use'));
  // Two names on one line are two findings, each with its line.
  assert.deepEqual(lines(grouped[2]!), ['wordcount_kernels.cc:18', 'wordcount_kernels.cc:32']);
  assert.deepEqual(lines(grouped[3]!), ['wordcount_kernels.cc:18', 'wordcount_kernels.cc:29']);
  assert.deepEqual(lines(grouped[0]!), ['wordcount_kernels.cc:10', 'wordcount_ops.cc:8']);
});

test('the message names the count and every line; the fix names the replacement', () => {
  const [status, ok, int64, string] = grouped as [Diagnostic, Diagnostic, Diagnostic, Diagnostic];
  assert.equal(
    ok.message,
    'tensorflow::OkStatus() is deprecated, and the package uses it 4 times: at wordcount_kernels.cc:14, wordcount_kernels.cc:15, wordcount_ops.cc:9 and wordcount_ops.cc:13. It is declared deprecated at tensorflow/core/platform/status.h:34. The compiler printed one warning per use; here they are one finding.',
  );
  assert.equal(ok.fix, 'Use absl::OkStatus() instead of tensorflow::OkStatus().');
  assert.equal(status.fix, 'Use absl::Status instead of tensorflow::Status.');
  assert.equal(int64.fix, 'Use int64_t instead of tensorflow::int64.');
  assert.equal(string.fix, 'Use std::string instead of tensorflow::string.');
  assert.equal(ok.raw?.filter((line) => line.includes('warning:')).length, 4, 'the raw lines of every use');
});

test('a deprecation message of the header is the fix; clang quotes with an apostrophe', () => {
  const gcc = readDeprecation({
    message: '‘absl::lts_20250814::Status tensorflow::OkStatus()’ is deprecated: Use absl::OkStatus() instead. [-Wdeprecated-declarations]',
  });
  assert.deepEqual(gcc, { name: 'tensorflow::OkStatus()', text: 'Use absl::OkStatus() instead.' });
  const clang = readDeprecation({ message: "'OkStatus' is deprecated: Use absl::OkStatus() instead [-Wdeprecated-declarations]" });
  assert.deepEqual(clang, { name: 'OkStatus', text: 'Use absl::OkStatus() instead' });
  assert.equal(readDeprecation({ message: 'unused variable ‘x’ [-Wunused-variable]' }), undefined);
  const one: Diagnostic = {
    severity: 'warning',
    kind: 'c-compile-warning',
    stage: 'build',
    title: 'C compiler warning',
    message: '‘void f()’ is deprecated: Use g() instead [-Wdeprecated-declarations]',
    toolLocation: { file: 'k.cc', line: 3, column: 5 },
  };
  const [worded] = groupCompilerWarnings([one]);
  assert.equal(worded!.title, 'f() is deprecated (1 use)');
  assert.match(worded!.message, /^f\(\) is deprecated, and the package uses it once: at k\.cc:3\./);
  assert.equal(worded!.fix, 'The declaration of f() says: Use g() instead.');
});

test('other warnings: one text at several places is one finding; a single one is left as it is', () => {
  const warning = (message: string, file: string, line: number): Diagnostic => ({
    severity: 'warning',
    kind: 'c-compile-warning',
    stage: 'build',
    title: `C compiler warning: ${message}`,
    message,
    toolLocation: { file, line },
  });
  const error: Diagnostic = { severity: 'error', kind: 'c-compile-error', stage: 'build', title: 'e', message: 'e' };
  const unused = 'unused variable ‘x’ [-Wunused-variable]';
  const single = warning('‘f’ defined but not used [-Wunused-function]', 'main.go', 6);
  const out = groupCompilerWarnings([warning(unused, 'b.c', 4), error, single, warning(unused, 'a.c', 9)]);
  assert.equal(out.length, 3);
  assert.equal(out[0]!.title, 'C compiler warning: unused variable ‘x’ [-Wunused-variable] (2 places)');
  assert.equal(out[0]!.message, 'The compiler warned 2 times: unused variable ‘x’ [-Wunused-variable], at a.c:9 and b.c:4.');
  assert.deepEqual(out[0]!.toolLocation, { file: 'a.c', line: 9 });
  assert.deepEqual(out[0]!.relatedLocations, [{ file: 'b.c', line: 4, note: 'another use' }]);
  assert.equal(out[1], error);
  assert.equal(out[2], single);
});
