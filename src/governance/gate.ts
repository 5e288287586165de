import type {
  CommentFacts,
  PullRequestFacts,
  RepositoryRole,
  ReviewFacts
} from '../github/port.js';
import type { PolicyDecision } from '../policy/evaluate.js';
import type { SpecialApprovers } from './approvers.js';
import { findPlanComment, type PlanComment } from './marker.js';

/**
 * The apply gate, as a pure decision over facts read from GitHub at run time. Labels are not
 * among the facts: no label can open the gate.
 */

export type GateRefusal =
  | 'pull-request-target'
  | 'no-pull-request'
  | 'pull-request-mismatch'
  | 'fork'
  | 'pull-request-closed'
  | 'no-plan-comment'
  | 'head-moved'
  | 'environment-mismatch'
  | 'plan-mismatch'
  | 'not-approved'
  | 'policy-failed';

export type GateResult = 'passed' | GateRefusal;

export const MIN_JUSTIFICATION = 20;
const WRITERS: readonly RepositoryRole[] = ['write', 'maintain', 'admin'];
/** Review states that set a reviewer's verdict; COMMENTED and PENDING leave it as it was. */
const VERDICT_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'];

export interface GateFacts {
  eventName: string;
  requireApproval: boolean;
  stack: string;
  environment: string;
  /**
   * The plan file's identities, recomputed by tf-apply from the file it was given. The plan-id
   * needs the engine: before it runs the gate decides without it (so a refusal leaves the engine
   * unrun), and decides again with it before the apply.
   */
  plan: { planId?: string; planSha256: string };
  /**
   * The policy as tf-apply evaluated it on the plan file itself (absent until the engine can read
   * the plan). The plan comment's recorded verdict is then only compared with it, never trusted.
   */
  policy?: PolicyDecision;
  /** The pull request the `pull-request` input names, if any; the event's, if any, is read. */
  inputPullRequest?: number;
  /** What GitHub says now; absent only when there is no pull request. */
  github?: {
    /** Whose plan comments count: the `trusted-commenter` input, else the token's identity. */
    identity: string;
    pullRequest: PullRequestFacts;
    comments: CommentFacts[];
    reviews: ReviewFacts[];
    /** Repository roles of the reviewers whose verdict is an approval. */
    roles: Record<string, RepositoryRole>;
    /** `org/team` → the logins (lower case) among the override authors that are members. */
    teamMembers: Record<string, string[]>;
  };
  specialApprovers: SpecialApprovers;
}

export interface Override {
  user: string;
  justification: string;
  comment: CommentFacts;
}

export interface IgnoredOverride {
  user: string;
  comment: CommentFacts;
  why: string;
  /** Whether the thread should be told (a stale override needs no reply). */
  tell: boolean;
}

/** The plan comment's recorded verdict beside the one evaluated on the plan. */
export interface PolicyCheck {
  /** What the plan comment says; undefined without a plan comment. */
  recorded?: 'passed' | 'failed';
  evaluated?: PolicyDecision;
  /**
   * The recorded verdict disagrees with the evaluation: `forged` when it says passed for a plan
   * that violates the policy (or the policy changed since: it is never trusted either way),
   * `stale` when it says failed for a plan that passes.
   */
  disagreement?: 'forged' | 'stale';
}

export interface GateDecision {
  gate: GateResult;
  /** What a person reads: one line a rule checked, the failing one last. */
  reasons: string[];
  planComment?: PlanComment;
  approvals: string[];
  override?: Override;
  ignoredOverrides: IgnoredOverride[];
  forgedMarkers: CommentFacts[];
  policyCheck?: PolicyCheck;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const short = (sha: string) => sha.slice(0, 12);

/** The latest verdict of each reviewer (later reviews win; comments do not change a verdict). */
export function latestVerdicts(reviews: readonly ReviewFacts[]): Map<string, ReviewFacts> {
  const ordered = [...reviews]
    .filter((r) => VERDICT_STATES.includes(r.state))
    .sort((a, b) =>
      a.submittedAt === b.submittedAt ? a.id - b.id : a.submittedAt < b.submittedAt ? -1 : 1
    );
  const latest = new Map<string, ReviewFacts>();
  for (const r of ordered) latest.set(r.user.toLowerCase(), r);
  return latest;
}

/** Reviewers whose latest verdict is an approval: the ones whose role must be read. */
export function approvingReviewers(reviews: readonly ReviewFacts[]): string[] {
  return [...latestVerdicts(reviews).values()]
    .filter((r) => r.state === 'APPROVED')
    .map((r) => r.user);
}

const OVERRIDE = /^\s*OVERRIDE:([\s\S]*)$/;

/** The override comments among the comments, with their justification. */
export function overrideComments(
  comments: readonly CommentFacts[]
): { comment: CommentFacts; justification: string }[] {
  return comments.flatMap((comment) => {
    const match = OVERRIDE.exec(comment.body);
    return match === null ? [] : [{ comment, justification: (match[1] ?? '').trim() }];
  });
}

export function isSpecialApprover(
  user: string,
  approvers: SpecialApprovers,
  teamMembers: Record<string, string[]>
): boolean {
  if (approvers.users.some((u) => same(u, user))) return true;
  return approvers.teams.some((t) => (teamMembers[t] ?? []).includes(user.toLowerCase()));
}

export function decideGate(facts: GateFacts): GateDecision {
  const reasons: string[] = [];
  const decision = (gate: GateResult, extra: Partial<GateDecision> = {}): GateDecision => ({
    gate,
    reasons,
    approvals: [],
    ignoredOverrides: [],
    forgedMarkers: [],
    ...extra
  });
  const refuse = (gate: GateRefusal, why: string, extra: Partial<GateDecision> = {}) => {
    reasons.push(`❌ ${why}`);
    return decision(gate, extra);
  };

  if (facts.eventName === 'pull_request_target') {
    return refuse(
      'pull-request-target',
      'The run was triggered by pull_request_target, which runs with the base repository’s ' +
        'secrets on behalf of any pull request: tf-apply never runs there.'
    );
  }
  const gh = facts.github;
  const evaluated = facts.policy;
  if (gh === undefined) {
    if (!facts.requireApproval) {
      reasons.push(
        '⚠️ No pull request was read (none named, or no github-token): approval is not ' +
          'required (require-approval: false), so no approval or override is checked.'
      );
      if (evaluated === undefined) return decision('passed');
      const policyCheck = { evaluated };
      if (evaluated.result === 'failed') {
        return refuse(
          'policy-failed',
          `The policy failed on this plan (${errorRules(evaluated)}); without a pull request no ` +
            `special approver can override it.`,
          { policyCheck }
        );
      }
      reasons.push(`✅ The policy passed on this plan${warnings(evaluated)}.`);
      return decision('passed', { policyCheck });
    }
    return refuse(
      'no-pull-request',
      `The ${facts.eventName || 'unknown'} event carries no pull request and no 'pull-request' ` +
        `input names one: there is no approval to check.`
    );
  }
  const pr = gh.pullRequest;
  if (facts.inputPullRequest !== undefined && facts.inputPullRequest !== pr.number) {
    return refuse(
      'pull-request-mismatch',
      `The 'pull-request' input names #${facts.inputPullRequest}, but the event is about ` +
        `#${pr.number}.`
    );
  }
  if (!same(pr.headRepository, pr.baseRepository)) {
    return refuse(
      'fork',
      `Pull request #${pr.number} comes from ${pr.headRepository || 'a deleted repository'}, ` +
        `not ${pr.baseRepository}: a fork’s change is never applied.`
    );
  }
  if (pr.state === 'closed' && !pr.merged) {
    return refuse('pull-request-closed', `Pull request #${pr.number} is closed without merging.`);
  }
  reasons.push(
    `✅ Pull request #${pr.number} from ${pr.baseRepository}, head ${short(pr.headSha)}.`
  );

  const { found, forged } = findPlanComment(gh.comments, gh.identity, facts.stack);
  const base = { forgedMarkers: forged };
  if (forged.length > 0) {
    reasons.push(
      `⚠️ Ignored plan marker(s) for ${facts.stack} written by ` +
        `${[...new Set(forged.map((c) => c.author))].join(', ')}: only ${gh.identity}'s count.`
    );
  }
  if (found === undefined) {
    return refuse(
      'no-plan-comment',
      `No plan comment for stack ${facts.stack} by ${gh.identity} on #${pr.number}: run tf-plan ` +
        `with 'github-token' on this pull request first.`,
      base
    );
  }
  const marker = found.marker;
  const withComment = { ...base, planComment: found };
  if (marker.commit !== pr.headSha) {
    return refuse(
      'head-moved',
      `The plan comment is for commit ${short(marker.commit)}, but the head of #${pr.number} is ` +
        `now ${short(pr.headSha)}: plan the new head and have it approved.`,
      withComment
    );
  }
  if (marker.environment !== facts.environment) {
    return refuse(
      'environment-mismatch',
      `The plan comment is for environment '${marker.environment}', this apply for ` +
        `'${facts.environment}'.`,
      withComment
    );
  }
  const planId = facts.plan.planId;
  if (
    marker.planSha256 !== facts.plan.planSha256 ||
    (planId !== undefined && marker.planId !== planId)
  ) {
    return refuse(
      'plan-mismatch',
      `The plan file is not the plan in the comment: plan-sha256 ${facts.plan.planSha256} vs ` +
        `${marker.planSha256}` +
        (planId === undefined ? '' : `, plan-id ${planId} vs ${marker.planId}`) +
        '.',
      withComment
    );
  }
  reasons.push(
    planId === undefined
      ? `✅ The plan file's sha256 matches the plan comment (${short(marker.planSha256)}) for ` +
          `commit ${short(marker.commit)}; its plan-id is checked once the engine can read it.`
      : `✅ The plan file matches the plan comment (plan-id ${short(marker.planId)}, ` +
          `plan-sha256 ${short(marker.planSha256)}) for commit ${short(marker.commit)}.`
  );

  const approvals: string[] = [];
  if (facts.requireApproval) {
    const notes: string[] = [];
    for (const review of latestVerdicts(gh.reviews).values()) {
      const who = review.user;
      if (review.state !== 'APPROVED') {
        if (review.state === 'CHANGES_REQUESTED') notes.push(`${who} requested changes`);
        continue;
      }
      if (review.commitId !== pr.headSha)
        notes.push(`${who} approved ${short(review.commitId)}, not the head ${short(pr.headSha)}`);
      else if (same(who, pr.author)) notes.push(`${who} is the author`);
      else if (same(who, gh.identity)) notes.push(`${who} is this token’s own identity`);
      else if (!WRITERS.includes(gh.roles[who] ?? 'none'))
        notes.push(`${who} has ${gh.roles[who] ?? 'no'} access, not write`);
      else approvals.push(who);
    }
    if (approvals.length === 0) {
      return refuse(
        'not-approved',
        `No approving review of the head ${short(pr.headSha)} by someone with write access ` +
          `other than the author${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`,
        withComment
      );
    }
    reasons.push(`✅ Approved at ${short(pr.headSha)} by ${approvals.join(', ')}.`);
  } else {
    reasons.push('⚠️ Approval not required (require-approval: false).');
  }

  const ignoredOverrides: IgnoredOverride[] = [];
  let override: Override | undefined;
  const planUpdated = found.comment.updatedAt;
  for (const { comment, justification } of overrideComments(gh.comments)) {
    const user = comment.author;
    const ignore = (why: string, tell: boolean) =>
      ignoredOverrides.push({ user, comment, why, tell });
    if (!(comment.createdAt > planUpdated)) {
      ignore('it was written before the current plan comment', false);
    } else if (
      same(user, gh.identity) ||
      !isSpecialApprover(user, facts.specialApprovers, gh.teamMembers)
    ) {
      ignore(`${user} is not a special approver`, true);
    } else if (justification.length < MIN_JUSTIFICATION) {
      ignore(`the justification is shorter than ${MIN_JUSTIFICATION} characters`, true);
    } else {
      override = { user, justification, comment };
    }
  }
  const recorded = marker.policyResult;
  const policyCheck: PolicyCheck = { recorded, ...(evaluated === undefined ? {} : { evaluated }) };
  if (evaluated !== undefined && evaluated.result !== recorded) {
    policyCheck.disagreement = recorded === 'passed' ? 'forged' : 'stale';
    reasons.push(
      policyCheck.disagreement === 'forged'
        ? `⚠️ Forged or stale verdict: the plan comment records the policy as passed, but the ` +
            `policy evaluated on this plan failed (${errorRules(evaluated)}). The comment's ` +
            `verdict is not trusted.`
        : `⚠️ Stale verdict: the plan comment records the policy as failed, but the policy ` +
            `evaluated on this plan passed (the policy or its settings changed since the plan).`
    );
  }
  const result = { ...withComment, approvals, ignoredOverrides, policyCheck };
  const verdict = evaluated?.result ?? recorded;
  if (verdict === 'passed') {
    reasons.push(
      evaluated === undefined
        ? '✅ The plan comment records the policy as passed; the policy is evaluated on the plan ' +
            'itself once the engine can read it.'
        : `✅ The policy passed on this plan${warnings(evaluated)}.`
    );
    return decision('passed', { ...result, ignoredOverrides: [] });
  }
  if (override === undefined) {
    return refuse(
      'policy-failed',
      (policyCheck.disagreement === 'forged'
        ? `The policy failed on this plan although the plan comment says passed (a forged or ` +
          `stale verdict), and no special approver `
        : `The policy failed and no special approver `) +
        `has commented \`OVERRIDE: <justification>\` (at least ${MIN_JUSTIFICATION} characters) ` +
        `since the plan comment was last updated.`,
      result
    );
  }
  reasons.push(
    `⚠️ The policy failed${evaluated === undefined ? '' : ` on this plan (${errorRules(evaluated)})`}; ` +
      `overridden for plan-id ${short(marker.planId)} by ${override.user}: “${override.justification}”.`
  );
  return decision('passed', { ...result, override });
}

/** The rules a failed verdict broke, for a reason line. */
function errorRules(policy: PolicyDecision): string {
  const rules = [
    ...new Set(policy.violations.filter((v) => v.severity === 'error').map((v) => v.rule))
  ];
  return rules.length === 0 ? 'no rule named' : rules.join(', ');
}

function warnings(policy: PolicyDecision): string {
  const count = policy.violations.filter((v) => v.severity === 'warning').length;
  return count === 0 ? '' : ` (${count} warning${count === 1 ? '' : 's'})`;
}
