import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSarif } from '../../src/report/sarif.ts';
import { toDiagnosticsJson } from '../../src/report/diagnostics-json.ts';
import type { SarifLog } from '../../src/report/sarif.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const ws = '/home/runner/work/repo/repo';
const opts = { workspace: ws, toolVersion: '0.1.0', informationUri: 'https://github.com/octo/tf-cgo-verify' };

function undefinedRef(symbol: string, lines: number[]): Diagnostic {
  return {
    severity: 'error',
    kind: 'undefined-reference',
    stage: 'build',
    title: `Undefined reference to ${symbol}`,
    message: `undefined reference to \`${symbol}'`,
    fix: 'Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS.',
    symbol,
    providedBy: 'libtensorflow_cc.so.2',
    toolLocation: { file: '/tmp/go-build/cgo-gcc-prolog', line: 51 },
    locations: lines.map((line) => ({ file: `${ws}/go/tf go/main.go`, line, column: 9 })),
  };
}

const loaderError: Diagnostic = {
  severity: 'error',
  kind: 'undefined-symbol',
  stage: 'smoke',
  title: 'Undefined symbol TF_Version at load time',
  message: 'OSError: ./libtfgo.so: undefined symbol: TF_Version',
  symbol: 'TF_Version',
  toolLocation: { file: '/tmp/smoke.py', line: 3 },
};

const importOrder: Diagnostic = {
  severity: 'warning',
  kind: 'resolved-only-by-import',
  stage: 'smoke',
  title: 'Loads only after import tensorflow',
  message: 'libtfgo.so loads only when tensorflow was imported first.',
  locations: [{ file: '/home/runner/go/pkg/mod/example.com/dep@v1/x.go', line: 4 }],
};

const notice: Diagnostic = { severity: 'notice', kind: 'other', stage: 'inspect', title: 'FYI', message: 'm' };

// The parts of the SARIF 2.1.0 schema this output relies on, checked by hand.
function assertValidSarif(log: SarifLog): void {
  const json = JSON.parse(JSON.stringify(log)) as SarifLog;
  assert.deepEqual(json, log, 'JSON round-trip keeps everything (no undefined, no functions)');
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const [run] = log.runs;
  assert.equal(run.tool.driver.name, 'tf-cgo-verify');
  const ids = run.tool.driver.rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.shortDescription.text.length > 0 && rule.help.text.length > 0, rule.id);
    assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  }
  for (const r of run.results) {
    assert.equal(run.tool.driver.rules[r.ruleIndex]!.id, r.ruleId, 'ruleIndex points at ruleId');
    assert.ok(['error', 'warning', 'note'].includes(r.level));
    assert.ok(r.message.text.length > 0);
    for (const loc of r.locations ?? []) {
      const { artifactLocation, region } = loc.physicalLocation;
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(
        artifactLocation.uri.length > 0 && !artifactLocation.uri.startsWith('/') && !artifactLocation.uri.includes(':'),
        artifactLocation.uri,
      );
      assert.ok(!artifactLocation.uri.split('/').includes('..'));
      assert.doesNotThrow(() => new URL(artifactLocation.uri, 'file:///root/'), 'a valid relative URI reference');
      if (region) {
        assert.ok(Number.isInteger(region.startLine) && region.startLine >= 1);
        if (region.startColumn !== undefined) assert.ok(region.startColumn >= 1);
      }
    }
  }
}

test('every finding becomes a result with a workspace-relative location, no limit of 10', () => {
  const diags = Array.from({ length: 30 }, (_, i) => undefinedRef(`TF_S${i}`, [10 + i]));
  const log = toSarif([...diags, loaderError, importOrder, notice], opts);
  assertValidSarif(log);
  const { results, tool } = log.runs[0];
  assert.equal(results.length, 33);
  assert.deepEqual(
    tool.driver.rules.map((r) => r.id),
    ['undefined-reference', 'undefined-symbol', 'resolved-only-by-import', 'other'],
  );
  assert.equal(tool.driver.version, '0.1.0');
  assert.deepEqual(results[0], {
    ruleId: 'undefined-reference',
    ruleIndex: 0,
    level: 'error',
    message: { text: "undefined reference to `TF_S0'\nFix: Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS." },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: 'go/tf%20go/main.go', uriBaseId: '%SRCROOT%' },
          region: { startLine: 10, startColumn: 9 },
        },
      },
    ],
    properties: { title: 'Undefined reference to TF_S0', stage: 'build', symbol: 'TF_S0', providedBy: 'libtensorflow_cc.so.2' },
  });
  assert.deepEqual(
    results.slice(-3).map((r) => r.level),
    ['error', 'warning', 'note'],
  );
});

test('findings outside the workspace have no locations and name where they were seen', () => {
  const { results } = toSarif([loaderError, importOrder], opts).runs[0];
  assert.equal(results[0]!.locations, undefined);
  assert.match(results[0]!.message.text, /\nReported at \/tmp\/smoke\.py:3$/);
  assert.equal(results[1]!.locations, undefined, 'a module-cache path is not a workspace location');
  assert.match(results[1]!.message.text, /Reported at \/home\/runner\/go\/pkg\/mod\/example\.com\/dep@v1\/x\.go:4$/);
});

test('with a fallback file, locationless findings are anchored there for code scanning', () => {
  const log = toSarif([loaderError], { ...opts, fallbackFile: `${ws}/go/tf go/go.mod` });
  assertValidSarif(log);
  assert.deepEqual(log.runs[0].results[0]!.locations, [
    { physicalLocation: { artifactLocation: { uri: 'go/tf%20go/go.mod', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } },
  ]);
  const outside = toSarif([loaderError], { ...opts, fallbackFile: '/tmp/go.mod' });
  assert.equal(outside.runs[0].results[0]!.locations, undefined, 'a fallback outside the workspace is ignored');
});

test('three call sites give three results; identical ones one', () => {
  const { results } = toSarif([undefinedRef('TF_Version', [12, 30, 41, 41])], opts).runs[0];
  assert.deepEqual(
    results.map((r) => r.locations![0]!.physicalLocation.region!.startLine),
    [12, 30, 41],
  );
});

test('without an informationUri the driver and rules simply leave it out', () => {
  const { workspace, toolVersion } = opts;
  const log = toSarif([loaderError], { workspace, toolVersion });
  assertValidSarif(log);
  assert.ok(!('informationUri' in log.runs[0].tool.driver));
  assert.ok(!('helpUri' in log.runs[0].tool.driver.rules[0]!));
});

test('an empty run is still a valid log', () => {
  const log = toSarif([], opts);
  assertValidSarif(log);
  assert.deepEqual(log.runs[0].results, []);
  assert.deepEqual(log.runs[0].tool.driver.rules, []);
});

test('the diagnostics JSON keeps every field, with workspace-relative paths where possible', () => {
  const d = { ...undefinedRef('TF_Version', [12]), raw: ["/tmp/go-build/cgo-gcc-prolog:51: undefined reference to `TF_Version'"] };
  const doc = toDiagnosticsJson([d, loaderError, importOrder], { result: 'failed', workspace: ws, toolVersion: '0.1.0' });
  assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
  assert.equal(doc.version, 1);
  assert.deepEqual(doc.tool, { name: 'tf-cgo-verify', version: '0.1.0' });
  assert.equal(doc.result, 'failed');
  assert.deepEqual(doc.counts, { error: 2, warning: 1, notice: 0 });
  assert.deepEqual(doc.findings[0], {
    severity: 'error',
    kind: 'undefined-reference',
    stage: 'build',
    title: 'Undefined reference to TF_Version',
    message: "undefined reference to `TF_Version'",
    fix: 'Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS.',
    symbol: 'TF_Version',
    providedBy: 'libtensorflow_cc.so.2',
    locations: [{ path: 'go/tf go/main.go', inWorkspace: true, line: 12, column: 9 }],
    toolLocation: { path: '/tmp/go-build/cgo-gcc-prolog', inWorkspace: false, line: 51 },
    raw: ["/tmp/go-build/cgo-gcc-prolog:51: undefined reference to `TF_Version'"],
  });
  assert.deepEqual(doc.findings[1]!.locations, []);
  assert.equal(doc.findings[0].count, undefined, 'reported once: no count');
  const repeated = toDiagnosticsJson([{ ...d, count: 3 }], { result: 'failed', workspace: ws });
  assert.equal(repeated.findings[0]!.count, 3, 'a finding the tool reported three times says so');
  assert.deepEqual(doc.findings[2]!.locations, [{ path: '/home/runner/go/pkg/mod/example.com/dep@v1/x.go', inWorkspace: false, line: 4 }]);
});

test("a warning merged from many uses keeps its other uses as the result's related locations, with their note", () => {
  const merged: Diagnostic = {
    severity: 'warning',
    kind: 'c-compile-warning',
    stage: 'build',
    title: "'TF_OldName' is deprecated",
    message: "'TF_OldName' is deprecated, at 3 places",
    locations: [{ file: `${ws}/go/main.go`, line: 10, column: 5 }],
    relatedLocations: [
      { file: `${ws}/go/main.go`, line: 20, column: 5, note: 'another use' },
      { file: '/usr/include/outside.h', line: 3, note: 'another use' },
      { file: `${ws}/go/other.go`, line: 7, note: 'another use' },
    ],
    count: 3,
  };
  const [result, ...more] = toSarif([merged], opts).runs[0].results;
  assert.equal(more.length, 0, 'one result: code scanning lists the other places under it');
  assert.deepEqual(
    result!.relatedLocations?.map((l) => [
      l.id,
      l.message?.text,
      l.physicalLocation.artifactLocation.uri,
      l.physicalLocation.region?.startLine,
    ]),
    [
      [1, 'another use', 'go/main.go', 20],
      [2, 'another use', 'go/other.go', 7],
    ],
    'places outside the workspace are left out',
  );
  assert.equal(toSarif([{ ...merged, relatedLocations: [] }], opts).runs[0].results[0]!.relatedLocations, undefined);
});
