// Stage 3: the link plan (which TensorFlow libraries, -z defs, RUNPATH, the bindings link
// folder) and the CGO_* environment of the build.
import type { Diagnostic } from '../diagnostic.ts';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { ResolveStage } from '../resolve/resolve-stage.ts';
import { cgoEnvironment } from './cgo-flags.ts';
import { planLink, type LinkPlan } from './link-plan.ts';
import { compiledUndefinedSymbols } from './compiled-objects.ts';
import { C_NAME } from '../stubs/spec.ts';
import { chooseStubs, stubbedFlags, stubNote, type StubLink } from '../stubs/link.ts';

export interface FlagsStage {
  plan: LinkPlan;
  /** CGO_ENABLED, CGO_CFLAGS and CGO_LDFLAGS as the build gets them (with link-against stubs: -L<stub folder>). */
  cgoEnv: Record<string, string>;
  /** Set when cgoEnv links against stubs: they, and the environment with the real libraries. */
  stubLink?: StubLink;
  /** What compiling the package for its objects printed (compiler warnings), for the build's parser. */
  compileOutput?: string;
  /** Names the package calls that its TensorFlow lacks, found before the build. */
  diagnostics: Diagnostic[];
  notes: string[];
}

export interface FlagsRequest {
  inputs: Inputs;
  resolved: Pick<ResolveStage, 'tf' | 'facts' | 'pkg' | 'goEnv'>;
  log: Log;
  env: NodeJS.ProcessEnv;
  /** Where the -ltensorflow link folder goes. */
  tempDir: string;
  /** The build mode of the build these flags are for (c-shared in verify mode); none in mode: setup. */
  buildmode?: string;
}

export async function computeFlags({ inputs, resolved, log, env, tempDir, buildmode }: FlagsRequest): Promise<FlagsStage> {
  const { tf, facts, pkg } = resolved;
  const planInput = {
    mode: inputs.link.mode,
    tf,
    facts,
    pkg,
    rpath: inputs.link.rpath,
    installDir: inputs.link.installDir,
    tempDir,
    cxx: (pkg.cxxFiles ?? []).length > 0,
  };
  // The plan is predicted, the package compiled with its environment, and the plan then
  // decided from the compiled objects' undefined symbols. A prediction that holds (the usual
  // case) makes the build reuse that compile: the CGO_* flags are part of cmd/go's cache key.
  let plan = await planLink(planInput);
  let choice = await environmentFor(plan, inputs, resolved, env, log);
  let compileOutput: string | undefined;
  const compiledEnv = choice.cgoEnv;
  if (inputs.link.mode === 'auto') {
    const compiled = await compiledUndefinedSymbols({
      workingDirectory: inputs.workingDirectory,
      packagePath: inputs.packagePath,
      buildFlags: inputs.buildFlags,
      env: { ...env, ...choice.cgoEnv },
      ...(buildmode ? { buildmode } : {}),
    });
    if (compiled.ok) {
      log.info(`compiled the package's objects in ${compiled.durationMs} ms: ${compiled.symbols.length} undefined names`);
      const decided = await planLink({ ...planInput, objectSymbols: compiled.symbols });
      // The build compiles again only when the flags changed; then it prints the warnings itself.
      if (compiled.output.trim()) compileOutput = compiled.output;
      const same = decided.ldflags.join(' ') === plan.ldflags.join(' ');
      // C++ names for the stubs to answer: same folder, same flags, so the compile is reused.
      const mangled = decided.providers.some((p) => p.library && !C_NAME.test(p.name));
      plan = decided;
      if (!same || (mangled && choice.stubLink)) choice = await environmentFor(plan, inputs, resolved, env, log);
    } else {
      plan.notes.push(`link plan predicted, not read from compiled objects: ${compiled.reason}`);
    }
  }
  for (const note of plan.notes) log.info(note);
  if (choice.notice) log.notice(choice.notice);
  // The libraries linked are in CGO_LDFLAGS, which the summary shows: the note names the mode only.
  const notes = [`link-libraries: ${inputs.link.mode}`, ...choice.notes];
  const { cgoEnv, stubLink } = choice;
  if (plan.linkDir) {
    const folder = stubLink ? `${stubLink.stubs.dir} (the link stubs)` : plan.linkDir;
    log.info(`-ltensorflow resolves in ${folder}: libtensorflow.so -> libtensorflow_cc.so.2`);
  }
  log.info(`CGO_CFLAGS: ${cgoEnv.CGO_CFLAGS}`);
  log.info(`CGO_CXXFLAGS: ${cgoEnv.CGO_CXXFLAGS}`);
  log.info(`CGO_LDFLAGS: ${cgoEnv.CGO_LDFLAGS}`);
  const sameEnv = compileOutput !== undefined && JSON.stringify(cgoEnv) === JSON.stringify(compiledEnv);
  return {
    plan,
    cgoEnv,
    ...(stubLink ? { stubLink } : {}),
    ...(sameEnv ? { compileOutput } : {}),
    diagnostics: plan.diagnostics,
    notes,
  };
}

interface EnvironmentChoice {
  cgoEnv: Record<string, string>;
  stubLink?: StubLink;
  notes: string[];
  /** Why the stubs were not used, for a notice once the choice is final. */
  notice?: string;
}

/** The CGO_* environment for a plan: against the stubs when they can stand in, else the real libraries. */
async function environmentFor(
  plan: LinkPlan,
  inputs: Inputs,
  { tf, goEnv }: Pick<ResolveStage, 'tf' | 'goEnv'>,
  env: NodeJS.ProcessEnv,
  log: Log,
): Promise<EnvironmentChoice> {
  const realCgoEnv = cgoEnvironment(plan, env);
  if (inputs.link.against !== 'stubs') return { cgoEnv: realCgoEnv, notes: [] };
  const choice = await chooseStubs({ plan, tf, env, log, cc: goEnv.cc });
  if (choice.use) {
    return {
      cgoEnv: cgoEnvironment(stubbedFlags(plan, tf.libDir, choice.stubs.dir), env),
      stubLink: { stubs: choice.stubs, realCgoEnv },
      notes: [stubNote(choice.stubs)],
    };
  }
  if (!choice.reason) return { cgoEnv: realCgoEnv, notes: [] };
  return {
    cgoEnv: realCgoEnv,
    notes: [`linked against the real TensorFlow libraries, not stubs: ${choice.reason}`],
    notice: `link-against stubs: linking the real TensorFlow libraries instead, because ${choice.reason}.`,
  };
}
