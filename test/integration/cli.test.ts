// The CLI (src/cli.ts) on a real package: findings as compiler lines on stdout, the log on
// stderr, no workflow command anywhere on stdout, and the diagnostics JSON and --sarif-file
// written as the action writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { fixturePackage, makeWorkspace, removeWorkspace } from '../helpers/workspace.ts';

test('a failing package: exit 1, findings on stdout, diagnostics JSON and SARIF written, no :: commands', { timeout: 600_000 }, async () => {
  const ws = makeWorkspace(fixturePackage('missing-function'), 'pkg');
  try {
    const sarif = path.join(ws, 'out', 'tf-cgo-verify.sarif');
    // The runner's variables are not set outside Actions; nothing may fall back to them.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('RUNNER_')));
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'src', 'cli.ts'),
      '--workspace', ws, '--working-directory', 'pkg', '--python', tfPython(), '--glibc-floor', 'off', '--sarif-file', sarif], { cwd: ws, env, timeoutMs: 590_000 });
    assert.equal(run.exitCode, 1, run.combined);
    const lines = run.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.filter((l) => /^\s*::/.test(l)), [], 'no workflow command on stdout');
    assert.ok(lines.some((l) => /^pkg\/lib\.go:\d+:\d+: error: /.test(l)), run.stdout);
    const last = /^tf-cgo-verify: failed; diagnostics: (\S+); SARIF: (\S+)$/.exec(lines.at(-1) ?? '');
    assert.ok(last, lines.at(-1));
    assert.equal(last[2], sarif);
    const diagnostics = JSON.parse(fs.readFileSync(last[1]!, 'utf8')) as { result: string; findings: { kind: string }[] };
    assert.equal(diagnostics.result, 'failed');
    const results = (JSON.parse(fs.readFileSync(sarif, 'utf8')) as { runs: { results: { ruleId: string }[] }[] }).runs[0]!.results;
    assert.equal(results.length, diagnostics.findings.length);
    assert.ok(results.length > 0);
    assert.match(run.stderr, /== Build the shared object/);
    fs.rmSync(path.dirname(last[1]!), { recursive: true, force: true });
  } finally {
    removeWorkspace(ws);
  }
});
