import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMarker } from '../../src/governance/marker.js';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import { git } from '../support/git.js';
import { GitHubDouble } from '../support/github/double.js';
import { REPO, tool } from '../support/tools.js';

/**
 * The bundled controller action, run as a runner runs it under the Node 24 its action.yml names,
 * against the schema-checked GitHub double linked to a real bare repository: the team side's
 * automatic pull request and dispatch, and the controller's refusals of bad input, each leaving
 * the pull request unmerged and nothing dispatched.
 */

const TEAM = 'acme/payments';
const TEAM_TOKEN = 'ghs_team000000000000000000000000000000';
const CONTROLLER_TOKEN = 'ghs_controller00000000000000000000000000';
const DISPATCH_TOKEN = 'ghs_dispatch0000000000000000000000000000';
const BOT = 'platform-controller[bot]';
const ALLOW =
  'repositories:\n  acme/payments:\n    stacks:\n      - path: stacks/dev\n        environment: development\n';

let root: string;
let gh: GitHubDouble;
let bare: string;
let clone: string;
let runs = 0;

afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(async () => {
  root = root ?? mkdtempSync(join(tmpdir(), 'controller-e2e-'));
  const dir = mkdtempSync(join(root, 'world-'));
  bare = join(dir, 'payments.git');
  clone = join(dir, 'clone');
  git(['init', '-q', '--bare', bare]);
  git(['init', '-q', '-b', 'main', clone]);
  mkdirSync(join(clone, 'stacks', 'dev'), { recursive: true });
  writeFileSync(join(clone, 'stacks', 'dev', 'terraform.tfvars'), 'env = "dev"\n');
  writeFileSync(join(clone, 'README.md'), 'payments\n');
  git(['add', '-A'], clone);
  git(['commit', '-q', '-m', 'initial'], clone);
  git(['push', '-q', bare, 'main', 'main:dev'], clone);
  gh = await new GitHubDouble(TEAM).start();
  gh.linkGit(bare);
  gh.addToken(TEAM_TOKEN, { installation: true });
  gh.addUser(BOT, 'Bot');
  gh.addToken(CONTROLLER_TOKEN, BOT);
  gh.addToken(DISPATCH_TOKEN, 'payments-dispatcher');
  gh.acceptDispatches('acme/controller', ['payments-dispatcher', BOT]);
  gh.setRole('lead', 'write');
});
afterEach(async () => {
  await gh.close();
  gh.assertNoViolations();
});

function commit(branch: string, file: string, text: string): string {
  git(['checkout', '-q', '-B', branch], clone);
  writeFileSync(join(clone, file), text);
  git(['commit', '-q', '-am', `change ${file}`], clone);
  git(['push', '-q', '-f', bare, branch], clone);
  return git(['rev-parse', 'HEAD'], clone).trim();
}

function run(
  inputs: Record<string, string>,
  event: unknown,
  eventName: string,
  files: Record<string, string> = {},
  repository = TEAM
): Promise<LocalRunResult> {
  const workspace = join(root, `ws-${++runs}`);
  mkdirSync(workspace, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  return runLocalAction({
    actionDir: join(REPO, 'actions', 'controller'),
    inputs,
    node: tool('node24'),
    workspace,
    event,
    eventName,
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: repository,
      GITHUB_RUN_ID: String(runs)
    },
    timeoutMs: 60_000
  });
}

const propose = (branch: string, sha: string) =>
  run(
    {
      phase: 'propose',
      'github-token': TEAM_TOKEN,
      'controller-repository': 'acme/controller',
      'controller-token': DISPATCH_TOKEN
    },
    {
      ref: `refs/heads/${branch}`,
      after: sha,
      repository: { full_name: TEAM, default_branch: 'main' }
    },
    'push'
  );

const dispatch = (payload: unknown) => ({ action: 'platform-controller', client_payload: payload });

function controller(
  phase: string,
  payload: unknown,
  extra: Record<string, string> = {},
  allowList = ALLOW
): Promise<LocalRunResult> {
  return run(
    {
      phase,
      'github-token': CONTROLLER_TOKEN,
      'trusted-commenter': BOT,
      'allow-list': 'controller/allow-list.yaml',
      ...extra
    },
    dispatch(payload),
    'repository_dispatch',
    { 'controller/allow-list.yaml': allowList },
    'acme/controller'
  );
}

describe('the controller action under Node 24', () => {
  it('opens the pull request of a pushed branch once and dispatches each push, tokens masked', async () => {
    const first = commit('change', 'stacks/dev/terraform.tfvars', 'env = "dev"\nx = 1\n');
    const opened = await propose('change', first);
    expect(opened.errors).toEqual([]);
    expect(opened.outputs).toMatchObject({
      dispatched: 'true',
      opened: 'true',
      'pull-request': '1'
    });
    expect(opened.masked).toEqual(expect.arrayContaining([TEAM_TOKEN, DISPATCH_TOKEN]));
    expect(opened.log).not.toContain(DISPATCH_TOKEN);
    const second = commit('change', 'stacks/dev/terraform.tfvars', 'env = "dev"\nx = 2\n');
    const again = await propose('change', second);
    expect(again.outputs).toMatchObject({
      dispatched: 'true',
      opened: 'false',
      'pull-request': '1'
    });
    expect(gh.calls('pulls/create')).toHaveLength(1);
    expect(gh.dispatches.map((d) => d.clientPayload)).toEqual([
      {
        source_repo: TEAM,
        action: 'validate',
        pr_number: 1,
        head_sha: first,
        files: ['stacks/dev/terraform.tfvars']
      },
      {
        source_repo: TEAM,
        action: 'validate',
        pr_number: 1,
        head_sha: second,
        files: ['stacks/dev/terraform.tfvars']
      }
    ]);
    expect(gh.dispatches.every((d) => d.user === 'payments-dispatcher')).toBe(true);
  });

  it('asks nothing of the controller for a push that changes no configuration file', async () => {
    const sha = commit('docs', 'README.md', 'payments, documented\n');
    const r = await propose('docs', sha);
    expect(r.exitCode).toBe(0);
    expect(r.outputs['dispatched']).toBe('false');
    expect(gh.dispatches).toEqual([]);
  });

  describe('bad input: a clear message, nothing merged or dispatched', () => {
    async function approvedPullRequest(environment = 'development'): Promise<string> {
      const sha = commit('change', 'stacks/dev/terraform.tfvars', 'env = "dev"\nx = 3\n');
      expect((await propose('change', sha)).exitCode).toBe(0);
      const marker = renderMarker({
        v: 1,
        stack: 'stacks/dev',
        environment,
        commit: sha,
        planId: '1'.repeat(64),
        planSha256: '2'.repeat(64),
        policyResult: 'passed',
        runId: '1'
      });
      gh.addComment(1, BOT, `${marker}\n### Plan`);
      gh.addReview(1, { user: 'lead', state: 'APPROVED' });
      return sha;
    }
    const payload = (sha: string, action = 'merge') => ({
      source_repo: TEAM,
      action,
      pr_number: 1,
      head_sha: sha,
      files: ['stacks/dev/terraform.tfvars']
    });
    const untouched = (dispatches: number) => {
      expect(gh.pull(1)).toMatchObject({ merged: false, baseRef: 'main' });
      expect(git(['rev-parse', 'dev'], bare)).toBe(git(['rev-parse', 'main'], bare));
      expect(gh.dispatches).toHaveLength(dispatches);
      expect(gh.calls('pulls/merge')).toEqual([]);
    };

    it('a malformed payload', async () => {
      const sha = await approvedPullRequest();
      const r = await controller('merge', { ...payload(sha), pr_number: -1, approvers: ['me'] });
      expect(r.exitCode).toBe(1);
      expect(r.errors.join('\n')).toContain('The dispatch payload is malformed');
      expect(r.errors.join('\n')).toContain('pr_number: must be positive');
      expect(r.errors.join('\n')).toContain('unknown key(s) approvers');
      untouched(1);
    });

    it('an allow-list that is not valid YAML', async () => {
      const sha = await approvedPullRequest();
      const r = await controller('merge', payload(sha), {}, 'repositories:\n  acme/payments: [\n');
      expect(r.exitCode).toBe(1);
      expect(r.errors.join('\n')).toMatch(
        /allow-list controller\/allow-list\.yaml is not valid YAML \(line \d+, column \d+\)/
      );
      untouched(1);
    });

    it('a mapping that names a branch the team repository does not have', async () => {
      const sha = await approvedPullRequest();
      const r = await controller('merge', payload(sha), {
        'environment-branches': 'development=develop\n*=main'
      });
      expect(r.exitCode).toBe(1);
      expect(r.errors.join('\n')).toContain(
        'maps development to develop, which does not exist in acme/payments'
      );
      untouched(1);
      const notices = gh
        .commentsOn(1)
        .filter((c) => c.user === BOT && c.body.includes('`no-branch`'));
      expect(notices).toHaveLength(1);
      // The same refusal at the same head is not told twice.
      await controller('merge', payload(sha), {
        'environment-branches': 'development=develop\n*=main'
      });
      expect(
        gh.commentsOn(1).filter((c) => c.user === BOT && c.body.includes('`no-branch`'))
      ).toHaveLength(1);
    });

    it('an environment in the plan comment that the mapping does not know', async () => {
      const sha = await approvedPullRequest('qa');
      const allow = ALLOW.replace('development', 'qa');
      const r = await controller(
        'merge',
        payload(sha),
        { 'environment-branches': 'development=dev\nproduction=prod' },
        allow
      );
      expect(r.exitCode).toBe(1);
      expect(r.errors.join('\n')).toContain(
        "names environment 'qa', which the controller's environment-branches does not map"
      );
      untouched(1);
    });

    it('an apply of a pull request that is not merged', async () => {
      const sha = await approvedPullRequest();
      const r = await controller('validate', payload(sha, 'apply'));
      expect(r.exitCode).toBe(1);
      expect(r.errors.join('\n')).toContain('is not merged: only a merged pull request is applied');
      untouched(1);
    });
  });

  it('merges an approved pull request into the mapped branch, retargeted, and dispatches the apply', async () => {
    const sha = commit('change', 'stacks/dev/terraform.tfvars', 'env = "dev"\nx = 4\n');
    expect((await propose('change', sha)).exitCode).toBe(0);
    const marker = renderMarker({
      v: 1,
      stack: 'stacks/dev',
      environment: 'development',
      commit: sha,
      planId: '1'.repeat(64),
      planSha256: '2'.repeat(64),
      policyResult: 'passed',
      runId: '1'
    });
    gh.addComment(1, BOT, `${marker}\n### Plan`);
    gh.addReview(1, { user: 'lead', state: 'APPROVED' });
    const r = await controller('merge', {
      source_repo: TEAM,
      action: 'merge',
      pr_number: 1,
      head_sha: sha,
      files: []
    });
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ merged: 'true', branch: 'dev' });
    expect(gh.pull(1)).toMatchObject({
      merged: true,
      baseRef: 'dev',
      mergeCommitSha: r.outputs['merge-commit']
    });
    expect(git(['rev-parse', 'dev'], bare).trim()).toBe(r.outputs['merge-commit']);
    expect(gh.dispatches.at(-1)).toMatchObject({
      repository: 'acme/controller',
      user: BOT,
      clientPayload: { action: 'apply', pr_number: 1, head_sha: sha }
    });
  });
});
