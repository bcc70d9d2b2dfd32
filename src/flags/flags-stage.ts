// Stage 3: the link plan (which TensorFlow libraries, -z defs, RUNPATH, the bindings link
// folder) and the CGO_* environment of the build.
import type { Diagnostic } from '../diagnostic.ts';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { ResolveStage } from '../resolve/resolve-stage.ts';
import { cgoEnvironment } from './cgo-flags.ts';
import { planLink, type LinkPlan } from './link-plan.ts';

export interface FlagsStage {
  plan: LinkPlan;
  /** CGO_ENABLED, CGO_CFLAGS and CGO_LDFLAGS as the build gets them. */
  cgoEnv: Record<string, string>;
  /** Names the package calls that its TensorFlow lacks, found before the build. */
  diagnostics: Diagnostic[];
  notes: string[];
}

export async function computeFlags(inputs: Inputs, resolved: Pick<ResolveStage, 'tf' | 'facts' | 'pkg'>, log: Log, env: NodeJS.ProcessEnv, tempDir: string): Promise<FlagsStage> {
  const { tf, facts, pkg } = resolved;
  const plan = await planLink({ mode: inputs.link.mode, tf, facts, pkg, rpath: inputs.link.rpath, installDir: inputs.link.installDir, tempDir });
  for (const note of plan.notes) log.info(note);
  const cgoEnv = cgoEnvironment(plan, env);
  log.info(`CGO_CFLAGS: ${cgoEnv.CGO_CFLAGS}`);
  log.info(`CGO_LDFLAGS: ${cgoEnv.CGO_LDFLAGS}`);
  const linked = plan.computedLibraries.length ? ` (linked ${plan.computedLibraries.map((l) => `-l${l}`).join(' ')})` : '';
  return { plan, cgoEnv, diagnostics: plan.diagnostics, notes: [`link-libraries: ${inputs.link.mode}${linked}`] };
}
