// Throughput and peak memory of the streaming build-output parser on large logs.
// Writes mixed linker/compiler output (GNU ld, gold, lld, mold, ld64, gcc warnings, cmd/go
// framing and noise such as long gcc command lines) to temp files of 200 MB and 400 MB
// without building them in memory, then parses each file, read in 1 MiB chunks, in a
// fresh child process so every run reports its own peak RSS. Also measures plain reading
// of the same file for the ratio. Prints medians of several runs.
//   npx node bench/parse-throughput.ts [sizeMB ...] [--runs N]
//   npx node bench/parse-throughput.ts --write <file> <sizeMB>      (only write a log)
//   npx node bench/parse-throughput.ts --child parse|read <file>    (one run, JSON out)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { createBuildOutputParser } from '../src/parse/build-output.ts';

const MB = 1024 * 1024;
const self = fileURLToPath(import.meta.url);

// ---- log generation (deterministic) ------------------------------------------------
function* blocks(): Generator<string> {
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const objects = Array.from({ length: 40 }, (_, i) => `/tmp/go-link-1234/${String(i).padStart(6, '0')}.o`).join(' ');
  const gccLine = `/usr/bin/gcc -m64 -Wl,-z,relro -shared -Wl,-z,nodelete -Wl,-Bsymbolic -o $WORK/b001/exe/a.out -rdynamic ${objects} -L/opt/tf -l:libtensorflow_framework.so.2 -Wl,-z,defs`;
  for (let n = 0; ; n++) {
    const sym = `TF_Sym${rand(1000)}`;
    const fn = `_cgo_4904bc4eed61_Cfunc_${sym}`;
    const line = 40 + rand(200);
    switch (n % 8) {
      case 0:
        yield `# example.com/app${rand(50)}\n/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1\n${gccLine}\n`;
        break;
      case 1:
        yield `/usr/bin/ld: /tmp/go-link-1234/000001.o: in function \`${fn}':\n/tmp/go-build/cgo-gcc-prolog:${line}: undefined reference to \`${sym}'\n`;
        break;
      case 2:
        yield `ld.lld: error: undefined symbol: ${sym}\n>>> referenced by cgo-gcc-prolog:${line} (/tmp/go-build/cgo-gcc-prolog:${line})\n>>>               /tmp/go-link-1234/000001.o:(${fn})\n\n`;
        break;
      case 3:
        yield `/tmp/go-build/cgo-gcc-prolog:${line}: error: undefined reference to '${sym}'\nmold: error: undefined symbol: ${sym}\n>>> referenced by main.cgo2.c\n>>>               /tmp/go-link-1234/000001.o:(${fn})>>> referenced 3 more times\n`;
        break;
      case 4:
        yield `Undefined symbols for architecture arm64:\n  "_${sym}", referenced from:\n      _${fn} in 000004.o\n     (maybe you meant: _${fn})\nld: symbol(s) not found for architecture arm64\n`;
        break;
      case 5:
        yield `./main.go:${line}:2: warning: #warning "tfcgo ${rand(20)}" [-Wcpp]\n    ${line} | #warning "tfcgo"\n      |  ^~~~~~~\n`;
        break;
      case 6:
        yield `/usr/bin/ld: cannot find -ltensorflow_${rand(10)}: No such file or directory\ncollect2: error: ld returned 1 exit status\n`;
        break;
      default:
        // Noise as `go build -x` prints it.
        yield `mkdir -p $WORK/b${rand(900)}/\ncd /home/runner/work/app\nTERM='dumb' CGO_LDFLAGS='"-g" "-O2"' /usr/local/go/pkg/tool/linux_amd64/cgo -objdir $WORK/b001/ -importpath example.com/app -- -I $WORK/b001/ -g -O2 ./main.go\n${gccLine}\n`;
    }
  }
}

function writeLog(file: string, bytes: number): void {
  const fd = fs.openSync(file, 'w');
  let written = 0;
  let buffer = '';
  for (const block of blocks()) {
    buffer += block;
    if (buffer.length >= MB) {
      written += fs.writeSync(fd, buffer);
      buffer = '';
      if (written >= bytes) break;
    }
  }
  fs.closeSync(fd);
}

// ---- one measured run (in a child process) -----------------------------------------
// The file is read in 64 KiB chunks into one reused buffer; StringDecoder keeps UTF-8
// sequences that straddle two chunks whole.
function measure(file: string, mode: 'parse' | 'read'): void {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const parser = createBuildOutputParser();
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'r');
  let bytes = 0;
  for (;;) {
    const n = fs.readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    bytes += n;
    const chunk = decoder.write(buffer.subarray(0, n));
    if (mode === 'parse') parser.write(chunk);
  }
  fs.closeSync(fd);
  const findings = mode === 'parse' ? parser.end() : [];
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const result = { seconds, cpuSeconds, mb: bytes / MB, findings: findings.length, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface RunResult {
  seconds: number;
  /** CPU time of the run: on a machine shared with other work, wall time says more about the others. */
  cpuSeconds: number;
  mb: number;
  findings: number;
  maxRssMB: number;
}

function runChild(file: string, mode: 'parse' | 'read'): RunResult {
  const out = execFileSync(process.execPath, [self, '--child', mode, file], { encoding: 'utf8', maxBuffer: MB });
  return JSON.parse(out) as RunResult;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return measure(args[2] ?? '', args[1] === 'read' ? 'read' : 'parse');
  if (args[0] === '--write') return writeLog(args[1] ?? '', Number(args[2]) * MB);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1]);
  const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfcgo-parse-bench-'));
  const rows: { size: number; parseMBs: number; parseCpuMBs: number; readMBs: number; rss: number; findings: number }[] = [];
  try {
    for (const size of sizes.length ? sizes : [200, 400]) {
      const file = path.join(dir, `build-${size}.log`);
      writeLog(file, size * MB);
      const parse = Array.from({ length: runs }, () => runChild(file, 'parse'));
      const read = Array.from({ length: runs }, () => runChild(file, 'read'));
      const mb = parse[0]!.mb;
      rows.push({
        size: mb,
        parseMBs: mb / median(parse.map((r) => r.seconds)),
        parseCpuMBs: mb / median(parse.map((r) => r.cpuSeconds)),
        readMBs: mb / median(read.map((r) => r.seconds)),
        rss: median(parse.map((r) => r.maxRssMB)),
        findings: parse[0]!.findings,
      });
      fs.rmSync(file);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`parse-throughput (median of ${runs} runs each, Node ${process.version})`);
  for (const r of rows) {
    console.log(
      `  ${r.size.toFixed(0).padStart(5)} MB log: parse ${r.parseMBs.toFixed(0)} MB/s, ${r.parseCpuMBs.toFixed(0)} MB per CPU-second (plain read ${r.readMBs.toFixed(0)} MB/s, ` +
        `parse/read ${(r.parseMBs / r.readMBs).toFixed(2)}), peak RSS ${r.rss.toFixed(0)} MB, ${r.findings} findings`,
    );
  }
  if (rows.length >= 2) {
    const [a, b] = [rows[0]!, rows[rows.length - 1]!];
    console.log(`  peak RSS ratio ${b.size.toFixed(0)} MB / ${a.size.toFixed(0)} MB log: ${(b.rss / a.rss).toFixed(2)}`);
  }
  const slowest = Math.min(...rows.map((r) => r.parseMBs));
  const largest = Math.max(...rows.map((r) => r.rss));
  console.log(`  targets: >= 100 MB/s (${slowest >= 100 ? 'met' : 'NOT met'}), peak RSS < 150 MB (${largest < 150 ? 'met' : 'NOT met'})`);
}

main();
