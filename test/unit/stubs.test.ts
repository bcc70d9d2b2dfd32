// Link stubs on crafted libraries (test/fixtures/elf/make-stub-fixtures.sh), with the real gcc
// and GNU ld: what a stub keeps, what it leaves out and why, that a link against the stub
// folder gives the same library as one against the real folder, the fallbacks, and the cache.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { linkEntries } from '../../src/resolve/tensorflow.ts';
import {
  prepareStubs,
  whyStubsCannotStandIn,
  whyStubsCannotVouchForBuilt,
  type StubResult,
  type StubsReady,
} from '../../src/stubs/stubs.ts';
import { lookupDefined, readElfInfo } from '../../src/elf/elf.ts';
import type { Log } from '../../src/log.ts';
import { createRawEcho } from '../../src/util/raw-output.ts';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot } from '../helpers/env.ts';
import { linkedFacts } from '../helpers/linked-facts.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'elf');
const nover = path.join(fixtures, 'libstub-nover.so');
const vers = path.join(fixtures, 'libstub-vers.so');
const special = path.join(fixtures, 'libstub-special.so');

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stubs-test-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));
let n = 0;
const freshDir = (what: string) => fs.mkdtempSync(path.join(temp, `${what}-${n++}-`));

function quietLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    notice: (m) => lines.push(`notice: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
    group: (_name, fn) => fn(),
    rawEcho: () => createRawEcho(() => undefined, { guard: false }),
  };
}

function ready(result: StubResult): StubsReady {
  if (!result.ok) assert.fail(`no stubs: ${result.reason}`);
  return result;
}

/** Builds a shared library from C source with -z defs against `dir`; the linker's output on failure. */
async function linkConsumer(source: string, dir: string, libs: string[]): Promise<{ output: string; ok: boolean; log: string }> {
  const work = freshDir('consumer');
  fs.writeFileSync(path.join(work, 'consumer.c'), source);
  const output = path.join(work, 'libconsumer.so');
  const run = await runProcess(
    'gcc',
    ['-shared', '-fPIC', '-o', output, path.join(work, 'consumer.c'), `-L${dir}`, ...libs.map((l) => `-l:${l}`), '-Wl,-z,defs'],
    { env: { ...process.env, LC_ALL: 'C' } },
  );
  return { output, ok: run.exitCode === 0, log: run.combined };
}

test('a library without .gnu.version_d gets a stub without one: same names, types, sizes, unversioned', async () => {
  const stubs = ready(await prepareStubs({ libraries: [nover], cacheRoot: freshDir('cache'), log: quietLog() }));
  const stub = path.join(stubs.dir, 'libstub-nover.so');
  assert.deepEqual(stubs.stubs, [{ real: nover, stub }]);
  const info = await readElfInfo(stub);
  assert.equal(info.dynamic.soname, 'libstub-nover.so');
  assert.deepEqual(info.definedVersions, []);
  const found = await lookupDefined(stub, ['nover_fn', 'nover_weak', 'nover_table', 'nover_name', '_Z3fooi']);
  assert.deepEqual([...found.keys()].sort(), ['nover_fn', 'nover_name', 'nover_table', 'nover_weak']);
  assert.deepEqual(
    found.get('nover_weak')!.map((s) => [s.type, s.binding, s.version]),
    [['FUNC', 'WEAK', undefined]],
  );
  assert.deepEqual(
    found.get('nover_table')!.map((s) => [s.type, s.binding, s.version]),
    [['OBJECT', 'GLOBAL', undefined]],
  );
  // Sizes (copy relocations copy st_size bytes) through the compiler's own view.
  const nm = await runProcess('nm', ['-D', '-S', '--defined-only', stub]);
  assert.match(nm.stdout, /^[0-9a-f]+ 0+28 [BDR] nover_table$/m);
  assert.match(nm.stdout, /^[0-9a-f]+ 0+7 R nover_name$/m); // read-only stays read-only
  assert.equal(stubs.unanswerable.size, 0);
});

test('a link against the stub folder gives the same library as against the real folder', async () => {
  const stubs = ready(await prepareStubs({ libraries: [vers], cacheRoot: freshDir('cache'), log: quietLog() }));
  // The library vers NEEDs from its own folder (through $ORIGIN) is stubbed with it.
  assert.deepEqual(
    stubs.stubs.map((s) => path.basename(s.stub)),
    ['libstub-vers.so', 'libstub-nover.so'],
  );
  const source =
    'extern int api(void), plain(void), multi_old(void), nover_fn(int), nover_weak(void);\n' +
    'extern int vers_counter, nover_table[10];\n' +
    'int use(void) { return api() + plain() + multi_old() + nover_fn(1) + nover_weak() + vers_counter + nover_table[2]; }\n';
  const libs = ['libstub-nover.so', 'libstub-vers.so'];
  const real = await linkConsumer(source, fixtures, libs);
  const stubbed = await linkConsumer(source, stubs.dir, libs);
  assert.ok(real.ok && stubbed.ok, real.log + stubbed.log);
  const facts = await linkedFacts(stubbed.output);
  assert.deepEqual(facts, await linkedFacts(real.output));
  assert.ok(
    facts.undefinedSymbols.includes('api@V2') && facts.undefinedSymbols.includes('plain') && facts.undefinedSymbols.includes('nover_fn'),
    facts.undefinedSymbols.join(' '),
  );
  const stubInfo = await readElfInfo(path.join(stubs.dir, 'libstub-vers.so'));
  const realInfo = await readElfInfo(vers);
  assert.deepEqual(
    [stubInfo.dynamic.needed, stubInfo.dynamic.runpath, stubInfo.definedVersions],
    [realInfo.dynamic.needed, realInfo.dynamic.runpath, realInfo.definedVersions],
  );
  assert.equal(await whyStubsCannotVouchForBuilt(stubs, stubbed.output), undefined);
});

test('a symbol with several versions, or only a non-default one, is left out and makes the stubs refuse', async () => {
  const stubs = ready(await prepareStubs({ libraries: [vers], cacheRoot: freshDir('cache'), log: quietLog() }));
  assert.match(stubs.unanswerable.get('multi')!, /^multi has 2 versions \(multi@@V2, multi@V1\)/);
  assert.match(stubs.unanswerable.get('only_old')!, /only as a non-default version \(only_old@V1\)/);
  assert.deepEqual([...(await lookupDefined(path.join(stubs.dir, 'libstub-vers.so'), ['multi', 'only_old'])).keys()], []);
  assert.equal(await whyStubsCannotStandIn(stubs, ['api', 'plain', 'nover_fn', 'not_anywhere']), undefined);
  assert.match((await whyStubsCannotStandIn(stubs, ['api', 'multi']))!, /cannot stand in for the real libraries: multi has 2 versions/);
  // Under -z defs, a package that still links against the stubs fails loudly, never silently.
  const linked = await linkConsumer('extern int multi(void);\nint use(void) { return multi(); }\n', stubs.dir, ['libstub-vers.so']);
  assert.equal(linked.ok, false);
  assert.match(linked.log, /undefined reference to `multi'/);
});

test('IFUNC, protected, TLS and NOTYPE symbols are left out with their reasons; ordinary ones stay', async () => {
  const stubs = ready(await prepareStubs({ libraries: [special], cacheRoot: freshDir('cache'), log: quietLog() }));
  const reasons = Object.fromEntries(stubs.unanswerable);
  assert.match(reasons.fast_pick!, /IFUNC/);
  assert.match(reasons.prot_fn!, /protected visibility/);
  assert.match(reasons.prot_var!, /protected visibility/);
  assert.match(reasons.tls_var!, /thread-local/);
  assert.match(reasons.notype_label!, /NOTYPE/);
  assert.deepEqual(Object.keys(reasons).sort(), ['fast_pick', 'notype_label', 'prot_fn', 'prot_var', 'tls_var']);
  assert.equal(await whyStubsCannotStandIn(stubs, ['normal_fn']), undefined);
  assert.match((await whyStubsCannotStandIn(stubs, ['normal_fn', 'fast_pick']))!, /fast_pick is an IFUNC/);
  const stub = path.join(stubs.dir, 'libstub-special.so');
  assert.deepEqual([...(await lookupDefined(stub, ['normal_fn', 'fast_pick', 'prot_fn', 'tls_var'])).keys()], ['normal_fn']);
});

test('a C++ name is in the stub only when a package asks for it; the same folder is remade with it, else it falls back', async () => {
  const cacheRoot = freshDir('cache');
  const stubs = ready(await prepareStubs({ libraries: [nover], cacheRoot, log: quietLog() }));
  assert.equal(await whyStubsCannotStandIn(stubs, ['nover_fn', '_Z3barv']), undefined); // _Z3barv: in neither
  assert.match(
    (await whyStubsCannotStandIn(stubs, ['_Z3fooi']))!,
    /_Z3fooi is exported by libstub-nover\.so but its stub does not carry it/,
  );
  const withCxx = ready(await prepareStubs({ libraries: [nover], cacheRoot, extraNames: ['_Z3fooi'], log: quietLog() }));
  assert.equal(withCxx.dir, stubs.dir, 'the folder (and so CGO_LDFLAGS) stays the same');
  assert.equal(withCxx.cached, false);
  assert.equal(await whyStubsCannotStandIn(withCxx, ['nover_fn', '_Z3fooi']), undefined);
  const again = ready(await prepareStubs({ libraries: [nover], cacheRoot, extraNames: ['_Z3fooi'], log: quietLog() }));
  assert.equal(again.cached, true);
  const fewer = ready(await prepareStubs({ libraries: [nover], cacheRoot, log: quietLog() }));
  assert.equal(fewer.cached, true, 'a package asking for fewer names reuses the larger stubs');
});

test('stubs that cannot be written give a reason, never a half folder', async () => {
  // A path under a regular file cannot be created, even as root.
  const file = path.join(freshDir('blocked'), 'a-file');
  fs.writeFileSync(file, '');
  const blocked = await prepareStubs({ libraries: [nover], cacheRoot: file, log: quietLog() });
  assert.equal(blocked.ok, false);
  assert.match((blocked as { reason: string }).reason, /^cannot write link stubs under .*a-file.*(ENOTDIR|EEXIST)/);

  const noCompiler = freshDir('cache');
  const missing = await prepareStubs({ libraries: [nover], cacheRoot: noCompiler, cc: [path.join(temp, 'no-such-cc')], log: quietLog() });
  assert.deepEqual(missing, {
    ok: false,
    reason: `cannot run the C compiler ${path.join(temp, 'no-such-cc')} to make link stubs: spawn ${path.join(temp, 'no-such-cc')} ENOENT`,
  });
  const failing = await prepareStubs({
    libraries: [nover],
    cacheRoot: noCompiler,
    cc: ['gcc', '-Wl,--no-such-linker-option'],
    log: quietLog(),
  });
  assert.equal(failing.ok, false);
  assert.match(
    (failing as { reason: string }).reason,
    /^the C compiler \(gcc -Wl,--no-such-linker-option\) failed to make the stub of libstub-nover\.so \(exit 1\):\n[\s\S]*no-such-linker-option/,
  );
  // Nothing was left behind: no stub folder, no temporary folder.
  assert.deepEqual(fs.readdirSync(path.join(noCompiler, 'tf-cgo-verify-stubs')), []);
});

test('not an ELF library: a reason', async () => {
  const result = await prepareStubs({ libraries: ['/opt/tf/libtensorflow_cc.2.dylib'], log: quietLog() });
  assert.deepEqual(result, { ok: false, reason: 'stubs are made for ELF shared libraries only, not libtensorflow_cc.2.dylib' });
});

test('a second call reuses the cached stubs without the compiler; concurrent calls agree', async () => {
  const cacheRoot = freshDir('cache');
  const [a, b] = await Promise.all(
    [vers, vers].map(async (lib) => ready(await prepareStubs({ libraries: [lib], cacheRoot, log: quietLog() }))),
  );
  assert.equal(a!.dir, b!.dir);
  assert.deepEqual(fs.readdirSync(path.dirname(a!.dir)), [path.basename(a!.dir)]); // no temporary folder left
  const before = fs.statSync(path.join(a!.dir, 'libstub-vers.so')).mtimeMs;
  const log = quietLog();
  // A compiler that does not exist: only a cache hit can succeed.
  const again = ready(await prepareStubs({ libraries: [vers], cacheRoot, cc: [path.join(temp, 'no-such-cc')], log }));
  assert.equal(again.cached, true);
  assert.equal(again.dir, a!.dir);
  assert.deepEqual(again.unanswerable, a!.unanswerable);
  assert.equal(fs.statSync(path.join(again.dir, 'libstub-vers.so')).mtimeMs, before);
  assert.deepEqual(log.lines, [`Link stubs: reusing ${a!.dir} (libstub-vers.so, libstub-nover.so)`]);
});

test('the stub folder holds the stubs under the real file names, plus the bindings names of TensorFlow libraries only', async () => {
  const stubs = ready(await prepareStubs({ libraries: [vers], cacheRoot: freshDir('cache'), log: quietLog() }));
  assert.deepEqual(fs.readdirSync(stubs.dir).sort(), ['libstub-nover.so', 'libstub-vers.so', 'manifest.json']);
  const names = (libraries: string[]) => linkEntries({ dir: stubs.dir, libraries }).map((e) => `${e.name} -> ${path.basename(e.target)}`);
  assert.deepEqual(names(['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2']), [
    'libtensorflow.so -> libtensorflow_cc.so.2',
    'libtensorflow.so.2 -> libtensorflow_cc.so.2',
    'libtensorflow_framework.so -> libtensorflow_framework.so.2',
  ]);
  assert.deepEqual(names(['libstub-vers.so']), []);
});
