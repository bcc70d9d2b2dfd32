// parsePyproject directly: the TOML is read by smol-toml, and each pin's line is found in the
// text afterwards, so the line must be the pin's own even where values repeat or are escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePyproject } from '../../src/setup/tf-requirement-files.ts';
import { InputError } from '../../src/input-error.ts';

test('pyproject: lines of repeated, escaped and multi-line pins, and Poetry arrays of tables', () => {
  const text = [
    '[project]', // 1
    'dependencies = ["tensorflow-cpu==2.20.0; python_version < \\"3.13\\"",', // 2
    '  "tensorflow-cpu==2.21.0 ; python_version >= \\"3.13\\""]', // 3
    '[project.optional-dependencies]', // 4
    'gpu = [', // 5
    '  """tensorflow[and-cuda]==2.21.0""",', // 6
    ']', // 7
    '[tool.poetry.group.ci.dependencies]', // 8
    'tensorflow = [', // 9
    '  { version = "~2.19", markers = "sys_platform == \'darwin\'" },', // 10
    '  { version = "^2.20", markers = "sys_platform == \'linux\'" },', // 11
    ']', // 12
  ].join('\n');
  const reqs = parsePyproject(text);
  assert.deepEqual(
    reqs.map((r) => [r.name, r.specifier, r.marker ?? '', r.line]),
    [
      ['tensorflow-cpu', '==2.20.0', 'python_version < "3.13"', 2],
      ['tensorflow-cpu', '==2.21.0', 'python_version >= "3.13"', 3],
      ['tensorflow', '==2.21.0', '', 6],
      ['tensorflow', '~2.19', '', 10],
    ],
  );
});

test('pyproject: TOML that does not parse names the file and the input', () => {
  assert.throws(
    () => parsePyproject('[project]\ndependencies = ["tensorflow==2.21.0"\n', 'ci/pyproject.toml'),
    (e: unknown) =>
      e instanceof InputError && e.input === 'tensorflow-version-file' && /ci\/pyproject\.toml is not valid TOML/.test(e.message),
  );
});
