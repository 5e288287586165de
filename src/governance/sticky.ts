import { systemClock, type Clock } from '../common/clock.js';
import type { Log } from '../common/log.js';
import { retry } from '../common/retry.js';
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
  log: Log,
  clock: Clock = systemClock
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
  let creating = false;
  return retry(
    async (attempt) => {
      if (attempt > 1) lookup = await existing();
      if (lookup.found !== undefined) {
        creating = false;
        const comment = await github.updateComment(lookup.found.comment.id, body);
        log.info(`Updated the plan comment ${comment.url}`);
        return { comment, created: false };
      }
      creating = true;
      const comment = await github.createComment(number, body);
      log.info(`Posted the plan comment ${comment.url}`);
      return { comment, created: true };
    },
    {
      attempts: CREATE_ATTEMPTS,
      // Only a create without a clear answer is tried again, after reading back what landed.
      retryable: (error) => {
        const status = (error as { status?: number }).status;
        return creating && (status === undefined || status >= 500);
      },
      delayMs: (attempt) => 1000 * attempt,
      onRetry: (error, attempt) =>
        log.warning(
          `Posting the plan comment failed (${(error as Error).message}); checking whether it ` +
            `landed before trying again (${attempt} of ${CREATE_ATTEMPTS})`
        ),
      clock
    }
  );
}
