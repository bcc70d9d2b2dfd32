// Fills the action's virtualenv: with uv when it can be had and takes the settings (about
// 4x faster than pip for TensorFlow), else with `python -m venv` and pip, after one notice
// saying why uv was not used.
import fs from 'node:fs';
import path from 'node:path';
import { outputTail, type RunResult } from '../util/process.ts';
import { InputError } from '../input-error.ts';
import { EnvironmentError } from '../environment-error.ts';
import { installWithUv, loggedStep, type VenvInstallRequest } from './uv-install.ts';

export type Installer = 'uv' | 'pip';

/** Installs `request.requirement` into a fresh `request.venv`; returns which installer did. */
export async function installVenv(request: VenvInstallRequest): Promise<Installer> {
  const uv = await installWithUv(request);
  if (uv.ok) return 'uv';
  request.log.notice(`Installing TensorFlow with pip instead of uv: ${uv.reason}.`);
  await installWithPip(request);
  return 'pip';
}

async function installWithPip({ python, venv, venvPython, requirement, pipArgs, env, log }: VenvInstallRequest): Promise<void> {
  fs.mkdirSync(path.dirname(venv), { recursive: true });
  const made = await loggedStep(log, `${python} -m venv ${venv}`, python, ['-m', 'venv', venv], env);
  if (made.exitCode !== 0) {
    fs.rmSync(venv, { recursive: true, force: true });
    throw new InputError(
      'python',
      `${python} -m venv failed: ${outputTail(made)}\nOn Debian/Ubuntu install python3-venv, or use actions/setup-python.`,
    );
  }
  const pipWords = [requirement, ...pipArgs];
  const pipCommand = ['-m', 'pip', 'install', '--disable-pip-version-check', ...pipWords];
  const pip = await loggedStep(log, `pip install ${pipWords.join(' ')}`, venvPython, pipCommand, env);
  if (pip.exitCode !== 0) {
    fs.rmSync(venv, { recursive: true, force: true });
    throw pipFailure(pip, pipWords);
  }
}

/**
 * pip's retries print a connection warning each (its last try prints none, so with --retries 0
 * nothing tells an unreachable index from a missing version).
 */
const INDEX_UNREACHABLE =
  /Retrying \(Retry\(|NewConnectionError|Max retries exceeded|Failed to establish a new connection|Temporary failure in name resolution|Read timed out|ProxyError|SSLError/;

/** An index that cannot be reached is the environment (retry); a missing version or bad pip-args is the input. */
export function pipFailure(pip: RunResult, pipWords: readonly string[]): Error {
  const why = pip.timedOut ? 'timed out after 30 minutes' : `exited with ${pip.exitCode ?? pip.signal}`;
  const said = `pip install ${pipWords.join(' ')} ${why}:\n${outputTail(pip)}\n`;
  if (pip.timedOut || INDEX_UNREACHABLE.test(pip.combined)) {
    const index = /Looking in indexes: (\S+)/.exec(pip.combined)?.[1];
    return new EnvironmentError(
      index ? `package index ${index}` : "pip's package index (its configured default)",
      `${said}The index could not be reached. Retry the job later; if it keeps failing, check the network, or give a reachable mirror in pip-args (--index-url).`,
    );
  }
  if (pip.combined.includes('No matching distribution'))
    return new InputError('tensorflow-version', `${said}Choose a tensorflow-version that has a wheel for this Python and platform.`);
  return new InputError('pip-args', `${said}Check pip-args (an --index-url for a mirror, say).`);
}
