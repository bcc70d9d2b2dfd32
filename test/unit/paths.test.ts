import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspaceRelative, formatPosition } from '../../src/report/paths.ts';

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
