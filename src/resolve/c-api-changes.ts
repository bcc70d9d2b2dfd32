// What the C API history says about a name or header the installed TensorFlow lacks: when it was
// removed or when it first appears, and the pin that gets a TensorFlow that has it. Undefined
// when the history does not know the subject (a typo, or a name TensorFlow never exported), so
// the caller keeps its own advice for that case.
import {
  architectureHistory,
  minorOf,
  minorsExporting,
  minorsShipping,
  recordedMinors,
  type CApiHistory,
  shippedHistory,
} from './c-api-history.ts';

export interface ReleaseChange {
  /** "TF_Log was removed in TensorFlow 2.21.0 (last in 2.20.x)" or "TF_Foo first appears in TensorFlow 2.19.0; this is 2.18.1". */
  sentence: string;
  /** The requirement that gets a TensorFlow with the subject: "tensorflow-cpu<2.21". */
  pin: string;
  /** The minors that have the subject, as "2.12–2.20". */
  span: string;
  /** The minor after the last that has the subject, when it was removed. */
  removedIn?: string;
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

function change(subject: string, have: readonly string[], recorded: readonly string[], tf: InstalledTensorFlow): ReleaseChange | undefined {
  const installed = minorOf(tf.version);
  if (have.length === 0 || have.includes(installed)) return undefined;
  const first = have[0]!;
  const last = have.at(-1)!;
  const span = describeMinors(have, recorded);
  const after = recorded[recorded.indexOf(last) + 1];
  const pin = pinOf(have, recorded, tf.distribution);
  if (compareMinor(last, installed) < 0 && after) {
    return { sentence: `${subject} was removed in TensorFlow ${after}.0 (last in ${last}.x)`, pin, span, removedIn: after };
  }
  if (compareMinor(first, installed) > 0) {
    return { sentence: `${subject} first appears in TensorFlow ${first}.0; this is ${tf.version}`, pin, span };
  }
  return { sentence: `${subject} is in TensorFlow ${span}, not in ${installed} (this is ${tf.version})`, pin, span };
}

/** What the history says about C API name `name` that TensorFlow `tf` does not export. */
export function nameChange(name: string, tf: InstalledTensorFlow, source: CApiHistory = shippedHistory): ReleaseChange | undefined {
  const arch = architectureHistory(tf.arch, source);
  return arch && change(name, minorsExporting(arch, name, source), recordedMinors(arch, source), tf);
}

/** What the history says about `header` (tensorflow/c/logging.h) that TensorFlow `tf` does not ship. */
export function headerChange(header: string, tf: InstalledTensorFlow, source: CApiHistory = shippedHistory): ReleaseChange | undefined {
  const arch = architectureHistory(tf.arch, source);
  return arch && change(header, minorsShipping(arch, header, source), recordedMinors(arch, source), tf);
}
