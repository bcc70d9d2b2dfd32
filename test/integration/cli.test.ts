// The CLI (src/cli.ts) on a real package: findings as compiler lines on stdout, the log on
// stderr, no workflow command anywhere on stdout, and the diagnostics JSON and --sarif-file
// written as the action writes them; with --cache true, the caches saved at the end of a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { fixturePackage, makeWorkspace, removeWorkspace } from '../helpers/workspace.ts';
import { startCacheService } from '../helpers/cache-service.ts';

test(
  'a failing package: exit 1, findings on stdout, diagnostics JSON and SARIF written, no :: commands',
  { timeout: 600_000 },
  async () => {
    const ws = makeWorkspace(fixturePackage('missing-function'), 'pkg');
    try {
      const sarif = path.join(ws, 'out', 'tf-cgo-verify.sarif');
      // The runner's variables are not set outside Actions; nothing may fall back to them.
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('RUNNER_')));
      const run = await runProcess(
        process.execPath,
        [
          path.join(repoRoot, 'src', 'cli.ts'),
          '--workspace',
          ws,
          '--working-directory',
          'pkg',
          '--python',
          tfPython(),
          '--glibc-floor',
          'off',
          '--sarif-file',
          sarif,
          '--diagnostics-file',
          'diagnostics.json',
        ],
        { cwd: ws, env, timeoutMs: 590_000 },
      );
      assert.equal(run.exitCode, 1, run.combined);
      const lines = run.stdout.trimEnd().split('\n');
      assert.deepEqual(
        lines.filter((l) => /^\s*::/.test(l)),
        [],
        'no workflow command on stdout',
      );
      assert.ok(
        lines.some((l) => /^pkg\/lib\.go:\d+:\d+: error: /.test(l)),
        run.stdout,
      );
      const last = /^tf-cgo-verify: failed; diagnostics: (\S+); SARIF: (\S+)$/.exec(lines.at(-1) ?? '');
      assert.ok(last, lines.at(-1));
      assert.equal(last[2], sarif);
      const diagnostics = JSON.parse(fs.readFileSync(last[1]!, 'utf8')) as { result: string; findings: { kind: string }[] };
      assert.equal(diagnostics.result, 'failed');
      const results = (JSON.parse(fs.readFileSync(sarif, 'utf8')) as { runs: { results: { ruleId: string }[] }[] }).runs[0]!.results;
      assert.equal(results.length, diagnostics.findings.length);
      assert.ok(results.length > 0);
      assert.match(run.stderr, /== Build the shared object/);
      assert.equal(last[1], path.join(ws, 'diagnostics.json'), 'written where --diagnostics-file says');
    } finally {
      removeWorkspace(ws);
    }
  },
);

test(
  '--cache true in a workflow run: step (a cache service, no post step): a passing run saves at its end',
  { timeout: 600_000 },
  async () => {
    const ws = makeWorkspace(fixturePackage('hello'), 'pkg');
    const service = await startCacheService();
    try {
      const gocache = path.join(ws, '.gocache');
      const runnerTemp = path.join(ws, '.runner-temp');
      fs.mkdirSync(runnerTemp);
      const env: NodeJS.ProcessEnv = {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('RUNNER_'))),
        GOCACHE: gocache,
        RUNNER_TEMP: runnerTemp,
      };
      for (const [k, v] of Object.entries(service.env())) {
        if (v === undefined) delete env[k];
        else env[k] = v;
      }
      const run = await runProcess(
        process.execPath,
        [
          path.join(repoRoot, 'src', 'cli.ts'),
          '--workspace',
          ws,
          '--working-directory',
          'pkg',
          '--python',
          tfPython(),
          '--glibc-floor',
          'off',
          '--cache',
          'true',
        ],
        { cwd: ws, env, timeoutMs: 590_000 },
      );
      assert.equal(run.exitCode, 0, run.combined);
      assert.deepEqual(
        service.requests.map((r) => r.operation).filter((op) => op !== 'upload'),
        ['lookup', 'reserve', 'commit'],
      );
      const [entry] = service.entries();
      assert.ok(entry?.committed && entry.size > 0);
      assert.match(run.stderr, new RegExp(`Cache saved with key ${entry.key} in [\\d.]+ s`));
      assert.deepEqual(
        run.stdout.split('\n').filter((l) => /^\s*::/.test(l)),
        [],
        "the cache client's own lines never reach stdout as workflow commands",
      );
    } finally {
      await service.close();
      removeWorkspace(ws);
    }
  },
);
