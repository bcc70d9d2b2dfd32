// The few git commands the comparison with a pull request's base needs. Argument arrays,
// never a shell; a timeout on each; GIT_TERMINAL_PROMPT=0 and a closed stdin, so a remote
// that wants credentials fails instead of waiting for a prompt nobody answers.
import { runProcess, type RunResult } from '../util/process.ts';

export interface GitOptions {
  /** Milliseconds for local commands. */
  timeoutMs?: number;
  /** Milliseconds for `git fetch`. */
  fetchTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Stops a running git command: the run ended without needing the answer. */
  signal?: AbortSignal;
}

const LOCAL_TIMEOUT_MS = 30_000;
const FETCH_TIMEOUT_MS = 120_000;

export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C' };
}

export function runGit(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<RunResult> {
  // -c core.quotePath=false keeps non-ASCII paths as they are in --name-only output.
  return runProcess('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    env: gitEnv(options.env),
    timeoutMs: options.timeoutMs ?? LOCAL_TIMEOUT_MS,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

export function gitSucceeded(r: RunResult): boolean {
  return r.exitCode === 0 && !r.timedOut && !r.spawnError;
}

/** The last line git wrote to stderr (or why it did not run), for a reason text. */
export function gitError(r: RunResult): string {
  if (r.spawnError) return `git could not be started (${r.spawnError.code ?? r.spawnError.message})`;
  if (r.timedOut) return 'git timed out';
  const lines = r.stderr.trim().split(/\r?\n/).filter(Boolean);
  return lines[lines.length - 1] ?? `git exited with ${r.exitCode ?? r.signal}`;
}

/** The repository's top folder, or the reason there is none. */
export async function repositoryRoot(dir: string, options: GitOptions = {}): Promise<{ root?: string; reason?: string }> {
  const r = await runGit(dir, ['rev-parse', '--show-toplevel'], options);
  if (!gitSucceeded(r)) return { reason: `${dir} is not in a git repository that git can read (${gitError(r)})` };
  return { root: r.stdout.trim() };
}

export async function hasCommit(root: string, sha: string, options: GitOptions = {}): Promise<boolean> {
  return gitSucceeded(await runGit(root, ['cat-file', '-e', `${sha}^{commit}`], options));
}

export const FETCH_DEPTH_HINT =
  'To let tf-cgo-verify show what this pull request changed, have actions/checkout fetch the base commit: ' +
  'set `fetch-depth: 0` (all history), or `fetch-depth: 2` (the merge commit and its parents, one of which is the base).';

export interface CommitAvailability {
  present: boolean;
  /** The commit was not there and `git fetch --depth=1 origin <sha>` brought it. */
  fetched?: boolean;
  /** Why it is not there, for a notice. */
  reason?: string;
  /** How to make it available, for the summary. */
  hint?: string;
}

/**
 * Makes sure `sha` is in the repository: present already, or fetched alone from origin
 * with the credentials actions/checkout leaves in the repository's config.
 */
export async function ensureCommit(root: string, sha: string, options: GitOptions = {}): Promise<CommitAvailability> {
  if (await hasCommit(root, sha, options)) return { present: true };
  const remote = await runGit(root, ['remote', 'get-url', 'origin'], options);
  if (!gitSucceeded(remote)) {
    return {
      present: false,
      reason: `the base commit ${sha.slice(0, 12)} is not in the checkout and there is no remote 'origin' to fetch it from`,
      hint: FETCH_DEPTH_HINT,
    };
  }
  const fetch = await runGit(root, ['fetch', '--depth=1', '--no-tags', '--no-recurse-submodules', '--quiet', 'origin', sha], {
    ...options,
    timeoutMs: options.fetchTimeoutMs ?? FETCH_TIMEOUT_MS,
  });
  if (gitSucceeded(fetch) && (await hasCommit(root, sha, options))) return { present: true, fetched: true };
  return {
    present: false,
    reason: `the base commit ${sha.slice(0, 12)} is not in the checkout and \`git fetch --depth=1 origin ${sha}\` failed: ${gitError(fetch)}`,
    hint: FETCH_DEPTH_HINT,
  };
}
