// The ELF reader on real libraries: both TensorFlow libraries of the test virtualenv,
// the system libc, and the example package built as a Go c-shared library.
// readelf, objdump and nm are the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupDefined, readDynamicSymbols, readElfInfo, symbolWithVersion, type ElfSymbol } from '../../src/elf/elf.ts';
import { buildExample, ccLib, frameworkLib, removeBuild, tfLinkDir } from '../fixtures/elf/build-example.ts';
import {
  parseDynSyms,
  parseDynamic,
  parseNmDefined,
  parseObjdumpVersionReferences,
  tool,
  symbolRow,
} from '../fixtures/elf/readelf-oracle.ts';

/** The names a library exports: defined and not LOCAL, any version. */
async function exportedNames(file: string): Promise<Set<string>> {
  return new Set((await readDynamicSymbols(file)).filter((s) => s.defined && s.binding !== 'LOCAL').map((s) => s.name));
}

const libc = '/lib/x86_64-linux-gnu/libc.so.6';

async function assertLikeBinutils(file: string): Promise<ElfSymbol[]> {
  const symbols = await readDynamicSymbols(file);
  const expected = parseDynSyms(await tool('readelf', ['--dyn-syms', '-W', file]));
  assert.equal(symbols.length, expected.length, 'symbol count');
  // Compare row by row without building one giant diff message on failure.
  for (let i = 0; i < expected.length; i++) {
    const want = symbolRow(expected[i]!);
    const got = symbolRow(symbols[i]!);
    if (want !== got) assert.fail(`symbol ${i + 1}: got ${got}, readelf says ${want}`);
  }
  const info = await readElfInfo(file);
  assert.deepEqual(info.dynamic, parseDynamic(await tool('readelf', ['-d', '-W', file])));
  assert.deepEqual(info.requiredVersions, parseObjdumpVersionReferences(await tool('objdump', ['-p', file])));
  return symbols;
}

test('libtensorflow_framework.so.2: like readelf; has TF_NewStatus, not TF_Version', async () => {
  const symbols = await assertLikeBinutils(frameworkLib());
  assert.ok(symbols.length > 50_000);
  assert.ok(symbols.some((s) => s.name === 'TF_NewStatus' && s.defined && s.type === 'FUNC'));
  assert.ok(!symbols.some((s) => s.name === 'TF_Version'));
  const found = await lookupDefined(frameworkLib(), ['TF_NewStatus', 'TF_Version', 'TF_NewGraph']);
  assert.deepEqual([...found.keys()], ['TF_NewStatus']);
  assert.equal(found.get('TF_NewStatus')![0]!.binding, 'GLOBAL');
});

test('libtensorflow_cc.so.2: like readelf and nm; TF_Version defined @@tensorflow', async () => {
  const symbols = await assertLikeBinutils(ccLib());
  const tfVersion = symbols.filter((s) => s.name === 'TF_Version');
  assert.deepEqual(
    tfVersion.map((s) => `${symbolWithVersion(s)} ${s.defined}`),
    ['TF_Version@@tensorflow true'],
  );
  const info = await readElfInfo(ccLib());
  assert.equal(info.dynamic.soname, 'libtensorflow_cc.so.2');
  assert.equal(info.dynamic.needed[0], 'libtensorflow_framework.so.2');
  assert.deepEqual(info.definedVersions, ['tensorflow']);
  assert.ok(info.requiredVersions['libstdc++.so.6']!.includes('GLIBCXX_3.4.22'));

  const nm = parseNmDefined(await tool('nm', ['-D', '--defined-only', ccLib()]));
  const names = await exportedNames(ccLib());
  assert.equal(names.size, nm.size, 'distinct defined names, as nm -D --defined-only lists them');
  for (const name of nm) if (!names.has(name)) assert.fail(`nm lists ${name}, exportedNames does not`);

  const found = await lookupDefined(ccLib(), ['TF_Version', 'TF_NewGraph', 'TF_NewStatus', 'no_such_symbol']);
  assert.equal(symbolWithVersion(found.get('TF_Version')![0]!), 'TF_Version@@tensorflow');
  assert.ok(found.has('TF_NewGraph'));
  assert.ok(!found.has('no_such_symbol'));
});

test('libc.so.6: like readelf; memcpy has a hidden old version and a default IFUNC', async () => {
  const symbols = await assertLikeBinutils(libc);
  const memcpy = symbols
    .filter((s) => s.name === 'memcpy')
    .map((s) => `${symbolWithVersion(s)} ${s.type}`)
    .sort();
  assert.deepEqual(memcpy, ['memcpy@@GLIBC_2.14 IFUNC', 'memcpy@GLIBC_2.2.5 FUNC']);
  const info = await readElfInfo(libc);
  assert.ok(info.dynamic.flags.includes('STATIC_TLS'));
  const found = await lookupDefined(libc, ['memcpy', 'printf', 'TF_Version']);
  assert.deepEqual(found.get('memcpy')!.map(symbolWithVersion).sort(), ['memcpy@@GLIBC_2.14', 'memcpy@GLIBC_2.2.5']);
  assert.ok(found.has('printf') && !found.has('TF_Version'));
});

test('example built as a Go c-shared library: NEEDED, FLAGS and undefined TF references', async (t) => {
  const build = await buildExample([`-L${tfLinkDir()}`, '-l:libtensorflow_framework.so.2', '-l:libtensorflow_cc.so.2', '-Wl,-z,defs']);
  t.after(() => removeBuild(build));
  const symbols = await assertLikeBinutils(build.library);
  const info = await readElfInfo(build.library);
  assert.ok(info.dynamic.needed.includes('libtensorflow_cc.so.2'), info.dynamic.needed.join(' '));
  assert.ok(info.dynamic.flags.includes('SYMBOLIC') && info.dynamic.flags.includes('STATIC_TLS'), info.dynamic.flags.join(' '));
  const undefinedRefs = symbols.filter((s) => !s.defined).map(symbolWithVersion);
  assert.ok(undefinedRefs.includes('TF_Version@tensorflow'), undefinedRefs.join(' '));
  assert.ok(undefinedRefs.includes('TF_NewGraph@tensorflow'));
  assert.ok(undefinedRefs.some((r) => r.startsWith('TF_NewStatus')));
  assert.ok(symbols.some((s) => s.name === 'TFCGOVersion' && s.defined && s.type === 'FUNC'));
  assert.equal((await lookupDefined(build.library, ['TFCGOVersion', 'TF_Version'])).size, 1);
});
