// The environment the GitHub runner gives the step after ours: GITHUB_ENV applied, then the
// GITHUB_PATH lines put in front of PATH. Follows actions/runner's FileCommandManager
// (EnvFileKeyValuePairs, AddPathFileCommand) and Handler.AddPrependPathToEnvironment:
// - GITHUB_ENV: `NAME=value` (split at the first '='), or `NAME<<DELIMITER`, the value lines,
//   and a line that is exactly DELIMITER. Whichever of '=' and '<<' comes first decides the
//   form. Lines end at LF; on Windows CRLF too, elsewhere a CR stays part of the line (so a
//   CRLF file on Linux gives values ending in CR). A heredoc value line needs its newline,
//   and the delimiter must come. NODE_OPTIONS is refused by the runner, so it is skipped.
// - GITHUB_PATH: lines split at CRLF, LF or CR (.NET ReadAllLines), empty ones skipped; a
//   repeated line moves to the end; then later lines come first in PATH, before the old PATH.
// One step's files at a time; the runner dedupes GITHUB_PATH lines over the whole job.
import fs from 'node:fs';
import path from 'node:path';

export interface RunnerFiles {
  githubEnvFile?: string;
  githubPathFile?: string;
  /** Whose line endings and PATH separator to follow; default process.platform. */
  platform?: NodeJS.Platform;
}

/** Reads a line as the runner does: up to LF (or CRLF on Windows). Returns [line, newline, nextIndex]. */
function readLine(text: string, index: number, windows: boolean): [string, string | undefined, number] | undefined {
  if (index >= text.length) return undefined;
  const lf = text.indexOf('\n', index);
  if (lf < 0) return [text.slice(index), undefined, text.length];
  if (windows && lf > index && text[lf - 1] === '\r') return [text.slice(index, lf - 1), '\r\n', lf + 1];
  return [text.slice(index, lf), '\n', lf + 1];
}

/** The (name, value) pairs of a GITHUB_ENV file in order; throws the runner's error for a malformed one. */
export function parseGithubEnv(text: string, platform: NodeJS.Platform = process.platform): [string, string][] {
  const windows = platform === 'win32';
  const body = text.replace(/^\uFEFF/, '');
  const pairs: [string, string][] = [];
  let index = 0;
  for (let read = readLine(body, index, windows); read; read = readLine(body, index, windows)) {
    const [line] = read;
    index = read[2];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      pairs.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      const start = index;
      let end = index;
      for (;;) {
        const next = readLine(body, index, windows);
        if (!next) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
        index = next[2];
        if (next[0] === delimiter) break;
        if (next[1] === undefined) throw new Error('Invalid value. EOF marker missing new line.');
        end = index - next[1].length;
      }
      pairs.push([name, end > start ? body.slice(start, end) : '']);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return pairs;
}

/** GITHUB_PATH entries in the order the runner keeps them (a repeated line moves to the end). */
export function parseGithubPath(text: string): string[] {
  const entries: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (line === '') continue;
    const seen = entries.indexOf(line);
    if (seen >= 0) entries.splice(seen, 1);
    entries.push(line);
  }
  return entries;
}

const BLOCKED = new Set(['NODE_OPTIONS']);

function readIfPresent(file: string | undefined): string {
  if (!file) return '';
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** `baseEnv` with one step's GITHUB_ENV and GITHUB_PATH applied, as the runner starts the next step. */
export function nextStepEnv(baseEnv: NodeJS.ProcessEnv, files: RunnerFiles): NodeJS.ProcessEnv {
  const platform = files.platform ?? process.platform;
  const env: NodeJS.ProcessEnv = { ...baseEnv };
  // Windows names are case-insensitive: overwrite the existing spelling (Path vs PATH).
  const keyFor = (name: string) =>
    platform === 'win32' ? (Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name) : name;
  for (const [name, value] of parseGithubEnv(readIfPresent(files.githubEnvFile), platform)) {
    if (BLOCKED.has(name.toUpperCase()) || name === '') continue;
    env[keyFor(name)] = value;
  }
  const prepend = parseGithubPath(readIfPresent(files.githubPathFile)).reverse();
  if (prepend.length > 0) {
    const separator = platform === 'win32' ? path.win32.delimiter : path.posix.delimiter;
    const key = keyFor('PATH');
    const old = env[key] ?? '';
    env[key] = old ? [...prepend, old].join(separator) : prepend.join(separator);
  }
  return env;
}
