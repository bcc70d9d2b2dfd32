// Makes the action's virtualenv with uv and installs into it: pip's index settings and
// pip-args translated (pip-to-uv.ts), uv from the tool cache (uv-tool.ts). A failure that is
// the index's or the version's is thrown as pip's would be; anything that keeps uv from
// doing the work comes back as a reason, and the caller installs with pip.
import fs from 'node:fs';
import path from 'node:path';
import { outputTail, runProcess, type RunResult } from '../util/process.ts';
import { toolCacheOrTemp } from '../util/temp-dir.ts';
import type { Log } from '../log.ts';
import { installSettings, readPipSettings } from './pip-config.ts';
import { indexWords, pipToUv } from './pip-to-uv.ts';
import { obtainUv, UV_VERSION } from './uv-tool.ts';
import { uvFailure } from './uv-failure.ts';

export type VenvInstallLog = Pick<Log, 'info' | 'notice' | 'group' | 'rawEcho'>;

export interface VenvInstallRequest {
  /** The interpreter the virtualenv is made from. */
  python: string;
  venv: string;
  venvPython: string;
  /** `tensorflow-cpu==2.21.*`: what to install. */
  requirement: string;
  pipArgs: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: string;
  arch: string;
  log: VenvInstallLog;
}

export type UvInstallOutcome = { ok: true } | { ok: false; reason: string };

/** Runs one step of the install in a log group, its output echoed raw. */
export function loggedStep(log: VenvInstallLog, title: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  return log.group(title, async (): Promise<RunResult> => {
    const echo = log.rawEcho();
    const result = await runProcess(command, args, { env, timeoutMs: 30 * 60_000, onOutput: (chunk) => echo.write(chunk) });
    echo.end();
    return result;
  });
}

/**
 * uv's wheel cache: the user's UV_CACHE_DIR, else beside the action's virtualenvs, on the same
 * file system, so that uv links installed files instead of copying them.
 */
export function uvCacheDir(env: NodeJS.ProcessEnv): string {
  return env.UV_CACHE_DIR || path.join(toolCacheOrTemp(env), 'tf-cgo-verify', 'uv-cache');
}

/**
 * uv leaves bytecode to the first import, which writes it into the venv (and the cache saves
 * it): for tensorflow-cpu 2.21, a 4.5 s install and a 7.6 s first import, against 14.9 s and
 * 3.3 s with --compile-bytecode. Under PYTHONDONTWRITEBYTECODE nothing is ever written, and
 * every import would take the 7.6 s: then it is compiled at install, as pip always does.
 */
export function bytecodeWords(env: NodeJS.ProcessEnv): string[] {
  return env.PYTHONDONTWRITEBYTECODE ? ['--compile-bytecode'] : [];
}

/** `uv venv` + `uv pip install`; the venv is removed again when this does not succeed. */
export async function installWithUv(request: VenvInstallRequest): Promise<UvInstallOutcome> {
  const { python, venv, venvPython, requirement, pipArgs, log } = request;
  const translated = pipToUv(pipArgs, [...installSettings(await readPipSettings(python, request.env)).values()]);
  if (!translated.ok) return { ok: false, reason: `${translated.option} has no uv equivalent` };
  const tool = await obtainUv({ ...request, indexArgs: indexWords(pipArgs) });
  if (!tool.ok) return { ok: false, reason: tool.reason };
  if (tool.fetched) log.info(`uv ${UV_VERSION} fetched with pip and kept at ${tool.uv}`);
  const env = { ...request.env, UV_CACHE_DIR: uvCacheDir(request.env), ...translated.env };
  fs.mkdirSync(path.dirname(venv), { recursive: true });
  // The user's interpreter and no other: uv would otherwise download one it prefers. And pip's
  // rules only: --no-config keeps out uv.toml and a pyproject.toml's [tool.uv], which pip never reads.
  const venvArgs = ['venv', '--no-config', '--python', python, '--no-python-downloads', venv];
  const made = await loggedStep(log, `uv ${venvArgs.join(' ')}`, tool.uv, venvArgs, env);
  if (made.exitCode !== 0) {
    fs.rmSync(venv, { recursive: true, force: true });
    return { ok: false, reason: `uv venv failed: ${outputTail(made, 3)}` };
  }
  const words = [requirement, ...bytecodeWords(request.env), ...translated.args];
  const installed = await loggedStep(
    log,
    `uv pip install ${words.join(' ')}`,
    tool.uv,
    ['pip', 'install', '--no-config', '--python', venvPython, ...words],
    env,
  );
  if (installed.exitCode === 0) return { ok: true };
  fs.rmSync(venv, { recursive: true, force: true });
  const error = uvFailure(installed, {
    words: [requirement, ...pipArgs],
    indexes: translated.indexes,
    indexOrigin: translated.indexOrigins.join(', ') || 'pip-args',
  });
  if (error) throw error;
  return { ok: false, reason: `uv pip install failed: ${outputTail(installed, 3)}` };
}
