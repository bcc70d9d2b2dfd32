// The step's side of "blame the change": gathers what the cause finding needs to know about
// the run (TensorFlow and Go versions, the `go` line of the package's go.mod) and composes it.
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostic.ts';
import { goVersionLines } from '../setup/go-version.ts';
import { composeCauseFinding, type CauseDiagnostic } from './cause.ts';
import type { PrChanges } from './pr-changes.ts';

export interface BlameInput {
  changes: PrChanges;
  /** The step's findings after postprocessing. */
  findings: readonly Diagnostic[];
  stepFailed: boolean;
  /** The TensorFlow built against, e.g. "2.21.0". */
  tensorflowVersion: string;
  /** The Go that built it; undefined for a file built elsewhere. */
  goVersion?: string;
  /** Absolute path of the package's go.mod, when it is in a module. */
  goMod?: string;
  /** The file was built elsewhere (the library input). */
  builtElsewhere?: boolean;
}

async function goLineOf(goMod: string | undefined): Promise<string | undefined> {
  if (!goMod) return undefined;
  const text = await readFile(goMod, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : goVersionLines(goMod, text).find((l) => l.key === 'go')?.version;
}

/** The pin-change finding for the step, or undefined outside a PR, with no pin changed or nothing broken. */
export async function blameChange(input: BlameInput): Promise<CauseDiagnostic | undefined> {
  const { changes, repoRoot } = input.changes;
  if (!repoRoot || changes.length === 0) return undefined;
  const goModGo = await goLineOf(input.goMod);
  return composeCauseFinding({
    changes,
    findings: input.findings,
    stepFailed: input.stepFailed,
    repoRoot,
    facts: {
      tensorflowVersion: input.tensorflowVersion,
      ...(input.goVersion ? { goVersion: input.goVersion } : {}),
      ...(goModGo ? { goModGo } : {}),
      ...(input.builtElsewhere ? { builtElsewhere: true } : {}),
    },
  });
}
