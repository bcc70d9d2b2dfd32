// Puts the asked-for TensorFlow into a virtualenv that belongs to the action (under the
// runner's tool cache), reusing it when it already holds a matching version. The user's
// own Python is only ever asked for its version and to make the venv; uv (or pip) installs
// into the action's venv (venv-install.ts), so the user's site-packages are never touched.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { outputTail, runProcess } from '../util/process.ts';
import { toolCacheOrTemp } from '../util/temp-dir.ts';
import { findGoMod } from '../util/go-mod.ts';
import { InputError } from '../input-error.ts';
import type { Log } from '../log.ts';
import { TF_RELEASES, checkCompatibility, defaultTfPackage, newestCompatible, tfMinorOf, type CompatTarget } from './tf-compat.ts';
import { TF_PACKAGES, type TfPackage } from '../input-values.ts';
import { parseVersionFile } from './tf-requirement-files.ts';
import {
  findTfPin,
  inferTfFromGoMod,
  parseVersionInput,
  pepVersionToSemver,
  pinToRequest,
  requestRange,
  semverToPep440,
  type VersionRequest,
} from './tf-version.ts';
import { ActionCache, tfVenvCacheKey } from './cache.ts';
import { installVenv, type Installer } from './venv-install.ts';

export interface TfSetupOptions {
  versionSpec?: string;
  versionFile?: string;
  /** The tensorflow-package input; undefined: defaultTfPackage for the arch. */
  packageName?: string;
  pipArgs: string[];
  python: string;
  /** Restore the venv from the Actions cache; saving it is the caller's (see TfSetupResult.cacheKey). */
  cache: boolean;
  workingDirectory: string;
}

export interface TfSetupResult {
  /** The interpreter to use from now on: the venv's, or the given one unchanged. */
  python: string;
  /** Installed TF version, as pip reports it. */
  version?: string;
  venv?: string;
  source: 'given-python' | 'venv-reused' | 'venv-installed' | 'cache-restored';
  /** "go.mod:7 github.com/wamuir/graft v0.10.0" when the version was inferred. */
  inferredFrom?: string;
  /**
   * The venv's cache key, when the cache was consulted (cache on, no matching venv on disk).
   * The caller saves it later (the post step) when source is venv-installed; cache-restored
   * means this exact key is already saved.
   */
  cacheKey?: string;
  /** What this run spent on the virtualenv: installing it (with uv or pip) or restoring it from the cache. */
  spent?: { how: Installer | 'cache'; ms: number };
}

export interface PythonInfo {
  /** "3.11.7" */
  version: string;
  executable: string;
  basePrefix: string;
  /** "2.36"; "" on a Linux without glibc; undefined elsewhere or unknown. */
  glibc?: string;
}

export type TfSetupLog = Pick<Log, 'info' | 'notice' | 'warning' | 'group' | 'rawEcho'>;

export interface TfSetupDeps {
  log: TfSetupLog;
  probePython?: (python: string) => Promise<PythonInfo>;
  /** The run's cache; by default one of its own that reports through `log`. */
  cache?: ActionCache;
  env?: NodeJS.ProcessEnv;
  platform?: string;
  arch?: string;
}

const PROBE =
  'import json, platform, sys; print(json.dumps({"version": platform.python_version(), "executable": sys.executable, "basePrefix": getattr(sys, "base_prefix", sys.prefix), "libc": list(platform.libc_ver())}))';

/** Asks an interpreter for its version and libc, without importing anything heavy. */
export async function probePython(python: string): Promise<PythonInfo> {
  const result = await runProcess(python, ['-c', PROBE], { timeoutMs: 60_000 });
  if (result.exitCode !== 0) {
    throw new InputError(
      'python',
      `could not run ${python}: ${outputTail(result).replace(/\.$/, '')}. Give an interpreter on PATH or a full path, e.g. the one actions/setup-python sets up.`,
    );
  }
  const out = JSON.parse(result.stdout.trim().split('\n').pop()!) as {
    version: string;
    executable: string;
    basePrefix: string;
    libc: [string, string];
  };
  const runtime = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime;
  const glibc = out.libc[0] === 'glibc' ? out.libc[1] : (runtime ?? '');
  return { version: out.version, executable: out.executable, basePrefix: out.basePrefix, glibc };
}

interface AskedVersion {
  request: VersionRequest;
  /** The input that asked for it, named in errors. */
  input: string;
  inferredFrom?: string;
}

/** tensorflow-version, else tensorflow-version-file, else Go bindings in go.mod, else nothing. */
export function resolveRequest(options: TfSetupOptions, log: Pick<Log, 'info' | 'warning'>): AskedVersion | undefined {
  const spec = options.versionSpec?.trim();
  const file = options.versionFile?.trim();
  if (spec) {
    if (file) log.warning(`Both tensorflow-version and tensorflow-version-file are set; using tensorflow-version ${spec}.`);
    return { request: parseVersionInput(spec), input: 'tensorflow-version' };
  }
  if (file) {
    const full = path.resolve(options.workingDirectory, file);
    let text: string;
    try {
      text = fs.readFileSync(full, 'utf8');
    } catch {
      throw new InputError(
        'tensorflow-version-file',
        `cannot read ${full}. Give a requirements.txt, pyproject.toml or setup.cfg path relative to working-directory.`,
      );
    }
    const pin = findTfPin(parseVersionFile(full, text));
    if (!pin) throw new InputError('tensorflow-version-file', `${file} has no tensorflow or tensorflow-cpu requirement.`);
    if (pin.note) log.info(`${file}: ${pin.note}`);
    log.info(`TensorFlow version from ${file} line ${pin.requirement.line}: ${pin.requirement.text}`);
    return { request: pinToRequest(pin.requirement), input: 'tensorflow-version-file' };
  }
  const goMod = findGoMod(options.workingDirectory);
  if (!goMod) return undefined;
  const inferred = inferTfFromGoMod(fs.readFileSync(goMod, 'utf8'));
  if (!inferred) return undefined;
  const shown = path.relative(options.workingDirectory, goMod) || 'go.mod';
  const inferredFrom = `${shown}:${inferred.line} ${inferred.lineText}`;
  log.info(
    `Inferred TensorFlow ${inferred.request.text} from ${inferredFrom} (${inferred.how}). Set tensorflow-version to choose another.`,
  );
  return { request: inferred.request, input: 'tensorflow-version', inferredFrom };
}

export interface InstallPlan {
  /** For the venv folder and cache key: "2.21.0" or "2.21.x". */
  label: string;
  /** PEP 440 specifier given to pip after the package name. */
  pipSpec: string;
  /** Semver ranges an installed version must all satisfy to be kept. */
  accept: string[];
}

/**
 * Decides what to install (pure). A range picks the newest TF minor in it that the
 * compatibility table says fits the Python, glibc and platform; pip then picks the patch.
 */
export function planInstall(request: VersionRequest, target: Omit<CompatTarget, 'tf'>, input: string): InstallPlan {
  const refuse = (tf: string): never => {
    throw new InputError(
      input,
      checkCompatibility({ ...target, tf })
        .map((p) => p.message)
        .join('\n'),
    );
  };
  // Below the table nothing can be checked (Python, glibc, the C++ ABI): refused before pip runs.
  const oldest = TF_RELEASES.at(-1)!.minor;
  if (!semver.intersects(requestRange(request), `>=${oldest}.0-0`, { includePrerelease: true })) {
    throw new InputError(
      input,
      `${request.text} is older than TensorFlow ${oldest}, the oldest release this action knows and checks against the Python and glibc at hand. Give ${oldest} or newer.`,
    );
  }
  if (request.kind === 'exact') {
    if (checkCompatibility({ ...target, tf: request.version }).length) refuse(request.version);
    return { label: request.version, pipSpec: `==${request.version}`, accept: [pepVersionToSemver(request.version)] };
  }
  const range = requestRange(request);
  const candidates = TF_RELEASES.filter((r) => semver.intersects(range, `${r.minor}.x`));
  const extra = request.kind === 'range' ? (request.pep440 ?? semverToPep440(range)) : '';
  if (candidates.length === 0) {
    // Outside the table (a release newer than it, say): pip resolves the range itself.
    if (extra === undefined)
      throw new InputError(
        input,
        `${request.text} is outside the TensorFlow releases this action knows (${TF_RELEASES.at(-1)!.minor}-${TF_RELEASES[0]!.minor}) and has alternatives (||) pip cannot take; give a simple range such as >=2.22 <2.23.`,
      );
    return { label: request.text.replace(/[^A-Za-z0-9.]+/g, '_'), pipSpec: extra, accept: [range] };
  }
  const chosen = newestCompatible(target, candidates);
  if (!chosen) return refuse(candidates[0]!.minor);
  const wildcard = `==${chosen.minor}.*`;
  const pipSpec = extra && extra !== wildcard ? `${wildcard},${extra}` : wildcard;
  return { label: `${chosen.minor}.x`, pipSpec, accept: [`${chosen.minor}.x`, range] };
}

function venvPythonOf(venv: string): string {
  return path.join(venv, 'bin', 'python');
}

/** The package version installed in a venv, via importlib.metadata (cheap: no TF import). */
export async function installedVersion(venvPython: string, packageName: string): Promise<string | undefined> {
  if (!fs.existsSync(venvPython)) return undefined;
  const result = await runProcess(venvPython, ['-c', 'import importlib.metadata as m, sys; print(m.version(sys.argv[1]))', packageName], {
    timeoutMs: 60_000,
  });
  return result.exitCode === 0 ? result.stdout.trim() || undefined : undefined;
}

function fits(version: string | undefined, accept: readonly string[]): version is string {
  if (!version) return false;
  try {
    const v = pepVersionToSemver(version);
    return accept.every((range) => semver.satisfies(v, range));
  } catch {
    return false;
  }
}

/** Installs (or reuses) the requested TensorFlow; with no version asked for, returns the given python unchanged. */
export async function setupTensorFlow(options: TfSetupOptions, deps: TfSetupDeps): Promise<TfSetupResult> {
  const { log } = deps;
  const env = deps.env ?? process.env;
  const platform = deps.platform ?? process.platform;
  const arch = deps.arch ?? process.arch;
  const packageName = (options.packageName ?? defaultTfPackage(arch)) as TfPackage;
  if (!TF_PACKAGES.includes(packageName)) {
    throw new InputError(
      'tensorflow-package',
      `'${packageName}' is not one of ${TF_PACKAGES.map((p) => `'${p}'`).join(', ')}. Leave it unset (tensorflow-cpu on x64, tensorflow on arm64), or set tensorflow-cpu or tensorflow.`,
    );
  }
  const asked = resolveRequest(options, log);
  if (!asked) return { python: options.python, source: 'given-python' };

  const py = await (deps.probePython ?? probePython)(options.python);
  const target = { python: py.version, glibc: py.glibc, platform, arch, packageName, pythonLabel: options.python };
  const plan = planInstall(asked.request, target, asked.input);
  const pyMinor = tfMinorOf(py.version)!;
  const root = toolCacheOrTemp(env);
  const venv = path.join(root, 'tf-cgo-verify', 'venv', `${packageName}-${plan.label}-py${pyMinor}-${platform}-${arch}`);
  const venvPython = venvPythonOf(venv);
  const done = (version: string, source: TfSetupResult['source'], cacheKey?: string, spent?: TfSetupResult['spent']): TfSetupResult => {
    log.info(`TensorFlow ${packageName} ${version} in ${venv} (${source})`);
    return {
      python: venvPython,
      version,
      venv,
      source,
      inferredFrom: asked.inferredFrom,
      ...(cacheKey ? { cacheKey } : {}),
      ...(spent ? { spent } : {}),
    };
  };

  const existing = await installedVersion(venvPython, packageName);
  const holds = existing ? ` (holds ${packageName} ${existing})` : '';
  if (fits(existing, plan.accept)) return done(existing, 'venv-reused');
  if (fs.existsSync(venv)) {
    log.info(`Replacing ${venv}${holds}`);
    fs.rmSync(venv, { recursive: true, force: true });
  }

  const cache = deps.cache ?? new ActionCache(undefined, log);
  const cacheKey = tfVenvCacheKey({
    platform,
    arch,
    pythonVersion: py.version,
    pythonPrefix: py.basePrefix,
    packageName,
    tfVersion: plan.label,
    pipArgs: options.pipArgs,
  });
  const restoreStarted = Date.now();
  if (options.cache && (await cache.restore([venv], cacheKey))) {
    const restored = await installedVersion(venvPython, packageName);
    if (fits(restored, plan.accept)) return done(restored, 'cache-restored', cacheKey, { how: 'cache', ms: Date.now() - restoreStarted });
    fs.rmSync(venv, { recursive: true, force: true });
  }

  const installStarted = Date.now();
  const requirement = `${packageName}${plan.pipSpec}`;
  const how = await installVenv({
    python: options.python,
    venv,
    venvPython,
    requirement,
    pipArgs: options.pipArgs,
    env,
    platform,
    arch,
    log,
  });
  const installed = await installedVersion(venvPython, packageName);
  if (!fits(installed, plan.accept)) {
    throw new InputError(
      'pip-args',
      `${how} installed ${packageName} ${installed ?? '(nothing)'} into ${venv}, which does not match ${plan.pipSpec}; check pip-args.`,
    );
  }
  return done(installed, 'venv-installed', options.cache ? cacheKey : undefined, { how, ms: Date.now() - installStarted });
}
