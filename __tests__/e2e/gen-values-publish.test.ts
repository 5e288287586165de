import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import {
  bareRepo,
  branchTip,
  git,
  refs,
  seedBranch,
  serveGitHttp,
  showFile,
  type GitHttpServer
} from '../support/git.js';
import { GitHubDouble } from '../support/github/double.js';
import { REPO } from '../support/tools.js';

/**
 * The bundled gen-values action publishing as a runner runs it: a commit to a bare repository on
 * disk, and a pull request over git's HTTP server on loopback and the schema-checked GitHub double.
 */
const FIXTURES = join(REPO, '__tests__', 'fixtures', 'gen-values');
const TOKEN = 'ghs_e2e-values-token-0123456789';
const root = mkdtempSync(join(tmpdir(), 'gen-values-publish-e2e-'));
let n = 0;

const AWS_PROD = {
  cloud: 'aws',
  env: 'prod',
  region: 'eu-west-1',
  bu: 'payments',
  app: 'checkout',
  owner: 'jane.doe',
  'facts-file': 'facts/aws.json'
};
const VALUES_PATH = 'apps/aws/acme-prod-euw1-payments/prod-payments-checkout';

function workspace(): string {
  const ws = join(root, `ws-${++n}`);
  cpSync(join(FIXTURES, 'config'), join(ws, 'infrastructure', 'config'), { recursive: true });
  cpSync(join(FIXTURES, 'facts'), join(ws, 'facts'), { recursive: true });
  return ws;
}

function gitops(parent: string, name: string): string {
  const repo = bareRepo(parent, name);
  seedBranch(repo, 'runtime-facts', { 'aws/prod/facts.yaml': 'facts: {}\n' });
  return repo;
}

function run(
  ws: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: join(REPO, 'actions', 'gen-values'),
    inputs: { ...AWS_PROD, ...inputs },
    workspace: ws,
    env: { GITHUB_REPOSITORY: 'acme/checkout', GITHUB_SHA: 'c0ffee', ...env },
    timeoutMs: 90_000
  });
}

let server: GitHttpServer;
let gh: GitHubDouble;
beforeAll(async () => {
  mkdirSync(join(root, 'srv', 'acme'), { recursive: true });
  server = await serveGitHttp(join(root, 'srv'), TOKEN);
  gh = await new GitHubDouble('acme/gitops').start();
  gh.addToken(TOKEN, { installation: true });
});
afterAll(async () => {
  await server.close();
  await gh.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the gen-values bundle publishes what it generated', () => {
  it('commits the folder at values-path, and says so in its outputs and summary', async () => {
    const repo = gitops(root, 'commit.git');
    const ws = workspace();
    const result = await run(ws, { publish: 'commit', repository: repo });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const tip = branchTip(repo, 'runtime-facts');
    expect(result.outputs).toMatchObject({
      'values-path': VALUES_PATH,
      changed: 'true',
      'commit-sha': tip,
      'pull-request-url': ''
    });
    expect(showFile(repo, 'runtime-facts', `${VALUES_PATH}/values.yaml`)).toBe(
      readFileSync(join(ws, 'artifacts', 'values.yaml'), 'utf8')
    );
    expect(result.summary).toContain('#### Published (commit)');
    expect(result.summary).toContain(`Committed \`${VALUES_PATH}/\` to \`runtime-facts\``);

    const again = await run(workspace(), { publish: 'commit', repository: repo });
    expect(again.outputs).toMatchObject({ changed: 'false', 'commit-sha': tip });
    expect(again.summary).toContain('already held these files: no commit was made');
  });

  it('proposes the commit as a pull request, masking the token, and a re-run finds it again', async () => {
    const repo = gitops(join(root, 'srv', 'acme'), 'gitops.git');
    gh.linkGit(repo);
    const env = { GITHUB_SERVER_URL: server.url, GITHUB_API_URL: gh.url };
    const inputs = {
      publish: 'pull-request',
      repository: `${server.url}/acme/gitops.git`,
      'github-token': TOKEN
    };
    const result = await run(workspace(), inputs, env);
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const head = branchTip(repo, 'values/prod/checkout');
    expect(result.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': head,
      'pull-request-url': 'https://github.com/acme/gitops/pull/1'
    });
    expect(result.masked).toContain(TOKEN);
    expect(result.log).not.toContain(TOKEN);
    expect(result.summary).not.toContain(TOKEN);
    expect(result.summary).toContain(
      `Pull request [#1](https://github.com/acme/gitops/pull/1) proposes \`${VALUES_PATH}/\` for \`runtime-facts\``
    );
    expect(
      git(['ls-tree', '--name-only', `refs/heads/values/prod/checkout:${VALUES_PATH}`], repo)
    ).toBe(
      'argocd-application.yaml\nkarpenter-nodepool.yaml\nkeda-scaledobject.yaml\nnames.json\nvalues.yaml\n'
    );

    const again = await run(workspace(), inputs, env);
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({
      changed: 'false',
      'commit-sha': head,
      'pull-request-url': 'https://github.com/acme/gitops/pull/1'
    });
    expect(gh.proposals()).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('refuses bad publishing inputs with the others, before anything is written or pushed', async () => {
    const repo = gitops(root, 'refused.git');
    const before = refs(repo);
    const ws = workspace();
    const result = await run(ws, { owner: '', publish: 'merge', branch: 'a..b' });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toBe(
      [
        "Input 'owner' is empty: is required: the owner tag",
        "Input 'publish' is 'merge': must be one of none, commit, pull-request",
        "Input 'branch' is 'a..b': must be a branch name git accepts"
      ].join('\n')
    );
    const missing = await run(ws, { publish: 'pull-request' });
    expect(missing.errors.join('\n')).toMatch(
      /Input 'repository' is empty: is required with publish: pull-request.*\n.*Input 'github-token' is empty/
    );
    expect(existsSync(join(ws, 'artifacts'))).toBe(false);
    expect(refs(repo)).toBe(before);
  });
});
