import { describe, expect, it } from '@jest/globals';
import type {
  DnsCheck,
  HttpCheck,
  InvariantCheck,
  TcpCheck,
  TlsCheck
} from '../../src/verify/checks.js';
import {
  evaluateDns,
  evaluateHttp,
  evaluateInvariant,
  evaluateTcp,
  evaluateTls,
  type CertificateSeen
} from '../../src/verify/evaluate.js';

/** What each kind of check makes of an observation: no server, no clock. */
const dns = (fields: Partial<DnsCheck> = {}): DnsCheck => ({
  kind: 'dns',
  name: 'd',
  timeoutMs: undefined,
  host: 'checkout.dev.example.test',
  type: 'A',
  expect: undefined,
  ...fields
});

describe('evaluateDns', () => {
  it.each([
    [
      'any answer when nothing is expected',
      dns(),
      { ok: true as const, name: 'x', answers: ['10.0.0.1'] },
      true,
      'A 10.0.0.1'
    ],
    [
      'the expected set, in any order and case, without the root dot',
      dns({ type: 'CNAME', expect: ['B.example.test.', 'a.example.test'] }),
      { ok: true as const, name: 'x', answers: ['a.example.test', 'b.example.test'] },
      true,
      'CNAME a.example.test, b.example.test'
    ],
    [
      'one address too many',
      dns({ expect: ['10.0.0.1'] }),
      { ok: true as const, name: 'x', answers: ['10.0.0.1', '10.0.0.2'] },
      false,
      'A 10.0.0.1, 10.0.0.2'
    ],
    [
      'no answer',
      dns({ expect: ['10.0.0.1'] }),
      { ok: false as const, name: 'x', error: 'NXDOMAIN (ENOTFOUND)' },
      false,
      'NXDOMAIN (ENOTFOUND)'
    ],
    [
      'a wildcard, naming the label it asked for',
      dns({ host: '*.dev.example.test' }),
      { ok: true as const, name: 'gates-1.dev.example.test', answers: ['10.0.0.1'] },
      true,
      'A 10.0.0.1 for gates-1.dev.example.test'
    ]
  ])('%s', (_what, check, answer, ok, seen) => {
    expect(evaluateDns(check, answer)).toMatchObject({ ok, seen });
  });

  it('says what it expected', () => {
    expect(evaluateDns(dns(), { ok: false, name: 'x', error: 'e' }).expected).toBe('any A record');
    expect(
      evaluateDns(dns({ expect: ['10.0.0.2', '10.0.0.1'] }), { ok: false, name: 'x', error: 'e' })
        .expected
    ).toBe('A 10.0.0.1, 10.0.0.2');
  });
});

describe('evaluateTcp', () => {
  const tcp: TcpCheck = { kind: 'tcp', name: 't', timeoutMs: undefined, host: 'gw', port: 443 };
  it('passes on a connection and fails with the error otherwise', () => {
    expect(evaluateTcp(tcp, { ok: true, address: '10.0.0.1', port: 443 })).toEqual({
      ok: true,
      expected: 'a connection to gw port 443',
      seen: 'connected to 10.0.0.1:443'
    });
    expect(evaluateTcp(tcp, { ok: false, error: 'ECONNREFUSED' })).toMatchObject({
      ok: false,
      seen: 'ECONNREFUSED'
    });
  });
});

describe('evaluateTls', () => {
  const NOW = Date.parse('2026-11-23T12:00:00Z');
  const tls = (fields: Partial<TlsCheck> = {}): TlsCheck => ({
    kind: 'tls',
    name: 't',
    timeoutMs: undefined,
    host: 'checkout.dev.example.test',
    port: 443,
    serverName: 'checkout.dev.example.test',
    ca: '/etc/ca/root.crt',
    minDaysLeft: 14,
    ...fields
  });
  const cert = (fields: Partial<CertificateSeen> = {}): CertificateSeen => ({
    subject: { CN: 'checkout.dev.example.test' },
    issuer: { CN: 'Test CA', O: 'Acme' },
    subjectaltname: 'DNS:checkout.dev.example.test, DNS:*.dev.example.test',
    valid_to: 'Feb 21 12:00:00 2027 GMT',
    ...fields
  });
  const DETAILS =
    'subject CN=checkout.dev.example.test; SAN DNS:checkout.dev.example.test, DNS:*.dev.example.test; issuer CN=Test CA, O=Acme';

  it.each([
    [
      'a valid certificate',
      tls(),
      cert(),
      undefined,
      true,
      `${DETAILS}; not after 2027-02-21T12:00:00.000Z (90 days left)`
    ],
    [
      'a name only the wildcard covers',
      tls({ serverName: 'ledger.dev.example.test' }),
      cert(),
      undefined,
      true,
      `${DETAILS}; not after 2027-02-21T12:00:00.000Z (90 days left)`
    ],
    [
      'another name',
      tls({ serverName: 'checkout.prod.example.test' }),
      cert(),
      undefined,
      false,
      `not valid for checkout.prod.example.test: ${DETAILS}; not after 2027-02-21T12:00:00.000Z (90 days left)`
    ],
    [
      'an expired certificate, every problem named',
      tls({ serverName: 'other.example.test' }),
      cert({ valid_to: 'Nov 20 12:00:00 2026 GMT' }),
      'CERT_HAS_EXPIRED',
      false,
      `CERT_HAS_EXPIRED; not valid for other.example.test; -3 days left: ${DETAILS}; not after 2026-11-20T12:00:00.000Z (-3 days left)`
    ],
    [
      'too few days left',
      tls({ minDaysLeft: 91 }),
      cert(),
      undefined,
      false,
      `90 days left: ${DETAILS}; not after 2027-02-21T12:00:00.000Z (90 days left)`
    ],
    [
      'a chain to another CA',
      tls(),
      cert(),
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      false,
      `UNABLE_TO_VERIFY_LEAF_SIGNATURE: ${DETAILS}; not after 2027-02-21T12:00:00.000Z (90 days left)`
    ],
    [
      'an IP address in the SAN',
      tls({ host: '10.0.0.1', serverName: '10.0.0.1' }),
      cert({ subjectaltname: 'IP Address:10.0.0.1' }),
      undefined,
      true,
      'subject CN=checkout.dev.example.test; SAN IP Address:10.0.0.1; issuer CN=Test CA, O=Acme; not after 2027-02-21T12:00:00.000Z (90 days left)'
    ]
  ])('%s', (_what, check, certificate, chainError, ok, seen) => {
    expect(evaluateTls(check, { ok: true, certificate, chainError }, NOW)).toEqual({
      ok,
      expected: `a certificate for ${check.serverName} chaining to root.crt, ${check.minDaysLeft} or more days left`,
      seen
    });
  });

  it('fails with the handshake error when there was no handshake', () => {
    expect(evaluateTls(tls({ ca: undefined }), { ok: false, error: 'ECONNRESET' }, NOW)).toEqual({
      ok: false,
      expected:
        'a certificate for checkout.dev.example.test chaining to the system CAs, 14 or more days left',
      seen: 'ECONNRESET'
    });
  });
});

describe('evaluateHttp', () => {
  const http = (fields: Partial<HttpCheck> = {}): HttpCheck => ({
    kind: 'http',
    name: 'h',
    timeoutMs: undefined,
    url: 'https://checkout.dev.example.test/healthz',
    resolve: undefined,
    status: [200],
    bodyContains: undefined,
    bodyMatches: undefined,
    ca: undefined,
    requestTimeoutMs: undefined,
    ...fields
  });
  it.each([
    [
      'a status of the list',
      http({ status: [200, 204] }),
      204,
      '',
      true,
      'status 204; body (empty)'
    ],
    ['another status', http(), 503, 'starting', false, 'status 503: status 503; body starting'],
    [
      'a body with the text',
      http({ bodyContains: '"ok"' }),
      200,
      '{"status": "ok"}',
      true,
      'status 200; body {"status": "ok"}'
    ],
    [
      'a body without the text and not matching',
      http({ bodyContains: 'ready', bodyMatches: '^v\\d+' }),
      200,
      'x',
      false,
      'body does not contain "ready"; body does not match /^v\\d+/: status 200; body x'
    ],
    [
      'a long body, cut in the report',
      http(),
      200,
      `${'a'.repeat(79)}\n\n  b${'c'.repeat(50)}`,
      true,
      `status 200; body ${'a'.repeat(79)} …`
    ]
  ])('%s', (_what, check, status, body, ok, seen) => {
    expect(evaluateHttp(check, { ok: true, status, body })).toMatchObject({ ok, seen });
  });

  it('says what it expected, and fails with the request error', () => {
    expect(
      evaluateHttp(http({ status: [200, 301], bodyContains: 'ok', bodyMatches: 'v1' }), {
        ok: false,
        error: 'no response within 500 ms'
      })
    ).toEqual({
      ok: false,
      expected: 'status 200 or 301; body contains "ok"; body matches /v1/',
      seen: 'no response within 500 ms'
    });
  });
});

describe('evaluateInvariant', () => {
  const invariant = (right: InvariantCheck['right'], left = '203.0.113.10'): InvariantCheck => ({
    kind: 'invariant',
    name: 'i',
    timeoutMs: undefined,
    left,
    right,
    written: { left: '${facts.gw}', right: 'dns *.dev.example.test' }
  });
  const wildcard = { dns: { host: '*.dev.example.test', type: 'A' as const } };

  it('compares two values once, for good', () => {
    expect(evaluateInvariant(invariant({ value: '203.0.113.10' }), undefined)).toMatchObject({
      ok: true,
      final: true
    });
    expect(evaluateInvariant(invariant({ value: '203.0.113.11' }), undefined)).toEqual({
      ok: false,
      expected: 'dns *.dev.example.test equals ${facts.gw} (203.0.113.10)',
      seen: '203.0.113.11',
      final: true
    });
  });

  it.each([
    [['203.0.113.10'], true],
    [['203.0.113.10', '203.0.113.11'], false],
    [['198.51.100.7'], false]
  ])('compares with what the name resolves to: %j', (answers, ok) => {
    const outcome = evaluateInvariant(invariant(wildcard), {
      ok: true,
      name: 'gates-1.dev.example.test',
      answers
    });
    expect(outcome).toEqual({
      ok,
      expected: 'dns *.dev.example.test equals ${facts.gw} (203.0.113.10)',
      seen: `A ${answers.join(', ')} for gates-1.dev.example.test`
    });
  });

  it('compares names without case or the root dot', () => {
    const cname = { dns: { host: 'www.example.test', type: 'CNAME' as const } };
    expect(
      evaluateInvariant(invariant(cname, 'GW.example.test.'), {
        ok: true,
        name: 'www.example.test',
        answers: ['gw.example.test']
      }).ok
    ).toBe(true);
  });
});
