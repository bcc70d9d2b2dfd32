// Stage 2: the TensorFlow the interpreter has (found without importing it), the package (go list) and its C.<name> references (the Go tokenizer).
import path from 'node:path';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import { describePackage, type GoPackage } from '../build/go-package.ts';
import { scanCgoPackage, type CgoPackageFacts } from './cgo-source.ts';
import { locateTensorFlow, type TensorFlowInstall } from './tensorflow.ts';

export interface ResolveStage {
  tf: TensorFlowInstall;
  pkg: GoPackage;
  facts: CgoPackageFacts;
}

/** TensorFlow, probed side by side with `packages` (go list, already started), and logged. */
export async function probeBeside<T>(
  python: string,
  log: Log,
  env: NodeJS.ProcessEnv,
  packages: Promise<T>,
): Promise<{ tf: TensorFlowInstall; packages: T }> {
  const [tf, described] = await Promise.all([locateTensorFlow(python, env), packages]);
  log.info(`TensorFlow ${tf.version} (${tf.distribution}) at ${tf.dir}`);
  log.info(`Python ${tf.pythonVersion} (${tf.pythonExecutable})`);
  return { tf, packages: described };
}

export async function resolve(inputs: Inputs, python: string, log: Log, env: NodeJS.ProcessEnv): Promise<ResolveStage> {
  const described = describePackage(inputs.workingDirectory, inputs.packagePath, inputs.buildFlags, env);
  const { tf, packages: pkg } = await probeBeside(python, log, env, described);
  log.info(`Package ${pkg.importPath} in ${pkg.dir}; cgo files: ${pkg.cgoFiles.map((f) => path.basename(f)).join(', ')}`);
  const facts = await scanCgoPackage(pkg.dir, pkg.cgoFiles);
  return { tf, pkg, facts };
}
