// The house's shape, checked from the imports: every module of src/ imports only its own layer
// or the layers below it, in pipeline order, so a newcomer can read the pipeline from the folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/env.ts';

/**
 * Lowest first. A folder of src/ is one room; a file at src/'s root is named with its `.ts`.
 * The model and the libraries (ELF, words, the link line, the tool-output parsers) are below
 * every stage; the stages follow the pipeline; the front ends are on top.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['diagnostic.ts', 'input-error.ts', 'environment-error.ts', 'platform.ts'],
  ['util'],
  ['log.ts', 'stage.ts', 'elf'],
  ['link-line'],
  ['parse'],
  ['input-values.ts'],
  ['inputs.ts'],
  ['setup', 'cache-state.ts'],
  ['resolve'],
  ['flags'],
  ['stubs'],
  ['build'],
  ['inspect'],
  ['smoke'],
  ['changes'],
  ['postprocess'],
  ['report', 'pipeline-result.ts'],
  ['library-pipeline.ts'],
  ['pipeline.ts'],
  ['setup-mode.ts', 'post.ts'],
  ['outputs.ts'],
  ['main.ts', 'cli.ts', 'post-main.ts'],
  ['index.ts', 'post-index.ts'],
];

const src = path.join(repoRoot, 'src');
/** `flags` for src/flags/link-plan.ts, `pipeline.ts` for src/pipeline.ts. */
const roomOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;
const layerOf = (room: string) => LAYERS.findIndex((layer) => layer.includes(room));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The relative modules a file imports or re-exports, type-only ones included: they are dependencies too. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gms)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

test('every folder and root file of src/ has a layer', () => {
  const rooms = new Set(sourceFiles(src).map(roomOf));
  assert.deepEqual(
    [...rooms].filter((room) => layerOf(room) < 0),
    [],
  );
});

test('imports run down the pipeline: nothing imports a layer above its own', () => {
  const upward: string[] = [];
  for (const file of sourceFiles(src)) {
    const from = roomOf(file);
    for (const target of importsOf(file)) {
      const to = roomOf(target);
      if (layerOf(to) > layerOf(from)) upward.push(`${path.relative(src, file)} -> ${path.relative(src, target)}`);
    }
  }
  assert.deepEqual(upward, []);
});

test('no two files import each other, directly or around a circle', () => {
  const graph = new Map(sourceFiles(src).map((file) => [file, importsOf(file)]));
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      circles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(src, f)).join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  assert.deepEqual(circles, []);
});
