// Stage 2: the TensorFlow the interpreter has (found without importing it), the package (go list) and its C.<name> references (the Go tokenizer).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { olderBindingsNotice } from '../setup/tf-version.ts';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import { describePackage, type GoPackage } from './go-package.ts';
import { scanCgoPackage, type CgoPackageFacts } from './cgo-source.ts';
import { locateTensorFlow, type TensorFlowInstall } from './tensorflow.ts';
import { readGoEnv, type GoEnv } from './go.ts';
import { readLinkLine, type LinkLine } from '../link-line/link-line.ts';
import { readDeclaredRange, type DeclaredRange } from './declared-range.ts';

export interface ResolveStage {
  tf: TensorFlowInstall;
  pkg: GoPackage;
  facts: CgoPackageFacts;
  goEnv: GoEnv;
  /** The package's #cgo directives and the user's CGO_* words, for the target: every later stage reads the link line here. */
  linkLine: LinkLine;
  /** The TensorFlow versions the project declares its library supports (supported-tensorflow). */
  declaredRange?: DeclaredRange;
}

/** The run's link line, before the action adds to it: the user's CGO_* variables and the package's #cgo lines that apply to GOOS/GOARCH. */
export function userLinkLine(facts: CgoPackageFacts, goEnv: GoEnv, env: NodeJS.ProcessEnv): LinkLine {
  return readLinkLine({
    sources: facts,
    cgoLdflags: env.CGO_LDFLAGS,
    cgoCompileFlags: [env.CGO_CPPFLAGS ?? '', env.CGO_CFLAGS ?? '', env.CGO_CXXFLAGS ?? ''],
    ...(goEnv.goos && goEnv.goarch ? { goos: goEnv.goos, goarch: goEnv.goarch } : {}),
  });
}

/** A notice when go.mod's Go bindings are much older than the TensorFlow in use (tfgo, graft pins lag). */
export async function noticeOlderBindings(pkg: Pick<GoPackage, 'module'>, tf: Pick<TensorFlowInstall, 'version'>, log: Log): Promise<void> {
  const goMod = pkg.module?.goMod;
  const text = goMod ? await readFile(goMod, 'utf8').catch(() => undefined) : undefined;
  const notice = text === undefined ? undefined : olderBindingsNotice(text, 'go.mod', tf.version);
  if (notice) log.notice(notice);
}

/** The log's lines on the TensorFlow in use and its interpreter. */
export function logTensorflow(tf: TensorFlowInstall, log: Log): void {
  log.info(`TensorFlow ${tf.version} (${tf.distribution}) at ${tf.dir}`);
  log.info(`Python ${tf.pythonVersion} (${tf.pythonExecutable})`);
}

/** TensorFlow and `go env`, probed side by side with `packages` (go list, already started), and logged. */
export async function probeBeside<T>(
  { inputs, python, log, env }: ResolveRequest,
  packages: Promise<T>,
): Promise<{ tf: TensorFlowInstall; goEnv: GoEnv; packages: T }> {
  const [tf, goEnv, described] = await Promise.all([locateTensorFlow(python, env), readGoEnv(inputs.workingDirectory, env), packages]);
  logTensorflow(tf, log);
  return { tf, goEnv, packages: described };
}

export interface ResolveRequest {
  inputs: Inputs;
  /** The interpreter setup chose. */
  python: string;
  log: Log;
  env: NodeJS.ProcessEnv;
}

export async function resolve(request: ResolveRequest): Promise<ResolveStage> {
  const { inputs, log, env } = request;
  const described = describePackage(inputs.workingDirectory, inputs.packagePath, inputs.buildFlags, env);
  const { tf, goEnv, packages: pkg } = await probeBeside(request, described);
  log.info(`Package ${pkg.importPath} in ${pkg.dir}; cgo files: ${pkg.cgoFiles.map((f) => path.basename(f)).join(', ')}`);
  await noticeOlderBindings(pkg, tf, log);
  const [facts, declaredRange] = await Promise.all([
    scanCgoPackage(pkg.dir, pkg.cgoFiles),
    readDeclaredRange(inputs.supportedTensorflow, [pkg.dir, inputs.workingDirectory, inputs.workspace]),
  ]);
  if (declaredRange) log.info(`Declared TensorFlow range: ${declaredRange.specifier}`);
  return { tf, pkg, facts, goEnv, linkLine: userLinkLine(facts, goEnv, env), ...(declaredRange ? { declaredRange } : {}) };
}
