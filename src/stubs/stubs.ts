// Interface stubs of the TensorFlow libraries: small shared libraries with the same
// SONAME, NEEDED, RUNPATH, version definitions and exported C symbols (type, binding, version,
// object size) as the real ones, so that a link against them gives the same built library in
// well under a second instead of 10-20 s (GNU ld reads all 435k names of libtensorflow_cc).
// Everything after the link still runs against the real libraries.
//
// Made with the C compiler cgo uses (`go env CC`), not by writing ELF in TypeScript: the real
// linker then lays out .dynsym, .gnu.hash, .gnu.version and .gnu.version_d itself, in exactly
// the form the linker reading the stub expects, for whatever architecture that compiler
// targets; a hand-written ELF writer would have to reproduce those tables per architecture and
// be trusted to match. Each stub is read back with the ELF reader and compared with the real
// library before use, so a compiler that does something unexpected gives a fallback, not a
// wrong stub.
//
// Decisions:
// - A library without .gnu.version_d (the real libtensorflow_framework.so.2 has none) gets a
//   stub without one: its symbols are unversioned in both, and the linked result is the same
//   (the integration test compares them). Refusing it would disable stubs for every package.
// - Names a stub cannot reproduce exactly (IFUNC, protected or other non-default visibility,
//   TLS, NOTYPE, several versions, only a non-default version) are left out of the stub and
//   listed in `unanswerable` with the reason: a package that references one links the real
//   libraries (whyStubsCannotStandIn), one that does not loses nothing.
// - C++ (mangled) names are carried only when a package's compiled objects reference them
//   (extraNames): all 435k names would cost 8 s and 188 MB. The folder keeps its path and is
//   remade with the union, since the path is in CGO_LDFLAGS and so in cmd/go's cache key.
// - The stubs are cached under the tool cache, keyed by each library's build ID (or size and
//   mtime) and STUB_FORMAT, written to a temporary folder and renamed into place, so a failed
//   or concurrent write never leaves a half stub folder.
import { randomBytes, createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { toolCacheOrTemp } from '../util/temp-dir.ts';
import path from 'node:path';
import type { Log } from '../log.ts';
import { lookupDefined, readDynamicSymbols, readElfInfo } from '../elf/elf.ts';
import { runProcess } from '../util/process.ts';
import { readLibraryIdentity, readStubSpec, type StubSpec } from './spec.ts';
import { stubSource, stubVersionScript } from './source.ts';
import { linkEntries } from '../resolve/tensorflow.ts';

/** Bump when the generated stubs change, so that older cached ones are not reused. */
export const STUB_FORMAT = 1;

export interface StubRequest {
  /** Real libraries the link names (absolute paths), e.g. .../tensorflow/libtensorflow_cc.so.2. */
  libraries: string[];
  /** Default: RUNNER_TOOL_CACHE, else the run's temp folder (util/temp-dir.ts). */
  cacheRoot?: string;
  /**
   * Names beyond the C ones (mangled C++) that a package's objects reference: the stubs answer
   * them too. The folder keeps its path (it is in CGO_LDFLAGS, part of cmd/go's cache key) and
   * is remade with the union when a package needs names it lacks.
   */
  extraNames?: readonly string[];
  /** The C compiler as words (`go env CC`); default gcc. */
  cc?: readonly string[];
  env?: NodeJS.ProcessEnv;
  log: Log;
}

export interface StubsReady {
  ok: true;
  /** The drop-in link folder: use -L<dir> instead of the real folder, same -l flags. */
  dir: string;
  /** Each real library and its stub (libraries the given ones NEED from their folder included). */
  stubs: { real: string; stub: string }[];
  /** Exported C names the stubs do not carry, with why; referencing one needs the real libraries. */
  unanswerable: Map<string, string>;
  cached: boolean;
  durationMs: number;
}

export interface StubsUnavailable {
  ok: false;
  /** Why the link uses the real libraries, for a notice. */
  reason: string;
}

export type StubResult = StubsReady | StubsUnavailable;

interface Manifest {
  format: number;
  libraries: { file: string; identity: string }[];
  unanswerable: [string, string][];
  /** The extra (mangled) names the stubs were made to answer. */
  extra?: string[];
}

const COMPILE_TIMEOUT_MS = 120_000;

/** The root all stub folders live under. */
export function stubCacheBase(cacheRoot: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheRoot ?? toolCacheOrTemp(env), 'tf-cgo-verify-stubs');
}

/** The libraries plus those they NEED that sit next to them (found there through $ORIGIN). */
async function withSiblings(libraries: string[]): Promise<string[]> {
  const all = libraries.map((l) => path.resolve(l));
  for (let i = 0; i < all.length; i++) {
    const info = await readElfInfo(all[i]!);
    for (const name of info.dynamic.needed) {
      const sibling = path.join(path.dirname(all[i]!), name);
      if (all.includes(sibling)) continue;
      if (
        await access(sibling).then(
          () => true,
          () => false,
        )
      )
        all.push(sibling);
    }
  }
  return all;
}

/** Whether a whole stub folder is at `dir` (another run, or an earlier step, made it). */
export async function stubFolderMade(dir: string): Promise<boolean> {
  return (await readManifest(dir)) !== undefined;
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.format !== STUB_FORMAT) return undefined;
    for (const l of manifest.libraries) await access(path.join(dir, l.file));
    return manifest;
  } catch {
    return undefined;
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where the stubs of a set of libraries live: one folder per set of library files and their identities. */
interface StubFolder {
  dir: string;
  base: string;
  key: string;
  /** The libraries with the siblings they NEED, absolute. */
  libraries: string[];
  identities: string[];
  files: string[];
}

/**
 * The stub folder for `request.libraries`, without making it: its path is in CGO_LDFLAGS and
 * so in cmd/go's cache key, and a compile needs only the path. Never throws: a failure is a reason.
 */
export async function stubFolderFor(
  request: Pick<StubRequest, 'libraries' | 'cacheRoot' | 'env'>,
): Promise<StubFolder | { reason: string }> {
  if (request.libraries.length === 0) return { reason: 'no TensorFlow library to make link stubs for' };
  const notElf = request.libraries.find((l) => !/\.so(\.\d+)*$/.test(l));
  if (notElf) return { reason: `stubs are made for ELF shared libraries only, not ${path.basename(notElf)}` };
  let libraries: string[];
  let identities: string[];
  try {
    libraries = await withSiblings(request.libraries);
    identities = await Promise.all(libraries.map(readLibraryIdentity));
  } catch (error) {
    return { reason: `cannot read the TensorFlow libraries for stubs: ${describe(error)}` };
  }
  const files = libraries.map((l) => path.basename(l));
  if (new Set(files).size !== files.length)
    return { reason: `two libraries share a file name (${files.join(', ')}); one stub folder cannot hold both` };
  const key = createHash('sha256')
    // Sorted: the same libraries asked for in another order are the same stub folder.
    .update(JSON.stringify({ format: STUB_FORMAT, libraries: files.map((f, i) => [f, identities[i]]).sort() }))
    .digest('hex')
    .slice(0, 16);
  const base = stubCacheBase(request.cacheRoot, request.env);
  return { dir: path.join(base, key), base, key, libraries, identities, files };
}

/** Makes (or reuses) the stub folder for `libraries`. Never throws: a failure is a reason. */
export async function prepareStubs(request: StubRequest): Promise<StubResult> {
  const started = Date.now();
  const { log } = request;
  const folder = await stubFolderFor(request);
  if ('reason' in folder) return { ok: false, reason: folder.reason };
  const { dir, base, key, libraries, identities, files } = folder;
  const ready = (manifest: Manifest, cached: boolean): StubsReady => ({
    ok: true,
    dir,
    stubs: libraries.map((real) => ({ real, stub: path.join(dir, path.basename(real)) })),
    unanswerable: new Map(manifest.unanswerable),
    cached,
    durationMs: Date.now() - started,
  });

  const existing = await readManifest(dir);
  const had = new Set(existing?.extra ?? []);
  const lacking = (request.extraNames ?? []).filter((name) => !had.has(name));
  if (existing && lacking.length === 0) {
    log.info(`Link stubs: reusing ${dir} (${files.join(', ')})`);
    return ready(existing, true);
  }
  const extra = [...new Set([...had, ...lacking])].sort();
  const temporary = path.join(base, `.tmp-${key}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(temporary, { recursive: true });
    const manifest = await generate(libraries, identities, temporary, request, extra);
    await writeFile(path.join(temporary, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    await publish(temporary, dir, extra);
    const made = await readManifest(dir);
    if (!made) return { ok: false, reason: `the stub folder ${dir} is not readable after writing it` };
    const mangled = extra.length > 0 ? ` with ${extra.length} C++ name(s) the package references` : '';
    log.info(`Link stubs: made ${files.join(', ')}${mangled} in ${Date.now() - started} ms under ${dir}`);
    return ready(made, false);
  } catch (error) {
    return { ok: false, reason: error instanceof StubError ? error.message : `cannot write link stubs under ${base}: ${describe(error)}` };
  } finally {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
  }
}

class StubError extends Error {}

/**
 * Renames the finished folder into place; if another run got there first with stubs that
 * answer `extra` too, keeps its folder, else replaces it (moved aside first, so the path
 * always holds a whole stub folder or none).
 */
async function publish(temporary: string, dir: string, extra: readonly string[]): Promise<void> {
  try {
    await rename(temporary, dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    const there = await readManifest(dir);
    const covers = new Set(there?.extra ?? []);
    if (there && extra.every((name) => covers.has(name))) return; // a concurrent run finished the same stubs
    const aside = `${temporary}-old`;
    await rename(dir, aside);
    await rename(temporary, dir);
    await rm(aside, { recursive: true, force: true });
    return;
    // Not a stub folder we made (no valid manifest): replace it.
    await rm(dir, { recursive: true, force: true });
    await rename(temporary, dir);
  }
}

async function generate(
  libraries: string[],
  identities: string[],
  out: string,
  request: StubRequest,
  extra: readonly string[],
): Promise<Manifest> {
  const extraNames = new Set(extra);
  const cc = request.cc && request.cc.length > 0 ? request.cc : ['gcc'];
  const env = { ...(request.env ?? process.env), LC_ALL: 'C' };
  const compile = async (args: string[], what: string) => {
    const run = await runProcess(cc[0]!, [...cc.slice(1), ...args], { env, timeoutMs: COMPILE_TIMEOUT_MS, cwd: out });
    if (run.spawnError) throw new StubError(`cannot run the C compiler ${cc[0]} to make link stubs: ${run.spawnError.message}`);
    if (run.exitCode !== 0) {
      const tail = run.combined.trim().split('\n').slice(-6).join('\n');
      throw new StubError(
        `the C compiler (${cc.join(' ')}) failed to make ${what} (exit ${run.exitCode ?? run.signal}${run.timedOut ? ', timed out' : ''}):\n${tail}`,
      );
    }
  };
  const specs = await Promise.all(libraries.map((library) => readStubSpec(library, extraNames)));

  // Libraries with the SONAMEs the real ones NEED, so that each stub records the same NEEDED
  // entries (a linker follows them, e.g. libtensorflow_cc -> libtensorflow_framework).
  const work = path.join(out, '.work');
  const needed = path.join(work, 'needed');
  await mkdir(needed, { recursive: true });
  const allNeeded = [...new Set(specs.flatMap((s) => s.needed))];
  if (allNeeded.length > 0) {
    await writeFile(path.join(work, 'empty.c'), 'int tf_cgo_verify_needed_placeholder;\n');
    await compile(['-c', '-fPIC', '-o', path.join(work, 'empty.o'), path.join(work, 'empty.c')], 'an empty object');
    await Promise.all(
      allNeeded.map((name) =>
        compile(
          ['-shared', '-nostdlib', `-Wl,-soname,${name}`, '-o', path.join(needed, name), path.join(work, 'empty.o')],
          `a placeholder for ${name}`,
        ),
      ),
    );
  }

  const built = await Promise.all(
    specs.map(async (spec) => {
      const file = path.basename(spec.path);
      const source = path.join(work, `${file}.c`);
      await writeFile(source, stubSource(spec));
      const args = ['-shared', '-nostdlib', '-o', path.join(out, file)];
      if (spec.soname !== undefined) args.push(`-Wl,-soname,${spec.soname}`);
      const script = stubVersionScript(spec);
      if (script !== undefined) {
        await writeFile(path.join(work, `${file}.map`), script);
        args.push(`-Wl,--version-script,${path.join(work, `${file}.map`)}`);
      }
      if (spec.runpath !== undefined) args.push('-Wl,--enable-new-dtags', `-Wl,-rpath,${spec.runpath}`);
      else if (spec.rpath !== undefined) args.push('-Wl,--disable-new-dtags', `-Wl,-rpath,${spec.rpath}`);
      args.push(source, '-Wl,--no-as-needed', ...spec.needed.map((name) => path.join(needed, name)));
      await compile(args, `the stub of ${file}`);
      return { spec, file, added: compareStub(spec, await readStubSpec(path.join(out, file), extraNames)) };
    }),
  );
  // Merged in the libraries' order, not as the compilers finish: a name two libraries leave out keeps the later library's reason.
  const unanswerable = new Map<string, string>();
  for (const { spec, file, added } of built) {
    for (const [name, reason] of spec.unanswerable) unanswerable.set(name, `${reason} (${file})`);
    for (const [name, reason] of added) unanswerable.set(name, reason);
    request.log.debug(
      `Link stubs: ${file}: ${spec.symbols.length} symbols, versions [${spec.versions.join(', ')}], ${spec.unanswerable.size} left out`,
    );
  }
  await rm(work, { recursive: true, force: true });

  // The bindings names (-ltensorflow, -ltensorflow_framework), relative so the folder can move.
  for (const entry of linkEntries({ dir: out, libraries: libraries.map((l) => path.basename(l)) }))
    await symlink(path.basename(entry.target), path.join(out, entry.name));
  return {
    format: STUB_FORMAT,
    libraries: libraries.map((l, i) => ({ file: path.basename(l), identity: identities[i]! })),
    unanswerable: [...unanswerable].sort((a, b) => a[0].localeCompare(b[0])),
    extra: [...extra],
  };
}

/**
 * Checks the stub against the real library; a difference is a StubError. Returns the C names
 * the stub exports that the real library does not (the linker adds one per version name).
 */
function compareStub(real: StubSpec, stub: StubSpec): Map<string, string> {
  const file = path.basename(real.path);
  const problems: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${what}: real ${JSON.stringify(a)}, stub ${JSON.stringify(b)}`);
  };
  same('ELF class', real.elfClass, stub.elfClass);
  same('machine', real.machine, stub.machine);
  same('SONAME', real.soname, stub.soname);
  same('NEEDED', real.needed, stub.needed);
  same('RUNPATH', real.runpath, stub.runpath);
  same('RPATH', real.rpath, stub.rpath);
  same('version definitions', real.versions, stub.versions);
  const stubSymbols = new Map(stub.symbols.map((s) => [s.name, s]));
  for (const s of real.symbols) {
    const t = stubSymbols.get(s.name);
    if (!t) {
      problems.push(`${s.name} is missing`);
      continue;
    }
    same(
      `${s.name}`,
      [s.type, s.weak, s.version, s.type === 'OBJECT' ? s.size : 0, s.readonly],
      [t.type, t.weak, t.version, t.type === 'OBJECT' ? t.size : 0, t.readonly],
    );
    if (s.type === 'OBJECT' && t.align < s.align)
      problems.push(`${s.name} is aligned to ${t.align} in the stub, ${s.align} in the real library`);
    stubSymbols.delete(s.name);
  }
  if (problems.length > 0) {
    throw new StubError(
      `the stub made for ${file} differs from the real library (${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; ${problems.length - 5} more` : ''})`,
    );
  }
  const extra = new Map<string, string>();
  const realVersionSymbols = new Set(real.versionSymbols);
  for (const name of [
    ...stubSymbols.keys(),
    ...stub.unanswerable.keys(),
    ...stub.versionSymbols.filter((v) => !realVersionSymbols.has(v)),
  ]) {
    if (real.unanswerable.has(name)) continue;
    extra.set(name, `${name} is defined by the stub of ${file} (the linker adds a symbol per version name) but not by the real library`);
  }
  for (const name of real.versionSymbols) {
    if (!stub.versionSymbols.includes(name))
      extra.set(name, `${name} (a version name) is a symbol of the real ${file} but not of its stub`);
  }
  return extra;
}

/**
 * Can a link against the stubs stand in for one against the real libraries, for a package
 * that references `names` (its C names before the build, or the undefined symbols of the
 * library built against the stubs, or the names of an undefined-reference error)? Undefined
 * when it can; otherwise the reason to link the real libraries. A name neither the stubs nor
 * the real libraries define gets the same answer from both, so it does not count.
 */
export async function whyStubsCannotStandIn(result: StubsReady, names: Iterable<string>): Promise<string | undefined> {
  const reasons: string[] = [];
  const rest: string[] = [];
  for (const name of new Set(names)) {
    const why = result.unanswerable.get(name);
    if (why !== undefined) reasons.push(why);
    else rest.push(name);
  }
  if (rest.length > 0) {
    const inStubs = new Set<string>();
    for (const s of result.stubs) for (const name of (await lookupDefined(s.stub, rest)).keys()) inStubs.add(name);
    const missing = rest.filter((n) => !inStubs.has(n));
    for (const s of missing.length > 0 ? result.stubs : []) {
      for (const name of (await lookupDefined(s.real, missing)).keys()) {
        reasons.push(`${name} is exported by ${path.basename(s.real)} but its stub does not carry it`);
      }
    }
  }
  if (reasons.length === 0) return undefined;
  const shown = reasons.slice(0, 3).join('; ');
  return `the link stubs cannot stand in for the real libraries: ${shown}${reasons.length > 3 ? ` (and ${reasons.length - 3} more)` : ''}`;
}

/** whyStubsCannotStandIn for the undefined symbols of a library or executable built against the stubs. */
export async function whyStubsCannotVouchForBuilt(result: StubsReady, built: string): Promise<string | undefined> {
  const undefinedNames = (await readDynamicSymbols(built)).filter((s) => !s.defined).map((s) => s.name);
  return whyStubsCannotStandIn(result, undefinedNames);
}
