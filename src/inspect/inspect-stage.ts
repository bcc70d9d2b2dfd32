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
import { readTls, type TlsInfo } from '../elf/elf.ts';
import { describeTls, staticTlsFinding } from './static-tls.ts';
import { builtForOtherCpu } from './foreign-cpu.ts';

export interface InspectStage extends CheckResult {
  inspection: LibraryInspection;
  /** Whether the library's own RUNPATH/RPATH leads to TensorFlow's library folder. */
  runpathReachesTensorflow: boolean;
  /** Its PT_TLS size and TLS symbols; undefined when they could not be read. */
  tls?: TlsInfo;
}

export interface InspectRequest {
  inputs: Inputs;
  /** The built shared object. */
  library: string;
  tf: TensorFlowInstall;
  log: Log;
}

export async function inspect({ inputs, library, tf, log }: InspectRequest): Promise<InspectStage> {
  const {
    inspection,
    diagnostics,
    runpathReachesTensorflow,
    notes: glibcNotes,
  } = await inspectBuiltLibrary(library, tf, inputs.expectSymbols, inputs.glibcFloor);
  const otherCpu = tf.libraries[0] ? await builtForOtherCpu(library, path.join(tf.dir, tf.libraries[0])) : undefined;
  if (otherCpu) diagnostics.unshift(otherCpu);
  const needed = inspection.needed.join(', ') || '(none)';
  const runpath = inspection.runpath ?? inspection.rpath ?? '(none)';
  log.info(`NEEDED: ${needed}`);
  log.info(`RUNPATH: ${runpath}`);
  for (const note of glibcNotes) log.info(note);
  for (const s of inspection.symbols) log.debug(`${s.display}: ${JSON.stringify(s.resolution)}`);
  // No note on STATIC_TLS alone: every Go c-shared library has it; the TLS size says whether it matters.
  const tls = await readTls(library).catch(() => undefined);
  const tlsLine = tls ? `static TLS: ${describeTls(tls)}` : undefined;
  if (tlsLine) log.info(tlsLine);
  const tlsFinding = tls && inspection.staticTls ? staticTlsFinding(tls, path.basename(library)) : undefined;
  const found = tlsFinding ? [...diagnostics, tlsFinding] : diagnostics;
  const notes = [`NEEDED: ${needed}; RUNPATH: ${runpath}`, ...glibcNotes, ...(tlsLine ? [tlsLine] : [])];
  const ok = !found.some((d) => d.severity === 'error');
  return { ok, inspection, runpathReachesTensorflow, diagnostics: found, rawTails: [], notes, ...(tls ? { tls } : {}) };
}
