import type { LockInfo } from '../terraform/diagnostics.js';
import type { WorkflowRunFacts } from '../github/operations.js';

/**
 * The break-glass unlock, decided: a person names the lock they saw and says why; the lock is read
 * first and must be that one; a run still going in the stack's lane keeps it (its runner may be
 * alive) unless a special approver forces it. Pure: what is held, what runs, who asks are data.
 */

/**
 * A lock ID as the engines write them: a UUID (local, s3, pg, azurerm, consul) or a number (the
 * generation of a gcs lock object).
 */
export const LOCK_ID_PATTERN =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]{1,20})$/;

export const MIN_REASON_LENGTH = 20;

/** What reading the lock found. */
export type LockState =
  /** Another writer holds the lock; the engine names it. */
  | { held: true; holder: LockInfo }
  /**
   * Nothing holds the lock, but a record of one is left (the local backend's `.lock.info` after its
   * process was killed: the operating system released the file lock, the record stays).
   */
  | { held: false; stale: LockInfo }
  | { held: false; stale?: undefined };

export type UnlockDecision =
  | { allowed: true; lockId: string; holder: LockInfo; stale: boolean; forced: boolean }
  | { allowed: false; reason: string };

export interface UnlockRequest {
  stack: string;
  lockId: string;
  reason: string;
  force: boolean;
  actor: string;
  /** Whether the actor is one of the special approvers. */
  actorIsApprover: boolean;
  lane: string;
}

/** The problems of the request itself, each naming its flag; empty when it can be carried out. */
export function unlockRequestProblems(request: {
  lockId: string;
  reason: string;
}): { flag: string; problem: string }[] {
  const problems: { flag: string; problem: string }[] = [];
  if (!LOCK_ID_PATTERN.test(request.lockId))
    problems.push({
      flag: 'lock-id',
      problem: `'${request.lockId}' is not a lock ID: expected the UUID (or, for gcs, the number) shown as 'ID:' under 'Lock Info:' in the failed run's log`
    });
  const length = request.reason.trim().length;
  if (length < MIN_REASON_LENGTH)
    problems.push({
      flag: 'reason',
      problem: `says why in ${length} character(s): at least ${MIN_REASON_LENGTH} are needed (what died, who checked it is gone)`
    });
  return problems;
}

/** The runs of the lane: a workflow run names its lane as one word of its title (`run-name`). */
export function runsInLane(
  runs: readonly WorkflowRunFacts[],
  lane: string,
  ownRunId?: number
): WorkflowRunFacts[] {
  const seen = new Set<number>();
  return runs.filter((run) => {
    if (run.id === ownRunId || seen.has(run.id)) return false;
    seen.add(run.id);
    return run.title
      .split(/\s+/)
      .map((word) => word.replace(/^[[(<"']+|[\])>"',;:]+$/g, ''))
      .includes(lane);
  });
}

/** Describes a lock's holder as a person reads it: who, doing what, since when. */
export function describeHolder(holder: LockInfo): string {
  return [
    `ID ${holder.id ?? '(not reported)'}`,
    `held by ${holder.who ?? '(not reported)'}`,
    `for ${holder.operation ?? '(operation not reported)'}`,
    `since ${holder.created ?? '(time not reported)'}`,
    ...(holder.path === undefined ? [] : [`on ${holder.path}`])
  ].join(', ');
}

export function decideUnlock(
  request: UnlockRequest,
  lock: LockState,
  laneRuns: readonly WorkflowRunFacts[]
): UnlockDecision {
  const problems = unlockRequestProblems(request);
  if (problems.length > 0)
    return {
      allowed: false,
      reason: problems.map((p) => `--${p.flag} ${p.problem}`).join('; ')
    };
  const holder = lock.held ? lock.holder : lock.stale;
  if (holder === undefined)
    return {
      allowed: false,
      reason: `The state of ${request.stack} is not locked: nothing to unlock. Run the plan again.`
    };
  if (holder.id !== request.lockId)
    return {
      allowed: false,
      reason:
        `--lock-id ${request.lockId} is not the lock on the state of ${request.stack}: the lock ` +
        `there is ${describeHolder(holder)}. Nothing was unlocked; check which run holds it.`
    };
  const forced = laneRuns.length > 0;
  if (forced && !request.force)
    return {
      allowed: false,
      reason:
        `A run in lane ${request.lane} is still going, so the lock may be held by a live runner: ` +
        `${laneRuns.map((r) => `${r.workflow} '${r.title}' (${r.status}, ${r.url})`).join('; ')}. ` +
        `Cancel it, or wait for it to end; only a special approver may pass --force.`
    };
  if (request.force && !request.actorIsApprover)
    return {
      allowed: false,
      reason: `--force was given by ${request.actor || '(unknown)'}, who is not a special approver: only a special approver may force an unlock.`
    };
  return { allowed: true, lockId: request.lockId, holder, stale: !lock.held, forced };
}
