// The real aarch64 TensorFlow 2.21 libraries (test/helpers/arm64.ts) on this machine: the ELF
// reader on EM_AARCH64, and link stubs assembled by the arm64 C compiler (here the cross
// compiler aarch64-linux-gnu-gcc, as `go env CC` is on an arm64 runner), linked by Go for
// GOARCH=arm64 into the same library as against the real libraries.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lookupDefined, readDynamicSymbols, readElfInfo, symbolWithVersion } from '../../src/elf/elf.ts';
import { EM_AARCH64 } from '../../src/elf/machine.ts';
import { prepareStubs, type StubsReady } from '../../src/stubs/stubs.ts';
import { silentLog } from '../../src/log.ts';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot } from '../helpers/env.ts';
import { aarch64TfDir } from '../helpers/arm64.ts';
import { linkedFacts } from '../helpers/linked-facts.ts';
import { parseDynSyms, symbolRow, tool } from '../fixtures/elf/readelf-oracle.ts';

const tf = aarch64TfDir();
const cross = 'aarch64-linux-gnu-gcc';
const hasCross = (() => {
  try {
    return fs.readdirSync('/usr/bin').includes(cross);
  } catch {
    return false;
  }
})();
const skip = !tf ? 'no aarch64 TensorFlow: set TF_AARCH64_DIR or run scripts/arm64-root.sh build' : !hasCross ? `no ${cross}` : false;
const libraries = ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'];
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aarch64-integration-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

const log = silentLog;

describe('aarch64 TensorFlow 2.21', { skip }, () => {
  let stubs: StubsReady;
  before(async () => {
    const result = await prepareStubs({ libraries: libraries.map((l) => path.join(tf!, l)), cacheRoot: temp, cc: [cross], log });
    if (!result.ok) throw new Error(result.reason);
    stubs = result;
  });

  test('the ELF reader on the aarch64 libraries: EM_AARCH64, SONAMEs, the C API split and versions, the symbol table as readelf reads it', async () => {
    const [framework, cc] = await Promise.all(libraries.map((l) => readElfInfo(path.join(tf!, l))));
    assert.deepEqual([framework!.machine, cc!.machine], [EM_AARCH64, EM_AARCH64]);
    assert.deepEqual([framework!.dynamic.soname, cc!.dynamic.soname], libraries);
    assert.ok(cc!.dynamic.needed.includes('libtensorflow_framework.so.2'), cc!.dynamic.needed.join(' '));
    assert.deepEqual(cc!.definedVersions, ['tensorflow']);
    const inCc = await lookupDefined(path.join(tf!, libraries[1]!), ['TF_Version', 'TF_NewGraph', 'TF_NewStatus']);
    assert.deepEqual(inCc.get('TF_Version')!.map(symbolWithVersion), ['TF_Version@@tensorflow']);
    assert.ok(inCc.has('TF_NewGraph') && !inCc.has('TF_NewStatus'));
    const inFramework = await lookupDefined(path.join(tf!, libraries[0]!), ['TF_NewStatus', 'TF_Version']);
    assert.deepEqual([...inFramework.keys()], ['TF_NewStatus']);
    const file = path.join(tf!, libraries[0]!);
    const expected = parseDynSyms(await tool('readelf', ['--dyn-syms', '-W', file])).map(symbolRow);
    assert.deepEqual((await readDynamicSymbols(file)).map(symbolRow), expected);
  });

  test('stubs made by the arm64 compiler are AArch64 with the real SONAMEs and versions', async () => {
    for (const { real, stub } of stubs.stubs) {
      const [r, s] = await Promise.all([readElfInfo(real), readElfInfo(stub)]);
      assert.equal(s.machine, EM_AARCH64);
      assert.deepEqual([s.dynamic.soname, s.dynamic.needed, s.definedVersions], [r.dynamic.soname, r.dynamic.needed, r.definedVersions]);
      assert.ok(fs.statSync(stub).size < 1e6, `${stub} is small`);
    }
  });

  test('example/ cross-built for arm64 against the stubs is the same library as against the real aarch64 TensorFlow', async (t) => {
    const build = async (libDir: string, name: string) => {
      const output = path.join(temp, name, 'libexample.so');
      const started = Date.now();
      const run = await runProcess('go', ['build', '-buildmode=c-shared', '-o', output, '.'], {
        cwd: path.join(repoRoot, 'example'),
        env: {
          ...process.env,
          LC_ALL: 'C',
          GOARCH: 'arm64',
          CC: cross,
          CGO_ENABLED: '1',
          CGO_CFLAGS: `-I${path.join(tf!, 'include')}`,
          CGO_LDFLAGS: [`-L${libDir}`, ...libraries.map((l) => `-l:${l}`), '-Wl,-z,defs'].join(' '),
        },
        timeoutMs: 900_000,
      });
      assert.equal(run.exitCode, 0, run.combined);
      t.diagnostic(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return output;
    };
    const stubbed = await build(stubs.dir, 'stubbed');
    const real = await build(tf!, 'real');
    assert.equal((await readElfInfo(stubbed)).machine, EM_AARCH64);
    const facts = await linkedFacts(stubbed);
    assert.deepEqual(facts, await linkedFacts(real));
    assert.deepEqual(facts.needed, ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2', 'libc.so.6']);
    assert.ok(facts.undefinedSymbols.includes('TF_Version@tensorflow'), facts.undefinedSymbols.join(' '));
  });
});
