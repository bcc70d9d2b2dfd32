// A loader cache (ld.so.cache) with one more folder in it, seen only by the processes of one
// test: the folder is listed in a conf file of a private copy of /etc/ld.so.conf.d, the cache is
// built from it with `ldconfig -C`, and both are bind-mounted over /etc in a private mount
// namespace (unshare) around the command. The machine's own cache is never touched, so tests
// running beside this one are not affected. Needs root.
//
// As a script: node loader-cache.ts <cache file> <conf.d folder> -- command args... (run by
// loaderCacheLauncher inside `unshare --mount`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

export interface LoaderCache {
  /** The prefix that runs a command with the cache in place (runAction's `launcher`). */
  launcher: string[];
  /** The conf file that lists the folder, as the command sees it. */
  confFile: string;
  remove(): void;
}

/** Why the loader cache cannot be faked here, or undefined when it can. */
export function loaderCacheUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root for a private mount namespace';
  for (const tool of ['unshare', 'ldconfig', 'mount']) if (spawnSync(tool, ['--version']).error) return `needs ${tool}`;
  return undefined;
}

/** A cache that also lists `dir`, through /etc/ld.so.conf.d/<name>.conf. */
export function loaderCacheWith(dir: string, name: string): LoaderCache {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-ld-cache-'));
  const confDir = path.join(root, 'ld.so.conf.d');
  fs.cpSync('/etc/ld.so.conf.d', confDir, { recursive: true });
  fs.writeFileSync(path.join(confDir, `${name}.conf`), `${dir}\n`);
  fs.writeFileSync(path.join(root, 'ld.so.conf'), `include ${confDir}/*.conf\n`);
  const cache = path.join(root, 'ld.so.cache');
  // -X: no soname links written into the folders.
  execFileSync('ldconfig', ['-X', '-C', cache, '-f', path.join(root, 'ld.so.conf')]);
  return {
    launcher: ['unshare', '--mount', '--propagation', 'private', '--', process.execPath, SELF, cache, confDir, '--'],
    confFile: path.join('/etc/ld.so.conf.d', `${name}.conf`),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

if (process.argv[1] === SELF) {
  const [cache, confDir, dashes, command, ...args] = process.argv.slice(2);
  if (!cache || !confDir || dashes !== '--' || !command) throw new Error('usage: loader-cache.ts <cache> <conf.d> -- command...');
  execFileSync('mount', ['--bind', cache, '/etc/ld.so.cache']);
  execFileSync('mount', ['--bind', confDir, '/etc/ld.so.conf.d']);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
