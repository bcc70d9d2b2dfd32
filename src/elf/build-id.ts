// The GNU build ID (.note.gnu.build-id): a content hash the linker writes, which identifies a
// library across copies better than its size and mtime.
import { SHT_NOTE, type ElfFile } from './file.ts';

const NT_GNU_BUILD_ID = 3;

/** The build ID bytes in hex, if the file has one. */
export async function readBuildId(file: ElfFile): Promise<string | undefined> {
  for (const section of file.sections) {
    if (section.type !== SHT_NOTE || section.size > 1 << 16) continue;
    const data = await file.readSection(section, 'note section');
    const { num } = file;
    // Notes are 4-byte aligned except .note.gnu.property (8 on ELF64), which has no build ID.
    for (let at = 0; at + 12 <= data.length;) {
      const nameSize = num.u32(data, at);
      const descSize = num.u32(data, at + 4);
      const type = num.u32(data, at + 8);
      const nameAt = at + 12;
      const descAt = nameAt + ((nameSize + 3) & ~3);
      if (descAt + descSize > data.length) break;
      if (type === NT_GNU_BUILD_ID && data.toString('latin1', nameAt, nameAt + nameSize) === 'GNU\0') {
        return data.toString('hex', descAt, descAt + descSize);
      }
      at = descAt + ((descSize + 3) & ~3);
    }
  }
  return undefined;
}
