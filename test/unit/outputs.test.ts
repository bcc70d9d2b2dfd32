// The one place a pipeline result becomes outputs and report files, for the action and the
// CLI alike: the outputs map, the diagnostics JSON, the SARIF file and the verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportRun, unresolvedSymbols, verdictOf } from '../../src/outputs.ts';
import type { PipelineResult } from '../../src/pipeline-result.ts';
import type { Inputs } from '../../src/inputs.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const ws = '/ws';
const call: Diagnostic = {
  severity: 'error',
  kind: 'undefined-symbol',
  stage: 'smoke',
  title: 'Undefined symbol TF_Version',
  message: 'm.',
  symbol: 'TF_Version',
  locations: [{ file: '/ws/go/lib.go', line: 12, column: 3 }],
};
const glibc: Diagnostic = { severity: 'warning', kind: 'glibc-too-new', stage: 'inspect', title: 'needs GLIBC_2.34', message: 'm.' };

function result(diagnostics: Diagnostic[], passed: boolean): PipelineResult {
  const tf = {
    python: 'python3',
    pythonExecutable: '/venv/bin/python3',
    pythonVersion: '3.11.7',
    version: '2.21.0',
    distribution: 'tensorflow-cpu',
    dir: '/venv/tf',
    includeDir: '/venv/tf/include',
    libraries: ['libtensorflow_cc.so.2'],
    cxx11AbiFlag: 1 as const,
  };
  return {
    passed,
    diagnostics,
    notes: ['link-libraries: auto'],
    rawTails: [],
    stages: [{ name: 'Build the shared object', status: 'passed', durationMs: 5 }],
    tf,
    python: '/venv/bin/python3',
    goSetup: { version: '1.26.0', goroot: '/go', source: 'path' },
    tfSetup: { python: '/venv/bin/python3', source: 'given-python' },
    pkg: {
      dir: '/ws/go',
      importPath: 'x',
      name: 'main',
      cgoFiles: [],
      goFiles: [],
      deps: [],
      module: { path: 'x', goMod: '/ws/go/go.mod', dir: '/ws/go' },
    },
    plan: { cflags: [], ldflags: [], computedLibraries: [], providers: [], notInTensorflow: [], diagnostics: [], notes: [] },
    cgoEnv: { CGO_ENABLED: '1', CGO_CFLAGS: '-O2 -g -I/venv/tf/include', CGO_LDFLAGS: '-L/venv/tf -l:libtensorflow_cc.so.2' },
    sharedObject: '/ws/go/libgo.so',
  };
}

function inputs(over: Partial<Inputs>): Inputs {
  return {
    workspace: ws,
    workingDirectory: '/ws/go',
    packagePath: '.',
    output: '/ws/go/libgo.so',
    outputGiven: false,
    buildFlags: [],
    python: 'python3',
    expectSymbols: [],
    smokeTimeoutMs: 1000,
    failOn: 'error',
    annotate: true,
    loadAs: 'ctypes',
    standaloneLoad: 'warn',
    glibcFloor: 'wheel',
    supportedTensorflow: '',
    loadOnTensorflow: [],
    setup: {
      checkLatest: false,
      goDownloadSource: 'go.dev',
      tensorflowPackage: 'tensorflow-cpu',
      pipArgs: [],
      cache: 'off',
      cacheRotationDays: 7,
    },
    link: { mode: 'auto', against: 'stubs', rpath: 'auto' },
    ...over,
  };
}

test('outputs, the diagnostics JSON in a folder of its own, and the SARIF file when asked for', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-outputs-'));
  try {
    const sarifFile = path.join(root, 'out', 'results.sarif');
    const report = await reportRun(inputs({ sarifFile }), result([call, glibc], false), { diagnostics: { root } });
    assert.equal(report.outputs.result, 'failed');
    assert.equal(report.outputs['cgo-ldflags'], '-L/venv/tf -l:libtensorflow_cc.so.2');
    assert.equal(report.outputs['unresolved-symbols'], 'TF_Version');
    assert.equal(report.outputs['shared-object'], '/ws/go/libgo.so');
    assert.equal(report.outputs.diagnostics, report.diagnosticsFile);
    assert.equal(path.dirname(path.dirname(report.diagnosticsFile)), root);
    const json = JSON.parse(fs.readFileSync(report.diagnosticsFile, 'utf8')) as { result: string; findings: unknown[] };
    assert.equal(json.result, 'failed');
    assert.equal(json.findings.length, 2);
    assert.equal(report.outputs['sarif-file'], sarifFile);
    const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as { runs: { results: unknown[] }[] };
    assert.equal(sarif.runs[0]!.results.length, 2);
    assert.deepEqual(
      report.annotations.map((a) => [a.severity, a.properties.file, a.properties.startLine]),
      [
        ['error', 'go/lib.go', 12],
        ['warning', undefined, undefined],
      ],
    );
    assert.match(report.summary, /Undefined symbol TF&#95;Version.*go\/lib\.go:12/);
    // The finding's annotation says what failed: the verdict is a log line, not a second error.
    assert.deepEqual(report.verdict, {
      outcome: 'failed',
      message:
        'tf-cgo-verify failed: Load failed: Undefined symbol TF_Version (go/lib.go:12) (1 error, 1 warning; the job summary explains each finding).',
      annotate: false,
    });

    const second = await reportRun(inputs({ annotate: false }), result([], true), { diagnostics: { root } });
    assert.notEqual(path.dirname(second.diagnosticsFile), path.dirname(report.diagnosticsFile), 'two runs never share a diagnostics file');
    assert.equal(second.sarifFile, undefined);
    assert.equal(second.outputs['sarif-file'], undefined);
    assert.deepEqual(second.annotations, []);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('annotations printed before the report count against the limits, and the final message carries the overflow', async () => {
  // Ten error slots go to findings: the runner shows a failed JavaScript action's exit code
  // without any annotation of its own, so the verdict needs none when a finding has one.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-outputs-'));
  try {
    const calls = Array.from({ length: 12 }, (_, i): Diagnostic => ({
      ...call,
      symbol: `TF_S${i}`,
      title: `Undefined symbol TF_S${i}`,
      locations: [{ file: '/ws/go/lib.go', line: i + 1 }],
    }));
    const report = await reportRun(inputs({}), result([...calls, glibc], false), {
      diagnostics: { root },
      annotationsPrinted: { error: 0, warning: 10, notice: 0 },
    });
    assert.equal(report.annotations.filter((a) => a.severity === 'error').length, 10, 'every error slot on a finding');
    assert.equal(report.annotations.filter((a) => a.severity === 'warning').length, 0, 'earlier output used every warning slot');
    assert.equal(report.verdict.annotate, false);
    assert.equal(
      report.verdict.message,
      'tf-cgo-verify failed: Load failed: Undefined symbol TF_S0 and 11 more like it (go/lib.go:1) (12 errors, 1 warning; the job summary explains each finding). 2 more errors, 1 more warning are not annotated (GitHub shows at most 10 annotations of each severity per step); the job summary and the diagnostics JSON list every finding.',
    );
    assert.match(report.summary, /_3 findings or places have no annotation: /);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the verdict: passed, reported under fail-on never, or failed; an annotation only when no finding got one', () => {
  assert.equal(verdictOf({ passed: true, diagnostics: [glibc] }, 'error').message, 'tf-cgo-verify passed (0 errors, 1 warning).');
  assert.equal(verdictOf({ passed: false, diagnostics: [call] }, 'never').outcome, 'reported');
  assert.equal(verdictOf({ passed: false, diagnostics: [glibc] }, 'warning').outcome, 'failed');
  const unannotated = verdictOf({ passed: false, diagnostics: [call] }, 'error', {
    workspace: '/ws',
    annotated: false,
    overflow: '1 more error.',
  });
  assert.equal(unannotated.annotate, true);
  assert.match(
    unannotated.message,
    /^tf-cgo-verify failed: Load failed: Undefined symbol TF_Version \(go\/lib\.go:12\) .* 1 more error\.$/,
  );
  assert.equal(verdictOf({ passed: false, diagnostics: [call] }, 'error', { workspace: '/ws', annotated: true }).annotate, false);
});

test('unresolved symbols: sorted, once each, only from symbol findings', () => {
  const twice = { ...call, kind: 'undefined-reference' as const };
  assert.deepEqual(
    unresolvedSymbols([call, twice, { ...glibc, symbol: 'gnu_get_libc_version' }, { ...call, symbol: 'TF_A', kind: 'not-in-tensorflow' }]),
    ['TF_A', 'TF_Version'],
  );
});

test("link-dir is an output; mode setup's exports are listed in the summary", async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-outputs-'));
  try {
    const plain = await reportRun(inputs({}), result([], true), { diagnostics: { root } });
    assert.equal(plain.outputs['link-dir'], '');
    assert.doesNotMatch(plain.summary, /Exported for the later steps/);
    const base = result([], true);
    const setup = {
      ...base,
      plan: { ...base.plan!, linkDir: '/runner/temp/tf-cgo-verify-link/abc' },
      exports: { env: { CGO_ENABLED: '1', LD_LIBRARY_PATH: '/venv/tf' }, path: ['/go/bin'] },
    };
    const report = await reportRun(inputs({}), setup, { diagnostics: { root } });
    assert.equal(report.outputs['link-dir'], '/runner/temp/tf-cgo-verify-link/abc');
    assert.match(
      report.summary,
      /### Exported for the later steps of this job\n[\s\S]*```sh\nCGO_ENABLED=1\nLD_LIBRARY_PATH=\/venv\/tf\nPATH=\/go\/bin:\$PATH\n```/,
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
