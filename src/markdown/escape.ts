import { redactUrlCredentials } from '../common/secrets.js';

/**
 * The one way untrusted text (addresses, keys, names, messages, values from the engine, a fact, a
 * check, Argo CD or a scanner) enters a comment or a step summary. Markup in it is shown, never
 * acted on: no raw HTML (`</details>` cannot close the section it sits in), no code span closed
 * early, no emphasis, link or image, no table cell split, no `@mention` that notifies anyone, no
 * line break that starts a new block, no credential of a URL (`user:***@host`).
 */

/**
 * What each character that could turn text into markup becomes: HTML's own as character
 * references, the backtick too (no code span opened), brackets and backslashes escaped (no link or
 * image), pipes escaped as GitHub's tables require, and a zero-width space after an at sign, so
 * `@name` shows but never mentions or pings a team.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '|': '\\|',
  '\\': '\\\\',
  '[': '\\[',
  ']': '\\]',
  '@': '@&#8203;'
};

const SPECIAL = /[&<>`|\\[\]@]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

export type UntrustedAs = 'text' | 'code' | 'code-cell';

/**
 * Renders untrusted text for Markdown: as `text` (markup characters escaped, line breaks folded to
 * spaces), as `code` (a code span whose fence is longer than any run of
 * backticks inside, so it cannot be closed early), or as `code-cell` (a code span inside a table
 * cell: its pipes escaped as GitHub's tables require).
 */
export function untrustedMarkdown(text: string, as: UntrustedAs = 'text'): string {
  const oneLine = redactUrlCredentials(text).replace(LINE_BREAK, ' ');
  if (as === 'text') return oneLine.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
  const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space each side when both are there: pad so the text shows as it is.
  const pad =
    oneLine.startsWith('`') ||
    oneLine.endsWith('`') ||
    (oneLine.startsWith(' ') && oneLine.endsWith(' ') && oneLine.trim() !== '')
      ? ' '
      : '';
  const body = as === 'code-cell' ? oneLine.replace(/\\/g, '\\\\').replace(/\|/g, '\\|') : oneLine;
  return `${fence}${pad}${body}${pad}${fence}`;
}
