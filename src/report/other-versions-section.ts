// load-on-tensorflow in the job summary: one row per other TensorFlow version, how the very same
// file loaded there (after import tensorflow, and alone), and why it failed when it did.
import type { OtherVersionResult } from '../smoke/other-versions.ts';
import { escapeCell } from './markdown.ts';

const mark = (outcome: OtherVersionResult['afterImport']): string => (outcome === 'loaded' ? '✅ loaded' : '❌ failed');

export function renderOtherVersions(results: readonly OtherVersionResult[] | undefined): string {
  if (!results || results.length === 0) return '';
  const rows = results.map((r) => {
    const why = [r.message, r.explanation].filter(Boolean).join(' ');
    return `| TensorFlow ${escapeCell(r.version ?? r.requested)} | ${mark(r.afterImport)} | ${mark(r.alone)} | ${escapeCell(why)} |`;
  });
  return `**The same file under other TensorFlow versions** (load-on-tensorflow)\n\n| | After \`import tensorflow\` | Alone | Why |\n|---|---|---|---|\n${rows.join('\n')}\n\n`;
}
