// The pure parts of "what did this PR change": pins per file with their lines, old/new
// comparison, which change a failure is blamed on, and the summary section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePinFile, parseHunks, type PinChange } from '../../src/changes/pin-diff.ts';
import { pinEntries } from '../../src/changes/pin-versions.ts';
import { pinFileKind, workflowFromRef } from '../../src/changes/pin-files.ts';
import { composeCauseFinding } from '../../src/changes/cause.ts';
import { renderChangesSection } from '../../src/report/changes-section.ts';
import { goVersionLines } from '../../src/setup/go-version.ts';
import { goModRequires } from '../../src/setup/tf-version.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const root = '/home/runner/work/app/app';

test('pins are read with their lines from each kind of pin file', () => {
  assert.deepEqual(
    pinEntries(
      'go.mod',
      'module m\n\ngo 1.25 // min\ntoolchain go1.26.8\n\nrequire github.com/galeone/tfgo v0.0.0-20230715013254-16113111dc99\nrequire (\n\tgithub.com/tensorflow/tensorflow v2.18.0+incompatible\n\tgolang.org/x/net v0.1.0\n)\n',
    ),
    [
      { subject: 'go', name: 'go', version: '1.25', line: 3 },
      { subject: 'go', name: 'toolchain', version: '1.26.8', line: 4 },
      { subject: 'go-bindings', name: 'github.com/galeone/tfgo', version: 'v0.0.0-20230715013254-16113111dc99', line: 6 },
      { subject: 'go-bindings', name: 'github.com/tensorflow/tensorflow', version: 'v2.18.0+incompatible', line: 8 },
    ],
  );
  assert.deepEqual(pinEntries('tools/.tool-versions', 'nodejs 24.9.0\ngolang 1.26.8\n'), [
    { subject: 'go', name: 'golang', version: '1.26.8', line: 2 },
  ]);
  assert.deepEqual(
    pinEntries(
      'pyproject.toml',
      '[tool.poetry.dependencies]\npython = "^3.11"\ntensorflow-cpu = { version = "2.21.0", source = "pypi" }\n',
    ),
    [{ subject: 'tensorflow', name: 'tensorflow-cpu', version: '2.21.0', line: 3 }],
  );
  assert.deepEqual(
    pinEntries('requirements-gpu.txt', 'tensorflow[and-cuda]>=2.20 ; sys_platform == "linux"\ntensorflow-gpu==2.10.0\nkeras\n'),
    [
      { subject: 'tensorflow', name: 'tensorflow', version: '>=2.20', line: 1 },
      { subject: 'tensorflow', name: 'tensorflow-gpu', version: '2.10.0', line: 2 },
    ],
  );
  assert.deepEqual(
    pinEntries(
      '.github/workflows/ci.yml',
      "jobs:\n  a:\n    strategy:\n      matrix:\n        go-version: ['1.25', '1.26']\n    steps:\n      - with:\n          tensorflow-version: ${{ matrix.tf }}\n          go-version: \"1.26\" # x\n",
    ),
    [
      { subject: 'go', name: 'go-version', version: "['1.25', '1.26']", line: 5 },
      { subject: 'tensorflow', name: 'tensorflow-version', version: '${{ matrix.tf }}', line: 8 },
      { subject: 'go', name: 'go-version', version: '1.26', line: 9 },
    ],
  );
  assert.deepEqual(pinEntries('docs/requirements.md', 'tensorflow==2.21.0\n'), []);
  assert.equal(pinFileKind('.github/workflows/sub/x.yml'), undefined);
});

test('the line-aware readers agree with the readers setup uses', () => {
  assert.deepEqual(goVersionLines('go.work', 'go 1.25.1\n\ntoolchain default\n'), [{ key: 'go', version: '1.25.1', line: 1 }]);
  assert.deepEqual(goVersionLines('.go-version', '\n# pinned\ngo1.25\n'), [{ key: 'version', version: '1.25', line: 3 }]);
  assert.deepEqual(
    goModRequires('module x\n// require github.com/wamuir/graft v0.10.0\nrequire github.com/wamuir/graft v0.9.1 // pinned\n').map((r) => [
      r.module,
      r.version,
      r.line,
    ]),
    [['github.com/wamuir/graft', 'v0.9.1', 3]],
  );
});

test('GITHUB_WORKFLOW_REF names the workflow; anything else names none', () => {
  assert.equal(workflowFromRef('octo/app/.github/workflows/verify.yml@refs/pull/7/merge'), '.github/workflows/verify.yml');
  assert.equal(workflowFromRef('octo/app/.github/workflows/a@b.yaml@refs/heads/main'), '.github/workflows/a@b.yaml');
  assert.equal(workflowFromRef('octo/app/.github/workflows/../../x.yml@refs/heads/main'), undefined);
  assert.equal(workflowFromRef(undefined), undefined);
});

test('a package swapped for another is one change; a removed pin sits where it was', () => {
  const oldText = 'numpy\ntensorflow==2.20.0\ntensorflow-intel==2.20.0\n';
  const newText = 'numpy\ntensorflow-cpu==2.21.0\n';
  const hunks = parseHunks('@@ -2,2 +2 @@\n-tensorflow==2.20.0\n-tensorflow-intel==2.20.0\n+tensorflow-cpu==2.21.0\n');
  assert.deepEqual(comparePinFile('requirements.txt', oldText, newText, hunks), [
    {
      file: 'requirements.txt',
      line: 2,
      subject: 'tensorflow',
      name: 'tensorflow-cpu',
      fromName: 'tensorflow',
      from: '2.20.0',
      to: '2.21.0',
      oldLine: '-tensorflow==2.20.0',
      diffLine: '+tensorflow-cpu==2.21.0',
      inDiff: true,
    },
    {
      file: 'requirements.txt',
      line: 2,
      subject: 'tensorflow',
      name: 'tensorflow-intel',
      from: '2.20.0',
      diffLine: '-tensorflow-intel==2.20.0',
      oldLine: '-tensorflow-intel==2.20.0',
      inDiff: false,
    },
  ]);
  // A reworded comment beside an unchanged pin is no change.
  assert.deepEqual(
    comparePinFile('requirements.txt', 'tensorflow==2.20.0 # a\n', 'tensorflow==2.20.0 # b\n', parseHunks('@@ -1 +1 @@')),
    [],
  );
});

const change = (over: Partial<PinChange>): PinChange => ({
  file: 'requirements.txt',
  line: 1,
  subject: 'tensorflow',
  name: 'tensorflow-cpu',
  from: '2.20.0',
  to: '2.21.0',
  diffLine: '+x',
  inDiff: true,
  ...over,
});
const graftChange = change({
  file: 'go.mod',
  line: 5,
  subject: 'go-bindings',
  name: 'github.com/wamuir/graft',
  from: 'v0.9.1',
  to: 'v0.10.0',
});
const symbolFinding = (symbol: string, line: number, kind: Diagnostic['kind'] = 'not-in-tensorflow'): Diagnostic => ({
  severity: 'error',
  kind,
  stage: 'flags',
  symbol,
  title: `${symbol} is missing`,
  message: 'x',
  locations: [{ file: `${root}/main.go`, line }],
});

test('the failure is blamed on the change that explains it', () => {
  const tfAndGraft = [graftChange, change({})];
  const onTf = composeCauseFinding({
    changes: tfAndGraft,
    findings: [symbolFinding('TF_Foo', 3)],
    stepFailed: true,
    repoRoot: root,
    facts: { tensorflowVersion: '2.21.0' },
  })!;
  assert.equal(onTf.change.subject, 'tensorflow');
  // graft's mismatch is still said on it.
  assert.match(onTf.message, /graft v0\.10\.0 is built from TensorFlow 2\.18\.0, but TensorFlow 2\.21\.0 is installed/);

  const missingLtensorflow: Diagnostic = {
    severity: 'error',
    kind: 'missing-library',
    stage: 'build',
    library: 'tensorflow',
    title: 'Cannot find -ltensorflow',
    message: 'x',
  };
  const onGraft = composeCauseFinding({ changes: tfAndGraft, findings: [missingLtensorflow], stepFailed: true, repoRoot: root })!;
  assert.equal(onGraft.change.subject, 'go-bindings');
  assert.match(onGraft.message, /the build now fails: Cannot find -ltensorflow\./);

  // Of two TF pins, the one naming the installed TF.
  const two = [change({ file: 'a/requirements.txt', to: '2.19.0' }), change({ file: 'b/requirements.txt' })];
  assert.equal(
    composeCauseFinding({
      changes: two,
      findings: [symbolFinding('TF_Foo', 3)],
      stepFailed: true,
      repoRoot: root,
      facts: { tensorflowVersion: '2.21.0' },
    })!.change.file,
    'b/requirements.txt',
  );

  // A Go that satisfies go.mod is no Go finding; a Go change alone with no finding is nothing.
  const goChange = change({ file: 'go.mod', subject: 'go', name: 'go', from: '1.25', to: '1.26' });
  assert.equal(
    composeCauseFinding({ changes: [goChange], findings: [], stepFailed: true, repoRoot: root, facts: { goVersion: '1.26.8' } }),
    undefined,
  );
  assert.equal(composeCauseFinding({ changes: [], findings: [symbolFinding('TF_Foo', 3)], stepFailed: true, repoRoot: root }), undefined);
});

test('many missing functions are listed up to four, then counted; other findings are named by title', () => {
  const findings = [1, 2, 3, 4, 5, 6].map((n) => symbolFinding(`TF_F${n}`, n)).concat(symbolFinding('TF_Load', 9, 'undefined-symbol'));
  const cause = composeCauseFinding({
    changes: [change({})],
    findings,
    stepFailed: false,
    repoRoot: root,
    facts: { tensorflowVersion: '2.21.0' },
  })!;
  assert.equal(
    cause.message,
    'tensorflow-cpu 2.20.0 → 2.21.0 here; the build now fails: TF_F1 (main.go:1), TF_F2 (main.go:2), TF_F3 (main.go:3), TF_F4 (main.go:4) and 2 more are not defined by TensorFlow 2.21.0; TF_Load is missing (main.go:9).',
  );
  assert.equal(cause.severity, 'warning');

  // Only warnings (a symbol that resolves only after import tensorflow): the build reports, not fails.
  const warned = composeCauseFinding({
    changes: [change({})],
    findings: [{ ...symbolFinding('TF_Version', 3, 'resolved-only-by-import'), severity: 'warning' }],
    stepFailed: false,
    repoRoot: root,
    facts: { tensorflowVersion: '2.21.0' },
  })!;
  assert.match(warned.message, /here; the build now reports: /);

  // A range is no version to name; without the installed one the message says so plainly.
  const range = composeCauseFinding({
    changes: [change({ file: 'pyproject.toml', name: 'tensorflow', from: '>=2.20,<2.21', to: '>=2.21,<2.22' })],
    findings: findings.slice(0, 1),
    stepFailed: true,
    repoRoot: root,
  })!;
  assert.equal(
    range.message,
    'tensorflow >=2.20,<2.21 → >=2.21,<2.22 here; the build now fails: TF_F1 (main.go:1) is not defined by the installed TensorFlow.',
  );
  assert.equal(range.fix, 'Keep tensorflow at >=2.20,<2.21, or change the calls to TF_F1 to work with the installed TensorFlow.');
});

test('the summary section is empty outside a PR and with nothing changed, and escapes what the files say', () => {
  assert.equal(renderChangesSection({ changes: [] }), '');
  const section = renderChangesSection({
    changes: [change({ diffLine: '+tensorflow-cpu==2.21.0 # <b>|x|</b>', oldLine: '-tensorflow-cpu==2.20.0' })],
  });
  assert.ok(!section.includes('<b>'));
  assert.equal(section.split('\n').filter((l) => l.startsWith('| tensorflow-cpu')).length, 1);
  assert.match(section, /&lt;b&gt;&#124;x&#124;&lt;\/b&gt;/);
});

test('a TensorFlow pin change that removed a name the package uses says so on the pin, from the C API history', () => {
  const removed = composeCauseFinding({
    changes: [change({})],
    findings: [symbolFinding('TF_Log', 11, 'undefined-symbol'), symbolFinding('TF_Version', 4, 'undefined-symbol')],
    stepFailed: true,
    repoRoot: root,
    facts: { tensorflowVersion: '2.21.0', arch: 'x64' },
  })!;
  assert.match(removed.message, /2\.20 → 2\.21 removed TF_Log, used at main\.go:11\./);
  assert.doesNotMatch(removed.message, /removed[^.]*TF_Version/, 'TF_Version is in both');
  const header: Diagnostic = { ...symbolFinding('x', 8, 'missing-header'), symbol: undefined, header: 'tensorflow/c/logging.h' };
  const withHeader = composeCauseFinding({
    changes: [change({})],
    findings: [header],
    stepFailed: true,
    repoRoot: root,
    facts: { arch: 'x64' },
  })!;
  assert.match(withHeader.message, /2\.20 → 2\.21 removed tensorflow\/c\/logging\.h, used at main\.go:8\./);
  const upgrade = composeCauseFinding({
    changes: [change({ from: '2.18.1', to: '2.19.0' })],
    findings: [symbolFinding('TF_Log', 11, 'undefined-symbol')],
    stepFailed: true,
    repoRoot: root,
    facts: { arch: 'x64' },
  })!;
  assert.doesNotMatch(upgrade.message, /removed/, '2.19 still exports TF_Log');
});
