// Input values that later stages read as well as the inputs module: the TensorFlow packages
// the action can install, `rpath` and `install-dir`. Each bad value is an InputError naming its input.
import path from 'node:path';
import { InputError } from './input-error.ts';
import { requireQuotable } from './util/cgo-quoting.ts';

/** The values of `tensorflow-package`: the pip packages the compatibility table knows. */
export type TfPackage = 'tensorflow-cpu' | 'tensorflow';
export const TF_PACKAGES: readonly TfPackage[] = ['tensorflow-cpu', 'tensorflow'];

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
