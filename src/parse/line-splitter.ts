// Splits streamed text into lines without holding more than one (capped) line. Chunks
// may end anywhere, including between "\r" and "\n". A line longer than maxLineLength
// (a gcc command line naming thousands of objects) is cut, so a log without newlines
// cannot grow memory.

export type LineHandler = (line: string) => void;

export interface LineSplitter {
  write(chunk: string): void;
  /** Flushes the last line when the text does not end with a newline. */
  end(): void;
}

export const defaultMaxLineLength = 16 * 1024;

export function createLineSplitter(onLine: LineHandler, maxLineLength = defaultMaxLineLength): LineSplitter {
  let partial = '';
  // True while the rest of an over-long line is being skipped.
  let skipping = false;

  const emit = (line: string): void => {
    const end = line.length > 0 && line.charCodeAt(line.length - 1) === 13 ? line.length - 1 : line.length;
    onLine(end === line.length ? line : line.slice(0, end));
  };

  return {
    write(chunk: string): void {
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf('\n', start);
        if (newline === -1) break;
        if (skipping) {
          skipping = false;
        } else if (partial.length > 0) {
          const line = partial + chunk.slice(start, Math.min(newline, start + maxLineLength - partial.length));
          partial = '';
          emit(line);
        } else {
          emit(newline - start > maxLineLength ? chunk.slice(start, start + maxLineLength) : chunk.slice(start, newline));
        }
        start = newline + 1;
      }
      if (start >= chunk.length || skipping) return;
      const rest = chunk.length - start;
      if (partial.length + rest <= maxLineLength) {
        partial += chunk.slice(start);
      } else {
        // Emit the capped head now and skip until the next newline.
        const line = partial + chunk.slice(start, start + maxLineLength - partial.length);
        partial = '';
        skipping = true;
        emit(line);
      }
    },
    end(): void {
      if (partial.length > 0) emit(partial);
      partial = '';
      skipping = false;
    },
  };
}
