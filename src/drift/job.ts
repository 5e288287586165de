import type { Log } from '../common/log.js';
import type { OperationsPort } from '../github/operations.js';
import { runPlanJob, type PlanJobSettings } from '../terraform/plan-job.js';
import type { StackDependencies } from '../terraform/stack.js';
import {
  decideDriftIssue,
  DRIFT_LABEL,
  findDriftIssue,
  type DriftCheck,
  type DriftIssueAction
} from './issues.js';
import { driftFromError, driftFromPlan, type DriftReport } from './status.js';

export interface DriftStack {
  /** The name the issue and the report use. */
  name: string;
  settings: PlanJobSettings;
}

/**
 * Plans one stack (never applies) and says what the plan means for drift. A failure of the plan is
 * the report's `error`, with its kind; it is not thrown, so the other stacks are still checked.
 */
export async function checkDrift(stack: DriftStack, deps: StackDependencies): Promise<DriftReport> {
  try {
    const result = await runPlanJob(stack.settings, deps);
    return driftFromPlan(stack.name, result);
  } catch (error) {
    return driftFromError(stack.name, error);
  }
}

export interface DriftIssueOutcome {
  action: DriftIssueAction;
  /** The issue acted on, when there is one. */
  url?: string;
  number?: number;
}

/** Carries out each stack's issue decision: the open issues are read once, then each is acted on. */
export async function keepDriftIssues(
  reports: readonly DriftReport[],
  github: OperationsPort,
  check: DriftCheck,
  log: Log
): Promise<DriftIssueOutcome[]> {
  const open = await github.openIssues(DRIFT_LABEL);
  const outcomes: DriftIssueOutcome[] = [];
  for (const report of reports) {
    const action = decideDriftIssue(report, findDriftIssue(report.stack, open), check);
    switch (action.kind) {
      case 'create': {
        const created = await github.createIssue(action);
        log.info(`${report.stack}: drift, opened issue #${created.number} (${created.url})`);
        outcomes.push({ action, number: created.number, url: created.url });
        break;
      }
      case 'update': {
        const updated = await github.updateIssue(action.number, action.body);
        log.info(`${report.stack}: drift lasts, updated issue #${updated.number}`);
        outcomes.push({ action, number: updated.number, url: updated.url });
        break;
      }
      case 'close': {
        await github.comment(action.number, action.comment);
        const closed = await github.closeIssue(action.number);
        log.info(`${report.stack}: no drift, closed issue #${closed.number}`);
        outcomes.push({ action, number: closed.number, url: closed.url });
        break;
      }
      case 'none':
        log.info(`${report.stack}: ${action.reason}`);
        outcomes.push({ action });
        break;
    }
  }
  return outcomes;
}
