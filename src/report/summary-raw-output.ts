// The raw tool output at the end of the job summary: each tail folded in a code block,
// sharing the bytes the rest of the summary leaves; what is cut is said, never silent.
import { byteLength, tailBytes } from '../util/utf8-bytes.ts';
import { clip, escapeCell, fenceFor } from './markdown.ts';

/** Room kept for a one-line notice that something was cut. */
export const noticeReserve = 200;
/** A tail is shown only with at least this much of it (or all of a shorter one). */
const minTailBytes = 256;
/** The <details> wrapper and cut note around each tail. */
const tailWrapperReserve = 400;

// eslint-disable-next-line no-control-regex
const ansiEscape = /\x1b\[[0-9;?]*[A-Za-z]/g;

function renderTail(title: string, text: string, originalBytes: number): string {
  const kept = byteLength(text);
  const cut =
    originalBytes > kept
      ? `_Cut to keep the summary under the size limit: the first ${originalBytes - kept} of ${originalBytes} bytes are omitted; the full output is in the job log._\n\n`
      : '';
  const fence = fenceFor(text);
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `<details><summary>Raw output: ${escapeCell(clip(title, 200))}</summary>\n\n${cut}${fence}text\n${body}${fence}\n\n</details>\n\n`;
}

/** Shares `budget` bytes among the tails: small ones whole, the rest equally. */
export function renderTails(tails: readonly { title: string; text: string }[], budget: number): string {
  const texts = tails.map((t) => t.text.replace(/\r\n?/g, '\n').replace(ansiEscape, ''));
  const sizes = texts.map((t) => byteLength(t));
  const shares = sizes.map(() => 0);
  let left = budget - tails.length * tailWrapperReserve;
  const open = new Set(sizes.map((_, i) => i));
  while (open.size > 0 && left > 0) {
    const share = Math.floor(left / open.size);
    const fitting = [...open].filter((i) => sizes[i]! <= share);
    if (fitting.length === 0) {
      for (const i of open) shares[i] = share;
      break;
    }
    for (const i of fitting) {
      shares[i] = sizes[i]!;
      left -= sizes[i]!;
      open.delete(i);
    }
  }
  let out = '';
  tails.forEach((t, i) => {
    if (shares[i]! >= Math.min(minTailBytes, sizes[i]!)) out += renderTail(t.title, tailBytes(texts[i]!, shares[i]!), sizes[i]!);
    else if (budget - byteLength(out) > noticeReserve)
      out += `_${escapeCell(clip(t.title, 100))}: omitted to keep the summary under the size limit; see the job log._\n\n`;
  });
  return out;
}
