// What a verify run returns, whether it built the package (src/pipeline.ts) or checked a file
// built elsewhere (src/library-pipeline.ts): the front ends hand it to src/outputs.ts.
import type { Inputs } from './inputs.ts';
import { isAtLeast, type Diagnostic, type Severity } from './diagnostic.ts';
import type { RawTail, StageRecord } from './stage.ts';
import type { CacheState } from './cache-state.ts';
import type { GoSetupResult } from './setup/go-setup.ts';
import type { TfSetupResult } from './setup/tf-install.ts';
import type { TensorFlowInstall } from './resolve/tensorflow.ts';
import type { GoPackage } from './resolve/go-package.ts';
import type { LinkPlan } from './flags/link-plan.ts';
import type { LibraryInspection } from './inspect/inspect-library.ts';
import type { PrChanges } from './changes/pr-changes.ts';
import type { OtherVersionResult } from './smoke/other-versions.ts';
import type { PrestartedImport } from './smoke/prestart.ts';

export interface PipelineResult {
  passed: boolean;
  diagnostics: Diagnostic[];
  stages: StageRecord[];
  /** The run's wall time: less than the stages' times added up, as some overlap. */
  wallMs?: number;
  rawTails: RawTail[];
  /** Facts for the summary: how it was linked, RUNPATH, static TLS. */
  notes: string[];
  tf: TensorFlowInstall;
  /** The interpreter used: the given one, or the action's TensorFlow virtualenv. */
  python: string;
  /** Go, the package and the link plan: undefined when `library` names a file built elsewhere. */
  goSetup?: GoSetupResult;
  tfSetup: TfSetupResult;
  pkg?: GoPackage;
  plan?: LinkPlan;
  cgoEnv: Record<string, string>;
  /** The built library, when the build succeeded; the `library` input's file. */
  sharedObject?: string;
  /** The shared object is the `library` input's, built elsewhere: nothing was built. */
  builtElsewhere?: boolean;
  /** The package's C/C++ objects came from Go's build cache: no compiler warnings were printed this run. */
  objectsFromCache?: boolean;
  inspection?: LibraryInspection;
  /** load-on-tensorflow: how the library loaded under each other TensorFlow version. */
  otherVersions?: OtherVersionResult[];
  /** The TensorFlow versions the library loads on by the names it uses (the C API history). */
  tensorflowRange?: string;
  /** In a pull request: the version pins it changed, or why they could not be compared. */
  changes?: PrChanges;
  /**
   * The caches to save after a successful job, when the cache input is not off: the action
   * passes this to its post step (src/post.ts), the CLI saves at the end of its run.
   */
  cacheState?: CacheState;
}

export interface PipelineOptions {
  env?: NodeJS.ProcessEnv;
  /** Called once Go is set up: the action puts it on PATH for the job's later steps. */
  onGoReady?: (go: GoSetupResult) => void;
  /** The after-import Python the front end started before setup (src/smoke/prestart.ts). */
  prestarted?: PrestartedImport;
}

export function failThreshold(failOn: Inputs['failOn']): Severity {
  return failOn === 'warning' ? 'warning' : 'error';
}

export function hasFailures(diagnostics: readonly Diagnostic[], failOn: Inputs['failOn']): boolean {
  const threshold = failThreshold(failOn);
  return diagnostics.some((d) => isAtLeast(d.severity, threshold));
}
