// The last step of a run in a pull request: the version pin change behind the findings, as a
// finding of its own ahead of them ("2.20 → 2.21 removed TF_Log"), and the pin's origin in the
// findings it explains. Shared by the build (pipeline.ts) and a file built elsewhere.
import type { Diagnostic } from '../diagnostic.ts';
import type { Log } from '../log.ts';
import type { FailOn } from '../inputs.ts';
import { blameChange } from '../changes/blame.ts';
import type { PrChanges } from '../changes/pr-changes.ts';
import { withPinOrigin } from './advice.ts';

export interface PinCauseRequest {
  changes: PrChanges;
  findings: Diagnostic[];
  /** Whether the findings fail the step (fail-on): the pin-change finding only explains them. */
  failed: boolean;
  failOn: FailOn;
  tensorflowVersion: string;
  /** Undefined when no Go was set up (a file built elsewhere). */
  goVersion?: string;
  goMod?: string;
  builtElsewhere?: boolean;
  log: Log;
}

/** The findings, with the pin-change finding first when a pin the pull request moved explains them. */
export async function withPinCause(request: PinCauseRequest): Promise<Diagnostic[]> {
  const { changes, findings, log } = request;
  if (changes.reason)
    log.notice(
      `tf-cgo-verify did not compare version pins with the pull request's base: ${changes.reason}.${changes.hint ? ` ${changes.hint}` : ''}`,
    );
  const cause = await blameChange({
    changes,
    findings,
    // fail-on: never keeps the step green: the pin then gets a warning, not an error.
    stepFailed: request.failed && request.failOn !== 'never',
    tensorflowVersion: request.tensorflowVersion,
    ...(request.goVersion ? { goVersion: request.goVersion } : {}),
    ...(request.goMod ? { goMod: request.goMod } : {}),
    ...(request.builtElsewhere ? { builtElsewhere: true } : {}),
  });
  return cause ? [cause, ...withPinOrigin(findings, cause.change)] : findings;
}
