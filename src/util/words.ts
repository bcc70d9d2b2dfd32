// Splits a string into words the way a POSIX shell would (quotes and backslashes),
// without running a shell: no expansion, no globbing, no operators.

export class WordSplitError extends Error {}

export function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new WordSplitError(`unterminated single quote at character ${i + 1}`);
      current += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        // Inside double quotes a backslash escapes only these, as in sh.
        if (c === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) {
          if (text[i + 1] !== '\n') current += text[i + 1];
          i += 2;
          continue;
        }
        current += c;
        i++;
      }
      if (!closed) throw new WordSplitError('unterminated double quote');
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 >= text.length) throw new WordSplitError('trailing backslash');
      if (text[i + 1] !== '\n') {
        current += text[i + 1];
        inWord = true;
      }
      i += 2;
    } else if (/\s/.test(ch)) {
      if (inWord) {
        words.push(current);
        current = '';
        inWord = false;
      }
      i++;
    } else {
      current += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(current);
  return words;
}

/** Splits a list input: commas or newlines separate entries; blanks are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
