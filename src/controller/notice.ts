import type { GitHubPort } from '../github/port.js';

/**
 * A refusal told once: the comment carries a marker of the head and the reason, and an event that
 * meets the same refusal at the same head finds it and says nothing more.
 */
export const NOTICE_PREFIX = '<!-- platform-actions:controller-notice ';

export function noticeMarker(phase: string, head: string, reason: string): string {
  return `${NOTICE_PREFIX}${JSON.stringify({ phase, head, reason })} -->`;
}

export async function tellOnce(
  github: GitHubPort,
  number: number,
  marker: string,
  text: string
): Promise<boolean> {
  const identity = await github.identity();
  const comments = await github.comments(number);
  if (comments.some((c) => c.author === identity && c.body.split('\n', 1)[0] === marker))
    return false;
  await github.createComment(number, `${marker}\n${text}`);
  return true;
}
