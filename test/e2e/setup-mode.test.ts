// mode: setup as the runner drives it, then the job's next step started with the
// GITHUB_ENV/GITHUB_PATH the action wrote (test/helpers/runner-env.ts), against the real Go,
// linker and pip TensorFlow: `go test ./...` on a cgo package with no #cgo LDFLAGS, `go run` of
// a -ltensorflow program, wamuir/graft's tensors, and setup followed by verify in one job.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun } from '../helpers/run-action.ts';
import { nextStepEnv, parseGithubEnv, parseGithubPath } from '../helpers/runner-env.ts';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.ts';
import { startGoMirror, pathWithoutGo, type GoMirror } from '../helpers/go-mirror.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { locateTensorFlow, type TensorFlowInstall } from '../../src/resolve/tensorflow.ts';
import { runProcess, type RunResult } from '../../src/util/process.ts';
import { goToolName } from '../../src/setup/go-download.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'setup-mode');
const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-setup-mode-'));
const workspaces: string[] = [];
let tf: TensorFlowInstall;
before(async () => {
  tf = await locateTensorFlow(tfPython());
});
after(() => {
  workspaces.forEach(removeWorkspace);
  fs.rmSync(scratch, { recursive: true, force: true });
});

function workspace(fixture: string): string {
  const ws = makeWorkspace(path.join(fixtures, fixture), fixture);
  workspaces.push(ws);
  return ws;
}

/** The job's environment before any step: the machine's, without the variables setup exports. */
function jobEnv(over: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      value === undefined ||
      /^(INPUT_|GITHUB_)/.test(key) ||
      ['CGO_CFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS', 'CGO_ENABLED', 'LD_LIBRARY_PATH', 'GOTOOLCHAIN'].includes(key)
    )
      continue;
    env[key] = value;
  }
  return { ...env, ...over };
}

let stepFiles = 0;
/** The environment the runner starts the next step with, after `run` wrote its files. */
function afterStep(run: ActionRun, base: Record<string, string>): Record<string, string> {
  const n = ++stepFiles;
  const githubEnvFile = path.join(scratch, `env-${n}`);
  const githubPathFile = path.join(scratch, `path-${n}`);
  fs.writeFileSync(githubEnvFile, run.envFile);
  fs.writeFileSync(githubPathFile, run.pathFile);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(nextStepEnv(base, { githubEnvFile, githubPathFile })))
    if (value !== undefined) env[key] = value;
  return env;
}

/** Every file and folder under `dir` with its size and modification time. */
function snapshot(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      const stat = fs.lstatSync(full);
      return `${path.relative(dir, full)} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort();
}

async function go(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return runProcess('go', args, { cwd, env, timeoutMs: 900_000 });
}

test("go test ./... and go run in the next step use the exported environment; the user's values are kept; nothing is written into the checkout", async () => {
  const ws = workspace('tfmodule');
  const runnerTemp = path.join(scratch, 'temp-tfmodule');
  // The runner's tool cache outlives the step (the link stubs the flags name live there).
  const toolCache = path.join(scratch, 'toolcache-tfmodule');
  // Values the job already had: kept, with ours added.
  const userEnv = { CGO_CFLAGS: '-O2 -g -DUSER_CFLAG=1', CGO_LDFLAGS: '-L/opt/user/lib', LD_LIBRARY_PATH: '/opt/user/lib' };
  const before = snapshot(ws);
  const run = await runAction({
    workspace: ws,
    runnerTemp,
    toolCache,
    env: userEnv,
    inputs: { mode: 'setup', 'working-directory': 'tfmodule', python: tfPython() },
  });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(snapshot(ws), before, 'the action wrote into the checkout');
  assert.equal(run.outputs.result, 'passed');
  assert.equal(run.outputs['tensorflow-version'], tf.version);
  assert.equal(run.outputs['shared-object'], '', 'setup builds nothing');

  const linkDir = run.outputs['link-dir']!;
  assert.ok(linkDir.startsWith(path.join(runnerTemp, 'tf-cgo-verify-link') + path.sep), linkDir);
  assert.equal(fs.readlinkSync(path.join(linkDir, 'libtensorflow.so')), path.join(tf.dir, 'libtensorflow_cc.so.2'));

  const exported = new Map(parseGithubEnv(run.envFile));
  assert.deepEqual([...exported.keys()].sort(), [
    'CGO_CFLAGS',
    'CGO_CXXFLAGS',
    'CGO_ENABLED',
    'CGO_LDFLAGS',
    'GOTOOLCHAIN',
    'LD_LIBRARY_PATH',
  ]);
  assert.equal(exported.get('CGO_ENABLED'), '1');
  assert.equal(
    exported.get('CGO_CFLAGS'),
    `-O2 -g -DUSER_CFLAG=1 -isystem${tf.pythonIncludeDir} -isystem${tf.includeDir} -D_GLIBCXX_USE_CXX11_ABI=1 -DEIGEN_MAX_ALIGN_BYTES=64`,
  );
  assert.equal(
    exported.get('CGO_CXXFLAGS'),
    `-O2 -g -isystem${tf.pythonIncludeDir} -isystem${tf.includeDir} -D_GLIBCXX_USE_CXX11_ABI=1 -DEIGEN_MAX_ALIGN_BYTES=64 --std=c++17`,
  );
  // The link stubs' folder (link-against: stubs, in the tool cache; it stands in for both the
  // -ltensorflow link folder and TensorFlow's own), then the user's flags, then TensorFlow's
  // libraries: tfinfo calls TF_Version and TF_NewGraph (libtensorflow_cc), cmd/tfversion links -ltensorflow.
  const ldflags = exported.get('CGO_LDFLAGS') ?? '';
  const stubDir = /^-L(\S+\/tf-cgo-verify-stubs\/[0-9a-f]+) /.exec(ldflags)?.[1];
  assert.ok(stubDir, ldflags);
  assert.equal(ldflags, `-L${stubDir} -L/opt/user/lib -l:libtensorflow_framework.so.2 -l:libtensorflow_cc.so.2 -Wl,-z,defs`);
  for (const name of ['libtensorflow.so', 'libtensorflow_cc.so.2', 'libtensorflow_framework.so.2']) {
    assert.ok(fs.existsSync(path.join(stubDir, name)), `${name} in the stub folder`);
  }
  assert.equal(exported.get('LD_LIBRARY_PATH'), `${tf.dir}:/opt/user/lib`, 'the real TensorFlow folder, never the link folder');
  assert.equal(exported.get('GOTOOLCHAIN'), 'local');
  const goroot = (await runProcess('go', ['env', 'GOROOT'])).stdout.trim();
  assert.deepEqual(parseGithubPath(run.pathFile), [path.join(goroot, 'bin')]);
  assert.equal(run.outputs['cgo-ldflags'], exported.get('CGO_LDFLAGS'));

  // Logged and summarised exactly.
  for (const [name, value] of exported) {
    assert.ok(run.stdout.includes(`${name}=${value}\n`), `log lacks ${name}=${value}`);
    assert.ok(run.summary.includes(`\n${name}=${value}\n`), `summary lacks ${name}=${value}`);
  }
  assert.match(run.summary, /### Exported for the later steps of this job/);
  assert.ok(run.summary.includes(`PATH=${path.join(goroot, 'bin')}:$PATH`));

  const base = jobEnv({ ...userEnv, TFMODULE_WANT_VERSION: tf.version });
  // Without the exported environment the package does not even compile: the test can fail.
  const bare = await go(['vet', './tfinfo'], path.join(ws, 'tfmodule'), base);
  assert.notEqual(bare.exitCode, 0);
  assert.match(bare.combined, /tensorflow\/c\/c_api\.h/);

  const next = afterStep(run, base);
  const tested = await go(['test', './...'], path.join(ws, 'tfmodule'), next);
  assert.equal(tested.exitCode, 0, tested.combined);
  assert.match(tested.stdout, /^ok\s+example\.com\/tfmodule\/tfinfo/m);

  const ran = await go(['run', '.'], path.join(ws, 'tfmodule', 'cmd', 'tfversion'), next);
  assert.equal(ran.exitCode, 0, ran.combined);
  assert.equal(ran.stdout.trim(), tf.version, 'the -ltensorflow program runs against the pip TensorFlow');
  assert.deepEqual(snapshot(ws), before, 'go test or go run wrote into the checkout');
});

describe('one job', { skip: !linuxX64 && 'packs the local linux/amd64 toolchain' }, () => {
  let mirror: GoMirror;
  // The tool cache the job's steps share: the Go download and the TensorFlow virtualenv.
  const toolCache = path.join(scratch, 'toolcache-job');
  before(async () => {
    mirror = await startGoMirror(scratch);
  });
  after(() => mirror?.server.close());

  test('setup then verify: the second step downloads and installs nothing', async () => {
    const ws = workspace('tfmodule');
    const runnerTemp = path.join(scratch, 'temp-job');
    const base = jobEnv({ PATH: pathWithoutGo() });
    const inputs = {
      'working-directory': 'tfmodule',
      python: 'python3',
      'tensorflow-version': tf.version,
      'go-version': mirror.version,
      'go-download-base-url': mirror.baseUrl,
    };

    mirror.server.resetCounts();
    const setup = await runAction({ workspace: ws, toolCache, runnerTemp, env: base, inputs: { ...inputs, mode: 'setup' } });
    assert.equal(setup.exitCode, 0, setup.stdout);
    assert.equal(mirror.server.count(mirror.archivePath), 1, 'setup downloads Go');
    assert.match(setup.stdout, /TensorFlow tensorflow-cpu 2\.21\.0 in .* \((venv-installed|venv-reused)\)/);
    const goBin = path.join(toolCache, goToolName(mirror.baseUrl), mirror.version, 'x64', 'bin');
    assert.deepEqual(parseGithubPath(setup.pathFile), [goBin]);
    assert.equal(
      new Map(parseGithubEnv(setup.envFile)).get('LD_LIBRARY_PATH'),
      path.join(path.dirname(path.dirname(setup.outputs.python!)), 'lib', 'python3.11', 'site-packages', 'tensorflow'),
    );

    mirror.server.resetCounts();
    const verify = await runAction({
      workspace: ws,
      toolCache,
      runnerTemp,
      env: afterStep(setup, base),
      inputs: { ...inputs, package: './cshared', 'glibc-floor': 'off' },
    });
    assert.equal(verify.exitCode, 0, verify.stdout);
    assert.equal(mirror.server.total(), 0, 'verify went to the Go mirror again');
    assert.match(verify.stdout, new RegExp(`Using Go ${mirror.version.replace(/\./g, '\\.')} from path: ${path.dirname(goBin)}`));
    assert.match(verify.stdout, /\(venv-reused\)/);
    assert.doesNotMatch(verify.stdout, /pip install/i, 'verify installed TensorFlow again');
    assert.equal(verify.outputs.python, setup.outputs.python);
    assert.equal(verify.outputs.result, 'passed');
    assert.ok(fs.existsSync(path.join(ws, 'tfmodule', 'libcshared.so')));
    // The flags setup exported are in verify's environment already: none is added twice.
    for (const name of ['cgo-ldflags', 'cgo-cflags']) {
      const words = (verify.outputs[name] ?? '').split(' ');
      assert.deepEqual(words, [...new Set(words)], `${name}: ${verify.outputs[name]}`);
    }
  });

  test('wamuir/graft v0.10.0 from the module proxy: a test that builds a tensor passes in the next step', async () => {
    const ws = workspace('graft');
    const runnerTemp = path.join(scratch, 'temp-graft');
    // go.mod's graft v0.10.0 implies TensorFlow 2.18; the job asks for the pip TensorFlow of this machine.
    const run = await runAction({
      workspace: ws,
      toolCache,
      runnerTemp,
      env: jobEnv(),
      inputs: { mode: 'setup', 'working-directory': 'graft', python: 'python3', 'tensorflow-version': tf.version },
    });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.match(run.stdout, /with cgo files: none/);
    assert.match(run.stdout, /Go bindings \(imports github\.com\/wamuir\/graft\/tensorflow\)/);
    const linkDir = run.outputs['link-dir']!;
    assert.ok(linkDir.startsWith(runnerTemp + path.sep), linkDir);
    const exported = new Map(parseGithubEnv(run.envFile));
    // -ltensorflow resolves in the link stubs' folder, first on the path (libtensorflow.so -> the cc stub).
    assert.match(exported.get('CGO_LDFLAGS') ?? '', /^-L\S+\/tf-cgo-verify-stubs\/[0-9a-f]+ /);

    const next = afterStep(run, jobEnv({ TFMODULE_WANT_VERSION: tf.version }));
    const tested = await go(['test', '-v', './...'], path.join(ws, 'graft'), next);
    assert.equal(tested.exitCode, 0, tested.combined);
    assert.match(tested.stdout, /--- PASS: TestSum/);
    assert.match(tested.stdout, /--- PASS: TestBoundToPipTensorFlow/);
  });
});
