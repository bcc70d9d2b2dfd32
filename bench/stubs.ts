// Link stubs (issue 11): link time of example/ against the stub folder versus the real
// TensorFlow folder (target: 10x faster or better), on real `go build -buildmode=c-shared`
// runs with the same -l flags and -Wl,-z,defs; and stub generation, cold (empty cache) and
// cached. Each link configuration is built once untimed (compiles the package for its flags),
// then the two alternate; the output is deleted before each timed build, so each is a link.
// Run: npx node bench/stubs.ts [--runs=N]   (default 3)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareStubs } from '../src/stubs/stubs.ts';
import { silentLog } from '../src/log.ts';
import { runProcess } from '../src/util/process.ts';
import { repoRoot, tfDir } from '../test/helpers/env.ts';
import { fmtMs, median, runsFromArgs, timeIt } from './common.ts';

const runs = runsFromArgs(3);
const tf = tfDir();
const libraries = ['libtensorflow_framework.so.2', 'libtensorflow_cc.so.2'].map((l) => path.join(tf, l));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-stubs-'));
const log = silentLog;

async function stubs(cacheRoot: string) {
  const result = await prepareStubs({ libraries, cacheRoot, log });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

try {
  const cold: number[] = [];
  const cached: number[] = [];
  let dir = '';
  for (let i = 0; i < runs; i++) {
    const root = path.join(tmp, `cache-${i}`);
    cold.push(await timeIt(async () => ({ dir } = await stubs(root))));
    cached.push(await timeIt(() => stubs(root)));
  }
  const size = (f: string) => `${(fs.statSync(path.join(dir, f)).size / 1024).toFixed(0)} KB`;
  console.log(
    `stub generation (both libraries), medians of ${runs}: cold ${fmtMs(median(cold))} [${cold.map(fmtMs).join(', ')}], cached ${fmtMs(median(cached))} [${cached.map(fmtMs).join(', ')}]`,
  );
  console.log(
    `stub sizes: libtensorflow_framework.so.2 ${size('libtensorflow_framework.so.2')}, libtensorflow_cc.so.2 ${size('libtensorflow_cc.so.2')}`,
  );

  const example = path.join(repoRoot, 'example');
  const flags = ['-l:libtensorflow_framework.so.2', '-l:libtensorflow_cc.so.2', '-Wl,-z,defs'];
  const configs = [
    { name: 'stubs', ldflags: [`-L${dir}`, ...flags] },
    { name: 'libraries', ldflags: [`-L${tf}`, ...flags] },
  ];
  const link = async (c: (typeof configs)[number]) => {
    const output = path.join(tmp, `example-${c.name}.so`);
    fs.rmSync(output, { force: true });
    fs.rmSync(output.replace(/\.so$/, '.h'), { force: true });
    const env = { ...process.env, CGO_CFLAGS: `-I${path.join(tf, 'include')}`, CGO_LDFLAGS: c.ldflags.join(' ') };
    let failure = '';
    const ms = await timeIt(async () => {
      const r = await runProcess('go', ['build', '-buildmode=c-shared', '-o', output, '.'], { cwd: example, env, timeoutMs: 900_000 });
      if (r.exitCode !== 0) failure = r.combined;
    });
    if (failure) throw new Error(`${c.name}: go build failed\n${failure}`);
    return ms;
  };
  for (const c of configs) await link(c); // untimed: compile the package for these flags
  const times = new Map(configs.map((c) => [c.name, [] as number[]]));
  for (let i = 0; i < runs; i++) for (const c of configs) times.get(c.name)!.push(await link(c));
  console.log(`\nexample/ go build -buildmode=c-shared (each a link), medians of ${runs} alternating builds:`);
  for (const [name, t] of times) console.log(`  ${name.padEnd(10)} ${fmtMs(median(t))}   [${t.map(fmtMs).join(', ')}]`);
  const ratio = median(times.get('libraries')!) / median(times.get('stubs')!);
  console.log(`\nlink against stubs is ${ratio.toFixed(1)}x faster than against the real libraries (target: 10x or better)`);
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
