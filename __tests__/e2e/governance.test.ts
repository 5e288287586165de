import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditLog } from '../../src/audit/trail.js';
import { sha256File } from '../../src/common/hash.js';
import { renderMarker } from '../../src/governance/marker.js';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import { bareRepo, showFile } from '../support/git.js';
import { ACTIONS_BOT, faults, GitHubDouble } from '../support/github/double.js';
import { REPO, tool, toolEnv } from '../support/tools.js';
import { Workspace } from '../support/workspace.js';

/**
 * Plan governance end to end: the bundled tf-plan and tf-apply, run as a runner runs them, against
 * the schema-checked GitHub double and the real engine and OPA on the example stack.
 */
const SECRET = 'local-admin-not-a-secret';
const TOKEN = 'installation-token';
const REPOSITORY = 'acme/infrastructure';
const SERVER = 'https://github.example';
const NO_ADMIN_POLICY = join(REPO, '__tests__', 'fixtures', 'policies', 'no-admin');
const JUSTIFICATION = 'the break-glass admin is required for the migration in CHG-1234';

const ws = new Workspace();
const toolCache = join(ws.root, 'tool-cache');
let gh: GitHubDouble;
let auditRepo: string;
let runId = 100;

afterAll(() => ws.dispose());

beforeEach(async () => {
  gh = await new GitHubDouble(REPOSITORY).start();
  gh.addToken(TOKEN, { installation: true });
  gh.setRole('lead', 'write');
  gh.setRole('reader', 'read');
  gh.setRole('chief', 'admin');
  gh.addTeam('acme', 'platform-leads', ['boss']);
  auditRepo = bareRepo(ws.root, `audit-${randomBytes(3).toString('hex')}.git`);
});

/** The kinds of the audit trail's lines, after checking its chain. */
async function auditKinds(): Promise<{ kind: string; actor: string; details?: unknown }[]> {
  const report = await verifyAuditLog({ repository: auditRepo, branch: 'audit-log' });
  expect(report.verdict.ok).toBe(true);
  return showFile(auditRepo, 'audit-log', 'audit.jsonl')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { kind: string; actor: string; details?: unknown });
}

afterEach(async () => {
  await gh.close();
  // Every request and response of the test held to GitHub's description.
  gh.assertNoViolations();
});

const sha = () => randomBytes(20).toString('hex');

function newStack(from = 'examples/stacks/local/dev'): string {
  const name = `stack-${randomBytes(3).toString('hex')}`;
  ws.addStack(from, name);
  return name;
}

function pullRequestEvent(number: number, headSha: string): unknown {
  return { action: 'synchronize', number, pull_request: { number, head: { sha: headSha } } };
}

interface Run {
  inputs?: Record<string, string>;
  event?: unknown;
  eventName?: string;
  node?: string;
}

function action(name: 'tf-plan' | 'tf-apply', stack: string, run: Run): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: join(REPO, 'actions', name),
    inputs: { 'working-directory': stack, 'audit-repository': auditRepo, ...run.inputs },
    node: run.node ?? process.execPath,
    workspace: ws.root,
    toolCache,
    event: run.event ?? {},
    eventName: run.eventName ?? 'pull_request',
    env: {
      ...toolEnv(),
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: SERVER,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_RUN_ID: String(++runId),
      GITHUB_ACTOR: 'dev'
    }
  });
}

/** tf-plan on pull request `number` at its head, posting with the token. */
function plan(stack: string, number: number, inputs: Record<string, string> = {}, node?: string) {
  return action('tf-plan', stack, {
    inputs: { 'github-token': TOKEN, 'var-files': '*.tfvars', ...inputs },
    event: pullRequestEvent(number, gh.headSha(number)),
    ...(node === undefined ? {} : { node })
  });
}

function apply(
  stack: string,
  number: number,
  planned: LocalRunResult,
  inputs: Record<string, string> = {},
  run: Run = {}
) {
  return action('tf-apply', stack, {
    inputs: {
      'github-token': TOKEN,
      'plan-path': planned.outputs['plan-path'] ?? '',
      'plan-sha256': planned.outputs['plan-sha256'] ?? '',
      ...inputs
    },
    event: pullRequestEvent(number, gh.headSha(number)),
    ...run
  });
}

function botComments(number: number) {
  return gh.commentsOn(number).filter((c) => c.user === ACTIONS_BOT);
}

function expectRefused(result: LocalRunResult, gate: string, reason: RegExp, stack: string): void {
  expect(result.exitCode).toBe(1);
  expect(result.outputs['gate']).toBe(gate);
  expect(result.outputs['applied']).toBe('false');
  expect(result.errors.join('\n')).toMatch(/The apply gate refused/);
  expect(result.errors.join('\n')).toMatch(reason);
  expect(result.summary).toContain(`Apply gate: ❌ refused (\`${gate}\`)`);
  expect(result.log).not.toMatch(/\$ tofu (init|apply)/);
  expect(ws.state(join(ws.root, stack))).toBeUndefined();
}

const runtimes: [string, () => string][] = [
  ['this Node.js', () => process.execPath],
  ['Node 24 (the runtime action.yml names)', () => tool('node24')]
];

describe.each(runtimes)('under %s', (_label, node) => {
  it('comments once per stack, gates the apply on an approval of the head, then applies', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 7, author: 'dev', headSha: sha() });
    const first = await plan(stack, 7, { environment: 'production' }, node());
    expect(first.errors).toEqual([]);
    expect(first.exitCode).toBe(0);
    const second = await plan(stack, 7, { environment: 'production' }, node());
    expect(second.exitCode).toBe(0);

    // One comment, edited in place by the second run.
    const comments = botComments(7);
    expect(comments).toHaveLength(1);
    const comment = comments[0];
    expect((comment?.updatedAt ?? '') > (comment?.createdAt ?? '')).toBe(true);
    expect(second.outputs['comment-url']).toContain(`#issuecomment-${comment?.id}`);
    expect(comment?.body).toContain(
      renderMarker({
        v: 1,
        stack,
        environment: 'production',
        commit: gh.headSha(7),
        planId: second.outputs['plan-id'] ?? '',
        planSha256: second.outputs['plan-sha256'] ?? '',
        policyResult: 'passed',
        runId: String(runId)
      })
    );
    expect(comment?.body).toContain('| `production` | `prod` |');
    expect(comment?.body).toContain('**3 to add, 0 to change, 0 to destroy**');
    expect(comment?.body).toContain(`${SERVER}/${REPOSITORY}/actions/runs/${runId}`);
    expect(gh.labelsOn(7)).toEqual(['opa-passed']);
    expect(gh.labels.map((l) => l.name).sort()).toEqual([
      'opa-failed',
      'opa-override',
      'opa-passed'
    ]);

    const unapproved = await apply(
      stack,
      7,
      second,
      { environment: 'production' },
      { node: node() }
    );
    expectRefused(unapproved, 'not-approved', /No approving review of the head/, stack);

    gh.addReview(7, { user: 'reader', state: 'APPROVED' });
    gh.addReview(7, { user: 'dev', state: 'APPROVED' });
    gh.addReview(7, { user: 'lead', state: 'APPROVED' });
    const applied = await apply(stack, 7, second, { environment: 'production' }, { node: node() });
    expect(applied.errors).toEqual([]);
    expect(applied.exitCode).toBe(0);
    expect(applied.outputs['gate']).toBe('passed');
    expect(applied.outputs['applied']).toBe('true');
    expect(applied.summary).toContain('Apply gate: ✅ passed');
    expect(applied.summary).toContain('Approved at');
    expect(ws.state(join(ws.root, stack))).toContain('"terraform_data"');

    // The secret canary: a sensitive variable's value appears nowhere a person or a machine reads.
    const everything = [
      ...gh.comments.map((c) => c.body),
      ...gh.requests.map((r) => JSON.stringify(r.body ?? '')),
      ...[first, second, unapproved, applied].flatMap((r) => [
        r.summary,
        r.log,
        JSON.stringify(r.outputs)
      ]),
      readFileSync(second.outputs['plan-json-path'] ?? '', 'utf8'),
      showFile(auditRepo, 'audit-log', 'audit.jsonl')
    ].join('\n');
    expect(everything).not.toContain(SECRET);

    // The audit trail: both plans and verdicts, then the approval seen, the start and the end.
    expect((await auditKinds()).map((e) => [e.kind, e.actor])).toEqual([
      ['plan', 'dev'],
      ['policy', 'dev'],
      ['plan', 'dev'],
      ['policy', 'dev'],
      ['approval', 'lead'],
      ['apply-started', 'dev'],
      ['apply-finished', 'dev']
    ]);
  });

  it('applies a failed policy only after a special approver overrides it, and labels it', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 8, author: 'dev', headSha: sha() });
    const planned = await plan(stack, 8, { 'policy-dir': NO_ADMIN_POLICY }, node());
    expect(planned.exitCode).toBe(0);
    expect(planned.outputs['policy-result']).toBe('failed');
    expect(botComments(8)[0]?.body).toContain('`no_break_glass_admin`');
    expect(gh.labelsOn(8)).toEqual(['opa-failed']);
    gh.addReview(8, { user: 'lead', state: 'APPROVED' });

    // tf-apply judges the plan by the workflow's own policy: here the same library as tf-plan's.
    const policy = { 'policy-dir': NO_ADMIN_POLICY };
    const blocked = await apply(stack, 8, planned, policy, { node: node() });
    expectRefused(blocked, 'policy-failed', /The policy failed and no special approver/, stack);

    gh.addComment(8, 'chief', `OVERRIDE: ${JUSTIFICATION}`);
    const overridden = await apply(
      stack,
      8,
      planned,
      { 'special-approvers': 'chief', ...policy },
      { node: node() }
    );
    expect(overridden.errors).toEqual([]);
    expect(overridden.outputs['gate']).toBe('passed');
    expect(overridden.outputs['applied']).toBe('true');
    expect(overridden.summary).toContain(`**Policy override** by chief`);
    expect(overridden.summary).toContain(JUSTIFICATION);
    expect(gh.labelsOn(8)).toEqual(['opa-override']);
    const trail = await auditKinds();
    expect(trail.map((e) => e.kind)).toEqual([
      'plan',
      'policy',
      'approval',
      'override',
      'apply-started',
      'apply-finished'
    ]);
    expect(trail[3]).toMatchObject({ actor: 'chief', details: { justification: JUSTIFICATION } });
  });
});

describe('the gate refuses, before the engine runs', () => {
  it('ignores an override by someone not on the list, and tells the thread once', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 9, author: 'dev', headSha: sha() });
    // A long thread: the plan comment and the overrides are on the second page of 100.
    for (let i = 0; i < 130; i++) gh.addComment(9, i % 2 === 0 ? 'dev' : 'lead', `chatter ${i}`);
    const planned = await plan(stack, 9, { 'policy-dir': NO_ADMIN_POLICY });
    gh.addReview(9, { user: 'lead', state: 'APPROVED' });
    gh.addComment(9, 'lead', `OVERRIDE: ${JUSTIFICATION}`);
    const inputs = { 'special-approvers': 'chief\nacme/platform-leads' };
    const first = await apply(stack, 9, planned, inputs);
    expectRefused(first, 'policy-failed', /no special approver/, stack);
    expect(first.summary).toContain('Ignored [override]');
    const again = await apply(stack, 9, planned, inputs);
    expectRefused(again, 'policy-failed', /no special approver/, stack);
    const replies = botComments(9).filter((c) => c.body.includes('is ignored'));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain('@lead: your [override]');
    expect(replies[0]?.body).toContain('lead is not a special approver');
    expect(gh.labelsOn(9)).toEqual(['opa-failed']);
    expect(
      gh.calls('issues/list-comments').filter((c) => c.status === 200).length
    ).toBeGreaterThanOrEqual(2 * 3);

    // A member of a listed team may override.
    gh.addComment(9, 'boss', `OVERRIDE: ${JUSTIFICATION}`);
    const byTeam = await apply(stack, 9, planned, inputs);
    expect(byTeam.outputs['gate']).toBe('passed');
    expect(byTeam.outputs['applied']).toBe('true');
  });

  it('ignores an approval given before a new push', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 10, author: 'dev', headSha: sha() });
    gh.addReview(10, { user: 'lead', state: 'APPROVED' });
    gh.push(10, sha());
    const planned = await plan(stack, 10);
    const result = await apply(stack, 10, planned);
    expectRefused(result, 'not-approved', /lead approved [0-9a-f]{12}, not the head/, stack);
  });

  it('refuses a plan comment made for a head that has since moved', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 11, author: 'dev', headSha: sha() });
    const planned = await plan(stack, 11);
    gh.push(11, sha());
    gh.addReview(11, { user: 'lead', state: 'APPROVED' });
    const result = await apply(stack, 11, planned);
    expectRefused(result, 'head-moved', /but the head of #11 is now/, stack);
  });

  it('ignores a marker comment forged by someone else', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 12, author: 'dev', headSha: sha() });
    // The plan is made without posting; mallory posts a marker that vouches for it.
    const planned = await action('tf-plan', stack, {
      inputs: { 'var-files': '*.tfvars' },
      event: pullRequestEvent(12, gh.headSha(12))
    });
    gh.addComment(
      12,
      'mallory',
      renderMarker({
        v: 1,
        stack,
        environment: '',
        commit: gh.headSha(12),
        planId: planned.outputs['plan-id'] ?? '',
        planSha256: planned.outputs['plan-sha256'] ?? '',
        policyResult: 'passed',
        runId: '1'
      })
    );
    gh.addReview(12, { user: 'lead', state: 'APPROVED' });
    const result = await apply(stack, 12, planned);
    expectRefused(
      result,
      'no-plan-comment',
      /No plan comment for stack .* by github-actions\[bot\]/,
      stack
    );
    expect(result.summary).toMatch(/Ignored plan marker\(s\) for .* written by mallory/);
  });

  it('refuses a marker that says passed, posted under the same identity, for a plan that violates the policy', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 18, author: 'dev', headSha: sha() });
    // The plan is made without posting; a workflow changed in the pull request posts, with the
    // repository's GITHUB_TOKEN, a marker that vouches for it.
    const planned = await action('tf-plan', stack, {
      inputs: { 'var-files': '*.tfvars', 'policy-dir': NO_ADMIN_POLICY },
      event: pullRequestEvent(18, gh.headSha(18))
    });
    expect(planned.outputs['policy-result']).toBe('failed');
    gh.addComment(
      18,
      ACTIONS_BOT,
      renderMarker({
        v: 1,
        stack,
        environment: '',
        commit: gh.headSha(18),
        planId: planned.outputs['plan-id'] ?? '',
        planSha256: planned.outputs['plan-sha256'] ?? '',
        policyResult: 'passed',
        runId: '1'
      })
    );
    gh.addReview(18, { user: 'lead', state: 'APPROVED' });
    const result = await apply(stack, 18, planned, { 'policy-dir': NO_ADMIN_POLICY });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['gate']).toBe('policy-failed');
    expect(result.outputs['applied']).toBe('false');
    expect(result.outputs['policy-result']).toBe('failed');
    expect(result.errors.join('\n')).toMatch(
      /The apply gate refused \(policy-failed\): The policy failed on this plan although the plan comment says passed \(a forged or stale verdict\)/
    );
    expect(result.summary).toContain('**Forged or stale verdict**');
    expect(result.summary).toContain('| recorded in the plan comment | ✅ passed |');
    expect(result.summary).toContain('| evaluated by tf-apply on this plan | ❌ failed |');
    expect(result.log).not.toMatch(/\$ tofu apply/);
    expect(ws.state(join(ws.root, stack))).toBeUndefined();
    const trail = await auditKinds();
    expect(trail.map((e) => e.kind)).toEqual(['plan', 'policy', 'policy', 'apply-refused']);
    expect(trail[2]).toMatchObject({
      details: { evaluatedBy: 'tf-apply', recorded: 'passed', result: 'failed', verdict: 'forged' }
    });
    expect(trail[3]).toMatchObject({ details: { gate: 'policy-failed', pullRequest: 18 } });
  });

  it('ignores an opa-passed label added by hand', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 13, author: 'dev', headSha: sha() });
    const planned = await plan(stack, 13, { 'policy-dir': NO_ADMIN_POLICY });
    gh.addReview(13, { user: 'lead', state: 'APPROVED' });
    gh.addLabelByHand(13, 'opa-passed');
    const result = await apply(stack, 13, planned);
    expectRefused(result, 'policy-failed', /The policy failed/, stack);
    expect(gh.calls('issues/list-labels-on-issue')).toHaveLength(1); // tf-plan's, not the gate's
  });

  it('refuses a tampered plan file even when its new sha256 is passed along', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 14, author: 'dev', headSha: sha() });
    const planned = await plan(stack, 14);
    gh.addReview(14, { user: 'lead', state: 'APPROVED' });
    const planPath = planned.outputs['plan-path'] ?? '';
    const bytes = readFileSync(planPath);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    writeFileSync(planPath, bytes);
    const tampered = {
      ...planned,
      outputs: { ...planned.outputs, 'plan-sha256': await sha256File(planPath) }
    };
    const result = await apply(stack, 14, tampered);
    expectRefused(result, 'plan-mismatch', /The plan file is not the plan in the comment/, stack);
  });

  it("refuses a fork's pull request", async () => {
    const stack = newStack();
    gh.addPullRequest({
      number: 15,
      author: 'outsider',
      headSha: sha(),
      headRepo: 'outsider/infrastructure'
    });
    const planned = await plan(stack, 15);
    gh.addReview(15, { user: 'lead', state: 'APPROVED' });
    const result = await apply(stack, 15, planned);
    expectRefused(result, 'fork', /comes from outsider\/infrastructure/, stack);
  });

  it('refuses a pull_request_target run without asking GitHub anything', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 16, author: 'dev', headSha: sha() });
    const planned = await plan(stack, 16);
    gh.addReview(16, { user: 'lead', state: 'APPROVED' });
    const before = gh.requests.length;
    const result = await apply(stack, 16, planned, {}, { eventName: 'pull_request_target' });
    expectRefused(result, 'pull-request-target', /pull_request_target/, stack);
    expect(gh.requests.length).toBe(before);
  });

  it('refuses an event without a pull request, and applies one named by pull-request', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 17, author: 'dev', headSha: sha() });
    const planned = await plan(stack, 17);
    gh.addReview(17, { user: 'lead', state: 'APPROVED' });
    const dispatch = { event: {}, eventName: 'workflow_dispatch' };
    const none = await apply(stack, 17, planned, {}, dispatch);
    expectRefused(
      none,
      'no-pull-request',
      /workflow_dispatch event carries no pull request/,
      stack
    );
    const named = await apply(stack, 17, planned, { 'pull-request': '17' }, dispatch);
    expect(named.outputs['gate']).toBe('passed');
    expect(named.outputs['applied']).toBe('true');
  });
});

describe('the plan comment and GitHub faults', () => {
  it('cuts the changes of a huge plan to fit the comment, with a pointer to the run, never a 422', async () => {
    const stack = newStack('__tests__/fixtures/stacks/many');
    gh.addPullRequest({ number: 20, author: 'dev', headSha: sha() });
    const result = await plan(stack, 20, { 'var-files': '' });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const body = botComments(20)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('**1000 to add, 0 to change, 0 to destroy**');
    expect(body).toMatch(/_\d+ more changes not shown: a comment is limited to 65,536 characters/);
    expect(body).toContain(`[run's summary](${SERVER}/${REPOSITORY}/actions/runs/${runId})`);
    expect(gh.requests.filter((r) => r.status === 422)).toEqual([]);
    // The run's summary has every change.
    expect(result.summary.match(/an-item-with-a-long-name/g)?.length).toBe(1000);
  }, 600_000);

  it('waits out rate limits (403 and 429 with retry-after) and retries 502s', async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 21, author: 'dev', headSha: sha() });
    gh.inject(faults.rateLimited(/\/issues\/21\/comments$/));
    gh.inject(faults.secondaryRateLimited(/\/issues\/21\/comments$/));
    gh.inject(faults.badGateway(/\/labels$/, 2, 'GET'));
    const result = await plan(stack, 21);
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(botComments(21)).toHaveLength(1);
    expect(gh.requests.map((r) => r.status)).toEqual(expect.arrayContaining([403, 429, 502]));
    expect(result.log).toMatch(/rate limit on GET .* retrying in \d+s/);
  });

  it("fails on a bad token naming the 'github-token' input", async () => {
    const stack = newStack();
    gh.addPullRequest({ number: 22, author: 'dev', headSha: sha() });
    const result = await plan(stack, 22, { 'github-token': 'not-a-token' });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(
      /GitHub refused the token given as input 'github-token' \(401/
    );
    expect(result.log).not.toContain('not-a-token');
    expect(gh.comments).toEqual([]);
  });

  it('posts nothing for an event without a pull request, and says so', async () => {
    const stack = newStack();
    const result = await action('tf-plan', stack, {
      inputs: { 'github-token': TOKEN, 'var-files': '*.tfvars' },
      eventName: 'push',
      event: { ref: 'refs/heads/main' }
    });
    expect(result.exitCode).toBe(0);
    expect(result.log).toContain('The push event carries no pull request: nothing is posted.');
    expect(gh.requests).toEqual([]);
  });
});

describe('bad governance inputs fail before any side effect', () => {
  let stack: string;
  beforeAll(() => {
    stack = newStack();
    writeFileSync(join(ws.root, 'approvers.yaml'), 'users:\n  - chief\nteams:\n  - lonely\n');
  });

  const cases: ['tf-plan' | 'tf-apply', string, Record<string, string>, RegExp][] = [
    [
      'tf-plan',
      'a bad environment-branches line',
      { 'environment-branches': 'production=prod\nstaging' },
      /Input 'environment-branches' [\s\S]*line 2 'staging' is not environment=branch/
    ],
    ['tf-plan', 'a stack name with spaces', { stack: 'my stack' }, /Input 'stack' is 'my stack'/],
    [
      'tf-apply',
      'an audit-branch that is not a branch name',
      { 'audit-branch': 'audit..log' },
      /Input 'audit-branch' is 'audit\.\.log': must be a valid branch name/
    ],
    [
      'tf-apply',
      'a special-approvers file with a bad entry',
      { 'special-approvers': 'approvers.yaml' },
      /Input 'special-approvers' is 'approvers\.yaml': approvers\.yaml:4: 'lonely' under teams must be org\/team-slug/
    ],
    [
      'tf-apply',
      'a special-approvers file that does not exist',
      { 'special-approvers': '.github/special-approvers.yaml' },
      /Input 'special-approvers' .*no such file/
    ],
    [
      'tf-apply',
      'no token while approval is required',
      { 'github-token': '' },
      /Input 'github-token' is empty: is required while require-approval is true/
    ],
    [
      'tf-apply',
      'a pull-request that is not a number',
      { 'pull-request': '#7' },
      /Input 'pull-request' is '#7'/
    ],
    [
      'tf-plan',
      'a trusted-commenter that is not a login',
      { 'trusted-commenter': 'my app' },
      /Input 'trusted-commenter' is 'my app': must be a GitHub login or an app’s bot account/
    ],
    [
      'tf-apply',
      'a trusted-commenter that is not a login',
      { 'trusted-commenter': 'app[bot]x' },
      /Input 'trusted-commenter' is 'app\[bot\]x': must be a GitHub login/
    ],
    [
      'tf-apply',
      'a policy-dir that does not exist',
      { 'policy-dir': 'policies/missing' },
      /Input 'policy-dir' is 'policies\/missing': no such folder/
    ],
    [
      'tf-apply',
      'a policy-data file that does not exist',
      { 'policy-data': 'policy.yaml' },
      /Input 'policy-data' is 'policy\.yaml': no such file/
    ],
    [
      'tf-apply',
      'a require-approval that is not a boolean',
      { 'require-approval': 'maybe' },
      /Input 'require-approval' is 'maybe'/
    ]
  ];

  it.each(cases)('%s: %s', async (name, _what, inputs, message) => {
    const planInputs =
      name === 'tf-apply' ? { 'plan-path': 'x.tfplan', 'plan-sha256': 'a'.repeat(64) } : {};
    const result = await action(name, stack, {
      inputs: { 'github-token': TOKEN, ...planInputs, ...inputs },
      event: pullRequestEvent(30, sha())
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(message);
    expect(result.log).not.toContain('$ tofu');
    expect(gh.requests).toEqual([]);
    expect(existsSync(join(ws.root, stack, '.terraform'))).toBe(false);
    expect(ws.state(join(ws.root, stack))).toBeUndefined();
  });

  it('reports the bad inputs of every group at once', async () => {
    const result = await action('tf-apply', stack, {
      inputs: {
        'plan-sha256': 'abc',
        'special-approvers': 'approvers.yaml',
        'pull-request': 'seven',
        'trusted-commenter': '-bot-',
        'policy-dir': 'nowhere'
      },
      event: pullRequestEvent(30, sha())
    });
    const errors = result.errors.join('\n');
    for (const input of [
      'plan-path',
      'plan-sha256',
      'github-token',
      'special-approvers',
      'pull-request',
      'trusted-commenter',
      'policy-dir'
    ])
      expect(errors).toContain(`Input '${input}'`);
  });
});
