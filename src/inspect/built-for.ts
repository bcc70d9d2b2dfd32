// Which TensorFlow a library built elsewhere (the library input) was built for, told from the
// names it uses and the C API history: a C API library by the minors that export every
// TensorFlow C API name it uses; a C++ kernel by its abseil LTS namespace, which changes from
// minor to minor. When the installed TensorFlow is not among them, one finding says which
// versions the file was built for, which one is installed, and what to do.
import type { Diagnostic } from '../diagnostic.ts';
import {
  architectureHistory,
  librariesAbsentIn,
  minorOf,
  minorsWithAbseil,
  recordedMinors,
  type ArchitectureHistory,
} from '../resolve/c-api-history.ts';
import { describeMinors, nameChange, pinOf } from '../resolve/c-api-changes.ts';
import { minorsHolding, tensorflowNamesOf } from './tensorflow-range.ts';
import { abseilNamespaceOf } from '../elf/elf.ts';

export interface BuiltForRequest {
  /** The file's undefined dynamic symbols (bare names). */
  undefinedNames: readonly string[];
  tf: { version: string; distribution: string };
  /** Node's process.arch of the TensorFlow. */
  arch: string;
  /** The file's name, for the finding's title. */
  library: string;
}

export interface BuiltFor {
  /** For the log and the summary: "built for TensorFlow 2.12–2.20 by the 2 TensorFlow C API names it uses". */
  line: string;
  /** An error when the installed TensorFlow is not one the file was built for. */
  diagnostic?: Diagnostic;
  /** The names that installed TensorFlow lacks: the loader's failures they cause repeat the finding. */
  explains: string[];
}

function mismatch(request: BuiltForRequest, builtFor: string, message: string, fix: string, explains: string[]): Diagnostic {
  return {
    severity: 'error',
    kind: 'built-for-other-tensorflow',
    stage: 'inspect',
    title: `${request.library} was built for TensorFlow ${builtFor}; this is ${request.tf.version}`,
    message,
    fix,
    ...(explains[0] ? { symbol: explains[0] } : {}),
  };
}

/** A C++ kernel: the minors whose abseil namespace its names carry. */
function kernelBuiltFor(kernelNames: readonly string[], request: BuiltForRequest, arch: ArchitectureHistory): BuiltFor {
  const recorded = recordedMinors(arch);
  const installed = minorOf(request.tf.version);
  const ours = arch.releases[installed]?.abseil;
  const abseilNames = kernelNames.filter((n) => abseilNamespaceOf(n) !== undefined);
  const namespace = abseilNames[0] && abseilNamespaceOf(abseilNames[0]);
  const count = kernelNames.length === 1 ? '1 C++ name' : `${kernelNames.length} C++ names`;
  const kind = `a C++ kernel library (${count} of TensorFlow or abseil)`;
  if (!namespace) {
    return {
      line: `${kind}: bound to the TensorFlow minor it was built against, which its names do not tell (no abseil names)`,
      explains: [],
    };
  }
  const minors = minorsWithAbseil(arch, namespace);
  const span = minors.length > 0 ? describeMinors(minors, recorded) : undefined;
  const line = span
    ? `built for TensorFlow ${span}: ${kind} against abseil ${namespace}`
    : `${kind} against abseil ${namespace}, which no TensorFlow ${describeMinors(recorded, recorded)} uses: built for a TensorFlow outside the C API history`;
  if (namespace === ours) return { line, explains: [] };
  const pin = minors.length > 0 ? ` (pin ${request.tf.distribution}~=${minors.at(-1)}.0)` : '';
  const message =
    `It uses abseil ${namespace}${span ? `, the abseil of TensorFlow ${span}` : ''}; TensorFlow ${request.tf.version} has abseil ${ours ?? 'of another namespace'}. ` +
    `A C++ kernel loads only on the TensorFlow minor it was built against, so loading it here fails with "undefined symbol" on a C++ name such as ${abseilNames[0]}.`;
  const fix = `Use the file with TensorFlow ${span ?? 'the minor it was built against'}${pin}, or rebuild it against TensorFlow ${installed}; ship one build per TensorFlow minor (mode: matrix), as tensorflow-io does.`;
  return { line, diagnostic: mismatch(request, span ?? `abseil ${namespace}`, message, fix, abseilNames), explains: abseilNames };
}

/** A C API library: the minors that export every TensorFlow C API name it uses. */
function cApiBuiltFor(names: readonly string[], request: BuiltForRequest, arch: ArchitectureHistory): BuiltFor {
  const recorded = recordedMinors(arch);
  const { have, holds } = minorsHolding(arch, names);
  const counted = `the ${names.length} TensorFlow C API ${names.length === 1 ? 'name' : 'names'} it uses`;
  const span = describeMinors(holds, recorded);
  const line = span ? `built for TensorFlow ${span} by ${counted}` : `no recorded TensorFlow exports all ${counted}`;
  const installed = minorOf(request.tf.version);
  if (holds.length === 0 || holds.includes(installed)) return { line, explains: [] };
  const absent = names.filter((n) => !have.get(n)!.has(installed));
  const tf = { ...request.tf, arch: request.arch };
  const sentences = absent.map((n) => nameChange(n, tf)?.sentence ?? `${n} is not in TensorFlow ${installed}`);
  // Before 2.12 the wheel has no libtensorflow_cc.so.2: the load fails for the file, not a name.
  const noFile = [...new Set(absent.flatMap((n) => librariesAbsentIn(arch, n, installed)))];
  const failure =
    noFile.length > 0
      ? `TensorFlow ${request.tf.version} has no ${noFile.join(' or ')}, so the file does not load with it`
      : `With TensorFlow ${request.tf.version} installed, loading it fails with "undefined symbol: ${absent[0]}"`;
  const message = `By ${counted}, the file loads on TensorFlow ${span}: ${sentences.join('; ')}. ${failure}.`;
  const fix = `Use the file with TensorFlow ${span} (pin ${pinOf(holds, recorded, request.tf.distribution)}), or rebuild it against TensorFlow ${installed} without ${absent.join(', ')}.`;
  return { line, diagnostic: mismatch(request, span, message, fix, absent), explains: absent };
}

/** What the file's names say of the TensorFlow it was built for, and a finding when it is not the installed one. */
export function builtFor(request: BuiltForRequest): BuiltFor {
  const arch = architectureHistory(request.arch);
  if (!arch) return { line: `the C API history has no ${request.arch} entry: the TensorFlow it was built for is not known`, explains: [] };
  const { kernelNames, cApiNames: names } = tensorflowNamesOf(request.undefinedNames);
  if (kernelNames.length > 0) return kernelBuiltFor(kernelNames, request, arch);
  if (names.length === 0) return { line: 'uses no TensorFlow name: built for any TensorFlow, by the names it uses', explains: [] };
  return cApiBuiltFor(names, request, arch);
}
