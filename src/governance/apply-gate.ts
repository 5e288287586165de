import type { Log } from '../common/log.js';
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

export { decideGate };
