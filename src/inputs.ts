// Reads and validates the action's inputs. The getter is core.getInput in the action and
// the parsed --flags in the CLI, so both front ends share every check and message.
import fs from 'node:fs';
import path from 'node:path';
import { splitList, splitWords, WordSplitError } from './util/words.ts';
import { parseRpathSetting, normalizeInstallDir, TF_PACKAGES } from './input-values.ts';
import { findGoMod } from './util/go-mod.ts';
import { InputError } from './input-error.ts';

export type FailOn = 'error' | 'warning' | 'never';
export type SmokeTest = { kind: 'file'; path: string } | { kind: 'inline'; code: string };

export interface Inputs {
  workspace: string;
  /** Absolute folder of the Go module. */
  workingDirectory: string;
  /**
   * As given, relative to workingDirectory (a Go package path such as ./cmd/lib). In mode
   * setup, a package pattern: the packages whose cgo code the exported flags are for (./...).
   */
  packagePath: string;
  /** Absolute path of the shared object to build. */
  output: string;
  /** Whether `output` was given; without it an extension module is named after its module (build/module-output.ts). */
  outputGiven: boolean;
  /** A shared object built elsewhere (absolute): checked instead of building the package (src/library-pipeline.ts). */
  library?: string;
  buildFlags: string[];
  python: string;
  expectSymbols: string[];
  smokeTest?: SmokeTest;
  smokeTimeoutMs: number;
  failOn: FailOn;
  annotate: boolean;
  sarifFile?: string;
  setup: SetupInputs;
  link: LinkInputs;
  /**
   * auto: imported as a module when it is a Python extension module, tf.load_op_library when it
   * registers ops or kernels (smoke/load-as.ts), else ctypes.
   */
  loadAs: 'auto' | 'ctypes' | 'ctypes-global' | 'op-library' | 'python-module';
  standaloneLoad: 'warn' | 'error' | 'off';
  /**
   * 'report' (the default without install-dir): the wheel's floor, compared in a summary line
   * only; 'wheel' (the default with install-dir): the same, as a warning; a glibc version
   * such as 2.35, as a warning; or 'off'.
   */
  glibcFloor: string;
  /** The supported-tensorflow input as given: '' (read from the Python packaging), 'off', or a PEP 440 range. */
  supportedTensorflow: string;
  /** load-on-tensorflow: other TensorFlow versions (2.20, 2.19.1) to load the built library under. */
  loadOnTensorflow: string[];
}

export interface LinkInputs {
  mode: 'auto' | 'sysconfig' | 'none';
  /** stubs: link against interface stubs of the TF libraries (src/stubs/stubs.ts); libraries: the real ones. */
  against: 'stubs' | 'libraries';
  rpath: string;
  installDir?: string;
}

export interface SetupInputs {
  goVersion?: string;
  goVersionFile?: string;
  goDownloadBaseUrl?: string;
  /** go.dev: the download listing and its sha256; proxy: golang.org/toolchain through GOPROXY, checked against GOSUMDB. */
  goDownloadSource: 'go.dev' | 'proxy';
  checkLatest: boolean;
  tensorflowVersion?: string;
  tensorflowVersionFile?: string;
  /** tensorflow-cpu or tensorflow; undefined: the package for the runner's CPU (defaultTfPackage). */
  tensorflowPackage?: string;
  pipArgs: string[];
  /** `cache` input: restore and save (true), restore only, or off (false). */
  cache: CacheInput;
  /** Days an exact Go build cache key lasts before a new entry is saved; 0: it never rotates. */
  cacheRotationDays: number;
}

export type CacheInput = 'save' | 'restore-only' | 'off';

export type Mode = 'verify' | 'matrix' | 'setup';

export interface MatrixInputs {
  tensorflow?: string;
  python?: string;
  go?: string;
  pythonsPerTf: 'all' | 'newest' | 'edges';
}

export type InputGetter = (name: string) => string;

function oneOf<T extends string>(get: InputGetter, name: string, allowed: readonly T[], fallback: T): T {
  const value = get(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(name, `'${value}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
  }
  return value as T;
}

export function readBoolean(get: InputGetter, name: string, fallback: boolean): boolean {
  const value = get(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(name, `'${get(name)}' is not a boolean: use true or false.`);
}

/** true (restore, and save in the post step), false, or restore-only. */
function readCache(get: InputGetter): CacheInput {
  if (get('cache').trim().toLowerCase() === 'restore-only') return 'restore-only';
  try {
    return readBoolean(get, 'cache', true) ? 'save' : 'off';
  } catch {
    throw new InputError('cache', `'${get('cache')}' is not true, false or restore-only.`);
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** No whitespace, a '/', and only characters of file names: tests/smoke_check, not print(1/2). */
function looksLikePath(value: string): boolean {
  return value.includes('/') && /^[\w.~+@/-]+$/.test(value);
}

/**
 * A file when the value names an existing file (relative to working-directory) or ends in .py;
 * code otherwise. A path-like value that names no file is refused: run as code, it would fail
 * as a NameError far from the cause.
 */
function readSmokeTest(value: string, workingDirectory: string): SmokeTest | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (trimmed.includes('\n')) return { kind: 'inline', code: value };
  const file = path.resolve(workingDirectory, trimmed);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isFile()) return { kind: 'file', path: file };
  if (stat?.isDirectory()) {
    throw new InputError(
      'smoke-test',
      `${file} is a folder: give a Python file in it, relative to working-directory, or inline Python code.`,
    );
  }
  if (trimmed.endsWith('.py') || looksLikePath(trimmed)) {
    throw new InputError(
      'smoke-test',
      `the file ${trimmed} does not exist (looked for ${file}, in working-directory ${workingDirectory}). Give a path relative to working-directory, or inline Python code.`,
    );
  }
  return { kind: 'inline', code: value };
}

/** A whole number of days, 0 to turn rotation off; at most ten years. */
function readCacheRotation(get: InputGetter): number {
  const raw = get('cache-rotation').trim() || '7';
  if (!/^\d+$/.test(raw) || Number(raw) > 3650) {
    throw new InputError(
      'cache-rotation',
      `'${raw}' is not a whole number of days from 0 to 3650: use 7 for a fresh Go build cache entry every week, or 0 to never rotate.`,
    );
  }
  return Number(raw);
}

/** setTimeout holds at most 2^31-1 ms. */
const MAX_TIMEOUT_SECONDS = 2_147_483;

function readTimeout(get: InputGetter): number {
  const raw = get('smoke-timeout').trim() || '120';
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_TIMEOUT_SECONDS) {
    throw new InputError(
      'smoke-timeout',
      `'${raw}' is not a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}: use a number such as 120.`,
    );
  }
  return Math.round(Number(raw) * 1000);
}

function readWords(get: InputGetter, name: string): string[] {
  try {
    return splitWords(get(name));
  } catch (error) {
    if (error instanceof WordSplitError) throw new InputError(name, `${error.message}: quote the words the way a shell would.`);
    throw error;
  }
}

function optional(get: InputGetter, name: string): string | undefined {
  return get(name).trim() || undefined;
}

/** Each input's default as action.yml declares it (the runner passes it when a workflow sets none). */
export const ACTION_INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  'working-directory': '.',
  package: '',
  output: '',
  library: '',
  'build-flags': '',
  python: 'python3',
  'expect-symbols': '',
  'smoke-test': '',
  'smoke-timeout': '120',
  'fail-on': 'error',
  annotate: 'true',
  'sarif-file': '',
  'link-libraries': 'auto',
  'link-against': 'stubs',
  rpath: 'auto',
  'install-dir': '',
  'load-as': 'auto',
  'standalone-load': 'warn',
  'glibc-floor': '',
  'load-on-tensorflow': '',
  'supported-tensorflow': '',
  'go-version': '',
  'go-version-file': '',
  'go-download-base-url': '',
  'go-download-source': 'go.dev',
  'check-latest': 'false',
  'tensorflow-version': '',
  'tensorflow-version-file': '',
  'tensorflow-package': '',
  'pip-args': '',
  cache: 'true',
  'cache-rotation': '7',
  mode: 'verify',
  'python-versions': '',
  'pythons-per-tensorflow': 'all',
};

const EVERY_MODE: readonly Mode[] = ['verify', 'setup', 'matrix'];
const VERIFY_ONLY: readonly Mode[] = ['verify'];

/** The modes that read an input, where not verify and setup: setup builds and loads nothing, matrix only plans. */
const MODES_OF_INPUT: Readonly<Record<string, readonly Mode[]>> = {
  mode: EVERY_MODE,
  'go-version': EVERY_MODE,
  'tensorflow-version': EVERY_MODE,
  'python-versions': ['matrix'],
  'pythons-per-tensorflow': ['matrix'],
  output: VERIFY_ONLY,
  library: VERIFY_ONLY,
  'expect-symbols': VERIFY_ONLY,
  'smoke-test': VERIFY_ONLY,
  'smoke-timeout': VERIFY_ONLY,
  'load-as': VERIFY_ONLY,
  'standalone-load': VERIFY_ONLY,
  'glibc-floor': VERIFY_ONLY,
  // Both judge a built library.
  'load-on-tensorflow': VERIFY_ONLY,
  'supported-tensorflow': VERIFY_ONLY,
  // Setup mode builds nothing, so it saves no Go build cache.
  'cache-rotation': VERIFY_ONLY,
};

/**
 * One warning for each input set to something other than its default that the mode does not
 * read: an ignored input is usually a mistake in the workflow (smoke-test under mode: setup).
 */
export function inputsNotForMode(get: InputGetter, mode: Mode): string[] {
  return Object.entries(ACTION_INPUT_DEFAULTS).flatMap(([name, fallback]) => {
    const value = get(name).trim();
    const modes = MODES_OF_INPUT[name] ?? ['verify', 'setup'];
    if (value === '' || value === fallback || modes.includes(mode)) return [];
    const where = modes.map((m) => `mode: ${m}`).join(' or ');
    return [`Input '${name}' is ignored: it applies to ${where}, and this step runs mode: ${mode}. Remove it, or set mode.`];
  });
}

export function readMode(get: InputGetter): Mode {
  return oneOf(get, 'mode', ['verify', 'matrix', 'setup'] as const, 'verify');
}

export function readMatrixInputs(get: InputGetter): MatrixInputs {
  return {
    tensorflow: optional(get, 'tensorflow-version'),
    python: optional(get, 'python-versions'),
    go: optional(get, 'go-version'),
    pythonsPerTf: oneOf(get, 'pythons-per-tensorflow', ['all', 'newest', 'edges'] as const, 'all'),
  };
}

function readSetupInputs(get: InputGetter): SetupInputs {
  // The packages the compatibility table knows; the setup module checks against the same list.
  // Empty: the setup picks the package for the runner's CPU.
  const pkg = get('tensorflow-package').trim() ? oneOf(get, 'tensorflow-package', TF_PACKAGES, 'tensorflow-cpu') : undefined;
  return {
    goVersion: optional(get, 'go-version'),
    goVersionFile: optional(get, 'go-version-file'),
    goDownloadBaseUrl: optional(get, 'go-download-base-url'),
    goDownloadSource: oneOf(get, 'go-download-source', ['go.dev', 'proxy'] as const, 'go.dev'),
    checkLatest: readBoolean(get, 'check-latest', false),
    tensorflowVersion: optional(get, 'tensorflow-version'),
    tensorflowVersionFile: optional(get, 'tensorflow-version-file'),
    ...(pkg ? { tensorflowPackage: pkg } : {}),
    pipArgs: readWords(get, 'pip-args'),
    cache: readCache(get),
    cacheRotationDays: readCacheRotation(get),
  };
}

/** A name is looked up on PATH; a relative path is taken from the repository root, as working-directory is. */
function readPython(get: InputGetter, workspace: string): string {
  const value = get('python').trim() || 'python3';
  return value.includes('/') ? path.resolve(workspace, value) : value;
}

// A library built on a current runner needs Go's GLIBC_2.34, above most wheels' floor: a
// warning on every build by default would teach people to ignore warnings. A library that
// ships inside a wheel (install-dir) must meet its floor, so there the check warns by default.
function readGlibcFloor(get: InputGetter, installDir: string | undefined): string {
  const value = get('glibc-floor').trim() || (installDir ? 'wheel' : 'report');
  if (value === 'report' || value === 'wheel' || value === 'off' || /^2\.\d+$/.test(value)) return value;
  throw new InputError('glibc-floor', `'${value}' is not report, wheel, off or a glibc version such as 2.35.`);
}

function readBuildFlags(get: InputGetter): string[] {
  const words = readWords(get, 'build-flags');
  for (const word of words) {
    if (/^--?(buildmode|o)(=|$)/.test(word)) {
      throw new InputError(
        'build-flags',
        `${word} is set by the action: use the 'output' input for the file name; the build mode is always c-shared.`,
      );
    }
  }
  return words;
}

/** working-directory: an existing folder inside the workspace, in a Go module unless a library built elsewhere is checked. */
function readWorkingDirectory(get: InputGetter, workspace: string, needsGoModule: boolean): string {
  const workingDirectory = path.resolve(workspace, get('working-directory').trim() || '.');
  if (!isInside(workingDirectory, workspace)) {
    throw new InputError(
      'working-directory',
      `${workingDirectory} is outside the workspace ${workspace}: give a folder inside the repository, relative to its root.`,
    );
  }
  if (!fs.existsSync(workingDirectory) || !fs.statSync(workingDirectory).isDirectory()) {
    throw new InputError(
      'working-directory',
      `${workingDirectory} is not a folder: give the folder of your Go module, relative to the repository root.`,
    );
  }
  if (needsGoModule && !findGoMod(workingDirectory)) {
    throw new InputError(
      'working-directory',
      `no go.mod in ${workingDirectory} or any folder above it: point working-directory at your Go module's folder (the one with go.mod).`,
    );
  }
  return workingDirectory;
}

/** package: a folder relative to working-directory (packagePath as given, packageDir absolute); a pattern only in mode setup. */
function readPackage(get: InputGetter, workingDirectory: string, setupMode: boolean): { packagePath: string; packageDir: string } {
  const packageRaw = get('package').trim() || (setupMode ? './...' : '.');
  // go build and go list read "cmd/lib" as an import path; the input is a folder.
  const packagePath = path.isAbsolute(packageRaw) || packageRaw.startsWith('.') ? packageRaw : `./${packageRaw}`;
  const packageDir = path.resolve(workingDirectory, packagePath);
  if (!packagePath.includes('...') && (!fs.existsSync(packageDir) || !fs.statSync(packageDir).isDirectory())) {
    throw new InputError(
      'package',
      `no package folder at ${packageDir}: give the package path relative to working-directory, e.g. ./cmd/mylib.`,
    );
  }
  if (packagePath.includes('...') && !setupMode) {
    throw new InputError('package', `'${packagePath}' names several packages: c-shared builds one main package, so give its path.`);
  }
  return { packagePath, packageDir };
}

/** output: a file path inside the workspace, default lib<package folder>.so in working-directory. */
function readOutput(get: InputGetter, workingDirectory: string, workspace: string, packageDir: string): string {
  const outputRaw = get('output').trim() || `lib${path.basename(packageDir)}.so`;
  const output = path.resolve(workingDirectory, outputRaw);
  if (!isInside(output, workspace)) {
    throw new InputError(
      'output',
      `${outputRaw} resolves to ${output}, outside the workspace ${workspace}: give a path inside the repository, relative to working-directory.`,
    );
  }
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) {
    throw new InputError(
      'output',
      `${outputRaw} is a folder: give the file name of the shared object, e.g. ${path.join(outputRaw, `lib${path.basename(packageDir)}.so`)}.`,
    );
  }
  return output;
}

/** sarif-file: inside the workspace or under RUNNER_TEMP; undefined when not set. */
function readSarifFile(get: InputGetter, workingDirectory: string, workspace: string): string | undefined {
  const sarifRaw = get('sarif-file').trim();
  const sarifFile = sarifRaw ? path.resolve(workingDirectory, sarifRaw) : undefined;
  if (sarifFile && !isInside(sarifFile, workspace) && !isInside(sarifFile, process.env.RUNNER_TEMP ?? workspace)) {
    throw new InputError(
      'sarif-file',
      `${sarifRaw} resolves outside the workspace: give a path inside the repository or under RUNNER_TEMP.`,
    );
  }
  return sarifFile;
}

function readLinkInputs(get: InputGetter, installDir: string | undefined): LinkInputs {
  return {
    mode: oneOf(get, 'link-libraries', ['auto', 'sysconfig', 'none'] as const, 'auto'),
    against: oneOf(get, 'link-against', ['stubs', 'libraries'] as const, 'stubs'),
    rpath: parseRpathSetting(get('rpath')),
    installDir,
  };
}

/** load-on-tensorflow: a list of TensorFlow versions, each a minor (2.20) or an exact version (2.20.0). */
function readLoadOnTensorflow(get: InputGetter): string[] {
  const versions = splitList(get('load-on-tensorflow'));
  const bad = versions.find((v) => !/^\d+\.\d+(?:\.\d+)?$/.test(v));
  if (bad !== undefined)
    throw new InputError(
      'load-on-tensorflow',
      `'${bad}' is not a TensorFlow version. List versions such as 2.20 (its newest patch) or 2.19.1, separated by commas: load-on-tensorflow: 2.20, 2.19.`,
    );
  return versions;
}

/** library: an existing file, relative to working-directory or absolute; it is only read (library-pipeline.ts checks that it is a shared object). */
function readLibrary(get: InputGetter, workingDirectory: string): string | undefined {
  const raw = get('library').trim();
  if (!raw) return undefined;
  const file = path.resolve(workingDirectory, raw);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    const what = stat?.isDirectory() ? 'is a folder' : 'does not exist';
    throw new InputError(
      'library',
      `${file} ${what}: give the shared object's path, relative to working-directory (${workingDirectory}) or absolute.`,
    );
  }
  return file;
}

/** Inputs that steer or judge the build: set beside `library`, which builds nothing, each is ignored with a warning. */
const BUILD_ONLY_INPUTS = [
  'package',
  'output',
  'build-flags',
  'link-libraries',
  'link-against',
  'rpath',
  'go-version',
  'go-version-file',
  'go-download-base-url',
  'go-download-source',
  'check-latest',
  'cache-rotation',
  // The file says which TensorFlow versions it was built for (inspect/built-for.ts).
  'supported-tensorflow',
] as const;

/** One warning for each build input set beside `library`. */
export function inputsIgnoredWithLibrary(get: InputGetter): string[] {
  if (!get('library').trim()) return [];
  return BUILD_ONLY_INPUTS.flatMap((name) => {
    const value = get(name).trim();
    if (value === '' || value === ACTION_INPUT_DEFAULTS[name]) return [];
    return [
      `Input '${name}' is ignored: with 'library', the action checks that file and builds nothing. Remove '${name}', or 'library' to build the package.`,
    ];
  });
}

/**
 * `mode: setup` builds nothing: `package` is a pattern for go list (default ./..., every
 * package of the module), and `output` is not used.
 */
export function readInputs(get: InputGetter, env: { workspace: string; mode?: Mode }): Inputs {
  const workspace = path.resolve(env.workspace);
  const checksLibrary = env.mode !== 'setup' && get('library').trim() !== '';
  const workingDirectory = readWorkingDirectory(get, workspace, !checksLibrary);
  const library = checksLibrary ? readLibrary(get, workingDirectory) : undefined;
  // With a library built elsewhere, package and output name nothing that is built.
  const { packagePath, packageDir } = library
    ? { packagePath: '.', packageDir: workingDirectory }
    : readPackage(get, workingDirectory, env.mode === 'setup');
  const output = library ?? readOutput(get, workingDirectory, workspace, packageDir);
  const installDir = get('install-dir').trim() ? normalizeInstallDir(get('install-dir')) : undefined;
  const sarifFile = readSarifFile(get, workingDirectory, workspace);
  return {
    workspace,
    workingDirectory,
    packagePath,
    output,
    outputGiven: get('output').trim() !== '',
    ...(library ? { library } : {}),
    buildFlags: readBuildFlags(get),
    python: readPython(get, workspace),
    expectSymbols: splitList(get('expect-symbols')),
    smokeTest: env.mode === 'setup' ? undefined : readSmokeTest(get('smoke-test'), workingDirectory),
    smokeTimeoutMs: readTimeout(get),
    failOn: oneOf(get, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    annotate: readBoolean(get, 'annotate', true),
    sarifFile,
    setup: readSetupInputs(get),
    link: readLinkInputs(get, installDir),
    loadAs: oneOf(get, 'load-as', ['auto', 'ctypes', 'ctypes-global', 'op-library', 'python-module'] as const, 'auto'),
    standaloneLoad: oneOf(get, 'standalone-load', ['warn', 'error', 'off'] as const, 'warn'),
    glibcFloor: readGlibcFloor(get, installDir),
    supportedTensorflow: get('supported-tensorflow').trim(),
    loadOnTensorflow: readLoadOnTensorflow(get),
  };
}
