// Reading Python requirement files for the tensorflow pin: requirements.txt, setup.cfg's
// install_requires and pyproject.toml (PEP 621 dependencies and Poetry's tables, through a
// small TOML reader). Pure functions over text; tf-version.ts turns a pin into a request.

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

// A small TOML reader, enough for pyproject's dependency tables: strings, arrays, inline
// tables, comments, dotted and quoted keys. Values land in a map keyed by the full dotted
// path ("project.dependencies", "tool.poetry.dependencies.tensorflow").
export type TomlValue =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'array'; items: TomlValue[] }
  | { kind: 'table'; entries: Map<string, TomlValue> }
  | { kind: 'other'; value: string };

export function parsePyprojectToml(text: string): Map<string, TomlValue> {
  const out = new Map<string, TomlValue>();
  let i = 0;
  let line = 1;
  const skip = (newlines: boolean) => {
    while (i < text.length) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r') i++;
      else if (c === '\n' && newlines) {
        i++;
        line++;
      } else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
      else break;
    }
  };
  const toLineEnd = () => {
    while (i < text.length && text[i] !== '\n') i++;
  };
  const readString = (): string => {
    const q = text[i]!;
    const triple = text.startsWith(q.repeat(3), i);
    const end = triple ? q.repeat(3) : q;
    i += end.length;
    let s = '';
    while (i < text.length && !text.startsWith(end, i)) {
      const c = text[i]!;
      if (c === '\n') {
        if (!triple) break;
        line++;
      }
      if (c === '\\' && q === '"') {
        const n = text[i + 1] ?? '';
        s += { n: '\n', t: '\t', '"': '"', '\\': '\\' }[n] ?? n;
        i += 2;
        continue;
      }
      s += c;
      i++;
    }
    i += end.length;
    return s;
  };
  const readKey = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skip(false);
      if (text[i] === '"' || text[i] === "'") parts.push(readString());
      else {
        const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i, i + 200));
        if (!m) break;
        parts.push(m[0]);
        i += m[0].length;
      }
      skip(false);
      if (text[i] !== '.') break;
      i++;
    }
    return parts;
  };
  const readValue = (): TomlValue => {
    skip(false);
    const c = text[i];
    if (c === '"' || c === "'") {
      const at = line;
      return { kind: 'string', value: readString(), line: at };
    }
    if (c === '[') {
      i++;
      const items: TomlValue[] = [];
      for (;;) {
        skip(true);
        if (i >= text.length) break;
        if (text[i] === ']') {
          i++;
          break;
        }
        const start = i;
        items.push(readValue());
        skip(true);
        if (text[i] === ',') i++;
        else if (i === start) i++;
      }
      return { kind: 'array', items };
    }
    if (c === '{') {
      i++;
      const entries = new Map<string, TomlValue>();
      for (;;) {
        skip(false);
        if (i >= text.length || text[i] === '\n') break;
        if (text[i] === '}') {
          i++;
          break;
        }
        const key = readKey();
        skip(false);
        if (key.length === 0 || text[i] !== '=') {
          i++;
          continue;
        }
        i++;
        entries.set(key.join('.'), readValue());
        skip(false);
        if (text[i] === ',') i++;
      }
      return { kind: 'table', entries };
    }
    const m = /^[^,\]}\n#]*/.exec(text.slice(i, i + 200))!;
    i += Math.max(1, m[0].length);
    return { kind: 'other', value: m[0].trim() };
  };
  let table = '';
  while (i < text.length) {
    skip(true);
    if (i >= text.length) break;
    if (text[i] === '[') {
      i += text[i + 1] === '[' ? 2 : 1;
      table = readKey().join('.');
      toLineEnd();
      continue;
    }
    const key = readKey();
    skip(false);
    if (key.length > 0 && text[i] === '=') {
      i++;
      out.set([table, ...key].filter(Boolean).join('.'), readValue());
    }
    toLineEnd();
  }
  return out;
}

/** pyproject.toml: [project] dependencies (then optional-dependencies) and Poetry's dependency tables. */
export function parsePyproject(text: string): Requirement[] {
  const doc = parsePyprojectToml(text);
  const out: Requirement[] = [];
  const fromArray = (key: string) => {
    const value = doc.get(key);
    if (value?.kind !== 'array') return;
    for (const item of value.items) {
      if (item.kind !== 'string') continue;
      const req = parseRequirement(item.value, item.line);
      if (req) out.push(req);
    }
  };
  fromArray('project.dependencies');
  for (const key of doc.keys()) if (key.startsWith('project.optional-dependencies.')) fromArray(key);
  // Poetry: name = "^2.18" | { version = "^2.18", ... } | [{ version = ..., markers = ... }, ...]
  const poetry = /^tool\.poetry\.(?:dependencies|dev-dependencies|group\.[^.]+\.dependencies)\.([^.]+)(?:\.version)?$/;
  for (const [key, value] of doc) {
    const m = poetry.exec(key);
    if (!m || normalizeName(m[1]!) === 'python') continue;
    const table = value.kind === 'array' ? value.items.find((v) => v.kind === 'table') : value;
    const version = table?.kind === 'string' ? table : table?.kind === 'table' ? table.entries.get('version') : undefined;
    if (version?.kind !== 'string') continue;
    out.push({
      name: normalizeName(m[1]!),
      extras: [],
      specifier: version.value.trim() === '*' ? '' : version.value.trim(),
      line: version.line,
      text: `${m[1]} = "${version.value}"`,
    });
  }
  return out;
}

/** Dispatches on the file name: pyproject.toml, setup.cfg, anything else is requirements.txt syntax. */
export function parseVersionFile(fileName: string, text: string): Requirement[] {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  if (base === 'pyproject.toml') return parsePyproject(text);
  if (base === 'setup.cfg') return parseSetupCfg(text);
  return parseRequirementsTxt(text);
}
