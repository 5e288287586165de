import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkRule,
  CLOUDS,
  DERIVATIONS,
  moduleRulesDocument,
  NAME_KEYS,
  NAME_RULES,
  NAMING_RULES,
  namingRule
} from '../../src/naming/index.js';
import { REPO } from '../support/tools.js';

const RULES_JSON = join(REPO, 'terraform-modules', 'common', 'modules', 'name-rules', 'rules.json');

const failing = (rule: string, value: string) => checkRule(rule, value).map((f) => f.check);

describe('the rule table', () => {
  it('has one entry per id, each with a summary and its limit', () => {
    const ids = NAMING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of NAMING_RULES) {
      expect(rule.summary).toMatch(/^[A-Z].*\.$/);
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('cites the provider documentation of every platform rule', () => {
    const platformRules = NAMING_RULES.filter(
      (r) => !r.id.startsWith('input-') && !r.id.startsWith('unknown-')
    );
    expect(platformRules.length).toBeGreaterThan(10);
    for (const rule of platformRules) expect(rule.doc).toMatch(/^https:\/\/[a-z.]+\//);
  });

  it('binds every name on every cloud to rules that exist, and derives every name', () => {
    for (const key of [...NAME_KEYS, 'tags'] as const)
      for (const cloud of CLOUDS)
        for (const id of NAME_RULES[key][cloud]) expect(namingRule(id).id).toBe(id);
    expect(Object.keys(DERIVATIONS)).toEqual([...NAME_KEYS]);
  });

  it('is what the OpenTofu module reads (UPDATE_GOLDEN=1 rewrites rules.json)', () => {
    const expected = moduleRulesDocument();
    if (process.env['UPDATE_GOLDEN'] === '1')
      writeFileSync(RULES_JSON, `${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(readFileSync(RULES_JSON, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(expected))
    );
  });
});

describe('checkRule', () => {
  // Values at every rule's limits are in vectors.json ("rules"), held against both implementations.
  it.each([
    ['gke-cluster-name', 'acme-dev-', ['pattern']],
    ['s3-bucket', '192.168.5.4', ['ip-address']],
    ['azure-resource-group', 'rg-acme.', ['trailing-period']],
    ['eks-cluster-name', '', ['length', 'pattern']]
  ])('%s on %j fails %j', (rule, value, checks) => {
    expect(failing(rule, value)).toEqual(checks);
  });

  it('reports the limit the check enforces', () => {
    expect(checkRule('dns-host', `${'a'.repeat(64)}.example.com`)[0]).toMatchObject({
      rule: 'dns-host',
      check: 'label-length',
      limit: 63
    });
    expect(checkRule('gke-cluster-name', 'a'.repeat(41))[0]).toEqual({
      rule: 'gke-cluster-name',
      check: 'length',
      detail: 'is 41 characters, must be 1 to 40',
      limit: 40
    });
  });
});
