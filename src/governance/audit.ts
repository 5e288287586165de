import { InputError } from '../common/errors.js';
import type { InputReader } from '../common/inputs.js';
import type { Log } from '../common/log.js';
import { appendAudit, DEFAULT_AUDIT_BRANCH, type AuditEvent } from '../audit/trail.js';
import type { PolicyDecision } from '../policy/evaluate.js';
import type { PlanSummary } from '../terraform/plan.js';
import { branchNameProblem } from '../git/ref-name.js';
import type { RunContext } from './event.js';
import type { GateDecision } from './gate.js';

/** Where the audit trail is appended: a branch of a repository, pushed with the token. */
export interface AuditSettings {
  repository: string;
  branch: string;
  token?: string;
}

/**
 * The `audit-branch` and `audit-repository` inputs. The trail is kept when a token can push it
 * (`github-token`) or a repository is named; an empty `audit-branch` turns it off. The default
 * repository is the workflow's own, at the server it runs on.
 */
export function readAuditSettings(
  read: InputReader,
  env: NodeJS.ProcessEnv,
  token: string
): AuditSettings | undefined {
  const branch = read('audit-branch');
  const named = read('audit-repository');
  const problem = branch === '' ? undefined : branchNameProblem(branch);
  if (problem !== undefined)
    throw new InputError(
      'audit-branch',
      branch,
      `must be a valid branch name (or empty: no audit): it ${problem}`
    );
  if (branch === '' || (token === '' && named === '')) return undefined;
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = named === '' ? `${server}/${env['GITHUB_REPOSITORY'] ?? ''}.git` : named;
  return { repository, branch, ...(token === '' ? {} : { token }) };
}

export { DEFAULT_AUDIT_BRANCH };

export interface AuditScope {
  context: RunContext;
  /** Who started the run (GITHUB_ACTOR). */
  actor: string;
  commit: string;
  stack: string;
  planId: string;
  /** When the events happen (default: now). */
  now?: () => Date;
}

function event(
  scope: AuditScope,
  kind: AuditEvent['kind'],
  details: Record<string, unknown>,
  actor = scope.actor
): AuditEvent {
  return {
    kind,
    actor: actor || 'unknown',
    time: (scope.now?.() ?? new Date()).toISOString(),
    repository: scope.context.repository,
    commit: scope.commit,
    stack: scope.stack,
    planId: scope.planId,
    runUrl: scope.context.runUrl,
    details
  };
}

/** tf-plan's record: the plan made, and the policy's verdict on it. */
export function planAuditEvents(
  scope: AuditScope,
  plan: { summary: PlanSummary; planSha256: string; environment: string; pullRequest?: number },
  policy: PolicyDecision
): AuditEvent[] {
  const s = plan.summary;
  const where = plan.pullRequest === undefined ? {} : { pullRequest: plan.pullRequest };
  return [
    event(scope, 'plan', {
      ...where,
      environment: plan.environment,
      planSha256: plan.planSha256,
      add: s.add,
      change: s.change,
      destroy: s.destroy,
      replace: s.replace
    }),
    event(scope, 'policy', {
      ...where,
      result: policy.result,
      errors: policy.violations.filter((v) => v.severity === 'error').map((v) => v.rule),
      warnings: policy.violations.filter((v) => v.severity === 'warning').length
    })
  ];
}

/** tf-apply's record before the engine applies: the approvals seen, the override, the start. */
export function applyStartEvents(
  scope: AuditScope,
  decision: GateDecision,
  planSha256: string,
  pullRequest: number | undefined
): AuditEvent[] {
  const where = pullRequest === undefined ? {} : { pullRequest };
  const events = decision.approvals.map((user) =>
    event(scope, 'approval', { ...where, reviewedCommit: scope.commit }, user)
  );
  if (decision.override !== undefined) {
    events.push(
      event(
        scope,
        'override',
        {
          ...where,
          justification: decision.override.justification,
          comment: decision.override.comment.url
        },
        decision.override.user
      )
    );
  }
  const mismatch = policyMismatchEvent(scope, decision, pullRequest);
  if (mismatch !== undefined) events.push(mismatch);
  events.push(event(scope, 'apply-started', { ...where, gate: decision.gate, planSha256 }));
  return events;
}

/**
 * tf-apply's own policy verdict, when it disagrees with the one the plan comment records: the
 * comment's verdict was forged (or the policy changed since the plan) or is stale.
 */
export function policyMismatchEvent(
  scope: AuditScope,
  decision: GateDecision,
  pullRequest: number | undefined
): AuditEvent | undefined {
  const check = decision.policyCheck;
  if (check?.disagreement === undefined || check.evaluated === undefined) return undefined;
  return event(scope, 'policy', {
    ...(pullRequest === undefined ? {} : { pullRequest }),
    evaluatedBy: 'tf-apply',
    result: check.evaluated.result,
    recorded: check.recorded,
    verdict: check.disagreement,
    comment: decision.planComment?.comment.url ?? '',
    errors: check.evaluated.violations.filter((v) => v.severity === 'error').map((v) => v.rule)
  });
}

/** A refusal worth a record: the plan comment's verdict was forged or stale. */
export function applyRefusedEvents(
  scope: AuditScope,
  decision: GateDecision,
  pullRequest: number | undefined
): AuditEvent[] {
  const mismatch = policyMismatchEvent(scope, decision, pullRequest);
  if (mismatch === undefined) return [];
  const where = pullRequest === undefined ? {} : { pullRequest };
  return [mismatch, event(scope, 'apply-refused', { ...where, gate: decision.gate })];
}

export function applyFinishedEvent(
  scope: AuditScope,
  outcome: { applied: true } | { applied: false; error: string }
): AuditEvent {
  return event(scope, 'apply-finished', outcome);
}

/** Where a step's events go: the trail of AuditSettings in the actions, a list in tests. */
export type AuditRecorder = (events: AuditEvent[]) => Promise<void>;

/** The recorder of a trail, in its own log group; undefined when there is no trail. */
export function auditRecorder(
  settings: AuditSettings | undefined,
  log: Log
): AuditRecorder | undefined {
  if (settings === undefined) return undefined;
  return (events) => log.group('Audit trail', () => recordAudit(settings, events, log));
}

/** Appends events to the trail, saying where in the log. */
export async function recordAudit(
  settings: AuditSettings,
  events: AuditEvent[],
  log: Log
): Promise<void> {
  const result = await appendAudit({
    repository: settings.repository,
    branch: settings.branch,
    events,
    ...(settings.token === undefined ? {} : { token: settings.token }),
    log
  });
  log.info(
    `Audit: ${events.map((e) => e.kind).join(', ')} appended to ${settings.branch} ` +
      `(${result.lines} lines, commit ${result.commitSha.slice(0, 12)})`
  );
}
