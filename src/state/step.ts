import type { AuditEvent } from '../audit/trail.js';
import type { Clock } from '../common/clock.js';
import type { Log } from '../common/log.js';
import type { AuditSettings } from '../governance/audit.js';
import type { RunContext } from '../governance/event.js';
import type { StepReport } from '../governance/step.js';
import { untrustedMarkdown } from '../markdown/escape.js';
import type { StackDependencies } from '../terraform/stack.js';
import type { StateUnlockSettings } from './inputs.js';
import {
  runUnlock,
  UnlockRefusedError,
  type UnlockDependencies,
  type UnlockResult
} from './job.js';
import { describeHolder } from './unlock.js';

export interface UnlockStepSettings extends StateUnlockSettings {
  context: Pick<RunContext, 'repository' | 'sha' | 'runId' | 'runUrl'>;
  /** Who asks for the unlock (GITHUB_ACTOR). */
  actor: string;
}

/** What state-unlock talks to, handed in: the engine's installer, GitHub, the audit trail, the clock. */
export interface UnlockStepAdapters {
  log: Log;
  install: StackDependencies['install'];
  engine?: StackDependencies['engine'];
  /** The runs of the lane and the approvers' teams. */
  connect: () => Promise<UnlockDependencies['github']>;
  /** Appends events to the trail the settings name. */
  recordAudit: (audit: AuditSettings, events: AuditEvent[]) => Promise<void>;
  clock: Clock;
}

/** The summary of an unlock done: what was held, by whom, why it was removed, where it is recorded. */
export function renderUnlockSummary(settings: UnlockStepSettings, result: UnlockResult): string {
  const forced = result.forced
    ? ' (forced by a special approver while a run of the lane was going)'
    : '';
  return [
    `### Break-glass unlock of ${untrustedMarkdown(settings.stackName)}`,
    '',
    `The lock ${untrustedMarkdown(describeHolder(result.holder))} is gone${forced}.`,
    '',
    `Why: ${untrustedMarkdown(settings.reason.trim())}`,
    '',
    `Recorded in the audit trail (${untrustedMarkdown(settings.audit.branch)}). Run a normal plan of the stack now.`,
    ''
  ].join('\n');
}

/**
 * state-unlock as one step: the break-glass unlock of `runUnlock` (request, lock, lane, decision,
 * record, release) with this run's facts. `unlocked` is false unless the lock is gone; a refusal
 * says that nothing changed.
 */
export async function runUnlockStep(
  settings: UnlockStepSettings,
  adapters: UnlockStepAdapters
): Promise<StepReport> {
  const { context } = settings;
  const { log } = adapters;
  const report: StepReport = { outputs: { unlocked: 'false' }, summary: '' };
  const ownRunId = Number(context.runId);
  try {
    const result = await runUnlock(
      {
        stackName: settings.stackName,
        stack: settings.stack,
        varFiles: settings.varFiles,
        lockId: settings.lockId,
        reason: settings.reason,
        force: settings.force,
        actor: settings.actor,
        approvers: settings.approvers,
        lane: settings.lane,
        ...(Number.isInteger(ownRunId) && ownRunId > 0 ? { ownRunId } : {}),
        repository: context.repository,
        commit: context.sha,
        runUrl: context.runId === '' ? '' : context.runUrl
      },
      {
        log,
        install: adapters.install,
        ...(adapters.engine === undefined ? {} : { engine: adapters.engine }),
        github: await adapters.connect(),
        record: (event) => adapters.recordAudit(settings.audit, [event]),
        now: () => new Date(adapters.clock.now())
      }
    );
    report.outputs = {
      unlocked: 'true',
      'lock-id': result.lockId,
      holder: describeHolder(result.holder),
      stale: String(result.stale),
      forced: String(result.forced)
    };
    report.summary = renderUnlockSummary(settings, result);
  } catch (error) {
    report.failure =
      error instanceof UnlockRefusedError
        ? new UnlockRefusedError(`Unlock refused, nothing changed: ${error.message}`)
        : error;
  }
  return report;
}
