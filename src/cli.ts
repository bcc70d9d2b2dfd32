#!/usr/bin/env node
// tf-cgo-verify outside GitHub Actions: every action input is a --flag; findings are
// printed as file:line:col: error: message, and the diagnostics JSON and --sarif-file are
// written as the action writes them. Stdout carries only findings and the result line; the
// log goes to stderr. Exit codes: see EXIT below (and the README).
import os from 'node:os';
import path from 'node:path';
import { readInputs, readMode, readMatrixInputs, inputsNotForMode, inputsIgnoredWithLibrary, type Inputs } from './inputs.ts';
import { InputError } from './input-error.ts';
import { EnvironmentError } from './environment-error.ts';
import { buildMatrix } from './setup/matrix.ts';
import { runPipeline } from './pipeline.ts';
import { prestartImport } from './smoke/prestart.ts';
import { runSetupMode } from './setup-mode.ts';
import { shellExportLines } from './report/job-exports.ts';
import { reportRun } from './outputs.ts';
import { runPost } from './post.ts';
import { createRawEcho } from './util/raw-output.ts';
import type { Log } from './log.ts';
import { formatForCli, stageTimesLine } from './report/cli-format.ts';
import { unsupportedPlatform } from './platform.ts';
import { runnerTemp } from './util/temp-dir.ts';

/** The CLI's exit codes, documented in the README. */
export const EXIT = {
  passed: 0,
  /** The checks found errors (or warnings, with --fail-on warning). */
  findings: 1,
  /** An input is wrong: the message names it and the fix. */
  badInput: 2,
  /** A service, tool or disk the run needs failed (download site, package index, go, a full or read-only disk): retry or make room. */
  environment: 3,
  /** A bug in tf-cgo-verify. */
  internal: 4,
} as const;

const USAGE = `usage: tf-cgo-verify [--working-directory DIR] [--package PKG] [--output FILE]
       [--build-flags FLAGS] [--python PYTHON] [--expect-symbols A,B]
       [--smoke-test CODE|FILE.py] [--smoke-timeout SECONDS] [--fail-on error|warning|never]
       [--workspace DIR] [--diagnostics-file FILE] [--quiet]
       --library FILE: check a shared object built elsewhere instead of building one.
       --mode setup [--package PATTERN]: build nothing; print the environment for go test as
       shell lines, e.g. eval "$(tf-cgo-verify --mode setup)".
Every input of the GitHub Action can be given as --<input-name> VALUE or --<input-name>=VALUE.`;

export function parseArgs(argv: readonly string[]): { values: Map<string, string>; quiet: boolean; help: boolean } {
  const values = new Map<string, string>();
  let quiet = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      quiet = true;
      continue;
    }
    const match = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/.exec(arg);
    if (!match) throw new InputError(arg, `unexpected argument: flags look like --name value.\n${USAGE}`);
    const [, name, inline] = match;
    if (inline !== undefined) values.set(name!, inline);
    else if (i + 1 < argv.length) values.set(name!, argv[++i]!);
    else throw new InputError(name!, 'needs a value.');
  }
  return { values, quiet, help };
}

function terminalLog(quiet: boolean): Log {
  const say = (m: string) => {
    if (!quiet) process.stderr.write(`${m}\n`);
  };
  return {
    info: say,
    notice: (m) => say(`note: ${m}`),
    warning: (m) => say(`warning: ${m}`),
    debug: () => undefined,
    group: async (name, fn) => {
      say(`== ${name}`);
      return fn();
    },
    rawEcho: () =>
      createRawEcho(
        (text) => {
          if (!quiet) process.stderr.write(text);
        },
        { guard: false },
      ),
  };
}

/**
 * Where the CLI writes the diagnostics JSON unless --diagnostics-file says: one path per user,
 * replaced each run, so that runs leave no pile of folders behind.
 */
export function defaultDiagnosticsFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(runnerTemp(env), `tf-cgo-verify-diagnostics-${os.userInfo().uid}.json`);
}

/**
 * mode: setup: stdout carries only shell lines (the exports, then the result as a comment),
 * so that `eval "$(tf-cgo-verify --mode setup)"` works; findings go to stderr. A failed run
 * ends with `false`, so that a `set -e` shell stops at the eval instead of going on without
 * the environment (an `exit` would also close an interactive shell).
 */
async function printSetup(inputs: Inputs, quiet: boolean, diagnosticsFile: string): Promise<number> {
  const result = await runSetupMode(inputs, terminalLog(quiet));
  const report = await reportRun(inputs, result, { diagnostics: { file: diagnosticsFile } });
  for (const line of formatForCli(result.diagnostics, { cwd: process.cwd() })) process.stderr.write(`${line}\n`);
  for (const line of shellExportLines(result.exports)) process.stdout.write(`${line}\n`);
  const failed = report.verdict.outcome === 'failed';
  printSetupResult(`${result.passed ? 'passed' : 'failed'}; diagnostics: ${report.diagnosticsFile}`, failed);
  return failed ? EXIT.findings : EXIT.passed;
}

function printSetupResult(result: string, stop: boolean): void {
  process.stdout.write(`# tf-cgo-verify: ${result.replace(/\n/g, ' ')}\n${stop ? 'false\n' : ''}`);
}

export async function main(argv: readonly string[]): Promise<number> {
  // Known before the flags are read, so that even a malformed command line prints the result line.
  const setupMode = argv.some((arg, i) => arg === '--mode=setup' || (arg === '--mode' && argv[i + 1] === 'setup'));
  try {
    const { values, quiet, help } = parseArgs(argv);
    if (help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.passed;
    }
    const refused = unsupportedPlatform(process.platform, process.arch);
    if (refused) {
      process.stderr.write(`tf-cgo-verify: error: ${refused}\n`);
      if (setupMode) printSetupResult(`failed: error: ${refused}`, true);
      return EXIT.badInput;
    }
    const known = new Set(['workspace', 'diagnostics-file']);
    const get = (name: string) => {
      known.add(name);
      return values.get(name) ?? (name === 'cache' ? 'false' : '');
    };
    const refuseUnknownFlags = () => {
      const unknown = [...values.keys()].find((name) => !known.has(name));
      if (unknown) throw new InputError(unknown, `--${unknown} is not an input of tf-cgo-verify.\n${USAGE}`);
    };
    const mode = readMode(get);
    const log = terminalLog(quiet);
    // Only the flags given: the CLI's own default for --cache (false) is no choice of the user's.
    const given = (name: string) => {
      known.add(name);
      return values.get(name) ?? '';
    };
    for (const warning of inputsNotForMode(given, mode)) log.warning(warning);
    if (mode === 'verify') for (const warning of inputsIgnoredWithLibrary(given)) log.warning(warning);
    if (mode === 'matrix') {
      const matrix = buildMatrix(readMatrixInputs(get));
      refuseUnknownFlags();
      process.stdout.write(`${JSON.stringify(matrix, null, 2)}\n`);
      return EXIT.passed;
    }
    const inputs = readInputs(get, { workspace: values.get('workspace') ?? process.cwd(), mode });
    refuseUnknownFlags();
    const diagnosticsFile = path.resolve(values.get('diagnostics-file') || defaultDiagnosticsFile());
    if (mode === 'setup') return await printSetup(inputs, quiet, diagnosticsFile);
    const result = await runPipeline(inputs, log, { prestarted: prestartImport(inputs) });
    if (result.wallMs !== undefined) log.info(stageTimesLine(result.stages, result.wallMs));
    const report = await reportRun(inputs, result, { diagnostics: { file: diagnosticsFile } });
    for (const line of formatForCli(result.diagnostics, { cwd: process.cwd() })) process.stdout.write(`${line}\n`);
    const files = [`diagnostics: ${report.diagnosticsFile}`, ...(report.sarifFile ? [`SARIF: ${report.sarifFile}`] : [])].join('; ');
    process.stdout.write(
      `tf-cgo-verify: ${result.passed ? 'passed' : 'failed'}${result.sharedObject ? ` (${result.sharedObject})` : ''}; ${files}\n`,
    );
    const failed = report.verdict.outcome === 'failed';
    // No post step here: with --cache true and a cache service (a workflow's run: step), save
    // now, under the action's rule that only a passing run writes a cache.
    if (result.cacheState && !failed) await runPost({ ok: true, state: result.cacheState }, log);
    return failed ? EXIT.findings : EXIT.passed;
  } catch (error) {
    const [code, kind] =
      error instanceof InputError
        ? [EXIT.badInput, 'error']
        : error instanceof EnvironmentError
          ? [EXIT.environment, 'environment error (not your code or inputs)']
          : [EXIT.internal, 'internal error'];
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tf-cgo-verify: ${kind}: ${message}\n`);
    if (code === EXIT.internal && process.env.TF_CGO_VERIFY_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    if (setupMode) printSetupResult(`failed: ${kind}: ${message.split('\n')[0]}`, true);
    return code;
  }
}

// `tf-cgo-verify ... | head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
