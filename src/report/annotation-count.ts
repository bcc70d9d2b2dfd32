// Counts the annotations a step has printed, the way the runner reads its output: lines
// that start with ::error, ::warning or ::notice, except inside a ::stop-commands:: block.
// The action feeds it everything it writes to stdout, so annotations printed by libraries
// (@actions/cache warns on its own) count against GitHub's per-step limits too.
import type { AnnotationLimits } from './annotations.ts';
import { createLineSplitter } from '../parse/line-splitter.ts';

export interface AnnotationCounter {
  /** A chunk of stdout, as written (lines may be split across chunks). */
  feed(text: string): void;
  /** Annotations printed so far, by severity. */
  counts(): AnnotationLimits;
}

const annotationCommand = /^::(error|warning|notice)(?:\s[^:]*)?::/i;

export function createAnnotationCounter(): AnnotationCounter {
  const counts: AnnotationLimits = { error: 0, warning: 0, notice: 0 };
  let stopToken: string | undefined;
  const line = (raw: string) => {
    // The runner trims leading white space before it looks for a command.
    const text = raw.trimStart();
    if (!text.startsWith('::')) return;
    if (stopToken !== undefined) {
      if (text.trimEnd() === `::${stopToken}::`) stopToken = undefined;
      return;
    }
    const stop = /^::stop-commands::(.*)$/i.exec(text);
    if (stop) {
      stopToken = stop[1]!.trimEnd();
      return;
    }
    const match = annotationCommand.exec(text);
    if (match) counts[match[1]!.toLowerCase() as keyof AnnotationLimits]++;
  };
  // Bounded memory whatever the step prints: a command is read from the start of its line.
  const splitter = createLineSplitter(line);
  return {
    feed: (text) => splitter.write(text),
    counts: () => ({ ...counts }),
  };
}
