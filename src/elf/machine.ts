// Which CPU an object file is built for: e_machine of an ELF file, or of the first ELF member
// of an `ar` archive (a static library), read from the first bytes only. With the names the
// findings use and the GOARCH each machine is.
import fs from 'node:fs/promises';
import { AR_HEADER, AR_MAGIC, arMemberHeader, hasElfMagic } from './file.ts';

export const EM_386 = 3;
export const EM_ARM = 40;
export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;
export const EM_RISCV = 243;

const names: Record<number, string> = {
  [EM_386]: 'i386',
  [EM_ARM]: 'ARM (32-bit)',
  [EM_X86_64]: 'x86-64',
  [EM_AARCH64]: 'AArch64 (arm64)',
  [EM_RISCV]: 'RISC-V',
};
const goArches: Record<string, number> = { '386': EM_386, arm: EM_ARM, amd64: EM_X86_64, arm64: EM_AARCH64 };

/** "x86-64", "AArch64 (arm64)"; "ELF machine 8" for one this table lacks. */
export function machineName(machine: number): string {
  return names[machine] ?? `ELF machine ${machine}`;
}

/** GOARCH (amd64, arm64, ...) or Node's arch (x64, ia32) -> e_machine; undefined for others. */
export function machineOfArch(arch: string): number | undefined {
  return goArches[arch] ?? { x64: EM_X86_64, ia32: EM_386 }[arch];
}

function elfMachine(head: Buffer): number | undefined {
  if (head.length < 20 || !hasElfMagic(head)) return undefined;
  return head[5] === 2 ? head.readUInt16BE(18) : head.readUInt16LE(18);
}

/** Members looked at before giving up on an archive with no ELF member near its start. */
const AR_MEMBERS = 64;

/** e_machine of `file` (ELF, or an ar archive of ELF objects); undefined when it is neither or unreadable. */
export async function objectMachine(file: string): Promise<number | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const read = async (at: number, length: number) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buf, 0, length, at);
      return buf.subarray(0, bytesRead);
    };
    const head = await read(0, 20);
    if (head.subarray(0, 8).toString('latin1') !== AR_MAGIC) return elfMachine(head);
    // ar: 60-byte member headers (size in decimal at 48..58), data padded to even offsets.
    // The symbol table ("/"), long-name table ("//") and others are not ELF and are skipped.
    let at = 8;
    for (let i = 0; i < AR_MEMBERS; i++) {
      const member = arMemberHeader(await read(at, AR_HEADER));
      if (!member) return undefined;
      const machine = elfMachine(await read(at + AR_HEADER, 20));
      if (machine !== undefined) return machine;
      at += AR_HEADER + member.size + (member.size % 2);
    }
    return undefined;
  } finally {
    await handle.close();
  }
}
