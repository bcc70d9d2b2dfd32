// The file table of a DWARF line program's header (.debug_line, versions 2 to 5): what a
// DW_AT_decl_file number names. Only the header is read, never the line program.
import path from 'node:path';
import { Cursor, readForm, stringAt, unitLength, type DebugSections, type FormContext, type FormValue } from './dwarf-data.ts';

const DW_LNCT_PATH = 1;
const DW_LNCT_DIRECTORY_INDEX = 2;
const DW_FORM_LINE_STRP = 0x1f;
const DW_FORM_STRP = 0x0e;

/**
 * The file names of the line table at `offset`, indexed as DW_AT_decl_file counts them (from
 * 0 in DWARF 5, where entry 0 is the unit's own file; from 1 before, index 0 left empty).
 * Each is joined with its directory and, when relative, with the unit's compilation directory.
 */
export function lineTableFiles(sections: DebugSections, offset: number, little: boolean, compDir: string | undefined): string[] {
  const c = new Cursor(sections.line, little, offset);
  const { end, offsetSize } = unitLength(c);
  const version = c.u16();
  if (version < 2 || version > 5) throw new RangeError(`line table version ${version} at offset ${offset}`);
  const addressSize = version >= 5 ? c.u8() : 8;
  if (version >= 5) c.u8(); // segment_selector_size
  const headerLength = c.offset(offsetSize);
  const programStart = c.at + headerLength;
  if (programStart > end) throw new RangeError(`line table header at offset ${offset} runs past its unit`);
  c.skip(version >= 4 ? 5 : 4); // minimum_instruction_length, [maximum_operations_per_instruction,] default_is_stmt, line_base, line_range
  const opcodeBase = c.u8();
  c.skip(Math.max(0, opcodeBase - 1));
  const unit: FormContext = { version, offsetSize, addressSize };
  const join = (dir: string | undefined, name: string) => {
    const inDir = path.posix.isAbsolute(name) || !dir ? name : path.posix.join(dir, name);
    return path.posix.isAbsolute(inDir) || !compDir ? inDir : path.posix.join(compDir, inDir);
  };
  if (version >= 5) {
    const dirs = entries(c, unit, sections).map((e) => e.path);
    return entries(c, unit, sections).map((e) => join(dirs[e.directory], e.path));
  }
  const dirs: string[] = [];
  for (let dir = c.cstring(); dir !== ''; dir = c.cstring()) dirs.push(dir);
  const files = [''];
  for (let name = c.cstring(); name !== ''; name = c.cstring()) {
    const directory = c.uleb();
    c.uleb(); // modification time
    c.uleb(); // length
    files.push(join(directory === 0 ? undefined : dirs[directory - 1], name));
  }
  return files;
}

/** DWARF 5's self-describing entries: a format (content type and form pairs), a count, the entries. */
function entries(c: Cursor, unit: FormContext, sections: DebugSections): { path: string; directory: number }[] {
  const formatCount = c.u8();
  const format: [number, number][] = [];
  for (let i = 0; i < formatCount; i++) format.push([c.uleb(), c.uleb()]);
  const count = c.uleb();
  const found: { path: string; directory: number }[] = [];
  for (let i = 0; i < count; i++) {
    let entryPath = '';
    let directory = 0;
    for (const [content, form] of format) {
      const value = readForm(c, form, unit);
      if (content === DW_LNCT_PATH) entryPath = pathString(form, value, sections);
      else if (content === DW_LNCT_DIRECTORY_INDEX && typeof value === 'number') directory = value;
    }
    found.push({ path: entryPath, directory });
  }
  return found;
}

/** An inline string, or one in .debug_line_str or .debug_str (compilers use no other form for paths). */
function pathString(form: number, value: FormValue, sections: DebugSections): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return '';
  if (form === DW_FORM_LINE_STRP) return stringAt(sections.lineStr, value);
  if (form === DW_FORM_STRP) return stringAt(sections.str, value);
  return '';
}
