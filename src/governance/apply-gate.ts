import { ActionError } from '../common/errors.js';
import type { Log } from '../common/log.js';
import { inlineCode } from '../markdown/budget.js';
import type { GitHubPort } from '../github/port.js';
import type { SpecialApprovers } from './approvers.js';
import {
  approvingReviewers,
  decideGate,
  overrideComments,
  type GateDecision,
  type GateFacts
} from './gate.js';
import { applyPolicyLabel } from './labels.js';

/** Reads, through the API, every fact the gate decides on. */
export async function gatherGithubFacts(
  github: GitHubPort,
  number: number,
  approvers: SpecialApprovers
): Promise<NonNullable<GateFacts['github']>> {
  const [identity, pullRequest, comments, reviews] = await Promise.all([
    github.identity(),
    github.pullRequest(number),
    github.comments(number),
    github.reviews(number)
  ]);
  const roles: Record<string, Awaited<ReturnType<GitHubPort['role']>>> = {};
  for (const user of approvingReviewers(reviews)) roles[user] = await github.role(user);
  const listed = new Set(approvers.users.map((u) => u.toLowerCase()));
  const candidates = [
    ...new Set(
      overrideComments(comments)
        .map((o) => o.comment.author)
        .filter((u) => !listed.has(u.toLowerCase()))
    )
  ];
  const teamMembers: Record<string, string[]> = {};
  for (const team of approvers.teams) {
    const [org = '', slug = ''] = team.split('/');
    teamMembers[team] = [];
    for (const user of candidates) {
      if (await github.isTeamMember(org, slug, user)) teamMembers[team].push(user.toLowerCase());
    }
  }
  return { identity, pullRequest, comments, reviews, roles, teamMembers };
}

export const OVERRIDE_REPLY_PREFIX = '<!-- platform-actions:override-ignored ';

/**
 * What follows a decision on the pull request: an override is labelled, and each override from
 * someone who may not give one gets one reply naming the user and why (never twice).
 */
export async function announceGateDecision(
  github: GitHubPort,
  number: number,
  decision: GateDecision,
  log: Log
): Promise<void> {
  if (decision.override !== undefined) {
    await applyPolicyLabel(github, number, 'override', log);
  }
  const tell = decision.ignoredOverrides.filter((o) => o.tell);
  if (tell.length === 0) return;
  const identity = await github.identity();
  const replied = new Set(
    (await github.comments(number))
      .filter((c) => c.author === identity && c.body.startsWith(OVERRIDE_REPLY_PREFIX))
      .map((c) => /"comment":(\d+)/.exec(c.body)?.[1])
  );
  for (const ignored of tell) {
    if (replied.has(String(ignored.comment.id))) continue;
    await github.createComment(
      number,
      `${OVERRIDE_REPLY_PREFIX}{"comment":${ignored.comment.id}} -->\n` +
        `@${ignored.user}: your [override](${ignored.comment.url}) is ignored: ${ignored.why}. ` +
        `Only the special approvers configured for tf-apply can override a failed policy, with ` +
        `\`OVERRIDE: <justification of at least 20 characters>\` after the latest plan comment.`
    );
    log.info(`Told the thread that ${ignored.user}'s override is ignored: ${ignored.why}`);
  }
}

export interface ApplyGateSettings {
  /** Empty only when approval is not required. */
  token: string;
  requireApproval: boolean;
  specialApprovers: SpecialApprovers;
  environment: string;
  stack: string;
  /** The `pull-request` input, for runs whose event names none (push, workflow_dispatch). */
  pullRequest?: number;
  /** Whose plan comments count (the `trusted-commenter` input); default: the token's identity. */
  trustedCommenter?: string;
}

/**
 * The GitHub connection as the plan comment's author sees it: `identity()` is the trusted
 * commenter when one is named (a GitHub App's token cannot read its own login, and posts as
 * `<app-slug>[bot]`), else the token's own identity.
 */
export function asCommenter(github: GitHubPort, trustedCommenter: string | undefined): GitHubPort {
  if (trustedCommenter === undefined) return github;
  const identity = () => Promise.resolve(trustedCommenter);
  return new Proxy(github, {
    get: (target, property) => {
      if (property === 'identity') return identity;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    }
  });
}

export interface GateRun {
  facts: GateFacts;
  decision: GateDecision;
  github?: GitHubPort;
  number?: number;
}

export class GateRefusedError extends ActionError {
  constructor(readonly decision: GateDecision) {
    super(
      `The apply gate refused (${decision.gate}): ` +
        `${(decision.reasons.at(-1) ?? '').replace(/^❌ /, '')} Nothing was applied.`
    );
  }
}

/**
 * The first decision, before the engine runs: the event, the pull request, the plan comment, the
 * plan file's sha256, the approval and the policy, all read from GitHub now.
 */
export async function openGate(
  settings: ApplyGateSettings,
  event: { eventName: string; pullRequest?: number },
  planSha256: string,
  connect: () => Promise<GitHubPort>
): Promise<GateRun> {
  const number = event.pullRequest ?? settings.pullRequest;
  const facts: GateFacts = {
    eventName: event.eventName,
    requireApproval: settings.requireApproval,
    stack: settings.stack,
    environment: settings.environment,
    plan: { planSha256 },
    ...(settings.pullRequest === undefined ? {} : { inputPullRequest: settings.pullRequest }),
    specialApprovers: settings.specialApprovers
  };
  // Nothing to read when the event alone decides, when there is no pull request, or (approval
  // not required) when there is no token to read with.
  if (event.eventName === 'pull_request_target' || number === undefined || settings.token === '') {
    return { facts, decision: decideGate(facts) };
  }
  const github = asCommenter(await connect(), settings.trustedCommenter);
  const withGithub: GateFacts = {
    ...facts,
    github: await gatherGithubFacts(github, number, settings.specialApprovers)
  };
  return { facts: withGithub, decision: decideGate(withGithub), github, number };
}

/** The gate for a person: the verdict, each rule checked, the override and what was ignored. */
export function renderGateSummary(decision: GateDecision): string {
  const head =
    decision.gate === 'passed'
      ? '### Apply gate: ✅ passed\n\n'
      : `### Apply gate: ❌ refused (${inlineCode(decision.gate)})\n\n` +
        'Nothing was applied; the state is as it was.\n\n';
  const lines = decision.reasons.map((r) => `- ${r}\n`).join('');
  const o = decision.override;
  const override =
    o === undefined
      ? ''
      : `\n**Policy override** by ${o.user} ([comment](${o.comment.url})): ` +
        `${o.justification.replace(/\s+/g, ' ')}\n`;
  const ignored = decision.ignoredOverrides
    .map((i) => `- Ignored [override](${i.comment.url}) by ${i.user}: ${i.why}\n`)
    .join('');
  return head + lines + override + policyTable(decision) + (ignored === '' ? '' : `\n${ignored}`);
}

/** The comment's recorded verdict beside the one evaluated on the plan, for people to compare. */
function policyTable(decision: GateDecision): string {
  const check = decision.policyCheck;
  if (check?.evaluated === undefined) return '';
  const mark = (result: string | undefined) =>
    result === undefined ? '—' : result === 'passed' ? '✅ passed' : '❌ failed';
  const rules = check.evaluated.violations
    .filter((v) => v.severity === 'error')
    .map((v) => `${inlineCode(v.rule)} ${inlineCode(v.address)}`);
  const agreement =
    check.disagreement === undefined
      ? check.recorded === undefined
        ? ''
        : 'They agree.\n'
      : check.disagreement === 'forged'
        ? '**Forged or stale verdict**: the plan comment says passed for a plan that violates ' +
          'the policy; only the evaluation on the plan counts.\n'
        : '**Stale verdict**: the plan comment says failed; the policy or its settings changed ' +
          'since the plan.\n';
  return (
    '\n| policy verdict | result |\n| --- | --- |\n' +
    `| recorded in the plan comment | ${mark(check.recorded)} |\n` +
    `| evaluated by tf-apply on this plan | ${mark(check.evaluated.result)} |\n\n` +
    (rules.length === 0 ? '' : `Errors: ${rules.slice(0, 20).join(', ')}\n\n`) +
    agreement
  );
}

export { decideGate };
