import { describe, expect, it } from '@jest/globals';
import {
  checkRule,
  deriveNames,
  loadConfig,
  NamingError,
  type Config
} from '../../src/naming/index.js';
import {
  configDir,
  invalidVectors,
  shown,
  validVectors,
  vectors,
  type NameVector
} from '../fixtures/naming/vectors.js';

/** The TypeScript implementation against vectors.json; naming-hcl.test.ts holds the module to it. */
const configs = new Map<string, Config>();
const configOf = (vector: NameVector): Config => {
  const dir = configDir(vector);
  let config = configs.get(dir);
  if (config === undefined) {
    config = loadConfig(dir);
    configs.set(dir, config);
  }
  return config;
};

describe('the vectors', () => {
  it('are at least 40 name cases, valid and invalid, with unique ids', () => {
    expect(vectors.names.length).toBeGreaterThanOrEqual(40);
    expect(validVectors.length).toBeGreaterThanOrEqual(15);
    expect(invalidVectors.length).toBeGreaterThanOrEqual(25);
    const ids = vectors.names.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('deriveNames on the vectors', () => {
  it.each(validVectors.map((v) => [v.id, v] as const))(
    '%s: derives the expected names',
    (_id, vector) => {
      expect(deriveNames(vector.input, configOf(vector))).toEqual(vector.expect);
    }
  );

  it.each(invalidVectors.map((v) => [v.id, v] as const))(
    '%s: refuses with the expected rule',
    (_id, vector) => {
      let error: unknown;
      try {
        deriveNames(vector.input, configOf(vector));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(NamingError);
      const naming = error as NamingError;
      const { rule, check, name, limit } = vector.expect.error;
      expect({
        rule: naming.rule,
        check: naming.check,
        name: naming.subject,
        limit: naming.limit ?? null
      }).toEqual({ rule, check, name, limit });
      expect(naming.violations.map((v) => `${v.subject} ${v.rule}/${v.check}`)).toEqual(
        vector.expect.violations
      );
    }
  );
});

describe('checkRule on the rule vectors', () => {
  it.each(vectors.rules.map((v) => [v.rule, shown(v.value), v.fails, v.value] as const))(
    '%s on %s fails %j',
    (rule, _shown, fails, value) => {
      expect(checkRule(rule, value).map((f) => f.check)).toEqual(fails);
    }
  );
});
