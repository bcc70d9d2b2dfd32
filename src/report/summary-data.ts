// What the job summary is rendered from.
import type { Diagnostic } from '../diagnostic.ts';
import type { StageRecord } from '../stage.ts';
import type { ChangesSectionData } from './changes-section.ts';
import type { OtherVersionResult } from '../smoke/other-versions.ts';

export interface SummaryData {
  result: 'passed' | 'failed';
  diagnostics: readonly Diagnostic[];
  workspace: string;
  /** `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}`: see repoBlobUrl. */
  repoUrl?: string;
  versions: { go?: string; tensorflow?: string; python?: string };
  flags: { cgoCflags?: string; cgoLdflags?: string };
  stages: StageRecord[];
  /** The run's wall time; stages that overlap add up to more. */
  wallMs?: number;
  sharedObject?: string;
  /** The shared object is the `library` input's, built elsewhere: checked, not built. */
  builtElsewhere?: boolean;
  /** Raw tool output, e.g. the last 200 lines of a failing go build. */
  rawTail?: { title: string; text: string }[];
  notes?: string[];
  /** The package's C/C++ objects came from Go's build cache, so their compiler warnings were not printed this run. */
  objectsFromCache?: boolean;
  /** "loads on TensorFlow 2.12–2.21 by the 12 TensorFlow C API names it uses", from the C API history. */
  tensorflowRange?: string;
  /** load-on-tensorflow: how the library loaded under each other TensorFlow version. */
  otherVersions?: OtherVersionResult[];
  /** The version pins a pull request changed (or why they could not be compared). */
  changes?: ChangesSectionData;
  /** Findings (or further places of findings) that got no annotation: the limit note shows only then. */
  unannotated?: number;
}
