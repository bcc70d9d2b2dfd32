// The tensorflow-io layout (Go //export functions, a C++ OpKernel calling them through the
// cgo export header, REGISTER_OP/REGISTER_KERNEL_BUILDER) with default inputs, in setup mode,
// and broken three ways, against the real TensorFlow, Go and linker.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, type ActionRun } from '../helpers/run-action.ts';
import { setupThenNextStep } from '../helpers/setup-step.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { tfPython } from '../helpers/env.ts';
import { runProcess } from '../../src/util/process.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

interface Finding {
  kind: string;
  severity: string;
  title: string;
  symbol?: string;
  message: string;
  fix?: string;
  library?: string;
  locations?: { path: string; inWorkspace: boolean; line?: number }[];
  relatedLocations?: { path: string; inWorkspace: boolean; line?: number; note: string }[];
}
const findingsOf = (run: ActionRun) => (JSON.parse(run.diagnosticsJson!) as { findings: Finding[] }).findings;
const warningsOf = (run: ActionRun) => run.commands.filter((c) => c.command === 'warning');

async function runOnKernel(inputs: Record<string, string> = {}, edit?: (dir: string) => void) {
  const ws = makeWorkspace(fixturePackage('kernel'), 'kernel');
  workspaces.push(ws);
  edit?.(path.join(ws, 'kernel'));
  const run = await runAction({
    workspace: ws,
    inputs: { 'working-directory': 'kernel', python: tfPython(), 'glibc-floor': 'off', ...inputs },
  });
  return { ws, run };
}

const replaceIn = (file: string, from: string, to: string) => {
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} has ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
};

test('with default inputs the kernel builds, links the framework library, loads with tf.load_op_library and runs the op', async () => {
  const { run } = await runOnKernel({ 'smoke-test': 'smoke_test.py' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(
    run.outputs.needed?.split(',').filter((n) => n.startsWith('libtensorflow')),
    ['libtensorflow_framework.so.2'],
  );
  assert.match(run.stdout, /C\+\+ symbol\(s\) -> libtensorflow_framework\.so\.2/);
  // Only the compile tells the C++ names the stubs must answer: they are made once, after it.
  const made = run.stdout.match(/Link stubs: made .*/g) ?? [];
  assert.equal(made.length, 1, made.join('\n'));
  assert.match(made[0], /with \d+ C\+\+ name\(s\) the package references/);
  assert.doesNotMatch(run.stdout, /TF_GUARDED_BY|TF_EXCLUSIVE_LOCKS_REQUIRED|TF_RETURN_IF_ERROR/, 'macros are never looked up');
  assert.match(run.stdout, /load-as auto: tf\.load_op_library/);
  assert.match(run.stdout, /GoScrapeCount: 2/, 'the smoke test ran the op through Go');
  assert.match(run.summary, /registered ops: GoScrapeCount/);
  // TensorFlow's headers are system headers: their ~200 deprecation warnings are no findings.
  assert.deepEqual(warningsOf(run), [], run.stdout);
  assert.ok(!findingsOf(run).some((f) => f.kind === 'c-compile-warning'));
  assert.doesNotMatch(run.stdout, /oneDNN custom operations are on/, "TensorFlow's INFO logging is hidden");
  assert.equal(run.outputs.runpath, '');
  assert.match(run.outputs['cgo-cflags'] ?? '', /-isystem\S+\/include -D_GLIBCXX_USE_CXX11_ABI=1 -DEIGEN_MAX_ALIGN_BYTES=64$/);
  assert.doesNotMatch(run.outputs['cgo-cflags'] ?? '', /--std/);
});

test('mode setup on the kernel: go build -buildmode=c-shared and go vet pass in the exported environment', async () => {
  const { ws, run, env } = await setupThenNextStep('kernel', 'kernel');
  workspaces.push(ws);
  assert.equal(run.exitCode, 0, run.stdout);
  assert.match(env.CGO_CXXFLAGS ?? '', /--std=c\+\+17/);
  assert.match(env.CGO_LDFLAGS ?? '', /-l:libtensorflow_framework\.so\.2/);
  const dir = path.join(ws, 'kernel');
  const built = await runProcess('go', ['build', '-buildmode=c-shared', '-o', 'libkernel.so', '.'], { cwd: dir, env, timeoutMs: 600_000 });
  assert.equal(built.exitCode, 0, built.combined);
  const vetted = await runProcess('go', ['vet', '.'], { cwd: dir, env, timeoutMs: 600_000 });
  assert.equal(vetted.exitCode, 0, vetted.combined);
});

test('a misspelled TensorFlow header is one finding on the #include line of the .cc file', async () => {
  const { run } = await runOnKernel({}, (dir) =>
    replaceIn(path.join(dir, 'scrape_ops.cc'), 'tensorflow/core/framework/op.h', 'tensorflow/core/framework/opp.h'),
  );
  assert.equal(run.exitCode, 1, run.stdout);
  const headers = findingsOf(run).filter((f) => f.kind === 'missing-header');
  assert.equal(headers.length, 1, JSON.stringify(findingsOf(run), null, 1));
  assert.match(headers[0]!.message, /scrape_ops\.cc is C\+\+: cgo compiles it with CGO_CPPFLAGS and CGO_CXXFLAGS/);
  assert.match(headers[0]!.message, /TensorFlow 2\.21\.0 does not ship tensorflow\/core\/framework\/opp\.h/);
  assert.ok(
    run.commands.some((c) => c.command === 'error' && c.properties.file === 'kernel/scrape_ops.cc' && c.properties.line === '3'),
    run.stdout,
  );
});

test('link-libraries none: one root-cause finding names libtensorflow_framework.so.2 and the count, not one per symbol', async () => {
  const { run } = await runOnKernel({ 'link-libraries': 'none' });
  const findings = findingsOf(run).filter((f) => f.library === 'libtensorflow_framework.so.2');
  assert.equal(findings.length, 1, JSON.stringify(findingsOf(run), null, 1));
  const root = findings[0]!;
  const count = Number(/^(\d+) undefined symbols come from libtensorflow_framework\.so\.2, which is not linked$/.exec(root.title)?.[1]);
  assert.ok(count >= 20, root.title);
  assert.match(root.fix ?? '', /-l:libtensorflow_framework\.so\.2|link-libraries: auto/);
  // Located by one more link with -z defs: the .cc lines of the package.
  assert.ok(
    (root.locations ?? []).some((l) => l.path === 'kernel/scrape_kernels.cc' && l.inWorkspace && l.line !== undefined),
    JSON.stringify(root.locations),
  );
  // One cause, one annotation: on the first line in file order, naming the others.
  const annotated = run.commands.filter((c) => c.properties.title === root.title);
  assert.equal(annotated.length, 1, JSON.stringify(annotated));
  const places = (root.locations ?? [])
    .filter((l) => l.inWorkspace && l.line !== undefined)
    .sort((a, b) => (a.path === b.path ? a.line! - b.line! : a.path < b.path ? -1 : 1));
  assert.deepEqual([annotated[0]!.properties.file, Number(annotated[0]!.properties.line)], [places[0]!.path, places[0]!.line]);
  if (places.length > 1) assert.match(annotated[0]!.message, /Also at /);
});

test('a kernel compiled with the other _GLIBCXX_USE_CXX11_ABI is one ABI finding on the #cgo line that sets it', async () => {
  const { run } = await runOnKernel({}, (dir) =>
    replaceIn(path.join(dir, 'scrape.go'), '#cgo CXXFLAGS: -std=c++17', '#cgo CXXFLAGS: -std=c++17 -D_GLIBCXX_USE_CXX11_ABI=0'),
  );
  assert.equal(run.exitCode, 1, run.stdout);
  const abi = findingsOf(run).filter((f) => f.kind === 'cxx-abi-mismatch');
  assert.equal(abi.length, 1, JSON.stringify(findingsOf(run), null, 1));
  assert.equal(abi[0]!.title, 'C++ code built with _GLIBCXX_USE_CXX11_ABI=0; TensorFlow 2.21.0 uses 1');
  assert.match(abi[0]!.message, /OpDefBuilder/);
  assert.ok(
    run.commands.some((c) => c.command === 'error' && c.properties.file === 'kernel/scrape.go' && c.properties.line === '6'),
    'annotated on the #cgo CXXFLAGS line that sets the other ABI',
  );
});

test('static TLS: a 4 MiB initial-exec buffer in a .c file fails the load; its one annotation is on the line that defines it, with the size and the name', async () => {
  const ws = makeWorkspace(fixturePackage('static-tls'), 'static-tls');
  workspaces.push(ws);
  const run = await runAction({ workspace: ws, inputs: { 'working-directory': 'static-tls', python: tfPython(), 'glibc-floor': 'off' } });
  assert.equal(run.exitCode, 1, run.stdout);
  assert.match(run.stdout, /static TLS: its static TLS block \(PT_TLS\) is 4\.0 MiB: big_tls_buffer \(4\.0 MiB\)/);
  assert.match(run.stdout, /static TLS: big_tls_buffer is defined at bigtls\.c:2 \(from the library's debug info\)/);
  const tls = findingsOf(run).filter((f) => f.kind === 'static-tls');
  assert.equal(tls.length, 1, JSON.stringify(findingsOf(run), null, 1));
  const [finding] = tls;
  assert.equal(finding!.severity, 'error');
  assert.match(finding!.message, /^lib\S+\.so needs 4\.0 MiB of static TLS \(big_tls_buffer 4\.0 MiB\); dlopen has 512 bytes to spare/);
  assert.match(finding!.message, /big_tls_buffer is defined at bigtls\.c:2 \(declared at lib\.go:7\)\./);
  assert.match(finding!.message, /4\.0 MiB: big_tls_buffer/);
  assert.match(finding!.fix ?? '', /^Allocate big_tls_buffer on the heap/);
  assert.deepEqual(
    finding!.locations?.map((l) => `${l.path}:${l.line}`),
    ['static-tls/bigtls.c:2'],
  );
  assert.deepEqual(
    finding!.relatedLocations?.map((l) => `${l.path}:${l.line} ${l.note}`),
    ['static-tls/lib.go:7 big_tls_buffer is declared here'],
  );
  // One annotation: on the definition, reading the finding rather than the loader's words.
  const annotations = run.commands.filter((c) => c.properties.title?.includes('static TLS'));
  assert.equal(annotations.length, 1, JSON.stringify(run.commands, null, 1));
  assert.equal(annotations[0]!.command, 'error');
  assert.equal(annotations[0]!.properties.file, 'static-tls/bigtls.c');
  assert.equal(annotations[0]!.properties.line, '2');
  assert.match(annotations[0]!.message, /^lib\S+\.so needs 4\.0 MiB of static TLS \(big_tls_buffer 4\.0 MiB\)/);
  assert.match(annotations[0]!.message, /\nFix: Allocate big_tls_buffer on the heap/);
});
