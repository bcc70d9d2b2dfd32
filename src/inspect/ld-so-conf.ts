// Which file of the loader's configuration lists a folder: /etc/ld.so.conf and the files it
// includes (`include /etc/ld.so.conf.d/*.conf`), as ldconfig reads them to build the cache.
// A library found through the cache is then named with the file a user can edit.
import fs from 'node:fs';
import path from 'node:path';

export const LD_SO_CONF = '/etc/ld.so.conf';

/** The folders a configuration file lists, and the files it includes, in order. */
export function parseLdSoConf(text: string): { dirs: string[]; includes: string[] } {
  const dirs: string[] = [];
  const includes: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line || line.startsWith('hwcap ')) continue;
    const include = /^include\s+(.+)$/.exec(line);
    if (include) includes.push(...include[1]!.split(/\s+/));
    else dirs.push(...line.split(/[\s:,]+/).filter(Boolean));
  }
  return { dirs, includes };
}

/** A glob whose last part may hold `*` (what ld.so.conf files use), sorted as glob(3) sorts. */
function expandInclude(pattern: string, from: string): string[] {
  const full = path.resolve(path.dirname(from), pattern);
  const base = path.basename(full);
  if (!base.includes('*')) return [full];
  const matcher = new RegExp(`^${base.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  try {
    return fs
      .readdirSync(path.dirname(full))
      .filter((name) => matcher.test(name))
      .sort()
      .map((name) => path.join(path.dirname(full), name));
  } catch {
    return [];
  }
}

function sameFolder(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** The configuration file that lists `dir`, searched as ldconfig reads them; undefined when none does. */
export function confFileListing(dir: string, conf = LD_SO_CONF, seen = new Set<string>()): string | undefined {
  if (seen.has(conf)) return undefined;
  seen.add(conf);
  let text: string;
  try {
    text = fs.readFileSync(conf, 'utf8');
  } catch {
    return undefined;
  }
  const { dirs, includes } = parseLdSoConf(text);
  if (dirs.some((listed) => sameFolder(listed, dir))) return conf;
  for (const pattern of includes) {
    for (const file of expandInclude(pattern, conf)) {
      const found = confFileListing(dir, file, seen);
      if (found) return found;
    }
  }
  return undefined;
}
