import { ActionError } from '../common/errors.js';
import type { PullRequestFacts } from '../github/port.js';
import { allowedStacks, type AllowList, type ControlledStack } from './allow-list.js';
import type { DispatchPayload } from './payload.js';

/** Why a dispatch is refused before anything is checked out. */
export type DispatchRefusal =
  'not-allowed' | 'head-mismatch' | 'fork' | 'pull-request-closed' | 'not-merged';

export class DispatchRefusedError extends ActionError {
  constructor(
    readonly refusal: DispatchRefusal,
    message: string
  ) {
    super(`${message} Nothing was checked out, planned, merged or applied.`);
  }
}

const short = (sha: string) => sha.slice(0, 12);

/** Before the API is asked anything: is the sender one of ours? */
export function checkSource(payload: DispatchPayload, list: AllowList): ControlledStack[] {
  const stacks = allowedStacks(list, payload.source_repo);
  if (stacks === undefined)
    throw new DispatchRefusedError(
      'not-allowed',
      `${payload.source_repo} is not on the controller's allow-list: add it there (in the ` +
        `controller repository) to have its pull requests planned.`
    );
  return stacks;
}

/**
 * The payload against what GitHub says of the pull request now: its head must be the commit the
 * payload names (a validate of an older push, or a forged SHA, is refused); validate and merge need
 * it open, apply needs it merged.
 */
export function checkPullRequest(payload: DispatchPayload, pr: PullRequestFacts): void {
  const n = `#${pr.number} of ${payload.source_repo}`;
  if (pr.headRepository.toLowerCase() !== pr.baseRepository.toLowerCase())
    throw new DispatchRefusedError(
      'fork',
      `Pull request ${n} comes from ${pr.headRepository || 'a deleted repository'}: a fork's ` +
        `change is never planned with the controller's credentials.`
    );
  if (pr.headSha !== payload.head_sha)
    throw new DispatchRefusedError(
      'head-mismatch',
      `The payload names head ${short(payload.head_sha)}, but the head of ${n} is ` +
        `${short(pr.headSha)}: only the pull request's current head is planned or merged.`
    );
  if (payload.action === 'apply') {
    if (!pr.merged || pr.mergeCommitSha === undefined)
      throw new DispatchRefusedError(
        'not-merged',
        `Pull request ${n} is not merged: only a merged pull request is applied.`
      );
  } else if (pr.state !== 'open') {
    throw new DispatchRefusedError(
      'pull-request-closed',
      `Pull request ${n} is ${pr.merged ? 'already merged' : 'closed'}: ${payload.action} needs it open.`
    );
  }
}
