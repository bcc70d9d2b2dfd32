// Reading Python requirement files for the tensorflow pin: requirements.txt, setup.cfg's
// install_requires and pyproject.toml (PEP 621 dependencies and Poetry's tables, read with
// smol-toml). Pure functions over text; tf-version.ts turns a pin into a request.
import { parse as parseToml } from 'smol-toml';
import { InputError } from '../input-error.ts';

export interface Requirement {
  /** Normalized (PEP 503): lower case, runs of -_. as one -. */
  name: string;
  extras: string[];
  /** PEP 440 specifier set ("" for any), or a Poetry constraint from pyproject. */
  specifier: string;
  marker?: string;
  url?: string;
  /** 1-based line in the file. */
  line: number;
  text: string;
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** One PEP 508 requirement ("tensorflow[and-cuda]==2.20.0; python_version>='3.9'"). */
export function parseRequirement(text: string, line: number): Requirement | undefined {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec(text);
  if (!m) return undefined;
  let rest = m[3]!;
  let marker: string | undefined;
  let url: string | undefined;
  if (rest.startsWith('@')) {
    const at = /^@\s*(\S+)\s*(?:;\s*(.*))?$/.exec(rest);
    url = at?.[1];
    marker = at?.[2]?.trim() || undefined;
    rest = '';
  } else {
    const semi = rest.indexOf(';');
    if (semi >= 0) {
      marker = rest.slice(semi + 1).trim() || undefined;
      rest = rest.slice(0, semi);
    }
  }
  const specifier = rest
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\s+/g, '');
  if (specifier !== '' && !/^(===|==|~=|!=|<=|>=|<|>)/.test(specifier)) return undefined;
  const extras = (m[2] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return { name: normalizeName(m[1]!), extras, specifier, marker, url, line, text: text.trim() };
}

/** requirements.txt: comments, continuations, option lines (-r, -c, -e, --index-url) and --hash are skipped. */
export function parseRequirementsTxt(text: string): Requirement[] {
  const out: Requirement[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    let logical = lines[i]!;
    while (/\\$/.test(logical) && i + 1 < lines.length) logical = logical.slice(0, -1) + ' ' + lines[++i];
    const body = logical
      .replace(/(^|\s)#.*$/, '')
      .replace(/\s--?[A-Za-z].*$/, '')
      .trim();
    if (body === '' || body.startsWith('-')) continue;
    const req = parseRequirement(body, first);
    if (req) out.push(req);
  }
  return out;
}

/** setup.cfg: the [options] install_requires list (and [options.extras_require] lists after it). */
export function parseSetupCfg(text: string): Requirement[] {
  const main: Requirement[] = [];
  const extras: Requirement[] = [];
  let section = '';
  let collecting: Requirement[] | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      section = header[1]!.trim().toLowerCase();
      collecting = undefined;
      return;
    }
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') return;
    const keyLine = /^(\S[^=:]*?)\s*[=:]\s*(.*)$/.exec(raw);
    let value: string;
    if (keyLine && !/^\s/.test(raw)) {
      const key = keyLine[1]!.toLowerCase().replace(/-/g, '_');
      collecting = section === 'options' && key === 'install_requires' ? main : section === 'options.extras_require' ? extras : undefined;
      value = keyLine[2]!;
    } else {
      value = raw;
    }
    if (!collecting) return;
    const body = value.replace(/(^|\s)#.*$/, '').trim();
    if (body === '') return;
    const req = parseRequirement(body, index + 1);
    if (req) collecting.push(req);
  });
  return [...main, ...extras];
}

/** The 1-based line of the first line from `from` (0-based) that passes `test`, else from the top; 0 when none. */
function lineWhere(lines: readonly string[], test: (line: string) => boolean, from = 0): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i]!)) return i + 1;
  return from > 0 ? lineWhere(lines, test) : 0;
}

/** A line holds a TOML string value: its text up to the first character TOML would escape. */
function holdsString(value: string): (line: string) => boolean {
  const plain = value.split(/["\\]/)[0]!;
  return (line) => line.includes(`"${plain}`) || line.includes(`'${plain}`);
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * pyproject.toml: [project] dependencies (then optional-dependencies) and Poetry's dependency
 * tables, read with smol-toml. A TOML parser gives values, not positions: each pin's line is
 * then found by searching the text for it.
 */
export function parsePyproject(text: string, fileName = 'pyproject.toml'): Requirement[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text);
  } catch (error) {
    throw new InputError('tensorflow-version-file', `${fileName} is not valid TOML: ${(error as Error).message.split('\n')[0]}`);
  }
  const lines = text.split(/\r?\n/);
  const out: Requirement[] = [];
  let cursor = 0;
  const fromArray = (value: unknown) => {
    if (!Array.isArray(value)) return;
    for (const item of value) {
      if (typeof item !== 'string') continue;
      const line = lineWhere(lines, holdsString(item), cursor);
      cursor = Math.max(line - 1, 0);
      const req = parseRequirement(item, line);
      if (req) out.push(req);
    }
  };
  const project = asRecord(doc.project);
  fromArray(project?.dependencies);
  for (const group of Object.values(asRecord(project?.['optional-dependencies']) ?? {})) fromArray(group);
  // Poetry: name = "^2.18" | { version = "^2.18", ... } | [{ version = ..., markers = ... }, ...]
  const poetry = asRecord(asRecord(doc.tool)?.poetry);
  const tables = [
    poetry?.dependencies,
    poetry?.['dev-dependencies'],
    ...Object.values(asRecord(poetry?.group) ?? {}).map((g) => asRecord(g)?.dependencies),
  ];
  for (const [name, value] of tables.flatMap((t) => Object.entries(asRecord(t) ?? {}))) {
    if (normalizeName(name) === 'python') continue;
    const table: unknown = Array.isArray(value) ? (value as unknown[]).find((v) => asRecord(v)) : value;
    const version = typeof table === 'string' ? table : asRecord(table)?.version;
    if (typeof version !== 'string') continue;
    // The key's line (`name = ...` or a [....name] header), then the version's from there.
    const key = new RegExp(`(^\\s*|[.\\[])["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[=\\]]`);
    const keyLine = lineWhere(lines, (l) => key.test(l));
    out.push({
      name: normalizeName(name),
      extras: [],
      specifier: version.trim() === '*' ? '' : version.trim(),
      line: lineWhere(lines, holdsString(version), Math.max(keyLine - 1, 0)),
      text: `${name} = "${version}"`,
    });
  }
  return out;
}

/** A Python string literal (a prefix such as r or u allowed) or a comment, in setup.py's text. */
const PY_TOKEN = /[rRuUbB]{0,2}("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|#[^\n]*|[[\](){}]/g;

/** The string literals inside the bracket that opens just before `from`, with where each is; dict keys left out. */
function stringsInBracket(text: string, from: number): { value: string; at: number }[] {
  const out: { value: string; at: number }[] = [];
  let depth = 1;
  PY_TOKEN.lastIndex = from;
  for (let m = PY_TOKEN.exec(text); m && depth > 0; m = PY_TOKEN.exec(text)) {
    const token = m[0];
    if (token.startsWith('#')) continue;
    if ('[({'.includes(token)) depth++;
    else if ('])}'.includes(token)) depth--;
    else if (!/^\s*:/.test(text.slice(PY_TOKEN.lastIndex))) out.push({ value: m[1]!.slice(1, -1), at: m.index });
  }
  return out;
}

/**
 * setup.py, read as text (no code is run): the string literals of `install_requires=[...]`, then
 * of `extras_require={...}` (its keys left out). A list built by code (a variable, a file read)
 * yields nothing rather than a guess.
 */
export function parseSetupPy(text: string): Requirement[] {
  const out: Requirement[] = [];
  for (const key of ['install_requires', 'extras_require']) {
    const start = new RegExp(`\\b${key}\\s*=\\s*[[{(]`).exec(text);
    if (!start) continue;
    for (const { value, at } of stringsInBracket(text, start.index + start[0].length)) {
      const req = parseRequirement(value, text.slice(0, at).split('\n').length);
      if (req) out.push(req);
    }
  }
  return out;
}

/** Dispatches on the file name: pyproject.toml, setup.cfg, setup.py, anything else is requirements.txt syntax. */
export function parseVersionFile(fileName: string, text: string): Requirement[] {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  if (base === 'pyproject.toml') return parsePyproject(text, fileName);
  if (base === 'setup.cfg') return parseSetupCfg(text);
  if (base === 'setup.py') return parseSetupPy(text);
  return parseRequirementsTxt(text);
}
