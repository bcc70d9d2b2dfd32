// Post-build inspection on real Go c-shared builds of example/ against the real TensorFlow:
// one linked with both TF libraries, one with only libtensorflow_framework.so.2 and
// without -Wl,-z,defs (the link succeeds, TF_Version then resolves only after import).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { inspectLibrary, libraryDiagnostics, type LibraryInspection } from '../../src/inspect/inspect-library.ts';
import { tensorflowLibraries } from '../../src/resolve/tensorflow.ts';
import { buildExample, removeBuild, tfLinkDir, type ExampleBuild } from '../fixtures/elf/build-example.ts';

let full: ExampleBuild | undefined;
let frameworkOnly: ExampleBuild | undefined;
before(async () => {
  const tf = tfLinkDir();
  // Sequential: two links against the TF libraries at once would compete for 2 cores.
  full = await buildExample([`-L${tf}`, '-l:libtensorflow_framework.so.2', '-l:libtensorflow_cc.so.2', '-Wl,-z,defs']);
  frameworkOnly = await buildExample([`-L${tf}`, '-l:libtensorflow_framework.so.2']);
});
after(() => {
  removeBuild(full);
  removeBuild(frameworkOnly);
});

const inspect = (library: string, extraLibraryDirs: string[] = []): Promise<LibraryInspection> =>
  inspectLibrary({ library, tensorflowLibraries: tensorflowLibraries(tfLinkDir()), extraLibraryDirs, versionFloors: { glibc: '2.27' } });

const byName = (r: LibraryInspection, name: string) => r.symbols.find((s) => s.name === name)?.resolution;

test('linked with both TF libraries: every symbol resolves through NEEDED', async () => {
  const r = await inspect(full!.library, [tfLinkDir()]);
  assert.ok(r.needed.includes('libtensorflow_cc.so.2'), r.needed.join(' '));
  assert.equal(r.staticTls, true);
  assert.deepEqual(r.flags, ['SYMBOLIC', 'STATIC_TLS']);
  const unresolved = r.symbols.filter((s) => s.resolution.kind !== 'needed');
  assert.deepEqual(unresolved, []);
  assert.deepEqual(byName(r, 'TF_Version'), {
    kind: 'needed',
    library: 'libtensorflow_cc.so.2',
    path: path.join(tfLinkDir(), 'libtensorflow_cc.so.2'),
  });
  assert.equal(r.symbols.find((s) => s.name === 'TF_Version')!.display, 'TF_Version@tensorflow');
  assert.equal((byName(r, 'TF_NewStatus') as { library: string }).library, 'libtensorflow_framework.so.2');
  assert.equal((byName(r, 'pthread_create') as { library: string }).library, 'libc.so.6');
  // Breadth first: the library's own NEEDED come before what they need.
  const names = r.scope.map((e) => e.name);
  assert.ok(names.indexOf('libc.so.6') < names.indexOf('libstdc++.so.6'), names.join(' '));
  assert.ok(
    r.scope.every((e) => e.foundBy !== 'not-found' && e.foundBy !== 'tensorflow'),
    JSON.stringify(r.scope),
  );
  const diagnostics = libraryDiagnostics(r);
  assert.deepEqual(
    diagnostics.filter((d) => d.kind !== 'glibc-too-new'),
    [],
  );
});

test('linked with both TF libraries but no RUNPATH: the TF libraries are found only after import', async () => {
  const r = await inspect(full!.library);
  const tfEntries = r.scope.filter((e) => e.name.startsWith('libtensorflow'));
  assert.deepEqual(
    tfEntries.map((e) => `${e.name} ${e.foundBy}`),
    ['libtensorflow_framework.so.2 tensorflow', 'libtensorflow_cc.so.2 tensorflow'],
  );
  const warnings = libraryDiagnostics(r).filter((d) => d.kind === 'shared-object-not-found');
  assert.deepEqual(
    warnings.map((d) => `${d.severity} ${d.library}`),
    ['warning libtensorflow_framework.so.2', 'warning libtensorflow_cc.so.2'],
  );
  assert.match(warnings[0]!.fix!, /-Wl,-rpath,/);
});

test('linked with only libtensorflow_framework.so.2: TF_Version and TF_NewGraph resolve only by import', async () => {
  const r = await inspect(frameworkOnly!.library, [tfLinkDir()]);
  assert.ok(!r.needed.includes('libtensorflow_cc.so.2'));
  for (const name of ['TF_Version', 'TF_NewGraph', 'TF_DeleteGraph', 'TF_GraphNextOperation']) {
    assert.deepEqual(
      byName(r, name),
      {
        kind: 'resolved-only-by-import',
        library: 'libtensorflow_cc.so.2',
        path: path.join(tfLinkDir(), 'libtensorflow_cc.so.2'),
        linkFlag: '-l:libtensorflow_cc.so.2',
      },
      name,
    );
  }
  assert.equal(byName(r, 'TF_NewStatus')!.kind, 'needed');
  assert.ok(!r.symbols.some((s) => s.resolution.kind === 'unresolved'));

  const diagnostics = libraryDiagnostics(r).filter((d) => d.kind === 'resolved-only-by-import');
  const tfVersion = diagnostics.find((d) => d.symbol === 'TF_Version')!;
  assert.equal(tfVersion.severity, 'warning');
  assert.equal(tfVersion.stage, 'inspect');
  assert.equal(tfVersion.providedBy, 'libtensorflow_cc.so.2');
  assert.equal(tfVersion.library, 'libtensorflow_cc.so.2');
  assert.match(tfVersion.message, /undefined symbol: TF_Version/);
  assert.match(tfVersion.fix!, /-l:libtensorflow_cc\.so\.2/);
  assert.deepEqual(diagnostics.map((d) => d.symbol).sort(), ['TF_DeleteGraph', 'TF_GraphNextOperation', 'TF_NewGraph', 'TF_Version']);
});

test('without the TF libraries to fall back on, TF_Version is unresolved', async () => {
  const r = await inspectLibrary({
    library: frameworkOnly!.library,
    tensorflowLibraries: [path.join(tfLinkDir(), 'libtensorflow_framework.so.2')],
    extraLibraryDirs: [tfLinkDir()],
  });
  assert.deepEqual(byName(r, 'TF_Version'), { kind: 'unresolved' });
  const d = libraryDiagnostics(r).find((x) => x.symbol === 'TF_Version')!;
  assert.equal(d.kind, 'unresolved-symbol');
  assert.equal(d.severity, 'error');
  assert.deepEqual(r.tooNew, [], 'no floor given, no version finding');
});

test('glibc floor: versions above it are reported with the symbols that need them', async () => {
  const r = await inspect(full!.library, [tfLinkDir()]);
  const host = (await import('node:child_process')).execFileSync('ldd', ['--version'], { encoding: 'utf8' });
  const hostGlibc = /(\d+\.\d+)\s*$/m.exec(host.split('\n')[0]!)![1]!;
  // Go's runtime/cgo uses pthread_create, which moved into libc in 2.34.
  if (Number(hostGlibc.split('.')[1]) >= 34) {
    const v = r.tooNew.find((x) => x.version === 'GLIBC_2.34')!;
    assert.equal(v.file, 'libc.so.6');
    assert.ok(v.symbols.includes('pthread_create'), v.symbols.join(' '));
    const d = libraryDiagnostics(r).find((x) => x.kind === 'glibc-too-new' && x.title.includes('GLIBC_2.34'))!;
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /version `GLIBC_2\.34' not found/);
  }
  assert.ok(
    r.tooNew.every((v) => v.floor === '2.27' && /^GLIBC_2\.(2[89]|[3-9]\d)/.test(v.version)),
    JSON.stringify(r.tooNew),
  );
});
