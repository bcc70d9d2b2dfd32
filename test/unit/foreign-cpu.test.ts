// Objects built for another CPU: the machine read from ELF files and static archives (gcc and
// aarch64-linux-gnu-gcc builds in test/fixtures/elf), the #cgo constraints that decide which
// LDFLAGS apply, and the findings that name the file and both CPUs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { EM_386, EM_AARCH64, EM_X86_64, machineName, machineOfArch, objectMachine } from '../../src/elf/machine.ts';
import { builtForOtherCpu } from '../../src/inspect/foreign-cpu.ts';
import { foreignLinkInputs, linkInputsOf } from '../../src/build/foreign-link-inputs.ts';
import { constraintHolds, readLinkLine } from '../../src/link-line/link-line.ts';
import { scanCgoPackage, type CgoPackageFacts } from '../../src/resolve/cgo-source.ts';

/** The link line's inputs for a target, with the user's CGO_LDFLAGS. */
const linkInputs = (facts: CgoPackageFacts, cgoLdflags: string, goos: string, goarch: string) =>
  linkInputsOf(readLinkLine({ sources: facts, cgoLdflags, goos, goarch }));

const elf = (name: string) => path.join(repoRoot, 'test', 'fixtures', 'elf', name);
const x64 = elf('libversioned64.so');
const aarch64 = elf('libversioned-aarch64.so');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'foreign-cpu-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

test('objectMachine reads ELF files and the first object of an ar archive; anything else is undefined', async () => {
  assert.equal(await objectMachine(x64), EM_X86_64);
  assert.equal(await objectMachine(aarch64), EM_AARCH64);
  assert.equal(await objectMachine(elf('libversioned32.so')), EM_386);
  assert.equal(await objectMachine(elf('libversioned-aarch64.a')), EM_AARCH64);
  assert.equal(await objectMachine(elf('versioned.c')), undefined);
  assert.equal(await objectMachine(path.join(scratch, 'missing.so')), undefined);
  assert.deepEqual(['amd64', 'x64', 'arm64', '386', 'riscv64'].map(machineOfArch), [EM_X86_64, EM_X86_64, EM_AARCH64, EM_386, undefined]);
  assert.equal(machineName(EM_AARCH64), 'AArch64 (arm64)');
});

test('#cgo constraints: spaces are OR, commas AND, ! NOT', () => {
  assert.equal(constraintHolds(undefined, 'linux', 'arm64'), true);
  assert.equal(constraintHolds('linux,arm64', 'linux', 'arm64'), true);
  assert.equal(constraintHolds('linux,amd64', 'linux', 'arm64'), false);
  assert.equal(constraintHolds('darwin linux,!amd64', 'linux', 'arm64'), true);
  assert.equal(constraintHolds('!linux', 'linux', 'arm64'), false);
});

/** A package whose #cgo lines link `lib/libversioned.so` (a copy of `library`) and, on amd64 only, `lib/x86.a`. */
async function packageLinking(library: string) {
  const dir = fs.mkdtempSync(path.join(scratch, 'pkg-'));
  fs.mkdirSync(path.join(dir, 'lib'));
  fs.copyFileSync(library, path.join(dir, 'lib', 'libversioned.so'));
  fs.copyFileSync(elf('libversioned-aarch64.a'), path.join(dir, 'lib', 'arm.a'));
  fs.writeFileSync(
    path.join(dir, 'lib.go'),
    'package main\n\n/*\n#cgo LDFLAGS: -L${SRCDIR}/lib -lversioned\n#cgo linux,arm64 LDFLAGS: ${SRCDIR}/lib/arm.a\nint api_one(int);\n*/\nimport "C"\n\nfunc main() {}\n',
  );
  return { dir, facts: await scanCgoPackage(dir, ['lib.go']) };
}

test('an AArch64 library found through -L/-l in an x86-64 build: a finding on the #cgo line naming the file and both CPUs', async () => {
  const { dir, facts } = await packageLinking(aarch64);
  const inputs = linkInputs(facts, '', 'linux', 'amd64');
  // The linux,arm64 line does not apply to amd64.
  assert.deepEqual(
    inputs.map((i) => [path.relative(dir, i.file), i.arg]),
    [['lib/libversioned.so', '-lversioned']],
  );
  const [finding, ...rest] = await foreignLinkInputs(inputs, 'amd64');
  assert.deepEqual(rest, []);
  assert.equal(finding!.kind, 'wrong-cpu');
  assert.equal(finding!.severity, 'error');
  assert.equal(finding!.title, 'libversioned.so is built for AArch64 (arm64), not x86-64');
  assert.ok(finding!.message.startsWith(`${path.join(dir, 'lib', 'libversioned.so')} (-lversioned in #cgo LDFLAGS)`), finding!.message);
  assert.deepEqual(finding!.locations, [{ file: path.join(dir, 'lib.go'), line: 4, column: 1 }]);
  // For arm64 the same package is fine: the library and the arm64-only archive are AArch64.
  const arm = linkInputs(facts, '', 'linux', 'arm64');
  assert.deepEqual(
    arm.map((i) => path.basename(i.file)),
    ['libversioned.so', 'arm.a'],
  );
  assert.deepEqual(await foreignLinkInputs(arm, 'arm64'), []);
});

test("an x86-64 library in the user's CGO_LDFLAGS of an arm64 build: a finding without a source line", async () => {
  const { facts } = await packageLinking(aarch64);
  const [finding] = await foreignLinkInputs(linkInputs(facts, `-O2 ${x64}`, 'linux', 'arm64'), 'arm64');
  assert.equal(finding!.title, 'libversioned64.so is built for x86-64, not AArch64 (arm64)');
  assert.match(finding!.message, /in CGO_LDFLAGS\) is built for x86-64, but this build links for GOARCH arm64/);
  assert.equal(finding!.locations, undefined);
});

test('a built library for another CPU than the TensorFlow that loads it: one finding; the same CPU: none', async () => {
  const finding = await builtForOtherCpu(aarch64, x64);
  assert.equal(finding!.kind, 'wrong-cpu');
  assert.equal(finding!.title, 'The library is built for AArch64 (arm64), but TensorFlow here is x86-64');
  assert.match(finding!.message, /cannot open shared object file/);
  assert.equal(await builtForOtherCpu(x64, x64), undefined);
});
