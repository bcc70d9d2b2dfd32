// pip-args and pip's own settings, translated to `uv pip install` options (pure), so that
// uv installs from the same indexes with the same rules as pip would. pip merges every
// index it is given and takes the best match; uv's default is the first index that has
// the package, so more than one source asks for pip's strategy.
import { settingLabel, type PipSetting } from './pip-config.ts';

export interface UvInstallOptions {
  /** Options for `uv pip install`, before the package names. */
  args: string[];
  /** Variables for uv for what it takes only from the environment (timeouts, retries, proxy). */
  env: Record<string, string>;
  /** The indexes asked for, for messages: empty means the default index. */
  indexes: string[];
  /** No index at all (--no-index): only find-links. */
  noIndex: boolean;
  /** Where the indexes were set: "pip-args", "PIP_INDEX_URL", "pip config global.index-url". */
  indexOrigins: string[];
}

export type UvTranslation = ({ ok: true } & UvInstallOptions) | { ok: false; option: string };

/** What a pip option does for uv. */
type Rule =
  | { kind: 'index' }
  | { kind: 'extra-index' }
  | { kind: 'no-index' }
  | { kind: 'find-links' }
  | { kind: 'trusted-host' }
  /** Passed on as uv `option`, with its value when `takesValue`. */
  | { kind: 'same'; uv: string[]; takesValue: boolean }
  | { kind: 'env'; names: string[] }
  /** Changes nothing uv does (pip's own output and checks). */
  | { kind: 'ignore'; takesValue: boolean };

const same = (uv: string, takesValue = true): Rule => ({ kind: 'same', uv: [uv], takesValue });
const flag = (...uv: string[]): Rule => ({ kind: 'same', uv, takesValue: false });

/** pip's long option names (without dashes) and what they are for uv. */
const RULES: Record<string, Rule> = {
  'index-url': { kind: 'index' },
  'extra-index-url': { kind: 'extra-index' },
  'no-index': { kind: 'no-index' },
  'find-links': { kind: 'find-links' },
  'trusted-host': { kind: 'trusted-host' },
  'no-binary': same('--no-binary'),
  'only-binary': same('--only-binary'),
  'prefer-binary': flag(),
  pre: flag('--prerelease', 'allow'),
  cert: same('--cert'),
  constraint: same('--constraint'),
  requirement: same('--requirement'),
  upgrade: flag('--upgrade'),
  'force-reinstall': flag('--reinstall'),
  'no-deps': flag('--no-deps'),
  'require-hashes': flag('--require-hashes'),
  'no-build-isolation': flag('--no-build-isolation'),
  'no-cache-dir': flag('--no-cache'),
  quiet: flag('--quiet'),
  verbose: flag('--verbose'),
  timeout: { kind: 'env', names: ['UV_HTTP_TIMEOUT'] },
  'default-timeout': { kind: 'env', names: ['UV_HTTP_TIMEOUT'] },
  retries: { kind: 'env', names: ['UV_HTTP_RETRIES'] },
  proxy: { kind: 'env', names: ['HTTPS_PROXY', 'HTTP_PROXY'] },
  'disable-pip-version-check': { kind: 'ignore', takesValue: false },
  'no-input': { kind: 'ignore', takesValue: false },
  'no-color': { kind: 'ignore', takesValue: false },
  'no-warn-script-location': { kind: 'ignore', takesValue: false },
  'no-warn-conflicts': { kind: 'ignore', takesValue: false },
  'break-system-packages': { kind: 'ignore', takesValue: false },
  'require-virtualenv': { kind: 'ignore', takesValue: false },
  'progress-bar': { kind: 'ignore', takesValue: true },
  'config-file': { kind: 'ignore', takesValue: true },
  'root-user-action': { kind: 'ignore', takesValue: true },
};

const SHORT: Record<string, string> = {
  i: 'index-url',
  f: 'find-links',
  c: 'constraint',
  r: 'requirement',
  U: 'upgrade',
  q: 'quiet',
  v: 'verbose',
};

/** What the pip words and settings ask for, gathered before it is written as uv options. */
interface Gathered {
  index?: string;
  extraIndexes: string[];
  findLinks: string[];
  trustedHosts: string[];
  noIndex: boolean;
  args: string[];
  env: Record<string, string>;
  indexFrom?: string;
  extraIndexesFrom: Set<string>;
}

function apply(rule: Rule, value: string | undefined, into: Gathered, origin: string): void {
  const values = value === undefined ? [] : value.split(/\s+/).filter(Boolean);
  switch (rule.kind) {
    case 'index':
      into.index = value;
      into.indexFrom = origin;
      return;
    case 'extra-index':
      into.extraIndexes.push(...values);
      into.extraIndexesFrom.add(origin);
      return;
    case 'find-links':
      into.findLinks.push(...values);
      return;
    case 'trusted-host':
      into.trustedHosts.push(...values);
      return;
    case 'no-index':
      into.noIndex = true;
      return;
    case 'same':
      into.args.push(...rule.uv, ...(rule.takesValue && value !== undefined ? [value] : []));
      return;
    case 'env':
      for (const name of rule.names) into.env[name] = value ?? '';
      return;
    case 'ignore':
      return;
  }
}

/** Whether the option is followed by a value (--index-url URL) or stands alone (--pre). */
function takesValue(rule: Rule): boolean {
  if (rule.kind === 'same' || rule.kind === 'ignore') return rule.takesValue;
  return rule.kind !== 'no-index';
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);

/** A config value of a yes/no option: pip's strtobool; "no" leaves the option out. */
function settingValue(rule: Rule, setting: PipSetting): string | undefined | false {
  if (takesValue(rule)) return setting.value;
  return TRUE_WORDS.has(setting.value.trim().toLowerCase()) ? undefined : false;
}

function gatherSettings(settings: readonly PipSetting[], into: Gathered): string | undefined {
  for (const setting of settings) {
    const rule = RULES[setting.name];
    if (!rule) return settingLabel(setting);
    const value = settingValue(rule, setting);
    if (value !== false) apply(rule, value, into, settingLabel(setting));
  }
  return undefined;
}

/** Splits one pip word (and the next, for a value) into a long name and value. */
function readOption(words: readonly string[], at: number): { name: string; value?: string; used: number; word: string } {
  const word = words[at]!;
  const long = /^--([^=]+)(?:=(.*))?$/s.exec(word);
  const short = /^-([A-Za-z])(.*)$/s.exec(word);
  const name = long ? long[1]! : (SHORT[short?.[1] ?? ''] ?? word);
  const inline = long ? long[2] : short?.[2] || undefined;
  const rule = RULES[name];
  if (!rule || !takesValue(rule) || inline !== undefined) return { name, value: inline, used: 1, word };
  return { name, value: words[at + 1], used: 2, word };
}

function gatherArgs(pipArgs: readonly string[], into: Gathered): string | undefined {
  for (let at = 0; at < pipArgs.length;) {
    const word = pipArgs[at]!;
    if (!word.startsWith('-')) {
      // A requirement the user adds (another package): uv takes it as pip does.
      into.args.push(word);
      at++;
      continue;
    }
    const option = readOption(pipArgs, at);
    const rule = RULES[option.name];
    if (!rule) return option.word.replace(/=.*$/s, '');
    // -qq and -vv: each letter counts once more.
    const repeats = /^-(q+|v+)$/.exec(word)?.[1]?.length ?? 1;
    for (let i = 0; i < repeats; i++) apply(rule, option.value, into, 'pip-args');
    at += option.used;
  }
  return undefined;
}

/** The gathered sources as uv options. */
function written(g: Gathered): UvInstallOptions {
  const args = [...g.args];
  if (g.noIndex) args.push('--no-index');
  else if (g.index) args.push('--index-url', g.index);
  if (!g.noIndex) for (const url of g.extraIndexes) args.push('--extra-index-url', url);
  for (const place of g.findLinks) args.push('--find-links', place);
  for (const host of g.trustedHosts) args.push('--allow-insecure-host', host);
  const sources = (g.noIndex ? 0 : 1 + g.extraIndexes.length) + g.findLinks.length;
  if (sources > 1) args.push('--index-strategy', 'unsafe-best-match');
  const indexes = g.noIndex ? [] : [...(g.index ? [g.index] : []), ...g.extraIndexes];
  return {
    args,
    env: g.env,
    indexes,
    noIndex: g.noIndex,
    indexOrigins: [...new Set([...(g.indexFrom ? [g.indexFrom] : []), ...g.extraIndexesFrom])],
  };
}

/**
 * `uv pip install` options for pip's settings (from installSettings) and then pip-args, which
 * win as on pip's command line: a later --index-url replaces, --extra-index-url and
 * --find-links add. `--isolated` in pip-args makes pip ignore its settings, and so here.
 * Anything with no uv equivalent is named, for the caller to install with pip instead.
 */
export function pipToUv(pipArgs: readonly string[], settings: readonly PipSetting[]): UvTranslation {
  const gathered: Gathered = {
    extraIndexes: [],
    findLinks: [],
    trustedHosts: [],
    noIndex: false,
    args: [],
    env: {},
    extraIndexesFrom: new Set(),
  };
  const isolated = pipArgs.includes('--isolated');
  const unknownSetting = isolated ? undefined : gatherSettings(settings, gathered);
  if (unknownSetting) return { ok: false, option: unknownSetting };
  const unknownArg = gatherArgs(
    pipArgs.filter((w) => w !== '--isolated'),
    gathered,
  );
  if (unknownArg) return { ok: false, option: `pip-args ${unknownArg}` };
  return { ok: true, ...written(gathered) };
}

const INDEX_CHOICE = new Set(['index', 'extra-index', 'no-index', 'find-links', 'trusted-host']);

/** The pip-args words that choose where packages come from (with their values), for pip itself to fetch uv. */
export function indexWords(pipArgs: readonly string[]): string[] {
  const words: string[] = [];
  for (let at = 0; at < pipArgs.length;) {
    if (!pipArgs[at]!.startsWith('-')) {
      at++;
      continue;
    }
    const option = readOption(pipArgs, at);
    const rule = RULES[option.name];
    if (rule && (INDEX_CHOICE.has(rule.kind) || option.name === 'cert')) words.push(...pipArgs.slice(at, at + option.used));
    at += option.used;
  }
  return words;
}
