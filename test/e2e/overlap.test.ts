// The verify run at its floor: the after-import Python imports tensorflow while Go builds,
// never outlives the step nor prints outside the raw-output fence, the smoke timeout counts
// from the load, the summary shows the overlap, and the findings do not depend on which
// load finishes first.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, type ActionRun } from '../helpers/run-action.ts';
import { makeWorkspace, removeWorkspace, fixturePackage } from '../helpers/workspace.ts';
import { repoRoot, tfPython } from '../helpers/env.ts';
import { leftoverProcesses, processMarker } from '../helpers/processes.ts';
import { stageTable } from '../helpers/stage-table.ts';
import { runProcess } from '../../src/util/process.ts';

const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

function workspaceWith(from: string, subdir: string): string {
  const ws = makeWorkspace(from, subdir);
  workspaces.push(ws);
  return ws;
}

async function runMarked(ws: string, inputs: Record<string, string>) {
  const marker = processMarker();
  const run = await runAction({ workspace: ws, inputs: { python: tfPython(), ...inputs }, env: { [marker.name]: marker.value } });
  return { run, left: await leftoverProcesses(marker) };
}

/** What the step printed outside ::stop-commands:: blocks, where the runner would act on it. */
function outsideFences(stdout: string): string[] {
  const outside: string[] = [];
  let token: string | undefined;
  for (const line of stdout.split('\n')) {
    const start = /^::stop-commands::(.+)$/.exec(line.trim());
    if (token === undefined && start) token = start[1];
    else if (token !== undefined && line.trim() === `::${token}::`) token = undefined;
    else if (token === undefined) outside.push(line);
  }
  return outside;
}

// What tensorflow prints on import (absl, oneDNN, CPU features): only Python prints it.
const TENSORFLOW_IMPORT_LOG = /absl::InitializeLog|cpu_feature_guard|oneDNN custom operations/;

test('a failed build stops the early Python: nothing of it is printed, no process is left', async () => {
  const ws = workspaceWith(fixturePackage('missing-lib'), 'missing-lib');
  const { run, left } = await runMarked(ws, { 'working-directory': 'missing-lib' });
  assert.equal(run.exitCode, 1, run.stdout);
  assert.deepEqual(left, [], 'processes outlived the step');
  assert.doesNotMatch(run.stdout, TENSORFLOW_IMPORT_LOG);
  const importRow = stageTable(run.summary).stages.find((s) => s.name.startsWith('Import TensorFlow'));
  // Stopped with the build, or done first: never shown as skipped, as it did run.
  assert.match(importRow?.status ?? '', /stopped|passed/, run.summary);
});

test('a run stopped by bad input after the early Python started leaves no process', async () => {
  const ws = workspaceWith(fixturePackage('hello'), 'hello');
  // go list finds no package here: resolve fails, after setup has started the early Python.
  fs.mkdirSync(path.join(ws, 'hello', 'empty'));
  const { run, left } = await runMarked(ws, { 'working-directory': 'hello', package: './empty' });
  assert.equal(run.exitCode, 1);
  assert.match(run.stdout, /go list cannot load/);
  assert.deepEqual(left, [], 'processes outlived the step');
  assert.doesNotMatch(run.stdout, TENSORFLOW_IMPORT_LOG);
});

test('a hung smoke test is stopped with what it started, at the timeout', async () => {
  const ws = workspaceWith(fixturePackage('hello'), 'hello');
  const smoke = 'import subprocess, time\nsubprocess.Popen(["sleep", "600"])\ntime.sleep(600)\n';
  const { run, left } = await runMarked(ws, {
    'working-directory': 'hello',
    'smoke-test': smoke,
    'smoke-timeout': '3',
    'glibc-floor': 'off',
  });
  assert.equal(run.exitCode, 1);
  assert.match(run.diagnosticsJson ?? '', /"kind": "timeout"/);
  assert.deepEqual(left, [], 'processes outlived the step');
});

test('example/ passes with a smoke timeout shorter than the import, prints Python only inside the fence, and its stage table shows the overlap', async () => {
  const ws = workspaceWith(path.join(repoRoot, 'example'), 'example');
  const { run, left } = await runMarked(ws, { 'working-directory': 'example', 'smoke-test': 'smoke_test.py', 'smoke-timeout': '2' });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.deepEqual(left, []);
  const { stages, wallMs } = stageTable(run.summary);
  const importRow = stages.find((s) => s.name.startsWith('Import TensorFlow'));
  assert.ok(importRow && importRow.status.includes('passed'), run.summary);
  assert.ok(importRow.ms > 2000, `the import took ${importRow.ms} ms, within smoke-timeout: the test proves nothing`);
  assert.ok(wallMs !== undefined, run.summary);
  const added = stages.reduce((sum, s) => sum + s.ms, 0);
  assert.ok(added > wallMs, `stages add up to ${added} ms, the run took ${wallMs} ms: no overlap`);
  const outside = outsideFences(run.stdout).join('\n');
  assert.doesNotMatch(outside, TENSORFLOW_IMPORT_LOG);
  assert.doesNotMatch(outside, /example library OK/);
  assert.match(run.stdout, /example library OK/);
});

test('the diagnostics JSON of a failing run is byte-identical across runs, whichever load ends first', async () => {
  const ws = workspaceWith(path.join(repoRoot, 'example'), 'example');
  const inputs = {
    'working-directory': 'example',
    'link-libraries': 'sysconfig',
    'standalone-load': 'error',
    'glibc-floor': 'off',
    'smoke-test': 'def check():\n    raise ValueError("smoke says no")\ncheck()\n',
  };
  const runs: ActionRun[] = [];
  for (let i = 0; i < 3; i++) {
    fs.rmSync(path.join(ws, 'example', 'libexample.so'), { force: true });
    runs.push((await runMarked(ws, inputs)).run);
  }
  const json = runs[0]!.diagnosticsJson!;
  const findings = (JSON.parse(json) as { findings: { kind: string; title: string }[] }).findings;
  assert.ok(
    findings.some((f) => f.title.startsWith('Loads only after import tensorflow')),
    json,
  );
  assert.ok(
    findings.some((f) => f.title === 'Smoke test failed'),
    json,
  );
  for (const run of runs.slice(1)) assert.equal(run.diagnosticsJson, json);
});

test('the CLI gets the overlap too: each stage time and the wall time on stderr', async () => {
  const ws = workspaceWith(fixturePackage('hello'), 'hello');
  const run = await runProcess(
    process.execPath,
    [
      path.join(repoRoot, 'dist', 'cli.js'),
      '--workspace',
      ws,
      '--working-directory',
      'hello',
      '--python',
      tfPython(),
      '--glibc-floor',
      'off',
    ],
    { cwd: ws, timeoutMs: 300_000 },
  );
  assert.equal(run.exitCode, 0, run.combined);
  assert.match(run.stderr, /^Stage times: .*Import TensorFlow \(alongside the next stages\) [\d.]+ (ms|s).*; wall time [\d.]+ (ms|s)$/m);
});
