// Runs dist/index.js the way the GitHub runner does: INPUT_* variables, the file-based
// outputs/summary/env/path/state, GITHUB_WORKSPACE, RUNNER_TEMP and RUNNER_TOOL_CACHE; and
// then, with runActionWithPost, dist/post.js as the job's post step. Returns the outputs and
// the workflow commands the action printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot } from './env.ts';
import { nextStepEnv } from './runner-env.ts';

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  envFile: string;
  pathFile: string;
  /** What the step saved for its post step (core.saveState, the GITHUB_STATE file). */
  state: Record<string, string>;
  /** Workflow commands outside ::stop-commands:: blocks, as the runner would act on them. */
  commands: WorkflowCommand[];
  durationMs: number;
  /** The file the `diagnostics` output names, read before the runner's temp folder goes. */
  diagnosticsJson?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRunOptions {
  inputs: Record<string, string>;
  workspace: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  entry?: string;
  /** A RUNNER_TOOL_CACHE that outlives the run (to test a second run); default: a fresh one. */
  toolCache?: string;
  /** A RUNNER_TEMP that outlives the run, as it does for the job's later steps; default: a fresh one, removed after the run. */
  runnerTemp?: string;
  /** The post step's entry; default action.yml's runs.post. */
  postEntry?: string;
  /**
   * Import each entry and call its exported run(), as @github/local-action does, instead of
   * running it as a script (for src/main.ts and src/post-main.ts, which do not call run()).
   */
  callExportedRun?: boolean;
  /** A command the step runs under, e.g. a private mount namespace (test/helpers/loader-cache.ts). */
  launcher?: string[];
}

/** Imports the module named by the first argument and awaits its exported run(). */
const CALL_RUN = "const { pathToFileURL } = await import('node:url'); await (await import(pathToFileURL(process.argv[1]).href)).run();";

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Parses `name<<delimiter` blocks and `name=value` lines of GITHUB_OUTPUT. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Reads workflow commands the way the runner does, honouring ::stop-commands::. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const match = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(line.trim());
    if (!match) continue;
    const [, command, props = '', message = ''] = match;
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of props.trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: command!, properties, message: unescapeData(message) });
  }
  return commands;
}

type RunnerFiles = Record<'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STATE', string>;

/** Fresh, empty file-command files for one step, as the runner makes them for each step. */
function stepFiles(runnerDir: string, step: string): RunnerFiles {
  const dir = path.join(runnerDir, step);
  fs.mkdirSync(dir);
  const files: RunnerFiles = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
    GITHUB_STATE: path.join(dir, 'state'),
  };
  for (const file of Object.values(files)) fs.writeFileSync(file, '');
  return files;
}

/** The machine's environment as the runner gives it to a step of ours: the job's runner variables and INPUT_*. */
function baseEnv(options: ActionRunOptions, runnerDir: string): NodeJS.ProcessEnv {
  const tempDir = options.runnerTemp ?? path.join(runnerDir, 'temp');
  const toolCache = options.toolCache ?? path.join(runnerDir, 'toolcache');
  fs.mkdirSync(tempDir, { recursive: true });
  fs.mkdirSync(toolCache, { recursive: true });
  const env: NodeJS.ProcessEnv = {};
  // The runner passes the machine's environment, less other steps' INPUT_ and STATE_ variables.
  for (const [key, value] of Object.entries(process.env)) if (!/^(INPUT|GITHUB|STATE)_/.test(key)) env[key] = value;
  Object.assign(env, {
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: tempDir,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...options.env,
  });
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

async function runStep(entry: string, env: NodeJS.ProcessEnv, files: RunnerFiles, options: ActionRunOptions): Promise<ActionRun> {
  const args = options.callExportedRun ? ['--input-type=module', '-e', CALL_RUN, entry] : [entry];
  const [command, ...launcherArgs] = [...(options.launcher ?? []), process.execPath];
  const run = await runProcess(command, [...launcherArgs, ...args], {
    cwd: options.workspace,
    env: { ...env, ...files },
    timeoutMs: options.timeoutMs ?? 600_000,
  });
  const outputs = parseFileCommands(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8'));
  return {
    exitCode: run.exitCode,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs,
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    envFile: fs.readFileSync(files.GITHUB_ENV, 'utf8'),
    pathFile: fs.readFileSync(files.GITHUB_PATH, 'utf8'),
    state: parseFileCommands(fs.readFileSync(files.GITHUB_STATE, 'utf8')),
    commands: parseWorkflowCommands(run.stdout),
    durationMs: run.durationMs,
    diagnosticsJson: outputs.diagnostics && fs.existsSync(outputs.diagnostics) ? fs.readFileSync(outputs.diagnostics, 'utf8') : undefined,
  };
}

/** Runs the main step (dist/index.js, or options.entry). */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-runner-'));
  try {
    return await runStep(
      options.entry ?? path.join(repoRoot, 'dist', 'index.js'),
      baseEnv(options, runnerDir),
      stepFiles(runnerDir, 'main'),
      options,
    );
  } finally {
    fs.rmSync(runnerDir, { recursive: true, force: true });
  }
}

export interface ActionRunWithPost {
  main: ActionRun;
  /** Undefined when post-if said no (with `success()`: the main step failed). */
  post?: ActionRun;
}

/** action.yml's `runs:` block: main, post and post-if (the runner's default for post-if is always()). */
export function actionRuns(yml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')): {
  main: string;
  post?: string;
  postIf: string;
} {
  const block = yml
    .slice(yml.indexOf('\nruns:') + 1)
    .split('\n')
    .slice(1);
  const entries = new Map<string, string>();
  for (const line of block) {
    if (/^\S/.test(line)) break;
    const m = /^ {2}([a-z-]+):\s*['"]?(.*?)['"]?\s*$/.exec(line);
    if (m) entries.set(m[1]!, m[2]!);
  }
  return { main: entries.get('main')!, post: entries.get('post'), postIf: entries.get('post-if') ?? 'always()' };
}

/**
 * Runs the main step and then the post step as action.yml declares them (runs.main, runs.post,
 * runs.post-if: success() or always()), as the runner does at the end of the job: the same
 * inputs, the main step's GITHUB_ENV and GITHUB_PATH applied (test/helpers/runner-env.ts), and
 * each name the main step wrote to GITHUB_STATE as STATE_<name>.
 */
export async function runActionWithPost(
  options: ActionRunOptions & { onMainDone?: (main: ActionRun) => void },
): Promise<ActionRunWithPost> {
  const runs = actionRuns();
  if (!runs.post) throw new Error('action.yml declares no runs.post');
  if (runs.postIf !== 'success()' && runs.postIf !== 'always()') throw new Error(`run-action.ts does not evaluate post-if: ${runs.postIf}`);
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-runner-'));
  try {
    const env = baseEnv(options, runnerDir);
    const mainFiles = stepFiles(runnerDir, 'main');
    const main = await runStep(options.entry ?? path.join(repoRoot, runs.main), env, mainFiles, options);
    options.onMainDone?.(main);
    if (runs.postIf === 'success()' && main.exitCode !== 0) return { main };
    const postEnv = nextStepEnv(env, { githubEnvFile: mainFiles.GITHUB_ENV, githubPathFile: mainFiles.GITHUB_PATH });
    for (const [name, value] of Object.entries(main.state)) postEnv[`STATE_${name}`] = value;
    const post = await runStep(options.postEntry ?? path.join(repoRoot, runs.post), postEnv, stepFiles(runnerDir, 'post'), options);
    return { main, post };
  } finally {
    fs.rmSync(runnerDir, { recursive: true, force: true });
  }
}

export function errorsOf(run: ActionRun): WorkflowCommand[] {
  return run.commands.filter((c) => c.command === 'error');
}
