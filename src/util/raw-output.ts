// Echoes raw tool output so that nothing in it can act as a workflow command: the runner
// ignores commands between ::stop-commands::<token> and ::<token>::, and the token is
// unguessable so the output cannot end the block itself.
import { randomBytes } from 'node:crypto';

export interface RawEcho {
  write(chunk: string): void;
  end(): void;
}

export function stopCommandsToken(): string {
  return `tf-cgo-verify-${randomBytes(16).toString('hex')}`;
}

export function createRawEcho(write: (text: string) => void, options: { guard: boolean }): RawEcho {
  const token = stopCommandsToken();
  let started = false;
  let endsWithNewline = true;
  return {
    write(chunk: string) {
      if (chunk.length === 0) return;
      if (!started && options.guard) write(`::stop-commands::${token}\n`);
      started = true;
      write(chunk);
      endsWithNewline = chunk.endsWith('\n');
    },
    end() {
      if (!started) return;
      if (!endsWithNewline) write('\n');
      if (options.guard) write(`::${token}::\n`);
      started = false;
      endsWithNewline = true;
    },
  };
}

/**
 * For log lines built from names we do not control (file names, ELF strings): a line that
 * starts with "::" or "##[" (after blanks) would be read as a workflow command, so a
 * zero-width space goes between the first two characters.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/^(\s*)([:#])(?=:|#\[)/gm, '$1$2\u200b');
}
