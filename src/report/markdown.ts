// Text for the job summary's Markdown: escaped so tool output shows literally and never
// becomes structure, clipped so one long line cannot fill the summary.

/** Cell text is clipped at this many characters unless a caller asks for fewer. */
const maxCellChars = 2000;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  $: '&#36;',
};

/**
 * Text for a table cell or inline HTML: markdown and HTML specials become character
 * references (shown literally, never parsed as structure), newlines become <br>.
 */
export function escapeCell(text: string): string {
  return text.replace(/[&<>"|`*_[\]\\~$]/g, (c) => entities[c] ?? c).replace(/\r\n|\r|\n/g, '<br>');
}

/** `text` cut to `max` characters, the last one an ellipsis when cut. */
export function clip(text: string, max = maxCellChars): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Inline code, escaped, clipped at `max` characters. */
export function code(text: string, max = maxCellChars): string {
  return `<code>${escapeCell(clip(text, max))}</code>`;
}

/** A code fence longer than any run of backticks in `text`, so the block cannot end early. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}
