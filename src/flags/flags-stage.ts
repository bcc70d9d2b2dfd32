// Stage 3: the link plan (which TensorFlow libraries, -z defs, RUNPATH, the bindings link
// folder) and the CGO_* environment of the build.
import type { Diagnostic } from '../diagnostic.ts';
import type { Inputs } from '../inputs.ts';
import type { Log } from '../log.ts';
import type { ResolveStage } from '../resolve/resolve-stage.ts';
import { cgoEnvironment } from './cgo-flags.ts';
import { planLink, type LinkPlan } from './link-plan.ts';
import { compiledUndefinedSymbols } from './compiled-objects.ts';
import { C_NAME } from '../parse/symbol-names.ts';
import { withLeadingWords, type LinkLine } from '../link-line/link-line.ts';

/**
 * The CGO_* environment the build links with, for a plan. The flags stage links against the
 * real TensorFlow libraries; the stubs, which come later in the pipeline, offer another chooser
 * (link-against: stubs), whose `via` says what the build links against instead.
 */
export interface LinkEnvironment<Via> {
  cgoEnv: Record<string, string>;
  via?: Via;
  notes: string[];
  /** Why the choice fell back, for a notice once the choice is final. */
  notice?: string;
  /** Where -ltensorflow resolves instead of the plan's bindings folder, as the log names it. */
  bindingsFolder?: string;
  /** Good for a compile only (it may name a folder not made yet): choose again before the build. */
  provisional?: boolean;
}

/** `provisional`: the environment is for the compile that decides the plan, and is chosen again after it. */
export type LinkEnvironmentChooser<Via> = (plan: LinkPlan, options?: { provisional?: boolean }) => Promise<LinkEnvironment<Via>>;

export interface FlagsStage<Via = never> {
  plan: LinkPlan;
  /** The link line: resolve's, with the plan's words ahead of the user's. */
  linkLine: LinkLine;
  /** CGO_ENABLED, CGO_CFLAGS and CGO_LDFLAGS as the build gets them (with link-against stubs: -L<stub folder>). */
  cgoEnv: Record<string, string>;
  /** What the chooser links against instead of the real libraries (the stubs), when it does. */
  via?: Via;
  /** What compiling the package for its objects printed (compiler warnings), for the build's parser. */
  compileOutput?: string;
  /**
   * Whether the compile the build reuses (same CGO_* environment) ran in this run (true) or came
   * from Go's build cache (false), which prints no compiler warnings; unset when the build does not reuse it.
   */
  packageCompiled?: boolean;
  /** Names the package calls that its TensorFlow lacks, found before the build. */
  diagnostics: Diagnostic[];
  notes: string[];
}

export interface FlagsRequest<Via> {
  inputs: Inputs;
  resolved: Pick<ResolveStage, 'tf' | 'facts' | 'pkg' | 'goEnv' | 'linkLine'>;
  log: Log;
  env: NodeJS.ProcessEnv;
  /** Where the -ltensorflow link folder goes. */
  tempDir: string;
  /** The build mode of the build these flags are for (c-shared in verify mode); none in mode: setup. */
  buildmode?: string;
  /** The environment for a plan; default: the real TensorFlow libraries. */
  chooseEnvironment?: LinkEnvironmentChooser<Via>;
}

/** The plan's words as they go into CGO_LDFLAGS: the bindings folder first, then its flags. */
function planWords(plan: LinkPlan): string[] {
  return [...(plan.linkDir ? [`-L${plan.linkDir}`] : []), ...plan.ldflags];
}

export async function computeFlags<Via = never>(request: FlagsRequest<Via>): Promise<FlagsStage<Via>> {
  const { inputs, resolved, log, env } = request;
  const { tf, facts, pkg } = resolved;
  const choose: LinkEnvironmentChooser<Via> =
    request.chooseEnvironment ?? ((plan) => Promise.resolve({ cgoEnv: cgoEnvironment(plan, env), notes: [] }));
  const planInput = {
    mode: inputs.link.mode,
    tf,
    facts,
    pkg,
    rpath: inputs.link.rpath,
    installDir: inputs.link.installDir,
    tempDir: request.tempDir,
    cxx: (pkg.cxxFiles ?? []).length > 0,
    linkLine: resolved.linkLine,
  };
  // The plan is predicted, the package compiled with its environment, and the plan then
  // decided from the compiled objects' undefined symbols. A prediction that holds (the usual
  // case) makes the build reuse that compile: the CGO_* flags are part of cmd/go's cache key.
  let plan = await planLink(planInput);
  // C++ sources reference C++ names that only the compile reveals: the environment for the
  // compile is provisional, and whatever it links against is made once, after the compile.
  let choice = await choose(plan, { provisional: inputs.link.mode === 'auto' && planInput.cxx });
  let compileOutput: string | undefined;
  let compiledNow: boolean | undefined;
  const compiledEnv = choice.cgoEnv;
  if (inputs.link.mode === 'auto') {
    const compiled = await compiledUndefinedSymbols({
      workingDirectory: inputs.workingDirectory,
      packagePath: inputs.packagePath,
      buildFlags: inputs.buildFlags,
      env: { ...env, ...choice.cgoEnv },
      ...(request.buildmode ? { buildmode: request.buildmode } : {}),
    });
    if (compiled.ok) {
      const how = compiled.compiled ? "compiled the package's objects" : "took the package's objects from Go's build cache";
      log.info(`${how} in ${compiled.durationMs} ms: ${compiled.symbols.length} undefined names`);
      const decided = await planLink({ ...planInput, objectSymbols: compiled.symbols });
      // The build compiles again only when the flags changed; then it prints the warnings itself.
      if (compiled.output.trim()) compileOutput = compiled.output;
      compiledNow = compiled.compiled;
      const same = decided.ldflags.join(' ') === plan.ldflags.join(' ');
      // C++ names for the stubs to answer: same folder, same flags, so the compile is reused.
      const mangled = decided.providers.some((p) => p.library && !C_NAME.test(p.name));
      plan = decided;
      if (choice.provisional || !same || (mangled && choice.via)) choice = await choose(plan);
    } else {
      plan.notes.push(`link plan predicted, not read from compiled objects: ${compiled.reason}`);
      if (choice.provisional) choice = await choose(plan);
    }
  }
  for (const note of plan.notes) log.info(note);
  if (choice.notice) log.notice(choice.notice);
  // The libraries linked are in CGO_LDFLAGS, which the summary shows: the note names the mode only.
  const notes = [`link-libraries: ${inputs.link.mode}`, ...choice.notes];
  const { cgoEnv, via } = choice;
  if (plan.linkDir)
    log.info(`-ltensorflow resolves in ${choice.bindingsFolder ?? plan.linkDir}: libtensorflow.so -> libtensorflow_cc.so.2`);
  log.info(`CGO_CFLAGS: ${cgoEnv.CGO_CFLAGS}`);
  log.info(`CGO_CXXFLAGS: ${cgoEnv.CGO_CXXFLAGS}`);
  log.info(`CGO_LDFLAGS: ${cgoEnv.CGO_LDFLAGS}`);
  const reused = compiledNow !== undefined && JSON.stringify(cgoEnv) === JSON.stringify(compiledEnv);
  return {
    plan,
    linkLine: withLeadingWords(resolved.linkLine, planWords(plan), facts.dir),
    cgoEnv,
    ...(via ? { via } : {}),
    ...(reused && compileOutput !== undefined ? { compileOutput } : {}),
    ...(reused ? { packageCompiled: compiledNow } : {}),
    diagnostics: plan.diagnostics,
    notes,
  };
}
