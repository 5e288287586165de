import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  backendConfigSecrets,
  maskForms,
  redactAssignment,
  redactKnownSecrets,
  redactQuotedSecrets,
  redactUrlCredentials,
  urlCredentials
} from '../../src/common/secrets.js';
import { secretBuildArgs } from '../../src/image/build-args.js';
import { backendConfigEntries } from '../../src/terraform/backend.js';
import { EngineCommandError } from '../../src/terraform/diagnostics.js';
import { planSecrets, REDACTED, redactPlanJson } from '../../src/terraform/redact.js';
import { renderGateSummary, renderReportJson, type GateReport } from '../../src/verify/gates.js';

const CANARY = 'canary-7Qz"\'é✓';

describe('redactUrlCredentials', () => {
  it.each([
    ['http://user:pass@db.example/x', 'http://user:***@db.example/x'],
    [
      'conn_str=postgres://app:s3cr%40t@127.0.0.1:5432/db',
      'conn_str=postgres://app:***@127.0.0.1:5432/db'
    ],
    ['https://ghp_token@github.com/a/b.git', 'https://***@github.com/a/b.git'],
    [
      'see https://a:b@x.example and http://c:d@y.example',
      'see https://a:***@x.example and http://c:***@y.example'
    ],
    ['https://argocd.example/api', 'https://argocd.example/api'],
    ['mail me: ops@example.com', 'mail me: ops@example.com']
  ])('%s → %s', (text, expected) => {
    expect(redactUrlCredentials(text)).toBe(expected);
  });

  it('never leaves a password of any URL (property)', () => {
    const password = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((p) => !/[\s/?#@'"`<>]/.test(p));
    fc.assert(
      fc.property(
        fc.constantFrom('http', 'https', 'postgres', 'git+ssh'),
        password,
        (scheme, pass) => {
          const out = redactUrlCredentials(`x ${scheme}://user:${pass}@host.example/p y`);
          expect(out).toBe(`x ${scheme}://user:***@host.example/p y`);
        }
      )
    );
  });

  it('gives the credentials for the runner to mask, decoded too', () => {
    expect(urlCredentials('postgres://app:s3cr%40t@h/db')).toEqual(['s3cr%40t', 's3cr@t']);
  });
});

describe('backend-config lines', () => {
  it.each([
    ['conn_str=postgres://user:pass@127.0.0.1/db', 'conn_str=***'],
    ['secret_key=AKIA/secret', 'secret_key=***'],
    ['access_key=AKIAEXAMPLE', 'access_key=***'],
    ['sas_token=sv=2020&sig=abc', 'sas_token=***'],
    ['db_password = "hunter2"', 'db_password = ***'],
    ['-backend-config=token=abc', '-backend-config=token=***'],
    ['my_api_key=abc', 'my_api_key=***'],
    ['bucket=tf-state', 'bucket=tf-state'],
    ['address=http://u:p@consul:8500', 'address=http://u:***@consul:8500']
  ])('%s is printed as %s', (line, shown) => {
    expect(redactAssignment(line)).toBe(shown);
  });

  it('names the secrets to mask before the engine runs', () => {
    expect(
      backendConfigSecrets(['bucket=b', 'secret_key=sk-1', 'address=http://u:pw-2@h'])
    ).toEqual(['sk-1', 'pw-2']);
  });

  it('keeps a credential out of the error of a bad line', () => {
    const run = () =>
      backendConfigEntries({
        lines: ['conn_str=postgres://u:hunter2@h/db', 'password='],
        stateKey: '',
        workingDirectory: '/',
        backendType: 'pg'
      });
    expect(run).toThrow(/gives 'password' no value/);
    const bad = () =>
      backendConfigEntries({
        lines: ['password hunter2 postgres://u:hunter2@h'],
        stateKey: '',
        workingDirectory: '/',
        backendType: 'pg'
      });
    expect(bad).toThrow(/line 1 is neither key=value/);
    expect(bad).not.toThrow(/hunter2/);
  });

  it('hides tfvars lines an engine diagnostic quotes', () => {
    const diagnostic = [
      'Error: Invalid value for variable',
      '  on secrets.tfvars line 2:',
      '   2: db_password = "hunter2"',
      '   3: endpoint = "postgres://app:hunter2@db/x"'
    ].join('\n');
    const error = new EngineCommandError('tofu plan', 1, diagnostic);
    expect(error.message).not.toContain('hunter2');
    expect(redactQuotedSecrets(diagnostic)).toContain('db_password = ***');
  });
});

describe('redactKnownSecrets and maskForms', () => {
  it('takes out each line of a multi-line secret and numbers only as whole numbers', () => {
    const text =
      'key: <<EOT\n  -----BEGIN KEY-----\n  AAAAsecretbody\n  -----END KEY-----\nEOT\npin 918273 in 2918273';
    const secrets = ['-----BEGIN KEY-----\nAAAAsecretbody\n-----END KEY-----', '918273'];
    const out = redactKnownSecrets(text, secrets);
    expect(out).not.toContain('AAAAsecretbody');
    expect(out).toContain('pin (sensitive) in 2918273');
    expect(maskForms('line-one\nline-two\nx')).toEqual([
      'line-one\nline-two\nx',
      'line-one\\nline-two\\nx',
      'line-one',
      'line-two'
    ]);
  });

  it('masks a secret as the engine quotes it too', () => {
    expect(maskForms('pa"ss\\word')).toEqual(['pa"ss\\word', 'pa\\"ss\\\\word']);
    expect(redactKnownSecrets('value = "pa\\"ss"', ['pa"ss'])).toBe('value = "(sensitive)"');
  });

  it('removes any secret with quotes, unicode and newlines from any text around it (property)', () => {
    const secret = fc
      .string({ minLength: 4, maxLength: 16, unit: 'grapheme' })
      .filter((s) => s.trim().length >= 4 && !/[\r\n]/.test(s));
    fc.assert(
      fc.property(fc.string(), secret, fc.string(), (before, s, after) => {
        fc.pre(!`${before}${after}`.includes('(sensitive)'));
        expect(redactKnownSecrets(`${before}${s}${after}`, [s])).not.toContain(s);
      })
    );
  });
});

/**
 * Regression of issue 12, class 2: the second plan of a stack, after an apply. The engine marks the
 * resource's input sensitive, not the value derived from it, and the secret is a number.
 */
const secondPlan = {
  format_version: '1.2',
  prior_state: {
    values: {
      root_module: {
        resources: [
          {
            address: 'terraform_data.db',
            values: {
              input: { pin: 918273, note: `x\n${CANARY}\ny` },
              output: { pin: 918273, note: `x\n${CANARY}\ny` },
              triggers_replace: 'v1'
            },
            sensitive_values: { input: true, output: {} }
          }
        ]
      }
    }
  },
  resource_changes: [
    {
      address: 'terraform_data.db',
      change: {
        actions: ['update'],
        before: {
          input: { pin: 918273, note: `x\n${CANARY}\ny` },
          output: { pin: 918273, note: `x\n${CANARY}\ny` },
          triggers_replace: 'v1'
        },
        after: { input: { pin: 918273, note: `x\n${CANARY}\ny` }, triggers_replace: 'v2' },
        before_sensitive: { input: true, output: {} },
        after_sensitive: { input: true }
      }
    }
  ],
  planned_values: { root_module: { resources: [] } }
};

describe('plan JSON: derived values, numbers and multi-line values', () => {
  it('redacts the derived copy on before and in prior state, and the number, everywhere', () => {
    const text = JSON.stringify(redactPlanJson(secondPlan));
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('918273');
    expect(text).toContain('v2');
    const change = (redactPlanJson(secondPlan) as typeof secondPlan).resource_changes[0]?.change;
    expect(change?.before.input).toBe(REDACTED);
  });

  it('lists the values to mask from prior state as well as from the change', () => {
    const secrets = planSecrets(secondPlan);
    expect(secrets).toEqual(expect.arrayContaining(['918273', `x\n${CANARY}\ny`]));
    expect(secrets).not.toContain('v1');
  });

  it('reads a state (show -json without a plan) the same way', () => {
    expect(planSecrets({ values: secondPlan.prior_state.values })).toContain('918273');
  });
});

describe('build-args carrying a registry secret', () => {
  const token = 'ghp_registryToken123';
  it.each([
    ['equal to it', token],
    ['containing it', `https://ci:${token}@registry.example/v2`],
    ['as user:token', `ci:${token}`],
    ['URL-encoded', encodeURIComponent('p@ss/word!')],
    ['in base64', Buffer.from(token).toString('base64')]
  ])('refuses a value %s', (_how, value) => {
    const secrets = [token, 'p@ss/word!'];
    expect(secretBuildArgs([{ name: 'MIRROR', value }], secrets)).toEqual(['MIRROR']);
  });

  it('lets a value without the secret through', () => {
    expect(secretBuildArgs([{ name: 'VERSION', value: '1.2.3' }], [token])).toEqual([]);
  });
});

describe('credentials of a verify-gates check URL', () => {
  const report = {
    result: 'failed',
    passed: 0,
    failed: 1,
    timeoutMs: 1000,
    intervalMs: 100,
    durationMs: 1000,
    checks: [
      {
        name: 'http http://probe:hunter2@127.0.0.1:8080/healthz',
        kind: 'http',
        passed: false,
        attempts: 1,
        durationMs: 5,
        expected: 'status 200 from http://probe:hunter2@127.0.0.1:8080/healthz',
        seen: 'connection refused'
      }
    ]
  } as unknown as GateReport;

  it('are hidden in the report file and in the summary', () => {
    const json = renderReportJson(report);
    expect(json).not.toContain('hunter2');
    expect(json).toContain('http://probe:***@127.0.0.1:8080/healthz');
    expect(renderGateSummary(report, 'report.json')).not.toContain('hunter2');
  });
});
