// Stage 3: the link plan (which TensorFlow libraries, -z defs, RUNPATH, the bindings link
// folder) and the CGO_* environment of the build.
import type { Diagnostic } from '../diagnostic.ts';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { ResolveStage } from '../resolve/resolve-stage.ts';
import { cgoEnvironment } from './cgo-flags.ts';
import { planLink, type LinkPlan } from './link-plan.ts';
import { chooseStubs, stubbedFlags, stubNote, type StubLink } from './stub-link.ts';

export interface FlagsStage {
  plan: LinkPlan;
  /** CGO_ENABLED, CGO_CFLAGS and CGO_LDFLAGS as the build gets them (with link-against stubs: -L<stub folder>). */
  cgoEnv: Record<string, string>;
  /** Set when cgoEnv links against stubs: they, and the environment with the real libraries. */
  stubLink?: StubLink;
  /** Names the package calls that its TensorFlow lacks, found before the build. */
  diagnostics: Diagnostic[];
  notes: string[];
}

export async function computeFlags(
  inputs: Inputs,
  resolved: Pick<ResolveStage, 'tf' | 'facts' | 'pkg'>,
  log: Log,
  env: NodeJS.ProcessEnv,
  tempDir: string,
): Promise<FlagsStage> {
  const { tf, facts, pkg } = resolved;
  const plan = await planLink({
    mode: inputs.link.mode,
    tf,
    facts,
    pkg,
    rpath: inputs.link.rpath,
    installDir: inputs.link.installDir,
    tempDir,
  });
  for (const note of plan.notes) log.info(note);
  const realCgoEnv = cgoEnvironment(plan, env);
  // The libraries linked are in CGO_LDFLAGS, which the summary shows: the note names the mode only.
  const notes = [`link-libraries: ${inputs.link.mode}`];
  let cgoEnv = realCgoEnv;
  let stubLink: StubLink | undefined;
  if (inputs.link.against === 'stubs') {
    const choice = await chooseStubs({ plan, tf, pkg, env, log });
    if (choice.use) {
      cgoEnv = cgoEnvironment(stubbedFlags(plan, tf.libDir, choice.stubs.dir), env);
      stubLink = { stubs: choice.stubs, realCgoEnv };
      notes.push(stubNote(choice.stubs));
    } else if (choice.reason) {
      log.notice(`link-against stubs: linking the real TensorFlow libraries instead, because ${choice.reason}.`);
      notes.push(`linked against the real TensorFlow libraries, not stubs: ${choice.reason}`);
    }
  }
  if (plan.linkDir) {
    const folder = stubLink ? `${stubLink.stubs.dir} (the link stubs)` : plan.linkDir;
    log.info(`-ltensorflow resolves in ${folder}: libtensorflow.so -> libtensorflow_cc.so.2`);
  }
  log.info(`CGO_CFLAGS: ${cgoEnv.CGO_CFLAGS}`);
  log.info(`CGO_LDFLAGS: ${cgoEnv.CGO_LDFLAGS}`);
  return { plan, cgoEnv, ...(stubLink ? { stubLink } : {}), diagnostics: plan.diagnostics, notes };
}
