// The link line, read once: which folders (-L, -I, -isystem), which libraries (-lX, -l:file,
// a path) and the file each resolves to, which RUNPATH. It is made in resolve from the
// package's #cgo directives and the user's CGO_* variables, and the flags stage adds its plan's
// words; every later stage asks it instead of splitting words or joining folders itself.
// Nothing here runs a tool: word lists in, facts out (resolving a library looks at the disk).
import fs from 'node:fs';
import path from 'node:path';
import type { Location } from '../diagnostic.ts';
import { splitWords } from '../util/words.ts';

/** A #cgo directive as the preamble scanner gives it (CgoDirective has these fields). */
export interface LinkDirective {
  line: number;
  column: number;
  condition?: string;
  /** CFLAGS, CPPFLAGS, CXXFLAGS, LDFLAGS, ... */
  kind: string;
  args: string[];
}

/** The package as the scanner read it: its folder, and each cgo file's directives. */
export interface LinkSources {
  dir: string;
  files: readonly { file: string; directives: readonly LinkDirective[] }[];
}

export interface LinkFolder {
  kind: '-L' | '-I' | '-isystem';
  /** Absolute, ${SRCDIR} expanded. */
  dir: string;
  /** The #cgo line; none for CGO_* words and the plan's. */
  location?: Location;
}

export interface LinkLibrary {
  /** As -l takes it: `tensorflow`, `:libtensorflow_cc.so.2`; for a path, the path as written. */
  name: string;
  how: '-l' | '-l:' | 'path';
  /** The word that names it: `-ltensorflow`, `-Wl,--as-needed,-lm`, `lib/libx.a`. */
  arg: string;
  /** The file it resolves to in the line's -L folders (a .so before a .a, as ld looks); undefined: none there. */
  file?: string;
  location?: Location;
}

export interface LinkLine {
  folders: LinkFolder[];
  libraries: LinkLibrary[];
  /** -Wl,-rpath,X and -Wl,-rpath=X values, in order. */
  rpaths: string[];
  /** The words it was read from, in order: the link's, then the compile's (for the -I folders). */
  linkWords: readonly LinkWord[];
  compileWords: readonly LinkWord[];
}

/** A word of a link or compile line, with the #cgo line it is on. */
export interface LinkWord {
  word: string;
  location?: Location;
  /** The folder relative paths and ${SRCDIR} mean. */
  base: string;
}

const LINK_KINDS = new Set(['LDFLAGS']);
const COMPILE_KINDS = new Set(['CFLAGS', 'CPPFLAGS', 'CXXFLAGS']);
const OBJECT_PATH = /\.(?:so(?:\.\d+)*|a|o)$/;

/**
 * Whether a #cgo build constraint (`linux,arm64 darwin`: spaces OR, commas AND, `!` NOT)
 * holds for the target; cmd/go applies a directive only when it does.
 */
export function constraintHolds(condition: string | undefined, goos: string, goarch: string): boolean {
  if (!condition) return true;
  const term = (t: string): boolean => (t.startsWith('!') ? !term(t.slice(1)) : t === goos || t === goarch || t === 'cgo' || t === 'unix');
  return condition.split(/\s+/).some((alt) => alt.split(',').every(term));
}

/** `-lX`, `-l X` and `-Wl,...,-lX` among words: X (`:file` as written), the word, and its index. */
export function libraryWords(words: readonly string[]): { name: string; arg: string; index: number }[] {
  const found: { name: string; arg: string; index: number }[] = [];
  words.forEach((word, index) => {
    if (word === '-l' && index + 1 < words.length) found.push({ name: words[index + 1]!, arg: `-l${words[index + 1]!}`, index });
    else if (word.startsWith('-l') && word.length > 2) found.push({ name: word.slice(2), arg: word, index });
    else if (word.startsWith('-Wl,'))
      for (const part of word.slice(4).split(','))
        if (part.startsWith('-l') && part.length > 2) found.push({ name: part.slice(2), arg: word, index });
  });
  return found;
}

/** The file names ld looks for in each folder for `-l<name>`: `:file` itself, else lib<name>.so then lib<name>.a. */
export function libraryFileNames(name: string): string[] {
  return name.startsWith(':') ? [name.slice(1)] : [`lib${name}.so`, `lib${name}.a`];
}

/** The -l argument (without -l) for a library file: ':libx.so.2' on ELF, 'x.2' for libx.2.dylib. */
export function libraryArg(file: string): string {
  const dylib = /^lib(.+)\.dylib$/.exec(file);
  return dylib ? dylib[1]! : `:${file}`;
}

/** The file an -l argument (libraryArg's form) names in `dir`: the inverse of libraryArg. */
export function libraryArgFile(arg: string, dir: string): string {
  return arg.startsWith(':') ? path.join(dir, arg.slice(1)) : path.join(dir, `lib${arg}.dylib`);
}

/** The flag that asks for a library a tool named: `-l:libx.so.2` for a file name, `-lx` for an -l name. */
export function libraryFlag(library: string): string {
  return library.includes('.so') || library.includes('.a') ? `-l:${library}` : `-l${library}`;
}

/** `tensorflow_missing` for -ltensorflow_missing, `tensorflow_cc` for -l:libtensorflow_cc.so.2. */
export function libraryStem(name: string): string {
  return name
    .replace(/^:/, '')
    .replace(/^lib/, '')
    .replace(/\.(?:so(?:\.\d+)*|a|dylib)$/, '');
}

/** Whether a file name looks like a library ld could link (libX.so[.N], libX.a). */
export function isLibraryFile(file: string): boolean {
  return /^lib.+\.(?:so(?:\.\d+)*|a)$/.test(file);
}

/** Whether a library named in tool output is the one a `-l<flag>` argument asks for. */
export function libraryMatches(printed: string, flag: string): boolean {
  const name = printed.startsWith('-l') ? printed.slice(2) : printed;
  if (name === flag) return true;
  const base = path.basename(name);
  if (flag.startsWith(':')) return flag.slice(1) === name || flag.slice(1) === base;
  if (name.startsWith(':')) return false;
  const escaped = flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^lib${escaped}(?:\\.so(?:\\.[0-9.]+)?|\\.a|(?:\\.[0-9.]+)?\\.dylib|\\.tbd)$`).test(base);
}

/** The first file `-l<name>` finds in `dirs`, folder by folder, as ld searches; undefined when none has it. */
export function resolveLibrary(name: string, dirs: readonly string[]): string | undefined {
  for (const dir of dirs) for (const file of libraryFileNames(name)) if (fs.existsSync(path.join(dir, file))) return path.join(dir, file);
  return undefined;
}

function expand(word: string, base: string): string {
  return path.resolve(base, word.replaceAll('${SRCDIR}', base));
}

/** The folder a word names, with the next word for the two-word forms (`-L dir`, `-isystem dir`). */
function folderOf(words: readonly LinkWord[], i: number): LinkFolder | undefined {
  const { word, location, base } = words[i]!;
  for (const kind of ['-isystem', '-L', '-I'] as const) {
    if (!word.startsWith(kind)) continue;
    const dir = word === kind ? words[i + 1]?.word : word.slice(kind.length);
    return dir ? { kind, dir: expand(dir, base), ...(location ? { location } : {}) } : undefined;
  }
  return undefined;
}

function rpathsOf(word: string): string[] {
  if (!word.startsWith('-Wl,')) return [];
  const parts = word.slice(4).split(',');
  return parts.flatMap((part, i) =>
    part === '-rpath' || part === '--rpath'
      ? parts[i + 1]
        ? [parts[i + 1]!]
        : []
      : /^--?rpath=/.test(part)
        ? [part.replace(/^--?rpath=/, '')]
        : [],
  );
}

/** The libraries the words name, in the order of the words, each resolved in `dirs`. */
function librariesOf(words: readonly LinkWord[], dirs: readonly string[]): LinkLibrary[] {
  const named = libraryWords(words.map((w) => w.word)).map(({ name, arg, index }) => ({
    index,
    library: { name, how: name.startsWith(':') ? '-l:' : '-l', arg, file: resolveLibrary(name, dirs) } as const,
  }));
  const paths = words.flatMap(({ word, base }, index) => {
    if (word.startsWith('-') || !OBJECT_PATH.test(word)) return [];
    const file = expand(word, base);
    return [{ index, library: { name: word, how: 'path', arg: word, file: fs.existsSync(file) ? file : undefined } as const }];
  });
  return [...named, ...paths]
    .sort((a, b) => a.index - b.index)
    .map(({ index, library: { file, ...library } }) => {
      const location = words[index]!.location;
      return { ...library, ...(file ? { file } : {}), ...(location ? { location } : {}) };
    });
}

function lineOf(linkWords: readonly LinkWord[], compileWords: readonly LinkWord[]): LinkLine {
  const linkFolders = linkWords.flatMap((_, i) => folderOf(linkWords, i) ?? []);
  const includes = compileWords.flatMap((_, i) => folderOf(compileWords, i) ?? []).filter((f) => f.kind !== '-L');
  const dirs = linkFolders.filter((f) => f.kind === '-L').map((f) => f.dir);
  return {
    folders: [...linkFolders, ...includes],
    libraries: librariesOf(linkWords, dirs),
    rpaths: linkWords.flatMap((w) => rpathsOf(w.word)),
    linkWords,
    compileWords,
  };
}

export interface LinkLineRequest {
  sources: LinkSources;
  /** The build's CGO_LDFLAGS: the plan's words and the user's, as cmd/go gets them. */
  cgoLdflags?: string;
  /** CGO_CPPFLAGS, CGO_CFLAGS and CGO_CXXFLAGS words, for -I folders. */
  cgoCompileFlags?: readonly string[];
  /** The target, for #cgo build constraints; without it every directive counts. */
  goos?: string;
  goarch?: string;
}

function userWords(text: string | undefined, base: string): LinkWord[] {
  return splitWords(text ?? '').map((word) => ({ word, base }));
}

/** The package's directive words of some kinds whose constraints hold, each with its #cgo line. */
function directiveWords({ sources, goos, goarch }: LinkLineRequest, kinds: ReadonlySet<string>): LinkWord[] {
  const words: LinkWord[] = [];
  for (const f of sources.files)
    for (const d of f.directives) {
      if (!kinds.has(d.kind) || (goos !== undefined && goarch !== undefined && !constraintHolds(d.condition, goos, goarch))) continue;
      const location = { file: f.file, line: d.line, column: d.column };
      for (const word of d.args) words.push({ word, location, base: path.dirname(f.file) });
    }
  return words;
}

/** The link line: CGO_LDFLAGS's words, then the package's #cgo LDFLAGS; -I folders from the compile flags. */
export function readLinkLine(request: LinkLineRequest): LinkLine {
  const base = request.sources.dir;
  return lineOf(
    [...userWords(request.cgoLdflags, base), ...directiveWords(request, LINK_KINDS)],
    [...(request.cgoCompileFlags ?? []).flatMap((flags) => userWords(flags, base)), ...directiveWords(request, COMPILE_KINDS)],
  );
}

/** The line with words the action adds ahead of the user's (the link plan's -L, -l, -z defs, RUNPATH). */
export function withLeadingWords(line: LinkLine, words: readonly string[], base: string): LinkLine {
  return lineOf([...words.map((word) => ({ word, base })), ...line.linkWords], line.compileWords);
}

/** The -L folders, each once, in the order ld searches them. */
export function libraryDirs(line: LinkLine): string[] {
  return [...new Set(line.folders.filter((f) => f.kind === '-L').map((f) => f.dir))];
}

/** The -I and -isystem folders, each once. */
export function includeDirs(line: LinkLine): string[] {
  return [...new Set(line.folders.filter((f) => f.kind !== '-L').map((f) => f.dir))];
}
