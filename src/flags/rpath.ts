// The RUNPATH the built library gets. `auto` never bakes in a path of the CI runner: only
// when `install-dir` says where the library will sit under site-packages does it add an
// $ORIGIN-relative entry that reaches site-packages/tensorflow from there.
//
// $ORIGIN needs no shell escaping: cmd/go splits CGO_LDFLAGS itself (quotes honoured, no
// variable expansion) and passes the words to gcc with exec, so the linker sees `$ORIGIN`.
import path from 'node:path';
import { InputError } from '../input-error.ts';
import { requireQuotable } from './cgo-flags.ts';

/** `auto`, `none`, or an explicit RUNPATH value (one or more folders joined with `:`). */
export type RpathSetting = string;

/** The input as given: empty means `auto`. */
export function parseRpathSetting(raw: string | undefined): RpathSetting {
  const value = (raw ?? '').trim();
  if (value === '') return 'auto';
  if (value.includes(',')) {
    throw new InputError(
      'rpath',
      `'${value}' contains a comma, which gcc's -Wl, would split into separate linker arguments: join several folders with ':' instead.`,
    );
  }
  requireQuotable(value, 'rpath', 'The folder');
  return value;
}

/**
 * Normalises `install-dir` (a folder relative to site-packages, e.g. tensorflow_io/python/ops),
 * or throws an InputError when it is absolute or climbs out of site-packages.
 */
export function normalizeInstallDir(raw: string): string {
  const given = raw.trim();
  const posix = given.replace(/\\/g, '/');
  if (posix.startsWith('/') || /^[A-Za-z]:\//.test(posix) || posix.startsWith('~')) {
    throw new InputError(
      'install-dir',
      `'${given}' is an absolute path, but install-dir is where the library will sit relative to site-packages (for example tensorflow_io/python/ops), so that the RUNPATH works wherever site-packages is.`,
    );
  }
  requireQuotable(given, 'install-dir', 'The folder');
  const normalized = path.posix.normalize(posix === '' ? '.' : posix).replace(/\/+$/, '') || '.';
  if (normalized === '..' || normalized.startsWith('../')) {
    throw new InputError(
      'install-dir',
      `'${given}' leaves site-packages ('..' climbs above it): give the folder under site-packages where the library will be installed, for example tensorflow_io/python/ops.`,
    );
  }
  return normalized;
}

/** From `<site-packages>/<installDir>` to `<site-packages>/tensorflow`, e.g. `../../../tensorflow`. */
export function relativePathToTensorflow(installDir: string): string {
  return path.posix.relative(normalizeInstallDir(installDir), 'tensorflow');
}

/** The loader's name for "the folder of this library": $ORIGIN on ELF systems, @loader_path on macOS. */
export function originToken(platform: NodeJS.Platform = process.platform): string {
  return platform === 'darwin' ? '@loader_path' : '$ORIGIN';
}

/**
 * Linker flags for the `rpath` input. `auto` gives nothing without an install-dir, and
 * `-Wl,-rpath,$ORIGIN/<relative path to site-packages/tensorflow>` with one; `none` gives
 * nothing; anything else is passed through as `-Wl,-rpath,<value>`.
 */
export function rpathFlags(setting: RpathSetting, installDir?: string, platform: NodeJS.Platform = process.platform): string[] {
  const value = parseRpathSetting(setting);
  if (value === 'none') return [];
  if (value !== 'auto') return [`-Wl,-rpath,${value}`, ...newDtags(platform)];
  if (installDir === undefined || installDir.trim() === '') return [];
  const relative = relativePathToTensorflow(installDir);
  const origin = originToken(platform);
  return [`-Wl,-rpath,${relative === '' ? origin : `${origin}/${relative}`}`, ...newDtags(platform)];
}

// DT_RUNPATH rather than the legacy DT_RPATH, whatever the compiler's default: RUNPATH lets
// LD_LIBRARY_PATH still override it, as users expect. (ld64 has no such switch.)
function newDtags(platform: NodeJS.Platform): string[] {
  return platform === 'darwin' ? [] : ['-Wl,--enable-new-dtags'];
}
