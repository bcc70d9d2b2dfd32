// "Blame the change": in a pull request that only bumps a version pin, the link failure is
// also annotated on the pin's changed line (the one line of the PR's diff a reviewer sees
// inline). Real git repositories, the runner's event payload, the real TensorFlow 2.21.0.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runAction, errorsOf, type ActionRun, type WorkflowCommand } from '../helpers/run-action.ts';
import { tf220Python, tfPython } from '../helpers/env.ts';
import { fixturePackage } from '../helpers/workspace.ts';
import { builtElsewhere } from '../helpers/built-elsewhere.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-pin-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
}

let folders = 0;
function folder(name: string): string {
  const dir = path.join(scratch, `${++folders}-${name}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

/** A repository with a base commit and a head commit that changes only `headChanges`. */
function pullRequestRepo(
  baseFiles: Record<string, string>,
  headChanges: Record<string, string>,
): { dir: string; base: string; head: string } {
  const dir = folder('origin');
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, baseFiles);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFiles(dir, headChanges);
  git(dir, 'commit', '-q', '-am', 'bump a pin');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** What actions/checkout leaves by default: the head commit alone, with origin to fetch from. */
function shallowCheckout(origin: string, keepOrigin: boolean): string {
  const dir = folder('checkout');
  git(scratch, 'clone', '-q', '--depth=1', `file://${origin}`, dir);
  if (!keepOrigin) git(dir, 'remote', 'remove', 'origin');
  assert.equal(git(dir, 'rev-parse', '--is-shallow-repository'), 'true');
  return dir;
}

/** A cgo package whose Go code calls TF_Version and `missing` functions TensorFlow 2.21 does not define. */
function packageFiles(missing: string[], goModExtra = ''): Record<string, string> {
  const calls = missing.map((name) => `//export Call${name}\nfunc Call${name}() *C.char {\n\treturn C.${name}()\n}\n`).join('\n');
  return {
    'go.mod': `module example.com/pinbump\n\ngo 1.22\n${goModExtra}`,
    'lib.go': `package main\n\n/*\n#include "tensorflow/c/c_api.h"\n*/\nimport "C"\n\n//export Version\nfunc Version() *C.char {\n\treturn C.TF_Version()\n}\n\n${calls}\nfunc main() {}\n`,
  };
}

const requirements = (tf: string) => `numpy>=1.26\ntensorflow-cpu==${tf}\n`;
const graftRequire = (version: string) => `\nrequire github.com/wamuir/graft ${version}\n`;

async function runInRepo(
  workspace: string,
  event: { name: string; payload: unknown },
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  toolCache?: string,
): Promise<ActionRun> {
  const eventPath = path.join(folder('event'), 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(event.payload));
  return runAction({
    workspace,
    ...(toolCache ? { toolCache } : {}),
    inputs: { python: tfPython(), 'glibc-floor': 'off', ...inputs },
    env: { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: eventPath, ...env },
  });
}

const pullRequest = (repo: { base: string; head: string }) => ({
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, base: { ref: 'main', sha: repo.base }, head: { ref: 'bump', sha: repo.head } },
  },
});

function lineOf(file: string, needle: string): number {
  const index = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `${needle} not in ${file}`);
  return index + 1;
}

const onFile = (commands: WorkflowCommand[], file: string) => commands.filter((c) => c.properties.file === file);
const titled = (commands: WorkflowCommand[]) => commands.filter((c) => c.properties.title);

test('a PR that only bumps tensorflow-cpu gets the error on the changed requirements.txt line, naming the call site', async () => {
  const files = packageFiles(['TF_VersionGoneIn221']);
  const repo = pullRequestRepo({ ...files, 'requirements.txt': requirements('2.20.0') }, { 'requirements.txt': requirements('2.21.0') });
  // As on a runner: actions/checkout fetched one commit; the action fetches the base itself.
  const ws = shallowCheckout(repo.dir, true);
  const run = await runInRepo(
    ws,
    pullRequest(repo),
    {},
    { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: repo.head },
  );
  assert.equal(run.exitCode, 1, run.stdout);
  assert.match(run.stdout, new RegExp(`Fetched the pull request's base commit ${repo.base.slice(0, 12)}`));

  const callLine = lineOf(path.join(ws, 'lib.go'), 'return C.TF_VersionGoneIn221()');
  const onPin = onFile(errorsOf(run), 'requirements.txt');
  assert.equal(onPin.length, 1, run.stdout);
  assert.equal(onPin[0]!.properties.line, '2');
  assert.match(onPin[0]!.properties.title!, /tensorflow-cpu 2\.20\.0 → 2\.21\.0/);
  assert.match(
    onPin[0]!.message,
    new RegExp(
      `^tensorflow-cpu 2\\.20\\.0 → 2\\.21\\.0 here; the build now fails: TF_VersionGoneIn221 \\(lib\\.go:${callLine}\\) is not defined by TensorFlow 2\\.21\\.0\\.`,
    ),
  );
  assert.match(onPin[0]!.message, /Fix: Keep tensorflow-cpu at 2\.20\.0, or change the calls to TF_VersionGoneIn221/);
  // The finding on the call itself is still there, and the pin's is sent first.
  assert.deepEqual(
    onFile(errorsOf(run), 'lib.go').map((e) => Number(e.properties.line)),
    [callLine],
  );
  assert.equal(titled(errorsOf(run))[0]!.properties.file, 'requirements.txt');

  assert.match(run.summary, /### What this pull request changed/);
  assert.ok(run.summary.indexOf('### What this pull request changed') < run.summary.indexOf('| | What | Where |'));
  // The missing name's own entry says where the pull request came from.
  assert.match(run.summary, /This pull request moved tensorflow-cpu from 2\.20\.0 to 2\.21\.0\./);
  assert.match(run.summary, /\(the pull request's base pinned tensorflow-cpu 2\.20\.0\)\./);
  assert.ok(
    run.summary.includes(
      `| tensorflow-cpu 2.20.0 → 2.21.0 | [requirements.txt:2](https://github.com/octo/app/blob/${repo.head}/requirements.txt#L2) | <code>-tensorflow-cpu==2.20.0</code><br><code>+tensorflow-cpu==2.21.0</code> |`,
    ),
    run.summary,
  );
  const json = JSON.parse(run.diagnosticsJson!) as {
    findings: { kind: string; stage: string; locations: { path: string; line?: number }[] }[];
  };
  assert.deepEqual(
    json.findings.filter((f) => f.kind === 'pin-change').map((f) => [f.stage, f.locations.map((l) => [l.path, l.line])]),
    [['changes', [['requirements.txt', 2]]]],
  );
});

test('a PR that bumps graft in go.mod gets the error on the require line, saying which TensorFlow graft was made for', async () => {
  const repo = pullRequestRepo(packageFiles(['TF_VersionGoneIn221'], graftRequire('v0.9.1')), {
    'go.mod': packageFiles([], graftRequire('v0.10.0'))['go.mod']!,
  });
  // tensorflow-version keeps the 2.21.0 the package is checked against (go.mod's graft would
  // otherwise ask for 2.18.0); a tool cache that already holds that virtualenv saves the pip install.
  const toolCache = folder('toolcache');
  const venvs = path.join(toolCache, 'tf-cgo-verify', 'venv');
  fs.mkdirSync(venvs, { recursive: true });
  const py = execFileSync(tfPython(), ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
  fs.symlinkSync(fs.realpathSync(path.dirname(path.dirname(tfPython()))), path.join(venvs, `tensorflow-cpu-2.21.0-py${py}-linux-x64`));

  const run = await runInRepo(repo.dir, pullRequest(repo), { 'tensorflow-version': '2.21.0' }, {}, toolCache);
  assert.equal(run.exitCode, 1, run.stdout);
  assert.equal(run.outputs['tensorflow-version'], '2.21.0');
  const requireLine = lineOf(path.join(repo.dir, 'go.mod'), 'require github.com/wamuir/graft v0.10.0');
  const callLine = lineOf(path.join(repo.dir, 'lib.go'), 'return C.TF_VersionGoneIn221()');
  const onPin = onFile(errorsOf(run), 'go.mod');
  assert.equal(onPin.length, 1, run.stdout);
  assert.equal(Number(onPin[0]!.properties.line), requireLine);
  assert.match(
    onPin[0]!.message,
    new RegExp(
      `^github\\.com/wamuir/graft v0\\.9\\.1 → v0\\.10\\.0 here; the build now fails: TF_VersionGoneIn221 \\(lib\\.go:${callLine}\\) is not defined by TensorFlow 2\\.21\\.0\\.`,
    ),
  );
  // The annotation is one sentence and the fix; the summary has the rest.
  assert.match(onPin[0]!.message, /\nFix: Use a github\.com\/wamuir\/graft version made for TensorFlow 2\.21\.0/);
  assert.match(run.summary, /graft v0\.10\.0 is built from TensorFlow 2\.18\.0, but TensorFlow 2\.21\.0 is installed\./);
  assert.equal(titled(errorsOf(run))[0]!.properties.file, 'go.mod');
  assert.match(run.summary, /\| github\.com\/wamuir\/graft v0\.9\.1 → v0\.10\.0 \| <code>go\.mod:\d+<\/code> \|/);
});

test('a shallow clone without the base and no remote gets a notice and the normal annotations', async () => {
  const repo = pullRequestRepo(
    { ...packageFiles(['TF_VersionGoneIn221']), 'requirements.txt': requirements('2.20.0') },
    { 'requirements.txt': requirements('2.21.0') },
  );
  const ws = shallowCheckout(repo.dir, false);
  const run = await runInRepo(ws, pullRequest(repo));
  assert.equal(run.exitCode, 1, run.stdout);
  const notices = run.commands.filter((c) => c.command === 'notice' && /did not compare version pins/.test(c.message));
  assert.equal(notices.length, 1, run.stdout);
  assert.match(
    notices[0]!.message,
    new RegExp(`base commit ${repo.base.slice(0, 12)} is not in the checkout and there is no remote 'origin'`),
  );
  assert.match(notices[0]!.message, /fetch-depth: 0/);
  assert.deepEqual(onFile(errorsOf(run), 'requirements.txt'), []);
  assert.deepEqual(
    onFile(errorsOf(run), 'lib.go').map((e) => Number(e.properties.line)),
    [lineOf(path.join(ws, 'lib.go'), 'return C.TF_VersionGoneIn221()')],
  );
  assert.match(
    run.summary,
    /### What this pull request changed\n\nℹ️ Version pins were not compared with the pull request's base: .*fetch-depth: 0/,
  );
});

test('a push event gets no cause annotation and no section, though the same commits are there', async () => {
  const repo = pullRequestRepo(
    { ...packageFiles(['TF_VersionGoneIn221']), 'requirements.txt': requirements('2.20.0') },
    { 'requirements.txt': requirements('2.21.0') },
  );
  const run = await runInRepo(repo.dir, { name: 'push', payload: { ref: 'refs/heads/main', before: repo.base, after: repo.head } });
  assert.equal(run.exitCode, 1, run.stdout);
  assert.deepEqual(onFile(errorsOf(run), 'requirements.txt'), []);
  assert.equal(onFile(errorsOf(run), 'lib.go').length, 1, run.stdout);
  assert.ok(!run.commands.some((c) => /version pins/.test(c.message)), run.stdout);
  assert.doesNotMatch(run.summary, /What this pull request changed/);
  const json = JSON.parse(run.diagnosticsJson!) as { findings: { kind: string }[] };
  assert.ok(!json.findings.some((f) => f.kind === 'pin-change'));
});

test('the pin annotation counts in the step budget, ranked first, when the findings overflow it', async () => {
  const missing = Array.from({ length: 12 }, (_, i) => `TF_GoneIn221_${String(i + 1).padStart(2, '0')}`);
  const repo = pullRequestRepo(
    { ...packageFiles(missing), 'requirements.txt': requirements('2.20.0') },
    { 'requirements.txt': requirements('2.21.0') },
  );
  const run = await runInRepo(repo.dir, pullRequest(repo));
  assert.equal(run.exitCode, 1, run.stdout);
  // Ten errors in all: the pin first and nine call sites; the final failure message is a log
  // line (a finding's annotation already says the step failed) that says how many had none.
  const all = errorsOf(run);
  assert.equal(all.length, 10, JSON.stringify(all.map((e) => e.properties)));
  const errors = titled(all);
  assert.deepEqual([errors[0]!.properties.file, errors[0]!.properties.line], ['requirements.txt', '2']);
  assert.match(errors[0]!.message, /^tensorflow-cpu 2\.20\.0 → 2\.21\.0 here; the build now fails: TF_GoneIn221_01 \(lib\.go:\d+\)/);
  assert.ok(errors[0]!.message.length <= 300);
  const json = JSON.parse(run.diagnosticsJson!) as { findings: { kind: string; message: string }[] };
  assert.match(
    json.findings.find((f) => f.kind === 'pin-change')!.message,
    /TF_GoneIn221_01 \(lib\.go:\d+\), TF_GoneIn221_02 \(lib\.go:\d+\), TF_GoneIn221_03 \(lib\.go:\d+\), TF_GoneIn221_04 \(lib\.go:\d+\) and 8 more are not defined by TensorFlow 2\.21\.0/,
  );
  assert.equal(errors.filter((e) => e.properties.file === 'lib.go').length, 9);
  assert.match(run.stdout, /\ntf-cgo-verify failed: .* 3 more errors? (is|are) not annotated .*the job summary/);
});

test('with fail-on: never the step stays green and the pin gets a warning instead', async () => {
  const repo = pullRequestRepo(
    { ...packageFiles(['TF_VersionGoneIn221']), 'requirements.txt': requirements('2.20.0') },
    { 'requirements.txt': requirements('2.21.0') },
  );
  const run = await runInRepo(repo.dir, pullRequest(repo), { 'fail-on': 'never' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(onFile(errorsOf(run), 'requirements.txt'), []);
  const warned = onFile(
    run.commands.filter((c) => c.command === 'warning'),
    'requirements.txt',
  );
  assert.equal(warned.length, 1, run.stdout);
  assert.match(warned[0]!.message, /^tensorflow-cpu 2\.20\.0 → 2\.21\.0 here; the build now fails: TF_VersionGoneIn221/);
});

test('a PR that bumps tensorflow-cpu beside a file built elsewhere on 2.20 (library): the pin line says 2.20 → 2.21 removed TF_Log', async () => {
  const built = await builtElsewhere(fixturePackage('tf-logging'), tf220Python());
  const so = fs.readFileSync(built);
  fs.rmSync(path.dirname(built), { recursive: true, force: true });
  const dir = folder('origin');
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, { 'requirements.txt': requirements('2.20.0') });
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'dist', 'libtflog.so'), so);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFiles(dir, { 'requirements.txt': requirements('2.21.0') });
  git(dir, 'commit', '-q', '-am', 'bump a pin');
  const repo = { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
  const ws = shallowCheckout(repo.dir, true);
  const run = await runInRepo(ws, pullRequest(repo), { library: 'dist/libtflog.so' });
  assert.equal(run.exitCode, 1, run.stdout);
  const onPin = onFile(errorsOf(run), 'requirements.txt');
  assert.equal(onPin.length, 1, run.stdout);
  assert.equal(onPin[0]!.properties.line, '2');
  assert.match(
    onPin[0]!.message,
    /^tensorflow-cpu 2\.20\.0 → 2\.21\.0 here; the file now fails: libtflog\.so was built for TensorFlow 2\.12–2\.20/,
  );
  assert.match(onPin[0]!.message, /Fix: Keep tensorflow-cpu at 2\.20\.0, or rebuild the file against TensorFlow 2\.21\.0\./);
  assert.match(run.summary, /2\.20 → 2\.21 removed TF&#95;Log, used at dist\/libtflog\.so\./);
  assert.deepEqual(
    onFile(errorsOf(run), 'dist/libtflog.so').map((e) => e.properties.title),
    ['libtflog.so was built for TensorFlow 2.12–2.20; this is 2.21.0'],
  );
});
