import type { Log } from '../common/log.js';
import type { CommentFacts, GitHubPort } from '../github/port.js';
import { findPlanComment } from './marker.js';

const CREATE_ATTEMPTS = 3;

/**
 * Writes the plan comment of a stack: the existing one (found by its marker and its author being
 * the token's identity) is edited in place, else one is created. A create that fails without a
 * clear answer (5xx, timeout) may still have happened, so before trying again the comments are
 * read back and a comment that landed is edited instead: a retry never posts twice.
 */
export async function upsertPlanComment(
  github: GitHubPort,
  number: number,
  stack: string,
  body: string,
  log: Log
): Promise<{ comment: CommentFacts; created: boolean }> {
  const identity = await github.identity();
  const existing = async () => findPlanComment(await github.comments(number), identity, stack);
  let lookup = await existing();
  for (const forged of lookup.forged) {
    log.warning(
      `Comment ${forged.url} by ${forged.author} carries a plan marker for stack ${stack}; ` +
        `it is not from ${identity} and is ignored`
    );
  }
  for (let attempt = 1; ; attempt++) {
    if (lookup.found !== undefined) {
      const comment = await github.updateComment(lookup.found.comment.id, body);
      log.info(`Updated the plan comment ${comment.url}`);
      return { comment, created: false };
    }
    try {
      const comment = await github.createComment(number, body);
      log.info(`Posted the plan comment ${comment.url}`);
      return { comment, created: true };
    } catch (error) {
      const status = (error as { status?: number }).status;
      const ambiguous = status === undefined || status >= 500;
      if (!ambiguous || attempt >= CREATE_ATTEMPTS) throw error;
      log.warning(
        `Posting the plan comment failed (${(error as Error).message}); checking whether it ` +
          `landed before trying again (${attempt} of ${CREATE_ATTEMPTS})`
      );
      await new Promise((r) => setTimeout(r, 1000 * attempt));
      lookup = await existing();
    }
  }
}
