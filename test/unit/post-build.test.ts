import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runpathReaches, glibcFloorFor, glibcFloorNote, mergeGlibcFindings } from '../../src/inspect/post-build.ts';
import { standaloneFindings } from '../../src/smoke/loads.ts';
import { dropRepeatsOfNotInTensorflow } from '../../src/postprocess/dedupe.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

test('a RUNPATH reaches TensorFlow through symlinks and .. segments', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-rp-'));
  const tf = path.join(root, 'real-tf');
  fs.mkdirSync(tf);
  fs.mkdirSync(path.join(root, 'site', 'a', 'ops'), { recursive: true });
  fs.symlinkSync(tf, path.join(root, 'site', 'tensorflow'));
  const lib = path.join(root, 'site', 'a', 'ops', 'lib.so');
  assert.equal(runpathReaches('$ORIGIN/../../tensorflow', lib, tf), true);
  assert.equal(runpathReaches('$ORIGIN/../tensorflow', lib, tf), false);
  assert.equal(runpathReaches(undefined, lib, tf), false);
  // $ORIGINAL is another name, not $ORIGIN followed by "AL", for the loader and for the check.
  const lookalike = path.join(root, 'site', 'a', 'opsAL', 'tf');
  fs.mkdirSync(lookalike, { recursive: true });
  assert.equal(runpathReaches('${ORIGIN}AL/tf', lib, lookalike), true);
  assert.equal(runpathReaches('$ORIGINAL/tf', lib, lookalike), false);
  fs.rmSync(root, { recursive: true, force: true });
});

test("glibc floor: the wheel's by default, a given version, or off", () => {
  assert.equal(glibcFloorFor('report', '2.21.0'), '2.27');
  assert.equal(glibcFloorFor('wheel', '2.21.0'), '2.27');
  assert.equal(glibcFloorFor('wheel', '2.20.0'), '2.17');
  assert.equal(glibcFloorFor('2.35', '2.21.0'), '2.35');
  assert.equal(glibcFloorFor('off', '2.21.0'), undefined);
});

const finding = (over: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  kind: 'other',
  stage: 'build',
  title: 't',
  message: 'm',
  ...over,
});

test('several GLIBC versions above the floor are one finding', () => {
  const merged = mergeGlibcFindings([
    finding({ kind: 'glibc-too-new', severity: 'warning', title: 'needs GLIBC_2.32', message: 'b.' }),
    finding({ kind: 'glibc-too-new', severity: 'warning', title: 'needs GLIBC_2.34', message: 'a.' }),
    finding({ kind: 'unresolved-symbol', symbol: 'x' }),
  ]);
  assert.equal(merged.filter((d) => d.kind === 'glibc-too-new').length, 1);
  const glibc = merged.find((d) => d.kind === 'glibc-too-new')!;
  assert.equal(glibc.title, 'needs GLIBC_2.34', 'named by the highest version');
  assert.equal(glibc.message, 'a. b.');
  assert.equal(merged.length, 2);
});

test('a standalone load failure is the import-order trap, at the chosen severity; crashes stay errors', () => {
  const out = standaloneFindings(
    [
      finding({
        kind: 'undefined-symbol',
        symbol: 'TF_Version',
        title: 'Undefined symbol TF_Version',
        message: 'undefined symbol: TF_Version',
      }),
      finding({ kind: 'killed-by-signal', title: 'Crashed' }),
    ],
    'warning',
  );
  assert.equal(out[0]!.severity, 'warning');
  assert.match(out[0]!.title, /^Loads only after import tensorflow: /);
  assert.match(out[0]!.message, /has not imported tensorflow/);
  assert.equal(out[1]!.severity, 'error');
});

test('a name reported as not in TensorFlow is not reported again by the linker or cgo', () => {
  const kept = dropRepeatsOfNotInTensorflow([
    finding({ kind: 'not-in-tensorflow', symbol: 'TF_Nope', stage: 'flags' }),
    finding({ kind: 'undefined-reference', symbol: 'TF_Nope' }),
    finding({ kind: 'cgo-unknown-name', symbol: 'TF_Nope' }),
    finding({ kind: 'undefined-reference', symbol: 'TF_Other' }),
    finding({ kind: 'missing-expected-symbol', symbol: 'TF_Nope' }),
  ]);
  assert.deepEqual(
    kept.map((d) => `${d.kind}:${d.symbol}`),
    ['not-in-tensorflow:TF_Nope', 'undefined-reference:TF_Other', 'missing-expected-symbol:TF_Nope'],
  );
});

test('the glibc summary line: what the library needs against the floor, and how to make it a warning', () => {
  const tooNew = [
    { version: 'GLIBC_2.32', file: 'libc.so.6', floor: '2.27', symbols: ['pthread_sigmask'] },
    { version: 'GLIBC_2.34', file: 'libc.so.6', floor: '2.27', symbols: ['pthread_create', 'pthread_detach'] },
  ];
  assert.equal(
    glibcFloorNote('report', '2.21.0', '2.27', tooNew),
    "glibc: the library needs GLIBC_2.34 (GLIBC_2.34: pthread_create, pthread_detach; GLIBC_2.32: pthread_sigmask), newer than the TensorFlow 2.21.0 wheel's floor, glibc 2.27, so it loads only where glibc is 2.34 or newer. Set glibc-floor to wheel or to the oldest glibc you ship to, to make this a warning (it is one when install-dir is set).",
  );
  assert.match(
    glibcFloorNote('2.30', '2.21.0', '2.30', tooNew)!,
    /newer than the glibc-floor input, glibc 2\.30, so it loads only where glibc is 2\.34 or newer\.$/,
  );
  assert.equal(
    glibcFloorNote('report', '2.21.0', '2.27', []),
    "glibc: the library needs no GLIBC version newer than the TensorFlow 2.21.0 wheel's floor, glibc 2.27.",
  );
  assert.match(glibcFloorNote('report', '9.9.0', undefined, [])!, /not known.*set glibc-floor to a version/);
  assert.equal(glibcFloorNote('off', '2.21.0', undefined, tooNew), undefined);
});
