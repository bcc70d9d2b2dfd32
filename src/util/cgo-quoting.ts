// Words that cmd/go splits out of CGO_*FLAGS itself (cmd/internal/quoted): which it can pass,
// and how to quote them. A word it cannot pass is an input's fault, named in the error.
import { InputError } from '../input-error.ts';

/** Whether cmd/go can pass the word: a field is bare or wholly inside one kind of quote, with no escapes. */
export function canQuote(word: string): boolean {
  return !(word.includes("'") && word.includes('"'));
}

/** Throws an InputError naming `input` when cmd/go cannot pass `word` in CGO_*FLAGS. */
export function requireQuotable(word: string, input: string, what: string): void {
  if (canQuote(word)) return;
  throw new InputError(
    input,
    `${what} ${JSON.stringify(word)} holds both ' and ", and cmd/go cannot pass such a word in CGO flags (cmd/internal/quoted has no escapes). Use a folder whose path has no quotes.`,
  );
}

/**
 * Quotes a word for cmd/go's CGO_*FLAGS splitting (cmd/internal/quoted). `input` is the input
 * the word's path comes from, named in the error when it cannot be quoted.
 */
export function quoteFlag(word: string, input: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  requireQuotable(word, input, 'the flag');
  return word.includes("'") ? `"${word}"` : `'${word}'`;
}
