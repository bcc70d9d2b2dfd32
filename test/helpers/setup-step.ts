// `mode: setup` in one step, then the environment the job's next step gets from it: the
// runner applies GITHUB_ENV and GITHUB_PATH over the job's environment, here without any
// CGO_* flags of the test's own. The job's tool cache and temp folder outlive the step, as
// the exported flags name the link stubs there.
import fs from 'node:fs';
import path from 'node:path';
import { runAction, type ActionRun } from './run-action.ts';
import { nextStepEnv } from './runner-env.ts';
import { makeWorkspace, fixturePackage } from './workspace.ts';
import { tfPython } from './env.ts';

export interface SetupStep {
  /** The workspace; the package is in its `subdir` folder. The caller removes it. */
  ws: string;
  run: ActionRun;
  /** The next step's environment. */
  env: NodeJS.ProcessEnv;
}

export async function setupThenNextStep(fixture: string, subdir: string): Promise<SetupStep> {
  const ws = makeWorkspace(fixturePackage(fixture), subdir);
  const toolCache = path.join(ws, 'toolcache');
  const runnerTemp = path.join(ws, 'runner-temp');
  fs.mkdirSync(toolCache);
  fs.mkdirSync(runnerTemp);
  const run = await runAction({
    workspace: ws,
    inputs: { 'working-directory': subdir, python: tfPython(), mode: 'setup' },
    toolCache,
    runnerTemp,
  });
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['CGO_CFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS', 'CGO_CPPFLAGS']) delete base[key];
  const githubEnvFile = path.join(ws, 'github-env');
  const githubPathFile = path.join(ws, 'github-path');
  fs.writeFileSync(githubEnvFile, run.envFile);
  fs.writeFileSync(githubPathFile, run.pathFile);
  return { ws, run, env: nextStepEnv(base, { githubEnvFile, githubPathFile }) };
}
