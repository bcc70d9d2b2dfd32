// A library cross-built for arm64 that an x86-64 Python would load: the loader says "cannot
// open shared object file: No such file or directory" for a file that is there. The finding
// names the file and both CPUs (build/foreign-link-inputs.ts does the same for the link's inputs).
import type { Diagnostic } from '../diagnostic.ts';
import { machineName, objectMachine } from '../elf/elf.ts';

/**
 * A finding when the built library is for another CPU than the TensorFlow library that
 * Python loads next to it: a cross-build (GOARCH and CC set for another machine). The load
 * then fails with "cannot open shared object file", which names no CPU.
 */
export async function builtForOtherCpu(library: string, tensorflowLibrary: string): Promise<Diagnostic | undefined> {
  const [built, tf] = await Promise.all([objectMachine(library), objectMachine(tensorflowLibrary)]);
  if (built === undefined || tf === undefined || built === tf) return undefined;
  return {
    severity: 'error',
    kind: 'wrong-cpu',
    stage: 'inspect',
    title: `The library is built for ${machineName(built)}, but TensorFlow here is ${machineName(tf)}`,
    message:
      `${library} is built for ${machineName(built)}, but the TensorFlow that Python loads it with (${tensorflowLibrary}) is ${machineName(tf)}: ` +
      `the loader will not open it and says "cannot open shared object file", although the file is there.`,
    fix: `Build for this machine (unset GOARCH and CC, or set them for ${machineName(tf)}), or run the load check on a ${machineName(built)} runner.`,
  };
}
