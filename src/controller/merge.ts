import type { SpecialApprovers } from '../governance/approvers.js';
import { decideGate, type GateDecision, type GateFacts } from '../governance/gate.js';
import { findPlanComment } from '../governance/marker.js';
import type { ControlledStack } from './allow-list.js';

/**
 * Phase 2: whether an approved pull request of a team repository is merged, and into which branch.
 * Each stack the change touches must pass the very gate tf-apply checks (decideGate: the plan
 * comment of the controller's identity at the head, an approval at the head by a writer who is not
 * the author, the policy passed or a special approver's override), and the environments of the
 * plan comments must all map to one existing branch.
 */

/** `environment=branch` lines; `otherwise` absent when no `*` line names a branch for the rest. */
export interface BranchMapping {
  byEnvironment: Record<string, string>;
  otherwise?: string;
}

export type MergeRefusal =
  GateDecision['gate'] | 'no-stacks' | 'unknown-environment' | 'environments-differ' | 'no-branch';

export interface StackGate {
  stack: ControlledStack;
  decision: GateDecision;
}

export type MergeDecision =
  | { merge: true; branch: string; environment: string; gates: StackGate[] }
  | { merge: false; refusal: Exclude<MergeRefusal, 'passed'>; reason: string; gates: StackGate[] };

export interface MergeFacts {
  stacks: ControlledStack[];
  github: NonNullable<GateFacts['github']>;
  specialApprovers: SpecialApprovers;
  branches: BranchMapping;
}

export function branchOf(branches: BranchMapping, environment: string): string | undefined {
  return branches.byEnvironment[environment] ?? branches.otherwise;
}

export function decideMerge(facts: MergeFacts): MergeDecision {
  const gates: StackGate[] = [];
  const refuse = (refusal: Exclude<MergeRefusal, 'passed'>, reason: string): MergeDecision => ({
    merge: false,
    refusal,
    reason,
    gates
  });
  if (facts.stacks.length === 0)
    return refuse(
      'no-stacks',
      'The pull request changes no stack the controller plans for this repository: there is ' +
        'nothing approved to merge.'
    );
  const environments = new Map<string, string>();
  for (const stack of facts.stacks) {
    const { found } = findPlanComment(facts.github.comments, facts.github.identity, stack.stack);
    const decision = decideGate({
      eventName: 'repository_dispatch',
      requireApproval: true,
      stack: stack.stack,
      environment: stack.environment,
      // No plan file at merge time: the comment's own identities; the apply checks the plan.
      plan: found === undefined ? { planSha256: '' } : found.marker,
      github: facts.github,
      specialApprovers: facts.specialApprovers
    });
    gates.push({ stack, decision });
    if (decision.gate !== 'passed')
      return refuse(
        decision.gate,
        `${stack.stack}: ${(decision.reasons.at(-1) ?? '').replace(/^❌ /, '')}`
      );
    environments.set(stack.stack, decision.planComment?.marker.environment ?? '');
  }
  const branches = new Map<string, string>();
  for (const [stack, environment] of environments) {
    const branch = branchOf(facts.branches, environment);
    if (branch === undefined || environment === '')
      return refuse(
        'unknown-environment',
        `The plan comment of ${stack} names environment '${environment}', which the ` +
          `controller's environment-branches does not map (known: ` +
          `${Object.keys(facts.branches.byEnvironment).join(', ') || 'none'}): nothing is merged.`
      );
    branches.set(branch, environment);
  }
  if (branches.size > 1)
    return refuse(
      'environments-differ',
      `The stacks of this pull request deploy from different branches ` +
        `(${[...branches.keys()].join(', ')}): split it into one pull request per environment.`
    );
  const [[branch, environment]] = [...branches] as [[string, string]];
  return { merge: true, branch, environment, gates };
}
