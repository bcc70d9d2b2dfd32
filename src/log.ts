// What the pipeline needs from its front end: the action logs through @actions/core, the
// CLI to the terminal.
import type { RawEcho } from './util/raw-output.ts';

export interface Log {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** A sink for raw tool output; the action guards it with ::stop-commands::. */
  rawEcho(): RawEcho;
}

/** Says nothing: for library callers (benchmarks, tests) that do not want the messages. */
export const silentLog: Log = {
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: (_name, fn) => fn(),
  rawEcho: () => ({ write: () => undefined, end: () => undefined }),
};
