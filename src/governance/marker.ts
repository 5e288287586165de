import { z } from 'zod';
import type { CommentFacts } from '../github/port.js';

/**
 * The machine-readable first line of a plan comment: an HTML comment (invisible when rendered)
 * holding JSON. tf-plan writes it; tf-apply reads it back, trusting it only when the comment's
 * author is the token's own identity.
 *
 *   <!-- platform-actions:tf-plan {"v":1,"stack":"…","environment":"…","commit":"<head sha>",
 *        "planId":"…","planSha256":"…","policyResult":"passed","runId":"…"} -->
 */

export const MARKER_PREFIX = '<!-- platform-actions:tf-plan ';
const MARKER_SUFFIX = ' -->';

export const PlanMarkerSchema = z.object({
  v: z.literal(1),
  stack: z.string().min(1),
  environment: z.string(),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  planId: z.string().regex(/^[0-9a-f]{64}$/),
  planSha256: z.string().regex(/^[0-9a-f]{64}$/),
  policyResult: z.enum(['passed', 'failed']),
  runId: z.string()
});
export type PlanMarker = z.infer<typeof PlanMarkerSchema>;

/** The marker line. `--` and `>` are escaped inside the JSON so the HTML comment cannot end early. */
export function renderMarker(marker: PlanMarker): string {
  const json = JSON.stringify(marker).replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e');
  return `${MARKER_PREFIX}${json}${MARKER_SUFFIX}`;
}

/** The marker of a comment body, or undefined when its first line is not a valid one. */
export function parseMarker(body: string): PlanMarker | undefined {
  const line = body.split('\n', 1)[0]?.trimEnd() ?? '';
  if (!line.startsWith(MARKER_PREFIX) || !line.endsWith(MARKER_SUFFIX)) return undefined;
  try {
    const parsed = PlanMarkerSchema.safeParse(
      JSON.parse(line.slice(MARKER_PREFIX.length, line.length - MARKER_SUFFIX.length))
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export interface PlanComment {
  comment: CommentFacts;
  marker: PlanMarker;
}

/**
 * The plan comment of a stack: the last comment whose marker names the stack AND whose author is
 * `identity`. A marker in anybody else's comment is reported in `forged`, never used.
 */
export function findPlanComment(
  comments: readonly CommentFacts[],
  identity: string,
  stack: string
): { found?: PlanComment; forged: CommentFacts[] } {
  let found: PlanComment | undefined;
  const forged: CommentFacts[] = [];
  for (const comment of comments) {
    const marker = parseMarker(comment.body);
    if (marker === undefined || marker.stack !== stack) continue;
    if (comment.author !== identity) forged.push(comment);
    else found = { comment, marker };
  }
  return found === undefined ? { forged } : { found, forged };
}
