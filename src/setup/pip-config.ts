// pip's own settings (its configuration files and PIP_* variables), as `pip config list`
// prints them, so that uv, which reads neither, installs from the same index with the same
// rules. `pip config list` already merges the files (site over user over global) and shows
// PIP_* variables as `:env:.<name>`; what is left is pip's order between sections.
import { runProcess } from '../util/process.ts';

/** One line of `pip config list`: `global.index-url='https://mirror/simple'`. */
export interface PipSetting {
  /** `global`, `install`, `:env:` (a PIP_* variable), or another command's section. */
  section: string;
  /** The long option name without dashes: `index-url`, `extra-index-url`. */
  name: string;
  value: string;
}

/** Undoes Python's repr() of a str, which is how `pip config list` prints values. */
function unrepr(text: string): string {
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || text.at(-1) !== quote) return text;
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
  return text
    .slice(1, -1)
    .replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_m, c: string) =>
      c.length === 3 ? String.fromCharCode(parseInt(c.slice(1), 16)) : (escapes[c] ?? `\\${c}`),
    );
}

/** Parses `pip config list` output; lines that are not `section.name=value` are skipped. */
export function parsePipConfigList(text: string): PipSetting[] {
  const settings: PipSetting[] = [];
  for (const line of text.split('\n')) {
    const m = /^(:env:|[A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)=(.*)$/.exec(line.trim());
    if (m) settings.push({ section: m[1]!, name: m[2]!.replace(/_/g, '-'), value: unrepr(m[3]!) });
  }
  return settings;
}

// pip install reads `global`, then `install`, then the environment; a later one wins.
const SECTION_ORDER = ['global', 'install', ':env:'];

/**
 * The settings `pip install` uses, one per name: the environment over `[install]` over
 * `[global]`. Other commands' sections (`[freeze]`, `[list]`) do not apply.
 */
export function installSettings(settings: readonly PipSetting[]): Map<string, PipSetting> {
  const chosen = new Map<string, PipSetting>();
  for (const section of SECTION_ORDER) for (const s of settings) if (s.section === section) chosen.set(s.name, s);
  return chosen;
}

/** How a setting is named to a user: `PIP_INDEX_URL` or `pip config global.index-url`. */
export function settingLabel(setting: PipSetting): string {
  return setting.section === ':env:'
    ? `PIP_${setting.name.toUpperCase().replace(/-/g, '_')}`
    : `pip config ${setting.section}.${setting.name}`;
}

/**
 * `python -m pip config list` with the job's environment; undefined when it cannot run (no
 * pip): then only the PIP_* variables are known, read from `env` the way pip names them.
 */
export async function readPipSettings(python: string, env: NodeJS.ProcessEnv): Promise<PipSetting[]> {
  const result = await runProcess(python, ['-m', 'pip', 'config', 'list'], { env, timeoutMs: 60_000 });
  if (result.exitCode === 0) return parsePipConfigList(result.stdout);
  return Object.entries(env).flatMap(([key, value]) =>
    key.startsWith('PIP_') && value !== undefined ? [{ section: ':env:', name: key.slice(4).toLowerCase().replace(/_/g, '-'), value }] : [],
  );
}
