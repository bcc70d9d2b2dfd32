// What a failed `uv pip install` means, read from uv's own words (rules over its real output,
// test/fixtures/uv/): an index that cannot be reached, or that lacks the package altogether,
// is the environment; a version or platform the index has no wheel for is the input; anything
// else is uv's own trouble, and the caller installs with pip instead.
import { outputTail, type RunResult } from '../util/process.ts';
import { InputError } from '../input-error.ts';
import { EnvironmentError } from '../environment-error.ts';

export type UvFailureKind = 'index-unreachable' | 'index-lacks-package' | 'no-matching-version' | 'uv-trouble';

interface Rule {
  kind: Exclude<UvFailureKind, 'uv-trouble'>;
  pattern: RegExp;
}

const RULES: readonly Rule[] = [
  { kind: 'index-unreachable', pattern: /^error: Request failed after \d+ retr/m },
  {
    kind: 'index-unreachable',
    pattern: /^\s*cause: (?:tcp connect error|dns error|operation timed out|error sending request for url)/m,
  },
  { kind: 'index-lacks-package', pattern: /Because \S+ was not found in the package registry/ },
  { kind: 'no-matching-version', pattern: /Because there is no version of |has no wheels with a matching (?:platform|Python)/ },
  { kind: 'no-matching-version', pattern: /Because only \S+ .*is available and you require/ },
];

export function classifyUvFailure(output: string): UvFailureKind {
  return RULES.find((r) => r.pattern.test(output))?.kind ?? 'uv-trouble';
}

export interface UvFailureContext {
  /** `tensorflow-cpu==2.21.0 --quiet`: what was asked for, as the user wrote it. */
  words: readonly string[];
  /** The indexes uv was given; empty: the default one. */
  indexes: readonly string[];
  /** Where each index came from: "pip-args", "PIP_INDEX_URL". */
  indexOrigin: string;
}

/** The error for a failure uv's words explain; undefined for uv's own trouble (install with pip then). */
export function uvFailure(result: RunResult, context: UvFailureContext): Error | undefined {
  const kind = result.timedOut ? 'index-unreachable' : classifyUvFailure(result.combined);
  if (kind === 'uv-trouble') return undefined;
  const said = `uv pip install ${context.words.join(' ')} ${result.timedOut ? 'timed out after 30 minutes' : `exited with ${result.exitCode ?? result.signal}`}:\n${outputTail(result)}\n`;
  const index = context.indexes.length
    ? `package index ${context.indexes.join(', ')} (from ${context.indexOrigin})`
    : 'the default package index';
  switch (kind) {
    case 'index-unreachable':
      return new EnvironmentError(
        index,
        `${said}The index could not be reached. Retry the job later; if it keeps failing, check the network, or give a reachable mirror in pip-args (--index-url).`,
      );
    case 'index-lacks-package':
      return new EnvironmentError(
        index,
        `${said}The index has no such package at all: a mirror that does not carry it, or the wrong URL. Give an index that serves TensorFlow (pip-args --index-url, or PIP_INDEX_URL).`,
      );
    case 'no-matching-version':
      return new InputError('tensorflow-version', `${said}Choose a tensorflow-version that has a wheel for this Python and platform.`);
  }
}
