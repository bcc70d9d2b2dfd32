// Turns a link plan into the CGO_* environment of the build.
import type { LinkPlan } from './link-plan.ts';

/**
 * Quotes a word for cmd/go's CGO_*FLAGS splitting (cmd/internal/quoted): a field is either
 * bare or wholly inside one kind of quote, with no escapes, so a word cannot hold both.
 */
export function quoteFlag(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  if (!word.includes("'")) return `'${word}'`;
  if (!word.includes('"')) return `"${word}"`;
  throw new Error(`cannot pass ${JSON.stringify(word)} in CGO flags: cmd/go cannot quote a word with both ' and ". Move the folder to a path without quotes.`);
}

export function joinFlags(words: readonly string[]): string {
  return words.map(quoteFlag).join(' ');
}

/** Keeps what the user's environment had in CGO_*FLAGS; cmd/go's CFLAGS default "-O2 -g" would otherwise be lost. */
export function cgoEnvironment(flags: Pick<LinkPlan, 'cflags' | 'ldflags'>, env: NodeJS.ProcessEnv): Record<string, string> {
  const baseC = env.CGO_CFLAGS ?? '-O2 -g';
  const baseL = env.CGO_LDFLAGS ?? '';
  return {
    CGO_ENABLED: '1',
    CGO_CFLAGS: [baseC, joinFlags(flags.cflags)].filter(Boolean).join(' '),
    CGO_LDFLAGS: [baseL, joinFlags(flags.ldflags)].filter(Boolean).join(' '),
  };
}
