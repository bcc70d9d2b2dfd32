// Where the tests find the real TensorFlow virtualenv and the repository root.
// scripts/setup-tf-venv.sh creates the virtualenv; TF_CGO_VERIFY_PYTHON overrides it.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function tfPython(): string {
  const fromEnv = process.env.TF_CGO_VERIFY_PYTHON;
  if (fromEnv) return fromEnv;
  const venv = path.join(repoRoot, '.tf-venv', 'bin', 'python');
  if (!fs.existsSync(venv)) {
    throw new Error(`No TensorFlow virtualenv at ${venv}: run "npm run setup:tf" first`);
  }
  return venv;
}

/** site-packages/tensorflow of the test virtualenv. */
export function tfDir(): string {
  const lib = path.join(path.dirname(path.dirname(tfPython())), 'lib');
  const py = fs.readdirSync(lib).find((d) => d.startsWith('python'));
  if (!py) throw new Error(`no python* folder under ${lib}`);
  return path.join(lib, py, 'site-packages', 'tensorflow');
}
