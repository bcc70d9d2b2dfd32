// Turns a pipeline result into what a front end hands on: the action's outputs, the
// diagnostics JSON and SARIF files (written here, for the action and the CLI alike), the
// job summary and the annotations to make. main.ts and cli.ts only wire this up.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import type { Inputs } from './inputs.ts';
import type { PipelineResult } from './pipeline-result.ts';
import { planAnnotations, remainingBudget, type AnnotationLimits, type PlannedAnnotation } from './report/annotations.ts';
import { toDiagnosticsJson } from './report/diagnostics-json.ts';
import { toSarif } from './report/sarif.ts';
import { renderSummary } from './report/summary.ts';
import { failureHeadline } from './report/groups.ts';
import { renderExportsSection } from './report/job-exports.ts';
import type { JobExports } from './setup/job-exports.ts';
import packageJson from '../package.json' with { type: 'json' };

/** GitHub skips a summary over 1 MiB; leave room for other steps' markup. */
const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;
const TOOL_VERSION = packageJson.version;

export interface ReportContext {
  /**
   * Where the diagnostics JSON goes: `{ file }` is replaced each run (the CLI: one path, no
   * pile of folders); `{ root }` gets a folder of its own per run (the action, under
   * RUNNER_TEMP: two steps of one job must not share a diagnostics file).
   */
  diagnostics: { file: string } | { root: string };
  /** The blob URL prefix for links in the summary (see repoBlobUrl). */
  repoUrl?: string;
  /** Annotations the step has printed so far (setup warnings, cache notices ...): they count against GitHub's per-step limits. */
  annotationsPrinted?: AnnotationLimits;
}

export interface RunReport {
  /** The action's outputs, by name (the CLI prints none of them). */
  outputs: Record<string, string>;
  /** The diagnostics JSON file written. */
  diagnosticsFile: string;
  /** The SARIF file written, when the sarif-file input is set. */
  sarifFile?: string;
  /**
   * Annotations to make, in order, before the verdict; none when the annotate input is off.
   * They stay within what the step has left of GitHub's per-step limits.
   */
  annotations: PlannedAnnotation[];
  /** The job summary, markdown. */
  summary: string;
  /** One sentence on the outcome, e.g. "tf-cgo-verify found 2 errors and 0 warnings". */
  verdict: Verdict;
}

export interface Verdict {
  /** passed; failed but kept green by fail-on: never; or failed. */
  outcome: 'passed' | 'reported' | 'failed';
  message: string;
  /**
   * Whether the verdict needs an annotation of its own (failed: an error, reported: a
   * warning). The runner shows nothing but a red step for a JavaScript action that exits
   * non-zero without ::error (actions/runner NodeScriptActionHandler only sets the result),
   * so the verdict is an annotation exactly when no finding got one; otherwise it is a log
   * line and the exit code, and every annotation slot goes to a finding.
   */
  annotate: boolean;
}

/** Kinds whose symbol nothing resolves, or only `import tensorflow` does. */
const UNRESOLVED_KINDS = new Set([
  'unresolved-symbol',
  'resolved-only-by-import',
  'undefined-symbol',
  'undefined-reference',
  'not-in-tensorflow',
]);

export function unresolvedSymbols(diagnostics: readonly Diagnostic[]): string[] {
  const symbols = diagnostics.flatMap((d) => (UNRESOLVED_KINDS.has(d.kind) && d.symbol ? [d.symbol] : []));
  return [...new Set(symbols)].sort();
}

export function verdictOf(
  result: Pick<PipelineResult, 'passed' | 'diagnostics'>,
  failOn: Inputs['failOn'],
  context: { workspace: string; annotated?: boolean; overflow?: string } = { workspace: '' },
): Verdict {
  const counted = (severity: Diagnostic['severity'], noun: string) => {
    const n = result.diagnostics.filter((d) => d.severity === severity).length;
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  const counts = `${counted('error', 'error')}, ${counted('warning', 'warning')}`;
  if (result.passed) return { outcome: 'passed', message: `tf-cgo-verify passed (${counts}).`, annotate: false };
  const cause = failureHeadline(result.diagnostics, context.workspace);
  const overflow = context.overflow ? ` ${context.overflow}` : '';
  const annotate = !context.annotated;
  if (failOn === 'never')
    return {
      outcome: 'reported',
      message: `tf-cgo-verify found ${counts}${cause ? ` (${cause})` : ''}; fail-on is 'never', so the step stays green.${overflow}`,
      annotate,
    };
  return {
    outcome: 'failed',
    message: `tf-cgo-verify failed: ${cause ?? counts} (${counts}; the job summary explains each finding).${overflow}`,
    annotate,
  };
}

/**
 * Writes the diagnostics JSON; returns its path. A given file is replaced by a rename, so a
 * reader never sees half a file and a link planted at that path is replaced, not followed.
 */
async function writeDiagnostics(where: ReportContext['diagnostics'], json: string): Promise<string> {
  if ('root' in where) {
    const file = path.join(await fs.promises.mkdtemp(path.join(where.root, 'tf-cgo-verify-')), 'diagnostics.json');
    await fs.promises.writeFile(file, json);
    return file;
  }
  await fs.promises.mkdir(path.dirname(where.file), { recursive: true });
  const partial = `${where.file}.${process.pid}.partial`;
  await fs.promises.writeFile(partial, json, { flag: 'wx' });
  await fs.promises.rename(partial, where.file);
  return where.file;
}

/** `exports`: mode setup's environment for later steps, listed in the summary. */
export async function reportRun(
  inputs: Inputs,
  result: PipelineResult & { exports?: JobExports },
  context: ReportContext,
): Promise<RunReport> {
  const status = result.passed ? 'passed' : 'failed';
  const outputs: Record<string, string> = {
    result: status,
    'shared-object': result.sharedObject ?? '',
    'cgo-cflags': result.cgoEnv.CGO_CFLAGS ?? '',
    'cgo-ldflags': result.cgoEnv.CGO_LDFLAGS ?? '',
    'go-version': result.goSetup?.version ?? '',
    'tensorflow-version': result.tf.version,
    'python-version': result.tf.pythonVersion,
    python: result.python,
    'unresolved-symbols': unresolvedSymbols(result.diagnostics).join(','),
    needed: result.inspection?.needed.join(',') ?? '',
    runpath: result.inspection?.runpath ?? result.inspection?.rpath ?? '',
    'link-dir': result.plan?.linkDir ?? '',
  };
  const diagnosticsFile = await writeDiagnostics(
    context.diagnostics,
    JSON.stringify(
      toDiagnosticsJson(result.diagnostics, { result: status, workspace: inputs.workspace, toolVersion: TOOL_VERSION }),
      null,
      2,
    ),
  );
  outputs.diagnostics = diagnosticsFile;
  if (inputs.sarifFile) {
    const sarif = toSarif(result.diagnostics, {
      workspace: inputs.workspace,
      toolVersion: TOOL_VERSION,
      fallbackFile: result.pkg?.module?.goMod ?? inputs.library,
    });
    await fs.promises.mkdir(path.dirname(inputs.sarifFile), { recursive: true });
    await fs.promises.writeFile(inputs.sarifFile, JSON.stringify(sarif, null, 2));
    outputs['sarif-file'] = inputs.sarifFile;
  }
  const plan = inputs.annotate
    ? planAnnotations(result.diagnostics, {
        workspace: inputs.workspace,
        budget: remainingBudget(context.annotationsPrinted ?? { error: 0, warning: 0, notice: 0 }),
        sarif: Boolean(inputs.sarifFile),
      })
    : undefined;
  const verdict = verdictOf(result, inputs.failOn, {
    workspace: inputs.workspace,
    annotated: (plan?.annotations.length ?? 0) > 0,
    overflow: plan?.overflow,
  });
  const total = (l: AnnotationLimits) => l.error + l.warning + l.notice;
  const unannotated = plan ? total(plan.omitted) : 0;
  const exportsSection = result.exports ? `\n${renderExportsSection(result.exports)}` : undefined;
  const summary =
    renderSummary(
      {
        result: status,
        diagnostics: result.diagnostics,
        workspace: inputs.workspace,
        repoUrl: context.repoUrl,
        versions: { go: result.goSetup?.version, tensorflow: result.tf.version, python: result.tf.pythonVersion },
        flags: { cgoCflags: result.cgoEnv.CGO_CFLAGS, cgoLdflags: result.cgoEnv.CGO_LDFLAGS },
        stages: result.stages,
        wallMs: result.wallMs,
        sharedObject: result.sharedObject,
        ...(result.builtElsewhere ? { builtElsewhere: true } : {}),
        rawTail: result.rawTails,
        notes: result.notes,
        ...(result.objectsFromCache ? { objectsFromCache: true } : {}),
        ...(result.tensorflowRange ? { tensorflowRange: result.tensorflowRange } : {}),
        ...(result.otherVersions ? { otherVersions: result.otherVersions } : {}),
        ...(result.changes ? { changes: result.changes } : {}),
        unannotated,
      },
      { maxBytes: SUMMARY_LIMIT - (exportsSection?.length ?? 0) },
    ) + (exportsSection ?? '');
  return { outputs, diagnosticsFile, sarifFile: inputs.sarifFile, annotations: plan?.annotations ?? [], summary, verdict };
}
