// The README's Inputs and Outputs tables document exactly what action.yml declares, with the
// same defaults, and its first screen keeps the two commands for a fresh machine that .ci/run
// and new contributors rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';
import { jobExports } from '../../src/setup/job-exports.ts';

const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const actionYml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');

/** action.yml's block under `inputs:` or `outputs:`: each name with its default ('' when it declares none). */
function declared(section: 'inputs' | 'outputs'): Map<string, string> {
  const start = actionYml.indexOf(`\n${section}:\n`);
  const end = actionYml.indexOf('\n', actionYml.indexOf('\n', start + 1) + 1);
  const next = actionYml.slice(end).search(/\n[a-z]/);
  const block = actionYml.slice(start, next < 0 ? undefined : end + next);
  const entries = [...block.matchAll(/^ {2}([a-z][a-z0-9-]*):\n((?: {4}.*\n?)*)/gm)];
  return new Map(entries.map((m) => [m[1]!, /^ {4}default: (.*)$/m.exec(m[2]!)?.[1]?.replace(/^'(.*)'$/, '$1') ?? '']));
}

/** The rows of the first table under `## <heading>`: each name cell's backquoted names, and the row's cells. */
function tableRows(heading: string): { names: string[]; cells: string[] }[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `README has no "## ${heading}" section`);
  const section = readme.slice(start + 1).split(/\n## /)[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      return { names: [...cells[0]!.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]!), cells };
    });
}

test('the Inputs table has one row per action.yml input, in the same order', () => {
  const rows = tableRows('Inputs');
  assert.ok(
    rows.every((r) => r.names.length === 1),
    'one input per row, so each has its own default',
  );
  assert.deepEqual(
    rows.map((r) => r.names[0]),
    [...declared('inputs').keys()],
  );
});

test("the Inputs table's default column agrees with action.yml", () => {
  const defaults = declared('inputs');
  for (const { names, cells } of tableRows('Inputs')) {
    const name = names[0]!;
    const given = defaults.get(name) ?? '';
    const shown = cells[1]!;
    // A default action.yml declares is shown as it is. An empty one is worked out at run time:
    // the cell is empty (not set) or says how in words or with a <placeholder>, never a bare
    // value that a workflow would not get by leaving the input out.
    if (given !== '') assert.equal(shown, `\`${given}\``, `${name}: action.yml's default is ${given}`);
    else assert.ok(shown === '' || !/^`[^`<]*`$/.test(shown), `${name}: action.yml declares no default, the README shows ${shown}`);
  }
  assert.equal(tableRows('Inputs').find((r) => r.names[0] === 'cache-rotation')?.cells[1], '`7`');
});

test('the Outputs table names every action.yml output and nothing else', () => {
  const documented = tableRows('Outputs').flatMap((r) => r.names);
  assert.deepEqual([...documented].sort(), [...declared('outputs').keys()].sort());
});

test('the first screen keeps the two commands for a fresh machine', () => {
  const firstScreen = readme.split('\n').slice(0, 60).join('\n');
  assert.match(firstScreen, /^npm ci && npm run setup:tf && npm run example\b/m);
  assert.match(firstScreen, /^npm test\b/m);
  assert.match(firstScreen, /!\[[^\]]+\]\(docs\/summary-failing\.png\)/);
  // .ci/run runs the README's test command.
  assert.match(fs.readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8'), /^npm test$/m);
});

test('both README tables of what mode: setup exports name every variable it exports', () => {
  const variables = Object.keys(jobExports({ cgoEnv: {}, tfLibDir: '/tf', goroot: '/go', env: {}, platform: 'linux' }).env);
  const exportsTable = readme.slice(
    readme.indexOf('#### What mode: setup exports'),
    readme.indexOf('\n### ', readme.indexOf('#### What mode: setup exports')),
  );
  const setupRow = tableRows('What the action changes for later steps').find((r) => r.cells[0] === '`setup`');
  assert.ok(setupRow, 'a setup row');
  for (const variable of [...variables, 'PATH']) {
    assert.match(exportsTable, new RegExp(`^\\| \`${variable}\` \\|`, 'm'), `What mode: setup exports lists ${variable}`);
    if (variable !== 'PATH') assert.ok(setupRow.cells[1]!.includes(`\`${variable}\``), `the later-steps table names ${variable}`);
  }
});
