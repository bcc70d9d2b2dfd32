// C compiler (gcc, clang), cgo and Go compiler messages: `file:line:col: ...`. cgo's
// #line directives make errors in the preamble name the .go file already. gcc prints
// the source line and a caret under a message; those lines are kept as raw context. A note
// that says where the name a message is about is declared (a deprecation's `declared here`)
// is kept with the source line under it: a deprecated declaration often shows its replacement.
import type { DiagnosticKind, Location } from '../diagnostic.ts';
import { detach, type Collector, type CountedDiagnostic } from './collector.ts';
import type { LineParser } from './rules.ts';
import { cgoUnknownName, compileMessage, missingHeader } from './link-findings.ts';

const located = /^(.+?):(\d+):(?:(\d+):)? (.*)$/;
const gccHeader = /^fatal error: (.+?): No such file or directory$/;
const clangHeader = /^fatal error: '(.+?)' file not found$/;
const unknownName = /^could not determine (?:kind of name for C\.(\S+)|what C\.(\S+) refers to)$/;
const severityPrefix = /^(fatal error|error|warning|note): (.*)$/;
// Notes naming the declaration a message is about: gcc's `declared here`, clang's
// `'OkStatus' has been explicitly marked deprecated here`.
const declarationNotes: readonly RegExp[] = [/^declared here$/, /^'[^']+' has been explicitly marked deprecated here$/];
// `   34 | inline ::absl::Status OkStatus() { ... }`: the source line gcc prints under a message.
const sourceLine = /^\s*\d+ \| (.*)$/;
// `                 from .../op.h:27,`: the include chain gcc prints before a message in a header.
const includedFrom = /^\s+from \S.*:\d+[,:]$/;

const normalise = (file: string): string => (file.startsWith('./') ? file.slice(2) : file);

export function createCompilerParser(collector: Collector): LineParser & { context(line: string): void } {
  // The finding the next caret/source lines belong to.
  let last: CountedDiagnostic | undefined;
  // The finding whose declaration note was the last message: the next source line is the declaration's.
  let declared: CountedDiagnostic | undefined;

  const record = (kind: DiagnosticKind, where: string, what: string, make: () => ReturnType<typeof compileMessage>, raw: string): void => {
    last = collector.add(kind, where, what, make, raw);
    declared = undefined;
  };
  const note = (text: string, location: Location, raw: string): void => {
    declared = undefined;
    if (!last) return;
    collector.addRaw(last, raw);
    if (last.declaredAt || !declarationNotes.some((rule) => rule.test(text))) return;
    last.declaredAt = { ...location, file: detach(location.file) };
    declared = last;
  };

  return {
    line(body, raw) {
      const m = located.exec(body);
      if (!m) {
        // `./main.go: In function 'f':`, `In file included from x.c:4:`, `compilation terminated.`
        return body.endsWith(':') && (body.includes(': In function') || body.startsWith('In file included from'));
      }
      const file = m[1] ?? '';
      const line = Number(m[2]);
      const column = m[3] === undefined ? undefined : Number(m[3]);
      const rest = m[4] ?? '';
      const location: Location = column === undefined ? { file, line } : { file, line, column };
      const where = `${normalise(file)}:${line}:${column ?? ''}`;
      const severity = severityPrefix.exec(rest);
      if (severity) {
        const [, level, text = ''] = severity;
        if (level === 'note') {
          note(text, location, raw);
          return true;
        }
        if (level === 'fatal error') {
          const header = gccHeader.exec(rest)?.[1] ?? clangHeader.exec(rest)?.[1];
          if (header) {
            record('missing-header', where, header, () => missingHeader(header, location), raw);
            return true;
          }
        }
        const kind = level === 'warning' ? 'c-compile-warning' : 'c-compile-error';
        record(kind, where, text, () => compileMessage(kind, text, location), raw);
        return true;
      }
      const unknown = unknownName.exec(rest);
      if (unknown) {
        const name = unknown[1] ?? unknown[2] ?? '';
        record('cgo-unknown-name', where, name, () => cgoUnknownName(name, location), raw);
        return true;
      }
      if (column !== undefined && file.endsWith('.go')) {
        record('go-compile-error', where, rest, () => compileMessage('go-compile-error', rest, location), raw);
        return true;
      }
      return false;
    },
    /** A source or caret line under the last message (`    5 | #include ...`). */
    context(line) {
      if (!last || includedFrom.test(line)) return;
      const source = declared?.declaredAt ? sourceLine.exec(line)?.[1] : undefined;
      if (source !== undefined && declared?.declaredAt) {
        declared.declaredAt.source = detach(source);
        declared = undefined;
      }
      collector.addRaw(last, line);
    },
    interrupt() {
      last = undefined;
      declared = undefined;
    },
  };
}
