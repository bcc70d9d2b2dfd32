// Which pull request the step runs for: the event name and the payload file the runner
// writes (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH). Never throws: a payload that cannot be
// read gives a reason for a notice, and the step carries on without the comparison.
import { readFile } from 'node:fs/promises';

export interface PullRequestRef {
  eventName: 'pull_request' | 'pull_request_target';
  /** pull_request.base.sha: the commit the PR is compared with. */
  baseSha: string;
  /** pull_request.head.sha: the PR's own last commit (the checkout may be the merge commit instead). */
  headSha?: string;
}

export interface PullRequestReading {
  pullRequest?: PullRequestRef;
  /** Why a pull_request event gave no base commit; undefined outside a pull request. */
  reason?: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
// Full object names only (SHA-1 or SHA-256): the value goes on git's command line, where
// anything else (a leading '-') could read as an option.
const OBJECT_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function shaAt(payload: unknown, side: 'base' | 'head'): string | undefined {
  const pr = (payload as { pull_request?: Record<string, { sha?: unknown } | undefined> } | null)?.pull_request;
  const sha = pr?.[side]?.sha;
  return typeof sha === 'string' && OBJECT_NAME.test(sha.toLowerCase()) ? sha.toLowerCase() : undefined;
}

/** The pull request the event names, from the environment the runner sets. */
export async function readPullRequest(env: Readonly<Record<string, string | undefined>>): Promise<PullRequestReading> {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!PR_EVENTS.has(eventName)) return {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath)
    return { reason: `GITHUB_EVENT_NAME is ${eventName} but GITHUB_EVENT_PATH is not set, so the pull request's base commit is unknown` };
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (error) {
    return { reason: `cannot read the ${eventName} event payload ${eventPath}: ${(error as Error).message}` };
  }
  const baseSha = shaAt(payload, 'base');
  if (!baseSha) return { reason: `the ${eventName} event payload ${eventPath} has no pull_request.base.sha commit id` };
  const headSha = shaAt(payload, 'head');
  return { pullRequest: { eventName: eventName as PullRequestRef['eventName'], baseSha, ...(headSha ? { headSha } : {}) } };
}
