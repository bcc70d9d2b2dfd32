// Reading the dynamic symbols of libtensorflow_cc.so.2 (788 MB, 446k symbols) with the
// TypeScript ELF reader against `nm -D --defined-only` (output to /dev/null, nm's best case),
// medians of several runs in the same process. Also: hash lookups of 20 TF_ names.
// Run: npx node bench/elf-symbols.ts [runs]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { definedSymbolNames, lookupDefined, readDynamicSymbols } from '../src/inspect/elf.ts';
import { findProviders, tensorflowLibraries } from '../src/inspect/providers.ts';
import { tfDir } from '../test/helpers/env.ts';

const runs = Math.max(5, Number(process.argv[2] ?? 7));
const tf = tfDir();
const cc = path.join(tf, 'libtensorflow_cc.so.2');

const names = [
  'TF_Version', 'TF_NewGraph', 'TF_DeleteGraph', 'TF_GraphNextOperation', 'TF_NewStatus', 'TF_DeleteStatus',
  'TF_GetCode', 'TF_Message', 'TF_NewSessionOptions', 'TF_NewSession', 'TF_SessionRun', 'TF_NewTensor',
  'TF_AllocateTensor', 'TF_TensorData', 'TF_DeleteTensor', 'TF_NewOperation', 'TF_FinishOperation',
  'TF_SetAttrType', 'TF_LoadSessionFromSavedModel', 'TF_NoSuchFunction',
];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    out.push(performance.now() - t);
  }
  return out;
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

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

// Warm the page cache and the JIT once, untimed, so neither side pays for the first read.
await nm();
await readDynamicSymbols(cc);

const nmTimes = await time(nm);
let count = 0;
const readTimes = await time(async () => {
  count = (await readDynamicSymbols(cc)).length;
});
let materialized = 0;
const allNamesTimes = await time(async () => {
  materialized = 0;
  for (const s of await readDynamicSymbols(cc)) if (s.defined) materialized += s.name.length > 0 ? 1 : 0;
});
let distinct = 0;
const setTimes = await time(async () => {
  distinct = (await definedSymbolNames(cc)).size;
});
let found = 0;
const lookupTimes = await time(async () => {
  found = (await lookupDefined(cc, names)).size;
});
const providerTimes = await time(() => findProviders(tensorflowLibraries(tf), names));

const nmMedian = median(nmTimes);
const rows: [string, number[]][] = [
  ['nm -D --defined-only > /dev/null', nmTimes],
  [`readDynamicSymbols (${count} symbols, names decoded on access)`, readTimes],
  [`readDynamicSymbols + decode all ${materialized} defined names`, allNamesTimes],
  [`definedSymbolNames (Set of ${distinct} names)`, setTimes],
  [`lookupDefined ${names.length} TF_ names (${found} found)`, lookupTimes],
  [`findProviders ${names.length} names over both TF libraries`, providerTimes],
];
console.log(`libtensorflow_cc.so.2, ${runs} runs each, medians:`);
for (const [label, values] of rows) {
  const m = median(values);
  console.log(`  ${label.padEnd(64)} ${fmt(m).padStart(10)}   nm/this = ${(nmMedian / m).toFixed(1)}x`);
}
