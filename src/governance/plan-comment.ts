import type { Log } from '../common/log.js';
import type { GitHubPort } from '../github/port.js';
import type { PolicyDecision } from '../policy/evaluate.js';
import type { PlanSummary } from '../terraform/plan.js';
import { renderPlanComment } from './comment.js';
import { applyPolicyLabel } from './labels.js';
import type { PlanMarker } from './marker.js';
import { upsertPlanComment } from './sticky.js';

export interface PublishPlan {
  number: number;
  /** The head commit the plan was made for; default: the pull request's head now. */
  headSha?: string;
  stack: string;
  environment: string;
  targetBranch: string;
  engine: string;
  summary: PlanSummary;
  planId: string;
  planSha256: string;
  policy: PolicyDecision;
  runId: string;
  runUrl: string;
}

/** Writes (or rewrites) the stack's plan comment on the pull request and sets its policy label. */
export async function publishPlanComment(
  github: GitHubPort,
  plan: PublishPlan,
  log: Log
): Promise<{ url: string; author: string; created: boolean; length: number; commit: string }> {
  const headSha = plan.headSha ?? (await github.pullRequest(plan.number)).headSha;
  const marker: PlanMarker = {
    v: 1,
    stack: plan.stack,
    environment: plan.environment,
    commit: headSha,
    planId: plan.planId,
    planSha256: plan.planSha256,
    policyResult: plan.policy.result,
    runId: plan.runId
  };
  const body = renderPlanComment({
    marker,
    engine: plan.engine,
    targetBranch: plan.targetBranch,
    summary: plan.summary,
    policy: plan.policy,
    runUrl: plan.runUrl
  });
  const { comment, created } = await upsertPlanComment(github, plan.number, plan.stack, body, log);
  await applyPolicyLabel(github, plan.number, plan.policy.result, log);
  return {
    url: comment.url,
    author: comment.author,
    created,
    length: body.length,
    commit: headSha
  };
}
