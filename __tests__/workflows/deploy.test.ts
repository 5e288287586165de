/**
 * deploy.yml called with bad input: its first job names every bad input and nothing is rendered,
 * committed or synced (the whole path is run by the orchestrator's scenarios).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumerRepository, jobResult, runAct, runGit, snapshotProject } from '../support/act.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-deploy-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a tag instead of a digest, an unknown env and publish mode fail the first job, naming each; nothing is deployed', async () => {
  const facts = join(scratch, 'facts.git');
  runGit(scratch, ['init', '-q', '--bare', facts]);
  const repo = join(scratch, 'consumer');
  consumerRepository(repo, {
    '.github/workflows/deploy.yml': [
      'name: deploy',
      'on: workflow_dispatch',
      'permissions: {}',
      'jobs:',
      '  checkout:',
      '    uses: platform-actions/platform-actions/.github/workflows/deploy.yml@v1',
      '    permissions: { contents: write, pull-requests: write }',
      '    with:',
      '      cloud: local',
      '      env: qa',
      '      region: local',
      '      bu: payments',
      '      app: checkout',
      '      owner: jane.doe',
      '      image: ghcr.io/acme/payments/checkout:latest',
      '      publish: push-to-main',
      `      facts-repository: ${facts}`,
      '      argocd-server: https://127.0.0.1:1',
      '      checks-file: gates/dev.yaml',
      '    secrets:',
      '      argocd-token: never-used',
      ''
    ].join('\n')
  });
  const run = await runAct({
    repo,
    workflow: '.github/workflows/deploy.yml',
    event: 'workflow_dispatch',
    project: snapshotProject(scratch),
    scratch,
    secrets: { GITHUB_TOKEN: 'ghs_deploytest' }
  });
  process.stdout.write(`deploy.yml bad input under act: ${(run.ms / 1000).toFixed(1)} s\n`);
  expect(run.code).not.toBe(0);
  expect(jobResult(run, 'deploy/render values')).toBe('failed');
  expect(jobResult(run, 'deploy/deploy')).toBeUndefined();
  expect(run.log).toContain("Input 'env' is 'qa'");
  expect(run.log).toContain("Input 'image' is 'ghcr.io/acme/payments/checkout:latest'");
  expect(run.log).toContain("Input 'publish' is 'push-to-main'");
  expect(() =>
    runGit(facts, ['rev-parse', '--verify', '--quiet', 'refs/heads/runtime-facts'])
  ).toThrow();
}, 300_000);
