/**
 * The controller's lifecycle run for real under act, across two repositories on disk: a team
 * repository (configuration only, workflows/team-config.yml) and the controller
 * (workflows/controller.yml, with its allow-list, approvers and policy). The GitHub double serves
 * the team repository's pull requests, linked to its bare repository (heads, files and merges are
 * real git), and records each repository_dispatch; the test delivers a recorded dispatch as the
 * event of the controller's next run, as GitHub would. OpenTofu, OPA and git are real.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { branchTip } from '../support/git.js';
import { GitHubDouble, type DispatchRecord } from '../support/github/double.js';
import { REPO } from '../support/tools.js';
import {
  consumerRepository,
  jobResult,
  runAct,
  runGit,
  snapshotProject,
  type ActRun
} from '../support/act.js';

const TEAM_TOKEN = 'ghs_teamworkflowtoken00000000000000000';
const CONTROLLER_TOKEN = 'ghs_controllerapptoken000000000000000';
const DISPATCH_TOKEN = 'ghs_dispatchtoken0000000000000000000000';
const CONTROLLER_BOT = 'platform-controller[bot]';
const TEAM = 'acme/payments';
const STACK = 'stacks/dev';

let scratch: string;
let project: string;
const timings: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-controller-'));
  project = snapshotProject(scratch);
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`controller lifecycle under act:\n  ${timings.join('\n  ')}\n`);
});

/** The controller's policy: a staging setting in the dev stack breaks it. */
const POLICY = `package platform.policy

import rego.v1

violations contains v if {
	input.variables.env.value == "staging"
	v := {
		"rule": "dev_stack_is_dev",
		"severity": "error",
		"address": "var.env",
		"message": "the dev stack must serve dev",
	}
}

result := "failed" if count(violations) > 0

else := "passed"
`;

interface World {
  gh: GitHubDouble;
  /** The controller's token and the identity whose plan comments count ('' : the token's). */
  controllerToken: string;
  identity: string;
  team: string;
  bare: string;
  controller: string;
  state: string;
  audit: string;
  urls: string;
}

async function world(name: string, sharedIdentity = false): Promise<World> {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  const team = join(dir, 'team');
  consumerRepository(
    team,
    {
      '.github/workflows/team-config.yml': readFileSync(
        join(REPO, 'workflows', 'team-config.yml'),
        'utf8'
      ),
      [STACK]: { stack: 'examples/stacks/local/dev' },
      [`${STACK}/terraform.tfvars`]: 'env = "dev"\n'
    },
    `https://github.com/${TEAM}.git`
  );
  const urls = join(dir, 'repositories');
  const bare = join(urls, `${TEAM}.git`);
  mkdirSync(join(bare, '..'), { recursive: true });
  runGit(dir, ['init', '-q', '--bare', bare]);
  // GitHub serves any commit of a repository by its SHA.
  runGit(bare, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  runGit(team, ['push', '-q', bare, 'main', 'main:dev']);
  const controller = join(dir, 'controller');
  consumerRepository(
    controller,
    {
      '.github/workflows/controller.yml': readFileSync(
        join(REPO, 'workflows', 'controller.yml'),
        'utf8'
      ),
      'controller/allow-list.yaml': `repositories:\n  ${TEAM}:\n    stacks:\n      - path: ${STACK}\n        environment: development\n`,
      'controller/approvers.yaml': 'users:\n  - platform-lead\n',
      'policies/policy.rego': POLICY
    },
    'https://github.com/acme/controller.git'
  );
  const audit = join(dir, 'audit.git');
  runGit(dir, ['init', '-q', '--bare', audit]);
  const gh = await new GitHubDouble(TEAM).start();
  gh.linkGit(bare);
  gh.addToken(TEAM_TOKEN, { installation: true });
  gh.addUser(CONTROLLER_BOT, 'Bot');
  gh.addToken(CONTROLLER_TOKEN, CONTROLLER_BOT);
  gh.addToken(DISPATCH_TOKEN, 'payments-dispatcher');
  gh.acceptDispatches('acme/controller', [
    'payments-dispatcher',
    CONTROLLER_BOT,
    'github-actions[bot]'
  ]);
  gh.setRole('lead', 'write');
  gh.setRole('platform-lead', 'admin');
  gh.setRole('dev', 'write');
  // A controller misconfigured to act as the Actions bot shares its identity with the team's workflows.
  const controllerToken = sharedIdentity
    ? 'ghs_sharedinstallationtoken00000000000'
    : CONTROLLER_TOKEN;
  if (sharedIdentity) gh.addToken(controllerToken, { installation: true });
  return {
    gh,
    controllerToken,
    identity: sharedIdentity ? '' : CONTROLLER_BOT,
    team,
    bare,
    controller,
    state: join(dir, 'state', 'dev.tfstate'),
    audit,
    urls
  };
}

/** A developer's push of a change to a branch of the team repository. */
function push(w: World, branch: string, tfvars: string): string {
  const has = runGit(w.team, ['branch', '--list', branch]) !== '';
  runGit(w.team, has ? ['checkout', '-q', branch] : ['checkout', '-q', '-b', branch, 'main']);
  writeFileSync(join(w.team, STACK, 'terraform.tfvars'), tfvars);
  runGit(w.team, ['commit', '-q', '-am', `configure ${branch}`]);
  runGit(w.team, ['push', '-q', w.bare, branch]);
  return runGit(w.team, ['rev-parse', 'HEAD']);
}

async function timed(label: string, run: Promise<ActRun>): Promise<ActRun> {
  const r = await run;
  timings.push(`${label}: ${(r.ms / 1000).toFixed(1)} s`);
  return r;
}

function teamRun(
  w: World,
  label: string,
  event: 'push' | 'pull_request_review' | 'issue_comment',
  payload: Record<string, unknown>
): Promise<ActRun> {
  return timed(
    label,
    runAct({
      repo: w.team,
      workflow: '.github/workflows/team-config.yml',
      event,
      payload: { repository: { full_name: TEAM, default_branch: 'main' }, ...payload },
      project,
      scratch,
      vars: { PLATFORM_CONTROLLER: 'acme/controller' },
      secrets: { GITHUB_TOKEN: TEAM_TOKEN, PLATFORM_CONTROLLER_DISPATCH_TOKEN: DISPATCH_TOKEN },
      env: { GITHUB_API_URL: w.gh.url }
    })
  );
}

function controllerRun(
  w: World,
  label: string,
  clientPayload: unknown,
  eventType = 'platform-controller'
): Promise<ActRun> {
  return timed(
    label,
    runAct({
      repo: w.controller,
      workflow: '.github/workflows/controller.yml',
      event: 'repository_dispatch',
      payload: { action: eventType, client_payload: clientPayload },
      project,
      scratch,
      vars: {
        CONTROLLER_IDENTITY: w.identity,
        BACKEND_CONFIG: `path=${w.state}`,
        POLICY_DIR: 'policies',
        AUDIT_REPOSITORY: w.audit,
        TEAM_REPOSITORIES_URL: join(w.urls, '{repository}.git')
      },
      secrets: { TEAM_REPOSITORIES_TOKEN: w.controllerToken },
      env: { GITHUB_API_URL: w.gh.url }
    })
  );
}

/** The last dispatch the double recorded, checked to be for the controller. */
function lastDispatch(w: World): DispatchRecord {
  const d = w.gh.dispatches.at(-1);
  if (d === undefined) throw new Error('no repository_dispatch was recorded');
  expect(d.repository).toBe('acme/controller');
  expect(d.eventType).toBe('platform-controller');
  return d;
}

const stateResources = (w: World): number =>
  existsSync(w.state)
    ? (JSON.parse(readFileSync(w.state, 'utf8')) as { resources: unknown[] }).resources.length
    : 0;

const controllerComments = (w: World, pr: number) =>
  w.gh.commentsOn(pr).filter((c) => c.user === CONTROLLER_BOT);
const planMarker = (body: string) =>
  JSON.parse(/^<!-- platform-actions:tf-plan (\{.*\}) -->/.exec(body)?.[1] ?? 'null') as Record<
    string,
    string
  > | null;

describe('the controller lifecycle across a team repository and the controller', () => {
  test('push → automatic pull request → dispatch → plan comment and labels → approval (again after a new push) → merge into dev → apply → result comment', async () => {
    const w = await world('lifecycle');
    try {
      const first = push(
        w,
        'change-dev',
        'env = "dev"\ngateway_addresses = { dev = "127.0.0.1", staging = "127.0.0.2", prod = "127.0.0.9" }\n'
      );
      const proposed = await teamRun(w, 'team: push → pull request + dispatch', 'push', {
        ref: 'refs/heads/change-dev',
        after: first
      });
      expect(proposed.code).toBe(0);
      expect(w.gh.proposals()).toEqual([
        expect.objectContaining({
          number: 1,
          head: 'change-dev',
          base: 'main',
          state: 'open',
          author: 'github-actions[bot]'
        })
      ]);
      expect(lastDispatch(w).clientPayload).toEqual({
        source_repo: TEAM,
        action: 'validate',
        pr_number: 1,
        head_sha: first,
        files: [`${STACK}/terraform.tfvars`]
      });

      const planned = await controllerRun(
        w,
        'controller: validate (plan, comment, labels)',
        lastDispatch(w).clientPayload
      );
      expect(planned.code).toBe(0);
      expect(jobResult(planned, 'plan stacks/dev') ?? jobResult(planned, 'plan')).toBe('succeeded');
      const [comment] = controllerComments(w, 1);
      const marker = planMarker(comment?.body ?? '');
      expect(marker).toMatchObject({
        stack: STACK,
        environment: 'development',
        commit: first,
        policyResult: 'passed'
      });
      expect(comment?.body).toContain('**3 to add, 0 to change, 0 to destroy**');
      expect(w.gh.labelsOn(1)).toEqual(['opa-passed']);
      expect(stateResources(w)).toBe(0);

      // Approved, then a new push: the same pull request, a new plan, and the old approval counts no more.
      w.gh.addReview(1, { user: 'lead', state: 'APPROVED' });
      const second = push(
        w,
        'change-dev',
        'env = "dev"\ngateway_addresses = { dev = "127.0.0.1", staging = "127.0.0.2", prod = "127.0.0.8" }\n'
      );
      const again = await teamRun(w, 'team: second push (same pull request)', 'push', {
        ref: 'refs/heads/change-dev',
        after: second
      });
      expect(again.code).toBe(0);
      expect(w.gh.proposals()).toHaveLength(1);
      expect(w.gh.calls('pulls/create')).toHaveLength(1);
      expect(lastDispatch(w).clientPayload).toMatchObject({ action: 'validate', head_sha: second });
      const replanned = await controllerRun(
        w,
        'controller: validate the new head',
        lastDispatch(w).clientPayload
      );
      expect(replanned.code).toBe(0);
      expect(controllerComments(w, 1)).toHaveLength(1);
      expect(planMarker(controllerComments(w, 1)[0]?.body ?? '')).toMatchObject({ commit: second });

      const stale = await controllerRun(w, 'controller: merge refused (approval before the push)', {
        source_repo: TEAM,
        action: 'merge',
        pr_number: 1,
        head_sha: second,
        files: [`${STACK}/terraform.tfvars`]
      });
      expect(stale.code).not.toBe(0);
      expect(stale.log).toContain('not-approved');
      expect(w.gh.pull(1)?.merged).toBe(false);
      const dispatches = w.gh.dispatches.length;

      w.gh.addReview(1, { user: 'lead', state: 'APPROVED' });
      const approved = await teamRun(w, 'team: approval → dispatch merge', 'pull_request_review', {
        action: 'submitted',
        review: { state: 'approved', user: { login: 'lead' } },
        pull_request: { number: 1, head: { sha: second } }
      });
      expect(approved.code).toBe(0);
      expect(w.gh.dispatches).toHaveLength(dispatches + 1);
      expect(lastDispatch(w).clientPayload).toMatchObject({
        action: 'merge',
        pr_number: 1,
        head_sha: second
      });

      const merged = await controllerRun(
        w,
        'controller: merge into dev',
        lastDispatch(w).clientPayload
      );
      expect(merged.code).toBe(0);
      const pull = w.gh.pull(1);
      expect(pull).toMatchObject({ merged: true, baseRef: 'dev' });
      expect(branchTip(w.bare, 'dev')).toBe(pull?.mergeCommitSha);
      expect(runGit(w.bare, ['rev-parse', `${pull?.mergeCommitSha}^2`])).toBe(second);
      expect(branchTip(w.bare, 'main')).not.toBe(pull?.mergeCommitSha);
      const audit = runGit(w.audit, ['show', 'audit-log:audit.jsonl']);
      expect(audit).toContain('"kind":"merge"');
      expect(audit).toContain('"branch":"dev"');
      expect(audit).toContain('"approvers":["lead"]');
      expect(lastDispatch(w).clientPayload).toMatchObject({
        action: 'apply',
        pr_number: 1,
        head_sha: second
      });
      expect(lastDispatch(w).user).toBe(CONTROLLER_BOT);
      expect(stateResources(w)).toBe(0);

      const applied = await controllerRun(
        w,
        'controller: apply the approved plan',
        lastDispatch(w).clientPayload
      );
      expect(applied.code).toBe(0);
      expect(stateResources(w)).toBe(3);
      expect(readFileSync(w.state, 'utf8')).toContain('127.0.0.8');
      expect(controllerComments(w, 1).at(-1)?.body).toContain(
        '**Controller: applied** `stacks/dev` (development)'
      );
      w.gh.assertNoViolations();
      const total = timings
        .filter((t) => !t.includes('refused'))
        .map((t) => Number(/: ([\d.]+) s$/.exec(t)?.[1] ?? 0));
      timings.push(
        `lifecycle total (7 runs above, refusal excluded): ${total.reduce((a, b) => a + b, 0).toFixed(1)} s`
      );
    } finally {
      await w.gh.close();
    }
  }, 1_800_000);

  test('refusals leave no merge, no apply and no state: unknown source, foreign head, malformed payload, failed policy, forged marker, override by a non-approver', async () => {
    const w = await world('refusals');
    try {
      const head = push(w, 'change-bad', 'env = "staging"\n');
      expect(
        (
          await teamRun(w, 'team: push of a policy breach', 'push', {
            ref: 'refs/heads/change-bad',
            after: head
          })
        ).code
      ).toBe(0);
      const validate = lastDispatch(w).clientPayload;
      const before = w.gh.comments.length;

      const stranger = await controllerRun(w, 'refused: source not on the allow-list', {
        ...validate,
        source_repo: 'acme/stranger'
      });
      expect(stranger.code).not.toBe(0);
      expect(stranger.log).toContain("acme/stranger is not on the controller's allow-list");
      expect(jobResult(stranger, 'plan')).toBeUndefined();
      const foreign = await controllerRun(w, 'refused: head_sha not the head', {
        ...validate,
        head_sha: 'f'.repeat(40)
      });
      expect(foreign.code).not.toBe(0);
      expect(foreign.log).toContain('but the head of #1 of acme/payments is');
      const malformed = await controllerRun(w, 'refused: malformed payload', {
        ...validate,
        pr_number: '1',
        policy_dir: 'team/policies'
      });
      expect(malformed.code).not.toBe(0);
      expect(malformed.log).toContain('The dispatch payload is malformed');
      expect(malformed.log).toContain('unknown key(s) policy_dir');
      expect(w.gh.comments.length).toBe(before);

      const planned = await controllerRun(w, 'controller: validate the breach', validate);
      expect(planned.code).toBe(0);
      expect(w.gh.labelsOn(1)).toEqual(['opa-failed']);
      expect(planMarker(controllerComments(w, 1)[0]?.body ?? '')).toMatchObject({
        policyResult: 'failed'
      });

      w.gh.addReview(1, { user: 'lead', state: 'APPROVED' });
      const merge = { ...validate, action: 'merge' };
      const dispatches = w.gh.dispatches.length;
      const failed = await controllerRun(w, 'refused: policy failed, no override', merge);
      expect(failed.code).not.toBe(0);
      expect(failed.log).toContain('policy-failed');

      // A workflow of the pull request posts a marker saying passed under the team's bot.
      const real = planMarker(controllerComments(w, 1)[0]?.body ?? '') ?? {};
      w.gh.addComment(
        1,
        'github-actions[bot]',
        `<!-- platform-actions:tf-plan ${JSON.stringify({ ...real, policyResult: 'passed' })} -->\nLooks fine`
      );
      const forged = await controllerRun(w, 'refused: forged passed marker', merge);
      expect(forged.code).not.toBe(0);
      expect(forged.log).toContain('policy-failed');

      w.gh.addComment(1, 'lead', 'OVERRIDE: the staging value is needed for the load test');
      const override = await controllerRun(
        w,
        'refused: override by someone not on the list',
        merge
      );
      expect(override.code).not.toBe(0);
      expect(override.log).toContain('policy-failed');

      expect(w.gh.pull(1)).toMatchObject({ merged: false, state: 'open', baseRef: 'main' });
      expect(branchTip(w.bare, 'dev')).toBe(branchTip(w.bare, 'main'));
      expect(w.gh.dispatches).toHaveLength(dispatches);
      expect(stateResources(w)).toBe(0);
      expect(existsSync(w.state)).toBe(false);
      // The same refusal at the same head is explained once.
      const notices = controllerComments(w, 1).filter((c) =>
        c.body.includes('Controller: merge refused')
      );
      expect(notices).toHaveLength(1);
      expect(notices[0]?.body).toContain('`policy-failed`');
      expect(w.gh.labelsOn(1)).toEqual(['opa-failed']);
      w.gh.assertNoViolations();
    } finally {
      await w.gh.close();
    }
  }, 1_800_000);

  test('a forged passed marker under a shared identity gets past the merge, but the apply re-derives the policy from the plan and refuses it', async () => {
    const w = await world('forged', true);
    try {
      const head = push(w, 'change-bad', 'env = "staging"\n');
      expect(
        (
          await teamRun(w, 'team: push of a policy breach (shared identity)', 'push', {
            ref: 'refs/heads/change-bad',
            after: head
          })
        ).code
      ).toBe(0);
      const validate = lastDispatch(w).clientPayload;
      expect(
        (await controllerRun(w, 'controller: validate the breach (shared identity)', validate)).code
      ).toBe(0);
      const bot = () => w.gh.commentsOn(1).filter((c) => c.user === 'github-actions[bot]');
      const real = planMarker(bot()[0]?.body ?? '') ?? {};
      expect(real).toMatchObject({ policyResult: 'failed' });
      // A workflow changed in the pull request posts, with the team's token, a marker saying passed.
      w.gh.addComment(
        1,
        'github-actions[bot]',
        `<!-- platform-actions:tf-plan ${JSON.stringify({ ...real, policyResult: 'passed' })} -->\n### Plan`
      );
      w.gh.addReview(1, { user: 'lead', state: 'APPROVED' });
      const merged = await controllerRun(w, 'controller: merge fooled by the shared identity', {
        ...validate,
        action: 'merge'
      });
      expect(merged.code).toBe(0);
      expect(w.gh.pull(1)?.merged).toBe(true);
      const applied = await controllerRun(
        w,
        'refused: apply of a forged verdict',
        lastDispatch(w).clientPayload
      );
      expect(applied.code).not.toBe(0);
      expect(applied.log).toContain('forged-verdict');
      expect(jobResult(applied, 'apply stacks/dev')).toBe('failed');
      expect(applied.log).not.toContain('Apply complete');
      expect(existsSync(w.state)).toBe(false);
      const notice = bot().find((c) => c.body.includes('Controller: apply stacks/dev refused'));
      expect(notice?.body).toContain('a forged or stale verdict');
      w.gh.assertNoViolations();
    } finally {
      await w.gh.close();
    }
  }, 1_800_000);

  test('a change that reached the environment branch after the approval makes the merge commit a different plan: the apply refuses it as stale', async () => {
    const w = await world('stale');
    try {
      const head = push(w, 'change-dev', 'env = "dev"\n# reviewed\n');
      expect(
        (
          await teamRun(w, 'team: push (stale case)', 'push', {
            ref: 'refs/heads/change-dev',
            after: head
          })
        ).code
      ).toBe(0);
      const validate = lastDispatch(w).clientPayload;
      expect((await controllerRun(w, 'controller: validate (stale case)', validate)).code).toBe(0);
      w.gh.addReview(1, { user: 'lead', state: 'APPROVED' });
      // Someone pushes straight to dev a setting the reviewers never saw.
      runGit(w.team, ['checkout', '-q', '-b', 'sneak', 'main']);
      writeFileSync(
        join(w.team, STACK, 'extra.auto.tfvars'),
        'gateway_addresses = { dev = "10.9.9.9", staging = "127.0.0.2", prod = "127.0.0.3" }\n'
      );
      runGit(w.team, ['add', '-A']);
      runGit(w.team, ['commit', '-q', '-m', 'unreviewed']);
      runGit(w.team, ['push', '-q', w.bare, 'sneak:dev']);
      const merged = await controllerRun(w, 'controller: merge (stale case)', {
        ...validate,
        action: 'merge'
      });
      expect(merged.code).toBe(0);
      expect(
        runGit(w.bare, ['show', `${w.gh.pull(1)?.mergeCommitSha}:${STACK}/extra.auto.tfvars`])
      ).toContain('10.9.9.9');
      const applied = await controllerRun(
        w,
        'refused: apply of a stale plan',
        lastDispatch(w).clientPayload
      );
      expect(applied.code).not.toBe(0);
      expect(applied.log).toContain('Refused as stale');
      expect(existsSync(w.state)).toBe(false);
      const notice = controllerComments(w, 1).find((c) =>
        c.body.includes('Controller: apply stacks/dev refused')
      );
      expect(notice?.body).toContain('`stale`');
      w.gh.assertNoViolations();
    } finally {
      await w.gh.close();
    }
  }, 1_800_000);
});
