import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLog } from '../../src/common/log.js';
import { loadChecks } from '../../src/verify/checks.js';
import { readFactMap } from '../../src/facts/fact-map.js';
import { systemClock, type GateReport } from '../../src/verify/gates.js';
import {
  runVerifyGates,
  writeFileAtomically,
  type VerifyGatesSettings
} from '../../src/verify/job.js';
import { createProbe, queryDns } from '../../src/verify/probes.js';
import { startDnsServer } from '../support/dns-server.js';
import { startHttpServer } from '../support/web-servers.js';
import {
  LAB_GATEWAY,
  LAB_HOST,
  LAB_LATE_AFTER,
  LAB_SECRET,
  startGateLab,
  type GateLab
} from '../support/gate-lab.js';

/**
 * The probes against real servers on loopback: a DNS server, HTTPS servers with certificates from
 * a CA made for the run (valid, expired, wrong name), HTTP servers, a closed port and a service
 * that is ready only after a few attempts.
 */
const root = mkdtempSync(join(tmpdir(), 'verify-gates-it-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function settings(lab: GateLab, checksFile: string, reportName: string): VerifyGatesSettings {
  return {
    checks: { file: checksFile, text: readFileSync(checksFile, 'utf8') },
    factsFile: lab.factsFile,
    timeoutMs: 3_000,
    intervalMs: 100,
    dnsServer: lab.dns.address,
    concurrency: 4,
    reportPath: join(lab.dir, reportName),
    workspace: lab.dir
  };
}

const byName = (report: GateReport) => new Map(report.checks.map((c) => [c.name, c]));

describe('verify-gates against loopback servers', () => {
  let lab: GateLab;
  beforeAll(async () => {
    lab = await startGateLab(join(root, 'lab'));
  });
  afterAll(() => lab.stop());

  it('passes every check of a healthy environment, retrying the late ones', async () => {
    const log = memoryLog();
    const result = await runVerifyGates(settings(lab, lab.passingChecksFile, 'pass.json'), {
      log,
      probe: createProbe({ dnsServer: lab.dns.address }),
      clock: systemClock
    });
    const { report } = result;
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(report.result).toBe('passed');
    expect(report.checks).toHaveLength(11);
    const checks = byName(report);
    expect(checks.get('a service still starting')?.attempts).toBe(LAB_LATE_AFTER + 1);
    expect(checks.get('a record still propagating')?.attempts).toBe(LAB_LATE_AFTER + 1);
    expect(checks.get(`dns ${LAB_HOST} A`)).toMatchObject({
      attempts: 1,
      seen: `A ${LAB_GATEWAY}`
    });
    expect(checks.get(`dns www.dev.example.test CNAME`)?.seen).toBe(`CNAME ${LAB_HOST}`);
    expect(checks.get('any name under dev.example.test reaches the gateway')?.seen).toMatch(
      /^A 127\.0\.0\.2 for gates-[0-9a-f]{10}\.dev\.example\.test$/
    );
    expect(checks.get(`tls ${LAB_HOST}:${lab.valid.port}`)?.seen).toMatch(
      /^subject CN=checkout\.dev\.example\.test; SAN DNS:checkout\.dev\.example\.test, IP Address:127\.0\.0\.2; issuer CN=verify-gates test CA; not after .* \((88|89) days left\)$/
    );
    expect(lab.late.requests).toHaveLength(LAB_LATE_AFTER + 1);
    expect(JSON.parse(readFileSync(result.reportPath, 'utf8'))).toEqual(report);
    expect(log.lines.join('\n')).not.toContain(LAB_SECRET);
  });

  it('fails each broken check with what was expected and what was seen', async () => {
    const result = await runVerifyGates(
      { ...settings(lab, lab.failingChecksFile, 'fail.json'), timeoutMs: 2_000, intervalMs: 200 },
      { log: memoryLog(), probe: createProbe({ dnsServer: lab.dns.address }), clock: systemClock }
    );
    const { report } = result;
    expect(report.result).toBe('failed');
    expect(report.checks.filter((c) => c.passed)).toEqual([]);
    const checks = byName(report);
    const seen = (name: string) => checks.get(name)?.seen;
    expect(seen('a name nobody published')).toBe('NXDOMAIN (ENOTFOUND)');
    expect(checks.get('wrong address')).toMatchObject({
      expected: 'A 127.0.0.99',
      seen: `A ${LAB_GATEWAY}`
    });
    expect(seen('closed port')).toContain('ECONNREFUSED');
    expect(seen('expired certificate')).toMatch(
      /^CERT_HAS_EXPIRED; -36[56] days left: subject CN=expired\.dev\.example\.test; .*not after /
    );
    expect(seen('certificate for another name')).toMatch(
      /^not valid for checkout\.dev\.example\.test: subject CN=other\.example\.test; SAN DNS:other\.example\.test;/
    );
    expect(checks.get('not enough days left')).toMatchObject({
      expected: `a certificate for ${LAB_HOST} chaining to ca.crt, 365 or more days left`
    });
    expect(seen('not enough days left')).toMatch(/^(88|89) days left: /);
    expect(seen('unexpected body')).toBe(
      'body does not contain "checkout": status 200; body {"status":"ok"}'
    );
    expect(checks.get('prod gateway is not where dev points')).toMatchObject({
      expected:
        'dns *.dev.example.test equals ${facts.env_gateway_public_addresses.prod} (127.0.0.9)'
    });
    // Every failure was retried until its time was up: 2 s at 200 ms intervals.
    for (const check of report.checks) expect(check.attempts).toBeGreaterThanOrEqual(2);
  });

  it('says a certificate does not chain to the system CAs when no CA is given', async () => {
    const [check] = loadChecks({
      file: 'checks.yaml',
      text: `- {kind: tls, host: ${LAB_GATEWAY}, port: ${lab.valid.port}, server-name: ${LAB_HOST}}`,
      facts: readFactMap(lab.factsFile),
      workspace: lab.dir
    });
    const outcome = await createProbe({ dnsServer: undefined })(check!, { timeoutMs: 2_000 });
    expect(outcome.ok).toBe(false);
    expect(outcome.seen).toMatch(/^UNABLE_TO_VERIFY_LEAF_SIGNATURE: subject CN=checkout/);
    expect(outcome.expected).toContain('chaining to the system CAs');
  });

  it('says when a DNS server does not answer in time', async () => {
    // A server that reads questions and never answers: the attempt ends at its timeout.
    const { createSocket } = await import('node:dgram');
    const mute = createSocket('udp4');
    await new Promise<void>((resolve) => mute.bind(0, '127.0.0.8', resolve));
    try {
      const started = Date.now();
      const answer = await queryDns(
        { host: LAB_HOST, type: 'A' },
        { dnsServer: `127.0.0.8:${mute.address().port}` },
        300
      );
      expect(answer).toEqual({ ok: false, name: LAB_HOST, error: 'no answer in time (ETIMEOUT)' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      mute.close();
    }
  });

  it('writes no report when the checks are bad', async () => {
    const path = join(lab.dir, 'never.json');
    await expect(
      runVerifyGates(
        {
          ...settings(lab, lab.passingChecksFile, 'never.json'),
          checks: { file: 'bad.yaml', text: '- kind: ping\n  host: x\n' }
        },
        { log: memoryLog(), probe: createProbe({ dnsServer: lab.dns.address }), clock: systemClock }
      )
    ).rejects.toThrow('bad.yaml:1:9: checks[0].kind: unknown check kind "ping"');
    expect(existsSync(path)).toBe(false);
  });
});

describe('without a DNS server of its own', () => {
  it('resolves a host name through the system, as the default dns-server does', async () => {
    const server = await startHttpServer({ host: '127.0.0.1' });
    try {
      const [check] = loadChecks({
        file: 'checks.yaml',
        text: `- {kind: tcp, host: localhost, port: ${server.port}}`,
        facts: undefined,
        workspace: root
      });
      expect(await createProbe({ dnsServer: undefined })(check!, { timeoutMs: 2_000 })).toEqual({
        ok: true,
        expected: `a connection to localhost port ${server.port}`,
        seen: `connected to 127.0.0.1:${server.port}`
      });
    } finally {
      await server.stop();
    }
  });

  it('says when a name does not resolve', async () => {
    const [check] = loadChecks({
      file: 'checks.yaml',
      text: '- {kind: tcp, host: no-such-host.invalid, port: 1}',
      facts: undefined,
      workspace: root
    });
    const outcome = await createProbe({ dnsServer: undefined })(check!, { timeoutMs: 2_000 });
    expect(outcome.ok).toBe(false);
    expect(outcome.seen).toMatch(/^no-such-host\.invalid does not resolve: /);
  });
});

describe('the test DNS server', () => {
  it('answers from its table, NXDOMAIN otherwise, and a late name only after N questions', async () => {
    const dns = await startDnsServer({
      host: '127.0.0.9',
      records: { 'a.test': { A: ['127.0.0.1'] }, 'late.test': { AAAA: ['::1'] } },
      lateNames: { 'late.test': 1 }
    });
    try {
      const ask = (host: string, type: 'A' | 'AAAA') =>
        queryDns({ host, type }, { dnsServer: dns.address }, 2_000);
      expect(await ask('a.test', 'A')).toEqual({
        ok: true,
        name: 'a.test',
        answers: ['127.0.0.1']
      });
      expect(await ask('b.test', 'A')).toMatchObject({ ok: false, error: 'NXDOMAIN (ENOTFOUND)' });
      expect(await ask('late.test', 'AAAA')).toMatchObject({ ok: false });
      expect(await ask('late.test', 'AAAA')).toEqual({
        ok: true,
        name: 'late.test',
        answers: ['::1']
      });
      expect(dns.queries.get('late.test')).toBe(2);
    } finally {
      await dns.stop();
    }
  });
});

describe('writeFileAtomically', () => {
  it('replaces a report whole, making its folder, and leaves no staging file', () => {
    const dir = join(root, 'atomic', 'reports');
    writeFileAtomically(join(dir, 'report.json'), 'first\n');
    writeFileAtomically(join(dir, 'report.json'), 'second\n');
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('second\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('leaves the old report and no staging file when the new one cannot be put in place', () => {
    const dir = join(root, 'atomic-fail');
    mkdirSync(join(dir, 'report.json'), { recursive: true });
    expect(() => writeFileAtomically(join(dir, 'report.json'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
