import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { parseBuildOutput } from '../../src/parse/build-output.ts';
import { explainMissingHeaders } from '../../src/postprocess/missing-header.ts';
import { mapToSource } from '../../src/postprocess/map-to-source.ts';

// Real output: the kernel fixture with scrape_ops.cc including tensorflow/core/framework/opp.h.
const output = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'build', 'kernel-missing-header.txt'), 'utf8');

test('a missing header in a .cc file names CGO_CXXFLAGS and whether TensorFlow ships it, and points into the package', () => {
  const include = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-include-'));
  try {
    fs.mkdirSync(path.join(include, 'tensorflow', 'core', 'framework'), { recursive: true });
    fs.writeFileSync(path.join(include, 'tensorflow', 'core', 'framework', 'opp.h'), '');
    const found = parseBuildOutput(output).filter((d) => d.kind === 'missing-header');
    assert.equal(found.length, 1);
    const [shipped] = explainMissingHeaders(found, { includeDir: include, tensorflowVersion: '2.21.0' });
    assert.match(shipped!.message, /scrape_ops\.cc is C\+\+: cgo compiles it with CGO_CPPFLAGS and CGO_CXXFLAGS/);
    assert.match(shipped!.message, /TensorFlow 2\.21\.0 ships tensorflow\/core\/framework\/opp\.h/);
    assert.match(shipped!.fix!, /CGO_CXXFLAGS/);
    assert.doesNotMatch(shipped!.fix!, /CGO_CFLAGS/);
    fs.rmSync(path.join(include, 'tensorflow', 'core', 'framework', 'opp.h'));
    const [absent] = explainMissingHeaders(found, { includeDir: include, tensorflowVersion: '2.21.0' });
    assert.match(absent!.message, /TensorFlow 2\.21\.0 does not ship tensorflow\/core\/framework\/opp\.h/);
    assert.match(absent!.fix!, /Check the header name/);

    const [mapped] = mapToSource(found, { dir: '/ws/kernel', files: [], unreadable: [] }, { packageDir: '/ws/kernel' });
    assert.deepEqual(
      mapped!.locations?.map((l) => [l.file, l.line]),
      [['/ws/kernel/scrape_ops.cc', 3]],
    );
  } finally {
    fs.rmSync(include, { recursive: true, force: true });
  }
});

test("a location in TensorFlow's own headers stays unmapped", () => {
  const d = { severity: 'error' as const, kind: 'undefined-reference' as const, stage: 'build' as const, title: 't', message: 'm' };
  const tfHeader = { ...d, toolLocation: { file: '/venv/tensorflow/include/tensorflow/core/framework/op.h', line: 235 } };
  const [mapped] = mapToSource([tfHeader], { dir: '/ws/kernel', files: [], unreadable: [] }, { packageDir: '/ws/kernel' });
  assert.equal(mapped!.locations, undefined);
});

// Real output: the extension-module fixture built without the interpreter's include folder.
test('a missing Python.h says whether the interpreter has C headers, and never to add a folder by hand when it has none', () => {
  const text = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'build', 'pymodule-no-python-h.txt'), 'utf8');
  const found = parseBuildOutput(text).filter((d) => d.kind === 'missing-header');
  assert.equal(found.length, 1);
  const pythonInclude = fs.mkdtempSync(path.join(os.tmpdir(), 'py-include-'));
  try {
    const context = { includeDir: '/tf/include', tensorflowVersion: '2.21.0', pythonIncludeDir: pythonInclude };
    const [none] = explainMissingHeaders(found, context);
    assert.match(none!.message, /has no C headers in/);
    assert.match(none!.fix ?? '', /development headers/);
    fs.writeFileSync(path.join(pythonInclude, 'Python.h'), '');
    const [missingFlag] = explainMissingHeaders(found, context);
    assert.match(
      missingFlag!.fix ?? '',
      new RegExp(`-isystem${pythonInclude.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} to CGO_CFLAGS and CGO_CXXFLAGS`),
    );
  } finally {
    fs.rmSync(pythonInclude, { recursive: true, force: true });
  }
});

test('a header an earlier release shipped says when it was removed and the pin that has it, never -I or a spelling check', () => {
  // Real output: the removed-header case, compiled against TensorFlow 2.21's headers.
  const removed = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'build', 'removed-header.txt'), 'utf8');
  const found = parseBuildOutput(removed).filter((d) => d.kind === 'missing-header');
  assert.equal(found.length, 1);
  const include = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-include-'));
  try {
    const context = { includeDir: include, tensorflowVersion: '2.21.0', distribution: 'tensorflow-cpu', arch: 'x64' };
    const [alone] = explainMissingHeaders(found, context);
    assert.match(alone!.message, /tensorflow\/c\/logging\.h was removed in TensorFlow 2\.21\.0 \(last in 2\.20\.x\)/);
    assert.match(alone!.fix!, /^Pin tensorflow-cpu<2\.21 /);
    assert.doesNotMatch(`${alone!.message} ${alone!.fix}`, /-I|spelling|Check the header name/);
    const [withCalls] = explainMissingHeaders(found, { ...context, calls: ['TF_Log', 'TF_Version', 'log_info'] });
    assert.match(withCalls!.message, /tensorflow\/c\/logging\.h and TF_Log were removed in TensorFlow 2\.21\.0 \(last in 2\.20\.x\)/);
    const [on220] = explainMissingHeaders(found, { ...context, tensorflowVersion: '2.20.0' });
    assert.match(on220!.fix!, /Check the header name/, 'on 2.20 the header exists: a missing file there is something else');
  } finally {
    fs.rmSync(include, { recursive: true, force: true });
  }
});
