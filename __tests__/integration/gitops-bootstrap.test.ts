import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArgoCdManifests } from '../../src/bootstrap/argocd.js';
import { ClientNodeCluster, loadKubeConfig } from '../../src/bootstrap/cluster.js';
import { getInputs, type BootstrapInputs } from '../../src/bootstrap/inputs.js';
import { runBootstrap, runTeardown, type BootstrapResult } from '../../src/bootstrap/job.js';
import { renderRootObjects } from '../../src/bootstrap/render.js';
import { renderBootstrapSummary, renderTeardownSummary } from '../../src/bootstrap/summary.js';
import { systemClock } from '../../src/common/clock.js';
import { mapInputReader } from '../../src/common/inputs.js';
import { memoryLog } from '../../src/common/log.js';
import {
  gitopsFootprint,
  NOBODY_TOKEN,
  startKubeApiServer,
  type KubeApiServer
} from '../support/kube.js';
import { platformctl } from '../support/cli.js';
import { makeCa } from '../support/pki.js';
import { closedPort } from '../support/web-servers.js';
import { REPO } from '../support/tools.js';

/**
 * The bootstrap against a real kube-apiserver and etcd on loopback (TLS, token authentication,
 * RBAC). No kubelet or controllers run: what is asserted is what the API server accepts, validates
 * with the real Argo CD CRD schemas, and stores.
 */

const FIXTURE = join(REPO, '__tests__', 'fixtures', 'gen-values', 'facts', 'local.json');
const CONTEXT = 'local-dev-a1b2c3-context';
const REPO_URL = 'https://git.example.test/platform/runtime-facts.git';
const NEW_REPO_URL = 'https://git.example.test/platform/runtime-facts-v2.git';

/** An object as the API server returns it, read freely by the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stored = Record<string, any>;

let server: KubeApiServer;
let ws: string;

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'gitops-bootstrap-'));
  server = await startKubeApiServer();
  writeFileSync(join(ws, 'kubeconfig'), server.kubeconfig(CONTEXT));
  writeFacts('facts.json', {});
}, 180_000);
afterAll(async () => {
  await server?.stop();
  rmSync(ws, { recursive: true, force: true });
});

/** The fixture's engine outputs with some outputs replaced (undefined: removed). */
function writeFacts(name: string, changes: Record<string, unknown>): string {
  const outputs = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete outputs[key];
    else outputs[key] = { sensitive: false, type: 'string', value };
  }
  writeFileSync(join(ws, name), JSON.stringify(outputs, null, 2));
  return name;
}

function inputs(over: Record<string, string> = {}): BootstrapInputs {
  return getInputs(
    mapInputReader({
      'facts-file': 'facts.json',
      'kubeconfig-file': 'kubeconfig',
      repository: REPO_URL,
      apps: 'checkout\ncart',
      interval: '100ms',
      timeout: '60s',
      'request-timeout': '20s',
      ...over
    }),
    ws
  );
}

function clusterFor(i: BootstrapInputs): ClientNodeCluster {
  const kubeConfig = loadKubeConfig(i.kubeconfig, i.bootstrap.context, i.kubeconfigSource);
  return new ClientNodeCluster({
    kubeConfig,
    context: i.bootstrap.context,
    requestTimeoutMs: i.requestTimeoutMs
  });
}

async function bootstrap(over: Record<string, string> = {}): Promise<BootstrapResult> {
  const i = inputs(over);
  return runBootstrap(i.bootstrap, {
    cluster: clusterFor(i),
    log: memoryLog(),
    clock: systemClock
  });
}

const count = (r: BootstrapResult, outcome: string) =>
  r.applied.filter((a) => a.outcome === outcome);
const names = (r: BootstrapResult, outcome: string) =>
  count(r, outcome)
    .map((a) => `${a.kind}/${a.name}`)
    .sort();

async function get(path: string): Promise<Stored> {
  const res = await server.api('GET', path);
  expect(res.status).toBe(200);
  return res.body as Stored;
}

describe('before anything is applied', () => {
  it('fails on a wrong token with the 401, naming the context', async () => {
    writeFileSync(
      join(ws, 'wrong-token'),
      server.kubeconfig(CONTEXT, { token: 'not-a-valid-token-000000' })
    );
    await expect(bootstrap({ 'kubeconfig-file': 'wrong-token' })).rejects.toThrow(
      `refused the credentials of context '${CONTEXT}' (401 Unauthorized)`
    );
  });

  it('fails on a user without rights with the 403', async () => {
    writeFileSync(join(ws, 'nobody'), server.kubeconfig(CONTEXT, { token: NOBODY_TOKEN }));
    await expect(bootstrap({ 'kubeconfig-file': 'nobody' })).rejects.toThrow(
      /denied context .* \(403 Forbidden\).*cluster-admin/
    );
  });

  it('fails on an unreachable server', async () => {
    const port = await closedPort();
    writeFileSync(
      join(ws, 'closed'),
      server.kubeconfig(CONTEXT, { server: `https://127.0.0.1:${port}` })
    );
    await expect(bootstrap({ 'kubeconfig-file': 'closed' })).rejects.toThrow(
      `Cannot reach the API server https://127.0.0.1:${port} of context '${CONTEXT}': ECONNREFUSED`
    );
  });

  it('fails on a server whose certificate another CA signed', async () => {
    const other = makeCa(join(ws, 'other-ca'));
    writeFileSync(
      join(ws, 'untrusted'),
      server.kubeconfig(CONTEXT, { caPem: readFileSync(other.certFile, 'utf8') })
    );
    await expect(bootstrap({ 'kubeconfig-file': 'untrusted' })).rejects.toThrow(
      /is not trusted \([A-Z_]+\)/
    );
  });

  it('refuses facts without kube_context', () => {
    writeFacts('no-context.json', { kube_context: undefined });
    expect(() => inputs({ 'facts-file': 'no-context.json' })).toThrow(
      "Input 'facts-file' is 'no-context.json': the facts have no kube_context"
    );
  });

  it('refuses a kubeconfig without the context the facts name', async () => {
    writeFileSync(join(ws, 'other-context'), server.kubeconfig('someone-else'));
    await expect(bootstrap({ 'kubeconfig-file': 'other-context' })).rejects.toThrow(
      `kubeconfig-file other-context has no context '${CONTEXT}' (the facts' kube_context): it has someone-else`
    );
  });

  it('refuses an Argo CD version that is not pinned', () => {
    expect(() => inputs({ 'argocd-version': '2.99.0' })).toThrow(
      "Input 'argocd-version' is '2.99.0': is not a pinned Argo CD version: use one of 3.6.1"
    );
  });

  it('refuses a malformed template: bad YAML, an unknown key, an unclosed action, a schema break', () => {
    writeFileSync(join(ws, 'bad-yaml.yaml'), 'metadata: {name: [\n');
    expect(() => inputs({ 'template-file': 'bad-yaml.yaml' })).toThrow(
      /template-file.*bad-yaml.yaml: not valid YAML/
    );
    writeFileSync(
      join(ws, 'unknown-key.yaml'),
      "metadata: {name: '{{.app}}-{{.region}}'}\nspec: {project: p}\n"
    );
    expect(() => inputs({ 'template-file': 'unknown-key.yaml' })).toThrow(
      /metadata.name: '\{\{\.region\}\}' refers to \.region: the elements have \.app, \.env/
    );
    writeFileSync(join(ws, 'unclosed.yaml'), "metadata: {name: '{{.app'}\nspec: {project: p}\n");
    expect(() => inputs({ 'template-file': 'unclosed.yaml' })).toThrow(/has 1 '\{\{' but 0 '\}\}'/);
    writeFileSync(
      join(ws, 'no-destination.yaml'),
      "metadata: {name: '{{.app}}'}\nspec: {project: p, source: {repoURL: r}}\n"
    );
    return expect(bootstrap({ 'template-file': 'no-destination.yaml' })).rejects.toThrow(
      'ApplicationSet platform-dev (template-file no-destination.yaml) breaks the Argo CD schema: data/spec/template/spec must have required property destination'
    );
  });

  it('left the cluster as it was after each of these failures', async () => {
    expect(await gitopsFootprint(server)).toEqual({
      namespace: 404,
      crds: {},
      applicationSets: [],
      appProjects: []
    });
  });
});

describe('bootstrap on a real API server', () => {
  let first: BootstrapResult;

  it('installs Argo CD on a fresh cluster: every CRD Established, the ApplicationSets read back equal', async () => {
    first = await bootstrap();
    expect(first.refused).toEqual([]);
    expect(first.failure).toBeUndefined();
    expect(count(first, 'configured')).toEqual([]);
    expect(count(first, 'unchanged')).toEqual([]);
    const manifests = loadArgoCdManifests('3.6.1', inputs().bootstrap.manifestsDir);
    // The namespace, every object of install.yaml, the AppProject and an ApplicationSet per environment.
    expect(count(first, 'created')).toHaveLength(
      1 + manifests.crds.length + manifests.objects.length + 1 + 3
    );
    expect(manifests.crdNames).toEqual([
      'applications.argoproj.io',
      'applicationsets.argoproj.io',
      'appprojects.argoproj.io'
    ]);
    const footprint = await gitopsFootprint(server);
    expect(footprint.crds).toEqual(Object.fromEntries(manifests.crdNames.map((n) => [n, true])));
    expect(footprint.appProjects).toEqual(['platform']);
    const rendered = renderRootObjects(inputs().bootstrap.roots);
    expect(rendered.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'AppProject/platform',
      'ApplicationSet/platform-dev',
      'ApplicationSet/platform-prod',
      'ApplicationSet/platform-staging'
    ]);
    for (const object of rendered) {
      const plural = object.kind === 'AppProject' ? 'appprojects' : 'applicationsets';
      const stored = await get(
        `/apis/argoproj.io/v1alpha1/namespaces/argocd/${plural}/${object.metadata.name}`
      );
      expect(stored.spec).toEqual(object['spec']);
      expect(stored.metadata.labels).toEqual(object.metadata['labels']);
      expect(
        stored.metadata.managedFields.map((m: { manager: string; operation: string }) => [
          m.manager,
          m.operation
        ])
      ).toEqual([['platform-actions-bootstrap', 'Apply']]);
    }
    const set = await get(
      '/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets/platform-dev'
    );
    expect(set.spec.generators[0].list.elements.map((e: { app: string }) => e.app)).toEqual([
      'checkout',
      'cart'
    ]);
    expect(set.spec.template.spec.source).toEqual({
      repoURL: REPO_URL,
      targetRevision: 'runtime-facts',
      path: '{{.cloud}}/{{.env}}/apps/{{.app}}'
    });
    const summary = renderBootstrapSummary(first);
    expect(summary).toContain('Argo CD `3.6.1` ✅ bootstrapped');
    expect(summary).toContain(`| ${count(first, 'created').length} | 0 | 0 | 0 | 0 |`);
  }, 180_000);

  it('changes nothing on a second run: everything unchanged, no resourceVersion moved', async () => {
    const before = await get('/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets');
    const second = await bootstrap();
    expect(second.failure).toBeUndefined();
    expect(count(second, 'created')).toEqual([]);
    expect(count(second, 'configured')).toEqual([]);
    expect(count(second, 'unchanged')).toHaveLength(first.applied.length);
    const after = await get('/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets');
    const versions = (list: Stored) =>
      list.items.map((i: { metadata: { name: string; resourceVersion: string } }) => [
        i.metadata.name,
        i.metadata.resourceVersion
      ]);
    expect(versions(after)).toEqual(versions(before));
  }, 120_000);

  it('updates only what a facts change touches: a new environment and a new repository URL', async () => {
    writeFacts('facts.json', {
      env_gateway_public_addresses: {
        dev: '127.0.0.1',
        staging: '127.0.0.2',
        prod: '127.0.0.3',
        qa: '127.0.0.4'
      }
    });
    const changed = await bootstrap({ repository: NEW_REPO_URL });
    expect(changed.failure).toBeUndefined();
    expect(names(changed, 'created')).toEqual(['ApplicationSet/platform-qa']);
    expect(names(changed, 'configured')).toEqual([
      'AppProject/platform',
      'ApplicationSet/platform-dev',
      'ApplicationSet/platform-prod',
      'ApplicationSet/platform-staging'
    ]);
    // Argo CD itself is untouched.
    expect(count(changed, 'unchanged')).toHaveLength(first.applied.length - 4);
    const project = await get('/apis/argoproj.io/v1alpha1/namespaces/argocd/appprojects/platform');
    expect(project.spec.sourceRepos).toEqual([NEW_REPO_URL]);
    const qa = await get(
      '/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets/platform-qa'
    );
    expect(qa.spec.template.spec.source.repoURL).toBe(NEW_REPO_URL);
  }, 120_000);

  it('lists root objects no longer rendered, and deletes them only with prune', async () => {
    writeFacts('facts.json', {
      env_gateway_public_addresses: { dev: '127.0.0.1', staging: '127.0.0.2', prod: '127.0.0.3' }
    });
    const kept = await bootstrap({ repository: NEW_REPO_URL });
    expect(kept.stale.map((r) => `${r.kind}/${r.name}`)).toEqual(['ApplicationSet/platform-qa']);
    expect(kept.pruned).toEqual([]);
    expect(renderBootstrapSummary(kept)).toContain(
      'ApplicationSet `platform-qa`: kept (set `prune: true` to delete it)'
    );
    expect(
      (
        await server.api(
          'GET',
          '/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets/platform-qa'
        )
      ).status
    ).toBe(200);

    const pruned = await bootstrap({ repository: NEW_REPO_URL, prune: 'true' });
    expect(pruned.pruned.map((r) => `${r.kind}/${r.name}`)).toEqual(['ApplicationSet/platform-qa']);
    expect(count(pruned, 'configured')).toEqual([]);
    expect(
      (
        await server.api(
          'GET',
          '/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets/platform-qa'
        )
      ).status
    ).toBe(404);
  }, 120_000);

  it("reports the server's message for an ApplicationSet the real CRD schema rejects", async () => {
    // A misspelt field: the client-side models allow properties they do not know, the CRD's
    // structural schema does not (and the apply is strict, so it is refused, not dropped).
    const template =
      "metadata: {name: '{{.app}}-{{.env}}'}\n" +
      'spec:\n' +
      '  project: platform\n' +
      "  destination: {server: 'https://kubernetes.default.svc', namespace: '{{.app}}'}\n" +
      "  source: {repoURL: '{{.repoURL}}', targetRevison: '{{.branch}}', path: '{{.app}}'}\n";
    writeFileSync(join(ws, 'hydrator.yaml'), template);
    const before = await get(
      '/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets/platform-dev'
    );
    const result = await bootstrap({ repository: NEW_REPO_URL, 'template-file': 'hydrator.yaml' });
    expect(result.refused.map((r) => `${r.kind}/${r.name}`).sort()).toEqual([
      'ApplicationSet/platform-dev',
      'ApplicationSet/platform-prod',
      'ApplicationSet/platform-staging'
    ]);
    const refusal = result.refused.find((r) => r.name === 'platform-dev');
    expect(refusal).toEqual({
      kind: 'ApplicationSet',
      name: 'platform-dev',
      namespace: 'argocd',
      code: 500,
      message:
        'failed to create typed patch object (argocd/platform-dev; argoproj.io/v1alpha1, Kind=ApplicationSet): .spec.template.spec.source.targetRevison: field not declared in schema'
    });
    expect(result.failure).toBe(
      'The API server refused 3 root object(s): ' +
        result.refused.map((r) => `${r.kind} ${r.name}`).join(', ')
    );
    const summary = renderBootstrapSummary(result);
    expect(summary).toContain('#### Refused by the API server');
    expect(summary).toContain('| ApplicationSet | `argocd/platform-dev` |');
    // What was stored is what the last good run applied.
    const after = await get(
      '/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets/platform-dev'
    );
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
  }, 120_000);
});

describe('platformctl bootstrap', () => {
  it('runs the same job from a terminal: everything unchanged after the action did it', async () => {
    const run = await platformctl([
      'bootstrap',
      '--facts-file',
      join(ws, 'facts.json'),
      '--kubeconfig',
      join(ws, 'kubeconfig'),
      '--repo',
      NEW_REPO_URL,
      '--app',
      'checkout',
      '--app',
      'cart',
      '--format',
      'json'
    ]);
    expect(run.stderr).not.toContain('platformctl:');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ created: '0', configured: '0', refused: '0', failure: null });
  }, 120_000);

  it('says what is missing, with its usage', async () => {
    const run = await platformctl(['bootstrap', '--facts', join(ws, 'facts.json')]);
    expect(run.code).toBe(2);
    // The flag's former name still works, with a warning naming the new one.
    expect(run.stderr).toContain('warning: --facts is deprecated: use --facts-file');
    expect(run.stderr).toContain('platformctl: bootstrap needs --repo, --app');
    expect(run.stderr).toContain('platformctl bootstrap teardown --facts-file FILE');
  });
});

describe('teardown on a real API server', () => {
  const HOLD = 'platform-actions.test/hold';

  async function createBlockers(ns: string): Promise<void> {
    expect(
      (await server.api('POST', '/api/v1/namespaces', { metadata: { name: ns } })).status
    ).toBe(201);
    const svc = await server.api('POST', `/api/v1/namespaces/${ns}/services`, {
      metadata: { name: 'web', finalizers: [HOLD] },
      spec: { type: 'LoadBalancer', ports: [{ port: 80 }] }
    });
    expect(svc.status).toBe(201);
    const pvc = await server.api('POST', `/api/v1/namespaces/${ns}/persistentvolumeclaims`, {
      metadata: { name: 'data', finalizers: [HOLD] },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }
    });
    expect(pvc.status).toBe(201);
    // What Argo CD's cascade does in a real cluster: the app's resources are deleted, and wait
    // on their finalizers (no controller here removes them).
    for (const path of [
      `/api/v1/namespaces/${ns}/services/web`,
      `/api/v1/namespaces/${ns}/persistentvolumeclaims/data`
    ])
      expect((await server.api('DELETE', path)).status).toBe(200);
  }

  async function release(ns: string): Promise<void> {
    for (const path of [
      `/api/v1/namespaces/${ns}/services/web`,
      `/api/v1/namespaces/${ns}/persistentvolumeclaims/data`
    ])
      expect(
        (
          await server.api(
            'PATCH',
            path,
            { metadata: { finalizers: null } },
            'application/merge-patch+json'
          )
        ).status
      ).toBe(200);
  }

  it('deletes the root applications and waits for a LoadBalancer Service, a PVC and an Application finalizer', async () => {
    await createBlockers('shop');
    const app = await server.api(
      'POST',
      '/apis/argoproj.io/v1alpha1/namespaces/argocd/applications',
      {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: {
          name: 'checkout-dev',
          labels: { 'app.kubernetes.io/managed-by': 'platform-actions' },
          finalizers: ['resources-finalizer.argocd.argoproj.io']
        },
        spec: {
          project: 'platform',
          source: { repoURL: NEW_REPO_URL, path: 'local/dev/apps/checkout' },
          destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' }
        }
      }
    );
    expect(app.status).toBe(201);
    const i = inputs({ operation: 'teardown', timeout: '60s', interval: '100ms' });
    const log = memoryLog();
    let released = 0;
    const late = (async () => {
      await new Promise((r) => setTimeout(r, 1500));
      await release('shop');
      const path = '/apis/argoproj.io/v1alpha1/namespaces/argocd/applications/checkout-dev';
      expect(
        (
          await server.api(
            'PATCH',
            path,
            { metadata: { finalizers: null } },
            'application/merge-patch+json'
          )
        ).status
      ).toBe(200);
      released = Date.now();
    })();
    const result = await runTeardown(i.teardown, {
      cluster: clusterFor(i),
      log,
      clock: systemClock
    });
    await late;
    expect(result.failure).toBeUndefined();
    expect(result.remaining).toEqual([]);
    expect(released).toBeGreaterThan(0);
    expect(result.waitedMs).toBeGreaterThanOrEqual(1500);
    expect(result.deleted.map((r) => `${r.kind}/${r.name}`)).toEqual([
      'Application/checkout-dev',
      'ApplicationSet/platform-dev',
      'ApplicationSet/platform-prod',
      'ApplicationSet/platform-staging',
      'AppProject/platform'
    ]);
    expect(
      (await get('/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets')).items
    ).toEqual([]);
    expect(renderTeardownSummary(result)).toContain('✅ done');
  }, 120_000);

  it('times out naming the LoadBalancer Service and the PVC still there', async () => {
    await createBlockers('shop2');
    try {
      const i = inputs({ operation: 'teardown', timeout: '2s', interval: '200ms' });
      const result = await runTeardown(i.teardown, {
        cluster: clusterFor(i),
        log: memoryLog(),
        clock: systemClock
      });
      expect(result.failure).toMatch(/^Teardown timed out after 2 s; still there: /);
      expect(result.remaining.map((b) => `${b.kind} ${b.namespace}/${b.name}`)).toEqual([
        'PersistentVolumeClaim shop2/data',
        'Service shop2/web'
      ]);
      expect(result.failure).toContain(`Service shop2/web (type LoadBalancer, finalizers ${HOLD})`);
      expect(result.failure).toContain('PersistentVolumeClaim shop2/data (a volume, finalizers');
      expect(renderTeardownSummary(result)).toContain('| Service | `shop2/web` |');
    } finally {
      await release('shop2');
    }
  }, 60_000);
});
