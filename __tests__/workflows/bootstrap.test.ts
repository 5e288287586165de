/**
 * bootstrap.yml called from a consumer repository under act, against a real kube-apiserver on
 * loopback: bad input, a missing kubeconfig and an Argo CD tag that does not exist fail before
 * anything reaches the cluster; `enabled: false` and facts that name no cluster skip it; vendored
 * manifests bootstrap it (the fetched ones are run by the orchestrator's scenarios); a teardown
 * then deletes the root objects.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ARGOCD_VERSION } from '../../src/bootstrap/argocd.js';
import { consumerRepository, jobResult, runAct, snapshotProject } from '../support/act.js';
import { bareRepo, seedBranch } from '../support/git.js';
import {
  ADMIN_TOKEN,
  gitopsFootprint,
  startKubeApiServer,
  type KubeApiServer
} from '../support/kube.js';
import { argoCdSource } from '../support/pipeline.js';
import { REPO } from '../support/tools.js';

const CONTEXT = 'kind-local-dev-0a1b2c';

function publishedFacts(facts: Record<string, string>): string {
  return [
    'facts:',
    ...Object.entries(facts).map(([k, v]) => `  ${k}: ${v}`),
    '  env_gateway_public_addresses:',
    '    dev: 127.0.0.1',
    'provenance:',
    '  stack: stacks/local/dev',
    ''
  ].join('\n');
}

let scratch: string;
let server: KubeApiServer;
let repo: string;
let project: string;
let facts: string;
let source: string;
const timings: string[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-bootstrap-'));
  server = await startKubeApiServer();
  facts = bareRepo(scratch, 'runtime-facts.git');
  seedBranch(facts, 'runtime-facts', {
    'local/dev/facts.yaml': publishedFacts({
      cluster_name: 'local-dev-0a1b2c',
      cluster_type: 'local',
      kube_context: CONTEXT
    }),
    // A stack that names no cluster (its facts hold no kube_context).
    'aws/dev/facts.yaml': publishedFacts({ cluster_type: 'aws' })
  });
  source = argoCdSource(scratch);
  const vendored = join(scratch, 'vendored');
  cpSync(join(REPO, '.tools', 'argocd', DEFAULT_ARGOCD_VERSION), vendored, {
    recursive: true,
    dereference: true
  });
  repo = join(scratch, 'consumer');
  consumerRepository(repo, {
    '.github/workflows/gitops.yml': [
      'name: gitops',
      'on: workflow_dispatch',
      'permissions: {}',
      'jobs:',
      '  cluster:',
      '    uses: platform-actions/platform-actions/.github/workflows/bootstrap.yml@v1',
      '    permissions: { contents: read }',
      '    with:',
      '      cloud: ${{ vars.CLOUD }}',
      '      env: ${{ vars.ENV }}',
      "      operation: ${{ vars.OPERATION || 'bootstrap' }}",
      "      enabled: ${{ vars.ENABLED != 'false' }}",
      `      facts-repository: ${facts}`,
      '      repository-url: https://git.example.test/acme/runtime-facts.git',
      '      apps: |',
      '        checkout',
      '        cart',
      '      argocd-version: ${{ vars.ARGOCD_VERSION }}',
      '      argocd-manifests: ${{ vars.ARGOCD_MANIFESTS }}',
      `      argocd-source: ${source}`,
      '    secrets:',
      '      kubeconfig: ${{ secrets.KUBECONFIG }}',
      ''
    ].join('\n'),
    'argocd/vendored': { copy: vendored }
  });
  project = snapshotProject(scratch);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`bootstrap.yml under act:\n  ${timings.join('\n  ')}\n`);
});

async function dispatch(label: string, vars: Record<string, string>, kubeconfig = true) {
  const run = await runAct({
    repo,
    workflow: '.github/workflows/gitops.yml',
    event: 'workflow_dispatch',
    project,
    scratch: join(scratch, 'act'),
    vars: { CLOUD: 'local', ENV: 'dev', ...vars },
    secrets: {
      GITHUB_TOKEN: 'ghs_bootstraptest',
      ...(kubeconfig ? { KUBECONFIG: server.kubeconfig(CONTEXT) } : {})
    }
  });
  timings.push(`${label}: ${(run.ms / 1000).toFixed(1)} s`);
  expect(run.log).not.toContain(ADMIN_TOKEN);
  return run;
}

const untouched = {
  namespace: 404,
  crds: {},
  applicationSets: [],
  appProjects: []
};

describe('before anything reaches the cluster', () => {
  test('bad cloud, env, argocd-version and argocd-manifests fail the first step, naming each', async () => {
    const run = await dispatch('bad input', {
      CLOUD: 'oracle',
      ENV: 'qa',
      ARGOCD_VERSION: 'latest',
      ARGOCD_MANIFESTS: '../outside',
      OPERATION: 'uninstall'
    });
    expect(run.code).not.toBe(0);
    expect(jobResult(run, 'bootstrap/bootstrap')).toBe('failed');
    expect(run.log).toContain("Input 'cloud' is 'oracle'");
    expect(run.log).toContain("Input 'env' is 'qa'");
    expect(run.log).toContain("Input 'argocd-version' is 'latest'");
    expect(run.log).toContain("Input 'argocd-manifests' is '../outside'");
    expect(run.log).toContain("Input 'operation' is 'uninstall'");
    expect(run.log).not.toContain('Read the runtime facts');
    expect(await gitopsFootprint(server)).toEqual(untouched);
  }, 300_000);

  test('facts that name a cluster and no kubeconfig secret: the step says what to pass', async () => {
    const run = await dispatch('no kubeconfig', {}, false);
    expect(run.code).not.toBe(0);
    expect(jobResult(run, 'bootstrap/bootstrap')).toBe('failed');
    expect(run.log).toContain("the secret 'kubeconfig' is empty");
    expect(await gitopsFootprint(server)).toEqual(untouched);
  }, 300_000);

  test('an Argo CD version whose tag the source lacks fails the fetch, naming the tag', async () => {
    const run = await dispatch('unknown tag', { ARGOCD_VERSION: '9.9.9' });
    expect(run.code).not.toBe(0);
    expect(run.log).toContain('cannot fetch the tag v9.9.9 of');
    expect(run.log).not.toContain('Bootstrap GitOps on the cluster [');
    expect(await gitopsFootprint(server)).toEqual(untouched);
  }, 300_000);
});

describe('skipped', () => {
  test('enabled: false reads and applies nothing, and says so', async () => {
    const run = await dispatch('enabled false', { ENABLED: 'false' });
    expect(run.code).toBe(0);
    expect(jobResult(run, 'bootstrap/bootstrap')).toBe('succeeded');
    expect(run.log).toContain('bootstrap: skipped (enabled: false)');
    expect(run.log).not.toContain('Read the runtime facts');
    expect(await gitopsFootprint(server)).toEqual(untouched);
  }, 300_000);

  test('facts without kube_context name no cluster: nothing to bootstrap', async () => {
    const run = await dispatch('no cluster', { CLOUD: 'aws' });
    expect(run.code).toBe(0);
    expect(run.log).toContain('The facts aws/dev/facts.yaml name no cluster (no kube_context)');
    expect(run.outputs('bootstrap/bootstrap')['bootstrap']).toBe('false');
    expect(await gitopsFootprint(server)).toEqual(untouched);
  }, 300_000);
});

test('vendored manifests (argocd-manifests): Argo CD and the root objects stored', async () => {
  const run = await dispatch('vendored manifests', { ARGOCD_MANIFESTS: 'argocd/vendored' });
  if (run.code !== 0) throw new Error(run.log.slice(-6000));
  expect(run.outputs('bootstrap/bootstrap')).toMatchObject({
    'argocd-version': DEFAULT_ARGOCD_VERSION,
    configured: '0',
    unchanged: '0',
    refused: '0'
  });
  // Nothing was fetched: the manifests are the repository's own.
  expect(run.log).not.toContain(`manifests/ of v${DEFAULT_ARGOCD_VERSION} at`);
  expect(await gitopsFootprint(server)).toEqual({
    namespace: 200,
    crds: {
      'applications.argoproj.io': true,
      'applicationsets.argoproj.io': true,
      'appprojects.argoproj.io': true
    },
    applicationSets: ['platform-dev'],
    appProjects: ['platform']
  });
}, 300_000);

test('teardown before a destroy: the root objects deleted, Argo CD itself left for the destroy', async () => {
  const run = await dispatch('teardown', { OPERATION: 'teardown' });
  if (run.code !== 0) throw new Error(run.log.slice(-6000));
  expect(run.outputs('bootstrap/bootstrap')['remaining']).toBe('');
  // No manifests are needed to take the root objects away.
  expect(run.log).not.toContain('Fetch the Argo CD manifests [');
  expect(await gitopsFootprint(server)).toEqual({
    namespace: 200,
    crds: {
      'applications.argoproj.io': true,
      'applicationsets.argoproj.io': true,
      'appprojects.argoproj.io': true
    },
    applicationSets: [],
    appProjects: []
  });
}, 300_000);
