/**
 * terraform.yml run for real: a consumer repository on disk calls
 * `platform-actions/platform-actions/.github/workflows/terraform.yml@v1` under act, with the real
 * engine, the plan handed across jobs through act's artifact server, the GitHub API double for
 * the plan comment and the gate, and bare repositories for the runtime facts and the audit trail.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { branchTip } from '../support/git.js';
import { GitHubDouble } from '../support/github/double.js';
import {
  consumerRepository,
  jobResult,
  runAct,
  runGit,
  snapshotProject,
  type ActRun
} from '../support/act.js';

let scratch: string;
let project: string;
const TOKEN = 'ghs_workflowrunsecret0000000000000000';
const timings: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-terraform-'));
  project = snapshotProject(scratch);
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`terraform.yml under act:\n  ${timings.join('\n  ')}\n`);
});

function caller(on: string, withLines: string[]): string {
  return [
    'name: infra',
    `on: ${on}`,
    'permissions: {}',
    'jobs:',
    '  dev:',
    '    uses: platform-actions/platform-actions/.github/workflows/terraform.yml@v1',
    '    permissions: { contents: write, pull-requests: write, issues: write, id-token: write }',
    '    with:',
    ...withLines.map((l) => `      ${l}`),
    '  after:',
    '    needs: dev',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo "applied=${{ needs.dev.outputs.applied }} changes=${{ needs.dev.outputs.has-changes }} plan=${{ needs.dev.outputs.plan-id }} sha=${{ needs.dev.outputs.plan-sha256 }} facts=${{ needs.dev.outputs.facts-commit }}"',
    ''
  ].join('\n');
}

const COMMON = [
  'working-directory: stacks/local/dev',
  // The whole set of checks runs in the orchestrator's scenario; these runs keep to the quick ones.
  'checks: fmt, validate',
  'environment: dev',
  'backend-config: ${{ vars.BACKEND_CONFIG }}',
  'facts-repository: ${{ vars.FACTS_REPOSITORY }}',
  'facts-cloud: local',
  'audit-repository: ${{ vars.AUDIT_REPOSITORY }}'
];

interface Target {
  repo: string;
  head: string;
  state: string;
  facts: string;
  audit: string;
}

function target(name: string, workflow: string): Target {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  const repo = join(dir, 'consumer');
  const head = consumerRepository(repo, {
    '.github/workflows/infra.yml': workflow,
    'stacks/local/dev': { stack: 'examples/stacks/local/dev' },
    'stacks/local/dev/terraform.tfvars': 'env = "dev"\n'
  });
  const facts = join(dir, 'facts.git');
  const audit = join(dir, 'audit.git');
  runGit(dir, ['init', '-q', '--bare', facts]);
  runGit(dir, ['init', '-q', '--bare', audit]);
  return { repo, head, state: join(dir, 'state', 'dev.tfstate'), facts, audit };
}

async function run(
  t: Target,
  label: string,
  extra: {
    event?: 'workflow_dispatch' | 'pull_request';
    payload?: Record<string, unknown>;
    api?: string;
  } = {}
): Promise<ActRun> {
  const result = await runAct({
    repo: t.repo,
    workflow: '.github/workflows/infra.yml',
    event: extra.event ?? 'workflow_dispatch',
    ...(extra.payload === undefined ? {} : { payload: extra.payload }),
    project,
    scratch,
    vars: {
      BACKEND_CONFIG: `path=${t.state}`,
      FACTS_REPOSITORY: t.facts,
      AUDIT_REPOSITORY: t.audit
    },
    secrets: { GITHUB_TOKEN: TOKEN },
    ...(extra.api === undefined ? {} : { env: { GITHUB_API_URL: extra.api } })
  });
  timings.push(`${label}: ${(result.ms / 1000).toFixed(1)} s`);
  return result;
}

/** The resources in the local state file (none when there is no state). */
function stateResources(t: Target): number {
  if (!existsSync(t.state)) return 0;
  return (JSON.parse(readFileSync(t.state, 'utf8')) as { resources: unknown[] }).resources.length;
}

/** The facts branch's tip, undefined while nothing was published. */
const factsBranch = (t: Target): string | undefined => branchTip(t.facts, 'runtime-facts');

function echoed(r: ActRun): Record<string, string> {
  const line = /\| applied=(\S*) changes=(\S*) plan=(\S*) sha=(\S*) facts=(\S*)$/m.exec(r.log);
  if (line === null)
    throw new Error(`the caller's last job printed nothing:\n${r.log.slice(-3000)}`);
  const [, applied = '', changes = '', plan = '', sha = '', facts = ''] = line;
  return { applied, changes, plan, sha, facts };
}

describe('terraform.yml called from a consumer repository', () => {
  test('plans, applies the approved plan in another job, publishes the facts; the next run of the same target changes nothing', async () => {
    const t = target(
      'apply',
      caller('workflow_dispatch', [...COMMON, 'apply: true', 'require-approval: false'])
    );
    const first = await run(t, 'plan + apply + facts');
    expect(first.code).toBe(0);
    expect(jobResult(first, 'terraform/validate')).toBe('succeeded');
    expect(jobResult(first, 'terraform/apply')).toBe('succeeded');
    const out = echoed(first);
    expect(out['applied']).toBe('true');
    expect(out['changes']).toBe('true');
    expect(out['plan']).toMatch(/^[0-9a-f]{64}$/);
    // The apply job applied the file the plan job made: the sha256 it was handed.
    expect(first.outputs('terraform/apply')['gate']).toBe('passed');
    expect(first.log).toContain(`sha256 ${out['sha']}`);
    expect(stateResources(t)).toBe(3);
    const facts = factsBranch(t);
    expect(out['facts']).toBe(facts);
    const published = runGit(t.facts, ['show', 'runtime-facts:local/dev/facts.yaml']);
    expect(published).toContain('cluster_gateway_public_address: 127.0.0.1');
    expect(published).toContain(`plan_id: ${out['plan']}`);
    expect(published).not.toContain('local-admin-not-a-secret');
    // The audit trail recorded the plan, the verdict and the apply.
    const audit = runGit(t.audit, ['show', 'audit-log:audit.jsonl']);
    for (const kind of ['plan', 'policy', 'apply-started', 'apply-finished'])
      expect(audit).toContain(`"kind":"${kind}"`);

    // The same target again, in sequence: it plans against the same state and has nothing to do.
    const second = await run(t, 'second run, no changes');
    expect(second.code).toBe(0);
    const again = echoed(second);
    expect(again['changes']).toBe('false');
    expect(again['applied']).toBe('false');
    expect(jobResult(second, 'terraform/apply')).toBeUndefined();
    expect(factsBranch(t)).toBe(facts);

    // destroy: a destroy plan, through the same gate and apply.
    const d = target(
      'destroy',
      caller('workflow_dispatch', [
        ...COMMON,
        'apply: true',
        'destroy: true',
        'require-approval: false'
      ])
    );
    const destroy = await run(
      { ...d, state: t.state, facts: t.facts, audit: t.audit },
      'destroy plan + apply'
    );
    expect(destroy.code).toBe(0);
    expect(destroy.outputs('terraform/plan')['destroy']).toBe('3');
    expect(echoed(destroy)['applied']).toBe('true');
    expect(stateResources(t)).toBe(0);
    // A destroy publishes no facts.
    expect(factsBranch(t)).toBe(facts);
    expect(destroy.log).not.toContain('local-admin-not-a-secret');
  }, 900_000);

  test('an apply the gate refuses (no approval at the head) applies nothing and publishes no facts', async () => {
    const t = target('gate', caller('pull_request', [...COMMON, 'apply: true']));
    const gh = await new GitHubDouble('acme/platform').start();
    try {
      gh.addToken(TOKEN, { installation: true });
      gh.setRole('lead', 'write');
      gh.addPullRequest({ number: 7, author: 'dev', headSha: t.head });
      // An approval of an older commit does not count.
      gh.addReview(7, { user: 'lead', state: 'APPROVED', commitId: 'a'.repeat(40) });
      const r = await run(t, 'gate refused', {
        event: 'pull_request',
        payload: {
          action: 'synchronize',
          number: 7,
          pull_request: { number: 7, head: { sha: t.head } }
        },
        api: gh.url
      });
      expect(r.code).not.toBe(0);
      expect(jobResult(r, 'terraform/plan')).toBe('succeeded');
      expect(jobResult(r, 'terraform/apply')).toBe('failed');
      expect(r.outputs('terraform/apply')['gate']).toBe('not-approved');
      expect(r.outputs('terraform/apply')['applied']).toBe('false');
      expect(stateResources(t)).toBe(0);
      expect(factsBranch(t)).toBeUndefined();
      // The plan was posted as the sticky comment the gate read.
      expect(gh.commentsOn(7).some((c) => c.body.includes('platform-actions:tf-plan'))).toBe(true);
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  }, 600_000);

  test('a malformed input fails the first job, naming it; nothing is planned', async () => {
    const t = target(
      'bad',
      caller('workflow_dispatch', [
        'working-directory: ../outside',
        'checks: fmt, validate',
        'environment: "dev env"',
        'engine-version: latest',
        'backend-config: ${{ vars.BACKEND_CONFIG }}',
        'apply: true'
      ])
    );
    const r = await run(t, 'bad input');
    expect(r.code).not.toBe(0);
    expect(jobResult(r, 'terraform/validate')).toBe('failed');
    expect(jobResult(r, 'terraform/plan')).toBeUndefined();
    expect(r.log).toContain("Input 'working-directory' is '../outside'");
    expect(r.log).toContain("Input 'environment' is 'dev env'");
    expect(r.log).toContain("Input 'engine-version' is 'latest'");
    expect(existsSync(t.state)).toBe(false);
  }, 300_000);
});
