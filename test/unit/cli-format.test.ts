import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatForCli, stageTimesLine } from '../../src/report/cli-format.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const cwd = '/home/me/src/app';

const undefinedRef: Diagnostic = {
  severity: 'error',
  kind: 'undefined-reference',
  stage: 'build',
  title: 'Undefined reference to TF_Version',
  message: "undefined reference to `TF_Version'",
  fix: 'Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS.',
  symbol: 'TF_Version',
  toolLocation: { file: '/tmp/go-build/cgo-gcc-prolog', line: 51 },
  locations: [
    { file: `${cwd}/tfgo/main.go`, line: 12, column: 9 },
    { file: `${cwd}/tfgo/graph.go`, line: 30 },
  ],
};

test('each location gives a compiler-style line, relative to cwd, then the fix indented', () => {
  assert.deepEqual(formatForCli([undefinedRef], { cwd }), [
    "tfgo/main.go:12:9: error: undefined reference to `TF_Version'",
    "tfgo/graph.go:30: error: undefined reference to `TF_Version'",
    '    fix: Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS.',
  ]);
});

test('paths outside cwd stay absolute; without mapped lines the tool location is used', () => {
  const d: Diagnostic = {
    ...undefinedRef,
    severity: 'warning',
    fix: undefined,
    locations: [{ file: '/home/me/go/pkg/mod/x@v1/a.go', line: 3, column: 1 }],
  };
  const unmapped: Diagnostic = { ...undefinedRef, severity: 'notice', fix: undefined, locations: [] };
  assert.deepEqual(formatForCli([d, unmapped], { cwd }), [
    "/home/me/go/pkg/mod/x@v1/a.go:3:1: warning: undefined reference to `TF_Version'",
    "/tmp/go-build/cgo-gcc-prolog:51: note: undefined reference to `TF_Version'",
  ]);
});

test('a finding with no location at all is attributed to the tool', () => {
  const d: Diagnostic = {
    severity: 'error',
    kind: 'timeout',
    stage: 'smoke',
    title: 'Smoke test timed out',
    message: 'The smoke test did not finish in 120 s.\nIt was killed.',
    fix: 'Raise smoke-timeout\nor look for a hang.',
  };
  assert.deepEqual(formatForCli([d], { cwd }), [
    'tf-cgo-verify: error: The smoke test did not finish in 120 s.',
    '    It was killed.',
    '    fix: Raise smoke-timeout',
    '         or look for a hang.',
  ]);
});

test('a path the tool printed relative stays as printed; a sibling directory of cwd stays absolute', () => {
  const d: Diagnostic = {
    ...undefinedRef,
    fix: undefined,
    locations: [
      { file: './main.go', line: 6, column: 10 },
      { file: '/home/me/src/app2/x.go', line: 1 },
    ],
  };
  assert.deepEqual(formatForCli([d], { cwd }), [
    "./main.go:6:10: error: undefined reference to `TF_Version'",
    "/home/me/src/app2/x.go:1: error: undefined reference to `TF_Version'",
  ]);
});

test('tool text cannot become a workflow command when the CLI runs in a workflow step', () => {
  const d: Diagnostic = {
    severity: 'error',
    kind: 'other',
    stage: 'build',
    title: 't',
    message: 'ld: x ##[add-mask]secret\n::error file=a.go::forged\n  ::set-output name=x::y',
    fix: '::add-mask::secret',
    locations: [{ file: `${cwd}/::warning::x.go`, line: 1 }],
  };
  const lines = formatForCli([d], { cwd });
  assert.equal(lines.length, 4);
  for (const line of lines) {
    assert.ok(!line.trimStart().startsWith('::'), line);
    assert.ok(!line.includes('##['), line);
  }
  // What a reader sees is unchanged apart from the invisible break.
  assert.deepEqual(
    lines.map((l) => l.replaceAll('\u200b', '')),
    [
      '::warning::x.go:1: error: ld: x ##[add-mask]secret',
      '    ::error file=a.go::forged',
      '      ::set-output name=x::y',
      '    fix: ::add-mask::secret',
    ],
  );
});

test('the stage times line gives each timed stage and the wall time', () => {
  const line = stageTimesLine(
    [
      { name: 'Build the shared object', status: 'passed', durationMs: 1900 },
      { name: 'Import TensorFlow (alongside the next stages)', status: 'passed', durationMs: 2800 },
      { name: 'Inspect the shared object', status: 'skipped' },
    ],
    3400,
  );
  assert.equal(line, 'Stage times: Build the shared object 1.9 s, Import TensorFlow (alongside the next stages) 2.8 s; wall time 3.4 s');
});
