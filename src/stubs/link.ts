// Input `link-against: stubs`: link against the interface stubs of the TensorFlow libraries
// (stubs.ts) instead of the real ones. Only the -L folder changes: the stub folder holds the
// same file names (libtensorflow_cc.so.2, and the bindings names libtensorflow.so...), so the
// -l flags, -z defs and RUNPATH flags stay as planned, and the real folder (tf.dir) stays
// what everything after the link uses. A package the stubs may not stand in for links the
// real libraries, with the reason.
import path from 'node:path';
import type { Log } from '../log.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import { linkEntries } from '../resolve/tensorflow.ts';
import { cgoEnvironment, type CgoFlags } from '../flags/cgo-flags.ts';
import { libraryArgFile } from '../link-line/link-line.ts';
import type { LinkEnvironment, LinkEnvironmentChooser } from '../flags/flags-stage.ts';
import type { LinkPlan } from '../flags/link-plan.ts';
import { prepareStubs, stubFolderFor, stubFolderMade, whyStubsCannotStandIn, type StubsReady } from './stubs.ts';
import { forgetPrefetchedStubSpecs, prefetchStubSpecs } from './spec.ts';
import { C_NAME } from '../parse/symbol-names.ts';

/** A build that links against stubs, and the environment to relink with against the real libraries. */
export interface StubLink {
  stubs: StubsReady;
  /** CGO_* as planned, with the real TensorFlow folder. */
  realCgoEnv: Record<string, string>;
}

export type StubChoice =
  | { use: true; stubs: StubsReady }
  /** reason undefined: no TensorFlow library to stand in for, nothing to tell. */
  | { use: false; reason?: string };

/** The real library files the plan links: its -l:<file> arguments, and what the bindings link folder points at. */
export function plannedLibraries(
  plan: Pick<LinkPlan, 'computedLibraries' | 'linkDir'>,
  tf: Pick<TensorFlowInstall, 'dir' | 'libraries' | 'version'>,
): string[] {
  const files = plan.computedLibraries.map((arg) => libraryArgFile(arg, tf.dir));
  if (plan.linkDir) files.push(...linkEntries(tf).map((e) => e.target));
  return [...new Set(files)];
}

/**
 * The flags with the stub folder in place of the TensorFlow folder and the bindings link
 * folder, each -L once: with a bindings folder the stub folder takes its place, first on the
 * library path, and serves the TensorFlow -l flags too.
 */
export function stubbedFlags(flags: CgoFlags, tfLibDir: string, stubDir: string): CgoFlags {
  const ldflags = flags.ldflags.map((f) => (f === `-L${tfLibDir}` ? `-L${stubDir}` : f));
  if (!flags.linkDir) return { ...flags, ldflags };
  return { ...flags, linkDir: stubDir, ldflags: ldflags.filter((f) => f !== `-L${stubDir}`) };
}

export interface StubChoiceRequest {
  plan: LinkPlan;
  tf: TensorFlowInstall;
  env: NodeJS.ProcessEnv;
  log: Log;
  /** `go env CC` as words (GoEnv.cc): the compiler cgo links with, which makes the stubs too; empty: the default. */
  cc: readonly string[];
}

/**
 * The libraries to make stubs of when the plan links any: every TensorFlow library, whatever
 * this package links, so there is one stub folder (and cache key) per TensorFlow, the same for
 * every package and step of the job.
 */
function stubbedLibraries(plan: LinkPlan, tf: TensorFlowInstall): string[] {
  const planned = plannedLibraries(plan, tf);
  return planned.length === 0 ? [] : [...new Set([...planned, ...tf.libraries.map((file) => path.join(tf.dir, file))])];
}

/** Whether the build links against stubs, and why not. Never throws: a failure is a reason. */
export async function chooseStubs({ plan, tf, env, log, cc }: StubChoiceRequest): Promise<StubChoice> {
  const libraries = stubbedLibraries(plan, tf);
  if (libraries.length === 0) return { use: false };
  // The C++ (mangled) names the compiled objects reference: the stubs answer those as well.
  const extraNames = plan.providers.filter((p) => p.library && !C_NAME.test(p.name)).map((p) => p.name);
  const stubs = await prepareStubs({ libraries, env, log, extraNames, cc });
  if (!stubs.ok) return { use: false, reason: stubs.reason };
  const reason = await whyStubsCannotStandIn(
    stubs,
    plan.providers.map((p) => p.name),
  ).catch((error: unknown) => `cannot check the package's names against the stubs: ${String(error)}`);
  return reason ? { use: false, reason } : { use: true, stubs };
}

/** The summary's line for stubs ready to link against: which, and how long they took. */
export function stubNote(stubs: StubsReady): string {
  const files = stubs.stubs.map((s) => path.basename(s.real)).join(', ');
  return `link stubs of ${files} (${stubs.cached ? 'cached' : `generated in ${stubs.durationMs} ms`}) in ${stubs.dir}`;
}

export interface StubEnvironmentRequest {
  /** `link-against`: only `stubs` links against them. */
  against: string;
  tf: TensorFlowInstall;
  env: NodeJS.ProcessEnv;
  log: Log;
  cc: readonly string[];
}

/**
 * The flags stage's environment chooser for `link-against`: against the stubs when they can
 * stand in, else the real libraries. A provisional choice only names the stub folder (a compile
 * needs its path, not its files), so that stubs wanting C++ names the compile reveals are made
 * once, after it.
 */
export function stubEnvironment({ against, tf, env, log, cc }: StubEnvironmentRequest): LinkEnvironmentChooser<StubLink> {
  return async (plan: LinkPlan, options?: { provisional?: boolean }): Promise<LinkEnvironment<StubLink>> => {
    const realCgoEnv = cgoEnvironment(plan, env);
    if (against !== 'stubs') return { cgoEnv: realCgoEnv, notes: [] };
    if (options?.provisional) {
      const folder = await stubFolderFor({ libraries: stubbedLibraries(plan, tf), env });
      if ('reason' in folder) return { cgoEnv: realCgoEnv, notes: [], provisional: true };
      // The stubs are made after the compile; reading the real libraries for them need not wait for it.
      if (!(await stubFolderMade(folder.dir))) prefetchStubSpecs(folder.libraries);
      return { cgoEnv: cgoEnvironment(stubbedFlags(plan, tf.dir, folder.dir), env), notes: [], provisional: true };
    }
    const choice = await chooseStubs({ plan, tf, env, log, cc });
    forgetPrefetchedStubSpecs();
    if (choice.use) {
      return {
        cgoEnv: cgoEnvironment(stubbedFlags(plan, tf.dir, choice.stubs.dir), env),
        via: { stubs: choice.stubs, realCgoEnv },
        notes: [stubNote(choice.stubs)],
        bindingsFolder: `${choice.stubs.dir} (the link stubs)`,
      };
    }
    if (!choice.reason) return { cgoEnv: realCgoEnv, notes: [] };
    return {
      cgoEnv: realCgoEnv,
      notes: [`linked against the real TensorFlow libraries, not stubs: ${choice.reason}`],
      notice: `link-against stubs: linking the real TensorFlow libraries instead, because ${choice.reason}.`,
    };
  };
}
