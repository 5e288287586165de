import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { getInputs } from '../../src/facts/inputs.js';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';
import {
  factsPath,
  publishedFacts,
  publishedFactsSha,
  renderFactsFile,
  renderPublishSummary,
  runnerProvenance,
  type FactsProvenance
} from '../../src/facts/publish.js';
import {
  FactsError,
  isPublicAddress,
  parseRuntimeFacts,
  readRuntimeFacts
} from '../../src/facts/runtime-facts.js';
import { expectGolden, GOLDEN } from '../support/golden.js';
import { REPO } from '../support/tools.js';

const FACTS = join(REPO, '__tests__', 'fixtures', 'gen-values', 'facts');
const SECRET = 'do-not-copy-this-secret';
const PROVENANCE: FactsProvenance = {
  sourceRepository: 'acme/infrastructure',
  commit: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/infrastructure/actions/runs/42',
  stack: 'aws-prod',
  planId: 'plan-9f86d081884c7d65',
  time: '2026-11-23T12:00:00.000Z'
};

type Outputs = Record<string, { sensitive: boolean; type: unknown; value: unknown }>;
function edited(edit: (o: Outputs) => void, base = 'aws'): string {
  const outputs = JSON.parse(readFileSync(join(FACTS, `${base}.json`), 'utf8')) as Outputs;
  edit(outputs);
  return JSON.stringify(outputs, null, 2);
}
function completeIssues(json: string): string[] {
  try {
    parseRuntimeFacts('outputs.json', json, { complete: true });
  } catch (error) {
    expect(error).toBeInstanceOf(FactsError);
    return (error as FactsError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('the facts were read');
}

describe('the facts file', () => {
  it('is rendered byte for byte, keys in a fixed order, with provenance and no sensitive output', () => {
    const text = renderFactsFile(
      publishedFacts(readRuntimeFacts(join(FACTS, 'aws.json'))),
      PROVENANCE
    );
    expectGolden(join(GOLDEN, 'publish-runtime-facts', 'aws-facts.yaml'), text);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('admin_password');
  });

  it('is the same text for the same facts whatever the order of the outputs', () => {
    const forward = parseRuntimeFacts(
      'a.json',
      edited(() => undefined)
    );
    const reversed = parseRuntimeFacts(
      'b.json',
      JSON.stringify(
        Object.fromEntries(Object.entries(JSON.parse(edited(() => undefined)) as Outputs).reverse())
      )
    );
    expect(renderFactsFile(publishedFacts(reversed), PROVENANCE)).toBe(
      renderFactsFile(publishedFacts(forward), PROVENANCE)
    );
  });

  it('identifies its facts apart from the provenance', () => {
    const facts = publishedFacts(readRuntimeFacts(join(FACTS, 'aws.json')));
    const a = renderFactsFile(facts, PROVENANCE);
    const b = renderFactsFile(facts, {
      ...PROVENANCE,
      commit: 'f'.repeat(40),
      time: '2030-01-01T00:00:00Z'
    });
    expect(a).not.toBe(b);
    expect(publishedFactsSha(a)).toBe(publishedFactsSha(b));
    expect((parseYaml(a) as { provenance: { facts_sha256: string } }).provenance.facts_sha256).toBe(
      publishedFactsSha(a)
    );
    const other = renderFactsFile({ ...facts, cluster_name: 'other' }, PROVENANCE);
    expect(publishedFactsSha(other)).not.toBe(publishedFactsSha(a));
    expect(publishedFactsSha(undefined)).toBeUndefined();
    expect(publishedFactsSha('{not: [yaml')).toBeUndefined();
    expect(publishedFactsSha('hand: edited\n')).toBeUndefined();
  });
});

describe('the whole contract, as publishing holds the facts to it', () => {
  it.each([
    [
      'an environment without a gateway address',
      (o: Outputs) =>
        delete (o['env_gateway_public_addresses']?.value as Record<string, string>)['staging'],
      'env_gateway_public_addresses.value: lacks "staging"'
    ],
    [
      'a consumer without a DNS-01 identity',
      (o: Outputs) =>
        delete (o['dns_challenge_identities']?.value as Record<string, unknown>)['argocd'],
      'dns_challenge_identities.value: lacks "argocd"'
    ],
    [
      'a gateway that is neither an IP nor a host name',
      (o: Outputs) =>
        ((o['cluster_gateway_public_address'] as { value: unknown }).value = 'http://x/'),
      'cluster_gateway_public_address.value: expected an IP address or a host name'
    ],
    [
      'an environment gateway that is not an address',
      (o: Outputs) =>
        ((o['env_gateway_public_addresses']?.value as Record<string, string>)['prod'] =
          '300.1.2.3'),
      'env_gateway_public_addresses.value.prod: expected an IP address or a host name'
    ],
    [
      'a missing output',
      (o: Outputs) => delete o['secrets_source_uri'],
      'the output "secrets_source_uri" is missing'
    ],
    [
      'a contract output marked sensitive',
      (o: Outputs) => ((o['kube_context'] as { sensitive: boolean }).sensitive = true),
      'kube_context.sensitive: is true'
    ]
  ])('refuses %s, naming it', (_what, edit, message) => {
    expect(completeIssues(edited(edit)).join('\n')).toContain(message);
  });

  it('still reads partial facts when the whole contract is not asked for', () => {
    const json = edited(
      (o) => delete (o['env_gateway_public_addresses']?.value as Record<string, string>)['dev']
    );
    expect(parseRuntimeFacts('a.json', json).env_gateway_public_addresses).not.toHaveProperty(
      'dev'
    );
  });

  it.each([
    ['203.0.113.7', true],
    ['2001:db8::1', true],
    ['gw.example.com', true],
    ['gw.example.com.', true],
    ['a1b2c3.elb.eu-west-1.amazonaws.com', true],
    ['300.1.2.3', false],
    ['http://gw.example.com', false],
    ['-bad.example.com', false],
    ['', false]
  ])('takes %s as a public address: %s', (value, ok) => {
    expect(isPublicAddress(value)).toBe(ok);
  });
});

describe('factsPath', () => {
  it.each([
    ['{cloud}/{env}/facts.yaml', { path: 'aws/prod/facts.yaml' }],
    ['stacks/{target}.yaml', { path: 'stacks/aws-prod.yaml' }],
    ['{cloud}/{region}/facts.yaml', { unknown: 'region' }],
    ['{}/facts.yaml', { unknown: '' }]
  ])('fills %s', (template, expected) => {
    expect(factsPath(template, { cloud: 'aws', env: 'prod', target: 'aws-prod' })).toEqual(
      expected
    );
  });
});

describe('runnerProvenance', () => {
  it('names the repository, commit and run of the runner', () => {
    expect(
      runnerProvenance({
        GITHUB_SERVER_URL: 'https://github.example.com',
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_SHA: 'abc',
        GITHUB_RUN_ID: '7',
        GITHUB_RUN_ATTEMPT: '2'
      })
    ).toEqual({
      sourceRepository: 'acme/infra',
      commit: 'abc',
      runUrl: 'https://github.example.com/acme/infra/actions/runs/7/attempts/2'
    });
    expect(runnerProvenance({})).toEqual({ sourceRepository: '', commit: '', runUrl: '' });
  });
});

describe('the step summary', () => {
  it('says what was published where, or that nothing changed', () => {
    const result = {
      changed: true,
      commitSha: 'c'.repeat(40),
      factsPath: 'aws/prod/facts.yaml',
      repository: 'acme/runtime-facts',
      branch: 'runtime-facts',
      factsSha256: 'f'.repeat(64),
      attempts: 2
    };
    expectGolden(
      join(GOLDEN, 'publish-runtime-facts', 'summary-published.md'),
      renderPublishSummary(result)
    );
    expectGolden(
      join(GOLDEN, 'publish-runtime-facts', 'summary-unchanged.md'),
      renderPublishSummary({ ...result, changed: false, attempts: 1 })
    );
  });
});

describe('getInputs', () => {
  const ws = mkdtempSync(join(tmpdir(), 'publish-inputs-'));
  writeFileSync(join(ws, 'outputs.json'), '{}');
  const good = {
    'outputs-path': 'outputs.json',
    cloud: 'aws',
    env: 'prod',
    target: 'aws-prod',
    repository: 'acme/runtime-facts'
  };

  it('fills in the defaults', () => {
    expect(getInputs(mapInputReader(good), ws)).toEqual({
      outputsPath: join(ws, 'outputs.json'),
      cloud: 'aws',
      env: 'prod',
      target: 'aws-prod',
      repository: 'acme/runtime-facts',
      branch: 'runtime-facts',
      path: 'aws/prod/facts.yaml',
      planId: ''
    });
  });

  it('takes the token, branch, path template and plan-id', () => {
    expect(
      getInputs(
        mapInputReader({
          ...good,
          branch: 'facts/v1',
          path: 'clusters/{target}/{env}.yaml',
          'github-token': 'ghs_x',
          'plan-id': 'p-1'
        }),
        ws
      )
    ).toMatchObject({
      branch: 'facts/v1',
      path: 'clusters/aws-prod/prod.yaml',
      token: 'ghs_x',
      planId: 'p-1'
    });
  });

  it('reports every bad input at once, naming the input, the value and the rule', () => {
    const read = mapInputReader({
      'outputs-path': 'missing.json',
      cloud: 'oracle',
      env: 'Prod',
      target: '../x',
      repository: 'a b',
      branch: 'bad..branch',
      path: '{cloud}/{zone}/facts.yaml',
      'plan-id': ''
    });
    let error: unknown;
    try {
      getInputs(read, ws);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputErrors);
    const messages = (error as InputErrors).errors.map((e) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Input 'outputs-path' is 'missing\.json': no such file/),
      "Input 'cloud' is 'oracle': must be one of aws, azure, gcp, local",
      "Input 'env' is 'Prod': must be lowercase letters, digits and hyphens, starting with a letter",
      "Input 'target' is '../x': must be letters, digits, '.', '_' or '-', starting with a letter or digit",
      "Input 'repository' is 'a b': must not hold white space",
      "Input 'branch' is 'bad..branch': must be a branch name git accepts: it must not hold '..'",
      "Input 'path' is '{cloud}/{zone}/facts.yaml': has the unknown placeholder {zone}: use {cloud}, {env}, {target}"
    ]);
  });

  it.each([['../{env}.yaml'], ['/abs/{env}.yaml'], ['.git/hooks/{env}'], ['{env}/../../x']])(
    'refuses the path template %s that leaves the branch',
    (path) => {
      expect(() => getInputs(mapInputReader({ ...good, path }), ws)).toThrow(
        `Input 'path' is '${path}': must name a file inside the branch`
      );
    }
  );

  it.each([['-x'], ['a b'], ['x.lock'], ['x/'], ['.hidden'], ['a@{b']])(
    'refuses the branch %s',
    (branch) => {
      expect(() => getInputs(mapInputReader({ ...good, branch }), ws)).toThrow(`Input 'branch'`);
    }
  );
});
