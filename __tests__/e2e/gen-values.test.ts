import { afterAll, describe, expect, it } from '@jest/globals';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import { GOLDEN } from '../support/golden.js';
import { REPO, tool } from '../support/tools.js';

/**
 * The bundled gen-values action, run as a runner runs it (INPUT_* variables, the runner's files),
 * under this Node.js and the Node 24 that action.yml names.
 */
const FIXTURES = join(REPO, '__tests__', 'fixtures', 'gen-values');
const SECRET = 'do-not-copy-this-secret';
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const runtimes: [string, () => string][] = [
  ['this Node.js', () => process.execPath],
  ['Node 24 (the runtime action.yml names)', () => tool('node24')]
];

const root = mkdtempSync(join(tmpdir(), 'gen-values-e2e-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let workspaces = 0;

/**
 * A workspace as a consuming repository has it: the config in infrastructure/config (the input's
 * default), the runtime facts tf-apply wrote, and whatever `edit` changes.
 */
function workspace(edit: (ws: string) => void = () => undefined): string {
  const ws = join(root, `ws-${++workspaces}`);
  cpSync(join(FIXTURES, 'config'), join(ws, 'infrastructure', 'config'), { recursive: true });
  cpSync(join(FIXTURES, 'facts'), join(ws, 'facts'), { recursive: true });
  edit(ws);
  return ws;
}

function run(ws: string, inputs: Record<string, string>, node: string): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: join(REPO, 'actions', 'gen-values'),
    inputs,
    node,
    workspace: ws,
    timeoutMs: 60_000
  });
}

const AWS_PROD = {
  cloud: 'aws',
  env: 'prod',
  region: 'eu-west-1',
  bu: 'payments',
  app: 'checkout',
  owner: 'jane.doe'
};

/** Every file under a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')])
  );
}

describe.each(runtimes)('gen-values under %s', (_label, node) => {
  it('writes the artifacts from the runtime facts, with its outputs and a summary', async () => {
    const ws = workspace();
    const result = await run(
      ws,
      {
        ...AWS_PROD,
        image: `ghcr.io/acme/payments/checkout:1.4.2@${DIGEST}`,
        'facts-file': 'facts/aws.json'
      },
      node()
    );
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const out = join(ws, 'artifacts');
    const names = [
      'values.yaml',
      'argocd-application.yaml',
      'keda-scaledobject.yaml',
      'karpenter-nodepool.yaml',
      'names.json'
    ];
    expect(result.outputs).toEqual({
      'cluster-name': 'acme-prod-euw1-payments',
      namespace: 'prod-payments-checkout',
      'dns-host': 'checkout.prod.example.com',
      'release-name': 'checkout',
      'out-dir': out,
      files: JSON.stringify(names.map((f) => join(out, f))),
      'values-path': 'apps/aws/acme-prod-euw1-payments/prod-payments-checkout',
      // Nothing published (publish: none).
      changed: 'false',
      'commit-sha': '',
      'pull-request-url': ''
    });
    for (const file of names)
      expect(readFileSync(join(out, file), 'utf8')).toBe(
        readFileSync(join(GOLDEN, 'gen-values', 'aws-prod-checkout', file), 'utf8')
      );
    expect(result.summary).toContain('### gen-values: checkout in `prod-payments-checkout`');
    expect(result.summary).toContain('| `dns_host` | `checkout.prod.example.com` |');
    expect(result.summary).toContain('**5 files written** to `artifacts`:');
    expect(result.summary).toContain('- `karpenter-nodepool.yaml`');
    for (const text of [
      result.summary,
      result.log,
      ...names.map((f) => readFileSync(join(out, f), 'utf8'))
    ])
      expect(text).not.toContain(SECRET);
  });

  it('derives and validates everything in a dry run, and writes nothing', async () => {
    const ws = workspace();
    const result = await run(ws, { ...AWS_PROD, env: 'dev', 'dry-run': 'true' }, node());
    expect(result.exitCode).toBe(0);
    expect(result.outputs['files']).toBe('[]');
    expect(result.outputs['namespace']).toBe('dev-payments-checkout');
    expect(existsSync(join(ws, 'artifacts'))).toBe(false);
    expect(result.summary).toContain('**Dry run**: nothing written. 3 files would be written');
  });
});

describe('gen-values refuses bad input, naming the file and line, leaving the output folder as it was', () => {
  const node = process.execPath;
  const edit = (file: string, change: (text: string) => string) => (ws: string) => {
    const path = join(ws, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  const globals = 'infrastructure/config/globals.yaml';

  const cases: [string, (ws: string) => void, Record<string, string>, RegExp][] = [
    [
      'a missing config file',
      (ws) => rmSync(join(ws, globals)),
      {},
      /infrastructure\/config\/globals\.yaml: \(root\): the file is missing/
    ],
    [
      'a YAML syntax error',
      edit(globals, (t) => t.replace('  replicas: 2\n', '  replicas: 2\n   bad: [\n')),
      {},
      /infrastructure\/config\/globals\.yaml:\d+:\d+: \(root\): not valid YAML: /
    ],
    [
      'a value of the wrong type',
      edit(globals, (t) => t.replace('  replicas: 2\n', '  replicas: many\n')),
      {},
      /infrastructure\/config\/globals\.yaml:9:13: defaults\.replicas: expected a whole number of replicas, 0 or more/
    ],
    [
      'an unknown key, with the closest known one',
      edit(globals, (t) => t.replace('  ingress_class: nginx\n', '  ingres_class: nginx\n')),
      {},
      /infrastructure\/config\/globals\.yaml:10:3: defaults\.ingres_class: "ingres_class" is not a known key; .*Did you mean "ingress_class"\?/
    ],
    [
      'a bad image reference',
      () => undefined,
      { image: 'ghcr.io/acme/payments/checkout' },
      /Input 'image' is 'ghcr\.io\/acme\/payments\/checkout': must be repository:tag or repository@sha256:<64 hex digits>: give a tag/
    ],
    [
      'runtime facts that break the contract',
      edit('facts/aws.json', (t) =>
        t.replace(
          '"secrets_source_uri": {\n    "sensitive": false',
          '"secrets_source_uri": {\n    "sensitive": true'
        )
      ),
      { 'facts-file': 'facts/aws.json' },
      /facts\/aws\.json:\d+:18: secrets_source_uri\.sensitive: is true: a runtime fact is published/
    ],
    [
      'runtime facts of another cloud',
      () => undefined,
      { 'facts-file': 'facts/azure.json' },
      /facts\/azure\.json:20:14: cluster_type\.value: is "azure", but the cloud is "aws"/
    ],
    [
      'a runtime-facts file that does not exist',
      () => undefined,
      { 'facts-file': 'facts/gcp.json' },
      /Input 'facts-file' is 'facts\/gcp\.json': no such file/
    ],
    [
      'Karpenter on another cloud than AWS',
      () => undefined,
      { cloud: 'gcp', region: 'europe-west1', owner: 'jane-doe' },
      /infrastructure\/config\/globals\.yaml:27:16: environments\.prod\.karpenter\.enabled: is true for prod, but Karpenter NodePools run only on AWS/
    ],
    [
      'an environment the dictionary does not list',
      () => undefined,
      { env: 'prdo' },
      /env "prdo" breaks unknown-env\/dictionary: .*Did you mean "prod"\?/
    ],
    [
      'a missing required input',
      () => undefined,
      { owner: '' },
      /Input 'owner' is empty: is required/
    ],
    [
      'an output folder that is the workspace',
      () => undefined,
      { 'out-dir': '.' },
      /Input 'out-dir' is '\.': must be a folder of its own/
    ]
  ];

  it.each(cases)('%s', async (_name, change, inputs, message) => {
    const ws = workspace(change);
    const out = join(ws, 'artifacts');
    mkdirSync(out);
    writeFileSync(join(out, 'values.yaml'), '# from an earlier run\nreplicaCount: 7\n');
    const before = snapshot(out);
    const result = await run(ws, { ...AWS_PROD, ...inputs }, node);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(message);
    expect(result.summary).toContain('gen-values failed');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(ws).sort()).toEqual(['artifacts', 'facts', 'infrastructure']);
    expect(result.log).not.toContain(SECRET);
  });
});
