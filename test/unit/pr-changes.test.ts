// "What did this PR change" against real git repositories in temp folders: a base commit,
// a head commit that bumps pins, a pull_request event payload naming the base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readPrChanges } from '../../src/changes/pr-changes.ts';
import { composeCauseFinding } from '../../src/changes/cause.ts';
import { renderChangesSection } from '../../src/report/changes-section.ts';
import { planAnnotations } from '../../src/report/annotations.ts';
import type { Diagnostic } from '../../src/diagnostic.ts';

const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-pr-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

/** A repository with a base commit of `base` and a head commit that writes `head` over it; returns the base sha. */
function repoWithPr(dir: string, base: Record<string, string>, head: Record<string, string>): string {
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return baseSha;
}

function prEnv(dir: string, baseSha: string, extra: Record<string, string> = {}): Record<string, string> {
  const eventPath = path.join(dir, '..', `${path.basename(dir)}-event.json`);
  fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha }, head: { sha: 'f'.repeat(40) } } }));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, ...extra };
}

const goFiles = {
  'b.go': 'package main\n\n// #include <tensorflow/c/c_api.h>\nimport "C"\n',
  'c.go': 'package main\n',
};

function notInTensorflow(root: string, symbol: string, file: string, line: number): Diagnostic {
  return {
    severity: 'error',
    kind: 'not-in-tensorflow',
    stage: 'flags',
    symbol,
    title: `${symbol} is not in TensorFlow 2.21.0`,
    message: `TensorFlow 2.21.0 has no function ${symbol}.`,
    locations: [{ file: path.join(root, file), line, column: 2 }],
  };
}

test('a requirements.txt bump is found on its new line, and the link failure is blamed on it there', async (t) => {
  const dir = tempDir(t);
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  const base = repoWithPr(
    repo,
    { ...goFiles, 'requirements.txt': 'numpy==2.1.0\n# the TF the bindings need\ntensorflow-cpu==2.20.0\n' },
    { 'requirements.txt': 'numpy==2.1.0\n# the TF the bindings need\ntensorflow-cpu==2.21.0\n' },
  );

  const result = await readPrChanges({ env: prEnv(repo, base), dir: repo });
  assert.equal(result.reason, undefined);
  assert.equal(result.pullRequest?.baseSha, base);
  assert.deepEqual(result.changes, [
    {
      file: 'requirements.txt',
      line: 3,
      subject: 'tensorflow',
      name: 'tensorflow-cpu',
      from: '2.20.0',
      to: '2.21.0',
      diffLine: '+tensorflow-cpu==2.21.0',
      oldLine: '-tensorflow-cpu==2.20.0',
      inDiff: true,
    },
  ]);

  const root = result.repoRoot!;
  const findings = [notInTensorflow(root, 'TF_Foo', 'b.go', 17), notInTensorflow(root, 'TF_Bar', 'c.go', 4)];
  const cause = composeCauseFinding({
    changes: result.changes,
    findings,
    stepFailed: true,
    repoRoot: root,
    facts: { tensorflowVersion: '2.21.0' },
  })!;
  assert.equal(cause.severity, 'error');
  assert.equal(cause.rank, 'first');
  assert.equal(
    cause.message,
    'tensorflow-cpu 2.20.0 → 2.21.0 here; the build now fails: TF_Foo (b.go:17), TF_Bar (c.go:4) are not defined by TensorFlow 2.21.0.',
  );
  assert.match(cause.fix!, /Keep tensorflow-cpu at 2\.20\.0/);

  // The annotation planner puts it on the pin's line, repo-relative.
  const plan = planAnnotations([cause, ...findings], { workspace: root });
  const onPin = plan.annotations.find((a) => a.properties.file === 'requirements.txt')!;
  assert.deepEqual([onPin.severity, onPin.properties.startLine], ['error', 3]);
  assert.match(onPin.message, /TF_Foo \(b\.go:17\)/);

  // The step passing (findings only warned about) makes it a warning.
  assert.equal(composeCauseFinding({ changes: result.changes, findings, stepFailed: false, repoRoot: root })!.severity, 'warning');
  // No link/load finding: nothing to blame.
  const compileOnly: Diagnostic = { severity: 'error', kind: 'go-compile-error', stage: 'build', title: 'x', message: 'x' };
  assert.equal(composeCauseFinding({ changes: result.changes, findings: [compileOnly], stepFailed: true, repoRoot: root }), undefined);

  const section = renderChangesSection(result);
  assert.match(section, /### What this pull request changed/);
  assert.match(section, /\| tensorflow-cpu 2\.20\.0 → 2\.21\.0 \| <code>requirements\.txt:3<\/code> \|/);
  assert.match(section, /<code>\+tensorflow-cpu==2\.21\.0<\/code>/);
});

test('a graft bump inside a go.mod require block is a go-bindings change, blamed with the TF it was made for', async (t) => {
  const dir = tempDir(t);
  const goMod = (graft: string) =>
    `module example.com/app\n\ngo 1.24\n\nrequire (\n\tgithub.com/wamuir/graft ${graft}\n\tgoogle.golang.org/protobuf v1.34.2 // indirect\n)\n`;
  const base = repoWithPr(dir, { ...goFiles, 'go.mod': goMod('v0.9.1') }, { 'go.mod': goMod('v0.10.0') });
  const result = await readPrChanges({ env: prEnv(dir, base), dir });
  assert.deepEqual(
    result.changes.map((c) => [c.file, c.line, c.subject, c.name, c.from, c.to, c.diffLine]),
    [['go.mod', 6, 'go-bindings', 'github.com/wamuir/graft', 'v0.9.1', 'v0.10.0', '+\tgithub.com/wamuir/graft v0.10.0']],
  );

  const root = result.repoRoot!;
  const fromGraft: Diagnostic = {
    severity: 'error',
    kind: 'undefined-symbol',
    stage: 'smoke',
    symbol: 'TF_NewFoo',
    title: 'Undefined symbol TF_NewFoo',
    message: 'x',
    locations: [{ file: path.join(os.homedir(), 'go/pkg/mod/github.com/wamuir/graft@v0.10.0/tensorflow/graph.go'), line: 40 }],
  };
  const cause = composeCauseFinding({
    changes: result.changes,
    findings: [fromGraft],
    stepFailed: true,
    repoRoot: root,
    facts: { tensorflowVersion: '2.21.0' },
  })!;
  assert.deepEqual(cause.locations, [{ file: path.join(root, 'go.mod'), line: 6 }]);
  assert.match(cause.message, /^github\.com\/wamuir\/graft v0\.9\.1 → v0\.10\.0 here; the build now fails: Undefined symbol TF_NewFoo\./);
  assert.match(cause.message, /graft v0\.10\.0 is built from TensorFlow 2\.18\.0, but TensorFlow 2\.21\.0 is installed\./);
  assert.match(cause.fix!, /tensorflow-version 2\.18\.0/);
});

test('go/toolchain lines, .go-version, pyproject, setup.cfg, a nested requirements file and the running workflow are all read', async (t) => {
  const dir = tempDir(t);
  const workflow = (tf: string, go: string) =>
    `on: pull_request\njobs:\n  v:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v6\n        with:\n          go-version: '${go}'\n      - uses: o/tf-cgo-verify@v1\n        with:\n          tensorflow-version: "${tf}"  # pinned\n`;
  const base = repoWithPr(
    dir,
    {
      'go.mod': 'module m\n\ngo 1.26\n\ntoolchain go1.26.8\n',
      '.go-version': '1.26.8\n',
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "numpy",\n  "tensorflow>=2.20,<2.21",\n]\n',
      'setup.cfg': '[options]\ninstall_requires =\n    tensorflow-cpu==2.20.0\n',
      'py/requirements-dev.txt': 'pytest\n',
      '.github/workflows/verify.yml': workflow('2.20', '1.26'),
      '.github/workflows/other.yml': workflow('2.19', '1.25'),
      'README.md': 'tensorflow-cpu==2.20.0\n',
    },
    {
      'go.mod': 'module m\n\ngo 1.27\n\ntoolchain go1.27.1\n',
      '.go-version': '1.27.1\n',
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "numpy",\n  "tensorflow>=2.21,<2.22",\n]\n',
      'setup.cfg': '[options]\ninstall_requires =\n    tensorflow-cpu==2.20.0\n',
      'py/requirements-dev.txt': 'pytest\ntensorflow-cpu==2.21.0\n',
      '.github/workflows/verify.yml': workflow('2.21', '1.27'),
      '.github/workflows/other.yml': workflow('2.18', '1.24'),
      'README.md': 'tensorflow-cpu==2.21.0\n',
    },
  );
  const env = prEnv(dir, base, { GITHUB_WORKFLOW_REF: 'o/app/.github/workflows/verify.yml@refs/pull/7/merge' });
  const result = await readPrChanges({ env, dir });
  const rows = result.changes.map((c) => `${c.file}:${c.line} ${c.subject} ${c.name} ${c.from} -> ${c.to}`).sort();
  assert.deepEqual(rows, [
    '.github/workflows/verify.yml:11 tensorflow tensorflow-version 2.20 -> 2.21',
    '.github/workflows/verify.yml:8 go go-version 1.26 -> 1.27',
    '.go-version:1 go go 1.26.8 -> 1.27.1',
    'go.mod:3 go go 1.26 -> 1.27',
    'go.mod:5 go toolchain 1.26.8 -> 1.27.1',
    'py/requirements-dev.txt:2 tensorflow tensorflow-cpu undefined -> 2.21.0',
    'pyproject.toml:5 tensorflow tensorflow >=2.20,<2.21 -> >=2.21,<2.22',
  ]);

  // Without GITHUB_WORKFLOW_REF every workflow counts.
  const all = await readPrChanges({ env: prEnv(dir, base), dir });
  assert.ok(all.changes.some((c) => c.file === '.github/workflows/other.yml' && c.to === '1.24'));

  // A Go older than go.mod's new go line: the go line is the cause, even before any link finding.
  const cause = composeCauseFinding({
    changes: result.changes,
    findings: [],
    stepFailed: true,
    repoRoot: result.repoRoot!,
    facts: { goVersion: 'go1.26.8' },
  })!;
  assert.deepEqual(cause.locations, [{ file: path.join(result.repoRoot!, 'go.mod'), line: 3 }]);
  assert.equal(cause.message, 'go 1.26 → 1.27 here. Go 1.26.8 is installed, below the go 1.27 that go.mod asks for.');
  assert.match(cause.fix!, /Install Go 1\.27 or newer.*keep go\.mod's go line at 1\.26/);
});

test('a shallow clone without the base: fetched from an origin that serves it, else a reason and the fetch-depth hint', async (t) => {
  const dir = tempDir(t);
  const origin = path.join(dir, 'origin');
  fs.mkdirSync(origin);
  const base = repoWithPr(origin, { 'requirements.txt': 'tensorflow-cpu==2.20.0\n' }, { 'requirements.txt': 'tensorflow-cpu==2.21.0\n' });
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');

  const served = path.join(dir, 'served');
  git(dir, 'clone', '-q', '--depth=1', `file://${origin}`, served);
  assert.throws(() => git(served, 'cat-file', '-e', `${base}^{commit}`));
  const fetched = await readPrChanges({ env: prEnv(served, base), dir: served });
  assert.equal(fetched.reason, undefined);
  assert.equal(fetched.fetchedBase, true);
  assert.deepEqual(
    fetched.changes.map((c) => [c.file, c.line, c.from, c.to]),
    [['requirements.txt', 1, '2.20.0', '2.21.0']],
  );

  const alone = path.join(dir, 'alone');
  git(dir, 'clone', '-q', '--depth=1', `file://${origin}`, alone);
  git(alone, 'remote', 'remove', 'origin');
  const missing = await readPrChanges({ env: prEnv(alone, base), dir: alone });
  assert.deepEqual(missing.changes, []);
  assert.match(missing.reason!, new RegExp(`base commit ${base.slice(0, 12)} is not in the checkout and there is no remote 'origin'`));
  assert.match(missing.hint!, /fetch-depth: 0.*fetch-depth: 2/);
  const section = renderChangesSection(missing);
  assert.match(section, /were not compared with the pull request's base/);
  assert.match(section, /fetch-depth: 0/);

  // An origin that does not have the commit: the fetch fails, with git's reason.
  const elsewhere = path.join(dir, 'elsewhere');
  git(dir, 'clone', '-q', '--depth=1', `file://${origin}`, elsewhere);
  const empty = path.join(dir, 'empty');
  git(dir, 'init', '-q', '--bare', empty);
  git(elsewhere, 'remote', 'set-url', 'origin', `file://${empty}`);
  const failed = await readPrChanges({ env: prEnv(elsewhere, base), dir: elsewhere });
  assert.deepEqual(failed.changes, []);
  assert.match(failed.reason!, /git fetch --depth=1 origin [0-9a-f]{40}` failed: \S/);
  assert.match(failed.hint!, /fetch-depth/);
});

test('a push event, a garbled payload, a base that is no commit id, or a folder outside git: no changes, never a throw', async (t) => {
  const dir = tempDir(t);
  const base = repoWithPr(dir, { 'requirements.txt': 'tensorflow-cpu==2.20.0\n' }, { 'requirements.txt': 'tensorflow-cpu==2.21.0\n' });
  const env = prEnv(dir, base);

  assert.deepEqual(await readPrChanges({ env: { ...env, GITHUB_EVENT_NAME: 'push' }, dir }), { changes: [] });
  assert.deepEqual(await readPrChanges({ env: {}, dir }), { changes: [] });

  fs.writeFileSync(env.GITHUB_EVENT_PATH!, '{"pull_request": {"base": ');
  const garbled = await readPrChanges({ env, dir });
  assert.deepEqual(garbled.changes, []);
  assert.match(garbled.reason!, /cannot read the pull_request event payload .*event\.json/);

  fs.writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify({ pull_request: { base: { sha: '--upload-pack=touch /tmp/x' } } }));
  assert.match((await readPrChanges({ env, dir })).reason!, /has no pull_request\.base\.sha commit id/);

  const gone = await readPrChanges({ env: { ...env, GITHUB_EVENT_PATH: path.join(dir, 'nope.json') }, dir });
  assert.match(gone.reason!, /ENOENT/);

  const outside = tempDir(t);
  fs.writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify({ pull_request: { base: { sha: base } } }));
  const noRepo = await readPrChanges({ env, dir: outside });
  assert.deepEqual(noRepo.changes, []);
  assert.match(noRepo.reason!, /is not in a git repository/);
});
