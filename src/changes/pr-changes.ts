// "What did this PR change": for a pull_request(_target) event, the version pins that differ
// between the PR's base commit and the checked-out HEAD. Outside a pull request, or when
// nothing can be compared, the result has no changes; it never throws, and says why in
// `reason` (for a notice) and `hint` (for the summary) when the comparison was not possible.
import type { Log } from '../log.ts';
import { ensureCommit, repositoryRoot, type GitOptions } from './git.ts';
import { diffPins, type PinChange } from './pin-diff.ts';
import { pinPathspecs } from './pin-files.ts';
import { readPullRequest, type PullRequestRef } from './pr-event.ts';

export interface PrChangesOptions extends GitOptions {
  /** The runner's environment: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_WORKFLOW_REF. */
  env: Readonly<Record<string, string | undefined>>;
  /** A folder inside the checked-out repository (the workspace). */
  dir: string;
  /** What was built: HEAD by default (on pull_request, the merge commit actions/checkout makes). */
  head?: string;
  log?: Log;
}

export interface PrChanges {
  pullRequest?: PullRequestRef;
  /** The repository's top folder; PinChange.file is relative to it. */
  repoRoot?: string;
  changes: PinChange[];
  /** The base commit was not in the checkout and was fetched. */
  fetchedBase?: boolean;
  /** Why the PR's changes could not be read, for a notice. Undefined outside a pull request. */
  reason?: string;
  /** How to let the action read them, for the summary. */
  hint?: string;
}

export async function readPrChanges(options: PrChangesOptions): Promise<PrChanges> {
  const { pullRequest, reason } = await readPullRequest(options.env);
  if (!pullRequest) return { changes: [], ...(reason ? { reason } : {}) };
  const { root, reason: noRepo } = await repositoryRoot(options.dir, options);
  if (!root) return { pullRequest, changes: [], reason: noRepo };
  const base = await ensureCommit(root, pullRequest.baseSha, options);
  if (!base.present) return { pullRequest, repoRoot: root, changes: [], reason: base.reason, hint: base.hint };
  if (base.fetched) options.log?.info(`Fetched the pull request's base commit ${pullRequest.baseSha.slice(0, 12)} to compare version pins`);
  const diff = await diffPins(root, pullRequest.baseSha, options.head ?? 'HEAD', pinPathspecs(options.env.GITHUB_WORKFLOW_REF), options);
  return {
    pullRequest,
    repoRoot: root,
    changes: diff.changes,
    ...(base.fetched ? { fetchedBase: true } : {}),
    ...(diff.reason ? { reason: diff.reason } : {}),
  };
}
