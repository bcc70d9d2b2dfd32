// An extension module's default file name. Python imports <name><suffix> as the module <name>
// and calls PyInit_<name>; the default lib<folder>.so names no module at all. With no `output`
// given, the library is named after the package's `//export PyInit_<name>`, with the
// interpreter's own suffix (its EXT_SUFFIX, .cpython-311-x86_64-linux-gnu.so), as setuptools
// names an extension: `import <name>` then works with default inputs.
import path from 'node:path';
import type { Inputs } from '../inputs.ts';
import type { CgoPackageFacts } from '../resolve/cgo-source.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import { moduleInitExports } from '../resolve/extension-module.ts';

export interface ModuleOutput {
  output: string;
  /** For the log: the file name and where it comes from. */
  why: string;
}

/** The module's file when `output` was not given and the package exports one PyInit_; else undefined. */
export function moduleOutput(
  inputs: Pick<Inputs, 'output' | 'outputGiven'>,
  facts: CgoPackageFacts,
  tf: Pick<TensorFlowInstall, 'extensionSuffixes'>,
): ModuleOutput | undefined {
  if (inputs.outputGiven) return undefined;
  const exports = moduleInitExports(facts);
  const modules = [...new Set(exports.map((e) => e.module))];
  // None, or several: the default name stays, and the findings on the file name say why it fails.
  if (modules.length !== 1) return undefined;
  const [module] = modules as [string];
  const suffix = tf.extensionSuffixes?.[0] ?? '.so';
  const at = exports[0]!.location;
  return {
    output: path.join(path.dirname(inputs.output), `${module}${suffix}`),
    why: `${module}${suffix}, the module's name, from //export PyInit_${module} at ${path.basename(at.file)}:${at.line ?? ''}, with the interpreter's suffix ${suffix}; set output to choose another`,
  };
}
