// expect-symbols is checked against the dynamic symbol table, not by loading the library.
import type { Diagnostic } from '../diagnostic.ts';

export function missingExpectedSymbols(defined: ReadonlySet<string>, expected: readonly string[]): Diagnostic[] {
  return expected
    .filter((name) => !defined.has(name))
    .map((name) => ({
      severity: 'error' as const,
      kind: 'missing-expected-symbol' as const,
      stage: 'inspect' as const,
      symbol: name,
      title: `Expected symbol ${name} is not exported`,
      message: `The built library does not export ${name}, which expect-symbols lists.`,
      fix: `Add an //export ${name} comment directly above func ${name} in package main (no blank line between), or correct the name in expect-symbols.`,
    }));
}
