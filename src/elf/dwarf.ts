// Where C and C++ variables are declared and defined, from DWARF (.debug_info and the line
// tables' file names, versions 2 to 5, compressed sections included): DW_TAG_variable's
// DW_AT_decl_file, DW_AT_decl_line and DW_AT_decl_column, following DW_AT_specification and
// DW_AT_abstract_origin for what a definition leaves to its declaration. A Go c-shared library
// keeps the DWARF of its cgo C files unless linked with -ldflags=-w; Go's own units are skipped.
import {
  Cursor,
  readDebugSections,
  readForm,
  stringAt,
  unitLength,
  type DebugSections,
  type FormContext,
  type FormValue,
} from './dwarf-data.ts';
import { lineTableFiles } from './dwarf-lines.ts';
import type { ElfFile } from './file.ts';

export interface DwarfVariable {
  /** DW_AT_name: the name in the source (`scratch`, `member`). */
  name: string;
  /** DW_AT_linkage_name: the symbol of a C++ variable (`_ZN5tfcgo10cxx_bufferE`). */
  linkageName?: string;
  /** The file as the compiler named it, joined with its directory and the compilation directory. */
  file?: string;
  line?: number;
  column?: number;
  /** DW_AT_declaration: a declaration only (`extern` in a header or a cgo preamble), not the definition. */
  declaration: boolean;
  /** Its DW_AT_location gives a thread-local address (ends in DW_OP_form_tls_address or GNU's push_tls_address). */
  threadLocal: boolean;
}

const TAG_COMPILE_UNIT = 0x11;
const TAG_PARTIAL_UNIT = 0x3c;
const TAG_VARIABLE = 0x34;
const TAG_MEMBER = 0x0d;
const AT = {
  location: 0x02,
  name: 0x03,
  stmtList: 0x10,
  language: 0x13,
  compDir: 0x1b,
  abstractOrigin: 0x31,
  declColumn: 0x39,
  declFile: 0x3a,
  declLine: 0x3b,
  declaration: 0x3c,
  specification: 0x47,
  linkageName: 0x6e,
  strOffsetsBase: 0x72,
  mipsLinkageName: 0x2007,
};
const KEPT_ATTRIBUTES = new Set(Object.values(AT));
const LANG_GO = 0x16;
const OP_FORM_TLS_ADDRESS = 0x9b;
const OP_GNU_PUSH_TLS_ADDRESS = 0xe0;
const UT_COMPILE = 1;
const UT_PARTIAL = 3;
/** ref1, ref2, ref4, ref8, ref_udata: offsets from the start of their unit. */
const UNIT_REFERENCES = new Set([0x11, 0x12, 0x13, 0x14, 0x15]);
const DW_FORM_REF_ADDR = 0x10;
const STRING_FORMS = { string: 0x08, strp: 0x0e, lineStrp: 0x1f, strx: new Set([0x1a, 0x25, 0x26, 0x27, 0x28]) };

interface Abbrev {
  tag: number;
  attributes: { name: number; form: number; implicit: number }[];
}

interface Unit extends FormContext {
  offset: number;
  little: boolean;
  sections: DebugSections;
  strOffsetsBase?: number;
  compDir?: string;
  stmtList?: number;
  files?: string[];
}

interface Die {
  unit: Unit;
  tag: number;
  attributes: Map<number, { form: number; value: FormValue }>;
}

/**
 * The variables named `names` (by DW_AT_linkage_name or DW_AT_name), each definition and
 * declaration once, in the order of .debug_info. [] without DWARF. Throws ElfError on
 * malformed debug data.
 */
export async function readDwarfVariables(file: ElfFile, names: readonly string[]): Promise<DwarfVariable[]> {
  const sections = await readDebugSections(file);
  if (sections.info.length === 0 || names.length === 0) return [];
  const wanted = new Set(names);
  const walk: Walk = { sections, little: file.endian === 'little', wanted, abbrevs: new Map(), kept: new Map() };
  const c = new Cursor(sections.info, walk.little);
  while (c.at < sections.info.length) readUnit(c, walk);
  const found = new Map<string, DwarfVariable>();
  for (const die of walk.kept.values()) {
    // DWARF 4 declares a static data member as a member, DWARF 5 as a variable.
    if (die.tag !== TAG_VARIABLE && !(die.tag === TAG_MEMBER && numberOf(die, AT.declaration))) continue;
    for (const variable of resolveVariable(die, walk)) found.set(JSON.stringify(variable), variable);
  }
  return [...found.values()];
}

interface Walk {
  sections: DebugSections;
  little: boolean;
  wanted: ReadonlySet<string>;
  abbrevs: Map<number, Map<number, Abbrev>>;
  /** Variables and members by .debug_info offset: those wanted by name, declarations and those that point to another. */
  kept: Map<number, Die>;
}

/** One unit: its header, then its DIEs; a unit of Go, a type unit or a split unit is skipped whole. */
function readUnit(c: Cursor, walk: Walk): void {
  const offset = c.at;
  const { end, offsetSize } = unitLength(c);
  const version = c.u16();
  let unitType = UT_COMPILE;
  let abbrevOffset: number;
  let addressSize: number;
  if (version >= 5) {
    unitType = c.u8();
    addressSize = c.u8();
    abbrevOffset = c.offset(offsetSize);
  } else {
    abbrevOffset = c.offset(offsetSize);
    addressSize = c.u8();
  }
  if (version >= 2 && version <= 5 && (unitType === UT_COMPILE || unitType === UT_PARTIAL)) {
    const unit: Unit = { offset, version, offsetSize, addressSize, little: walk.little, sections: walk.sections };
    readDies(new Cursor(c.data.subarray(0, end), walk.little, c.at), unit, abbrevsAt(walk, abbrevOffset), walk);
  }
  c.at = end;
}

function readDies(c: Cursor, unit: Unit, abbrevs: Map<number, Abbrev>, walk: Walk): void {
  let first = true;
  while (c.at < c.data.length) {
    const offset = c.at;
    const code = c.uleb();
    if (code === 0) continue;
    const abbrev = abbrevs.get(code);
    if (!abbrev) throw new RangeError(`DIE at offset ${offset} uses abbreviation ${code}, which its unit does not define`);
    const keep = first || abbrev.tag === TAG_VARIABLE || abbrev.tag === TAG_MEMBER;
    const attributes = new Map<number, { form: number; value: FormValue }>();
    for (const a of abbrev.attributes) {
      const value = readForm(c, a.form, unit, a.implicit);
      if (keep && KEPT_ATTRIBUTES.has(a.name)) attributes.set(a.name, { form: a.form, value });
    }
    const die: Die = { unit, tag: abbrev.tag, attributes };
    if (first) {
      first = false;
      if (abbrev.tag === TAG_COMPILE_UNIT || abbrev.tag === TAG_PARTIAL_UNIT) {
        if (numberOf(die, AT.language) === LANG_GO) return;
        describeUnit(die);
      }
    } else if (keep && worthKeeping(die, walk.wanted)) walk.kept.set(offset, die);
  }
}

/** The unit DIE's facts its variables need: the string offsets base, the compilation directory, the line table. */
function describeUnit(die: Die): void {
  const { unit } = die;
  const base = numberOf(die, AT.strOffsetsBase);
  if (base !== undefined) unit.strOffsetsBase = base;
  const compDir = stringOf(die, AT.compDir);
  if (compDir !== undefined) unit.compDir = compDir;
  const stmtList = numberOf(die, AT.stmtList);
  if (stmtList !== undefined) unit.stmtList = stmtList;
}

function worthKeeping(die: Die, wanted: ReadonlySet<string>): boolean {
  const { attributes } = die;
  if (attributes.has(AT.declaration) || attributes.has(AT.specification) || attributes.has(AT.abstractOrigin)) return true;
  const name = stringOf(die, AT.name);
  const linkage = stringOf(die, AT.linkageName) ?? stringOf(die, AT.mipsLinkageName);
  return (name !== undefined && wanted.has(name)) || (linkage !== undefined && wanted.has(linkage));
}

/**
 * The variable with what it leaves to its declaration (or abstract origin) filled in, and the
 * declarations it completes (a C++ member's names only its definition has); [] when not wanted.
 */
function resolveVariable(die: Die, walk: Walk): DwarfVariable[] {
  const chain = [die];
  for (let d: Die | undefined = die; chain.length < 5;) {
    const next: number | undefined = referenceOf(d, AT.specification) ?? referenceOf(d, AT.abstractOrigin);
    d = next === undefined ? undefined : walk.kept.get(next);
    if (!d) break;
    chain.push(d);
  }
  const name = firstOf(chain, (d) => stringOf(d, AT.name));
  const linkageName = firstOf(chain, (d) => stringOf(d, AT.linkageName) ?? stringOf(d, AT.mipsLinkageName));
  if (name === undefined || !(walk.wanted.has(name) || (linkageName !== undefined && walk.wanted.has(linkageName)))) return [];
  const names = { name, ...(linkageName !== undefined ? { linkageName } : {}) };
  return chain.flatMap((d, i) => (i === 0 || numberOf(d, AT.declaration) ? [{ ...names, ...place(chain.slice(i)) }] : []));
}

function firstOf<T>(chain: readonly Die[], pick: (d: Die) => T | undefined): T | undefined {
  for (const d of chain) {
    const value = pick(d);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Where the first DIE of the chain is, each attribute from the first DIE that has it. */
function place(chain: readonly Die[]): Pick<DwarfVariable, 'file' | 'line' | 'column' | 'declaration' | 'threadLocal'> {
  const fileDie = chain.find((d) => numberOf(d, AT.declFile) !== undefined);
  const file = fileDie ? filesOf(fileDie.unit)[numberOf(fileDie, AT.declFile)!] || undefined : undefined;
  const line = firstOf(chain, (d) => numberOf(d, AT.declLine));
  const column = firstOf(chain, (d) => numberOf(d, AT.declColumn));
  return {
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined && column > 0 ? { column } : {}),
    declaration: (numberOf(chain[0]!, AT.declaration) ?? 0) !== 0,
    threadLocal: isThreadLocal(chain[0]!),
  };
}

/** A location expression that ends by turning an offset into a thread-local address. */
function isThreadLocal(die: Die): boolean {
  const expression = die.attributes.get(AT.location)?.value;
  if (!Buffer.isBuffer(expression) || expression.length === 0) return false;
  const last = expression[expression.length - 1];
  return last === OP_FORM_TLS_ADDRESS || last === OP_GNU_PUSH_TLS_ADDRESS;
}

function filesOf(unit: Unit): string[] {
  unit.files ??= unit.stmtList === undefined ? [] : lineTableFiles(unit.sections, unit.stmtList, unit.little, unit.compDir);
  return unit.files;
}

function numberOf(die: Die, attribute: number): number | undefined {
  const value = die.attributes.get(attribute)?.value;
  return typeof value === 'number' ? value : undefined;
}

/** A reference as a .debug_info offset; undefined for references into other files or type units. */
function referenceOf(die: Die, attribute: number): number | undefined {
  const a = die.attributes.get(attribute);
  if (!a || typeof a.value !== 'number') return undefined;
  if (UNIT_REFERENCES.has(a.form)) return die.unit.offset + a.value;
  return a.form === DW_FORM_REF_ADDR ? a.value : undefined;
}

/**
 * A string attribute: inline, or in .debug_str (directly or through .debug_str_offsets) or
 * .debug_line_str; undefined for forms that point into another file (strp_sup, GNU_strp_alt).
 */
function stringOf(die: Die, attribute: number): string | undefined {
  const a = die.attributes.get(attribute);
  if (!a) return undefined;
  if (typeof a.value === 'string') return a.value;
  if (typeof a.value !== 'number') return undefined;
  const s = die.unit.sections;
  if (a.form === STRING_FORMS.strp) return stringAt(s.str, a.value);
  if (a.form === STRING_FORMS.lineStrp) return stringAt(s.lineStr, a.value);
  if (STRING_FORMS.strx.has(a.form)) {
    const { offsetSize } = die.unit;
    const base = die.unit.strOffsetsBase ?? 2 * offsetSize; // past the .debug_str_offsets header
    return stringAt(s.str, new Cursor(s.strOffsets, die.unit.little, base + a.value * offsetSize).offset(offsetSize));
  }
  return undefined;
}

/** The abbreviation table at `offset` of .debug_abbrev, read once. */
function abbrevsAt(walk: Walk, offset: number): Map<number, Abbrev> {
  const cached = walk.abbrevs.get(offset);
  if (cached) return cached;
  const table = new Map<number, Abbrev>();
  const c = new Cursor(walk.sections.abbrev, walk.little, offset);
  for (let code = c.uleb(); code !== 0; code = c.uleb()) {
    const tag = c.uleb();
    c.u8(); // DW_CHILDREN_yes or _no: the walk reads every DIE in order and needs no tree
    const attributes: Abbrev['attributes'] = [];
    for (;;) {
      const name = c.uleb();
      const form = c.uleb();
      if (name === 0 && form === 0) break;
      attributes.push({ name, form, implicit: form === 0x21 ? c.sleb() : 0 });
    }
    table.set(code, { tag, attributes });
  }
  walk.abbrevs.set(offset, table);
  return table;
}
