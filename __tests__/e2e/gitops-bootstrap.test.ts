import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import { ADMIN_TOKEN, startKubeApiServer, type KubeApiServer } from '../support/kube.js';
import { REPO, tool } from '../support/tools.js';

/**
 * The bundled gitops-bootstrap action, run as a runner runs it under the Node 24 that action.yml
 * names, against a real kube-apiserver on loopback, with the kubeconfig given as a secret input.
 */

const FACTS = join(REPO, '__tests__', 'fixtures', 'gen-values', 'facts', 'local.json');
const CONTEXT = 'local-dev-a1b2c3-context';

let server: KubeApiServer;
let root: string;
let runs = 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gitops-bootstrap-e2e-'));
  server = await startKubeApiServer();
}, 180_000);
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

function run(
  inputs: Record<string, string>,
  facts = readFileSync(FACTS, 'utf8')
): Promise<LocalRunResult> {
  const ws = join(root, `ws-${++runs}`);
  mkdirSync(ws, { recursive: true });
  writeFileSync(join(ws, 'outputs.json'), facts);
  return runLocalAction({
    actionDir: join(REPO, 'actions', 'gitops-bootstrap'),
    inputs: {
      'facts-file': 'outputs.json',
      kubeconfig: server.kubeconfig(CONTEXT),
      repository: 'https://git.example.test/platform/runtime-facts.git',
      apps: 'checkout\ncart',
      interval: '100ms',
      ...inputs
    },
    node: tool('node24'),
    workspace: ws,
    timeoutMs: 170_000
  });
}

function expectKubeconfigKept(result: LocalRunResult): void {
  expect(result.masked).toContain(ADMIN_TOKEN);
  expect(result.log).not.toContain(ADMIN_TOKEN);
  expect(result.summary).not.toContain(ADMIN_TOKEN);
  expect(JSON.stringify(result.outputs)).not.toContain(ADMIN_TOKEN);
}

describe('gitops-bootstrap under Node 24 (the runtime action.yml names)', () => {
  it('fails on facts without kube_context, naming the input, with nothing applied', async () => {
    const facts = JSON.parse(readFileSync(FACTS, 'utf8')) as Record<string, unknown>;
    delete facts['kube_context'];
    const result = await run({}, JSON.stringify(facts));
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(
      "Input 'facts-file' is 'outputs.json': the facts have no kube_context"
    );
    expectKubeconfigKept(result);
    expect((await server.api('GET', '/api/v1/namespaces/argocd')).status).toBe(404);
  }, 180_000);

  it('bootstraps, with outputs and a summary, and the kubeconfig masked', async () => {
    const result = await run({});
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'argocd-version': '3.6.1',
      configured: '0',
      unchanged: '0',
      pruned: '0',
      refused: '0',
      stale: ''
    });
    expect(Number(result.outputs['created'])).toBeGreaterThan(50);
    expect(result.summary).toContain('### gitops-bootstrap: Argo CD `3.6.1` ✅ bootstrapped');
    expect(result.summary).toContain('| ApplicationSet | `argocd/platform-dev` | created |');
    expectKubeconfigKept(result);
  }, 180_000);

  it('changes nothing on a second run', async () => {
    const result = await run({});
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      created: '0',
      configured: '0',
      pruned: '0',
      refused: '0'
    });
    expect(Number(result.outputs['unchanged'])).toBeGreaterThan(50);
  }, 180_000);

  it('tears down: the root applications deleted, nothing left blocking a destroy', async () => {
    const result = await run({ operation: 'teardown', timeout: '30s' });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['remaining']).toBe('');
    expect(result.summary).toContain('ApplicationSet `platform-dev`');
    const sets = await server.api(
      'GET',
      '/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets'
    );
    expect((sets.body as { items: unknown[] }).items).toEqual([]);
    expectKubeconfigKept(result);
  }, 180_000);
});
