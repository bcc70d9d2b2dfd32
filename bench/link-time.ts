// Link time under link-libraries=auto against linking both TensorFlow libraries, on real
// `go build -buildmode=c-shared` runs. example/ uses TF_Version/TF_NewGraph (cc) and
// TF_NewStatus (framework), so auto links both there; the hello fixture uses only framework
// functions, so auto links just the 65 MB framework library instead of both (788 MB more).
// Each configuration is built once untimed (compiles the package for its flags), then the
// configurations alternate; the output is deleted before each timed build, so every timed
// build is a link. Also: how long the plan itself takes (header scan + provider lookups).
// Run: npx node bench/link-time.ts [--runs=N]   (default 3)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planLink, type LinkPlan } from '../src/flags/link-plan.ts';
import { readTfHeaders } from '../src/flags/tf-headers.ts';
import { cgoEnvironment } from '../src/flags/cgo-flags.ts';
import { scanCgoPackage } from '../src/resolve/cgo-source.ts';
import { locateTensorFlow } from '../src/resolve/tensorflow.ts';
import { runProcess } from '../src/util/process.ts';
import { repoRoot, tfPython } from '../test/helpers/env.ts';
import { fmtMs, median, runsFromArgs, timeIt } from './common.ts';

const runs = Math.max(3, runsFromArgs(3));
const tf = await locateTensorFlow(tfPython());
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-link-'));

async function planFor(dir: string, file: string): Promise<{ plan: LinkPlan; ms: number }> {
  const facts = await scanCgoPackage(dir, [file]);
  let plan: LinkPlan | undefined;
  const ms = await timeIt(async () => {
    plan = await planLink({
      mode: 'auto',
      tf,
      facts,
      rpath: 'auto',
      tempDir: tmp,
      pkg: { dir, importPath: 'bench', name: 'main', cgoFiles: [], goFiles: [], deps: [] },
    });
  });
  return { plan: plan!, ms };
}

const exampleDir = path.join(repoRoot, 'example');
const helloDir = path.join(repoRoot, 'test', 'fixtures', 'packages', 'hello');
const example = await planFor(exampleDir, 'tfexample.go');
const hello = await planFor(helloDir, 'hello.go');
const headers = await readTfHeaders(tf.includeDir);
console.log(
  `plan (first call, cold): ${fmtMs(example.ms)} of which header scan ${fmtMs(headers.durationMs)}; second package: ${fmtMs(hello.ms)}`,
);

const both = [`-L${tf.dir}`, '-l:libtensorflow_framework.so.2', '-l:libtensorflow_cc.so.2', '-Wl,-z,defs'];
const configs = [
  { name: 'example auto', dir: exampleDir, ldflags: example.plan.ldflags, cflags: example.plan.cflags },
  { name: 'hello auto', dir: helloDir, ldflags: hello.plan.ldflags, cflags: hello.plan.cflags },
  { name: 'hello both', dir: helloDir, ldflags: both, cflags: hello.plan.cflags },
];
for (const c of configs) console.log(`${c.name.padEnd(13)} CGO_LDFLAGS=${c.ldflags.join(' ')}`);
console.log(
  `example auto links ${JSON.stringify(example.plan.ldflags) === JSON.stringify(both) ? 'exactly' : 'NOT'} the both-libraries flags`,
);

async function link(c: (typeof configs)[number]): Promise<number> {
  const output = path.join(tmp, `${c.name.replace(/\s/g, '-')}.so`);
  fs.rmSync(output, { force: true });
  fs.rmSync(output.replace(/\.so$/, '.h'), { force: true });
  const env = { ...process.env, ...cgoEnvironment({ cflags: c.cflags, ldflags: c.ldflags }, {}) };
  let failure = '';
  const ms = await timeIt(async () => {
    const r = await runProcess('go', ['build', '-buildmode=c-shared', '-o', output, '.'], { cwd: c.dir, env, timeoutMs: 900_000 });
    if (r.exitCode !== 0) failure = r.combined;
  });
  if (failure) throw new Error(`${c.name}: go build failed\n${failure}`);
  return ms;
}

try {
  for (const c of configs) await link(c); // untimed: compile the package for these flags
  const times = new Map(configs.map((c) => [c.name, [] as number[]]));
  for (let i = 0; i < runs; i++) {
    for (const c of configs) times.get(c.name)!.push(await link(c));
  }
  const med = new Map([...times].map(([name, t]) => [name, median(t)]));
  console.log(`\nmedians of ${runs} alternating builds (each a link):`);
  for (const [name, t] of times) console.log(`  ${name.padEnd(13)} ${fmtMs(med.get(name)!)}   [${t.map(fmtMs).join(', ')}]`);
  const ratio = (a: string, b: string) => (med.get(a)! / med.get(b)!).toFixed(2);
  console.log(
    `\nhello: auto (framework only) / both = ${ratio('hello auto', 'hello both')}  (both is ${ratio('hello both', 'hello auto')}x slower)`,
  );
  console.log(`example auto (= both) / hello auto = ${ratio('example auto', 'hello auto')}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
