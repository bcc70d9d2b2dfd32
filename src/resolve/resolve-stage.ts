// Stage 2: the TensorFlow the interpreter has (found without importing it), the Go version,
// the package (go list) and its C.<name> references (the Go tokenizer).
import path from 'node:path';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import { describePackage, type GoPackage } from '../build/go-package.ts';
import { scanCgoPackage, type CgoPackageFacts } from './cgo-source.ts';
import { goVersionOf } from './go.ts';
import { locateTensorFlow, type TensorFlowInstall } from './tensorflow.ts';

export interface ResolveStage {
  tf: TensorFlowInstall;
  goVersion: string;
  pkg: GoPackage;
  facts: CgoPackageFacts;
}

export async function resolve(inputs: Inputs, python: string, log: Log, env: NodeJS.ProcessEnv): Promise<ResolveStage> {
  // Independent probes: run them side by side.
  const [tf, goVersion, pkg] = await Promise.all([
    locateTensorFlow(python, env),
    goVersionOf(env),
    describePackage(inputs.workingDirectory, inputs.packagePath, inputs.buildFlags, env),
  ]);
  log.info(`TensorFlow ${tf.version} (${tf.distribution}) at ${tf.dir}`);
  log.info(`Python ${tf.pythonVersion} (${tf.pythonExecutable}), Go ${goVersion}`);
  log.info(`Package ${pkg.importPath} in ${pkg.dir}; cgo files: ${pkg.cgoFiles.map((f) => path.basename(f)).join(', ')}`);
  const facts = await scanCgoPackage(pkg.dir, pkg.cgoFiles);
  return { tf, goVersion, pkg, facts };
}
