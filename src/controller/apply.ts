import type { PolicyDecision } from '../policy/evaluate.js';
import type { SpecialApprovers } from '../governance/approvers.js';
import { decideGate, type GateDecision, type GateFacts } from '../governance/gate.js';
import { findPlanComment } from '../governance/marker.js';
import type { ControlledStack } from './allow-list.js';

/**
 * Phase 3: the merged pull request's stack is planned again at the merge commit, by the
 * controller, with its own policies. It is applied only when that plan is the approved one (same
 * plan-id as the controller's plan comment) and its policy verdict, derived here and not read from
 * any comment, passed or is covered by a special approver's override.
 */

export type ApplyRefusal = GateDecision['gate'] | 'stale' | 'policy-failed' | 'forged-verdict';

export type ApplyDecision =
  | { apply: true; decision: GateDecision; reasons: string[] }
  | { apply: false; refusal: Exclude<ApplyRefusal, 'passed'>; reason: string; reasons: string[] };

export interface ApplyFacts {
  stack: ControlledStack;
  replan: { planId: string; policy: PolicyDecision['result'] };
  github: NonNullable<GateFacts['github']>;
  specialApprovers: SpecialApprovers;
}

const short = (s: string) => s.slice(0, 12);

export function decideApply(facts: ApplyFacts): ApplyDecision {
  const { found } = findPlanComment(
    facts.github.comments,
    facts.github.identity,
    facts.stack.stack
  );
  const decision = decideGate({
    eventName: 'repository_dispatch',
    requireApproval: true,
    stack: facts.stack.stack,
    environment: facts.stack.environment,
    plan: { planSha256: found?.marker.planSha256 ?? '', planId: facts.replan.planId },
    github: facts.github,
    specialApprovers: facts.specialApprovers
  });
  const reasons = [...decision.reasons];
  const last = (reasons.at(-1) ?? '').replace(/^❌ /, '');
  if (decision.gate === 'plan-mismatch')
    return {
      apply: false,
      refusal: 'stale',
      reason:
        `The plan made now at the merge commit (plan-id ${short(facts.replan.planId)}) is not the ` +
        `approved plan (plan-id ${short(found?.marker.planId ?? '')}): the state or the base ` +
        `moved since the approval. Refused as stale; push again to have it planned and approved.`,
      reasons
    };
  if (decision.gate !== 'passed')
    return { apply: false, refusal: decision.gate, reason: last, reasons };
  if (facts.replan.policy === 'failed' && decision.override === undefined) {
    const recorded = found?.marker.policyResult;
    reasons.push(
      `❌ The policy fails on the plan being applied; the plan comment says '${recorded}'.`
    );
    return {
      apply: false,
      refusal: recorded === 'passed' ? 'forged-verdict' : 'policy-failed',
      reason:
        `The policy, evaluated by the controller on the plan it would apply, failed` +
        (recorded === 'passed'
          ? `, but the plan comment says 'passed': a forged or stale verdict.`
          : '.') +
        ` No special approver's override covers it.`,
      reasons
    };
  }
  reasons.push(`✅ The controller's own policy verdict on this plan: ${facts.replan.policy}.`);
  return { apply: true, decision, reasons };
}
