// Where the tests find real aarch64 TensorFlow libraries: TF_AARCH64_DIR (a site-packages/
// tensorflow folder, e.g. from `pip download --platform manylinux_2_27_aarch64
// --only-binary=:all: --no-deps tensorflow==2.21.0` unzipped), else the one in the emulated
// arm64 root that scripts/arm64-root.sh builds. Undefined when there is neither.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { repoRoot } from './env.ts';

export function aarch64TfDir(): string | undefined {
  if (process.env.TF_AARCH64_DIR) return process.env.TF_AARCH64_DIR;
  let root: string;
  try {
    root = execFileSync('bash', [path.join(repoRoot, 'scripts', 'arm64-root.sh'), 'path'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
  const lib = path.join(root, 'opt', 'tf-venv', 'lib');
  const py = fs.existsSync(lib) ? fs.readdirSync(lib).find((d) => d.startsWith('python')) : undefined;
  return py ? path.join(lib, py, 'site-packages', 'tensorflow') : undefined;
}
