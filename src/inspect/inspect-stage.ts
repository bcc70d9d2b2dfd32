// Stage 5: the built library's ELF: who provides each undefined symbol (the loader's view),
// the exported symbols against expect-symbols, and the glibc floor (a summary line, or a
// warning when glibc-floor asks for one).
import path from 'node:path';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import type { CheckResult } from '../stage.ts';
import type { LibraryInspection } from './inspect-library.ts';
import { inspectBuiltLibrary } from './post-build.ts';
import { builtForOtherCpu } from './foreign-cpu.ts';

export interface InspectStage extends CheckResult {
  inspection: LibraryInspection;
  /** Whether the library's own RUNPATH/RPATH leads to TensorFlow's library folder. */
  runpathReachesTensorflow: boolean;
}

const STATIC_TLS_NOTE =
  'FLAGS has STATIC_TLS, as every Go c-shared library does. It only matters when a process runs out of static TLS space ("cannot load any more object with static TLS"); see golang/go#48596 and tensorflow/io#574.';

export async function inspect(inputs: Inputs, library: string, tf: TensorFlowInstall, log: Log): Promise<InspectStage> {
  const {
    inspection,
    diagnostics,
    runpathReachesTensorflow,
    notes: glibcNotes,
  } = await inspectBuiltLibrary(library, tf, inputs.expectSymbols, inputs.glibcFloor);
  const otherCpu = tf.libraries[0] ? await builtForOtherCpu(library, path.join(tf.libDir, tf.libraries[0])) : undefined;
  if (otherCpu) diagnostics.unshift(otherCpu);
  const needed = inspection.needed.join(', ') || '(none)';
  const runpath = inspection.runpath ?? inspection.rpath ?? '(none)';
  log.info(`NEEDED: ${needed}`);
  log.info(`RUNPATH: ${runpath}`);
  for (const note of glibcNotes) log.info(note);
  for (const s of inspection.symbols) log.debug(`${s.display}: ${JSON.stringify(s.resolution)}`);
  const notes = [`NEEDED: ${needed}; RUNPATH: ${runpath}`, ...glibcNotes, ...(inspection.staticTls ? [STATIC_TLS_NOTE] : [])];
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { ok, inspection, runpathReachesTensorflow, diagnostics, rawTails: [], notes };
}
