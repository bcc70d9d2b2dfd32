// Line rules: a cheap text gate, a pattern and what to do with a match. Parsers keep one
// table per finding family and try its rules in order; the gate keeps most lines away
// from the regular expressions. Tables are built once per module: what a parser has
// learnt from earlier lines comes to each handler as `state`.

export interface PatternRule<State> {
  /** The line must contain this text before the pattern is tried. */
  has?: string;
  pattern: RegExp;
  /** Returning false passes the line on to the next rule. */
  handle: (match: RegExpExecArray, raw: string, state: State) => boolean | void;
}

/** Rules of one finding family behind one shared gate, so most lines skip them all at once. */
export interface RuleFamily<State> {
  has: string;
  rules: readonly Rule<State>[];
}

export type Rule<State> = PatternRule<State> | RuleFamily<State>;

/** A rule in the one shape applyRules reads, so its property reads stay fast on every line. */
interface CompiledRule<State> {
  has: string | undefined;
  pattern: RegExp | undefined;
  handle: PatternRule<State>['handle'] | undefined;
  rules: CompiledRule<State>[] | undefined;
}

export type RuleTable<State> = readonly CompiledRule<State>[];

/** Builds a table from rules and families, tried in order. */
export function ruleTable<State>(rules: readonly Rule<State>[]): RuleTable<State> {
  return rules.map((rule) =>
    'rules' in rule
      ? { has: rule.has, pattern: undefined, handle: undefined, rules: [...ruleTable(rule.rules)] }
      : { has: rule.has, pattern: rule.pattern, handle: rule.handle, rules: undefined },
  );
}

/** Runs the first rule whose gate and pattern match `body`; returns whether one did. */
export function applyRules<State>(table: RuleTable<State>, body: string, raw: string, state: State): boolean {
  for (const rule of table) {
    if (rule.has !== undefined && !body.includes(rule.has)) continue;
    if (rule.rules !== undefined) {
      if (applyRules(rule.rules, body, raw, state)) return true;
      continue;
    }
    const match = rule.pattern?.exec(body);
    if (match && rule.handle?.(match, raw, state) !== false) return true;
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
