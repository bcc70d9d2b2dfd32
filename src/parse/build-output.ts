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

// `/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1`
const linkFailed = /\/link(?:\.exe)?: running (\S+) failed: (.*)$/;

/** A rule for one kind of line; `handle` returning false passes the line to the next rule. */
interface LineRule {
  match(line: string, tool: ToolLine): boolean;
  handle(line: string, tool: ToolLine): boolean | void;
}

const noTool: ToolLine = { body: '' };
const isIndented = (line: string): boolean => line.startsWith(' ') || line.startsWith('\t');

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
  const plainLines = [gnu, gold, cc, lld];
  const parsersFor = (linker: string | undefined): LineParser[] =>
    linker === undefined ? plainLines : linker === 'mold' || linker.endsWith('lld') ? lldLines : gnuLines;
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

  const rules: LineRule[] = [
    {
      // The gcc command line cmd/go prints after "running gcc failed" is never parsed.
      match: () => skipCommandLine,
      handle: () => {
        skipCommandLine = false;
      },
    },
    { match: (line) => line.length === 0, handle: interruptAll },
    { match: (line) => lld.active && line.startsWith('>>>'), handle: (line) => lld.line(line, line) },
    {
      // ld64's reference lines, or a compiler's source and caret lines under its message.
      match: isIndented,
      handle: (line) => {
        if (ld64.active && ld64.line(line, line)) return;
        if (owner === cc) cc.context(line);
      },
    },
    {
      // `# example.com/pkg`: cmd/go starts the output of another package or step.
      match: (line) => line.startsWith('# '),
      handle: () => {
        inLinkSection = false;
        lastLinkerError = undefined;
        interruptAll();
      },
    },
    {
      match: isLd64BlockStart,
      handle: () => {
        interruptAll();
        ld64.start();
        owner = ld64;
      },
    },
    {
      // Any line a linker prints may be an error (e.g. gold's `x: unknown -z option`).
      match: (line, tool) => !line.includes(': ') || (tool.linker === undefined && !mayMatter(line)),
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
        for (const parser of parsersFor(tool.linker)) {
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
    // Only lines that may be tool messages are split at their program name.
    const tool = line.includes(': ') ? splitToolPrefix(line) : noTool;
    for (const rule of rules) {
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
