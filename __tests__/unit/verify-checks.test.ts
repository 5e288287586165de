import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FactMapError,
  lookupFact,
  parseFactMap,
  readFactMap,
  type FactMap
} from '../../src/facts/fact-map.js';
import { loadChecks, type Check } from '../../src/verify/checks.js';
import { ConfigError } from '../../src/config/yaml-source.js';
import { REPO } from '../support/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'verify-checks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'ca.crt'), 'not read here\n');

const SECRET = 'hunter2-do-not-print';
const OUTPUTS = JSON.stringify({
  cluster_gateway_public_address: { sensitive: false, type: 'string', value: '203.0.113.10' },
  env_gateway_public_addresses: {
    sensitive: false,
    type: ['object', {}],
    value: { dev: '203.0.113.10', prod: '203.0.113.20' }
  },
  https_port: { sensitive: false, type: 'number', value: 8443 },
  zones: { sensitive: false, type: ['list', 'string'], value: ['dev.example.test'] },
  admin_password: { sensitive: true, type: 'string', value: SECRET }
});
const facts = parseFactMap('outputs.json', OUTPUTS);

function load(text: string, factMap: FactMap | null = facts): Check[] {
  return loadChecks({ file: 'checks.yaml', text, facts: factMap ?? undefined, workspace: dir });
}

/** The messages of the ConfigError a text gives, each as `file:line:column: path: message`. */
function problems(text: string, factMap: FactMap | null = facts): string[] {
  try {
    load(text, factMap);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message.split('\n');
  }
  throw new Error('the checks were accepted');
}

describe('loadChecks', () => {
  it('reads every kind, fills the defaults and derives the names', () => {
    const checks = load(`
checks:
  - kind: dns
    host: checkout.dev.example.test
    expect: ['\${facts.cluster_gateway_public_address}']
  - kind: dns
    host: '*.dev.example.test'
    type: AAAA
    timeout: 2m
  - kind: tcp
    host: 10.0.0.1
    port: \${facts.https_port}
  - kind: tls
    host: checkout.dev.example.test
    ca: ca.crt
    min-days-left: 14
  - kind: tls
    host: '::1'
    port: 8443
    server-name: checkout.dev.example.test
  - kind: http
    url: https://checkout.dev.example.test:\${facts.https_port}/healthz
    resolve: \${facts.env_gateway_public_addresses.dev}
    status: [200, 204]
    body-matches: 'ok|ready'
    request-timeout: 5s
  - name: gateway
    kind: invariant
    left: \${facts.cluster_gateway_public_address}
    right: { dns: '*.\${facts.zones.0}' }
  - kind: invariant
    left: \${facts.https_port}
    right: '8443'
`);
    expect(checks).toEqual([
      {
        kind: 'dns',
        name: 'dns checkout.dev.example.test A',
        timeoutMs: undefined,
        host: 'checkout.dev.example.test',
        type: 'A',
        expect: ['203.0.113.10']
      },
      {
        kind: 'dns',
        name: 'dns *.dev.example.test AAAA',
        timeoutMs: 120_000,
        host: '*.dev.example.test',
        type: 'AAAA',
        expect: undefined
      },
      {
        kind: 'tcp',
        name: 'tcp 10.0.0.1:8443',
        timeoutMs: undefined,
        host: '10.0.0.1',
        port: 8443
      },
      {
        kind: 'tls',
        name: 'tls checkout.dev.example.test:443',
        timeoutMs: undefined,
        host: 'checkout.dev.example.test',
        port: 443,
        serverName: 'checkout.dev.example.test',
        ca: join(dir, 'ca.crt'),
        minDaysLeft: 14
      },
      {
        kind: 'tls',
        name: 'tls checkout.dev.example.test at [::1]:8443',
        timeoutMs: undefined,
        host: '::1',
        port: 8443,
        serverName: 'checkout.dev.example.test',
        ca: undefined,
        minDaysLeft: 0
      },
      {
        kind: 'http',
        name: 'http https://checkout.dev.example.test:8443/healthz at 203.0.113.10',
        timeoutMs: undefined,
        url: 'https://checkout.dev.example.test:8443/healthz',
        resolve: '203.0.113.10',
        status: [200, 204],
        bodyContains: undefined,
        bodyMatches: 'ok|ready',
        ca: undefined,
        requestTimeoutMs: 5_000
      },
      {
        kind: 'invariant',
        name: 'gateway',
        timeoutMs: undefined,
        left: '203.0.113.10',
        right: { dns: { host: '*.dev.example.test', type: 'A' } },
        written: {
          left: '${facts.cluster_gateway_public_address}',
          right: 'dns *.${facts.zones.0}'
        }
      },
      {
        kind: 'invariant',
        name: 'invariant ${facts.https_port} = 8443',
        timeoutMs: undefined,
        left: '8443',
        right: { value: '8443' },
        written: { left: '${facts.https_port}', right: '8443' }
      }
    ]);
  });

  it('reads a list at the root as well as a `checks` list', () => {
    expect(load('- {kind: tcp, host: localhost, port: 22}')).toHaveLength(1);
  });

  it.each([
    [
      'malformed YAML, with its line',
      '- kind: tcp\n  host: [unclosed\n',
      /^checks\.yaml:3:1: \(root\): not valid YAML: /
    ],
    [
      'an unknown check kind',
      '- kind: tcp\n  host: a\n  port: 1\n- kind: ping\n  host: b\n',
      'checks.yaml:4:9: checks[1].kind: unknown check kind "ping": expected one of dns, tcp, tls, http, invariant'
    ],
    [
      'a check without a kind',
      '- host: b\n',
      'checks.yaml:1:3: checks[0].kind: missing: every check has a kind, one of dns, tcp, tls, http, invariant'
    ],
    [
      'a check that is not a mapping',
      '- tcp\n',
      'checks.yaml:1:3: checks[0]: expected a check: a mapping with a `kind`'
    ],
    [
      'a port out of range',
      'checks:\n  - kind: tcp\n    host: a\n    port: 70000\n',
      'checks.yaml:4:11: checks[0].port: expected a port number from 1 to 65535'
    ],
    [
      'a misspelt key',
      '- kind: tls\n  host: a\n  min-day-left: 3\n',
      'checks.yaml:3:3: checks[0].min-day-left: unknown key for a tls check: expected kind, name, timeout, host, port, server-name, ca, min-days-left'
    ],
    [
      'a missing field',
      '- kind: http\n',
      'checks.yaml:1:3: checks[0].url: expected an http:// or https:// URL'
    ],
    [
      'a URL of another scheme',
      '- kind: http\n  url: ftp://example.test/\n',
      'checks.yaml:2:8: checks[0].url: expected an http:// or https:// URL'
    ],
    [
      'a pinned address that is a name',
      '- kind: http\n  url: http://a.test/\n  resolve: gateway.test\n',
      'checks.yaml:3:12: checks[0].resolve: expected an IPv4 or IPv6 address'
    ],
    [
      'a bad regular expression',
      '- kind: http\n  url: http://a.test/\n  body-matches: "(open"\n',
      /^checks\.yaml:3:17: checks\[0\]\.body-matches: expected a regular expression: Invalid regular expression/
    ],
    [
      'a bad timeout',
      '- kind: tcp\n  host: a\n  port: 1\n  timeout: soon\n',
      'checks.yaml:4:12: checks[0].timeout: expected a duration such as 30s, 5m or 1h30m, more than zero'
    ],
    [
      'a record type it does not check',
      '- kind: dns\n  host: a.test\n  type: MX\n',
      'checks.yaml:3:9: checks[0].type: expected one of A, AAAA, CNAME'
    ],
    [
      'a CA file that does not exist',
      '- kind: tls\n  host: a.test\n  ca: missing.crt\n',
      `checks.yaml:3:7: checks[0].ca: no such file (${join(dir, 'missing.crt')}): expected a CA certificate`
    ],
    [
      'two checks of one name',
      '- {kind: tcp, host: a, port: 1}\n- {name: tcp a:1, kind: tcp, host: b, port: 2}\n',
      `checks.yaml:2:10: checks[1].name: the name "tcp a:1" is also check 1's: names must be unique (the report is keyed by them)`
    ],
    ['no checks', 'checks: []\n', 'checks.yaml:1:9: checks: no checks: expected at least one'],
    [
      'a document that is no list',
      'kind: tcp\n',
      'checks.yaml:1:1: (root): expected a list of checks, or a mapping with a list under `checks`'
    ]
  ])('rejects %s, saying where', (_what, text, expected) => {
    const found = problems(text);
    if (typeof expected === 'string') expect(found).toEqual([expected]);
    else expect(found[0]).toMatch(expected);
  });

  it('reports every problem of every check at once', () => {
    expect(problems('- kind: tcp\n  host: a\n- kind: tls\n  host: "a b"\n- kind: nope\n')).toEqual([
      'checks.yaml:1:3: checks[0].port: expected a port number from 1 to 65535',
      'checks.yaml:4:9: checks[1].host: expected a host name or an address, without spaces or a scheme',
      'checks.yaml:5:9: checks[2].kind: unknown check kind "nope": expected one of dns, tcp, tls, http, invariant'
    ]);
  });

  it.each([
    [
      'an unknown fact, naming the check and the reference',
      "- name: gw\n  kind: dns\n  host: a.test\n  expect: ['${facts.gateway_address}']\n",
      "checks.yaml:4:12: checks[0].expect[0]: check 'gw': ${facts.gateway_address} is not in outputs.json: no fact 'gateway_address'"
    ],
    [
      'a path that goes past a fact',
      '- kind: invariant\n  left: ${facts.env_gateway_public_addresses.qa}\n  right: x\n',
      "checks.yaml:2:9: checks[0].left: check 1: ${facts.env_gateway_public_addresses.qa} is not in outputs.json: no fact 'env_gateway_public_addresses.qa'"
    ],
    [
      'a sensitive output, without its value',
      '- kind: invariant\n  left: ${facts.admin_password}\n  right: x\n',
      "checks.yaml:2:9: checks[0].left: check 1: ${facts.admin_password} refers to the sensitive output 'admin_password' of outputs.json: a sensitive value is never used in a check, as it would be printed"
    ],
    [
      'a reference to something other than facts',
      '- kind: tcp\n  host: ${env.HOST}\n  port: 1\n',
      'checks.yaml:2:9: checks[0].host: check 1: ${env.HOST} is not a reference to a fact: write ${facts.NAME}'
    ],
    [
      'a mapping inside a text',
      '- kind: http\n  url: http://${facts.env_gateway_public_addresses}/\n',
      'checks.yaml:2:8: checks[0].url: check 1: ${facts.env_gateway_public_addresses} is a mapping: only a single value can be part of a text'
    ]
  ])('rejects %s', (_what, text, expected) => {
    const found = problems(text);
    expect(found).toEqual([expected]);
    expect(found.join('\n')).not.toContain(SECRET);
  });

  it('rejects a reference when no facts file was given', () => {
    expect(problems('- {kind: tcp, host: "${facts.host}", port: 1}\n', null)).toEqual([
      'checks.yaml:1:21: checks[0].host: check 1: ${facts.host} refers to a fact, but no facts-file was given'
    ]);
  });

  it('rejects an alias to no anchor as YAML, not with a crash', () => {
    expect(problems('*-')).toEqual([
      'checks.yaml:1:1: (root): not valid YAML: Unresolved alias (the anchor must be set before the alias): -'
    ]);
  });

  it('answers any text with checks or a ConfigError, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          load(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as ConfigError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 }
    );
  });
});

describe('the facts map', () => {
  it('reads the engine outputs, leaving the sensitive ones out', () => {
    expect(facts.shape).toBe('engine-outputs');
    expect(Object.keys(facts.values)).not.toContain('admin_password');
    expect(JSON.stringify(facts.values)).not.toContain(SECRET);
    expect([...facts.sensitive]).toEqual(['admin_password']);
  });

  it('reads a plain mapping of facts, provenance and all, as it is', () => {
    const plain = parseFactMap(
      'facts.yaml',
      [
        'cluster_name: acme-dev-euw1-payments',
        'cluster_gateway_public_address: 203.0.113.10',
        'env_gateway_public_addresses:',
        '  dev: 203.0.113.10',
        'provenance:',
        '  commit: 0123abcd',
        '  run: 42',
        ''
      ].join('\n')
    );
    expect(plain.shape).toBe('mapping');
    expect(lookupFact(plain, 'provenance.run')).toEqual({ found: true, value: 42 });
    expect(lookupFact(plain, 'env_gateway_public_addresses.dev')).toEqual({
      found: true,
      value: '203.0.113.10'
    });
  });

  it('reads the facts.yaml publish-runtime-facts writes: its facts at the top, provenance beside', () => {
    const text = readFileSync(
      join(REPO, '__tests__', 'fixtures', 'golden', 'publish-runtime-facts', 'aws-facts.yaml'),
      'utf8'
    );
    const published = parseFactMap('aws/prod/facts.yaml', text);
    expect(published.shape).toBe('published');
    expect(lookupFact(published, 'cluster_gateway_public_address')).toEqual({
      found: true,
      value: '203.0.113.1'
    });
    expect(lookupFact(published, 'env_gateway_public_addresses.staging')).toEqual({
      found: true,
      value: '203.0.113.20'
    });
    expect(lookupFact(published, 'provenance.stack')).toEqual({ found: true, value: 'aws-prod' });
    expect(lookupFact(published, 'facts.cluster_name')).toEqual({
      found: false,
      reason: 'missing',
      at: 'facts'
    });
  });

  it.each([
    ['zones.0', { found: true, value: 'dev.example.test' }],
    ['zones.1', { found: false, reason: 'missing', at: 'zones.1' }],
    ['https_port.x', { found: false, reason: 'missing', at: 'https_port.x' }],
    ['admin_password', { found: false, reason: 'sensitive', at: 'admin_password' }],
    ['toString', { found: false, reason: 'missing', at: 'toString' }]
  ])('looks up %s', (path, expected) => {
    expect(lookupFact(facts, path)).toEqual(expected);
  });

  it.each([
    [
      'not YAML',
      '{"a": [1,',
      /^The facts file cannot be read:\n {2}f:1:\d+: \(root\): not valid YAML/
    ],
    ['a list', '[1, 2]', /expected a mapping of facts by name, or the engine outputs by name/]
  ])('rejects a file that is %s', (_what, text, message) => {
    expect(() => parseFactMap('f', text)).toThrow(FactMapError);
    expect(() => parseFactMap('f', text)).toThrow(message);
  });

  it('says when the file is missing, calling it as the workspace shows it', () => {
    expect(() => readFactMap(join(dir, 'nope.json'), 'nope.json')).toThrow(
      "The facts file cannot be read:\n  nope.json: (root): the file is missing: expected tf-apply's outputs-path or a published facts.yaml"
    );
  });
});
