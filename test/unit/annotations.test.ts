import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as core from '@actions/core';
import { planAnnotations } from '../../src/report/annotations.ts';
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

test('a symbol used at three call sites gives three annotations at those lines', () => {
  const { annotations, omitted } = planAnnotations([undefinedRef('TF_Version', [12, 30, 41])], { workspace: ws });
  assert.deepEqual(
    annotations.map((a) => [a.severity, a.properties.file, a.properties.startLine, a.properties.startColumn]),
    [
      ['error', 'go/tfgo/main.go', 12, 9],
      ['error', 'go/tfgo/main.go', 30, 9],
      ['error', 'go/tfgo/main.go', 41, 9],
    ],
  );
  const first = annotations[0]!;
  assert.equal(first.properties.title, 'Undefined reference to TF_Version');
  assert.equal(first.message, 'The linker found no definition of TF_Version.\nFix: Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS.');
  assert.deepEqual(omitted, { error: 0, warning: 0, notice: 0 });
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
    /\nReported at \/home\/runner\/go\/pkg\/mod\/github\.com\/wamuir\/graft@v0\.10\.0\/tensorflow\/go\/version\.go:7:9 \(reported at \/tmp\/go-build\/cgo-gcc-prolog:51\)$/,
  );
  assert.match(annotations[1]!.message, /\nReported at \/tmp\/go-build\/cgo-gcc-prolog:51$/);
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

test('over the limit: 9 most useful errors, then a note with the count; other severities separately', () => {
  const diags: Diagnostic[] = [collect2];
  for (let i = 0; i < 25; i++) diags.push(undefinedRef(`TF_Sym${i}`, [100 + i]));
  diags.push({ ...undefinedRef('TF_Lost', []), locations: undefined });
  diags.push({ severity: 'warning', kind: 'resolved-only-by-import', stage: 'smoke', title: 'Loads only after import tensorflow', message: 'm' });
  const { annotations, omitted } = planAnnotations(diags, { workspace: ws, sarif: true });

  const errors = annotations.filter((a) => a.severity === 'error');
  assert.equal(errors.length, 10);
  assert.deepEqual(
    errors.slice(0, 9).map((a) => a.properties.startLine),
    [100, 101, 102, 103, 104, 105, 106, 107, 108],
    'findings on workspace lines go first, in input order',
  );
  const note = errors[9]!;
  assert.equal(note.properties.file, undefined);
  assert.match(note.message, /^18 more errors not annotated here .*: see the job summary and the SARIF file\.$/);
  assert.equal(omitted.error, 18); // 16 undefined references, TF_Lost, collect2
  assert.equal(annotations.at(-1)!.severity, 'warning', 'errors are sent before warnings');
  assert.equal(omitted.warning, 0);
});

test('exactly at the limit nothing is replaced by a note', () => {
  const diags = Array.from({ length: 10 }, (_, i) => undefinedRef(`TF_S${i}`, [i + 1]));
  const plan = planAnnotations(diags, { workspace: ws });
  assert.equal(plan.annotations.length, 10);
  assert.ok(plan.annotations.every((a) => a.properties.file === 'go/tfgo/main.go'));
});

test('named findings go before generic ones, and first call sites before further call sites', () => {
  const generic: Diagnostic = { ...collect2, toolLocation: { file: `${ws}/main.go`, line: 1 } };
  const diags = [generic, ...Array.from({ length: 6 }, (_, i) => undefinedRef(`TF_S${i}`, [10 * i + 1, 10 * i + 2]))];
  const { annotations, omitted, omittedLocations } = planAnnotations(diags, { workspace: ws, limits: { error: 8, warning: 10, notice: 10 } });
  assert.deepEqual(
    annotations.slice(0, 7).map((a) => a.properties.startLine),
    [1, 11, 21, 31, 41, 51, 1],
  );
  assert.equal(annotations[6]!.properties.title, 'Link failed');
  assert.match(annotations[7]!.message, /^6 more locations of the errors above not annotated here \(at most 8 errors/);
  assert.deepEqual(omitted, { error: 0, warning: 0, notice: 0 });
  assert.equal(omittedLocations.error, 6);
});

test('a finding ranked first is sent before every other of its severity, so a full budget keeps it', () => {
  const pin: Diagnostic = {
    severity: 'error', kind: 'pin-change', stage: 'changes', rank: 'first', title: 'This pull request changed tensorflow-cpu 2.20.0 → 2.21.0',
    message: 'tensorflow-cpu 2.20.0 → 2.21.0 here; the build now fails.', locations: [{ file: `${ws}/requirements.txt`, line: 3 }],
  };
  // Last in the list, unnamed (no symbol): without the rank it would sort after all twelve.
  const diags = [...Array.from({ length: 12 }, (_, i) => undefinedRef(`TF_S${i}`, [i + 1])), pin];
  const { annotations, omitted } = planAnnotations(diags, { workspace: ws });
  const errors = annotations.filter((a) => a.severity === 'error');
  assert.equal(errors.length, 10);
  assert.deepEqual([errors[0]!.properties.file, errors[0]!.properties.startLine], ['requirements.txt', 3]);
  assert.match(errors[9]!.message, /^4 more errors not annotated here/);
  assert.equal(omitted.error, 4);
  // Ranked first within its severity only: errors still go before a ranked warning.
  const warned = planAnnotations([{ ...pin, severity: 'warning' }, undefinedRef('TF_A', [1])], { workspace: ws }).annotations;
  assert.deepEqual(warned.map((a) => a.severity), ['error', 'warning']);
});

// What src/main.ts does with a plan: the real @actions/core writes the workflow commands.
function emit(annotations: PlannedAnnotation[]): string {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
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
  assert.ok(lines[0]!.includes('::undefined reference x%0A::error file=x::forged%0D%0A::add-mask::secret%0AFix: ::add-mask::secret'));
  assert.ok(lines[1]!.includes('%0AReported at /tmp/::add-mask::secret%0A::error::x:1'));
});
