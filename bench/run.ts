// Runs every benchmark in turn, each in its own process so that timings and peak memory
// do not mix: npm run bench (or npx node bench/run.ts [name ...]).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from '../src/util/process.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const all: [name: string, args: string[]][] = [
  ['action-e2e', ['--runs=5']],
  ['elf-symbols', []],
  ['parse-throughput', []],
  ['link-time', []],
  ['stubs', []],
  ['go-setup', []],
  ['startup', ['--runs=21']],
  ['cache-roundtrip', []],
  ['go-proxy', ['--runs=3']],
  ['setup-mode', ['--runs=3']],
  ['failing-name', ['--runs=5']],
  ['kernel', ['--runs=3']],
  ['python-module', ['--runs=3']],
  ['tf-venv-cache', []],
  ['tf-install-cold', ['--runs=2']],
  ['range-check', ['--runs=3']],
  ['load-on-tensorflow', ['--runs=3']],
];
const wanted = process.argv.slice(2);
let failed = false;
for (const [name, args] of all.filter(([n]) => wanted.length === 0 || wanted.includes(n))) {
  console.log(`\n### ${name}`);
  const run = await runProcess(process.execPath, [path.join(here, `${name}.ts`), ...args], {
    onOutput: (chunk) => process.stdout.write(chunk),
  });
  if (run.exitCode !== 0) {
    failed = true;
    console.log(`${name} failed with exit ${run.exitCode ?? run.signal}`);
  }
}
process.exitCode = failed ? 1 : 0;
