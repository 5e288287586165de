import { describe, expect, it } from '@jest/globals';
import { opaAsset } from '../../src/policy/opa.js';
import {
  opaEvalArgs,
  parseOpaOutput,
  PolicyEvaluationError,
  settingsDocument
} from '../../src/policy/evaluate.js';

const opaOutput = (value: unknown) =>
  JSON.stringify({ result: [{ expressions: [{ value, text: 'data.platform.policy' }] }] });
const violation = (rule: string, severity: 'error' | 'warning', address = 'a.b') => ({
  rule,
  severity,
  address,
  message: `${rule} at ${address}`
});

describe('parseOpaOutput', () => {
  it('orders errors before warnings, then by rule and address', () => {
    const decision = parseOpaOutput(
      opaOutput({
        result: 'failed',
        violations: [
          violation('z', 'warning'),
          violation('b', 'error', 'x.2'),
          violation('b', 'error', 'x.1'),
          violation('a', 'error')
        ]
      })
    );
    expect(decision.result).toBe('failed');
    expect(decision.violations.map((v) => `${v.severity}:${v.rule}:${v.address}`)).toEqual([
      'error:a:a.b',
      'error:b:x.1',
      'error:b:x.2',
      'warning:z:a.b'
    ]);
  });

  it('passes with warnings only', () => {
    expect(
      parseOpaOutput(opaOutput({ result: 'passed', violations: [violation('w', 'warning')] }))
        .result
    ).toBe('passed');
  });

  it.each([
    ['no JSON', 'oops', /OPA printed no JSON/],
    ['an undefined policy', JSON.stringify({ result: [] }), /defines no data\.platform\.policy/],
    ['no result field', JSON.stringify({}), /defines no data\.platform\.policy/],
    [
      'a result that is neither passed nor failed',
      opaOutput({ result: 'ok', violations: [] }),
      /data\.platform\.policy\.result/
    ],
    [
      'a violation without a message',
      opaOutput({ result: 'failed', violations: [{ rule: 'r', severity: 'error', address: 'a' }] }),
      /violations\.0\.message/
    ],
    [
      'an unknown severity',
      opaOutput({
        result: 'failed',
        violations: [{ ...violation('r', 'error'), severity: 'fatal' }]
      }),
      /severity/
    ],
    [
      'a verdict that contradicts its violations',
      opaOutput({ result: 'passed', violations: [violation('r', 'error')] }),
      /disagrees/
    ]
  ])('fails closed on %s', (_name, stdout, message) => {
    expect(() => parseOpaOutput(stdout)).toThrow(PolicyEvaluationError);
    expect(() => parseOpaOutput(stdout)).toThrow(message);
  });
});

describe('settingsDocument', () => {
  it.each([
    [{ max_deletions: 3 }, { platform: { max_deletions: 3, environment: 'production' } }],
    [
      { platform: { max_deletions: 3 } },
      { platform: { max_deletions: 3, environment: 'production' } }
    ],
    [undefined, { platform: { environment: 'production' } }],
    [{ environment: 'dev' }, { platform: { environment: 'production' } }]
  ])('puts %j under platform with the environment input', (settings, expected) => {
    expect(settingsDocument(settings, 'production')).toEqual(expected);
  });
});

describe('opa eval and release assets', () => {
  it('builds the eval argument vector', () => {
    expect(opaEvalArgs({ policyDir: 'p', dataFile: 'd.json', inputFile: 'plan.json' })).toEqual([
      'eval',
      '--format',
      'json',
      '--ignore',
      '*_test.rego',
      '--data',
      'p',
      '--data',
      'd.json',
      '--input',
      'plan.json',
      'data.platform.policy'
    ]);
  });
  it.each([
    ['linux', 'x64', 'opa_linux_amd64_static'],
    ['darwin', 'arm64', 'opa_darwin_arm64_static'],
    ['win32', 'x64', 'opa_windows_amd64.exe']
  ])('names the %s/%s binary and its .sha256 as OPA publishes them', (platform, arch, name) => {
    expect(opaAsset('1.22.2', platform, arch)).toEqual({
      archiveName: name,
      archiveUrl: `https://github.com/open-policy-agent/opa/releases/download/v1.22.2/${name}`,
      sumsUrl: `https://github.com/open-policy-agent/opa/releases/download/v1.22.2/${name}.sha256`,
      kind: 'binary'
    });
  });
});
