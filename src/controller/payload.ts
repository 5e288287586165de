import { z } from 'zod';
import { ActionError } from '../common/errors.js';

/**
 * What a team repository sends the controller as `repository_dispatch`. Every field is a claim
 * to check, never a choice: the controller reads the pull request's head from the API, the
 * stacks, environments, policies, approvers and branches from its own configuration.
 */

export const DISPATCH_EVENT_TYPE = 'platform-controller';
export const CONTROLLER_ACTIONS = ['validate', 'merge', 'apply'] as const;
export type ControllerAction = (typeof CONTROLLER_ACTIONS)[number];

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const FILE = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\0]{1,1000}$/;

export const DispatchPayloadSchema = z.strictObject({
  source_repo: z
    .string({ error: 'source_repo: must be a string, owner/name' })
    .regex(REPOSITORY, 'source_repo: must be owner/name'),
  action: z.enum(CONTROLLER_ACTIONS, {
    error: `action: must be one of ${CONTROLLER_ACTIONS.join(', ')}`
  }),
  pr_number: z
    .number({ error: 'pr_number: must be a number' })
    .int('pr_number: must be a whole number')
    .positive('pr_number: must be positive'),
  head_sha: z
    .string({ error: 'head_sha: must be a string' })
    .regex(/^[0-9a-f]{40}$/, 'head_sha: must be 40 lowercase hex digits (a commit)'),
  files: z
    .array(z.string().regex(FILE, 'files: each must be a relative path without ..'), {
      error: 'files: must be a list of paths'
    })
    .max(3000, 'files: at most 3000 paths')
});
export type DispatchPayload = z.infer<typeof DispatchPayloadSchema>;

export class PayloadError extends ActionError {}

/**
 * The `client_payload` of a `repository_dispatch` event, checked: an unknown key, a missing or
 * mistyped field each named, all at once.
 */
export function parseDispatchEvent(eventName: string, event: unknown): DispatchPayload {
  if (eventName !== 'repository_dispatch')
    throw new PayloadError(
      `The controller runs on repository_dispatch (event type ${DISPATCH_EVENT_TYPE}), not on ` +
        `${eventName || 'an unknown event'}: nothing was checked out, planned or merged.`
    );
  const e = event as { action?: unknown; client_payload?: unknown } | null;
  if (e?.action !== DISPATCH_EVENT_TYPE)
    throw new PayloadError(
      `The repository_dispatch event type is '${String(e?.action ?? '')}', not ` +
        `'${DISPATCH_EVENT_TYPE}': nothing was done.`
    );
  const parsed = DispatchPayloadSchema.safeParse(e.client_payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys'
        ? `unknown key(s) ${i.keys.join(', ')}`
        : i.message.includes(':')
          ? i.message
          : `${i.path.join('.') || 'client_payload'}: ${i.message}`
    );
    throw new PayloadError(
      `The dispatch payload is malformed: ${problems.join('; ')}. Expected ` +
        `{source_repo, action: ${CONTROLLER_ACTIONS.join('|')}, pr_number, head_sha, files}; ` +
        `nothing was checked out, planned or merged.`
    );
  }
  return parsed.data;
}
