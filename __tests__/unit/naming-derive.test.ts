import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
  closest,
  deriveNames,
  levenshtein,
  loadConfig,
  NamingError,
  type NamingInput
} from '../../src/naming/index.js';
import { NAMING_FIXTURES } from '../fixtures/naming/vectors.js';
import { REPO } from '../support/tools.js';

const example = loadConfig(join(REPO, 'examples', 'config'));
const fixtures = loadConfig(join(NAMING_FIXTURES, 'config'));
const overridden = loadConfig(join(NAMING_FIXTURES, 'config-override'));

const input: NamingInput = {
  org: 'acme',
  cloud: 'aws',
  env: 'dev',
  region: 'eu-west-1',
  bu: 'payments',
  app: 'checkout',
  owner: 'jane.doe'
};

function namingError(given: NamingInput, config = fixtures): NamingError {
  try {
    deriveNames(given, config);
  } catch (error) {
    if (error instanceof NamingError) return error;
    throw error;
  }
  throw new Error('the names were derived');
}

describe('deriveNames', () => {
  it('derives the names and tags the example config documents', () => {
    expect(deriveNames(input, example)).toEqual({
      names: {
        cluster_name: 'acme-dev-euw1-payments',
        namespace: 'dev-payments-checkout',
        dns_host: 'checkout.dev.example.com',
        release_name: 'checkout',
        resource_group: 'rg-acme-dev-euw1-payments',
        state_bucket: 'acme-tfstate-dev-euw1',
        storage_account: 'acmedeuw1pay',
        registry_repository: 'ghcr.io/acme/payments/checkout'
      },
      tags: {
        org: 'acme',
        env: 'dev',
        bu: 'payments',
        app: 'checkout',
        owner: 'jane.doe',
        'managed-by': 'terraform'
      }
    });
  });

  it('takes the org of globals.yaml when none is given, and the registry follows the org', () => {
    const withoutOrg: NamingInput = { ...input, org: undefined };
    expect(deriveNames(withoutOrg, fixtures).names.cluster_name).toBe('acme-dev-euw1-payments');
    expect(deriveNames({ ...input, org: 'globex' }, fixtures).names.registry_repository).toBe(
      'ghcr.io/globex/payments/checkout'
    );
  });

  it('takes the base domain and registry of local.yaml over globals.yaml', () => {
    const { names } = deriveNames(input, overridden);
    expect(names.registry_repository).toBe('registry.example.com:5000/platform/payments/checkout');
    expect(names.dns_host).toHaveLength(253);
  });

  it('refuses a name over its limit whole, naming the name, rule, limit and inputs', () => {
    const error = namingError({
      ...input,
      cloud: 'azure',
      region: 'westeurope',
      org: 'acmecorporationeu1'
    });
    expect(error).toMatchObject({
      rule: 'azure-storage-account',
      check: 'length',
      subject: 'storage_account',
      value: 'acmecorporationeu1dweupay',
      limit: 24,
      inputs: {
        org: 'acmecorporationeu1',
        cloud: 'azure',
        env: 'dev',
        region: 'westeurope',
        bu: 'payments',
        app: 'checkout',
        owner: 'jane.doe'
      }
    });
    expect(error.message).toBe(
      'storage_account "acmecorporationeu1dweupay" (derived as {org}{env_code}{region_code}{bu_code}) breaks azure-storage-account/length: is 25 characters, must be 3 to 24 (limit 24). Azure storage account names are 3 to 24 lowercase letters and digits only. Inputs: org="acmecorporationeu1", cloud="azure", env="dev", region="westeurope", bu="payments", app="checkout", owner="jane.doe". See https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftstorage'
    );
  });

  it('lists the allowed values of an unknown one and suggests the closest', () => {
    const error = namingError({ ...input, bu: 'paymnts' });
    expect(error.violations[0]).toMatchObject({
      rule: 'unknown-bu',
      allowed: [
        'customer-identity-platform',
        'customer-identity-platforms',
        'identity-and-access-management-for-customers-eu-01',
        'identity-and-access-management-for-customers-europe',
        'ops',
        'payments'
      ],
      suggestion: 'payments',
      limit: undefined
    });
    expect(error.message).toContain(
      'bu "paymnts" breaks unknown-bu/dictionary: must be one of the business_units of dictionary.yaml: customer-identity-platform, '
    );
    expect(error.message).toContain(
      '. Did you mean "payments"? Business units and their short codes'
    );
  });

  it.each([
    ['env', 'Prod', 'prod'],
    ['region', 'EU-WEST-1', 'eu-west-1'],
    ['app', 'chekout', 'checkout'],
    ['cloud', 'gpc', 'gcp']
  ] as const)('suggests for %s %j the closest, %j', (key, given, suggestion) => {
    expect(namingError({ ...input, [key]: given }).violations[0]?.suggestion).toBe(suggestion);
  });

  it('lists the regions of the cloud given, and suggests nothing when nothing is close', () => {
    const error = namingError({ ...input, region: 'mars-north-9' });
    expect(error.violations[0]).toMatchObject({
      rule: 'unknown-region',
      allowed: ['eu-west-1', 'us-alias-1', 'us-east-1'],
      suggestion: undefined
    });
    expect(error.message).toContain(
      'must be one of the regions of dictionary.yaml for aws: eu-west-1, us-alias-1, us-east-1.'
    );
    expect(error.message).not.toContain('Did you mean');
  });

  it('reports every bad input at once, and checks no name until the inputs pass', () => {
    const error = namingError({ ...input, org: 'Acme', env: 'qa', owner: 'Jane' });
    expect(error.violations.map((v) => `${v.subject} ${v.rule}/${v.check}`)).toEqual([
      'org input-org/pattern',
      'env unknown-env/dictionary',
      'owner input-owner/pattern'
    ]);
    expect(error.message.split('\n')).toHaveLength(3);
  });

  it('checks tags against the cloud labels they become', () => {
    expect(() => deriveNames({ ...input, cloud: 'aws' }, fixtures)).not.toThrow();
    const error = namingError({ ...input, cloud: 'gcp', region: 'europe-west1' });
    expect(error).toMatchObject({
      rule: 'gcp-label-value',
      subject: 'tags.owner',
      value: 'jane.doe'
    });
  });

  it('quotes input as JSON in messages, with markup escaped', () => {
    expect(namingError({ ...input, owner: '<b>"x"' }).message).toContain(
      'owner "\\u003cb\\u003e\\"x\\"" breaks input-owner/pattern'
    );
  });
});

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['payments', 'paymnts', 1],
    ['prod', 'prdo', 2],
    ['gcp', 'gpc', 2],
    ['flaw', 'lawn', 2]
  ])('counts %j to %j as %d edits', (a, b, expected) => {
    expect(levenshtein(a, b)).toBe(expected);
    expect(levenshtein(b, a)).toBe(expected);
  });
});

describe('closest', () => {
  it.each([
    ['paymnts', ['payments', 'retail'], 'payments'],
    ['PROD', ['dev', 'prod', 'staging'], 'prod'],
    ['stagin', ['dev', 'prod', 'staging'], 'staging'],
    ['zzzzzz', ['dev', 'prod', 'staging'], undefined],
    ['ab', [], undefined],
    ['ab', ['aa', 'bb'], 'aa']
  ] as const)('for %j among %j is %j', (given, allowed, expected) => {
    expect(closest(given, allowed)).toBe(expected);
  });
});
