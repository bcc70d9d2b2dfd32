// Linker and loader failures become annotations on the Go lines behind them, with
// repository-relative paths, GitHub's limits respected, and no forged commands.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, errorsOf, type WorkflowCommand } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { tfPython } from '../helpers/env.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

async function runIn(name: string, subdir: string, inputs: Record<string, string> = {}, prepare?: (dir: string) => void) {
  const ws = makeWorkspace(fixturePackage(name), subdir);
  workspaces.push(ws);
  prepare?.(path.join(ws, subdir));
  const run = await runAction({ workspace: ws, inputs: { 'working-directory': subdir, python: tfPython(), ...inputs } });
  return { ws, run };
}

function lineOf(file: string, needle: string): number {
  const index = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `${needle} not in ${file}`);
  return index + 1;
}

function at(errors: WorkflowCommand[], file: string): number[] {
  return errors
    .filter((e) => e.properties.file === file)
    .map((e) => Number(e.properties.line))
    .sort((a, b) => a - b);
}

test('an undefined TF function is annotated on its call only, in the right file of two', async () => {
  const { ws, run } = await runIn('two-files', 'two-files');
  assert.equal(run.exitCode, 1);
  const errors = errorsOf(run).filter((e) => e.message.includes('TF_VersionNotInTensorFlow'));
  assert.ok(errors.length > 0, run.stdout);
  const callLine = lineOf(path.join(ws, 'two-files', 'calls.go'), 'return C.TF_VersionNotInTensorFlow()');
  assert.deepEqual(at(errors, 'two-files/calls.go'), [callLine]);
  assert.deepEqual(at(errors, 'two-files/notes.go'), [], 'a comment or string mention was annotated');
  assert.ok(
    errors.every((e) => e.properties.file === 'two-files/calls.go'),
    JSON.stringify(errors),
  );
});

test('a call to a name TensorFlow does not have: the fact, no link advice, and no relink against the real libraries', async () => {
  const { run } = await runIn('two-files', 'two-files');
  assert.equal(run.exitCode, 1);
  const [error] = errorsOf(run).filter((e) => e.message.includes('TF_VersionNotInTensorFlow'));
  assert.equal(error!.properties.title, 'TF_VersionNotInTensorFlow is not in TensorFlow 2.21.0');
  assert.match(run.summary, /^## ❌ Link failed: TF&#95;VersionNotInTensorFlow is not in TensorFlow 2\.21\.0 \(two-files\/calls\.go:13\)/);
  assert.match(run.summary, /no TensorFlow library exports it/);
  const advice = run.summary.slice(0, run.summary.indexOf('<details>'));
  assert.doesNotMatch(advice, /-l:|Link the TensorFlow library|get&#95;link&#95;flags/, 'link advice for a name no library has');
  assert.match(run.summary, /not rebuilt against them/);
  assert.ok(!run.stdout.includes('building again against the real TensorFlow libraries'), 'relinked against the real libraries');
});

test('a missing -l library is annotated on the #cgo LDFLAGS line', async () => {
  const { ws, run } = await runIn('missing-lib', 'missing-lib');
  assert.equal(run.exitCode, 1);
  const line = lineOf(path.join(ws, 'missing-lib', 'lib.go'), '#cgo LDFLAGS: -ltensorflow_missing');
  const errors = errorsOf(run).filter((e) => e.message.includes('tensorflow_missing'));
  assert.deepEqual(at(errors, 'missing-lib/lib.go'), [line], run.stdout);
  assert.ok(errors[0]!.message.startsWith(`-ltensorflow_missing comes from the #cgo LDFLAGS line at missing-lib/lib.go:${line}.`));
  assert.match(run.summary, /No folder on the link line \(.*\) holds a library with a similar name/);
});

test('a missing header is annotated on the #include line', async () => {
  const { ws, run } = await runIn('missing-header', 'missing-header');
  assert.equal(run.exitCode, 1);
  const line = lineOf(path.join(ws, 'missing-header', 'lib.go'), 'c_api_nope.h');
  const errors = errorsOf(run).filter((e) => e.message.includes('c_api_nope.h'));
  assert.deepEqual(at(errors, 'missing-header/lib.go'), [line], run.stdout);
});

test('a package in a nested subfolder gets repository-relative paths', async () => {
  const { ws, run } = await runIn('missing-header', 'go/lib/native');
  const line = lineOf(path.join(ws, 'go/lib/native', 'lib.go'), 'c_api_nope.h');
  assert.deepEqual(at(errorsOf(run), 'go/lib/native/lib.go'), [line], run.stdout);
  assert.ok(errorsOf(run).every((e) => !e.properties.file || !path.isAbsolute(e.properties.file)));
});

/** Annotations the runner would make from the step's output, by severity. */
function annotationCounts(commands: WorkflowCommand[]): Record<'error' | 'warning' | 'notice', number> {
  const count = (c: string) => commands.filter((x) => x.command === c).length;
  return { error: count('error'), warning: count('warning'), notice: count('notice') };
}

function assertWithinStepLimits(commands: WorkflowCommand[]): void {
  const counts = annotationCounts(commands);
  for (const [severity, n] of Object.entries(counts))
    assert.ok(n <= 10, `${n} ${severity} annotations: GitHub shows 10 per step (${JSON.stringify(counts)})`);
}

/** The "N more errors ... not annotated" count the final failure message gives: a log line, not an annotation. */
function overflowCount(stdout: string): number {
  const final = stdout.split('\n').find((l) => l.startsWith('tf-cgo-verify failed: '));
  assert.ok(final, 'no final failure line');
  const match = /(\d+) more errors? (?:.* )?(?:is|are) not annotated/.exec(final);
  assert.ok(match, final);
  assert.match(final, /the job summary and the SARIF file list every finding/);
  return Number(match[1]);
}

test('25 missing names: one grouped summary entry, at most 10 error annotations all on call sites, the overflow counted, all 25 in the SARIF', async () => {
  const { ws, run } = await runIn('many-undefined', 'many', { 'sarif-file': 'findings.sarif' });
  assert.equal(run.exitCode, 1);
  assertWithinStepLimits(run.commands);
  const errors = errorsOf(run);
  assert.equal(errors.length, 10, 'ten findings; the failure message is no annotation');
  const source = fs.readFileSync(path.join(ws, 'many', 'lib.go'), 'utf8').split('\n');
  for (const e of errors) {
    assert.equal(e.properties.file, 'many/lib.go', JSON.stringify(e));
    assert.match(source[Number(e.properties.line) - 1]!, /C\.TF_Missing\d\d\(\)/, 'an annotation off a call site');
    assert.ok(e.message.length <= 300, `${e.message.length} characters`);
  }
  const diagnostics = JSON.parse(run.diagnosticsJson!) as { findings: { severity: string }[] };
  const errorFindings = diagnostics.findings.filter((f) => f.severity === 'error').length;
  assert.ok(errorFindings >= 25, `${errorFindings} error findings`);
  assert.equal(overflowCount(run.stdout), errorFindings - 10);
  // One entry: a single table row, one Why and Fix, the 25 names in its <details> list.
  assert.match(run.summary, /^## ❌ Link failed: 25 calls to names TensorFlow 2\.21\.0 does not have \(many\/lib\.go:\d+\)/);
  assert.equal(run.summary.split('\n').filter((l) => l.startsWith('| ❌ |')).length, 1);
  assert.equal(run.summary.split('**Fix:**').length, 2);
  for (let i = 1; i <= 25; i++) {
    const name = `TF&#95;Missing${String(i).padStart(2, '0')}`;
    assert.ok(run.summary.includes(`- <code>${name}</code>: <code>many/lib.go:`), `${name} missing from the summary list`);
  }
  assert.match(run.summary, /15 findings or places have no annotation: .*50 per job/);
  const sarifPath = run.outputs['sarif-file']!;
  assert.equal(sarifPath, path.join(ws, 'many', 'findings.sarif'));
  const sarif = JSON.parse(fs.readFileSync(sarifPath, 'utf8')) as { version: string; runs: { results: { message: { text: string } }[] }[] };
  assert.equal(sarif.version, '2.1.0');
  const texts = sarif.runs[0]!.results.map((r) => r.message.text).join('\n');
  for (let i = 1; i <= 25; i++) assert.ok(texts.includes(`TF_Missing${String(i).padStart(2, '0')}`));
});

test('5,000 missing expect-symbols: still 10 errors at most, the count in the failure message, every one in the SARIF', async () => {
  const names = Array.from({ length: 5000 }, (_, i) => `HelloMissing${i}`);
  const { ws, run } = await runIn('hello', 'hello', { 'expect-symbols': names.join('\n'), 'sarif-file': 'findings.sarif' });
  assert.equal(run.exitCode, 1);
  assertWithinStepLimits(run.commands);
  assert.equal(errorsOf(run).length, 10);
  assert.equal(overflowCount(run.stdout), 5000 - 10);
  const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'hello', 'findings.sarif'), 'utf8')) as {
    runs: { results: { message: { text: string } }[] }[];
  };
  const reported = new Set(sarif.runs[0]!.results.flatMap((r) => /HelloMissing\d+/.exec(r.message.text) ?? []));
  assert.equal(reported.size, 5000);
  assert.match(run.summary, /5000 errors/);
  for (const e of errorsOf(run)) assert.ok(e.message.length <= 300, `${e.message.length} characters`);
});

test('tool output that tries to forge commands forges nothing', async () => {
  const forgedName = 'x::error file=lib.go,line=1,title=forged::from a file name.go';
  const { run } = await runIn('forge', 'forge', {}, (dir) => {
    fs.writeFileSync(path.join(dir, forgedName), 'package main\n\n/*\n#warning "::add-mask::fromfilename"\n*/\nimport "C"\n');
  });
  assert.ok(!run.commands.some((c) => c.command === 'add-mask'), 'a mask was added');
  assert.ok(!run.commands.some((c) => c.properties.title === 'forged'), 'an annotation was forged');
  assert.ok(!run.commands.some((c) => c.command === 'error' && c.properties.line === '1' && c.properties.file === 'forge/lib.go'));
  // The warnings are still reported, as data.
  assert.ok(
    run.commands.some((c) => c.command === 'warning' && c.message.includes('::add-mask::hunter2')),
    run.stdout,
  );
  assert.match(run.stdout, /::stop-commands::tf-cgo-verify-[0-9a-f]{32}/);
});

test('a file name with a newline cannot start a workflow command in the log', async () => {
  const { run } = await runIn('hello', 'hello', {}, (dir) => {
    fs.writeFileSync(path.join(dir, 'y\n::warning title=forged::from a log line.go'), 'package main\n\nimport "C"\n');
  });
  assert.match(run.stdout, /from a log line\.go/, 'the file name is logged');
  assert.ok(!run.commands.some((c) => c.properties.title === 'forged'), 'a warning was forged');
});
