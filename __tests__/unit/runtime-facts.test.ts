import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedFacts, renderFactsFile } from '../../src/facts/publish.js';
import {
  factIssue,
  FactsError,
  parseRuntimeFacts,
  readRuntimeFacts,
  type RuntimeFacts
} from '../../src/facts/runtime-facts.js';
import { REPO } from '../support/tools.js';

const FACTS = join(REPO, '__tests__', 'fixtures', 'gen-values', 'facts');
const text = (cloud: string) => readFileSync(join(FACTS, `${cloud}.json`), 'utf8');
const SECRET = 'do-not-copy-this-secret';

type Outputs = Record<string, { sensitive: boolean; type: unknown; value: unknown }>;
/** The local fixture's outputs, changed by `edit`, as the engine would write them. */
function edited(edit: (outputs: Outputs) => void, base = 'local'): string {
  const outputs = JSON.parse(text(base)) as Outputs;
  edit(outputs);
  return `${JSON.stringify(outputs, null, 2)}\n`;
}

function issues(json: string): string[] {
  try {
    parseRuntimeFacts('facts.json', json);
  } catch (error) {
    expect(error).toBeInstanceOf(FactsError);
    return [...(error as FactsError).issues].map(
      (i) =>
        `${i.position === undefined ? '' : `${i.position.line}:${i.position.column} `}${i.path}: ${i.message}`
    );
  }
  throw new Error('the facts were read');
}

describe('readRuntimeFacts', () => {
  it('reads the outputs of the contract, the identities by kind', () => {
    const facts = readRuntimeFacts(join(FACTS, 'aws.json'));
    expect(facts).toMatchObject({
      cluster_name: 'acme-prod-euw1-payments',
      cluster_type: 'aws',
      kube_context: 'acme-prod-euw1-payments-context',
      cluster_gateway_public_address: '203.0.113.1',
      env_gateway_public_addresses: {
        dev: '203.0.113.10',
        staging: '203.0.113.20',
        prod: '203.0.113.30'
      },
      secrets_source_uri: 'https://vault.example.com/v1/kv/acme-prod-euw1-payments',
      workload_identities: {
        checkout: { kind: 'aws_role_arn', value: 'arn:aws:iam::123456789012:role/checkout' }
      }
    });
    expect(facts.dns_challenge_identities['dev']).toEqual({
      kind: 'aws_role_arn',
      value: 'arn:aws:iam::123456789012:role/dns01-dev'
    });
  });

  it('keeps no sensitive output, nor any output outside the contract', () => {
    const facts = readRuntimeFacts(join(FACTS, 'aws.json'));
    expect(JSON.stringify(facts)).not.toContain(SECRET);
    expect(Object.keys(facts)).not.toContain('admin_password');
  });

  it('takes a stack without workload_identities as one that gives apps no identity', () => {
    expect(readRuntimeFacts(join(FACTS, 'local.json')).workload_identities).toEqual({});
  });

  it('accepts identities of any cloud from a local cluster, which stands in for them', () => {
    const facts = readRuntimeFacts(join(FACTS, 'local.json'));
    expect(facts.dns_challenge_identities['argocd']?.kind).toBe('gcp_service_account');
  });

  it('says where a fact is, for errors found later', () => {
    const facts = readRuntimeFacts(join(FACTS, 'local.json'));
    expect(facts.position(['cluster_type', 'value'])).toEqual({ line: 20, column: 14 });
  });

  it('reports a missing file, naming what it expected', () => {
    expect(() => readRuntimeFacts(join(FACTS, 'none.json'))).toThrow(
      /none\.json: \(root\): the file is missing: expected tf-apply's outputs-path/
    );
  });
});

describe('readRuntimeFacts refuses facts that break the contract, saying where', () => {
  it.each<[string, string, string[]]>([
    [
      'a missing output',
      edited((o) => delete o['kube_context']),
      ['1:1 (root): the output "kube_context" is missing: every cluster stack returns it']
    ],
    [
      'a contract output marked sensitive, without showing its value',
      edited((o) => {
        o['secrets_source_uri'] = { sensitive: true, type: 'string', value: SECRET };
      }),
      [
        '61:18 secrets_source_uri.sensitive: is true: a runtime fact is published and copied into values, so the stack must not mark it sensitive'
      ]
    ],
    [
      'a value of the wrong type',
      edited((o) => {
        o['cluster_name'] = { sensitive: false, type: 'number', value: 42 };
      }),
      ['15:14 cluster_name.value: expected the name of the cluster: a non-empty string']
    ],
    [
      'an unknown cluster type',
      edited((o) => {
        o['cluster_type'] = { sensitive: false, type: 'string', value: 'openstack' };
      }),
      ['20:14 cluster_type.value: expected the cloud of the cluster: one of aws, azure, gcp, local']
    ],
    [
      'an identity with two kinds',
      edited((o) => {
        (o['dns_challenge_identities']?.value as Record<string, unknown>)['dev'] = {
          aws_role_arn: 'arn:aws:iam::123456789012:role/x',
          gcp_service_account: 'x@p.iam.gserviceaccount.com'
        };
      }),
      [
        '32:14 dns_challenge_identities.value.dev: expected an object with exactly one of aws_role_arn, azure_client_id, gcp_service_account; has aws_role_arn, gcp_service_account'
      ]
    ],
    [
      'an identity of another cloud than the cluster',
      edited((o) => {
        (o['dns_challenge_identities']?.value as Record<string, unknown>)['prod'] = {
          gcp_service_account: 'dns01@p.iam.gserviceaccount.com'
        };
      }, 'aws'),
      [
        '39:9 dns_challenge_identities.value.prod.gcp_service_account: is an identity of gcp, but cluster_type is aws: expected aws_role_arn'
      ]
    ],
    [
      'a malformed role ARN',
      edited((o) => {
        (o['workload_identities']?.value as Record<string, unknown>)['checkout'] = {
          aws_role_arn: 'role/checkout'
        };
      }, 'aws'),
      [
        '73:25 workload_identities.value.checkout.aws_role_arn: expected an IAM role ARN such as arn:aws:iam::123456789012:role/checkout'
      ]
    ],
    [
      'an output that is not as the engine writes it',
      edited((o) => {
        (o as Record<string, unknown>)['kube_context'] = 'kind-local';
      }),
      [
        '55:19 kube_context: expected an output as the engine writes it: {"sensitive": …, "type": …, "value": …}'
      ]
    ],
    [
      "a file of values without the engine wrapper (tf-apply's outputs output, not outputs-path)",
      '{ "cluster_name": "x" }',
      [
        '1:19 cluster_name: expected an output as the engine writes it: {"sensitive": …, "type": …, "value": …}',
        '1:1 (root): the output "cluster_type" is missing: every cluster stack returns it',
        '1:1 (root): the output "kube_context" is missing: every cluster stack returns it',
        '1:1 (root): the output "cluster_gateway_public_address" is missing: every cluster stack returns it',
        '1:1 (root): the output "env_gateway_public_addresses" is missing: every cluster stack returns it',
        '1:1 (root): the output "dns_challenge_identities" is missing: every cluster stack returns it',
        '1:1 (root): the output "secrets_source_uri" is missing: every cluster stack returns it'
      ]
    ],
    [
      'a list, not an object',
      '[]',
      [
        "1:1 (root): expected an object of outputs by name, as the engine's output -json writes it, or a published facts.yaml (facts and provenance)"
      ]
    ]
  ])('%s', (_name, json, expected) => {
    expect(issues(json)).toEqual(expected);
  });

  it('reports a JSON syntax error, with its line where the runtime tells the offset', () => {
    const [issue] = issues('{\n  "cluster_name": {\n    "sensitive": false,\n  }\n}\n');
    expect(issue).toMatch(/^(4:3 )?\(root\): not valid JSON: /);
  });

  it('words the error for a person: what breaks the contract, file, line and column', () => {
    expect(() =>
      parseRuntimeFacts(
        'outputs.json',
        edited((o) => delete o['cluster_name'])
      )
    ).toThrow(
      'The runtime facts break the output contract:\n  outputs.json:1:1: (root): the output "cluster_name" is missing: every cluster stack returns it'
    );
  });
});

/** The fixture's facts as publish-runtime-facts publishes them, changed by `edit`. */
function published(
  cloud = 'aws',
  edit: (facts: Record<string, unknown>) => void = () => undefined
) {
  const facts = publishedFacts(readRuntimeFacts(join(FACTS, `${cloud}.json`)));
  const text = renderFactsFile(facts, {
    sourceRepository: 'acme/infrastructure',
    commit: 'c0ffee',
    runUrl: 'https://github.com/acme/infrastructure/actions/runs/7',
    stack: 'cluster',
    planId: 'plan-1',
    time: '2026-12-01T10:00:00.000Z'
  });
  // Edited after rendering, as a hand would, unless the edit keeps the facts.
  const edited = structuredClone(facts);
  edit(edited);
  return JSON.stringify(edited) === JSON.stringify(facts)
    ? text
    : renderFactsFile(edited, {
        sourceRepository: 'acme/infrastructure',
        commit: 'c0ffee',
        runUrl: '',
        stack: 'cluster',
        planId: '',
        time: '2026-12-01T10:00:00.000Z'
      });
}

/** The facts themselves, without where they were read from. */
const plain = (facts: RuntimeFacts) =>
  Object.fromEntries(
    Object.entries(facts).filter(([key]) => !['file', 'shape', 'position'].includes(key))
  );

function publishedIssues(yaml: string, complete = false): string[] {
  try {
    parseRuntimeFacts('facts.yaml', yaml, { complete });
  } catch (error) {
    expect(error).toBeInstanceOf(FactsError);
    return [...(error as FactsError).issues].map(
      (i) =>
        `${i.position === undefined ? '' : `${i.position.line}:${i.position.column} `}${i.path}: ${i.message}`
    );
  }
  throw new Error('the facts were read');
}

/** The line of a text that holds `needle` (1-based). */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('readRuntimeFacts reads the facts.yaml that publish-runtime-facts publishes', () => {
  it('to the same facts as the outputs they were published from', () => {
    const engine = readRuntimeFacts(join(FACTS, 'aws.json'));
    const facts = parseRuntimeFacts('facts.yaml', published());
    expect(facts.shape).toBe('published');
    expect(engine.shape).toBe('engine-outputs');
    expect(plain(facts)).toEqual(plain(engine));
    expect(JSON.stringify(facts)).not.toContain(SECRET);
  });

  it('holds the published facts to the whole contract, as publishing did', () => {
    const text = published();
    expect(() => parseRuntimeFacts('facts.yaml', text, { complete: true })).not.toThrow();
  });

  it('says where a fact is in the published file, named by its published path', () => {
    const text = published();
    const facts = parseRuntimeFacts('facts.yaml', text);
    expect(facts.position(['cluster_type', 'value'])).toEqual({
      line: lineOf(text, 'cluster_type: aws'),
      column: 17
    });
    expect(factIssue(facts, ['cluster_type', 'value'], 'is wrong')).toEqual({
      file: 'facts.yaml',
      position: { line: lineOf(text, 'cluster_type: aws'), column: 17 },
      path: 'facts.cluster_type',
      message: 'is wrong'
    });
  });

  it('reads a published file without workload identities as one that gives apps none', () => {
    expect(parseRuntimeFacts('facts.yaml', published('local')).workload_identities).toEqual({});
  });
});

describe('readRuntimeFacts refuses a published facts.yaml that breaks the contract, saying where', () => {
  it('a missing fact', () => {
    const text = published('aws', (f) => delete f['kube_context']);
    expect(publishedIssues(text)).toEqual([
      `${lineOf(text, 'facts:') + 1}:3 facts: the fact "kube_context" is missing: every cluster stack returns it, and publish-runtime-facts publishes it`
    ]);
  });

  it('a value of the wrong type, at its line and column', () => {
    const text = published('aws', (f) => (f['cluster_name'] = 42));
    expect(publishedIssues(text)).toEqual([
      `${lineOf(text, 'cluster_name: 42')}:17 facts.cluster_name: expected the name of the cluster: a non-empty string`
    ]);
  });

  it('a value kept in the engine wrapper, a sensitive output in particular, without its value', () => {
    const text = published('aws', (f) => {
      f['secrets_source_uri'] = { sensitive: true, type: 'string', value: SECRET };
    });
    const found = publishedIssues(text);
    expect(found).toEqual([
      `${lineOf(text, 'secrets_source_uri:') + 1}:5 facts.secrets_source_uri: expected a URI such as https://vault.example.com/v1/kv/app`
    ]);
    expect(found.join('\n')).not.toContain(SECRET);
  });

  it('an identity of another cloud than the cluster', () => {
    const text = published('aws', (f) => {
      (f['dns_challenge_identities'] as Record<string, unknown>)['prod'] = {
        gcp_service_account: 'dns01@p.iam.gserviceaccount.com'
      };
    });
    expect(publishedIssues(text)).toEqual([
      `${lineOf(text, 'gcp_service_account: dns01@')}:7 facts.dns_challenge_identities.prod.gcp_service_account: is an identity of gcp, but cluster_type is aws: expected aws_role_arn`
    ]);
  });

  it('a file without every environment the whole contract asks for', () => {
    const text = published('aws', (f) => {
      delete (f['env_gateway_public_addresses'] as Record<string, unknown>)['staging'];
    });
    expect(publishedIssues(text, true)).toEqual([
      `${lineOf(text, 'dev: 203.0.113.10')}:5 facts.env_gateway_public_addresses: lacks "staging": expected a gateway address for each of dev, staging, prod`
    ]);
  });

  it('facts edited by hand after they were published', () => {
    const text = published().replace(
      'cluster_name: acme-prod-euw1-payments',
      'cluster_name: other'
    );
    expect(publishedIssues(text)).toEqual([
      `${lineOf(text, 'facts_sha256:')}:17 provenance.facts_sha256: does not match the facts of the file: it was edited after it was published; publish the facts again instead`
    ]);
  });

  it('a YAML syntax error, with its line', () => {
    const text = published().replace('  cluster_type: aws\n', '  cluster_type: [aws\n');
    const [issue] = publishedIssues(text);
    expect(issue).toMatch(/^\d+:\d+ \(root\): not valid YAML: /);
  });
});
