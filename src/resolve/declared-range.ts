// The TensorFlow versions a project says its library supports: the supported-tensorflow input,
// or by default the tensorflow requirement in its Python packaging next to the package, then at
// the repository root: pyproject.toml ([project] dependencies), setup.cfg (install_requires),
// setup.py (install_requires, read as text) and requirements*.txt.
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../input-error.ts';
import { parseVersionFile } from '../setup/tf-requirement-files.ts';
import { findTfPin, pep440ToSemver } from '../setup/tf-version.ts';

export interface DeclaredRange {
  /** The PEP 440 specifier set as written: ">=2.20", "~=2.20.0". */
  specifier: string;
  /** The same as a semver range. */
  range: string;
  /** Where it was declared: the input, or a packaging file's line. */
  source: { input: 'supported-tensorflow' } | { file: string; line: number; text: string };
}

const PACKAGING_FILES = ['pyproject.toml', 'setup.cfg', 'setup.py'];

/** The packaging files of `dir`, in the order they are read: pyproject, setup.cfg, setup.py, requirements*.txt by name. */
async function packagingFiles(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const requirements = names.filter((n) => /^requirements.*\.txt$/.test(n)).sort();
  return [...PACKAGING_FILES.filter((n) => names.includes(n)), ...requirements].map((n) => path.join(dir, n));
}

/** The first tensorflow requirement with a version specifier in the packaging files of `dirs`. */
async function declaredInPackaging(dirs: readonly string[]): Promise<DeclaredRange | undefined> {
  for (const dir of [...new Set(dirs.map((d) => path.resolve(d)))]) {
    for (const file of await packagingFiles(dir)) {
      const text = await fs.readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const pin = findTfPin(parseVersionFile(file, text));
      if (!pin || pin.requirement.specifier === '') continue;
      const { specifier, line, text: requirement } = pin.requirement;
      const range = pep440ToSemver(specifier, {
        input: 'supported-tensorflow',
        at: `${path.basename(file)} line ${line} '${requirement}'`,
      });
      return { specifier, range, source: { file, line, text: requirement } };
    }
  }
  return undefined;
}

/**
 * The declared range: `input` ("" reads the packaging files of `dirs`, "off" checks nothing,
 * else a PEP 440 specifier set). Undefined when nothing declares one.
 */
export async function readDeclaredRange(input: string, dirs: readonly string[]): Promise<DeclaredRange | undefined> {
  const text = input.trim();
  if (text.toLowerCase() === 'off') return undefined;
  if (text === '') return declaredInPackaging(dirs);
  if (!/^(===|==|~=|!=|<=|>=|<|>)/.test(text)) {
    throw new InputError(
      'supported-tensorflow',
      `'${text}' is not a PEP 440 version range. Give one as in a requirement, such as '>=2.18,<2.22' or '~=2.20.0', leave it empty to read it from pyproject.toml, setup.cfg, setup.py or requirements*.txt, or set off.`,
    );
  }
  const specifier = text.replace(/\s+/g, '');
  return { specifier, range: pep440ToSemver(specifier, { input: 'supported-tensorflow' }), source: { input: 'supported-tensorflow' } };
}
