// The RUNPATH the built library gets. `auto` never bakes in a path of the CI runner: only
// when `install-dir` says where the library will sit under site-packages does it add an
// $ORIGIN-relative entry that reaches site-packages/tensorflow from there.
//
// $ORIGIN needs no shell escaping: cmd/go splits CGO_LDFLAGS itself (quotes honoured, no
// variable expansion) and passes the words to gcc with exec, so the linker sees `$ORIGIN`.
import path from 'node:path';
import { normalizeInstallDir, parseRpathSetting, type RpathSetting } from '../input-values.ts';

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
