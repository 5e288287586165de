import { untrustedMarkdown } from './escape.js';

/** GitHub's limit on one step's summary: 1 MiB. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A cell of a Markdown table holding untrusted text: every piece of markup in it shown as text. */
export function tableCell(text: string): string {
  return untrustedMarkdown(text, 'text');
}

/** Inline code that cannot be closed early by backticks inside the text, nor span lines. */
export function inlineCode(text: string): string {
  return untrustedMarkdown(text, 'code');
}

/** Inline code in a table cell: as inlineCode, its pipes escaped so the row keeps its cells. */
export function codeCell(text: string): string {
  return untrustedMarkdown(text, 'code-cell');
}

/**
 * Lays out a document within a byte budget: the head always stays, rows are added in order while
 * they fit, and when some do not, a line says how many were left out and where the rest is.
 */
export function fitRows(options: {
  head: string;
  rows: readonly string[];
  tail: string;
  limitBytes: number;
  omitted: (count: number) => string;
}): { text: string; shown: number; omitted: number } {
  const { head, rows, tail, limitBytes } = options;
  const all = head + rows.join('') + tail;
  if (byteLength(all) <= limitBytes) return { text: all, shown: rows.length, omitted: 0 };
  // Reserve room for the longest possible notice (every row omitted).
  const reserve = byteLength(options.omitted(rows.length)) + byteLength(tail);
  let used = byteLength(head) + reserve;
  let shown = 0;
  for (const row of rows) {
    const size = byteLength(row);
    if (used + size > limitBytes) break;
    used += size;
    shown++;
  }
  const omitted = rows.length - shown;
  return {
    text: head + rows.slice(0, shown).join('') + options.omitted(omitted) + tail,
    shown,
    omitted
  };
}

/** GitHub's limit on the body of an issue or pull request comment: 65,536 characters. */
export const COMMENT_LIMIT_CHARS = 65_536;

/**
 * The last guard of a budget: text within `limitBytes` is returned as it is; longer text is cut at
 * a line boundary and ends with the notice, so nothing is ever dropped without saying so. Bytes
 * are counted, so the result also holds in characters.
 */
export function clampText(text: string, limitBytes: number, notice: string): string {
  if (byteLength(text) <= limitBytes) return text;
  const room = limitBytes - byteLength(notice);
  let cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
  // A multi-byte character cut in half decodes as U+FFFD: drop it, then back to a line end.
  cut = cut.replace(/\uFFFD$/, '');
  const lineEnd = cut.lastIndexOf('\n');
  return (lineEnd > 0 ? cut.slice(0, lineEnd + 1) : cut) + notice;
}
