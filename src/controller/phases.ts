import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ActionError } from '../common/errors.js';
import { sha256File } from '../common/hash.js';
import type { Log } from '../common/log.js';
import { systemClock, type Clock } from '../common/clock.js';
import { readUtf8File } from '../common/strict-text.js';
import type {
  ControllerPort,
  GitHubPort,
  PullRequestFacts,
  PullRequestPort
} from '../github/port.js';
import { appendAudit } from '../audit/trail.js';
import { gatherGithubFacts } from '../governance/apply-gate.js';
import { applyPolicyLabel } from '../governance/labels.js';
import { publishPlanComment } from '../governance/plan-comment.js';
import { parsePlanJson, summarizePlan } from '../terraform/plan.js';
import { decideApply } from './apply.js';
import { parseAllowList, touchedStacks, type ControlledStack } from './allow-list.js';
import { checkoutCommit } from './checkout.js';
import { checkPullRequest, checkSource, DispatchRefusedError } from './check.js';
import { matchingFiles } from './files.js';
import type {
  ApplyCheckInputs,
  ControllerCommon,
  MergeInputs,
  ProposeInputs,
  ReportInputs,
  ResultInputs,
  ValidateInputs
} from './inputs.js';
import { branchOf, decideMerge } from './merge.js';
import { noticeMarker, tellOnce } from './notice.js';
import {
  DISPATCH_EVENT_TYPE,
  parseDispatchEvent,
  type ControllerAction,
  type DispatchPayload
} from './payload.js';

/**
 * The phases of the controller's lifecycle, as the action runs them. Each takes its inputs, the
 * run's context and a way to reach GitHub, and returns its outputs and a summary for a person.
 */

export type ControllerClient = GitHubPort & PullRequestPort & ControllerPort;

export interface PhaseContext {
  eventName: string;
  event: unknown;
  /** The repository the workflow runs in (`owner/name`). */
  repository: string;
  serverUrl: string;
  runId: string;
  runUrl: string;
  actor: string;
  workspace: string;
  log: Log;
  connect(token: string, repository: string): ControllerClient;
  /** When the audit events happen (default: the system clock). */
  clock?: Clock;
}

export interface PhaseResult {
  outputs: Record<string, string>;
  summary: string;
}

export class ControllerRefusedError extends ActionError {}

const short = (sha: string) => sha.slice(0, 12);

// ---- the team repository's side ----

interface PushEvent {
  ref?: string;
  deleted?: boolean;
  repository?: { default_branch?: string; full_name?: string };
  review?: { state?: string };
  comment?: { body?: string };
  pull_request?: { number?: number };
  issue?: { number?: number; pull_request?: unknown };
}

/** Phase 1 in the team repository: the automatic pull request, then the dispatch. */
export async function propose(inputs: ProposeInputs, ctx: PhaseContext): Promise<PhaseResult> {
  const event = (ctx.event ?? {}) as PushEvent;
  const github = ctx.connect(inputs.token, ctx.repository);
  const skip = (why: string): PhaseResult => {
    ctx.log.info(why);
    return {
      outputs: { dispatched: 'false', action: '' },
      summary: `### controller: nothing sent\n\n${why}\n`
    };
  };
  let action: ControllerAction;
  let number: number;
  let opened = false;
  if (ctx.eventName === 'push') {
    const ref = event.ref ?? '';
    if (!ref.startsWith('refs/heads/'))
      return skip(`The push is to ${ref || 'no ref'}, not a branch.`);
    const branch = ref.slice('refs/heads/'.length);
    const base = inputs.base || event.repository?.default_branch || '';
    if (base === '')
      throw new ActionError(
        "Input 'base' is empty and the push event names no default branch: set 'base' to the branch pull requests are opened against."
      );
    if (event.deleted === true) return skip(`${branch} was deleted.`);
    if (branch === base)
      return skip(`${branch} is the default branch: no pull request is opened for it.`);
    const open = await github.openPullRequests(branch, '');
    const existing = open[0];
    if (existing !== undefined) {
      number = existing.number;
      ctx.log.info(`Pull request #${number} is already open for ${branch}: its head is the push.`);
    } else {
      try {
        number = (
          await github.createPullRequest({
            head: branch,
            base,
            title: `Configuration change from ${branch}`,
            body:
              `Opened by the platform controller's starter workflow for the push to \`${branch}\`. ` +
              'The controller plans it and comments the plan and the policy verdict; an approval ' +
              "merges it into the branch of the plan's environment, which applies it."
          })
        ).number;
        opened = true;
      } catch (error) {
        // Two pushes at once: the other run opened it.
        const again = (await github.openPullRequests(branch, ''))[0];
        if (again === undefined) throw error;
        number = again.number;
      }
      ctx.log.info(`Opened pull request #${number} from ${branch} into ${base}.`);
    }
    action = 'validate';
  } else if (ctx.eventName === 'pull_request_review') {
    if ((event.review?.state ?? '').toLowerCase() !== 'approved')
      return skip(`The review is '${event.review?.state ?? ''}', not an approval.`);
    number = Number(event.pull_request?.number);
    action = 'merge';
  } else if (ctx.eventName === 'issue_comment') {
    if (event.issue?.pull_request === undefined || event.issue.pull_request === null)
      return skip('The comment is on an issue, not a pull request.');
    if (!/^\s*OVERRIDE:/.test(event.comment?.body ?? ''))
      return skip('The comment is not an OVERRIDE: comment.');
    number = Number(event.issue.number);
    action = 'merge';
  } else {
    throw new ActionError(
      `The controller's team workflow runs on push, pull_request_review or issue_comment, not ${ctx.eventName || 'an unknown event'}.`
    );
  }
  if (!Number.isInteger(number) || number <= 0)
    throw new ActionError(`The ${ctx.eventName} event names no pull request.`);
  const pr = await github.pullRequest(number);
  const changed = await github.pullRequestFiles(number);
  const files = matchingFiles(changed, inputs.paths);
  if (files.length === 0)
    return {
      ...skip(
        `Pull request #${number} changes no configuration file (${inputs.paths.join(', ')}): the controller is not asked.`
      ),
      outputs: {
        dispatched: 'false',
        action: '',
        'pull-request': String(number),
        opened: String(opened)
      }
    };
  const payload: DispatchPayload = {
    source_repo: ctx.repository,
    action,
    pr_number: number,
    head_sha: pr.headSha,
    files
  };
  const controller = ctx.connect(inputs.controllerToken, inputs.controllerRepository);
  await controller.dispatch(inputs.controllerRepository, DISPATCH_EVENT_TYPE, payload);
  ctx.log.info(
    `Sent ${action} of #${number} at ${short(pr.headSha)} to ${inputs.controllerRepository}.`
  );
  return {
    outputs: {
      dispatched: 'true',
      action,
      'pull-request': String(number),
      'head-sha': pr.headSha,
      opened: String(opened)
    },
    summary:
      `### controller: ${action} sent to ${inputs.controllerRepository}\n\n` +
      `Pull request #${number}${opened ? ' (opened now)' : ''}, head \`${short(pr.headSha)}\`, ` +
      `${files.length} configuration file(s).\n`
  };
}

// ---- the controller's side ----

interface Admitted {
  payload: DispatchPayload;
  stacks: ControlledStack[];
  github: ControllerClient;
  pr: PullRequestFacts;
  identity: string;
}

function readAllowList(file: string, workspace: string) {
  const shown = relative(workspace, file) || file;
  if (!existsSync(file))
    throw new ActionError(
      `The allow-list ${shown} (input 'allow-list') does not exist in the controller's checkout: nothing was planned or merged.`
    );
  return parseAllowList(readUtf8File(file, shown), shown);
}

/** The payload checked, the source on the allow-list, the head the pull request's own. */
async function admit(
  inputs: ControllerCommon,
  ctx: PhaseContext,
  wanted: readonly ControllerAction[]
): Promise<Admitted> {
  const payload = parseDispatchEvent(ctx.eventName, ctx.event);
  if (!wanted.includes(payload.action))
    throw new ActionError(
      `This step handles ${wanted.join(' or ')}, but the dispatch is ${payload.action}: check the ` +
        "job's `if:` on the validate step's 'action' output."
    );
  const allowList = readAllowList(inputs.allowList, ctx.workspace);
  const configured = checkSource(payload, allowList);
  const client = ctx.connect(inputs.token, payload.source_repo);
  const identity = inputs.trustedCommenter || (await client.identity());
  // What this token writes counts only under the trusted identity (a GitHub App's `<slug>[bot]`).
  const github: ControllerClient = { ...client, identity: () => Promise.resolve(identity) };
  const pr = await github.pullRequest(payload.pr_number);
  checkPullRequest(payload, pr);
  const changed = await github.pullRequestFiles(payload.pr_number);
  const stacks = touchedStacks(configured, changed);
  const claimed = new Set(payload.files);
  const unclaimed = changed.filter(
    (f) => !claimed.has(f) && stacks.some((s) => f.startsWith(`${s.path}/`))
  );
  if (unclaimed.length > 0)
    ctx.log.info(
      `The payload's files leave out ${unclaimed.length} changed file(s) of the planned stacks; ` +
        'the stacks are chosen from the pull request as GitHub lists it.'
    );
  return { payload, stacks, github, pr, identity };
}

function stackOf(admitted: Admitted, name: string): ControlledStack {
  const stack = admitted.stacks.find((s) => s.stack === name);
  if (stack === undefined)
    throw new ActionError(
      `Input 'stack' is '${name}', which is not a stack this pull request changes on the ` +
        `allow-list (${admitted.stacks.map((s) => s.stack).join(', ') || 'none'}).`
    );
  return stack;
}

export async function validate(inputs: ValidateInputs, ctx: PhaseContext): Promise<PhaseResult> {
  const a = await admit(inputs, ctx, ['validate', 'merge', 'apply']);
  const { payload, pr } = a;
  const commit = payload.action === 'apply' ? (pr.mergeCommitSha ?? '') : payload.head_sha;
  const dir = join(ctx.workspace, inputs.path);
  if (inputs.checkout && payload.action !== 'merge' && a.stacks.length > 0) {
    const template =
      inputs.sourceUrl === ''
        ? payload.source_repo
        : inputs.sourceUrl.replaceAll('{repository}', payload.source_repo);
    await checkoutCommit({
      repository: template,
      serverUrl: ctx.serverUrl,
      commit,
      dir,
      token: inputs.token
    });
    ctx.log.info(`Checked out ${payload.source_repo} at ${short(commit)} into ${inputs.path}.`);
  }
  const stacks = a.stacks.map((s) => ({
    stack: s.stack,
    environment: s.environment,
    'working-directory': `${inputs.path}/${s.path}`
  }));
  return {
    outputs: {
      action: payload.action,
      'source-repo': payload.source_repo,
      'pull-request': String(payload.pr_number),
      'head-sha': payload.head_sha,
      commit,
      path: inputs.path,
      stacks: JSON.stringify(stacks),
      'has-stacks': String(stacks.length > 0)
    },
    summary:
      `### controller: ${payload.action} of ${payload.source_repo}#${payload.pr_number} admitted\n\n` +
      `- ✅ ${payload.source_repo} is on the allow-list\n` +
      `- ✅ the head \`${short(payload.head_sha)}\` is the pull request's head\n` +
      `- stacks: ${stacks.map((s) => `\`${s.stack}\` (${s.environment})`).join(', ') || 'none changed'}\n`
  };
}

export async function report(inputs: ReportInputs, ctx: PhaseContext): Promise<PhaseResult> {
  const a = await admit(inputs, ctx, ['validate']);
  const stack = stackOf(a, inputs.stack);
  const plan = parsePlanJson(readUtf8File(inputs.planJsonPath), inputs.planJsonPath);
  const planSha256 = await sha256File(inputs.planPath);
  const branch = branchOf(inputs.branches, stack.environment) ?? '(no branch mapped)';
  const posted = await publishPlanComment(
    a.github,
    {
      number: a.payload.pr_number,
      headSha: a.payload.head_sha,
      stack: stack.stack,
      environment: stack.environment,
      targetBranch: branch,
      engine: inputs.engine,
      summary: summarizePlan(plan),
      planId: inputs.planId,
      planSha256,
      policy: inputs.policy,
      runId: ctx.runId,
      runUrl: ctx.runUrl
    },
    ctx.log
  );
  return {
    outputs: { 'comment-url': posted.url },
    summary:
      `### controller: plan of \`${stack.stack}\` posted\n\n` +
      `[Plan comment](${posted.url}) on ${a.payload.source_repo}#${a.payload.pr_number}: ` +
      `policy ${inputs.policy.result}, environment ${stack.environment} → \`${branch}\`.\n`
  };
}

async function refuse(
  a: Admitted,
  phase: string,
  refusal: string,
  reason: string,
  head = a.payload.head_sha
): Promise<never> {
  await tellOnce(
    a.github,
    a.payload.pr_number,
    noticeMarker(phase, head, refusal),
    `**Controller: ${phase} refused** (\`${refusal}\`) at \`${short(head)}\`.\n\n${reason}\n\n` +
      'Nothing was merged or applied.'
  );
  throw new ControllerRefusedError(`The controller refused to ${phase} (${refusal}): ${reason}`);
}

export async function merge(inputs: MergeInputs, ctx: PhaseContext): Promise<PhaseResult> {
  const a = await admit(inputs, ctx, ['merge']);
  const number = a.payload.pr_number;
  const github = {
    ...(await gatherGithubFacts(a.github, number, inputs.specialApprovers)),
    identity: a.identity
  };
  const decision = decideMerge({
    stacks: a.stacks,
    github,
    specialApprovers: inputs.specialApprovers,
    branches: inputs.branches
  });
  if (!decision.merge) return refuse(a, 'merge', decision.refusal, decision.reason);
  const branch = decision.branch;
  if (!(await a.github.branchExists(branch)))
    return refuse(
      a,
      'merge',
      'no-branch',
      `environment-branches maps ${decision.environment} to ${branch}, which does not exist in ` +
        `${a.payload.source_repo}: create it, or fix the mapping in the controller.`
    );
  if (a.pr.baseRef !== branch) {
    // Retargeted, then merged: the apply plans the merge commit again and refuses it as stale
    // unless it is the approved plan, so a base that moved cannot slip anything in.
    await a.github.retarget(number, branch);
    ctx.log.info(
      `Retargeted #${number} from ${a.pr.baseRef} to ${branch} (${decision.environment}).`
    );
  }
  const approvers = [...new Set(decision.gates.flatMap((g) => g.decision.approvals))];
  const overrides = decision.gates.flatMap((g) =>
    g.decision.override === undefined ? [] : [g.decision.override]
  );
  const mergeCommit = await a.github.merge(
    number,
    a.payload.head_sha,
    `Merge #${number} into ${branch} (${decision.environment}), approved by ${approvers.join(', ')}`
  );
  ctx.log.info(`Merged #${number} into ${branch}: ${short(mergeCommit)}.`);
  if (overrides.length > 0) await applyPolicyLabel(a.github, number, 'override', ctx.log);
  if (inputs.audit !== undefined) {
    const time = new Date((ctx.clock ?? systemClock).now()).toISOString();
    await appendAudit({
      repository: inputs.audit.repository,
      branch: inputs.audit.branch,
      ...(inputs.audit.token === undefined ? {} : { token: inputs.audit.token }),
      log: ctx.log,
      events: decision.gates.map((g) => ({
        kind: 'merge' as const,
        actor: approvers.join(',') || 'unknown',
        time,
        repository: a.payload.source_repo,
        commit: a.payload.head_sha,
        stack: g.stack.stack,
        planId: g.decision.planComment?.marker.planId ?? '',
        runUrl: ctx.runUrl,
        details: {
          pullRequest: number,
          branch,
          environment: decision.environment,
          mergeCommit,
          approvers: g.decision.approvals,
          ...(g.decision.override === undefined
            ? {}
            : {
                override: {
                  user: g.decision.override.user,
                  justification: g.decision.override.justification,
                  comment: g.decision.override.comment.url
                }
              })
        }
      }))
    });
  }
  const payload: DispatchPayload = { ...a.payload, action: 'apply' };
  const self = ctx.connect(inputs.token, ctx.repository);
  await self.dispatch(ctx.repository, DISPATCH_EVENT_TYPE, payload);
  await a.github.createComment(
    number,
    `**Controller: merged** into \`${branch}\` (${decision.environment}) as \`${short(mergeCommit)}\`, ` +
      `approved by ${approvers.join(', ')}` +
      (overrides.length > 0
        ? `; policy overridden by ${overrides.map((o) => o.user).join(', ')}`
        : '') +
      `. The apply of the approved plan is dispatched ([run](${ctx.runUrl})).`
  );
  return {
    outputs: { merged: 'true', branch, 'merge-commit': mergeCommit },
    summary:
      `### controller: #${number} merged into \`${branch}\`\n\n` +
      decision.gates
        .map((g) => `- \`${g.stack.stack}\`: ${g.decision.reasons.join(' ')}\n`)
        .join('')
  };
}

export async function applyCheck(
  inputs: ApplyCheckInputs,
  ctx: PhaseContext
): Promise<PhaseResult> {
  const a = await admit(inputs, ctx, ['apply']);
  const stack = stackOf(a, inputs.stack);
  const github = {
    ...(await gatherGithubFacts(a.github, a.payload.pr_number, inputs.specialApprovers)),
    identity: a.identity
  };
  const decision = decideApply({
    stack,
    replan: { planId: inputs.planId, policy: inputs.policy.result },
    github,
    specialApprovers: inputs.specialApprovers
  });
  if (!decision.apply)
    return refuse(
      a,
      `apply ${stack.stack}`,
      decision.refusal,
      decision.reason,
      a.pr.mergeCommitSha
    );
  return {
    outputs: { approved: 'true', environment: stack.environment },
    summary:
      `### controller: apply of \`${stack.stack}\` approved\n\n` +
      decision.reasons.map((r) => `- ${r}\n`).join('')
  };
}

export async function result(inputs: ResultInputs, ctx: PhaseContext): Promise<PhaseResult> {
  const a = await admit(inputs, ctx, ['apply']);
  const stack = stackOf(a, inputs.stack);
  const merged = a.pr.mergeCommitSha ?? '';
  const ok = inputs.outcome === 'success';
  const text = ok
    ? inputs.applied
      ? `**Controller: applied** \`${stack.stack}\` (${stack.environment}) at \`${short(merged)}\`: the approved plan.`
      : `**Controller: nothing to apply** for \`${stack.stack}\` (${stack.environment}) at \`${short(merged)}\`.`
    : `**Controller: apply of \`${stack.stack}\` ${inputs.outcome === 'skipped' ? 'not run' : inputs.outcome}** ` +
      `at \`${short(merged)}\`: see the [run](${ctx.runUrl}).`;
  await tellOnce(
    a.github,
    a.payload.pr_number,
    noticeMarker('result', merged, `${stack.stack}:${inputs.outcome}`),
    `${text} ([run](${ctx.runUrl}))`
  );
  return { outputs: {}, summary: `### ${text}\n` };
}

export { DispatchRefusedError };
