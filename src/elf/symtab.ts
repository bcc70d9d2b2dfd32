// The static symbol table (.symtab): what a relocatable object references and what a
// built library keeps for debugging. Small next to .dynsym in the files read here (a
// package's cgo objects, the built library), so it is read whole into plain objects.
import { SHT_SYMTAB, type ElfFile } from './file.ts';
import { symbolLayout, symbolSize } from './symbols.ts';

export interface StaticSymbol {
  name: string;
  /** st_info: binding in the high nibble, type in the low one. */
  info: number;
  /** st_shndx: SHN_UNDEF (0) for a reference. */
  shndx: number;
  size: number;
}

/** Every .symtab entry but the null one, in table order; [] when the file is stripped. */
export async function readStaticSymbols(file: ElfFile): Promise<StaticSymbol[]> {
  const symtab = file.firstOfType(SHT_SYMTAB);
  if (!symtab) return [];
  const strtab = file.linkedSection(symtab, 'symbol string table');
  const [table, strings] = await Promise.all([file.readSection(symtab, '.symtab'), file.readSection(strtab, '.strtab')]);
  const layout = symbolLayout(file);
  const symbols: StaticSymbol[] = [];
  for (let at = layout.size; at + layout.size <= table.length; at += layout.size) {
    const nameAt = file.num.u32(table, at);
    if (nameAt >= strings.length && nameAt !== 0)
      throw file.fail(`.symtab names string ${nameAt}, outside .strtab (${strings.length} bytes)`);
    const end = strings.indexOf(0, nameAt);
    symbols.push({
      name: strings.toString('utf8', nameAt, end < 0 ? strings.length : end),
      info: table[at + layout.info]!,
      shndx: file.num.u16(table, at + layout.shndx),
      size: symbolSize(file, table, at),
    });
  }
  return symbols;
}
