// Streaming parser for `go build` output: cmd/go framing around C compiler, cgo, Go
// compiler, compiler driver and linker (GNU ld, gold, lld, mold, ld64) messages. Feed it
// chunks of any size; it keeps one line at a time plus the distinct findings, so memory
// does not grow with the size of the log. Most lines are rejected by a cheap keyword test
// before any regular expression runs.
import { createCollector, detach, type Collector, type CountedDiagnostic } from './collector.ts';
import { createCompilerParser } from './compiler.ts';
import { fileSystemFailureOf, type FileSystemFailure } from './file-system-failure.ts';
import { createGnuLdParser } from './gnu-ld.ts';
import { createGoldParser } from './gold.ts';
import { createLd64Parser, isLd64BlockStart } from './ld64.ts';
import { genericLinkFailure } from './link-findings.ts';
import { createLineSplitter, defaultMaxLineLength } from './line-splitter.ts';
import { driverError } from './linker-messages.ts';
import { createLldMoldParser } from './lld-mold.ts';
import { recordLinkerError } from './record.ts';
import type { LineParser } from './rules.ts';
import { splitToolPrefix, type ToolLine } from './tool-prefix.ts';

export type { CountedDiagnostic } from './collector.ts';
export type { FileSystemFailure } from './file-system-failure.ts';

export interface BuildOutputOptions {
  /** Raw tool lines kept per finding. Default 4. */
  maxRawLines?: number;
  /** Distinct findings kept; further new ones are counted in a closing notice. Default 5000. */
  maxFindings?: number;
  /** Longer lines are cut (gcc command lines can be huge). Default 16 KiB. */
  maxLineLength?: number;
}

export interface BuildOutputParser {
  write(chunk: string): void;
  /** Finishes the stream and returns the findings, in order of first appearance. */
  end(): CountedDiagnostic[];
  /**
   * The first file system that failed under go (a full disk, a read-only one, a folder it may
   * not write), if one did: the environment's failure, not a finding of the package.
   */
  fileSystemFailure(): FileSystemFailure | undefined;
}

// A line can only matter if it contains one of these words (checked without regexes).
const keywords = [
  'defined',
  'error',
  'warning',
  'fatal',
  'unction `',
  'not found',
  'find',
  'efinition',
  'duplicate',
  'could not',
  '.go:',
  'failed',
  'elocation',
  'not recognized',
  'required symbol',
  // A compiler's note under its message (`note: declared here`).
  'note: ',
];

function mayMatter(line: string): boolean {
  for (const word of keywords) if (line.includes(word)) return true;
  return false;
}

// `./main.go:12:3: ` or `kernel.cc:7:10: `: a compiler message.
const compilerLocation = /^[^\s:][^:]*:\d+:\d+: /;

// `/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1`
const linkFailed = /\/link(?:\.exe)?: running (\S+) failed: (.*)$/;

const isWarningOrNote = (body: string): boolean => body.startsWith('warning: ') || body.startsWith('note: ');

/** The line parsers of one build output and what its earlier lines said. */
interface BuildState {
  collector: Collector;
  maxRawLines: number;
  gnu: LineParser;
  gold: LineParser;
  lld: ReturnType<typeof createLldMoldParser>;
  ld64: ReturnType<typeof createLd64Parser>;
  cc: ReturnType<typeof createCompilerParser>;
  // Which parsers can claim a line, by the linker named in front of it.
  lldLines: LineParser[];
  gnuLines: LineParser[];
  // Lines without a linker name, tried by the parser their shape points to first: only
  // compilers print `file:line:column: `, and of the linkers only gold says `: error: `.
  compilerLines: LineParser[];
  goldLines: LineParser[];
  plainLines: LineParser[];
  /** The parser that took the last line: the only one holding multi-line context. */
  owner: LineParser | undefined;
  skipCommandLine: boolean;
  linkFailure: string | undefined;
  inLinkSection: boolean;
  /** The last few unrecognised lines of the current link section, for the generic finding. */
  linkTail: string[];
  lastLinkerError: CountedDiagnostic | undefined;
  fileSystemFailure: FileSystemFailure | undefined;
}

function createBuildState(options: BuildOutputOptions): BuildState {
  const maxRawLines = options.maxRawLines ?? 4;
  const collector = createCollector({ maxRawLines, maxFindings: options.maxFindings });
  const gnu = createGnuLdParser(collector);
  const gold = createGoldParser(collector);
  const lld = createLldMoldParser(collector);
  const ld64 = createLd64Parser(collector);
  const cc = createCompilerParser(collector);
  return {
    collector,
    maxRawLines,
    gnu,
    gold,
    lld,
    ld64,
    cc,
    lldLines: [lld],
    gnuLines: [gnu, gold, ld64],
    compilerLines: [cc, gnu, gold, lld],
    goldLines: [gold, gnu, cc, lld],
    plainLines: [gnu, gold, cc, lld],
    owner: undefined,
    skipCommandLine: false,
    linkFailure: undefined,
    inLinkSection: false,
    linkTail: [],
    lastLinkerError: undefined,
    fileSystemFailure: undefined,
  };
}

function parsersFor(state: BuildState, linker: string | undefined, line: string): LineParser[] {
  if (linker !== undefined) return linker === 'mold' || linker.endsWith('lld') ? state.lldLines : state.gnuLines;
  if (compilerLocation.test(line)) return state.compilerLines;
  return line.includes(': error: ') ? state.goldLines : state.plainLines;
}

function interruptAll(state: BuildState): void {
  state.owner?.interrupt();
  state.owner = undefined;
}

function claim(state: BuildState, parser: LineParser): void {
  if (state.owner !== parser) state.owner?.interrupt();
  state.owner = parser;
}

/** A rule for one kind of line; `handle` returning false passes the line to the next rule. */
interface LineRule {
  match(line: string, tool: ToolLine, state: BuildState): boolean;
  handle(line: string, tool: ToolLine, state: BuildState): boolean | void;
}

const unrecognised = (line: string, _tool: ToolLine, state: BuildState): void => {
  interruptAll(state);
  if (!state.inLinkSection) return;
  if (state.linkTail.length >= state.maxRawLines) state.linkTail.shift();
  state.linkTail.push(line);
};

// `Undefined symbols for architecture arm64:` or `ld: Undefined symbols:`: ld64's references follow.
const ld64BlockStart: LineRule = {
  match: isLd64BlockStart,
  handle: (_line, _tool, state) => {
    interruptAll(state);
    state.ld64.start();
    state.owner = state.ld64;
  },
};

// Lines recognised by their first character (byFirstCharacter): cmd/go framing and the
// continuation lines of multi-line messages. Every other line is a message of some tool, or noise.
const lldBlockLine: LineRule = {
  // `>>> referenced by main.go:7 (/tmp/go-build/main.go:7)`
  match: (line, _tool, state) => state.lld.active && line.startsWith('>>>'),
  handle: (line, _tool, state) => state.lld.line(line, line),
};
const indentedLine: LineRule = {
  // ld64's reference lines, or a compiler's source and caret lines under its message.
  match: () => true,
  handle: (line, _tool, state) => {
    if (state.ld64.active && state.ld64.line(line, line)) return;
    if (state.owner === state.cc) state.cc.context(line);
  },
};
const packageHeader: LineRule = {
  // `# example.com/pkg`: cmd/go starts the output of another package or step.
  match: (line) => line.startsWith('# '),
  handle: (_line, _tool, state) => {
    state.inLinkSection = false;
    state.lastLinkerError = undefined;
    interruptAll(state);
  },
};
const includeChain: LineRule = {
  // `In file included from .../errors.h:27,`: gcc names the headers that lead to the file of
  // the next message or note, which still belongs to the message before it.
  match: (line) => line.startsWith('In file included from '),
  handle: () => true,
};
const byFirstCharacter = new Map<string, LineRule>([
  ['>', lldBlockLine],
  [' ', indentedLine],
  ['\t', indentedLine],
  ['#', packageHeader],
  // `Undefined symbols for architecture arm64:` has no `: ` after it, so it is a shape too;
  // `ld: Undefined symbols:` comes through the tool messages.
  ['U', ld64BlockStart],
  ['I', includeChain],
]);

/** The failure with its strings copied out of the chunk they were cut from (collector.ts detach). */
const detachFailure = (failure: FileSystemFailure): FileSystemFailure => ({
  ...failure,
  path: detach(failure.path),
  goError: detach(failure.goError),
  line: detach(failure.line),
  ...(failure.cacheDir !== undefined ? { cacheDir: detach(failure.cacheDir) } : {}),
});

// Tool messages, tried in order.
const messageRules: readonly LineRule[] = [
  {
    // `example.com/m: go build example.com/m: copying …/exe/a.out to …/libm.so: write …/libm.so: no space left on device`:
    // the file system failed (file-system-failure.ts). The first one is kept; the line is no finding.
    match: (line) => line.endsWith('device') || line.endsWith('system') || line.endsWith('denied'),
    handle: (line, _tool, state) => {
      const failure = fileSystemFailureOf(line);
      if (!failure) return false;
      interruptAll(state);
      state.fileSystemFailure ??= detachFailure(failure);
      return true;
    },
  },
  {
    // A line can only matter if it has a `: ` and a keyword, or a linker's name in front of it.
    match: (line, tool) => tool.linker === undefined && !mayMatter(line),
    handle: unrecognised,
  },
  {
    // `/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1`, then the gcc command line.
    match: (line) => line.includes('/link') && linkFailed.test(line),
    handle: (line, _tool, state) => {
      interruptAll(state);
      const failed = linkFailed.exec(line);
      state.linkFailure = `${failed?.[1]} failed: ${failed?.[2]}`;
      state.inLinkSection = true;
      state.linkTail = [];
      state.skipCommandLine = true;
    },
  },
  {
    // `collect2: error: ld returned 1 exit status`, `clang: error: linker command failed with exit code 1 ...`
    match: (line) => line.startsWith('collect2: error: ') || line.includes('linker command failed with exit code'),
    handle: (line, _tool, state) => {
      interruptAll(state);
      state.linkFailure ??= line;
    },
  },
  ld64BlockStart,
  {
    // `gcc: error: unrecognized command-line option ...`: the driver, before any linker ran.
    match: (_line, tool) => tool.driver !== undefined && !isWarningOrNote(tool.body),
    handle: (line, tool, state) => {
      interruptAll(state);
      const driver = tool.driver ?? '';
      const text = tool.body.replace(/^(?:fatal )?error: /, '');
      state.collector.add('driver-error', driver, text, () => driverError(driver, text), line);
    },
  },
  {
    // A linker's or compiler's message: the first parser that recognises it takes it.
    match: () => true,
    handle: (line, tool, state) => {
      for (const parser of parsersFor(state, tool.linker, line)) {
        if (parser.line(tool.body, line, tool.linker)) {
          claim(state, parser);
          return true;
        }
      }
      return false;
    },
  },
  {
    // Another linker error (bad value, unknown option ...): kept as it is.
    match: (_line, tool) => tool.linker !== undefined && !isWarningOrNote(tool.body),
    handle: (line, tool, state) => {
      interruptAll(state);
      state.lastLinkerError = recordLinkerError(state.collector, tool.body.replace(/^(?:error|fatal): /, ''), line, state.lastLinkerError);
    },
  },
  { match: () => true, handle: unrecognised },
];

const noTool: ToolLine = { linker: undefined, driver: undefined, body: '' };

function readLine(state: BuildState, line: string): void {
  if (state.skipCommandLine) {
    // The gcc command line cmd/go prints after "running gcc failed" is never parsed.
    state.skipCommandLine = false;
    return;
  }
  if (line.length === 0) return interruptAll(state);
  const shaped = byFirstCharacter.get(line.charAt(0));
  if (shaped?.match(line, noTool, state) && shaped.handle(line, noTool, state) !== false) return;
  if (!line.includes(': ')) return unrecognised(line, noTool, state);
  const tool = splitToolPrefix(line);
  for (const rule of messageRules) {
    if (rule.match(line, tool, state) && rule.handle(line, tool, state) !== false) return;
  }
}

const moreFindingsNotice = (dropped: number): CountedDiagnostic => ({
  severity: 'notice',
  kind: 'other',
  stage: 'build',
  title: 'More findings not shown',
  message: `The build output held ${dropped} more distinct findings than the parser keeps.`,
  count: dropped,
});

/** The findings once the output has ended: a link that failed without a recognised reason gets a generic one. */
function finish(state: BuildState): CountedDiagnostic[] {
  interruptAll(state);
  const { collector, linkFailure } = state;
  if (linkFailure !== undefined && !collector.has((d) => d.severity === 'error')) {
    const generic = collector.add('linker-error', '', 'generic', () => genericLinkFailure(linkFailure));
    if (generic) for (const raw of state.linkTail) collector.addRaw(generic, raw);
  }
  const findings = collector.list();
  if (collector.dropped > 0) findings.push(moreFindingsNotice(collector.dropped));
  return findings;
}

export function createBuildOutputParser(options: BuildOutputOptions = {}): BuildOutputParser {
  const state = createBuildState(options);
  const splitter = createLineSplitter((line) => readLine(state, line), options.maxLineLength ?? defaultMaxLineLength);
  return {
    write: (chunk) => splitter.write(chunk),
    end() {
      splitter.end();
      return finish(state);
    },
    fileSystemFailure: () => state.fileSystemFailure,
  };
}

/** Parses a whole build log at once (the streaming parser over one chunk). */
export function parseBuildOutput(text: string, options?: BuildOutputOptions): CountedDiagnostic[] {
  const parser = createBuildOutputParser(options);
  parser.write(text);
  return parser.end();
}
