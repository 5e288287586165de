import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiException } from '@kubernetes/client-node';
import { maskKubeconfig } from '../../src/bootstrap/inputs.js';
import { defaultManifestsDir, loadArgoCdManifests } from '../../src/bootstrap/argocd.js';
import { accessError, loadKubeConfig, statusMessage } from '../../src/bootstrap/cluster.js';
import { getInputs } from '../../src/bootstrap/inputs.js';
import { bootstrapOutputs, type BootstrapResult } from '../../src/bootstrap/job.js';
import {
  parseApplicationTemplate,
  renderRootObjects,
  templateProblems,
  type RootSettings
} from '../../src/bootstrap/render.js';
import { renderBootstrapSummary } from '../../src/bootstrap/summary.js';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';

const ROOTS: RootSettings = {
  cluster: 'local-dev-a1b2c3',
  cloud: 'local',
  environments: ['dev', 'prod'],
  apps: ['checkout'],
  repository: 'https://git.example.test/facts.git',
  branch: 'runtime-facts',
  path: '{{.cloud}}/{{.env}}/apps/{{.app}}',
  project: 'platform'
};

describe('templateProblems', () => {
  it.each([
    ['{{.app}}-{{.env}}', []],
    ['{{ .app | lower }}', []],
    ['plain text', []],
    [
      '{{.region}}',
      [
        "'{{.region}}' refers to .region: the elements have .app, .env, .cluster, .cloud, .repoURL, .branch, .project"
      ]
    ],
    ['{{.app', ["'{{.app' has 1 '{{' but 0 '}}'"]]
  ])('%s', (text, problems) => {
    expect(templateProblems(text)).toEqual(problems);
  });
});

describe('renderRootObjects', () => {
  it('renders the AppProject and one ApplicationSet per environment, the same each time', () => {
    const objects = renderRootObjects(ROOTS);
    expect(objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'AppProject/argocd/platform',
      'ApplicationSet/argocd/platform-dev',
      'ApplicationSet/argocd/platform-prod'
    ]);
    expect(renderRootObjects(ROOTS)).toEqual(objects);
    for (const o of objects)
      expect(o.metadata['labels']).toMatchObject({ 'platform-actions.io/bootstrap': 'root' });
    const dev = objects[1] as unknown as {
      spec: { generators: { list: { elements: unknown[] } }[] };
    };
    expect(dev.spec.generators[0]?.list.elements).toEqual([
      {
        app: 'checkout',
        env: 'dev',
        cluster: 'local-dev-a1b2c3',
        cloud: 'local',
        repoURL: ROOTS.repository,
        branch: 'runtime-facts',
        project: 'platform'
      }
    ]);
  });

  it('refuses a template the Argo CD schema rejects, naming the object and the file', () => {
    const template = parseApplicationTemplate(
      't.yaml',
      "metadata: {name: '{{.app}}'}\nspec: {project: p}\n"
    );
    expect(() => renderRootObjects({ ...ROOTS, template })).toThrow(
      'ApplicationSet platform-dev (template-file t.yaml) breaks the Argo CD schema: data/spec/template/spec must have required property destination'
    );
  });

  it.each([
    ['[1, 2]', 'expected a mapping with metadata and spec'],
    ['metadata: {}\nspec: {}\nstatus: {}', 'unknown key status'],
    ['metadata: []\nspec: {}', 'metadata and spec must both be mappings'],
    ['metadata: {name: x\n', 'not valid YAML']
  ])('refuses the template file %j', (text, message) => {
    expect(() => parseApplicationTemplate('t.yaml', text)).toThrow(message);
  });
});

describe('getInputs', () => {
  const ws = mkdtempSync(join(tmpdir(), 'bootstrap-inputs-'));
  writeFileSync(
    join(ws, 'facts.json'),
    JSON.stringify({
      kube_context: 'ctx',
      cluster_name: 'c1',
      env_gateway_public_addresses: { dev: 'a', prod: 'b' }
    })
  );
  writeFileSync(join(ws, 'kubeconfig'), 'apiVersion: v1\n');
  const read = (over: Record<string, string>) =>
    getInputs(
      mapInputReader({
        'facts-file': 'facts.json',
        'kubeconfig-file': 'kubeconfig',
        repository: 'https://git.example.test/f.git',
        apps: 'checkout',
        ...over
      }),
      ws,
      {}
    );

  it('takes the context, the cluster and the environments from the facts', () => {
    const inputs = read({});
    expect(inputs.bootstrap.context).toBe('ctx');
    expect(inputs.bootstrap.roots.environments).toEqual(['dev', 'prod']);
    expect(inputs.bootstrap.roots.cluster).toBe('c1');
    expect(inputs.bootstrap.prune).toBe(false);
    expect(inputs.kubeconfigSource).toBe('kubeconfig-file kubeconfig');
  });

  it('reports every bad input at once, naming each', () => {
    try {
      read({
        operation: 'destroy',
        repository: 'ftp://x',
        apps: 'Checkout',
        prune: 'yes',
        'field-manager': 'a b',
        kubeconfig: 'x',
        timeout: 'soon'
      });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(InputErrors);
      const inputs = (error as InputErrors).errors.map((e) => e.input);
      expect(inputs).toEqual([
        'operation',
        'kubeconfig-file',
        'repository',
        'apps',
        'prune',
        'field-manager',
        'timeout'
      ]);
    }
  });

  it('needs no repository or apps to tear down', () => {
    expect(read({ operation: 'teardown', repository: '', apps: '' }).operation).toBe('teardown');
  });

  it('defaults the manifests to the tools cache of the version', () => {
    expect(defaultManifestsDir('3.6.1', { XDG_CACHE_HOME: '/cache' })).toBe(
      '/cache/platform-actions/argocd/3.6.1'
    );
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));
});

describe('the pinned Argo CD manifests', () => {
  it('refuses an install.yaml whose sha256 is not the pinned one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'argocd-manifests-'));
    try {
      cpSync(defaultManifestsDir('3.6.1'), dir, { recursive: true, dereference: true });
      expect(loadArgoCdManifests('3.6.1', dir).crdNames).toHaveLength(3);
      appendFileSync(join(dir, 'install.yaml'), '\n# changed\n');
      expect(() => loadArgoCdManifests('3.6.1', dir)).toThrow(
        /install.yaml has sha256 [0-9a-f]{64}, but Argo CD 3.6.1's install.yaml has 7be23ca7/
      );
      expect(() => loadArgoCdManifests('9.9.9', dir)).toThrow(
        'Argo CD 9.9.9 is not a pinned version: use one of 3.6.1'
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster access', () => {
  it("takes the server's status message", () => {
    const error = new ApiException(
      422,
      'x',
      JSON.stringify({ kind: 'Status', message: 'spec.x: Invalid value' }),
      {}
    );
    expect(statusMessage(error)).toEqual({ code: 422, message: 'spec.x: Invalid value' });
  });

  it.each([
    [
      new ApiException(401, 'x', '{}', {}),
      "refused the credentials of context 'ctx' (401 Unauthorized)"
    ],
    [
      Object.assign(new Error('fetch failed'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' }),
      'is not trusted (SELF_SIGNED_CERT_IN_CHAIN)'
    ],
    [
      Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      "Cannot reach the API server https://k of context 'ctx': ECONNREFUSED"
    ]
  ])('says what a user must fix: %s', (error, message) => {
    expect(accessError('https://k', 'ctx', error).message).toContain(message);
  });

  it.each([
    ['not: [valid', 'is not a kubeconfig'],
    [
      'apiVersion: v1\nkind: Config\ncontexts: []\n',
      "has no context 'ctx' (the facts' kube_context): it has none"
    ]
  ])('refuses the kubeconfig %j', (text, message) => {
    expect(() => loadKubeConfig(text, 'ctx', 'kubeconfig-file k')).toThrow(message);
  });
});

it('masks a kubeconfig whole and each value in it', () => {
  const masked: string[] = [];
  maskKubeconfig('users:\n- name: u\n  user:\n    token: secret-token-value\n', (s) =>
    masked.push(s)
  );
  expect(masked).toContain('secret-token-value');
  expect(masked[0]).toContain('token: secret-token-value');
});

it('outputs and summarises what was applied, refused and pruned', () => {
  const result: BootstrapResult = {
    server: 'https://127.0.0.1:6443',
    serverVersion: 'v1.37.2',
    argocdVersion: '3.6.1',
    applied: [
      { kind: 'Namespace', name: 'argocd', outcome: 'unchanged' },
      { kind: 'ApplicationSet', name: 'platform-dev', namespace: 'argocd', outcome: 'configured' }
    ],
    refused: [
      {
        kind: 'ApplicationSet',
        name: 'platform-qa',
        namespace: 'argocd',
        code: 422,
        message: 'spec.x: Invalid value'
      }
    ],
    stale: [
      {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'ApplicationSet',
        name: 'platform-old',
        namespace: 'argocd'
      }
    ],
    pruned: [],
    crdsEstablishedMs: 1200,
    totalMs: 3400,
    failure: 'The API server refused 1 root object(s): ApplicationSet platform-qa'
  };
  expect(bootstrapOutputs(result)).toEqual({
    'argocd-version': '3.6.1',
    created: '0',
    configured: '1',
    unchanged: '1',
    pruned: '0',
    stale: 'ApplicationSet/platform-old',
    refused: '1'
  });
  const summary = renderBootstrapSummary(result);
  expect(summary).toContain('| 0 | 1 | 1 | 0 | 1 |');
  expect(summary).toContain('| ApplicationSet | `argocd/platform-qa` | spec.x: Invalid value |');
  expect(summary).toContain('ApplicationSet `platform-old`: kept');
  expect(summary.indexOf('platform-dev')).toBeLessThan(summary.indexOf('| Namespace |'));
});
