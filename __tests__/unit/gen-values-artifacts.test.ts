import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { FactsError, readRuntimeFacts } from '../../src/facts/runtime-facts.js';
import { generateArtifacts, type ArtifactRequest } from '../../src/gitops/artifacts.js';
import { parseImageReference } from '../../src/gitops/image.js';
import { renderGenValuesSummary } from '../../src/gitops/job.js';
import { ManifestError, validateManifest } from '../../src/gitops/manifests.js';
import { ConfigError, loadConfig, type NamingInput } from '../../src/naming/index.js';
import { expectGolden, GOLDEN } from '../support/golden.js';
import { REPO } from '../support/tools.js';

const FIXTURES = join(REPO, '__tests__', 'fixtures', 'gen-values');
const CONFIG = join(FIXTURES, 'config');
const facts = (cloud: string) => readRuntimeFacts(join(FIXTURES, 'facts', `${cloud}.json`));
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const SECRET = 'do-not-copy-this-secret';

const scratch = mkdtempSync(join(tmpdir(), 'gen-values-artifacts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
/** A copy of the fixture config with some files replaced. */
function configWith(files: Record<string, string>): string {
  const dir = join(scratch, String(++folders));
  cpSync(CONFIG, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const aws: NamingInput = {
  cloud: 'aws',
  env: 'prod',
  region: 'eu-west-1',
  bu: 'payments',
  app: 'checkout',
  owner: 'jane.doe'
};
// Google Cloud labels take no dots: the owner is a team slug there.
const gcp: NamingInput = { ...aws, cloud: 'gcp', region: 'europe-west1', owner: 'jane-doe' };

const scenarios: [string, () => ArtifactRequest][] = [
  [
    'aws-prod-checkout',
    () => ({
      config: loadConfig(CONFIG),
      naming: aws,
      image: parseImageReference(`ghcr.io/acme/payments/checkout:1.4.2@${DIGEST}`),
      facts: facts('aws')
    })
  ],
  [
    'azure-dev-ledger',
    () => ({
      config: loadConfig(CONFIG),
      naming: {
        cloud: 'azure',
        env: 'dev',
        region: 'westeurope',
        bu: 'retail',
        app: 'ledger',
        owner: 'team-retail'
      },
      image: parseImageReference('ghcr.io/acme/retail/ledger:2.0.1'),
      facts: facts('azure')
    })
  ],
  [
    'gcp-staging-checkout',
    () => ({
      config: loadConfig(CONFIG),
      naming: { ...gcp, env: 'staging' },
      image: undefined,
      facts: undefined
    })
  ],
  [
    'local-dev-checkout',
    () => ({
      config: loadConfig(CONFIG),
      naming: { ...aws, cloud: 'local', env: 'dev', region: 'local' },
      image: parseImageReference(`registry.example.com:5000/acme/checkout@${DIGEST}`),
      facts: facts('local')
    })
  ]
];

describe('generateArtifacts', () => {
  it.each(scenarios)('writes the golden artifacts of %s', (name, request) => {
    const generated = generateArtifacts(request());
    const dir = join(GOLDEN, 'gen-values', name);
    for (const file of generated.files) expectGolden(join(dir, file.file), file.content);
    const summary = renderGenValuesSummary(
      {
        ...generated,
        outDir: '/workspace/artifacts',
        dryRun: false,
        written: generated.files.map((f) => `/workspace/artifacts/${f.file}`)
      },
      'artifacts'
    );
    expectGolden(join(dir, 'summary.md'), summary);
    expectGolden(join(dir, 'files.txt'), generated.files.map((f) => `${f.file}\n`).join(''));
  });

  it('writes the KEDA and Karpenter manifests only where the config enables them', () => {
    const files = (naming: NamingInput) =>
      generateArtifacts({ config: loadConfig(CONFIG), naming, image: undefined, facts: undefined })
        .files.map((f) => f.file)
        .join(' ');
    expect(files(aws)).toBe(
      'values.yaml argocd-application.yaml keda-scaledobject.yaml karpenter-nodepool.yaml names.json'
    );
    expect(files({ ...aws, env: 'dev' })).toBe('values.yaml argocd-application.yaml names.json');
  });

  it('never copies a sensitive output into any artifact', () => {
    for (const [, request] of scenarios)
      for (const file of generateArtifacts(request()).files)
        expect(file.content).not.toContain(SECRET);
  });

  it('is deterministic: the same bytes whatever the order of the keys in the config files', () => {
    const reversed = (value: unknown): unknown =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reversed(v)])
          )
        : value;
    const shuffled = configWith(
      Object.fromEntries(
        ['dictionary.yaml', 'globals.yaml'].map((file) => [
          file,
          stringify(reversed(parse(readFileSync(join(CONFIG, file), 'utf8'))))
        ])
      )
    );
    const request = scenarios[0]?.[1]();
    if (request === undefined) throw new Error('no scenario');
    const first = generateArtifacts(request).files;
    expect(generateArtifacts(request).files).toEqual(first);
    expect(generateArtifacts({ ...request, config: loadConfig(shuffled) }).files).toEqual(first);
  });

  it('deploys a chart of a Helm or OCI repository by name when local.yaml names one', () => {
    const dir = configWith({
      'local.yaml':
        'chart:\n  repo_url: ghcr.io/acme/charts\n  name: checkout\n  version: 2.1.0\nargocd:\n  namespace: gitops\n'
    });
    const generated = generateArtifacts({
      config: loadConfig(dir),
      naming: { ...aws, env: 'staging' },
      image: undefined,
      facts: undefined
    });
    const application = parse(generated.files[1]?.content ?? '') as {
      metadata: { namespace: string };
      spec: { project: string; sources: Record<string, unknown>[] };
    };
    expect(application.metadata.namespace).toBe('gitops');
    expect(application.spec.project).toBe('payments');
    expect(application.spec.sources[0]).toEqual({
      repoURL: 'ghcr.io/acme/charts',
      chart: 'checkout',
      targetRevision: '2.1.0',
      helm: {
        releaseName: 'checkout',
        valueFiles: [
          '$values/apps/aws/acme-staging-euw1-payments/staging-payments-checkout/values.yaml'
        ]
      }
    });
  });

  it('notes an image outside the app registry repository, and no image at all', () => {
    const notes = (image: string | undefined) =>
      generateArtifacts({
        config: loadConfig(CONFIG),
        naming: { ...aws, env: 'dev' },
        image: image === undefined ? undefined : parseImageReference(image),
        facts: facts('aws')
      }).notes;
    expect(notes('docker.io/library/nginx:1.27')).toEqual([
      "The image repository docker.io/library/nginx is not the app's registry repository ghcr.io/acme/payments/checkout."
    ]);
    expect(notes(undefined)).toEqual([
      "No image: values.yaml names ghcr.io/acme/payments/checkout without a tag, so the chart's default tag is deployed."
    ]);
  });
});

/** The message of what `fn` throws, the scratch folder taken out of it. */
function failure(fn: () => unknown, type: new (...args: never[]) => Error): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return (error as Error).message.split(`${scratch}/`).join('').split(`${FIXTURES}/`).join('');
  }
  throw new Error('nothing was thrown');
}

describe('generateArtifacts refuses', () => {
  it.each([
    ['gcp', gcp, 'gcp'],
    ['local', { ...aws, cloud: 'local', region: 'local' }, 'local']
  ])('Karpenter on %s, at the line that enables it', (_cloud, naming, cloud) => {
    expect(
      failure(
        () =>
          generateArtifacts({
            config: loadConfig(CONFIG),
            naming,
            image: undefined,
            facts: undefined
          }),
        ConfigError
      )
    ).toBe(
      `config/globals.yaml:27:16: environments.prod.karpenter.enabled: is true for prod, but Karpenter NodePools run only on AWS (EKS) and the cloud is ${cloud}: expected false, or no karpenter block, for ${cloud}`
    );
  });

  it('a config without chart and runtime_facts, naming both', () => {
    const globals = readFileSync(join(CONFIG, 'globals.yaml'), 'utf8').split('\nchart:')[0] ?? '';
    const dir = configWith({ 'globals.yaml': `${globals}\n` });
    expect(
      failure(
        () =>
          generateArtifacts({
            config: loadConfig(dir),
            naming: aws,
            image: undefined,
            facts: undefined
          }),
        ConfigError
      )
    ).toBe(
      [
        `${folders}/globals.yaml:1:1: chart: is missing: expected the Helm chart the Argo CD Application deploys (repo_url, path or name, version)`,
        `${folders}/globals.yaml:1:1: runtime_facts: is missing: expected the repository Argo CD reads values.yaml from (repo_url, branch, path)`
      ].join('\n')
    );
  });

  it('KEDA with fewer max than min replicas, at the file that sets it', () => {
    const dir = configWith({ 'local.yaml': 'keda:\n  max_replicas: 2\n' });
    expect(
      failure(
        () =>
          generateArtifacts({
            config: loadConfig(dir),
            naming: aws,
            image: undefined,
            facts: undefined
          }),
        ConfigError
      )
    ).toBe(
      `${folders}/local.yaml:2:17: keda.max_replicas: expected at least keda.min_replicas (3) for prod, not 2`
    );
  });

  it('the runtime facts of another cloud, at the cluster_type', () => {
    expect(
      failure(
        () =>
          generateArtifacts({
            config: loadConfig(CONFIG),
            naming: { ...gcp, env: 'dev' },
            image: undefined,
            facts: facts('aws')
          }),
        FactsError
      )
    ).toBe(
      'The runtime facts break the output contract:\n  facts/aws.json:20:14: cluster_type.value: is "aws", but the cloud is "gcp": expected the facts of a gcp cluster stack'
    );
  });

  it('runtime facts without a gateway address for the environment', () => {
    const text = readFileSync(join(FIXTURES, 'facts', 'aws.json'), 'utf8').replace(
      '"prod": "203.0.113.30"',
      '"qa": "203.0.113.30"'
    );
    const file = join(scratch, 'no-prod-address.json');
    writeFileSync(file, text);
    expect(
      failure(
        () =>
          generateArtifacts({
            config: loadConfig(CONFIG),
            naming: aws,
            image: undefined,
            facts: readRuntimeFacts(file)
          }),
        FactsError
      )
    ).toMatch(
      /no-prod-address\.json:\d+:\d+: env_gateway_public_addresses\.value: has no address for prod: expected one for every environment the cluster serves \(has dev, qa, staging\)$/
    );
  });
});

describe('validateManifest', () => {
  it('refuses a manifest its schema refuses, naming the file, the schema and the field', () => {
    expect(
      failure(
        () =>
          validateManifest('keda-scaledobject.yaml', {
            apiVersion: 'keda.sh/v1alpha1',
            kind: 'ScaledObject',
            metadata: { name: 'checkout' },
            spec: {
              scaleTargetRef: { name: 'checkout' },
              maxReplicaCount: 'many' as unknown as number,
              triggers: []
            }
          }),
        ManifestError
      )
    ).toBe(
      'keda-scaledobject.yaml does not validate against the KEDA ScaledObject (keda.sh/v1alpha1) schema: data/spec/maxReplicaCount must be integer'
    );
  });
});
