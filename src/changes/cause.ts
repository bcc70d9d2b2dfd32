// The one finding that ties a failing link or load to the version pin the PR changed. It sits
// on the pin's line, which is in the PR's diff, so a reviewer sees it inline even though the
// failing C.TF_... call is on a line the PR did not touch. Pure.
import path from 'node:path';
import semver from 'semver';
import type { Diagnostic, DiagnosticKind } from '../diagnostic.ts';
import { workspacePositions } from '../util/workspace-paths.ts';
import { goVersionToSemver } from '../setup/go-version.ts';
import { tfMinorOf } from '../setup/tf-compat.ts';
import { tfForBindings } from '../setup/tf-version.ts';
import { BINDINGS_LIBRARY_NAMES } from '../resolve/tensorflow.ts';
import type { PinChange } from './pin-diff.ts';
import { removedByPinChange } from './removed-by-pin.ts';

/** What the action knows about the run, beyond the findings. */
export interface CauseFacts {
  /** The TensorFlow the package was built and loaded against, e.g. "2.21.0". */
  tensorflowVersion?: string;
  /** The Go that built it, e.g. "1.26.8" or "go1.26.8". */
  goVersion?: string;
  /** The `go` line of the package's go.mod (when the PR did not change it), e.g. "1.25". */
  goModGo?: string;
  /** Node's process.arch of the TensorFlow, for the C API history; default this process's. */
  arch?: string;
  /** The file was built elsewhere (the library input): it is checked, not built. */
  builtElsewhere?: boolean;
}

export interface CauseInput {
  changes: readonly PinChange[];
  /** The step's findings, after source mapping. */
  findings: readonly Diagnostic[];
  stepFailed: boolean;
  /** Absolute repository root; PinChange.file and the findings' positions are relative to it. */
  repoRoot: string;
  facts?: CauseFacts;
}

/**
 * A Diagnostic once the lead adds 'pin-change' to DiagnosticKind, 'changes' to Stage and
 * `rank?: 'first'` to Diagnostic: `rank` asks the annotation planner to send it before
 * every other finding of its severity (it is the one annotation in the PR's diff).
 */
export type CauseDiagnostic = Omit<Diagnostic, 'kind' | 'stage'> & {
  kind: 'pin-change';
  stage: 'changes';
  rank: 'first';
  /** The pin change it is about. */
  change: PinChange;
};

/** Link and load findings, plus the compile-time forms of "TensorFlow no longer has it". */
export const CAUSE_KINDS: ReadonlySet<DiagnosticKind> = new Set<DiagnosticKind>([
  'undefined-reference',
  'more-undefined-references',
  'missing-library',
  'missing-dso',
  'multiple-definition',
  'linker-error',
  'undefined-symbol',
  'cxx-abi-mismatch',
  'shared-object-not-found',
  'version-not-found',
  'static-tls',
  'op-library-not-found',
  'duplicate-tensorflow-runtime',
  'unresolved-symbol',
  'resolved-only-by-import',
  'glibc-too-new',
  'not-in-tensorflow',
  'cgo-unknown-name',
  'missing-header',
  'built-for-other-tensorflow',
]);

const MAX_LISTED = 4;

/** "tensorflow-cpu 2.20.0 → 2.21.0", "toolchain 1.27.0 (new)", "go-version 1.26 removed". */
export function describeChange(c: PinChange): string {
  if (c.from !== undefined && c.to !== undefined)
    return c.fromName ? `${c.fromName} ${c.from} → ${c.name} ${c.to}` : `${c.name} ${c.from} → ${c.to}`;
  if (c.to !== undefined) return `${c.name} ${c.to} (new)`;
  return `${c.name} ${c.from} removed`;
}

function isGoModFile(file: string): boolean {
  return /(^|\/)go\.(mod|work)$/.test(file);
}

/** The Go version the built module asks for: a changed go.mod `go` line, else the known one. */
function requiredGo(changes: readonly PinChange[], facts: CauseFacts): string | undefined {
  return changes.find((c) => c.subject === 'go' && c.name === 'go' && isGoModFile(c.file) && c.to)?.to ?? facts.goModGo;
}

/** "Go 1.26.8 is installed, below the go 1.27 that go.mod asks for.", when that is so. */
function goTooOld(changes: readonly PinChange[], facts: CauseFacts): string | undefined {
  const required = requiredGo(changes, facts);
  const used = facts.goVersion && goVersionToSemver(facts.goVersion.replace(/^go(?=\d)/, ''));
  const wanted = required && goVersionToSemver(required);
  if (!used || !wanted || !semver.lt(used, wanted)) return undefined;
  return `Go ${facts.goVersion!.replace(/^go/, '')} is installed, below the go ${required} that go.mod asks for.`;
}

/** "graft v0.10.0 is built from TensorFlow 2.18.0, but TensorFlow 2.21.0 is installed.", when they differ. */
function bindingsMismatch(changes: readonly PinChange[], facts: CauseFacts): string[] {
  const installed = facts.tensorflowVersion;
  const minor = installed && tfMinorOf(installed);
  if (!minor) return [];
  return changes.flatMap((c) => {
    const made = c.subject === 'go-bindings' && c.to ? tfForBindings(c.name, c.to) : undefined;
    if (!made) return [];
    const madeMinor =
      made.request.kind === 'exact'
        ? tfMinorOf(made.request.version)
        : made.request.kind === 'range'
          ? tfMinorOf(made.request.text)
          : undefined;
    return madeMinor && madeMinor !== minor ? [`${made.how}, but TensorFlow ${installed} is installed.`] : [];
  });
}

function mentionsBindings(d: Diagnostic, changes: readonly PinChange[]): boolean {
  if (d.library !== undefined && BINDINGS_LIBRARY_NAMES.has(d.library)) return true;
  const files = [...(d.locations ?? []), ...(d.toolLocation ? [d.toolLocation] : [])].map((l) => l.file);
  return changes.some((c) => c.subject === 'go-bindings' && files.some((f) => f.includes(`${c.name}@`)));
}

/** The change to put the finding on: the one that best explains the findings. */
function pickChange(
  changes: readonly PinChange[],
  findings: readonly Diagnostic[],
  facts: CauseFacts,
  goLow: boolean,
): PinChange | undefined {
  const bindingsFirst = findings.some((d) => mentionsBindings(d, changes));
  const order = goLow
    ? ['go', 'tensorflow', 'go-bindings']
    : bindingsFirst
      ? ['go-bindings', 'tensorflow', 'go']
      : ['tensorflow', 'go-bindings', 'go'];
  const installedMinor = facts.tensorflowVersion && tfMinorOf(facts.tensorflowVersion);
  const score = (c: PinChange): number[] => [
    order.indexOf(c.subject),
    // With a Go too old, the go.mod `go` line is the one that asks for more.
    goLow && !(c.name === 'go' && isGoModFile(c.file)) ? 1 : 0,
    c.inDiff ? 0 : 1,
    c.to === undefined ? 1 : 0,
    c.subject === 'tensorflow' && installedMinor && c.to && tfMinorOf(c.to) !== installedMinor ? 1 : 0,
  ];
  return [...changes]
    .map((c, i) => ({ c, s: [...score(c), i] }))
    .sort((a, b) => {
      for (let k = 0; k < a.s.length; k++) if (a.s[k] !== b.s[k]) return a.s[k]! - b.s[k]!;
      return 0;
    })[0]?.c;
}

/** "2.21.0" or "2.21", not a range such as ">=2.21,<2.22". */
function plainVersion(v: string | undefined): string | undefined {
  return v && /^v?\d+(\.\d+)*$/.test(v) ? v.replace(/^v/, '') : undefined;
}

function tensorflowName(version: string | undefined): string {
  return version ? `TensorFlow ${version}` : 'the installed TensorFlow';
}

/** "TF_Foo (b.go:17)": what the finding is about and its first place in the repository. */
function findingLabel(d: Diagnostic, repoRoot: string, named: boolean): string {
  const what = named ? (d.symbol ?? d.library ?? d.header ?? d.title) : d.title;
  const at = workspacePositions(d, repoRoot)[0];
  return at ? `${what} (${at.path}${at.line !== undefined ? `:${at.line}` : ''})` : what;
}

function listed(labels: string[]): string {
  const unique = [...new Set(labels)];
  const shown = unique.slice(0, MAX_LISTED).join(', ');
  return unique.length > MAX_LISTED ? `${shown} and ${unique.length - MAX_LISTED} more` : shown;
}

function whatBroke(relevant: readonly Diagnostic[], repoRoot: string, tfVersion: string | undefined, what: string): string {
  const missing = relevant.filter((d) => d.kind === 'not-in-tensorflow' && d.symbol);
  const others = relevant.filter((d) => !missing.includes(d));
  const parts: string[] = [];
  if (missing.length > 0) {
    const names = listed(missing.map((d) => findingLabel(d, repoRoot, true)));
    const count = new Set(missing.map((d) => d.symbol)).size;
    parts.push(`${names} ${count === 1 ? 'is' : 'are'} not defined by ${tensorflowName(tfVersion)}`);
  }
  if (others.length > 0) parts.push(listed(others.map((d) => findingLabel(d, repoRoot, false))));
  // Said of the findings, not of the step: with fail-on: never a failing link still fails.
  const fails = relevant.some((d) => d.severity === 'error');
  return `${what} now ${fails ? 'fails' : 'reports'}: ${parts.join('; ')}`;
}

function fixFor(c: PinChange, facts: CauseFacts, symbols: string[], goRequired: string | undefined): string {
  if (c.subject === 'tensorflow') {
    const back = c.from !== undefined ? `Keep ${c.fromName ?? c.name} at ${c.from}` : `Pin the TensorFlow the package was written for`;
    const tf = tensorflowName(facts.tensorflowVersion ?? plainVersion(c.to));
    if (facts.builtElsewhere) return `${back}, or rebuild the file against ${tf}.`;
    const calls = symbols.length > 0 ? `change the calls to ${listed(symbols)}` : 'change the package';
    return `${back}, or ${calls} to work with ${tf}.`;
  }
  if (c.subject === 'go-bindings') {
    const tf = c.to ? tfForBindings(c.name, c.to) : undefined;
    const use = `Use a ${c.name} version made for ${tensorflowName(facts.tensorflowVersion)}`;
    return tf
      ? `${use}, or build against the TensorFlow ${c.name} ${c.to} was made for (tensorflow-version ${tf.request.text}).`
      : `${use}.`;
  }
  if (goRequired) {
    const keep = c.name === 'go' && isGoModFile(c.file) && c.from !== undefined ? `, or keep go.mod's go line at ${c.from}` : '';
    return `Install Go ${goRequired} or newer (go-version input)${keep}.`;
  }
  return c.from !== undefined
    ? `Keep ${c.name} at ${c.from}, or fix what the new version breaks.`
    : 'Check the Go version this change selects.';
}

/**
 * The finding on the changed pin line that explains the step's link/load findings, or
 * undefined when no pin changed or nothing it could explain went wrong. An error when the
 * step failed, else a warning.
 */
export function composeCauseFinding(input: CauseInput): CauseDiagnostic | undefined {
  const facts = input.facts ?? {};
  if (input.changes.length === 0) return undefined;
  const relevant = input.findings.filter((d) => CAUSE_KINDS.has(d.kind));
  const goLowText = goTooOld(input.changes, facts);
  const goLowApplies = goLowText !== undefined && input.changes.some((c) => c.subject === 'go');
  if (relevant.length === 0 && !goLowApplies) return undefined;
  const change = pickChange(input.changes, relevant, facts, goLowApplies);
  if (!change) return undefined;

  const sentences: string[] = [];
  let head = `${describeChange(change)} here`;
  const tfVersion = facts.tensorflowVersion ?? (change.subject === 'tensorflow' ? plainVersion(change.to) : undefined);
  if (relevant.length > 0) head += `; ${whatBroke(relevant, input.repoRoot, tfVersion, facts.builtElsewhere ? 'the file' : 'the build')}`;
  sentences.push(`${head}.`);
  const removal = removedByPinChange(change, relevant, facts.arch ?? process.arch);
  if (removal) {
    const uses = removal.removed.map(({ subject, finding }) =>
      findingLabel({ ...finding, symbol: subject }, input.repoRoot, true).replace(/ \(([^)]*)\)$/, ' (used at $1)'),
    );
    const list = uses.length === 1 ? uses[0]!.replace(/ \(used at ([^)]*)\)$/, ', used at $1') : listed(uses);
    sentences.push(`${removal.step} removed ${list}.`);
  }
  sentences.push(...bindingsMismatch(input.changes, facts));
  if (goLowText) sentences.push(goLowText);

  const symbols = [...new Set(relevant.filter((d) => d.kind === 'not-in-tensorflow' && d.symbol).map((d) => d.symbol!))];
  return {
    severity: input.stepFailed ? 'error' : 'warning',
    kind: 'pin-change',
    stage: 'changes',
    rank: 'first',
    title: `This pull request changed ${describeChange(change)}`,
    message: sentences.join(' '),
    fix: fixFor(change, facts, symbols, goLowText ? requiredGo(input.changes, facts) : undefined),
    locations: [{ file: path.join(input.repoRoot, ...change.file.split('/')), line: change.line }],
    change,
  };
}
