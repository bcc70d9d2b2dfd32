// Runs dist/index.js the way the GitHub runner does: INPUT_* variables, the file-based
// outputs/summary/env/path, GITHUB_WORKSPACE, RUNNER_TEMP and RUNNER_TOOL_CACHE. Returns
// the outputs and the workflow commands the action printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../src/util/process.ts';
import { repoRoot } from './env.ts';

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  envFile: string;
  pathFile: string;
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
}

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

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-runner-'));
  const files = {
    GITHUB_OUTPUT: path.join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary'),
    GITHUB_ENV: path.join(runnerDir, 'env'),
    GITHUB_PATH: path.join(runnerDir, 'path'),
    GITHUB_STATE: path.join(runnerDir, 'state'),
  };
  for (const file of Object.values(files)) fs.writeFileSync(file, '');
  const tempDir = options.runnerTemp ?? path.join(runnerDir, 'temp');
  const toolCache = options.toolCache ?? path.join(runnerDir, 'toolcache');
  fs.mkdirSync(tempDir, { recursive: true });
  fs.mkdirSync(toolCache, { recursive: true });
  const env: NodeJS.ProcessEnv = {};
  // The runner passes the machine's environment, less other steps' INPUT_ variables.
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('INPUT_') && !key.startsWith('GITHUB_')) env[key] = value;
  Object.assign(env, files, {
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: tempDir,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...options.env,
  });
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const entry = options.entry ?? path.join(repoRoot, 'dist', 'index.js');
  const run = await runProcess(process.execPath, [entry], { cwd: options.workspace, env, timeoutMs: options.timeoutMs ?? 600_000 });
  const outputs = parseFileCommands(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8'));
  const result: ActionRun = {
    exitCode: run.exitCode,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs,
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    envFile: fs.readFileSync(files.GITHUB_ENV, 'utf8'),
    pathFile: fs.readFileSync(files.GITHUB_PATH, 'utf8'),
    commands: parseWorkflowCommands(run.stdout),
    durationMs: run.durationMs,
    diagnosticsJson: outputs.diagnostics && fs.existsSync(outputs.diagnostics) ? fs.readFileSync(outputs.diagnostics, 'utf8') : undefined,
  };
  fs.rmSync(runnerDir, { recursive: true, force: true });
  return result;
}

export function errorsOf(run: ActionRun): WorkflowCommand[] {
  return run.commands.filter((c) => c.command === 'error');
}
