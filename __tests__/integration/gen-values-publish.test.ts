import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/gitops/inputs.js';
import { mapInputReader } from '../../src/common/inputs.js';
import { memoryLog } from '../../src/common/log.js';
import { publishedFacts, renderFactsFile } from '../../src/facts/publish.js';
import { readRuntimeFacts } from '../../src/facts/runtime-facts.js';
import { GitError, RepositoryUnreachableError } from '../../src/git/branch.js';
import { genValuesOutputs, runGenValues, type GenValuesResult } from '../../src/gitops/job.js';
import { connectPullRequests } from '../../src/gitops/publish.js';
import {
  bareRepo,
  branchTip,
  commitMessage,
  commits,
  git,
  pushOnTop,
  refs,
  seedBranch,
  serveGitHttp,
  showFile,
  type GitHttpServer
} from '../support/git.js';
import { GitHubDouble } from '../support/github/double.js';
import { REPO } from '../support/tools.js';

/**
 * gen-values publishing for real: git against bare repositories on disk and git's own HTTP server
 * on loopback, the pull request through the GitHub client against the schema-checked double.
 */
const FIXTURES = join(REPO, '__tests__', 'fixtures', 'gen-values');
const TOKEN = 'ghs_values-token-0123456789';
const root = mkdtempSync(join(tmpdir(), 'gen-values-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const PROD = {
  cloud: 'aws',
  env: 'prod',
  region: 'eu-west-1',
  bu: 'payments',
  app: 'checkout',
  owner: 'jane.doe',
  image: `ghcr.io/acme/payments/checkout@sha256:${'ab'.repeat(32)}`
};
const PROVENANCE = {
  sourceRepository: 'acme/checkout',
  commit: 'c0ffee',
  runUrl: 'https://github.com/acme/checkout/actions/runs/9'
};

/** A workspace with the config and, as facts-file, the facts.yaml publish-runtime-facts wrote. */
function workspace(): string {
  const ws = join(root, `ws-${++n}`);
  cpSync(join(FIXTURES, 'config'), join(ws, 'infrastructure', 'config'), { recursive: true });
  mkdirSync(join(ws, 'facts'));
  const facts = publishedFacts(readRuntimeFacts(join(FIXTURES, 'facts', 'aws.json')));
  writeFileSync(
    join(ws, 'facts', 'facts.yaml'),
    renderFactsFile(facts, {
      ...PROVENANCE,
      stack: 'cluster',
      planId: 'p1',
      time: '2026-12-01T10:00:00Z'
    })
  );
  return ws;
}

async function generate(
  ws: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<GenValuesResult> {
  const settings = getInputs(
    mapInputReader({ ...PROD, 'facts-file': 'facts/facts.yaml', ...inputs }),
    ws,
    env
  );
  const log = memoryLog();
  return runGenValues(settings, {
    log,
    provenance: PROVENANCE,
    ...(settings.publish === undefined
      ? {}
      : { connect: connectPullRequests(settings.publish, log) })
  });
}

/** A GitOps repository whose branch runtime-facts already holds the published facts. */
function gitopsRepo(parent = root, name = `gitops-${++n}.git`): string {
  const repo = bareRepo(parent, name);
  seedBranch(repo, 'runtime-facts', { 'aws/prod/facts.yaml': 'facts: {}\n' });
  return repo;
}

describe('gen-values publish: commit', () => {
  it('commits the folder at values-path in one commit, and a re-run commits nothing', async () => {
    const ws = workspace();
    const repo = gitopsRepo();
    const before = branchTip(repo, 'runtime-facts');
    const result = await generate(ws, { publish: 'commit', repository: repo });
    const tip = branchTip(repo, 'runtime-facts');
    expect(result.published).toMatchObject({
      changed: true,
      commitSha: tip,
      pullRequest: undefined
    });
    expect(git(['rev-parse', `${tip}^`], repo).trim()).toBe(before);
    for (const file of result.written)
      expect(
        showFile(repo, 'runtime-facts', `${result.valuesPath}/${file.split('/').at(-1)}`)
      ).toBe(readFileSync(file, 'utf8'));
    expect(showFile(repo, 'runtime-facts', 'aws/prod/facts.yaml')).toBe('facts: {}\n');
    expect(commitMessage(repo, 'runtime-facts').trimEnd()).toBe(
      `values: checkout in prod-payments-checkout (aws/prod)\n\nImage: ${PROD.image}\nSource: acme/checkout@c0ffee\nRun: https://github.com/acme/checkout/actions/runs/9`
    );
    expect(genValuesOutputs(result)).toMatchObject({
      changed: 'true',
      'commit-sha': tip,
      'pull-request-url': ''
    });

    const again = await generate(workspace(), { publish: 'commit', repository: repo });
    expect(again.published).toMatchObject({ changed: false, commitSha: tip });
    expect(commits(repo, 'runtime-facts')).toHaveLength(2);
  });

  it('deletes a file of an earlier run that is no longer generated', async () => {
    const ws = workspace();
    const repo = gitopsRepo();
    const dev = await generate(ws, { env: 'dev', 'dry-run': 'true' });
    expect(dev.files.map((f) => f.file)).not.toContain('keda-scaledobject.yaml');
    pushOnTop(repo, 'runtime-facts', {
      [`${dev.valuesPath}/keda-scaledobject.yaml`]: 'kind: ScaledObject\n',
      [`${dev.valuesPath}/README.md`]: 'kept: not a file gen-values writes\n'
    });
    await generate(ws, { env: 'dev', publish: 'commit', repository: repo });
    const tree = git(['ls-tree', '-r', '--name-only', 'refs/heads/runtime-facts'], repo);
    expect(tree).not.toContain(`${dev.valuesPath}/keda-scaledobject.yaml`);
    expect(tree).toContain(`${dev.valuesPath}/README.md`);
    expect(tree).toContain(`${dev.valuesPath}/values.yaml`);
  });

  it('leaves the output folder as it was when the repository cannot be reached', async () => {
    const ws = workspace();
    await expect(
      generate(ws, { publish: 'commit', repository: join(root, 'no-such-repo.git') })
    ).rejects.toThrow(RepositoryUnreachableError);
    expect(existsSync(join(ws, 'artifacts'))).toBe(false);
  });

  it('leaves the remote branch and the output folder as they were when the push is rejected', async () => {
    const ws = workspace();
    const repo = gitopsRepo();
    const hook = join(repo, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const before = refs(repo);
    await expect(generate(ws, { publish: 'commit', repository: repo })).rejects.toThrow(
      /Could not push to .*refs\/heads\/runtime-facts: .*(protected branch|pre-receive hook declined)/s
    );
    expect(refs(repo)).toBe(before);
    expect(existsSync(join(ws, 'artifacts'))).toBe(false);
  });

  it('publishes nothing in a dry run', async () => {
    const repo = gitopsRepo();
    const before = refs(repo);
    const result = await generate(workspace(), {
      publish: 'commit',
      repository: repo,
      'dry-run': 'true'
    });
    expect(result.published).toBeUndefined();
    expect(refs(repo)).toBe(before);
  });
});

describe('gen-values publish: pull-request', () => {
  let gh: GitHubDouble;
  let server: GitHttpServer;
  let repo: string;
  let env: NodeJS.ProcessEnv;
  let url: string;

  beforeAll(async () => {
    const srv = join(root, 'srv');
    mkdirSync(join(srv, 'acme'), { recursive: true });
    server = await serveGitHttp(srv, TOKEN);
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(async () => {
    gh.assertNoViolations();
    await gh.close();
  });

  async function fresh(): Promise<void> {
    const name = `gitops-${++n}`;
    repo = gitopsRepo(join(root, 'srv', 'acme'), `${name}.git`);
    gh = await new GitHubDouble(`acme/${name}`).start();
    gh.addToken(TOKEN, { installation: true });
    gh.linkGit(repo);
    env = { GITHUB_SERVER_URL: server.url, GITHUB_API_URL: gh.url };
    url = `${server.url}/acme/${name}.git`;
  }

  const propose = (extra: Record<string, string> = {}) =>
    generate(
      workspace(),
      { publish: 'pull-request', repository: url, 'github-token': TOKEN, ...extra },
      env
    );

  it('pushes the commit to values/<env>/<app> and opens one pull request into the branch; a re-run changes nothing', async () => {
    await fresh();
    const base = branchTip(repo, 'runtime-facts');
    const result = await propose();
    const head = branchTip(repo, 'values/prod/checkout');
    expect(branchTip(repo, 'runtime-facts')).toBe(base);
    expect(git(['rev-parse', `${head}^`], repo).trim()).toBe(base);
    expect(showFile(repo, 'values/prod/checkout', `${result.valuesPath}/values.yaml`)).toBe(
      result.files.find((f) => f.file === 'values.yaml')?.content
    );
    expect(gh.proposals()).toEqual([
      expect.objectContaining({
        number: 1,
        author: 'github-actions[bot]',
        head: 'values/prod/checkout',
        base: 'runtime-facts',
        state: 'open',
        title: 'values: checkout in prod-payments-checkout (aws/prod)'
      })
    ]);
    expect(gh.proposals()[0]?.body).toContain(`| folder | \`${result.valuesPath}/\` |`);
    expect(genValuesOutputs(result)).toMatchObject({
      changed: 'true',
      'commit-sha': head,
      'pull-request-url': `https://github.com/acme/${gh.repo}/pull/1`
    });

    const again = await propose();
    expect(again.published).toMatchObject({
      changed: false,
      commitSha: head,
      pullRequest: { number: 1, action: 'unchanged' }
    });
    expect(branchTip(repo, 'values/prod/checkout')).toBe(head);
    expect(gh.proposals()).toHaveLength(1);
    expect(gh.calls('pulls/create')).toHaveLength(1);
    expect(gh.calls('pulls/update')).toHaveLength(0);
    // The token went as a header, never in a URL.
    expect(server.paths.join('\n')).not.toContain(TOKEN);
  });

  it('replaces the branch on the new tip when the base moved, keeping the same pull request', async () => {
    await fresh();
    await propose();
    const moved = pushOnTop(repo, 'runtime-facts', { 'aws/prod/facts.yaml': 'facts: {a: 1}\n' });
    const result = await propose({
      image: `ghcr.io/acme/payments/checkout@sha256:${'cd'.repeat(32)}`
    });
    const head = branchTip(repo, 'values/prod/checkout');
    expect(git(['rev-parse', `${head}^`], repo).trim()).toBe(moved);
    expect(commits(repo, 'values/prod/checkout')).toHaveLength(3);
    expect(result.published?.pullRequest).toMatchObject({ number: 1, action: 'updated' });
    expect(gh.proposals()).toHaveLength(1);
    expect(gh.proposals()[0]?.body).toContain('cd'.repeat(32));
  });

  it('opens a new pull request after the last one was closed', async () => {
    await fresh();
    await propose();
    gh.closePullRequest(1);
    const result = await propose();
    expect(result.published?.pullRequest).toMatchObject({ number: 2, action: 'created' });
    expect(gh.proposals().map((p) => p.state)).toEqual(['closed', 'open']);
  });

  it('proposes nothing when the branch already holds the values', async () => {
    await fresh();
    await generate(workspace(), { publish: 'commit', repository: url, 'github-token': TOKEN }, env);
    const result = await propose();
    expect(result.published).toMatchObject({ changed: false, pullRequest: undefined });
    expect(branchTip(repo, 'values/prod/checkout')).toBeUndefined();
    expect(gh.proposals()).toEqual([]);
    expect(genValuesOutputs(result)['pull-request-url']).toBe('');
  });

  it('refuses a base branch that does not exist, pushing nothing', async () => {
    await fresh();
    const before = refs(repo);
    await expect(propose({ branch: 'gitops' })).rejects.toThrow(
      /The branch 'gitops' does not exist in .*: a change is proposed against an existing branch/
    );
    expect(refs(repo)).toBe(before);
    expect(gh.requests).toEqual([]);
  });

  it('leaves every branch as it was when the token is refused', async () => {
    await fresh();
    const before = refs(repo);
    await expect(propose({ 'github-token': 'wrong-token' })).rejects.toThrow(
      /authentication failed: the token is missing, wrong or lacks access/
    );
    expect(refs(repo)).toBe(before);
    expect(gh.requests).toEqual([]);
    await expect(propose({ 'github-token': 'wrong-token' })).rejects.toThrow(GitError);
  });
});
