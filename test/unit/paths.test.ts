import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspaceRelative, formatPosition, workspacePositions, originText } from '../../src/util/workspace-paths.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const ws = '/home/runner/work/repo/repo';

test('a file in the workspace becomes a repo-root-relative path', () => {
  assert.equal(workspaceRelative(`${ws}/main.go`, ws), 'main.go');
  assert.equal(workspaceRelative(`${ws}/go/tfgo/main.go`, ws), 'go/tfgo/main.go');
  assert.equal(workspaceRelative(`${ws}/go/tfgo/main.go`, `${ws}/`), 'go/tfgo/main.go');
});

test('paths outside the workspace give undefined', () => {
  for (const p of [
    '/home/runner/go/pkg/mod/github.com/wamuir/graft@v0.10.0/tensorflow/go/tensor.go',
    '/tmp/go-build/cgo-gcc-prolog',
    '/tmp/go-build3459/b001/main.cgo2.c',
    '/usr/include/stdio.h',
    '/home/runner/work/repo/repo2/main.go', // shares a prefix, is not inside
    '/home/runner/work/repo',
  ]) {
    assert.equal(workspaceRelative(p, ws), undefined, p);
  }
});

test('.. segments that leave the workspace are caught lexically', () => {
  assert.equal(workspaceRelative(`${ws}/go/../../secret.go`, ws), undefined);
  assert.equal(workspaceRelative(`${ws}/go/../main.go`, ws), 'main.go');
});

test('relative paths, tool placeholders and the workspace itself give undefined', () => {
  assert.equal(workspaceRelative('./main.go', ws), undefined);
  assert.equal(workspaceRelative('$WORK/b001/_x001.o', ws), undefined);
  assert.equal(workspaceRelative(ws, ws), undefined);
  assert.equal(workspaceRelative(`${ws}/main.go`, ''), undefined);
  assert.equal(workspaceRelative('', ws), undefined);
});

test('Windows paths use backslash rules and come back with slashes', () => {
  assert.equal(workspaceRelative('D:\\a\\repo\\repo\\go\\main.go', 'D:\\a\\repo\\repo'), 'go/main.go');
  assert.equal(workspaceRelative('C:\\Users\\x\\go\\pkg\\mod\\a.go', 'D:\\a\\repo\\repo'), undefined);
  assert.equal(workspaceRelative('/tmp/x.go', 'D:\\a\\repo\\repo'), undefined);
});

test('formatPosition prints only the known parts', () => {
  assert.equal(formatPosition('main.go'), 'main.go');
  assert.equal(formatPosition('main.go', 12), 'main.go:12');
  assert.equal(formatPosition('main.go', 12, 4), 'main.go:12:4');
});

const base: Diagnostic = { severity: 'error', kind: 'undefined-reference', stage: 'build', title: 't', message: 'm' };

test('workspacePositions: mapped lines in the workspace, deduplicated, bad numbers dropped', () => {
  const d: Diagnostic = {
    ...base,
    toolLocation: { file: `${ws}/other.go`, line: 1 },
    locations: [
      { file: `${ws}/main.go`, line: 12, column: 9 },
      { file: `${ws}/main.go`, line: 12, column: 9 },
      { file: '/home/runner/go/pkg/mod/x@v1/a.go', line: 3 },
      { file: `${ws}/main.go`, line: 0, column: 4 },
      { file: `${ws}/main.go`, line: 20, endLine: 18, column: 2, endColumn: 5 },
    ],
  };
  assert.deepEqual(workspacePositions(d, ws), [
    { path: 'main.go', line: 12, column: 9 },
    { path: 'main.go' },
    { path: 'main.go', line: 20, column: 2, endColumn: 5 },
  ]);
});

test('workspacePositions falls back to the tool location only when nothing is mapped into the workspace', () => {
  assert.deepEqual(workspacePositions({ ...base, toolLocation: { file: `${ws}/main.go`, line: 6, column: 10 } }, ws), [
    { path: 'main.go', line: 6, column: 10 },
  ]);
  assert.deepEqual(workspacePositions({ ...base, toolLocation: { file: '/tmp/go-build/cgo-gcc-prolog', line: 51 } }, ws), []);
});

test('originText names mapped locations, then the tool location', () => {
  assert.equal(originText(base), undefined);
  assert.equal(
    originText({ ...base, toolLocation: { file: '/tmp/go-build/cgo-gcc-prolog', line: 51 } }),
    'at /tmp/go-build/cgo-gcc-prolog:51',
  );
  const many = [1, 2, 3, 4, 5].map((line) => ({ file: '/m/a.go', line }));
  assert.equal(
    originText({ ...base, locations: many, toolLocation: { file: '/tmp/x.c', line: 9 } }),
    'at /m/a.go:1, /m/a.go:2, /m/a.go:3 and 2 more (reported at /tmp/x.c:9)',
  );
});
