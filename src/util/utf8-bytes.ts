// Sizes and cuts of text in UTF-8 bytes, the unit size limits are set in; a cut never
// splits a character.

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The first `maxBytes` bytes of `text`. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

/** The last `maxBytes` bytes of `text`, starting at a whole line when one fits. */
export function tailBytes(text: string, maxBytes: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= maxBytes) return text;
  let start = buf.length - Math.max(0, maxBytes);
  const newline = buf.indexOf(0x0a, start);
  if (newline !== -1 && newline < buf.length - 1) start = newline + 1;
  while (start < buf.length && (buf[start]! & 0xc0) === 0x80) start++;
  return buf.subarray(start).toString('utf8');
}
