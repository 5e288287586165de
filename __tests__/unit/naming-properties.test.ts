import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  ConfigError,
  deriveNames,
  levenshtein,
  loadConfig,
  NamingError,
  namingRule,
  type Names,
  type NamingInput,
  type Tags
} from '../../src/naming/index.js';
import { NAMING_FIXTURES } from '../fixtures/naming/vectors.js';

const config = loadConfig(join(NAMING_FIXTURES, 'config'));
const { dictionary } = config;

/** Sometimes a dictionary value, sometimes a near miss, sometimes anything at all. */
const fromOr = (values: string[]) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => v.toUpperCase()) },
    { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) }
  );

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const chars = (set: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...set), minLength, maxLength });
/** Lowercase letters and digits, starting with a letter: what an org is. */
const orgLike = (maxLength: number) =>
  fc
    .tuple(chars(LOWER, 1, 1), chars(`${LOWER}0123456789`, 0, maxLength - 1))
    .map(([a, b]) => a + b);
/** Words joined by single ".", "_" or "-": what an owner is. */
const ownerLike = fc
  .array(fc.tuple(chars('._-', 1, 1), chars(`${LOWER}0123456789`, 1, 10)), { maxLength: 6 })
  .chain((rest) =>
    chars(`${LOWER}0123456789`, 1, 10).map(
      (first) => first + rest.map(([sep, w]) => sep + w).join('')
    )
  );

const inputs: fc.Arbitrary<NamingInput> = fromOr(Object.keys(dictionary.clouds)).chain((cloud) =>
  fc.record(
    {
      org: fc.oneof(
        { weight: 6, arbitrary: orgLike(20) },
        { weight: 1, arbitrary: chars(`${LOWER}0123456789-`, 0, 70) },
        { weight: 1, arbitrary: fc.string({ maxLength: 70 }) }
      ),
      cloud: fc.constant(cloud),
      env: fromOr(Object.keys(dictionary.environments)),
      region: fromOr(
        Object.keys(
          (Object.hasOwn(dictionary.regions, cloud) ? dictionary.regions[cloud] : undefined) ??
            dictionary.regions['aws'] ??
            {}
        )
      ),
      bu: fromOr(Object.keys(dictionary.business_units)),
      app: fromOr(Object.keys(dictionary.apps)),
      owner: fc.oneof(
        { weight: 4, arbitrary: ownerLike },
        { weight: 2, arbitrary: fc.constantFrom('jane.doe', 'sre_oncall', 'platform-team') },
        { weight: 1, arbitrary: fc.string({ maxLength: 70 }) }
      )
    },
    { requiredKeys: ['cloud', 'env', 'region', 'bu', 'app', 'owner'] }
  )
);

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const isLabel = (s: string, max = 63) => s.length <= max && dnsLabel.test(s);

/**
 * The platforms' rules restated apart from the rule table, as the documentation words them, so the
 * property does not check the table against itself.
 */
function validForEveryPlatform(cloud: string, names: Names, tags: Tags): boolean {
  const cluster = names.cluster_name;
  const clusterOk = {
    aws: cluster.length <= 100 && /^[0-9A-Za-z][A-Za-z0-9_-]*$/.test(cluster),
    azure: cluster.length <= 63 && /^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$/.test(cluster),
    gcp: cluster.length <= 40 && /^[a-z]/.test(cluster) && isLabel(cluster),
    local: isLabel(cluster)
  }[cloud];
  const bucket = names.state_bucket;
  const s3 =
    bucket.length >= 3 &&
    bucket.length <= 63 &&
    /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(bucket) &&
    !bucket.startsWith('xn--') &&
    !bucket.endsWith('-s3alias');
  const bucketOk = {
    aws: s3,
    local: s3,
    gcp:
      bucket.length >= 3 &&
      bucket.length <= 63 &&
      !bucket.startsWith('goog') &&
      !bucket.includes('google') &&
      /^[a-z0-9][a-z0-9_-]*[a-z0-9]$/.test(bucket),
    azure: bucket.length >= 3 && bucket.length <= 63 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(bucket)
  }[cloud];
  const host = names.dns_host;
  const tagValues = Object.values(tags);
  const tagsOk = {
    aws: tagValues.every((v) => v.length <= 256),
    azure: tagValues.every((v) => v.length <= 256),
    gcp: tagValues.every((v) => v.length <= 63 && /^[a-z0-9_-]*$/.test(v)),
    local: tagValues.every(
      (v) => v.length <= 63 && /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v)
    )
  }[cloud];
  return (
    clusterOk === true &&
    bucketOk === true &&
    tagsOk === true &&
    isLabel(names.namespace) &&
    host.length <= 253 &&
    host.split('.').every((label) => isLabel(label)) &&
    isLabel(names.release_name, 53) &&
    names.resource_group.length <= 90 &&
    /^[\p{L}\p{N}_().-]+$/u.test(names.resource_group) &&
    !names.resource_group.endsWith('.') &&
    /^[a-z0-9]{3,24}$/.test(names.storage_account) &&
    names.registry_repository.length <= 255 &&
    /^[a-z0-9.:-]+(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)+$/.test(names.registry_repository)
  );
}

describe('deriveNames, for any input', () => {
  let accepted = 0;
  let rejected = 0;

  it('yields, when it accepts, names valid for every platform that consumes them, none truncated', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        let derived;
        try {
          derived = deriveNames(input, config);
        } catch (error) {
          if (error instanceof NamingError) return true;
          throw error;
        }
        accepted++;
        const { names, tags } = derived;
        const org = input.org ?? config.globals.org;
        expect(validForEveryPlatform(input.cloud, names, tags)).toBe(true);
        expect(names.namespace).toBe(`${input.env}-${input.bu}-${input.app}`);
        expect(names.cluster_name.startsWith(`${org}-${input.env}-`)).toBe(true);
        expect(names.cluster_name.endsWith(`-${input.bu}`)).toBe(true);
        expect(names.release_name).toBe(input.app);
        expect(tags.owner).toBe(input.owner);
        return true;
      }),
      { numRuns: 2000 }
    );
  });

  it('throws, when it refuses, only a NamingError naming each rule, name and limit', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        try {
          deriveNames(input, config);
          return true;
        } catch (error) {
          if (!(error instanceof NamingError)) throw error;
          rejected++;
          const lines = error.message.split('\n');
          expect(lines).toHaveLength(error.violations.length);
          error.violations.forEach((v, i) => {
            const rule = namingRule(v.rule);
            expect(lines[i]).toContain(` breaks ${v.rule}/${v.check}: `);
            expect(lines[i]?.startsWith(`${v.subject} `)).toBe(true);
            if (v.rule.startsWith('unknown-')) expect(v.allowed?.length).toBeGreaterThan(0);
            else expect(lines[i]).toContain(`(limit ${String(v.limit)})`);
            if (rule.doc !== '') expect(lines[i]).toContain(rule.doc);
          });
          expect(error.rule).toBe(error.violations[0]?.rule);
          expect(error.inputs.cloud).toBe(input.cloud);
          return true;
        }
      }),
      { numRuns: 2000 }
    );
  });

  it('was given inputs it accepts as well as inputs it refuses', () => {
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });
});

describe('loadConfig, for any dictionary', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'naming-fuzz-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const globals = stringify(config.globals);
  const entry = fc.oneof(fc.record({ code: fc.stringMatching(/^[a-z0-9]{1,9}$/) }), fc.anything());
  const section = fc.dictionary(
    fc.oneof(fc.constantFrom('aws', 'gcp', 'dev'), fc.string()),
    entry,
    { maxKeys: 4 }
  );

  it('loads it or reports every problem with a file, line and column', () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.record({
          clouds: section,
          environments: section,
          regions: fc.dictionary(fc.constantFrom('aws', 'gcp', 'gpc'), section, { maxKeys: 2 }),
          business_units: section,
          apps: section
        }),
        (dictionaryDoc) => {
          const dir = join(scratch, String(run++));
          mkdirSync(dir);
          writeFileSync(join(dir, 'dictionary.yaml'), stringify(dictionaryDoc));
          writeFileSync(join(dir, 'globals.yaml'), globals);
          try {
            loadConfig(dir);
          } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            expect(error.issues.length).toBeGreaterThan(0);
            for (const issue of error.issues) {
              expect(issue.position?.line).toBeGreaterThanOrEqual(1);
              expect(issue.position?.column).toBeGreaterThanOrEqual(1);
              expect(issue.message).not.toBe('');
            }
          }
        }
      ),
      { numRuns: 150 }
    );
  });
});

describe('levenshtein, for any words', () => {
  it('is a distance: zero to itself, symmetric, within the triangle', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        (a, b, c) => {
          expect(levenshtein(a, a)).toBe(0);
          expect(levenshtein(a, b)).toBe(levenshtein(b, a));
          expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
          expect(levenshtein(a, b)).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
        }
      )
    );
  });
});
