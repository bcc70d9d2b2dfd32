// The step after the stages: one finding per problem, the TensorFlow library that defines
// each missing symbol, the Go source line behind each finding, C++ names demangled, and many
// symbols of one unlinked library as one root cause, and a compiler warning repeated at
// many places (a deprecated name's uses) as one finding.
import path from 'node:path';
import type { Diagnostic, Location } from '../diagnostic.ts';
import { withProviders } from '../inspect/providers.ts';
import { tensorflowLibraries } from '../resolve/tensorflow.ts';
import type { CgoPackageFacts } from '../resolve/cgo-source.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import type { LinkLine } from '../link-line/link-line.ts';
import { absentNamesAsFacts, missingLibraryFacts } from './advice.ts';
import { dropRepeatsOfNotInTensorflow } from './dedupe.ts';
import { addDemangledNames } from './demangle.ts';
import { mapToSource } from './map-to-source.ts';
import { collapseByLibrary } from './root-cause.ts';
import { explainMissingHeaders } from './missing-header.ts';
import { placeModuleInitFindings } from './extension-module.ts';
import { preambleCalls } from '../flags/link-plan.ts';
import { explainAbiMismatch } from './cxx-abi.ts';
import { groupCompilerWarnings } from './compiler-warnings.ts';

export interface PostprocessContext {
  /** site-packages/tensorflow, where the TensorFlow libraries are. */
  tfDir: string;
  tensorflowVersion: string;
  /** Where the package's C/C++ code references missing symbols (a -z defs relink), for the root-cause finding. */
  referenceSites?: readonly Location[];
  /** TensorFlow's -D_GLIBCXX_USE_CXX11_ABI. */
  cxx11AbiFlag?: 0 | 1;
  facts: CgoPackageFacts;
  /** The package folder relative tool paths are resolved against. */
  packageDir: string;
  /** Library arguments the action added to CGO_LDFLAGS (-l without the -l). */
  computedLibraries: readonly string[];
  /** For advice from facts (advice.ts): the TensorFlow, the names none of its libraries exports. */
  tf?: TensorFlowInstall;
  notInTensorflow?: readonly string[];
  /** The link line of the build (the flags stage's), for advice on a missing library. */
  linkLine: LinkLine;
  workspace?: string;
}

export async function postprocess(diagnostics: Diagnostic[], context: PostprocessContext): Promise<Diagnostic[]> {
  const withLibraries = await withProviders(diagnostics, tensorflowLibraries(context.tfDir));
  const facts = context.tf
    ? await absentNamesAsFacts(withLibraries, { tf: context.tf, facts: context.facts, notInTensorflow: context.notInTensorflow ?? [] })
    : withLibraries;
  const deduped = explainMissingHeaders(dropRepeatsOfNotInTensorflow(facts), {
    includeDir: path.join(context.tfDir, 'include'),
    tensorflowVersion: context.tensorflowVersion,
    ...(context.tf?.pythonIncludeDir ? { pythonIncludeDir: context.tf.pythonIncludeDir } : {}),
    distribution: context.tf?.distribution,
    arch: process.arch,
    calls: [...context.facts.files.flatMap((f) => f.refs.filter((r) => r.call).map((r) => r.name)), ...preambleCalls(context.facts)],
  });
  const placed = placeModuleInitFindings(deduped, context.facts, context.tf?.extensionSuffixes);
  const mapped = mapToSource(placed, context.facts, {
    packageDir: context.packageDir,
    computedLibraries: context.computedLibraries,
  });
  const grouped = groupCompilerWarnings(mapped, context.packageDir);
  const advised = await missingLibraryFacts(grouped, { linkLine: context.linkLine, workspace: context.workspace });
  const demangled = await addDemangledNames(advised);
  const abi =
    context.cxx11AbiFlag === undefined
      ? demangled
      : explainAbiMismatch(demangled, context.facts, context.cxx11AbiFlag, context.tensorflowVersion);
  return collapseByLibrary(abi, context.computedLibraries, context.referenceSites);
}
