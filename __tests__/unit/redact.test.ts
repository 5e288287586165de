import { describe, expect, it } from '@jest/globals';
import {
  maskSensitive,
  REDACTED,
  redactOutputs,
  redactPlanJson,
  sensitiveStrings
} from '../../src/terraform/redact.js';

const CANARY = 'canary-5f0c2b7e';

describe('maskSensitive', () => {
  it.each([
    ['a whole value', 'x', true, REDACTED],
    ['nothing', 'x', false, 'x'],
    ['one key', { a: 1, b: 2 }, { b: true }, { a: 1, b: REDACTED }],
    ['an array item', ['a', 'b'], [false, true], ['a', REDACTED]],
    ['a nested key', { a: { b: 's', c: 'p' } }, { a: { b: true } }, { a: { b: REDACTED, c: 'p' } }]
  ])('masks %s', (_name, value, mask, expected) => {
    expect(maskSensitive(value, mask)).toEqual(expected);
  });
});

describe('redactPlanJson', () => {
  const plan = {
    format_version: '1.2',
    variables: { password: { value: CANARY }, region: { value: 'eu' } },
    configuration: {
      root_module: {
        variables: { password: { sensitive: true, default: CANARY }, region: { default: 'eu' } },
        outputs: { literal: { sensitive: true, expression: { constant_value: CANARY } } },
        module_calls: {
          db: {
            expressions: { secret: { constant_value: CANARY }, size: { constant_value: 'small' } },
            module: { variables: { secret: { sensitive: true }, size: {} } }
          }
        }
      }
    },
    // a value derived from the secret that no mask covers, e.g. in a check's message
    checks: [{ message: `failed for ${CANARY}` }],
    resource_changes: [
      {
        address: 'terraform_data.db',
        change: {
          actions: ['create'],
          before: null,
          after: { input: { user: 'admin', password: CANARY } },
          after_sensitive: { input: { password: true } }
        }
      }
    ],
    output_changes: { secret: { actions: ['create'], after: CANARY, after_sensitive: true } },
    planned_values: {
      outputs: { secret: { sensitive: true, value: CANARY } },
      root_module: {
        resources: [
          {
            address: 'terraform_data.db',
            values: { input: { password: CANARY } },
            sensitive_values: { input: { password: true } }
          }
        ],
        child_modules: [
          { resources: [{ values: { token: CANARY }, sensitive_values: { token: true } }] }
        ]
      }
    },
    prior_state: { values: { outputs: { secret: { sensitive: true, value: CANARY } } } }
  };

  it('leaves no sensitive value anywhere and keeps the rest', () => {
    const text = JSON.stringify(redactPlanJson(plan));
    expect(text).not.toContain(CANARY);
    expect(text).toContain('"user":"admin"');
    expect(text).toContain('"region":{"value":"eu"}');
    expect(text).toContain('"size":{"constant_value":"small"}');
    expect(text).toContain('"region":{"default":"eu"}');
  });

  it('does not change the plan it was given', () => {
    redactPlanJson(plan);
    expect(JSON.stringify(plan)).toContain(CANARY);
  });
});

describe('outputs', () => {
  const outputs = {
    url: { sensitive: false, value: 'https://x' },
    token: { sensitive: true, value: CANARY },
    creds: { sensitive: true, value: { user: 'u-1234', pass: 'p-5678', port: 5432, db: 7 } }
  };

  it('replaces sensitive outputs by (sensitive)', () => {
    expect(redactOutputs(outputs)).toEqual({ url: 'https://x', token: REDACTED, creds: REDACTED });
  });

  it('lists every leaf of a sensitive output to mask, numbers of four characters or more too', () => {
    const strings = sensitiveStrings(outputs);
    expect(strings).toEqual(expect.arrayContaining([CANARY, 'u-1234', 'p-5678', '5432']));
    // A one-digit number masked would turn every 7 of the log into ***.
    expect(strings).not.toContain('7');
    expect(strings).not.toContain('https://x');
  });
});
