/**
 * The orchestrator starter, copied into a platform repository on disk as a team copies it, run
 * under act from dispatch to verified environment: it calls terraform.yml, build-push.yml and
 * bootstrap.yml and deploy.yml by `platform-actions/platform-actions/.github/workflows/…@v1`, with
 * the real engine, a real registry, Trivy and buildah, the runtime facts and the values on a bare
 * repository, a real Kubernetes API server the bootstrap installs Argo CD on, the Argo CD double
 * argocd-sync talks to, and the environment's DNS and HTTPS gateway on loopback.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobResult, runGit } from '../support/act.js';
import { branchTip } from '../support/git.js';
import { ADMIN_TOKEN, gitopsFootprint } from '../support/kube.js';
import {
  APPLICATION,
  FACTS_URL,
  STACK_SECRET,
  startPipelineLab,
  type PipelineLab
} from '../support/pipeline.js';

let scratch: string;
const timings: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-orchestrator-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`orchestrator under act:\n  ${timings.join('\n  ')}\n`);
});

function resources(lab: PipelineLab): number {
  if (!existsSync(lab.state)) return 0;
  return (JSON.parse(readFileSync(lab.state, 'utf8')) as { resources: unknown[] }).resources.length;
}

describe('the orchestrator, dispatched in a platform repository', () => {
  let lab: PipelineLab;
  afterAll(async () => lab?.stop());

  test('dev: plan → apply → facts → image → values → sync → verify, every gate passed', async () => {
    lab = await startPipelineLab(scratch);
    const run = await lab.dispatch();
    timings.push(`the whole path in dev: ${(run.ms / 1000).toFixed(1)} s`);
    if (run.code !== 0) throw new Error(run.log.slice(-6000));
    for (const job of [
      'check inputs',
      'terraform/validate',
      'terraform/apply',
      'bootstrap/bootstrap',
      'build-push/build, scan, push',
      'deploy/deploy',
      'deploy/verify',
      'report'
    ])
      expect([job, jobResult(run, job)]).toEqual([job, 'succeeded']);
    // The facts, then the values, were committed to the facts branch.
    const tip = branchTip(lab.facts, 'runtime-facts');
    expect(tip).toBeDefined();
    const facts = runGit(lab.facts, ['show', 'runtime-facts:local/dev/facts.yaml']);
    expect(facts).toContain('cluster_gateway_public_address: 127.0.0.1');
    const valuesPath = run.outputs('deploy/deploy')['values-path'];
    expect(valuesPath).toMatch(/^apps\/local\/acme-dev-loc-payments\/dev-payments-checkout$/);
    const values = runGit(lab.facts, ['show', `runtime-facts:${valuesPath}/values.yaml`]);
    // The image deployed is the one pushed, by digest.
    const digest = /sha256:[0-9a-f]{64}/.exec(values)?.[0];
    expect(digest).toBeDefined();
    expect(
      await lab.registry.digest('acme/payments/checkout', '1.4.2-' + lab.head.slice(0, 7))
    ).toBe(digest);
    // Argo CD was asked to sync the app to the values commit, once.
    const syncs = lab.argocd.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith(`${APPLICATION}/sync`)
    );
    expect(syncs).toHaveLength(1);
    expect(JSON.stringify(syncs[0]?.body)).toContain(tip);
    expect(lab.argocd.violations).toEqual([]);
    expect(run.log).toContain('Every gate passed.');
    expect(resources(lab)).toBe(3);
    expect(run.log).not.toContain(STACK_SECRET);

    // The cluster the facts name was bootstrapped after the facts were published and before the
    // sync: Argo CD's CRDs Established, the root AppProject and an ApplicationSet per environment
    // of the facts stored, their applications reading the facts branch.
    expect(facts).toContain(`kube_context: ${lab.context}`);
    const order = ['terraform/apply', 'bootstrap/bootstrap', 'deploy/deploy'].map((job) =>
      Object.keys(run.jobs).findIndex((name) => name.endsWith(job))
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const footprint = await gitopsFootprint(lab.kube);
    expect(footprint).toEqual({
      namespace: 200,
      crds: {
        'applications.argoproj.io': true,
        'applicationsets.argoproj.io': true,
        'appprojects.argoproj.io': true
      },
      applicationSets: ['platform-dev', 'platform-prod', 'platform-staging'],
      appProjects: ['platform']
    });
    const set = await lab.kube.api(
      'GET',
      '/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets/platform-dev'
    );
    expect(set.status).toBe(200);
    expect(JSON.stringify(set.body)).toContain(FACTS_URL);
    expect(JSON.stringify(set.body)).toContain('"targetRevision":"runtime-facts"');
    const bootstrap = run.outputs('bootstrap/bootstrap');
    expect(bootstrap).toMatchObject({ 'argocd-version': '3.6.1', configured: '0', unchanged: '0' });
    expect(Number(bootstrap['created'])).toBeGreaterThan(50);
    expect(run.log).toMatch(/GitOps bootstrap \| success \| Argo CD 3\.6\.1, created \d+/);
    expect(run.log).not.toContain(ADMIN_TOKEN);
  }, 900_000);

  test('a second dispatch: nothing to apply, the bootstrap changes nothing and reports every object unchanged', async () => {
    const crdsBefore = await lab.kube.api(
      'GET',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/applicationsets.argoproj.io'
    );
    const run = await lab.dispatch({}, { TF_CHECKS: 'fmt, validate' });
    timings.push(`the second dispatch: ${(run.ms / 1000).toFixed(1)} s`);
    if (run.code !== 0) throw new Error(run.log.slice(-6000));
    expect(jobResult(run, 'terraform/apply')).toBeUndefined();
    expect(jobResult(run, 'bootstrap/bootstrap')).toBe('succeeded');
    const bootstrap = run.outputs('bootstrap/bootstrap');
    expect(bootstrap).toMatchObject({ created: '0', configured: '0', pruned: '0', refused: '0' });
    expect(Number(bootstrap['unchanged'])).toBeGreaterThan(50);
    // Server-side apply of the same objects writes nothing: the stored CRD is the same version.
    const crdsAfter = await lab.kube.api(
      'GET',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/applicationsets.argoproj.io'
    );
    const version = (r: { body: unknown }) =>
      (r.body as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
    expect(version(crdsAfter)).toBe(version(crdsBefore));
    expect(run.log).toContain('Every gate passed.');
    expect(run.log).not.toContain(ADMIN_TOKEN);
  }, 900_000);

  test('cloud oracle, env qa or a bad app name is refused by the first job; nothing is planned, applied, bootstrapped or pushed', async () => {
    const before = branchTip(lab.facts, 'runtime-facts');
    const tags = await lab.registry.tags('acme/payments/checkout');
    for (const inputs of [{ cloud: 'oracle' }, { env: 'qa' }]) {
      const run = await lab.dispatch(inputs, { TF_CHECKS: 'fmt, validate' });
      timings.push(`refused ${JSON.stringify(inputs)}: ${(run.ms / 1000).toFixed(1)} s`);
      expect(run.code).not.toBe(0);
      expect(jobResult(run, 'check inputs')).toBe('failed');
      expect(jobResult(run, 'terraform/plan')).toBeUndefined();
      expect(jobResult(run, 'build-push/build, scan, push')).toBeUndefined();
      const [name, value] = Object.entries(inputs)[0] ?? [];
      expect(run.log).toContain(`Input '${name}' is '${value}'`);
    }
    // An app of the root ApplicationSets that is no DNS label is refused there too.
    const apps = await lab.dispatch({}, { GITOPS_APPS: 'checkout\nBad_App' });
    expect(apps.code).not.toBe(0);
    expect(jobResult(apps, 'check inputs')).toBe('failed');
    expect(jobResult(apps, 'bootstrap/bootstrap')).toBeUndefined();
    expect(apps.log).toContain("App 'Bad_App' (GITOPS_APPS or services/)");
    expect(branchTip(lab.facts, 'runtime-facts')).toBe(before);
    expect(await lab.registry.tags('acme/payments/checkout')).toEqual(tags);
  }, 300_000);
});

describe('a failing gate', () => {
  test('a check verify-gates cannot pass fails the run, with the failing check in the summary', async () => {
    const lab = await startPipelineLab(scratch, { failingCheck: true });
    try {
      const run = await lab.dispatch({}, { TF_CHECKS: 'fmt, validate' });
      timings.push(`failing verify-gates: ${(run.ms / 1000).toFixed(1)} s`);
      expect(run.code).not.toBe(0);
      expect(jobResult(run, 'deploy/deploy')).toBe('succeeded');
      expect(jobResult(run, 'deploy/verify')).toBe('failed');
      // verify-gates' step summary names the check and why it failed.
      expect(run.log).toMatch(/FAILED {2}the metrics endpoint answers .*ECONNREFUSED/);
      expect(run.log).toMatch(
        /Summary - ### verify-gates: failed[\s\S]*the metrics endpoint answers/
      );
      expect(run.outputs('deploy/verify')['failed']).toBe('["the metrics endpoint answers"]');
      // act ends a run at the first failed job of a called workflow, so the report job (if:
      // always(), which GitHub runs) is not reached here; structure.test.ts holds its shape.
    } finally {
      await lab.stop();
    }
  }, 900_000);
});
