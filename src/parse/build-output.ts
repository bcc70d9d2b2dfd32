// Streaming parser for `go build` output: cmd/go framing around C compiler, cgo, Go
// compiler, compiler driver and linker (GNU ld, gold, lld, mold, ld64) messages. Feed it
// chunks of any size; it keeps one line at a time plus the distinct findings, so memory
// does not grow with the size of the log. Most lines are rejected by a cheap keyword test
// before any regular expression runs.
import { createCollector, type CountedDiagnostic } from './collector.ts';
import { createCompilerParser } from './compiler.ts';
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
];

function mayMatter(line: string): boolean {
  for (const word of keywords) if (line.includes(word)) return true;
  return false;
}

// `./main.go:12:3: ` or `kernel.cc:7:10: `: a compiler message.
const compilerLocation = /^[^\s:][^:]*:\d+:\d+: /;

// `/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1`
const linkFailed = /\/link(?:\.exe)?: running (\S+) failed: (.*)$/;

/** A rule for one kind of line; `handle` returning false passes the line to the next rule. */
interface LineRule {
  match(line: string, tool: ToolLine): boolean;
  handle(line: string, tool: ToolLine): boolean | void;
}

const noTool: ToolLine = { linker: undefined, driver: undefined, body: '' };

export function createBuildOutputParser(options: BuildOutputOptions = {}): BuildOutputParser {
  const maxRawLines = options.maxRawLines ?? 4;
  const collector = createCollector({ maxRawLines, maxFindings: options.maxFindings });
  const gnu = createGnuLdParser(collector);
  const gold = createGoldParser(collector);
  const lld = createLldMoldParser(collector);
  const ld64 = createLd64Parser(collector);
  const cc = createCompilerParser(collector);
  // Which parsers can claim a line, by the linker named in front of it.
  const lldLines = [lld];
  const gnuLines = [gnu, gold, ld64];
  // Lines without a linker name, tried by the parser their shape points to first: only
  // compilers print `file:line:column: `, and of the linkers only gold says `: error: `.
  const compilerLines = [cc, gnu, gold, lld];
  const goldLines = [gold, gnu, cc, lld];
  const plainLines = [gnu, gold, cc, lld];
  const parsersFor = (linker: string | undefined, line: string): LineParser[] => {
    if (linker !== undefined) return linker === 'mold' || linker.endsWith('lld') ? lldLines : gnuLines;
    if (compilerLocation.test(line)) return compilerLines;
    return line.includes(': error: ') ? goldLines : plainLines;
  };
  // The parser that took the last line: the only one holding multi-line context.
  let owner: LineParser | undefined;

  let skipCommandLine = false;
  let linkFailure: string | undefined;
  let inLinkSection = false;
  // The last few unrecognised lines of the current link section, for the generic finding.
  let linkTail: string[] = [];
  let lastLinkerError: CountedDiagnostic | undefined;

  const interruptAll = (): void => {
    owner?.interrupt();
    owner = undefined;
  };
  const unrecognised = (line: string): void => {
    interruptAll();
    if (!inLinkSection) return;
    if (linkTail.length >= maxRawLines) linkTail.shift();
    linkTail.push(line);
  };
  const claim = (parser: LineParser): void => {
    if (owner !== parser) owner?.interrupt();
    owner = parser;
  };

  // Lines recognised by their first character: cmd/go framing and the continuation lines of
  // multi-line messages. Every other line is a message of some tool, or noise.
  const byFirstCharacter = new Map<string, LineRule>();
  const shape = (first: string[], rule: LineRule): void => {
    for (const character of first) byFirstCharacter.set(character, rule);
  };
  shape(['>'], { match: (line) => lld.active && line.startsWith('>>>'), handle: (line) => lld.line(line, line) });
  shape([' ', '\t'], {
    // ld64's reference lines, or a compiler's source and caret lines under its message.
    match: () => true,
    handle: (line) => {
      if (ld64.active && ld64.line(line, line)) return;
      if (owner === cc) cc.context(line);
    },
  });
  shape(['#'], {
    // `# example.com/pkg`: cmd/go starts the output of another package or step.
    match: (line) => line.startsWith('# '),
    handle: () => {
      inLinkSection = false;
      lastLinkerError = undefined;
      interruptAll();
    },
  });
  // `Undefined symbols for architecture arm64:` has no `: ` after it, so it is a shape too;
  // `ld: Undefined symbols:` comes through the tool messages.
  const ld64BlockStart: LineRule = {
    match: isLd64BlockStart,
    handle: () => {
      interruptAll();
      ld64.start();
      owner = ld64;
    },
  };
  shape(['U'], ld64BlockStart);

  // Tool messages, tried in order.
  const messageRules: LineRule[] = [
    {
      // A line can only matter if it has a `: ` and a keyword, or a linker's name in front of it.
      match: (line, tool) => tool.linker === undefined && !mayMatter(line),
      handle: unrecognised,
    },
    {
      match: (line) => line.includes('/link') && linkFailed.test(line),
      handle: (line) => {
        interruptAll();
        const failed = linkFailed.exec(line);
        linkFailure = `${failed?.[1]} failed: ${failed?.[2]}`;
        inLinkSection = true;
        linkTail = [];
        skipCommandLine = true;
      },
    },
    {
      match: (line) => line.startsWith('collect2: error: ') || line.includes('linker command failed with exit code'),
      handle: (line) => {
        interruptAll();
        linkFailure ??= line;
      },
    },
    ld64BlockStart,
    {
      // `gcc: error: unrecognized command-line option ...`: the driver, before any linker ran.
      match: (_, tool) => tool.driver !== undefined && !tool.body.startsWith('warning: ') && !tool.body.startsWith('note: '),
      handle: (line, tool) => {
        interruptAll();
        const driver = tool.driver ?? '';
        const text = tool.body.replace(/^(?:fatal )?error: /, '');
        collector.add('driver-error', driver, text, () => driverError(driver, text), line);
      },
    },
    {
      match: () => true,
      handle: (line, tool) => {
        for (const parser of parsersFor(tool.linker, line)) {
          if (parser.line(tool.body, line, tool.linker)) {
            claim(parser);
            return true;
          }
        }
        return false;
      },
    },
    {
      // Another linker error (bad value, unknown option ...): kept as it is.
      match: (_, tool) => tool.linker !== undefined && !tool.body.startsWith('warning: ') && !tool.body.startsWith('note: '),
      handle: (line, tool) => {
        interruptAll();
        lastLinkerError = recordLinkerError(collector, tool.body.replace(/^(?:error|fatal): /, ''), line, lastLinkerError);
      },
    },
    { match: () => true, handle: unrecognised },
  ];

  const onLine = (line: string): void => {
    if (skipCommandLine) {
      // The gcc command line cmd/go prints after "running gcc failed" is never parsed.
      skipCommandLine = false;
      return;
    }
    if (line.length === 0) return interruptAll();
    const shaped = byFirstCharacter.get(line.charAt(0));
    if (shaped?.match(line, noTool) && shaped.handle(line, noTool) !== false) return;
    if (!line.includes(': ')) return unrecognised(line);
    const tool = splitToolPrefix(line);
    for (const rule of messageRules) {
      if (rule.match(line, tool) && rule.handle(line, tool) !== false) return;
    }
  };

  const splitter = createLineSplitter(onLine, options.maxLineLength ?? defaultMaxLineLength);

  return {
    write: (chunk) => splitter.write(chunk),
    end() {
      splitter.end();
      interruptAll();
      if (linkFailure !== undefined && !collector.has((d) => d.severity === 'error')) {
        const generic = collector.add('linker-error', '', 'generic', () => genericLinkFailure(linkFailure ?? ''));
        if (generic) for (const raw of linkTail) collector.addRaw(generic, raw);
      }
      const findings = collector.list();
      if (collector.dropped > 0) {
        findings.push({
          severity: 'notice',
          kind: 'other',
          stage: 'build',
          title: 'More findings not shown',
          message: `The build output held ${collector.dropped} more distinct findings than the parser keeps.`,
          count: collector.dropped,
        });
      }
      return findings;
    },
  };
}

/** Parses a whole build log at once (the streaming parser over one chunk). */
export function parseBuildOutput(text: string, options?: BuildOutputOptions): CountedDiagnostic[] {
  const parser = createBuildOutputParser(options);
  parser.write(text);
  return parser.end();
}
