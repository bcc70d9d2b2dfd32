import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as core from '@actions/core';
import {
  planAnnotations,
  remainingBudget,
  shortAnnotationMessage,
  maxAnnotationMessageLength,
  type AnnotationLimits,
} from '../../src/report/annotations.ts';
import type { PlannedAnnotation } from '../../src/report/annotations.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const ws = '/home/runner/work/repo/repo';

function undefinedRef(symbol: string, lines: number[], file = `${ws}/go/tfgo/main.go`): Diagnostic {
  return {
    severity: 'error',
    kind: 'undefined-reference',
    stage: 'build',
    title: `Undefined reference to ${symbol}`,
    message: `The linker found no definition of ${symbol}.`,
    fix: 'Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS.',
    symbol,
    referencedFrom: `_cgo_4904bc4eed61_Cfunc_${symbol}`,
    providedBy: 'libtensorflow_cc.so.2',
    toolLocation: { file: '/tmp/go-build/cgo-gcc-prolog', line: 51 },
    locations: lines.map((line) => ({ file, line, column: 9 })),
  };
}

const collect2: Diagnostic = {
  severity: 'error',
  kind: 'linker-error',
  stage: 'build',
  title: 'Link failed',
  message: 'collect2: error: ld returned 1 exit status',
};

test('a symbol used at three call sites is one annotation, on the first line in file order, naming the others', () => {
  const d = undefinedRef('TF_Version', [41, 12, 30]);
  d.locations!.push({ file: `${ws}/go/tfgo/a.go`, line: 7, column: 2 });
  const { annotations, omitted } = planAnnotations([d], { workspace: ws });
  assert.deepEqual(
    annotations.map((a) => [a.severity, a.properties.file, a.properties.startLine, a.properties.startColumn]),
    [['error', 'go/tfgo/a.go', 7, 2]],
  );
  const first = annotations[0]!;
  assert.equal(first.properties.title, 'Undefined reference to TF_Version');
  assert.equal(
    first.message,
    'The linker found no definition of TF_Version. Also at go/tfgo/main.go:12; go/tfgo/main.go:30; go/tfgo/main.go:41.\nFix: Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS.',
  );
  const sameFile = planAnnotations([undefinedRef('TF_Version', [41, 12, 30])], { workspace: ws }).annotations[0]!;
  assert.equal(sameFile.properties.startLine, 12);
  assert.match(sameFile.message, /^The linker found no definition of TF_Version\. Also at lines 30, 41\.\nFix: /);
  assert.deepEqual(omitted, { error: 0, warning: 0, notice: 0 });
});

test('a finding on many lines lists as many as fit in its one annotation, then how many more', () => {
  const lines = Array.from({ length: 40 }, (_, i) => 100 + i);
  const [a] = planAnnotations([undefinedRef('TF_Version', lines)], { workspace: ws }).annotations;
  assert.equal(a!.properties.startLine, 100);
  assert.match(a!.message, /Also at lines 101, 102, .* and \d+ more\.\nFix: /);
  assert.ok(a!.message.length <= maxAnnotationMessageLength);
});

test('identical annotations are sent once', () => {
  const d = undefinedRef('TF_Version', [12, 12]);
  const { annotations } = planAnnotations([d, structuredClone(d)], { workspace: ws });
  assert.equal(annotations.length, 1);
});

test('a finding outside the workspace gets no file and names the tool location in the message', () => {
  const d = undefinedRef('TF_Version', [7], '/home/runner/go/pkg/mod/github.com/wamuir/graft@v0.10.0/tensorflow/go/version.go');
  const noMap: Diagnostic = { ...undefinedRef('TF_NewGraph', []), locations: undefined };
  const { annotations } = planAnnotations([d, noMap], { workspace: ws });
  assert.equal(annotations.length, 2);
  for (const a of annotations) assert.equal(a.properties.file, undefined);
  assert.match(
    annotations[0]!.message,
    / Reported at \/home\/runner\/go\/pkg\/mod\/github\.com\/wamuir\/graft@v0\.10\.0\/tensorflow\/go\/version\.go:7:9 \(reported at \/tmp\/go-build\/cgo-gcc-prolog:51\)\.\nFix: /,
  );
  assert.match(annotations[1]!.message, / Reported at \/tmp\/go-build\/cgo-gcc-prolog:51\.\nFix: /);
});

test('a compile error whose tool location is a workspace .go line is annotated there', () => {
  const header: Diagnostic = {
    severity: 'error',
    kind: 'missing-header',
    stage: 'build',
    title: 'Header not found: tensorflow/c/c_api_nope.h',
    message: 'tensorflow/c/c_api_nope.h: No such file or directory',
    header: 'tensorflow/c/c_api_nope.h',
    toolLocation: { file: `${ws}/main.go`, line: 6, column: 10 },
  };
  const [a] = planAnnotations([header], { workspace: ws }).annotations;
  assert.deepEqual(a!.properties, {
    title: 'Header not found: tensorflow/c/c_api_nope.h',
    file: 'main.go',
    startLine: 6,
    endLine: 6,
    startColumn: 10,
  });
  assert.equal(a!.message, 'tensorflow/c/c_api_nope.h: No such file or directory');
});

test('columns are dropped from an annotation spanning several lines', () => {
  const d = undefinedRef('TF_Version', []);
  d.locations = [{ file: `${ws}/main.go`, line: 3, column: 2, endLine: 5, endColumn: 4 }];
  const [a] = planAnnotations([d], { workspace: ws }).annotations;
  assert.deepEqual(a!.properties, { title: d.title, file: 'main.go', startLine: 3, endLine: 5 });
});

test('over the limit: the 10 most useful errors, every slot a finding, the rest counted; other severities separately', () => {
  const diags: Diagnostic[] = [collect2];
  for (let i = 0; i < 25; i++) diags.push(undefinedRef(`TF_Sym${i}`, [100 + i]));
  diags.push({ ...undefinedRef('TF_Lost', []), locations: undefined });
  diags.push({
    severity: 'warning',
    kind: 'resolved-only-by-import',
    stage: 'smoke',
    title: 'Loads only after import tensorflow',
    message: 'm',
  });
  const { annotations, omitted, overflow } = planAnnotations(diags, { workspace: ws, sarif: true });

  const errors = annotations.filter((a) => a.severity === 'error');
  assert.equal(errors.length, 10);
  assert.deepEqual(
    errors.map((a) => a.properties.startLine),
    [100, 101, 102, 103, 104, 105, 106, 107, 108, 109],
    'findings on workspace lines go first, in input order',
  );
  assert.match(overflow ?? '', /^17 more errors are not annotated .*; the job summary and the SARIF file list every finding\.$/);
  assert.equal(omitted.error, 17); // 15 undefined references, TF_Lost, collect2
  assert.equal(annotations.at(-1)!.severity, 'warning', 'errors are sent before warnings');
  assert.equal(omitted.warning, 0);
});

test('exactly at the limit every finding is annotated and nothing overflows', () => {
  const diags = Array.from({ length: 10 }, (_, i) => undefinedRef(`TF_S${i}`, [i + 1]));
  const plan = planAnnotations(diags, { workspace: ws });
  assert.equal(plan.annotations.length, 10);
  assert.ok(plan.annotations.every((a) => a.properties.file === 'go/tfgo/main.go'));
  assert.equal(plan.overflow, undefined);
});

test('named findings go before generic ones; each finding takes one slot, however many lines it is on', () => {
  const generic: Diagnostic = { ...collect2, toolLocation: { file: `${ws}/main.go`, line: 1 } };
  const diags = [generic, ...Array.from({ length: 8 }, (_, i) => undefinedRef(`TF_S${i}`, [10 * i + 2, 10 * i + 1]))];
  const { annotations, omitted, overflow } = planAnnotations(diags, {
    workspace: ws,
    budget: { error: 8, warning: 10, notice: 10 },
  });
  assert.deepEqual(
    annotations.map((a) => a.properties.startLine),
    [1, 11, 21, 31, 41, 51, 61, 71],
  );
  assert.ok(annotations.every((a) => a.properties.title !== 'Link failed'));
  assert.match(overflow ?? '', /^1 more error is not annotated/);
  assert.deepEqual(omitted, { error: 1, warning: 0, notice: 0 });
});

test('a finding ranked first is sent before every other of its severity, so a full budget keeps it', () => {
  const pin: Diagnostic = {
    severity: 'error',
    kind: 'pin-change',
    stage: 'changes',
    rank: 'first',
    title: 'This pull request changed tensorflow-cpu 2.20.0 → 2.21.0',
    message: 'tensorflow-cpu 2.20.0 → 2.21.0 here; the build now fails.',
    locations: [{ file: `${ws}/requirements.txt`, line: 3 }],
  };
  // Last in the list, unnamed (no symbol): without the rank it would sort after all twelve.
  const diags = [...Array.from({ length: 12 }, (_, i) => undefinedRef(`TF_S${i}`, [i + 1])), pin];
  const { annotations, omitted } = planAnnotations(diags, { workspace: ws });
  const errors = annotations.filter((a) => a.severity === 'error');
  assert.equal(errors.length, 10);
  assert.deepEqual([errors[0]!.properties.file, errors[0]!.properties.startLine], ['requirements.txt', 3]);
  assert.equal(omitted.error, 3);
  // Ranked first within its severity only: errors still go before a ranked warning.
  const warned = planAnnotations([{ ...pin, severity: 'warning' }, undefinedRef('TF_A', [1])], { workspace: ws }).annotations;
  assert.deepEqual(
    warned.map((a) => a.severity),
    ['error', 'warning'],
  );
});

const warning = (i: number): Diagnostic => ({
  severity: 'warning',
  kind: 'resolved-only-by-import',
  stage: 'inspect',
  symbol: `TF_W${i}`,
  title: `TF_W${i} resolves only after import tensorflow`,
  message: 'm',
});
const notice = (i: number): Diagnostic => ({ severity: 'notice', kind: 'other', stage: 'setup', title: `Notice ${i}`, message: 'm' });
const sent = (annotations: PlannedAnnotation[]): AnnotationLimits => ({
  error: annotations.filter((a) => a.severity === 'error').length,
  warning: annotations.filter((a) => a.severity === 'warning').length,
  notice: annotations.filter((a) => a.severity === 'notice').length,
});

test('25 findings: ten annotations, all on call sites, and the overflow sentence for the final message', () => {
  const diags = Array.from({ length: 25 }, (_, i) => undefinedRef(`TF_Missing${i}`, [i + 1]));
  const plan = planAnnotations(diags, { workspace: ws, budget: remainingBudget({ error: 0, warning: 0, notice: 0 }), sarif: true });
  assert.equal(sent(plan.annotations).error, 10);
  assert.ok(plan.annotations.every((a) => a.properties.file === 'go/tfgo/main.go' && a.properties.startLine !== undefined));
  assert.equal(
    plan.overflow,
    '15 more errors are not annotated (GitHub shows at most 10 annotations of each severity per step); the job summary and the SARIF file list every finding.',
  );
  assert.equal(plan.omitted.error, 15);
});

test('what earlier output used is taken off the budget, severity by severity', () => {
  const diags = [
    ...Array.from({ length: 4 }, (_, i) => undefinedRef(`TF_E${i}`, [i + 1])),
    ...Array.from({ length: 5 }, (_, i) => warning(i)),
    notice(0),
  ];
  // Three setup warnings and a cache notice were printed.
  const plan = planAnnotations(diags, { workspace: ws, budget: remainingBudget({ error: 0, warning: 7, notice: 10 }) });
  assert.deepEqual(sent(plan.annotations), { error: 4, warning: 3, notice: 0 });
  assert.deepEqual(plan.omitted, { error: 0, warning: 2, notice: 1 });
  assert.equal(
    plan.overflow,
    '2 more warnings, 1 more notice are not annotated (GitHub shows at most 10 annotations of each severity per step); the job summary and the diagnostics JSON list every finding.',
  );
});

test('no budget left for a severity: nothing of it is sent, and the rest still fits', () => {
  const diags = [undefinedRef('TF_E', [1]), warning(1), warning(2)];
  const plan = planAnnotations(diags, { workspace: ws, budget: { error: 0, warning: 0, notice: 10 } });
  assert.deepEqual(sent(plan.annotations), { error: 0, warning: 0, notice: 0 });
  assert.equal(
    plan.overflow,
    '1 more error, 2 more warnings are not annotated (GitHub shows at most 10 annotations of each severity per step); the job summary and the diagnostics JSON list every finding.',
  );
});

test('whatever the budget, the annotations never exceed it', () => {
  const diags = [
    ...Array.from({ length: 14 }, (_, i) => undefinedRef(`TF_E${i}`, [i + 1, i + 100])),
    ...Array.from({ length: 14 }, (_, i) => warning(i)),
    ...Array.from({ length: 14 }, (_, i) => notice(i)),
  ];
  for (let used = 0; used <= 11; used++) {
    const budget = remainingBudget({ error: used, warning: 11 - used, notice: used % 4 });
    const counts = sent(planAnnotations(diags, { workspace: ws, budget }).annotations);
    for (const s of ['error', 'warning', 'notice'] as const)
      assert.ok(counts[s] <= budget[s], `${s}: ${counts[s]} > ${budget[s]} (used ${used})`);
  }
});

test('no annotation message is longer than 300 characters: one sentence of why, then the fix', () => {
  const long = 'Word '.repeat(400);
  const findings: Diagnostic[] = [
    { ...undefinedRef('TF_Version', [3]), message: `The linker found no definition of TF_Version. ${long}`, fix: `Link it. ${long}` },
    { ...undefinedRef('TF_NewGraph', [4]), message: long, fix: long },
    { ...undefinedRef('TF_X', []), locations: undefined, toolLocation: { file: `/tmp/${'d/'.repeat(200)}x.c`, line: 1 }, message: long },
    { ...collect2, message: `${long}.`, fix: undefined },
  ];
  const plan = planAnnotations(findings, { workspace: ws });
  assert.equal(plan.annotations.length, 4);
  for (const a of plan.annotations) assert.ok(a.message.length <= maxAnnotationMessageLength, `${a.message.length}: ${a.message}`);
  assert.equal(plan.annotations[0]!.message, 'The linker found no definition of TF_Version.\nFix: Link it.');
  assert.equal(maxAnnotationMessageLength, 300);
  assert.equal(shortAnnotationMessage({ ...collect2, fix: 'Relink.' }), 'collect2: error: ld returned 1 exit status\nFix: Relink.');
});

// What src/main.ts does with a plan: the real @actions/core writes the workflow commands.
function emit(annotations: PlannedAnnotation[]): string {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  try {
    for (const a of annotations) core[a.severity](a.message, a.properties);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

test('tool text that looks like a workflow command stays inside one escaped command', () => {
  const forged = 'x\n::error file=x::forged\r\n::add-mask::secret';
  const inFile: Diagnostic = {
    ...undefinedRef('TF_Version', []),
    title: 'T ::error file=y::t',
    message: `undefined reference ${forged}`,
    fix: '::add-mask::secret',
    locations: [{ file: `${ws}/::error file=x::forged,a.go`, line: 3 }],
  };
  const outside: Diagnostic = {
    ...undefinedRef('TF_NewGraph', []),
    severity: 'warning',
    message: forged,
    locations: undefined,
    toolLocation: { file: '/tmp/::add-mask::secret\n::error::x', line: 1 },
  };
  const plan = planAnnotations([inFile, outside], { workspace: ws });
  assert.equal(plan.annotations[0]!.properties.file, '::error file=x::forged,a.go');

  const out = emit(plan.annotations);
  const lines = out.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 2, 'one line per annotation');
  assert.match(lines[0]!, /^::error /);
  assert.match(lines[1]!, /^::warning /);
  for (const line of lines) {
    assert.ok(!line.includes('\r'), 'no raw CR');
    // Properties sit between the command name and the first "::"; ':' and ',' are escaped there.
    const props = line.slice(line.indexOf(' ') + 1, line.indexOf('::', 2));
    assert.ok(!props.includes('::error') && !props.includes('::add-mask'));
  }
  assert.ok(lines[0]!.includes('file=%3A%3Aerror file=x%3A%3Aforged%2Ca.go'));
  assert.ok(lines[0]!.includes('title=T %3A%3Aerror file=y%3A%3At'));
  // In the message, newlines are escaped, so the forged text cannot start a line.
  // The message is one line of why (whitespace folded) and one of the fix: the forged text cannot start a line.
  assert.ok(lines[0]!.includes('::undefined reference x ::error file=x::forged ::add-mask::secret%0AFix: ::add-mask::secret'));
  assert.ok(lines[1]!.includes(' Reported at /tmp/::add-mask::secret ::error::x:1.'));
});
