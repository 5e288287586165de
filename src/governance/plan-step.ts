import { driftFromError, driftFromPlan, driftOutputs } from '../drift/status.js';
import { byteLength, STEP_SUMMARY_LIMIT_BYTES } from '../markdown/budget.js';
import { logPolicyDecision, type PolicyDecision } from '../policy/evaluate.js';
import type { PolicySettings } from '../policy/inputs.js';
import { renderPolicySummary } from '../policy/summary.js';
import { planOutputs, runPlanJobWith, type PlanJobSettings } from '../terraform/plan-job.js';
import { renderPlanSummary } from '../terraform/summary.js';
import { asCommenter } from './apply-gate.js';
import { planAuditEvents, type AuditSettings } from './audit.js';
import { targetBranch, type EnvironmentBranches } from './branches.js';
import type { RunContext } from './event.js';
import { publishPlanComment } from './plan-comment.js';
import type { StepAdapters, StepReport } from './step.js';

export type { StepReport } from './step.js';

export interface PlanGovernanceSettings {
  /** Empty: nothing is posted to the pull request. */
  token: string;
  stack: string;
  branches: EnvironmentBranches;
  /** Whose plan comments count (the `trusted-commenter` input); default: the token's identity. */
  trustedCommenter?: string;
  /** Where the plan and the verdict are recorded; undefined: no audit trail. */
  audit?: AuditSettings;
}

export interface PlanStepSettings {
  plan: PlanJobSettings;
  policy: PolicySettings;
  governance: PlanGovernanceSettings;
  /** The stack's folder within the workspace, as the summary names it. */
  stackPath: string;
  context: RunContext;
  /** Who started the run (GITHUB_ACTOR). */
  actor: string;
}

/** What tf-plan talks to, handed in (the same as tf-apply's). */
export type PlanStepAdapters = StepAdapters;

/**
 * tf-plan as one sequence: plan, policy, summary, the sticky comment on the pull request, the
 * audit trail. A failure stops the sequence; what was decided before it is still reported (the
 * drift outputs of a failed plan above all: a drift check reads them when the step fails).
 */
export async function runPlanStep(
  settings: PlanStepSettings,
  adapters: PlanStepAdapters
): Promise<StepReport> {
  const log = adapters.log;
  const context = settings.context;
  const governance = settings.governance;
  const report: StepReport = { outputs: {}, summary: '' };
  try {
    let planned;
    try {
      // The policy is evaluated on the plan's JSON while the engine renders the plan's text.
      planned = await runPlanJobWith(
        settings.plan,
        {
          log,
          install: adapters.install,
          maskSecret: adapters.maskSecret,
          ...(adapters.engine === undefined ? {} : { engine: adapters.engine })
        },
        (planJsonPath) => adapters.evaluatePolicy({ ...settings.policy, planJsonPath })
      );
    } catch (error) {
      // An error is neither drift nor none.
      Object.assign(report.outputs, driftOutputs(driftFromError(governance.stack, error)));
      throw error;
    }
    const result = planned.result;
    Object.assign(
      report.outputs,
      planOutputs(result),
      driftOutputs(driftFromPlan(governance.stack, result))
    );

    const verdict = planned.alongside;
    const decision: PolicyDecision = await log.group('Policy', () => {
      if (verdict.status === 'rejected') throw verdict.reason;
      logPolicyDecision(log, verdict.value);
      return Promise.resolve(verdict.value);
    });
    report.outputs['policy-result'] = decision.result;
    report.outputs['policy-violations'] = JSON.stringify(decision.violations);

    const policyText = renderPolicySummary(decision, STEP_SUMMARY_LIMIT_BYTES / 2);
    const planText = renderPlanSummary({
      stack: settings.stackPath,
      engine: settings.plan.engine,
      summary: result.summary,
      planId: result.planId,
      planSha256: result.planSha256,
      planTextPath: result.planTextPath,
      limitBytes: STEP_SUMMARY_LIMIT_BYTES - byteLength(policyText)
    });
    report.summary = planText + '\n' + policyText;

    let commit = context.headSha ?? context.sha;
    if (governance.token === '') {
      log.info('No github-token: the plan is not posted to a pull request.');
    } else if (context.pullRequest === undefined) {
      log.info(
        `The ${context.eventName || 'unknown'} event carries no pull request: nothing is posted.`
      );
    } else {
      const number = context.pullRequest;
      commit = await log.group(`Comment on pull request #${number}`, async () => {
        const github = asCommenter(await adapters.connect(), governance.trustedCommenter);
        const posted = await publishPlanComment(
          github,
          {
            number,
            ...(context.headSha === undefined ? {} : { headSha: context.headSha }),
            stack: governance.stack,
            environment: settings.policy.environment,
            targetBranch: targetBranch(governance.branches, settings.policy.environment),
            engine: settings.plan.engine,
            summary: result.summary,
            planId: result.planId,
            planSha256: result.planSha256,
            policy: decision,
            runId: context.runId,
            runUrl: context.runUrl
          },
          log
        );
        const trusted = governance.trustedCommenter;
        if (trusted !== undefined && posted.author.toLowerCase() !== trusted.toLowerCase()) {
          log.warning(
            `The plan comment was posted as ${posted.author}, but input 'trusted-commenter' is ` +
              `${trusted}: tf-apply given the same trusted-commenter will not find it. Set ` +
              `trusted-commenter to the login the token posts as.`
          );
        }
        report.outputs['comment-url'] = posted.url;
        report.summary += `\nPlan comment for \`${governance.stack}\`: ${posted.url}\n`;
        return posted.commit;
      });
    }

    if (adapters.recordAudit !== undefined) {
      const now = () => new Date(adapters.clock.now());
      await adapters.recordAudit(
        planAuditEvents(
          {
            context,
            actor: settings.actor,
            commit,
            stack: governance.stack,
            planId: result.planId,
            now
          },
          {
            summary: result.summary,
            planSha256: result.planSha256,
            environment: settings.policy.environment,
            ...(context.pullRequest === undefined ? {} : { pullRequest: context.pullRequest })
          },
          decision
        )
      );
    }
  } catch (error) {
    report.failure = error;
  }
  return report;
}
