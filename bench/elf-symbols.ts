// Reading the dynamic symbols of libtensorflow_cc.so.2 (788 MB, 446k symbols, 82 MB of
// names) with the TypeScript ELF reader against `nm -D --defined-only` (output to
// /dev/null, nm's best case), in the same run: each measure runs `runs` times in a row
// (a GC before each run, so no run pays for the previous one's garbage); medians, and
// nm/this ratios. Every name the reader returns is materialised (lengths summed), as nm
// prints every name. In-process rows are warm: JIT compiled and a heap already grown by
// the previous runs. "fresh process" rows time the first call in a new node process (JIT
// cold, heap small, page cache warm; node's own start-up excluded): what a program that
// reads a big library once pays.
// Run: npx node bench/elf-symbols.ts [runs]
import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lookupDefined, readDynamicSymbols } from '../src/elf/elf.ts';
import { findProviders } from '../src/resolve/tensorflow-exports.ts';
import { tensorflowLibraries } from '../src/resolve/tensorflow.ts';
import { tfDir } from '../test/helpers/env.ts';

const tf = tfDir();
const cc = path.join(tf, 'libtensorflow_cc.so.2');

/** Every symbol, every defined name materialised: the sum of their lengths. */
async function allDefinedNames(): Promise<{ symbols: number; defined: number; chars: number }> {
  const symbols = await readDynamicSymbols(cc);
  let defined = 0;
  let chars = 0;
  for (const s of symbols) {
    if (!s.defined) continue;
    defined++;
    chars += s.name.length;
  }
  return { symbols: symbols.length, defined, chars };
}

// Child mode: one call in this fresh process, its time on stdout.
if (process.argv[2] === '--once') {
  const t = performance.now();
  const result = await allDefinedNames();
  console.log(JSON.stringify({ ms: performance.now() - t, ...result }));
  process.exit(0);
}

const runs = Math.max(5, Number(process.argv[2] ?? 9));
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const names = [
  'TF_Version',
  'TF_NewGraph',
  'TF_DeleteGraph',
  'TF_GraphNextOperation',
  'TF_NewStatus',
  'TF_DeleteStatus',
  'TF_GetCode',
  'TF_Message',
  'TF_NewSessionOptions',
  'TF_NewSession',
  'TF_SessionRun',
  'TF_NewTensor',
  'TF_AllocateTensor',
  'TF_TensorData',
  'TF_DeleteTensor',
  'TF_NewOperation',
  'TF_FinishOperation',
  'TF_SetAttrType',
  'TF_LoadSessionFromSavedModel',
  'TF_NoSuchFunction',
];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function nm(): Promise<void> {
  const devnull = fs.openSync('/dev/null', 'w');
  return new Promise((resolve, reject) => {
    const child = spawn('nm', ['-D', '--defined-only', cc], { stdio: ['ignore', devnull, 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => {
      fs.closeSync(devnull);
      if (code === 0) resolve();
      else reject(new Error(`nm exited ${code}`));
    });
  });
}

const execFileAsync = promisify(execFile);
async function freshProcess(): Promise<number> {
  const { stdout } = await execFileAsync(process.execPath, [process.argv[1]!, '--once'], { maxBuffer: 1 << 20 });
  return (JSON.parse(stdout) as { ms: number }).ms;
}

let counts = { symbols: 0, defined: 0, chars: 0 };
let lazyCount = 0;
let found = 0;
const measures: [label: string, run: () => Promise<unknown>, external?: boolean][] = [
  ['nm -D --defined-only > /dev/null', nm],
  ['readDynamicSymbols (all symbols, not touching names)', async () => (lazyCount = (await readDynamicSymbols(cc)).length)],
  ['(a) readDynamicSymbols + every defined name (lengths summed)', async () => (counts = await allDefinedNames())],
  ['(a) same, first call in a fresh process', () => freshProcess(), true],
  [`lookupDefined ${names.length} TF_ names`, async () => (found = (await lookupDefined(cc, names)).size)],
  [`findProviders ${names.length} names over both TF libraries`, () => findProviders(tensorflowLibraries(tf), names)],
];

// Warm the page cache and the JIT once, untimed, so neither side pays for the first read.
await nm();
await allDefinedNames();

const times = measures.map((): number[] => []);
for (const [k, [, measure, external]] of measures.entries()) {
  for (let run = 0; run < runs; run++) {
    gc();
    const t = performance.now();
    const reported = await measure();
    times[k]!.push(external ? (reported as number) : performance.now() - t);
  }
}

const nmMedian = median(times[0]!);
console.log(
  `libtensorflow_cc.so.2: ${lazyCount} symbols, ${counts.defined} defined (${(counts.chars / 1e6).toFixed(1)} M name chars); ${found}/${names.length} TF_ names found`,
);
console.log(`${runs} runs each, medians (min-max):`);
for (const [k, [label]] of measures.entries()) {
  const m = median(times[k]!);
  const range = `${Math.min(...times[k]!).toFixed(0)}-${Math.max(...times[k]!).toFixed(0)}`;
  console.log(
    `  ${label.padEnd(64)} ${`${m.toFixed(1)} ms`.padStart(10)} (${range.padStart(9)})   nm/this = ${(nmMedian / m).toFixed(1)}x`,
  );
}
