// What the C API history says about a name or header the installed TensorFlow lacks: when it was
// removed or when it first appears, and the pin that gets a TensorFlow that has it. Undefined
// when the history does not know the subject (a typo, or a name TensorFlow never exported), so
// the caller keeps its own advice for that case.
import {
  architectureHistory,
  minorOf,
  minorsExporting,
  minorsShipping,
  pythonOnlyExporters,
  recordedMinors,
  type CApiHistory,
  shippedHistory,
} from './c-api-history.ts';

export interface ReleaseChange {
  /** "TF_Log was removed in TensorFlow 2.21.0 (last in 2.20.x)" or "TF_Foo first appears in TensorFlow 2.19.0; this is 2.18.1". */
  sentence: string;
  /** The requirement that gets a TensorFlow with the subject: "tensorflow-cpu<2.21". */
  pin: string;
  /** The minors that have the subject, as "2.9–2.20". */
  span: string;
  /** The minor after the last that has the subject, when it was removed. */
  removedIn?: string;
  /** The installed minor's libraries that export the name but that a Go package cannot link (2.11's python/_pywrap_tensorflow_internal.so). */
  pythonOnly?: string[];
}

export interface InstalledTensorFlow {
  version: string;
  /** The package the pin names: tensorflow or tensorflow-cpu. */
  distribution: string;
  /** Node's process.arch (x64, arm64) or uname's (x86_64, aarch64). */
  arch: string;
}

const compareMinor = (a: string, b: string): number => {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
};

/** "2.12–2.20" for consecutive minors, "2.12–2.14, 2.17" otherwise. */
export function describeMinors(minors: readonly string[], recorded: readonly string[]): string {
  const runs: string[][] = [];
  for (const minor of minors) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous !== undefined && recorded.indexOf(previous) + 1 === recorded.indexOf(minor)) run.push(minor);
    else runs.push([minor]);
  }
  return runs.map((r) => (r.length === 1 ? r[0]! : `${r[0]}–${r.at(-1)}`)).join(', ');
}

/** The requirement that gets one of the minors `have` (ascending): "tensorflow-cpu>=2.13,<2.21". */
export function pinOf(have: readonly string[], recorded: readonly string[], distribution: string): string {
  const first = have[0]!;
  const after = recorded[recorded.indexOf(have.at(-1)!) + 1];
  const upper = after ? `<${after}` : '';
  const lower = first === recorded[0] ? '' : `>=${first}`;
  return `${distribution}${[lower, upper].filter(Boolean).join(',')}`;
}

/** "python/_pywrap_tensorflow_internal.so, a Python-only library a Go package cannot link" */
export function pythonOnlyPhrase(libraries: readonly string[]): string {
  return libraries.length === 1
    ? `${libraries[0]}, a Python-only library a Go package cannot link`
    : `${libraries.join(' and ')}, Python-only libraries a Go package cannot link`;
}

function change(
  subject: string,
  have: readonly string[],
  recorded: readonly string[],
  tf: InstalledTensorFlow,
  pythonOnly: readonly string[] = [],
): ReleaseChange | undefined {
  const installed = minorOf(tf.version);
  if (have.length === 0 || have.includes(installed)) return undefined;
  const first = have[0]!;
  const last = have.at(-1)!;
  const span = describeMinors(have, recorded);
  const after = recorded[recorded.indexOf(last) + 1];
  const pin = pinOf(have, recorded, tf.distribution);
  // Before 2.12 the C API is in the wheel, but only inside the Python extension: the name is
  // there, not where a Go package can link it.
  const only = pythonOnly.length > 0 ? { pythonOnly: [...pythonOnly] } : {};
  const where = pythonOnly.length > 0 ? `, which has it only in ${pythonOnlyPhrase(pythonOnly)}` : '';
  if (compareMinor(last, installed) < 0 && after) {
    const sentence = `${subject} was removed in TensorFlow ${after}.0 (last in ${last}.x)${where && `; this is ${tf.version}${where}`}`;
    return { sentence, pin, span, removedIn: after, ...only };
  }
  if (compareMinor(first, installed) > 0) {
    const sentence = where
      ? `${subject} is in the libraries a Go package links from TensorFlow ${first}.0 on; this is ${tf.version}${where}`
      : `${subject} first appears in TensorFlow ${first}.0; this is ${tf.version}`;
    return { sentence, pin, span, ...only };
  }
  return { sentence: `${subject} is in TensorFlow ${span}, not in ${installed} (this is ${tf.version}${where})`, pin, span, ...only };
}

/** What the history says about C API name `name` that TensorFlow `tf` does not export. */
export function nameChange(name: string, tf: InstalledTensorFlow, source: CApiHistory = shippedHistory): ReleaseChange | undefined {
  const arch = architectureHistory(tf.arch, source);
  if (!arch) return undefined;
  const pythonOnly = pythonOnlyExporters(arch, name, minorOf(tf.version), source);
  return change(name, minorsExporting(arch, name, source), recordedMinors(arch, source), tf, pythonOnly);
}

/** What the history says about `header` (tensorflow/c/logging.h) that TensorFlow `tf` does not ship. */
export function headerChange(header: string, tf: InstalledTensorFlow, source: CApiHistory = shippedHistory): ReleaseChange | undefined {
  const arch = architectureHistory(tf.arch, source);
  return arch && change(header, minorsShipping(arch, header, source), recordedMinors(arch, source), tf);
}
