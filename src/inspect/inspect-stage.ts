// Stage 5: the built library's ELF: who provides each undefined symbol (the loader's view),
// the exported symbols against expect-symbols, and the glibc floor (a summary line, or a
// warning when glibc-floor asks for one).
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import type { CheckResult } from '../stage.ts';
import type { LibraryInspection } from './inspect-library.ts';
import { inspectBuiltLibrary } from './post-build.ts';

export interface InspectStage extends CheckResult {
  inspection: LibraryInspection;
  /** Whether the library's own RUNPATH/RPATH leads to TensorFlow's library folder. */
  runpathReachesTensorflow: boolean;
}

export async function inspect(inputs: Inputs, library: string, tf: TensorFlowInstall, log: Log): Promise<InspectStage> {
  const {
    inspection,
    diagnostics,
    runpathReachesTensorflow,
    notes: glibcNotes,
  } = await inspectBuiltLibrary(library, tf, inputs.expectSymbols, inputs.glibcFloor);
  const needed = inspection.needed.join(', ') || '(none)';
  const runpath = inspection.runpath ?? inspection.rpath ?? '(none)';
  log.info(`NEEDED: ${needed}`);
  log.info(`RUNPATH: ${runpath}`);
  for (const note of glibcNotes) log.info(note);
  for (const s of inspection.symbols) log.debug(`${s.display}: ${JSON.stringify(s.resolution)}`);
  // No note on STATIC_TLS: every Go c-shared library has it; a load that runs out of static
  // TLS is a finding of its own.
  const notes = [`NEEDED: ${needed}; RUNPATH: ${runpath}`, ...glibcNotes];
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { ok, inspection, runpathReachesTensorflow, diagnostics, rawTails: [], notes };
}
