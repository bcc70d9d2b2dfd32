// Where the tests find the real TensorFlow virtualenvs and the repository root.
// scripts/setup-tf-venv.sh creates them: .tf-venv (2.21; TF_CGO_VERIFY_PYTHON overrides it)
// and .tf-venv-2.20, a second real minor for the tests that compare releases
// (TF_CGO_VERIFY_PYTHON_2_20 overrides it).
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

/** The Python of the TensorFlow 2.20 virtualenv. */
export function tf220Python(): string {
  const fromEnv = process.env.TF_CGO_VERIFY_PYTHON_2_20;
  if (fromEnv) return fromEnv;
  const venv = path.join(repoRoot, '.tf-venv-2.20', 'bin', 'python');
  if (!fs.existsSync(venv)) {
    throw new Error(`No TensorFlow 2.20 virtualenv at ${venv}: run "npm run setup:tf" first`);
  }
  return venv;
}

/** site-packages/tensorflow of the test virtualenv (or of the one whose Python is `python`). */
export function tfDir(python = tfPython()): string {
  const lib = path.join(path.dirname(path.dirname(python)), 'lib');
  const py = fs.readdirSync(lib).find((d) => d.startsWith('python'));
  if (!py) throw new Error(`no python* folder under ${lib}`);
  return path.join(lib, py, 'site-packages', 'tensorflow');
}
