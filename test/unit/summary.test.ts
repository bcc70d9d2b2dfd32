import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSummary, ANNOTATION_LIMIT_LINE } from '../../src/report/summary.ts';
import { code, escapeCell } from '../../src/report/markdown.ts';
import { repoBlobUrl } from '../../src/report/source-links.ts';
import { formatDuration } from '../../src/report/duration.ts';
import type { SummaryData } from '../../src/report/summary-data.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const ws = '/home/runner/work/repo/repo';
const repoUrl = 'https://github.com/octo/repo/blob/0123abc';
const MiB = 1024 * 1024;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function undefinedRef(i: number): Diagnostic {
  return {
    severity: 'error',
    kind: 'undefined-reference',
    stage: 'build',
    title: `Undefined reference to TF_Sym${i}`,
    message: `/tmp/go-build/cgo-gcc-prolog:51: undefined reference to \`TF_Sym${i}'`,
    fix: 'Add -l:libtensorflow_cc.so.2 to CGO_LDFLAGS.',
    symbol: `TF_Sym${i}`,
    library: 'libtensorflow_cc.so.2',
    toolLocation: { file: '/tmp/go-build/cgo-gcc-prolog', line: 51 },
    locations: [{ file: `${ws}/go/tfgo/main.go`, line: 10 + i, column: 9 }],
  };
}

function data(diagnostics: Diagnostic[], extra: Partial<SummaryData> = {}): SummaryData {
  return {
    result: diagnostics.some((d) => d.severity === 'error') ? 'failed' : 'passed',
    diagnostics,
    workspace: ws,
    repoUrl,
    versions: { go: '1.26.0', tensorflow: '2.21.0', python: '3.11.2' },
    flags: {
      cgoCflags: '-I/venv/lib/python3.11/site-packages/tensorflow/include',
      cgoLdflags: '-L/venv/lib/python3.11/site-packages/tensorflow -l:libtensorflow_framework.so.2 -Wl,-z,defs',
    },
    stages: [
      { name: 'resolve', status: 'passed', durationMs: 2810 },
      { name: 'build', status: 'failed', durationMs: 12_400 },
      { name: 'smoke', status: 'skipped' },
    ],
    ...extra,
  };
}

/** A finding with a cause of its own: its message names a library of its own. */
function distinct(i: number): Diagnostic {
  return { ...undefinedRef(i), message: `The linker found no definition in libcause${i}.so.`, fix: `Link libcause${i}.so.` };
}

const findingRows = (md: string): string[] => md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l));
// Unescaped pipes delimit cells; a row with 3 cells has 4 of them.
const pipeCount = (row: string): number => row.split('|').length - 1;
/** The lines a reader sees before the first folded part. */
const visibleLines = (md: string): string[] =>
  md
    .slice(0, md.includes('<details>') ? md.indexOf('<details>') : md.length)
    .split('\n')
    .filter((l) => l.trim() !== '');

test('25 findings with one cause: one entry, its Why and Fix once as text, every place in a <details> list', () => {
  const diags = Array.from({ length: 25 }, (_, i) => undefinedRef(i));
  const tail = { title: 'go build output (last 200 lines)', text: '# example.com/tfgo\ncollect2: error: ld returned 1 exit status\n' };
  const md = renderSummary(data(diags, { rawTail: [tail], sharedObject: `${ws}/libtfgo.so` }));
  assert.ok(
    md.startsWith(
      '## ❌ Link failed: Undefined reference to TF&#95;Sym0 and 24 more like it (go/tfgo/main.go:10)\n\n25 errors · Go 1.26.0, TensorFlow 2.21.0',
    ),
    md,
  );
  const rows = findingRows(md);
  assert.equal(rows.length, 1);
  assert.equal(pipeCount(rows[0]!), 4);
  assert.ok(rows[0]!.includes(`[go/tfgo/main.go:10](${repoUrl}/go/tfgo/main.go#L10)`));
  assert.ok(rows[0]!.endsWith(`[go/tfgo/main.go:10](${repoUrl}/go/tfgo/main.go#L10) and 24 more |`), rows[0]);
  assert.equal(md.split('**Fix:** Add -l:libtensorflow&#95;cc.so.2 to CGO&#95;LDFLAGS.').length, 2, 'the fix once');
  assert.ok(md.includes('For <code>TF&#95;Sym0</code> (the others alike): '));
  const list = md.slice(md.indexOf('<details><summary>25 findings and where they are</summary>'));
  for (let i = 0; i < 25; i++) assert.ok(list.includes(`- <code>TF&#95;Sym${i}</code>: [go/tfgo/main.go:${10 + i}]`), `TF_Sym${i}`);
  assert.ok(!md.includes(ANNOTATION_LIMIT_LINE), 'every finding annotated: no limit note');
  assert.match(md, /\| build \| ❌ failed \| 12\.4 s \|/);
  assert.match(md, /\| smoke \| ⏭️ skipped \| {2}\|/);
  // Flags in a code block: a table cell would break them at each hyphen.
  assert.ok(
    md.includes(
      '```text\nCGO_CFLAGS=-I/venv/lib/python3.11/site-packages/tensorflow/include\nCGO_LDFLAGS=-L/venv/lib/python3.11/site-packages/tensorflow -l:libtensorflow_framework.so.2 -Wl,-z,defs\n',
    ),
  );
  assert.ok(md.indexOf('<details><summary>Stages, flags and notes</summary>') > md.indexOf('**Fix:**'));
  assert.ok(
    md.includes(
      '<details><summary>Raw output: go build output (last 200 lines)</summary>\n\n```text\n# example.com/tfgo\ncollect2: error: ld returned 1 exit status\n```\n\n</details>',
    ),
  );
  assert.ok(!md.includes('omitted'));
});

test("25 names TensorFlow lacks: one entry, 'N calls to names TensorFlow 2.21.0 does not have'", () => {
  const diags: Diagnostic[] = Array.from({ length: 25 }, (_, i) => ({
    ...undefinedRef(i),
    kind: 'not-in-tensorflow',
    title: `TF_Sym${i} is not in TensorFlow 2.21.0`,
    message: `TensorFlow 2.21.0 has no function TF_Sym${i}: no TensorFlow library exports it.`,
    fix: `Remove or replace the call to TF_Sym${i}, or pin a TensorFlow version that exports it.`,
    library: undefined,
  }));
  const md = renderSummary(data(diags));
  assert.ok(md.startsWith('## ❌ Link failed: 25 calls to names TensorFlow 2.21.0 does not have (go/tfgo/main.go:10)\n'), md);
  assert.equal(findingRows(md).length, 1);
  assert.doesNotMatch(md.slice(0, md.indexOf('<details><summary>Stages')), /-l:|Link the/, 'no link advice');
});

test('the annotation-limit note shows only when a finding went unannotated', () => {
  const diags = Array.from({ length: 25 }, (_, i) => undefinedRef(i));
  assert.ok(!renderSummary(data(diags, { unannotated: 0 })).includes(ANNOTATION_LIMIT_LINE));
  const md = renderSummary(data(diags, { unannotated: 15 }));
  assert.ok(md.includes(`_15 findings or places have no annotation: ${ANNOTATION_LIMIT_LINE}_`));
  assert.match(ANNOTATION_LIMIT_LINE, /50 per job/);
});

test('a passing run: at most 8 visible lines before the first <details>, what was built, versions, checks and time', () => {
  const md = renderSummary(
    data([], {
      result: 'passed',
      sharedObject: `${ws}/go/libtfgo.so`,
      stages: [
        { name: 'Set up Go and TensorFlow', status: 'passed', durationMs: 10 },
        { name: 'Resolve TensorFlow, Go and the package', status: 'passed', durationMs: 90 },
        { name: 'Compute cgo flags', status: 'passed', durationMs: 600 },
        { name: 'Build the shared object', status: 'passed', durationMs: 1900 },
        { name: 'Inspect the shared object', status: 'passed', durationMs: 40 },
        { name: 'Load under Python', status: 'passed', durationMs: 3100 },
      ],
      notes: ['link stubs in /tool/cache/stubs', 'FLAGS: SYMBOLIC STATIC_TLS'],
    }),
  );
  const visible = visibleLines(md);
  assert.ok(visible.length <= 8, visible.join('\n'));
  assert.equal(visible[0], '## ✅ tf-cgo-verify passed');
  assert.ok(visible.some((l) => l.includes('<code>go/libtfgo.so</code>') && l.includes('TensorFlow 2.21.0') && l.includes('5.7 s')));
  assert.ok(visible.some((l) => l.includes('Build the shared object · Inspect the shared object · Load under Python')));
  for (const folded of ['CGO_LDFLAGS', '/tool/cache/stubs', 'SYMBOLIC', '| Stage |'])
    assert.ok(md.indexOf(folded) > md.indexOf('<details>'), `${folded} is not folded`);
});

test('25 findings with a 5 MB raw tail: all rows kept, the tail cut to its end with a notice', () => {
  const diags = Array.from({ length: 25 }, (_, i) => undefinedRef(i));
  const lines = Array.from({ length: 60_000 }, (_, i) => `line ${i} ${'x'.repeat(80)}`);
  const text = lines.join('\n') + '\nLAST LINE\n';
  assert.ok(bytes(text) > 5_000_000);
  const md = renderSummary(data(diags, { rawTail: [{ title: 'go build output', text }] }));
  assert.ok(bytes(md) <= MiB, `${bytes(md)} bytes`);
  assert.ok(bytes(md) > MiB - 4096, 'the tail uses the room there is');
  assert.equal(findingRows(md).length, 1);
  assert.match(
    md,
    /_Cut to keep the summary under the size limit: the first \d+ of \d+ bytes are omitted; the full output is in the job log\._/,
  );
  assert.ok(md.includes('LAST LINE\n```\n'), 'the end of the output is kept');
  assert.ok(!md.includes('line 0 x'), 'the start is cut');
  assert.match(md, /```text\nline \d+ x/, 'the kept part starts at a whole line');
});

test('100k findings of one cause: one entry, the list cut with a count', () => {
  const md = renderSummary(data(Array.from({ length: 100_000 }, (_, i) => undefinedRef(i))));
  assert.ok(bytes(md) < 64 * 1024, `${bytes(md)} bytes`);
  assert.equal(findingRows(md).length, 1);
  assert.ok(md.includes('- … and 99800 more: see the diagnostics JSON'));
});

test('100k findings of distinct causes and a 5 MB tail: under 1 MiB, entries cut with a count, the tail omitted', () => {
  const diags = Array.from({ length: 100_000 }, (_, i) => distinct(i));
  const md = renderSummary(data(diags, { rawTail: [{ title: 'go build output', text: 'y'.repeat(5_000_000) }] }));
  assert.ok(bytes(md) <= MiB, `${bytes(md)} bytes`);
  const kept = findingRows(md).length;
  assert.ok(kept > 1000 && kept < 100_000, `${kept} rows`);
  assert.ok(md.includes(`**… ${100_000 - kept} more findings omitted: see the diagnostics JSON**`));
  assert.ok(md.includes('100000 errors · '), 'counts cover every finding');
  assert.match(md, /go build output: omitted to keep the summary under the size limit; see the job log\./);
  assert.match(md, /\*\*Stages\*\*/, 'the fixed sections survive');
});

test('a smaller maxBytes is honoured, multi-byte text is never split', () => {
  const diags = Array.from({ length: 25 }, (_, i) => ({ ...distinct(i), message: `${i} ${'ü€😀'.repeat(50)}` }));
  const md = renderSummary(data(diags, { rawTail: [{ title: 't', text: '😀'.repeat(10_000) }] }), { maxBytes: 8000 });
  assert.ok(bytes(md) <= 8000);
  assert.ok(!md.includes('\uFFFD'));
  assert.match(md, /more findings omitted: see the diagnostics JSON/);
});

test('table cells and the text under them cannot break the table or inject HTML', () => {
  const evil: Diagnostic = {
    ...undefinedRef(1),
    title: 'a | b',
    message: 'x | y\nsecond line <script>alert(1)</script> & `code` [link](http://x) $a$',
    fix: 'use -l:lib|x.so\r\nthen retry',
    symbol: 'std::vector<int>|`x',
  };
  const md = renderSummary(data([evil]));
  const [row] = findingRows(md);
  assert.equal(pipeCount(row!), 4);
  assert.ok(row!.startsWith('| ❌ | a &#124; b |'));
  assert.ok(
    md.includes(
      'x &#124; y<br>second line &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#96;code&#96; &#91;link&#93;(http://x) &#36;a&#36;',
    ),
  );
  assert.ok(md.includes('**Fix:** use -l:lib&#124;x.so<br>then retry'));
  assert.ok(!md.includes('<script>'));
});

test('the raw tail fence is longer than any backtick run in it', () => {
  const text = 'before\n```\nnot the end\n````\n`````go\nstill inside\n';
  const md = renderSummary(data([], { rawTail: [{ title: 'smoke <test> output', text }] }));
  assert.ok(md.includes('<summary>Raw output: smoke &lt;test&gt; output</summary>'));
  const open = md.indexOf('``````text\n');
  assert.notEqual(open, -1, 'a six-backtick fence');
  const close = md.indexOf('\n``````\n', open);
  assert.ok(md.slice(open, close).includes('still inside'));
});

test('without a repository URL locations are plain path:line; outside ones show where the tool saw them', () => {
  const outside: Diagnostic = { ...distinct(2), locations: undefined };
  const md = renderSummary(data([distinct(1), outside], { repoUrl: undefined }));
  const [inside, other] = findingRows(md);
  assert.ok(inside!.endsWith('| <code>go/tfgo/main.go:11</code> |'));
  assert.ok(other!.includes('| /tmp/go-build/cgo-gcc-prolog:51 |'));
  assert.ok(!md.includes('](')); // no links
});

test('a passed run without findings has no findings table', () => {
  const md = renderSummary(data([], { result: 'passed', stages: [] }));
  assert.ok(md.startsWith('## ✅ tf-cgo-verify passed\n\nSet up Go 1.26.0, TensorFlow 2.21.0, Python 3.11.2.\n'), md);
  assert.ok(!md.includes('| What |'));
  assert.ok(!md.includes(ANNOTATION_LIMIT_LINE));
  assert.ok(!md.includes('**Stages**'));
});

test('rows go errors first, then warnings, then notices', () => {
  const warn: Diagnostic = { ...undefinedRef(1), severity: 'warning' };
  const note: Diagnostic = { ...undefinedRef(2), severity: 'notice' };
  const rows = findingRows(renderSummary(data([note, warn, undefinedRef(3)])));
  // Same cause but a different severity: three entries.
  assert.deepEqual(
    rows.map((r) => r.split(' | ')[0]!.slice(2)),
    ['❌', '⚠️', 'ℹ️'],
  );
});

test('the pin changes of a pull request come before the findings, linked to their line', () => {
  const change = {
    file: 'requirements.txt',
    line: 3,
    subject: 'tensorflow' as const,
    name: 'tensorflow-cpu',
    from: '2.20.0',
    to: '2.21.0',
    diffLine: '+tensorflow-cpu==2.21.0',
    oldLine: '-tensorflow-cpu==2.20.0',
    inDiff: true,
  };
  const out = renderSummary(data([undefinedRef(1)], { changes: { changes: [change] }, repoUrl: 'https://github.com/o/r/blob/abc' }));
  const section = out.indexOf('### What this pull request changed');
  assert.ok(section > 0 && section < out.indexOf('| | What | Where |'), out);
  assert.match(
    out,
    /\| tensorflow-cpu 2\.20\.0 → 2\.21\.0 \| \[requirements\.txt:3\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/requirements\.txt#L3\) \| <code>-tensorflow-cpu==2\.20\.0<\/code><br><code>\+tensorflow-cpu==2\.21\.0<\/code> \|/,
  );
  assert.doesNotMatch(renderSummary(data([undefinedRef(1)], { changes: { changes: [] } })), /What this pull request changed/);
});

test('helpers', () => {
  assert.equal(
    repoBlobUrl({ GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' }),
    'https://github.com/o/r/blob/abc',
  );
  assert.equal(repoBlobUrl({ GITHUB_REPOSITORY: 'o/r' }), undefined);
  assert.equal(escapeCell('a\nb|c'), 'a<br>b&#124;c');
  assert.equal(formatDuration(850), '850 ms');
  assert.equal(formatDuration(75_000), '1 min 15 s');
});

test("the stage table ends with the run's wall time, below each stage's own time", () => {
  const md = renderSummary(data([], { wallMs: 9_100 }));
  const table = md.slice(md.indexOf('**Stages**'), md.indexOf('**Flags**'));
  assert.match(
    table,
    /\| resolve \| ✅ passed \| 2\.8 s \|\n\| build \| ❌ failed \| 12\.4 s \|\n\| smoke \| ⏭️ skipped \| {2}\|\n\| \*\*Wall time\*\* \| \| \*\*9\.1 s\*\* \|\n/,
  );
  assert.doesNotMatch(renderSummary(data([])), /Wall time/);
});

test('a stage running alongside that the run ended early shows as stopped, with how long it ran', () => {
  const base = data([]);
  const md = renderSummary({
    ...base,
    stages: [{ name: 'Import TensorFlow (alongside the next stages)', status: 'stopped', durationMs: 1_700 }, ...base.stages],
  });
  assert.match(md, /\| Import TensorFlow \(alongside the next stages\) \| ⏹️ stopped \| 1\.7 s \|\n/);
});

test("the setup stage's line says what setup spent or avoided on TensorFlow", () => {
  const base = data([]);
  const md = renderSummary({
    ...base,
    stages: [
      {
        name: 'Set up Go and TensorFlow',
        status: 'passed',
        durationMs: 9_400,
        spent: { what: 'TensorFlow 2.21.0 installed with uv', ms: 7_120 },
      },
      {
        name: 'Resolve',
        status: 'passed',
        durationMs: 900,
        spent: { what: 'TensorFlow 2.21.0 reused from the tool cache, nothing installed' },
      },
    ],
  });
  assert.match(md, /\| Set up Go and TensorFlow: TensorFlow 2\.21\.0 installed with uv in 7\.1 s \| ✅ passed \| 9\.4 s \|\n/);
  assert.match(md, /\| Resolve: TensorFlow 2\.21\.0 reused from the tool cache, nothing installed \| ✅ passed \| 900 ms \|\n/);
});

test('a finding merged from many places (a deprecated name used four times) lists every place under its text', () => {
  const file = (name: string) => `${ws}/kernel/${name}`;
  const deprecated: Diagnostic = {
    severity: 'warning',
    kind: 'c-compile-warning',
    stage: 'build',
    title: 'tensorflow::OkStatus() is deprecated (4 uses)',
    message:
      'tensorflow::OkStatus() is deprecated, and the package uses it 4 times: at wordcount_kernels.cc:14, wordcount_kernels.cc:15, wordcount_ops.cc:9 and wordcount_ops.cc:13.',
    fix: 'Use absl::OkStatus() instead of tensorflow::OkStatus().',
    toolLocation: { file: 'wordcount_kernels.cc', line: 14, column: 81 },
    locations: [{ file: file('wordcount_kernels.cc'), line: 14, column: 81 }],
    relatedLocations: [
      { file: file('wordcount_kernels.cc'), line: 15, column: 30, note: 'another use' },
      { file: file('wordcount_ops.cc'), line: 9, column: 56, note: 'another use' },
      { file: file('wordcount_ops.cc'), line: 13, column: 30, note: 'another use' },
    ],
    count: 4,
  };
  const md = renderSummary(data([deprecated], { result: 'passed', repoUrl: undefined }));
  const [row] = findingRows(md);
  const at = (place: string) => code(`kernel/${place}`);
  assert.ok(
    row!.endsWith(`| ${at('wordcount_kernels.cc:14')}, ${at('wordcount_kernels.cc:15')}, ${at('wordcount_ops.cc:9')} and 1 more |`),
    row,
  );
  const list = md.slice(md.indexOf('<details><summary>4 places</summary>'));
  for (const place of ['wordcount_kernels.cc:14', 'wordcount_kernels.cc:15', 'wordcount_ops.cc:9', 'wordcount_ops.cc:13'])
    assert.ok(list.includes(`- ${at(place)}\n`), place);
  assert.match(md, /\*\*Fix:\*\* Use absl::OkStatus\(\) instead of tensorflow::OkStatus\(\)\./);
});

test("objects from Go's build cache: the summary says compiler warnings are not shown this run, and how to see them", () => {
  const cached = renderSummary(data([], { result: 'passed', stages: [], objectsFromCache: true }));
  const line = cached.split('\n').find((l) => l.includes('Compiler warnings'));
  assert.ok(line, cached);
  assert.match(line, /not shown this run/);
  assert.match(line, /Go's build cache/);
  assert.match(line, /cold cache/);
  assert.match(line, /go build -a/);
  assert.ok(cached.indexOf(line) < cached.indexOf('Stages') || !cached.includes('Stages'), 'visible, not folded');
  assert.doesNotMatch(renderSummary(data([], { result: 'passed', stages: [] })), /Compiler warnings/);
});
