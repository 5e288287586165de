import { ActionError } from '../common/errors.js';
import type { AuditEvent } from '../audit/trail.js';
import type { SpecialApprovers } from '../governance/approvers.js';
import type { WorkflowRunFacts } from '../github/operations.js';
import type { LockInfo } from '../terraform/diagnostics.js';
import { prepareStack, type StackDependencies, type StackSettings } from '../terraform/stack.js';
import { readLock, releaseLock } from './lock.js';
import {
  decideUnlock,
  describeHolder,
  runsInLane,
  unlockRequestProblems,
  type LockState
} from './unlock.js';

/** The unlock was refused: nothing was unlocked and nothing was recorded. */
export class UnlockRefusedError extends ActionError {}

export interface UnlockSettings {
  /** The stack's name in the audit trail and the messages. */
  stackName: string;
  stack: StackSettings;
  varFiles: string[];
  lockId: string;
  reason: string;
  force: boolean;
  /** Who asks (GITHUB_ACTOR in a workflow). */
  actor: string;
  approvers: SpecialApprovers;
  /** The concurrency lane of the stack's runs (a word of their run titles). */
  lane: string;
  /** This run, left out of the lane's runs. */
  ownRunId?: number;
  repository: string;
  commit: string;
  runUrl: string;
}

export interface UnlockDependencies extends StackDependencies {
  github: {
    unfinishedRuns(): Promise<WorkflowRunFacts[]>;
    isTeamMember(org: string, team: string, user: string): Promise<boolean>;
  };
  /** Appends to the audit trail; called once, after every check passed and before the release. */
  record(event: AuditEvent): Promise<void>;
  now?: () => Date;
}

export interface UnlockResult {
  lockId: string;
  holder: LockInfo;
  /** The lock was only a record left by a process that is gone. */
  stale: boolean;
  forced: boolean;
  laneRuns: WorkflowRunFacts[];
  after: LockState;
}

async function isApprover(
  actor: string,
  approvers: SpecialApprovers,
  github: UnlockDependencies['github']
): Promise<boolean> {
  if (actor === '') return false;
  if (approvers.users.some((u) => u.toLowerCase() === actor.toLowerCase())) return true;
  for (const entry of approvers.teams) {
    const [org = '', team = ''] = entry.split('/');
    if (await github.isTeamMember(org, team, actor)) return true;
  }
  return false;
}

/**
 * The break-glass unlock: checks the request, reads the lock and shows its holder, reads the runs
 * of the lane, decides, records the event in the audit trail, then releases the lock with the
 * engine and reads it again. Any refusal comes before the trail and the engine's unlock: a refused
 * request changes nothing.
 */
export async function runUnlock(
  settings: UnlockSettings,
  deps: UnlockDependencies
): Promise<UnlockResult> {
  const problems = unlockRequestProblems(settings);
  if (problems.length > 0)
    throw new UnlockRefusedError(problems.map((p) => `--${p.flag} ${p.problem}`).join('\n'));
  const { log } = deps;
  const engine = await prepareStack(settings.stack, deps);
  const lock = await log.group('Read the lock', async () => {
    const state = await readLock(engine, settings.stack, settings.varFiles);
    if (state.held) log.info(`Lock held: ${describeHolder(state.holder)}`);
    else if (state.stale !== undefined)
      log.info(`Lock record left by a process that is gone: ${describeHolder(state.stale)}`);
    else log.info('The state is not locked.');
    return state;
  });
  const laneRuns = await log.group(`Runs in lane ${settings.lane}`, async () => {
    const runs = runsInLane(await deps.github.unfinishedRuns(), settings.lane, settings.ownRunId);
    for (const r of runs) log.info(`${r.status}: ${r.workflow} '${r.title}' ${r.url}`);
    if (runs.length === 0) log.info('None in progress.');
    return runs;
  });
  const actorIsApprover =
    settings.force && (await isApprover(settings.actor, settings.approvers, deps.github));
  const decision = decideUnlock(
    {
      stack: settings.stackName,
      lockId: settings.lockId,
      reason: settings.reason,
      force: settings.force,
      actor: settings.actor,
      actorIsApprover,
      lane: settings.lane
    },
    lock,
    laneRuns
  );
  if (!decision.allowed) throw new UnlockRefusedError(decision.reason);

  await log.group('Audit trail', () =>
    deps.record({
      kind: 'unlock',
      actor: settings.actor || 'unknown',
      time: (deps.now ?? (() => new Date()))().toISOString(),
      repository: settings.repository,
      commit: settings.commit,
      stack: settings.stackName,
      planId: '',
      runUrl: settings.runUrl,
      details: {
        lockId: decision.lockId,
        reason: settings.reason.trim(),
        holder: { ...decision.holder },
        stale: decision.stale,
        forced: decision.forced,
        laneRuns: laneRuns.map((r) => r.url)
      }
    })
  );
  const step = decision.stale
    ? `Remove the lock record ${decision.lockId}`
    : `${settings.stack.engine} force-unlock ${decision.lockId}`;
  const after = await log.group(step, () =>
    releaseLock(engine, settings.stack, decision.lockId, {
      stale: decision.stale,
      varFiles: settings.varFiles
    })
  );
  log.info(`Unlocked ${settings.stackName}: the lock ${describeHolder(decision.holder)} is gone.`);
  return {
    lockId: decision.lockId,
    holder: decision.holder,
    stale: decision.stale,
    forced: decision.forced,
    laneRuns,
    after
  };
}
