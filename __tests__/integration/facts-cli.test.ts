import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformctl } from '../support/cli.js';
import { bareRepo, branchTip, commits, refs, showFile } from '../support/git.js';
import { REPO } from '../support/tools.js';

/** `platformctl facts publish` against real bare repositories: each exit code. */
const FACTS = join(REPO, '__tests__', 'fixtures', 'gen-values', 'facts');
const root = mkdtempSync(join(tmpdir(), 'facts-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const ENV = { GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: 'd'.repeat(40), GITHUB_RUN_ID: '9' };

const args = (repo: string, outputs = join(FACTS, 'azure.json')) => [
  'facts',
  'publish',
  '--outputs',
  outputs,
  '--cloud',
  'azure',
  '--env',
  'staging',
  '--target',
  'azure-staging',
  '--repo',
  repo
];

describe('platformctl facts publish', () => {
  it('exits 0 and prints where it published, then that nothing changed', async () => {
    const repo = bareRepo(root, `r-${++n}.git`);
    const first = await platformctl([...args(repo), '--plan-id', 'p-7'], ENV);
    expect(first.code).toBe(0);
    const tip = branchTip(repo, 'runtime-facts') ?? '';
    expect(first.stdout).toBe(
      `changed: true\ncommit-sha: ${tip}\nfacts-path: azure/staging/facts.yaml\n`
    );
    expect(showFile(repo, 'runtime-facts', 'azure/staging/facts.yaml')).toContain('plan_id: p-7');

    const again = await platformctl([...args(repo), '--format', 'json'], {
      ...ENV,
      GITHUB_SHA: 'e'.repeat(40)
    });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      changed: 'false',
      'commit-sha': tip,
      'facts-path': 'azure/staging/facts.yaml'
    });
    expect(commits(repo, 'runtime-facts')).toHaveLength(1);
  });

  it('takes the branch and path template from the flags', async () => {
    const repo = bareRepo(root, `r-${++n}.git`);
    const run = await platformctl(
      [...args(repo), '--branch', 'facts', '--path', 'clusters/{target}.yaml'],
      ENV
    );
    expect(run.code).toBe(0);
    expect(showFile(repo, 'facts', 'clusters/azure-staging.yaml')).toContain('cluster_type: azure');
  });

  it('exits 1 on outputs that break the contract, pushing nothing', async () => {
    const repo = bareRepo(root, `r-${++n}.git`);
    const outputs = JSON.parse(readFileSync(join(FACTS, 'azure.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    delete outputs['cluster_name'];
    const file = join(root, 'broken.json');
    writeFileSync(file, JSON.stringify(outputs));
    const run = await platformctl(args(repo, file), ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the output "cluster_name" is missing');
    expect(refs(repo)).toBe('');
  });

  it('exits 1 on an unreachable repository, naming it', async () => {
    const missing = join(root, 'gone.git');
    const run = await platformctl(args(missing), ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Could not reach the repository '${missing}'`);
  });

  it.each([
    [['facts', 'publish', '--cloud', 'azure']],
    [['facts', 'publish', '--outputs', 'x', '--nope']],
    [['facts', 'push']]
  ])('exits 2 on the usage error %j, printing the usage', async (argv) => {
    const run = await platformctl(argv, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('platformctl facts publish --outputs FILE');
  });
});
