// Line rules: a cheap text gate, a pattern and what to do with a match. Parsers keep one
// table per finding family and try its rules in order; the gate keeps most lines away
// from the regular expressions.

export interface PatternRule {
  /** The line must contain this text before the pattern is tried. */
  has?: string;
  pattern: RegExp;
  /** Returning false passes the line on to the next rule. */
  handle(match: RegExpExecArray, raw: string): boolean | void;
}

/** Runs the first rule whose gate and pattern match `body`; returns whether one did. */
export function applyRules(rules: readonly PatternRule[], body: string, raw: string): boolean {
  for (const rule of rules) {
    if (rule.has !== undefined && !body.includes(rule.has)) continue;
    const match = rule.pattern.exec(body);
    if (match && rule.handle(match, raw) !== false) return true;
  }
  return false;
}

/** A parser of one linker family's lines. */
export interface LineParser {
  /**
   * Returns true when the line was recognised. `body` is the line without a linker
   * prefix; `linker` names the linker when the line had one.
   */
  line(body: string, raw: string, linker?: string): boolean;
  /** Called when an unrelated line arrives: drops multi-line context. */
  interrupt(): void;
}
