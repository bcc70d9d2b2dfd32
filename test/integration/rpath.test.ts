// A real Go c-shared build of example/ against the TensorFlow of the test virtualenv: the
// RUNPATH that install-dir gives, and the load from a fake site-packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planLink } from '../../src/flags/link-plan.ts';
import { cgoEnvironment } from '../../src/flags/cgo-flags.ts';
import { scanCgoPackage } from '../../src/resolve/cgo-source.ts';
import { locateTensorFlow } from '../../src/resolve/tensorflow.ts';
import { readElfInfo } from '../../src/elf/elf.ts';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot, tfDir, tfPython } from '../helpers/env.ts';

test('real build: install-dir gives RUNPATH [$ORIGIN/../../../tensorflow] and loads from a fake site-packages without tensorflow', async () => {
  const tf = await locateTensorFlow(tfPython());
  const exampleDir = path.join(repoRoot, 'example');
  const facts = await scanCgoPackage(exampleDir, ['tfexample.go']);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rpath-e2e-'));
  try {
    const plan = await planLink({
      mode: 'auto',
      tf,
      facts,
      rpath: 'auto',
      installDir: 'tensorflow_io/python/ops',
      tempDir: tmp,
      pkg: { dir: exampleDir, importPath: 'example.com/tfexample', name: 'main', cgoFiles: [], goFiles: [], deps: [] },
    });
    // Through the same quoting the action uses: cgoEnvironment single-quotes the $ORIGIN word.
    const env = { ...process.env, ...cgoEnvironment(plan, {}) };
    assert.match(env.CGO_LDFLAGS!, /'-Wl,-rpath,\$ORIGIN\/\.\.\/\.\.\/\.\.\/tensorflow'/);
    const built = path.join(tmp, 'out', 'libx.so');
    const build = await runProcess('go', ['build', '-buildmode=c-shared', '-o', built, '.'], { cwd: exampleDir, env, timeoutMs: 600_000 });
    assert.equal(build.exitCode, 0, build.combined);

    const info = await readElfInfo(built);
    assert.equal(info.dynamic.runpath, '$ORIGIN/../../../tensorflow');
    assert.equal(info.dynamic.rpath, undefined);
    const readelf = await runProcess('readelf', ['-d', built]);
    assert.match(readelf.stdout, /\(RUNPATH\)\s+Library runpath: \[\$ORIGIN\/\.\.\/\.\.\/\.\.\/tensorflow\]/);
    assert.doesNotMatch(readelf.stdout, new RegExp(tfDir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'no runner path baked in');

    const sitePackages = path.join(tmp, 'site-packages');
    const installed = path.join(sitePackages, 'tensorflow_io', 'python', 'ops', 'libx.so');
    fs.mkdirSync(path.dirname(installed), { recursive: true });
    fs.copyFileSync(built, installed);
    fs.symlinkSync(tfDir(), path.join(sitePackages, 'tensorflow'));
    const script =
      'import ctypes, sys\n' +
      'lib = ctypes.CDLL(sys.argv[1])\n' +
      'lib.TFCGOVersion.restype = ctypes.c_char_p\n' +
      'assert "tensorflow" not in sys.modules\n' +
      'print(lib.TFCGOVersion().decode(), lib.TFCGOStatusOK(), lib.TFCGOGraphOperations())\n';
    const { LD_LIBRARY_PATH: _drop, ...cleanEnv } = process.env;
    const load = await runProcess(tfPython(), ['-c', script, installed], { env: cleanEnv, timeoutMs: 60_000 });
    assert.equal(load.exitCode, 0, load.combined);
    assert.equal(load.stdout.trim(), `${tf.version} 1 0`);

    // Control: the same file outside the tree finds no TensorFlow, so the RUNPATH is what did it.
    const elsewhere = path.join(tmp, 'elsewhere', 'libx.so');
    fs.mkdirSync(path.dirname(elsewhere));
    fs.copyFileSync(built, elsewhere);
    const stray = await runProcess(tfPython(), ['-c', script, elsewhere], { env: cleanEnv, timeoutMs: 60_000 });
    assert.notEqual(stray.exitCode, 0);
    assert.match(stray.stderr, /libtensorflow_(framework|cc)\.so\.2: cannot open shared object file/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
