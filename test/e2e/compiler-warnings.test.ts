// Compiler warnings on a C++ kernel written against TensorFlow's older API
// (test/fixtures/packages/deprecated-kernel), built against the real TensorFlow 2.21, Go and gcc:
// ten deprecation warnings of four names are four annotations, each with its count and
// replacement; and a second run whose objects come from Go's build cache says that their
// warnings are not shown, rather than look clean.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, type ActionRun } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { tfPython } from '../helpers/env.ts';

const ws = makeWorkspace(fixturePackage('deprecated-kernel'), 'kernel');
after(() => removeWorkspace(ws));

interface Finding {
  kind: string;
  title: string;
  relatedLocations?: { path: string; line?: number }[];
}
const findingsOf = (run: ActionRun) => (JSON.parse(run.diagnosticsJson!) as { findings: Finding[] }).findings;
const warningsOf = (run: ActionRun) => run.commands.filter((c) => c.command === 'warning');

// The same job twice, as a later job with Go's build cache restored would run: the tool cache
// (the link stubs, whose folder is in cmd/go's cache key) and the runner's temp folder are kept,
// and the library goes outside the package folder, so its C header does not change the package.
const toolCache = path.join(ws, 'toolcache');
const runnerTemp = path.join(ws, 'runner-temp');
fs.mkdirSync(toolCache);
fs.mkdirSync(runnerTemp);
const inputs = { 'working-directory': 'kernel', output: '../out/libwordcount.so', python: tfPython(), 'glibc-floor': 'off' };
const runOnce = (extra: Record<string, string> = {}) =>
  runAction({ workspace: ws, inputs: { ...inputs, ...extra }, toolCache, runnerTemp });

test('ten deprecation warnings of four names are four annotations, each on the first use with its count and replacement', async () => {
  const run = await runOnce({ 'smoke-test': 'smoke_test.py' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.match(run.stdout, /GoWordCount: 4/, 'the kernel runs');
  // gcc printed all ten in the log.
  assert.equal(run.stdout.match(/is deprecated \[-Wdeprecated-declarations\]/g)?.length, 10, run.stdout);
  const warnings = warningsOf(run);
  assert.deepEqual(
    warnings.map((w) => [w.properties.file, w.properties.line, w.properties.title]),
    [
      ['kernel/wordcount_kernels.cc', '10', 'tensorflow::Status is deprecated (2 uses)'],
      ['kernel/wordcount_kernels.cc', '14', 'tensorflow::OkStatus() is deprecated (4 uses)'],
      ['kernel/wordcount_kernels.cc', '18', 'tensorflow::int64 is deprecated (2 uses)'],
      ['kernel/wordcount_kernels.cc', '18', 'tensorflow::string is deprecated (2 uses)'],
    ],
    run.stdout,
  );
  const message = (title: string) => warnings.find((w) => w.properties.title?.startsWith(title))!.message;
  assert.match(
    message('tensorflow::OkStatus()'),
    /uses it 4 times: at wordcount_kernels\.cc:14, wordcount_kernels\.cc:15, wordcount_ops\.cc:9 and wordcount_ops\.cc:13\.\nFix: Use absl::OkStatus\(\) instead of tensorflow::OkStatus\(\)\./,
  );
  assert.match(
    message('tensorflow::Status'),
    /2 times: at wordcount_kernels\.cc:10 and wordcount_ops\.cc:8\.\nFix: Use absl::Status instead/,
  );
  assert.match(
    message('tensorflow::int64'),
    /2 times: at wordcount_kernels\.cc:18 and wordcount_kernels\.cc:32\.\nFix: Use int64_t instead/,
  );
  assert.match(
    message('tensorflow::string'),
    /2 times: at wordcount_kernels\.cc:18 and wordcount_kernels\.cc:29\.\nFix: Use std::string instead/,
  );
  // Every use is in the diagnostics JSON and in the summary.
  const findings = findingsOf(run).filter((f) => f.kind === 'c-compile-warning');
  assert.deepEqual(
    findings.map((f) => f.relatedLocations?.length),
    [1, 3, 1, 1],
  );
  const ok = findings[1]!;
  assert.deepEqual(
    ok.relatedLocations?.map((l) => `${l.path}:${l.line}`),
    ['kernel/wordcount_kernels.cc:15', 'kernel/wordcount_ops.cc:9', 'kernel/wordcount_ops.cc:13'],
  );
  assert.match(run.summary, /<details><summary>4 places<\/summary>/);
  for (const place of ['wordcount_kernels.cc:14', 'wordcount_kernels.cc:15', 'wordcount_ops.cc:9', 'wordcount_ops.cc:13'])
    assert.ok(run.summary.includes(`kernel/wordcount${place.slice('wordcount'.length).replace(/_/g, '&#95;')}`), place);
  assert.doesNotMatch(run.summary, /not shown this run/);
});

test("the next run takes the objects from Go's build cache: no warnings, and the summary says why and how to see them", async () => {
  const run = await runOnce();
  assert.equal(run.exitCode, 0, run.stdout);
  assert.match(run.stdout, /took the package's objects from Go's build cache/);
  assert.doesNotMatch(run.stdout, /-Wdeprecated-declarations/, 'cmd/go printed no warnings');
  assert.deepEqual(warningsOf(run), []);
  assert.match(run.summary, /Compiler warnings are not shown this run: the package's C\/C\+\+ objects came from Go's build cache/);
  assert.match(run.summary, /cold cache/);
  assert.match(run.summary, /go build -a/);
});
