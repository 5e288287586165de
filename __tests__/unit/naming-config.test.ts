import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/common/errors.js';
import {
  ConfigError,
  gitOpsSettings,
  loadConfig,
  resolveSettings
} from '../../src/naming/index.js';
import { NAMING_FIXTURES } from '../fixtures/naming/vectors.js';
import { REPO } from '../support/tools.js';

const scratch = mkdtempSync(join(tmpdir(), 'naming-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DICTIONARY = `clouds:
  aws: { code: aws }
  gcp: { code: gcp }
environments:
  dev: { code: d }
  prod: { code: p }
regions:
  aws:
    eu-west-1: { code: euw1 }
  gcp:
    europe-west1: { code: euw1 }
business_units:
  payments: { code: pay }
apps:
  checkout: { code: chk }
`;

const GLOBALS = `org: acme
base_domain: example.com
defaults:
  resources:
    requests: { cpu: 100m, memory: 128Mi }
    limits: { cpu: 500m, memory: 512Mi }
  replicas: 2
  ingress_class: nginx
  sync: { automated: false, prune: false, self_heal: false }
environments:
  dev:
    sync: { automated: true }
`;

let folders = 0;
/** A config folder of the given files; `undefined` leaves a file out. */
function configFolder(files: {
  dictionary?: string | undefined;
  globals?: string | undefined;
  local?: string | undefined;
}): string {
  const dir = join(scratch, String(++folders));
  mkdirSync(dir);
  const all = { dictionary: DICTIONARY, globals: GLOBALS, ...files };
  for (const [name, text] of Object.entries(all))
    if (text !== undefined) writeFileSync(join(dir, `${name}.yaml`), text);
  return dir;
}

/** The issues of a folder that does not load, file names relative to it. */
function issuesOf(dir: string): string[] {
  try {
    loadConfig(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message.split('\n').map((line) => line.replace(`${dir}/`, ''));
  }
  throw new Error('the config loaded');
}

describe('loadConfig', () => {
  it('loads a folder without local.yaml', () => {
    const config = loadConfig(join(NAMING_FIXTURES, 'config'));
    expect(config.local).toBeUndefined();
    expect(config.dictionary.regions['aws']?.['us-east-1']).toEqual({ code: 'use1' });
  });

  it('loads the example config of the repository', () => {
    const config = loadConfig(join(REPO, 'examples', 'config'));
    expect(Object.keys(config.dictionary.clouds)).toEqual(['aws', 'azure', 'gcp', 'local']);
    expect(config.local).toEqual({ resources: { limits: { memory: '768Mi' } } });
  });

  it('takes an empty local.yaml as no override', () => {
    expect(loadConfig(configFolder({ local: '# nothing yet\n' })).local).toEqual({});
  });

  it.each([
    [
      'a missing required file',
      { globals: undefined },
      ['globals.yaml: (root): the file is missing']
    ],
    [
      'a YAML syntax error, with its position',
      { dictionary: DICTIONARY.replace('  prod: { code: p }', '  dev: { code: p }') },
      ['dictionary.yaml:6:3: (root): not valid YAML: Map keys must be unique']
    ],
    [
      'a bad short code, at its value',
      { dictionary: DICTIONARY.replace('payments: { code: pay }', 'payments: { code: PAY }') },
      [
        'dictionary.yaml:13:21: business_units.payments.code: expected a short code is 1 to 8 lowercase letters and digits'
      ]
    ],
    [
      'a missing key, at its parent',
      { dictionary: DICTIONARY.replace('checkout: { code: chk }', 'checkout: {}') },
      [
        'dictionary.yaml:15:3: apps.checkout.code: is missing: expected a short code: 1 to 8 lowercase letters and digits'
      ]
    ],
    [
      'an unknown key, at the key, with the closest known one',
      { globals: GLOBALS.replace('  replicas: 2', '  replica: 2') },
      [
        'globals.yaml:3:1: defaults.replicas: is missing: expected a whole number of replicas, 0 or more',
        'globals.yaml:7:3: defaults.replica: "replica" is not a known key; expected one of ingress_class, karpenter, keda, replicas, resources, sync. Did you mean "replicas"?'
      ]
    ],
    [
      'a name that is not a DNS label, at the key',
      { dictionary: DICTIONARY.replace('payments: { code: pay }', 'Payments: { code: pay }') },
      [
        'dictionary.yaml:13:3: business_units.Payments: the key "Payments" is not valid: a name is lowercase letters, digits and hyphens, starting and ending with a letter or digit'
      ]
    ],
    [
      'a cloud this library has no rules for',
      {
        dictionary: DICTIONARY.replace('gcp: { code: gcp }', 'gpc: { code: gcp }').replace(
          '  gcp:\n',
          '  gpc:\n'
        )
      },
      [
        'dictionary.yaml:3:3: clouds.gpc: "gpc" is not a cloud this library has naming rules for; expected one of aws, azure, gcp, local. Did you mean "gcp"?'
      ]
    ],
    [
      'regions of a cloud the dictionary does not list, and a cloud without regions',
      { dictionary: DICTIONARY.replace('  gcp:\n', '  gce:\n') },
      [
        'dictionary.yaml:3:3: clouds.gcp: has no regions: expected regions.gcp with at least one region',
        'dictionary.yaml:10:3: regions.gce: "gce" is not a cloud of this dictionary; expected one of aws, gcp. Did you mean "gcp"?'
      ]
    ],
    [
      'two entries with one code',
      { dictionary: DICTIONARY.replace('  prod: { code: p }', '  prod: { code: d }') },
      [
        'dictionary.yaml:6:17: environments.prod.code: the code "d" is already the code of environments.dev: expected a code unique in environments'
      ]
    ],
    [
      'an environment override for an environment the dictionary does not list',
      { globals: GLOBALS.replace('  dev:\n', '  dve:\n') },
      [
        'globals.yaml:11:3: environments.dve: "dve" is not an environment of dictionary.yaml; expected one of dev, prod. Did you mean "dev"?'
      ]
    ],
    [
      'a base domain that is not a host name',
      { globals: GLOBALS.replace('base_domain: example.com', 'base_domain: Example.com') },
      [
        'globals.yaml:2:14: base_domain: expected a DNS domain such as example.com: must be dot-separated labels of lowercase letters, digits and hyphens, each starting and ending with a letter or digit'
      ]
    ],
    [
      'a quantity that is not one',
      { local: 'resources:\n  limits: { cpu: fast }\n' },
      ['local.yaml:2:18: resources.limits.cpu: expected a Kubernetes quantity such as "250m" or 1']
    ],
    [
      'an unknown key of the KEDA block, with the closest known one',
      { globals: GLOBALS + '  prod:\n    keda: { enabled: true, max_replica: 3 }\n' },
      [
        'globals.yaml:14:28: environments.prod.keda.max_replica: "max_replica" is not a known key; expected one of cpu_utilization, enabled, max_replicas, memory_utilization, min_replicas. Did you mean "max_replicas"?'
      ]
    ],
    [
      'a KEDA switch that is not a boolean',
      { local: 'keda:\n  enabled: yes\n' },
      ['local.yaml:2:12: keda.enabled: expected boolean']
    ],
    [
      'KEDA scaling to zero, which CPU and memory triggers cannot',
      { local: 'keda: { min_replicas: 0 }\n' },
      [
        'local.yaml:1:23: keda.min_replicas: expected the fewest replicas: a whole number, 1 or more'
      ]
    ],
    [
      'a Karpenter capacity type that is not one',
      {
        globals: GLOBALS.replace(
          '  ingress_class: nginx',
          '  ingress_class: nginx\n  karpenter: { capacity_types: [spot, preemptible] }'
        )
      },
      [
        'globals.yaml:9:39: defaults.karpenter.capacity_types.1: expected one of on-demand, spot, reserved'
      ]
    ],
    [
      'a chart with both a path and a name',
      {
        globals:
          GLOBALS +
          'chart: { repo_url: https://github.com/acme/charts.git, path: charts/web, name: web, version: 1.0.0 }\n'
      },
      [
        'globals.yaml:13:8: chart: expected exactly one of path (a chart in a git repository) or name (a chart in a Helm or OCI repository)'
      ]
    ],
    [
      'a chart path that leaves the repository, and a repository URL that is not one',
      {
        globals:
          GLOBALS + 'chart: { repo_url: "github.com acme", path: ../charts, version: 1.0.0 }\n'
      },
      [
        'globals.yaml:13:20: chart.repo_url: expected a repository URL: https://, ssh://, git@host:path, or an OCI registry path such as ghcr.io/acme/charts',
        'globals.yaml:13:45: chart.path: expected a relative folder inside the repository such as charts/web: letters, digits, ".", "_", "-" and "/", no ".." and no leading or trailing "/"'
      ]
    ],
    [
      'a runtime-facts branch git refuses, and a missing path',
      {
        globals:
          GLOBALS +
          'runtime_facts: { repo_url: git@github.com:acme/facts.git, branch: "facts..x" }\n'
      },
      [
        'globals.yaml:13:67: runtime_facts.branch: expected a branch name: letters, digits, ".", "_", "-" and "/", not starting with "-", without ".." or "//", not ending in "." or "/"',
        'globals.yaml:13:1: runtime_facts.path: is missing: expected a folder inside the repository, such as charts/web'
      ]
    ],
    [
      'problems in several files at once',
      {
        dictionary: DICTIONARY.replace(
          'checkout: { code: chk }',
          'checkout: { code: chk, owner: x }'
        ),
        local: 'replicas: many\n'
      },
      [
        'dictionary.yaml:15:26: apps.checkout.owner: "owner" is not a known key; expected one of code, description',
        'local.yaml:1:11: replicas: expected a whole number of replicas, 0 or more'
      ]
    ]
  ])('reports %s with file, line, column and key path', (_name, files, expected) => {
    expect(issuesOf(configFolder(files))).toEqual(expected);
  });

  it('carries each issue as data', () => {
    const dir = configFolder({ local: 'replicas: -1\n' });
    try {
      loadConfig(dir);
      throw new Error('the config loaded');
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([
        {
          file: join(dir, 'local.yaml'),
          position: { line: 1, column: 11 },
          path: 'replicas',
          message: 'expected a whole number of replicas, 0 or more'
        }
      ]);
    }
  });
});

describe('gitOpsSettings', () => {
  const CHART =
    'chart: { repo_url: https://github.com/acme/charts.git, path: charts/web, version: 1.0.0 }\n';
  it('gives Argo CD its defaults when no file sets them, and no chart or facts repository', () => {
    expect(gitOpsSettings(loadConfig(configFolder({})))).toEqual({
      argocd: {
        project: 'default',
        namespace: 'argocd',
        destination_server: 'https://kubernetes.default.svc'
      },
      chart: undefined,
      runtime_facts: undefined
    });
  });

  it('takes argocd key by key and the chart whole from local.yaml over globals.yaml', () => {
    const dir = configFolder({
      globals:
        GLOBALS +
        CHART +
        'argocd: { project: payments, namespace: gitops }\nruntime_facts: { repo_url: https://github.com/acme/facts.git, branch: main, path: apps }\n',
      local:
        'argocd: { project: retail }\nchart: { repo_url: ghcr.io/acme/charts, name: web, version: 2.0.0 }\n'
    });
    expect(gitOpsSettings(loadConfig(dir))).toEqual({
      argocd: {
        project: 'retail',
        namespace: 'gitops',
        destination_server: 'https://kubernetes.default.svc'
      },
      chart: { repo_url: 'ghcr.io/acme/charts', name: 'web', version: '2.0.0' },
      runtime_facts: { repo_url: 'https://github.com/acme/facts.git', branch: 'main', path: 'apps' }
    });
  });

  it('keeps the GitOps settings of local.yaml out of the deployment settings', () => {
    const dir = configFolder({ local: 'argocd: { project: retail }\n' + CHART });
    expect(Object.keys(resolveSettings(loadConfig(dir), 'dev')).sort()).toEqual([
      'base_domain',
      'ingress_class',
      'karpenter',
      'keda',
      'org',
      'registry',
      'replicas',
      'resources',
      'sync'
    ]);
  });
});

describe('resolveSettings', () => {
  const fixtures = loadConfig(join(NAMING_FIXTURES, 'config'));
  const overridden = loadConfig(join(NAMING_FIXTURES, 'config-override'));

  it('takes the environment override over the defaults, key by key', () => {
    expect(resolveSettings(fixtures, 'dev')).toMatchObject({
      replicas: 1,
      sync: { automated: true, prune: true, self_heal: true }
    });
    expect(resolveSettings(fixtures, 'prod')).toMatchObject({
      replicas: 3,
      resources: {
        requests: { cpu: '100m', memory: '128Mi' },
        limits: { cpu: '1', memory: '512Mi' }
      },
      sync: { automated: false }
    });
  });

  it('keeps the defaults for an environment without an override', () => {
    expect(resolveSettings(fixtures, 'staging')).toEqual({
      org: 'acme',
      base_domain: 'example.com',
      registry: 'ghcr.io/acme',
      resources: {
        requests: { cpu: '100m', memory: '128Mi' },
        limits: { cpu: '500m', memory: '512Mi' }
      },
      replicas: 2,
      ingress_class: 'nginx',
      sync: { automated: false, prune: false, self_heal: false },
      keda: { enabled: false, min_replicas: 1, max_replicas: 10, cpu_utilization: 80 },
      karpenter: {
        enabled: false,
        node_class: 'default',
        capacity_types: ['on-demand'],
        architectures: ['amd64'],
        consolidate_after: '1m'
      }
    });
  });

  it('takes local.yaml over the environment override over the defaults', () => {
    const dev = resolveSettings(overridden, 'dev');
    expect(dev.replicas).toBe(5);
    expect(dev.sync).toEqual({ automated: true, prune: false, self_heal: false });
    expect(dev.resources.requests).toEqual({ cpu: '100m', memory: '256Mi' });
    expect(dev.registry).toBe('registry.example.com:5000/platform');
    expect(dev.base_domain).toMatch(/\.example\.com$/);
    expect(resolveSettings(overridden, 'prod').resources.limits).toEqual({
      cpu: '2',
      memory: '2Gi'
    });
  });

  it('fills KEDA and Karpenter in, both off, when no file says anything of them', () => {
    expect(resolveSettings(fixtures, 'dev')).toMatchObject({
      keda: { enabled: false, min_replicas: 1, max_replicas: 10, cpu_utilization: 80 },
      karpenter: {
        enabled: false,
        node_class: 'default',
        capacity_types: ['on-demand'],
        architectures: ['amd64'],
        consolidate_after: '1m'
      }
    });
  });

  it('merges KEDA and Karpenter key by key: local.yaml over the environment over the defaults', () => {
    const dir = configFolder({
      globals:
        GLOBALS.replace(
          '  ingress_class: nginx',
          '  ingress_class: nginx\n  keda: { max_replicas: 4 }\n  karpenter: { node_class: general }'
        ) + '  prod:\n    keda: { enabled: true, cpu_utilization: 60 }\n',
      local: 'keda: { min_replicas: 2 }\nkarpenter: { enabled: true }\n'
    });
    const prod = resolveSettings(loadConfig(dir), 'prod');
    expect(prod.keda).toEqual({
      enabled: true,
      min_replicas: 2,
      max_replicas: 4,
      cpu_utilization: 60
    });
    expect(prod.karpenter).toMatchObject({ enabled: true, node_class: 'general' });
  });

  it('refuses fewer KEDA max than min replicas, at the line of the file that sets the maximum', () => {
    const dir = configFolder({
      globals: GLOBALS + '  prod:\n    keda: { min_replicas: 5, max_replicas: 3 }\n'
    });
    expect(() => resolveSettings(loadConfig(dir), 'prod')).toThrow(ConfigError);
    expect(() => resolveSettings(loadConfig(dir), 'prod')).toThrow(
      `${join(dir, 'globals.yaml')}:14:44: environments.prod.keda.max_replicas: expected at least keda.min_replicas (5) for prod, not 3`
    );
  });

  it('refuses an environment the dictionary does not list, suggesting the closest', () => {
    expect(() => resolveSettings(fixtures, 'prdo')).toThrow(InputError);
    expect(() => resolveSettings(fixtures, 'prdo')).toThrow(
      `Input 'env' is 'prdo': "prdo" is not an environment of dictionary.yaml; expected one of dev, prod, staging. Did you mean "prod"?`
    );
  });
});
