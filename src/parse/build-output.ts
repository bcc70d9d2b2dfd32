// Streaming parser for `go build` output: cmd/go framing around C compiler, cgo, Go
// compiler and linker (GNU ld, gold, lld, mold, ld64) messages. Feed it chunks of any
// size; it keeps one line at a time plus the distinct findings, so memory does not
// grow with the size of the log. Most lines are rejected by a cheap keyword test
// before any regular expression runs.
import { createCollector, type CountedDiagnostic } from './collector.ts';
import { createCompilerParser } from './compiler.ts';
import { createGnuLdParser, type LineParser } from './gnu-ld.ts';
import { createGoldParser } from './gold.ts';
import { createLd64Parser, isLd64BlockStart } from './ld64.ts';
import { genericLinkFailure } from './link-findings.ts';
import { createLineSplitter, defaultMaxLineLength } from './line-splitter.ts';
import { createLldMoldParser } from './lld-mold.ts';
import { hasLinkerPrefix, recordLinkerError, splitLinkerPrefix } from './record.ts';

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
const keywords = ['defined', 'error', 'warning', 'unction `', 'not found', 'find', 'efinition', 'duplicate', 'could not', '.go:', 'failed'];

function mayMatter(line: string): boolean {
  for (const word of keywords) if (line.includes(word)) return true;
  return false;
}

// `/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1`
const linkFailed = /\/link(?:\.exe)?: running (\S+) failed: (.*)$/;

export function createBuildOutputParser(options: BuildOutputOptions = {}): BuildOutputParser {
  const maxRawLines = options.maxRawLines ?? 4;
  const collector = createCollector({ maxRawLines, maxFindings: options.maxFindings });
  const gnu = createGnuLdParser(collector);
  const gold = createGoldParser(collector);
  const lld = createLldMoldParser(collector);
  const ld64 = createLd64Parser(collector);
  const cc = createCompilerParser(collector);
  // Which parsers can claim a line, by the linker prefix it starts with.
  const lldLines = [lld];
  const gnuLines = [gnu, gold, ld64];
  const plainLines = [gnu, gold, cc, lld];
  const byTool = (tool: string | undefined): LineParser[] =>
    tool === undefined ? plainLines : tool === 'mold' || tool.endsWith('lld') ? lldLines : gnuLines;
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

  const onLine = (line: string): void => {
    if (skipCommandLine) {
      // The gcc command line cmd/go prints after "running gcc failed".
      skipCommandLine = false;
      return;
    }
    if (line.length === 0) {
      interruptAll();
      return;
    }
    const first = line.charCodeAt(0);
    if (first === 62 /* > */ && lld.active) {
      lld.line(line, line);
      return;
    }
    if (first === 32 || first === 9) {
      if (ld64.active && ld64.line(line, line)) return;
      if (owner === cc) cc.context(line);
      return;
    }
    if (first === 35 /* # */ && line.startsWith('# ')) {
      // `# example.com/pkg`: cmd/go starts the output of another package or step.
      inLinkSection = false;
      lastLinkerError = undefined;
      interruptAll();
      return;
    }
    if (first === 85 /* U */ && isLd64BlockStart(line)) {
      interruptAll();
      ld64.start();
      owner = ld64;
      return;
    }
    // Inside a failed link, any linker line may be the error (e.g. a relocation against -fPIC).
    if (!line.includes(': ') || (!mayMatter(line) && !(inLinkSection && hasLinkerPrefix(line)))) {
      unrecognised(line);
      return;
    }
    const { tool, body } = splitLinkerPrefix(line);
    if (tool === 'ld' && isLd64BlockStart(line)) {
      interruptAll();
      ld64.start();
      owner = ld64;
      return;
    }
    for (const parser of byTool(tool)) {
      if (parser === owner ? parser.line(body, line) : parser.line(body, line) && (owner?.interrupt(), true)) {
        owner = parser;
        return;
      }
    }
    interruptAll();
    const failed = linkFailed.exec(line);
    if (failed) {
      linkFailure = `${failed[1]} failed: ${failed[2]}`;
      inLinkSection = true;
      linkTail = [];
      skipCommandLine = true;
      return;
    }
    if (line.startsWith('collect2: error: ') || line.includes('linker command failed with exit code')) {
      linkFailure ??= line;
      return;
    }
    // Another linker error (relocation, bad value, ...): keep it as it is.
    if (tool && (body.startsWith('error: ') || body.startsWith('fatal: ') || (inLinkSection && !body.startsWith('warning: ')))) {
      lastLinkerError = recordLinkerError(collector, body.replace(/^(?:error|fatal): /, ''), line, lastLinkerError);
      return;
    }
    unrecognised(line);
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
