import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import type { GateReport } from '../../src/verify/gates.js';
import {
  LAB_GATEWAY,
  LAB_HOST,
  LAB_LATE_AFTER,
  LAB_SECRET,
  startGateLab,
  type GateLab
} from '../support/gate-lab.js';
import { REPO, tool } from '../support/tools.js';

/**
 * The bundled verify-gates action, run as a runner runs it, under this Node.js and the Node 24
 * that action.yml names, against real servers on loopback: DNS, HTTPS with a valid, an expired
 * and a wrong-name certificate, HTTP, a closed port and services that are ready only late.
 */
const runtimes: [string, () => string][] = [
  ['this Node.js', () => process.execPath],
  ['Node 24 (the runtime action.yml names)', () => tool('node24')]
];

const root = mkdtempSync(join(tmpdir(), 'verify-gates-e2e-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let labs = 0;

function run(lab: GateLab, inputs: Record<string, string>, node: string): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: join(REPO, 'actions', 'verify-gates'),
    inputs: { 'dns-server': lab.dns.address, 'facts-file': lab.factsFile, ...inputs },
    node,
    workspace: lab.dir,
    timeoutMs: 60_000
  });
}

const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as GateReport;

describe.each(runtimes)('verify-gates under %s', (_label, node) => {
  let lab: GateLab;
  beforeAll(async () => {
    lab = await startGateLab(join(root, `lab-${++labs}`));
  });
  afterAll(() => lab.stop());

  it('passes a healthy environment, with a table of the checks and a JSON report', async () => {
    const result = await run(
      lab,
      {
        'checks-file': lab.passingChecksFile,
        timeout: '5s',
        interval: '200ms',
        'report-path': 'gates/report.json'
      },
      node()
    );
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const reportPath = join(lab.dir, 'gates', 'report.json');
    expect(result.outputs).toEqual({ result: 'passed', 'report-path': reportPath, failed: '[]' });
    const report = readReport(reportPath);
    expect(report).toMatchObject({
      result: 'passed',
      passed: 11,
      failed: 0,
      timeoutMs: 5_000,
      intervalMs: 200
    });
    const attempts = Object.fromEntries(report.checks.map((c) => [c.name, c.attempts]));
    expect(attempts['a service still starting']).toBe(LAB_LATE_AFTER + 1);
    expect(attempts['a record still propagating']).toBe(LAB_LATE_AFTER + 1);
    expect(result.summary).toContain('### verify-gates: passed');
    expect(result.summary).toContain('**All 11 checks passed** in ');
    expect(result.summary).toMatch(
      new RegExp(
        `\\| ✅ \\| a service still starting \\| http \\| ${LAB_LATE_AFTER + 1} \\| \\d+ ms \\|  \\| status 200; body ok \\|`
      )
    );
    expect(result.summary).toContain('The full report: `gates/report.json` (JSON).');
    expect(result.summary.match(/\| ✅ \|/g)).toHaveLength(11);
    for (const text of [result.summary, result.log, readFileSync(reportPath, 'utf8')])
      expect(text).not.toContain(LAB_SECRET);
  });

  it('fails the step on broken checks, showing what was expected and what was seen', async () => {
    const result = await run(
      lab,
      {
        'checks-file': lab.failingChecksFile,
        timeout: '800ms',
        interval: '200ms',
        concurrency: '8'
      },
      node()
    );
    expect(result.exitCode).toBe(1);
    const names = [
      'a name nobody published',
      'wrong address',
      'closed port',
      'expired certificate',
      'certificate for another name',
      'not enough days left',
      'unexpected body',
      'prod gateway is not where dev points'
    ];
    expect(result.errors).toEqual([`8 of 8 checks failed: ${names.join(', ')}`]);
    expect(result.outputs['result']).toBe('failed');
    expect(JSON.parse(result.outputs['failed'] ?? '')).toEqual(names);
    const reportPath = result.outputs['report-path'] ?? '';
    expect(reportPath).toMatch(/\/temp\/verify-gates\/report\.json$/);
    expect(readReport(reportPath).checks.map((c) => [c.name, c.passed])).toEqual(
      names.map((n) => [n, false])
    );
    const row = (name: string) =>
      result.summary.split('\n').find((l) => l.startsWith(`| ❌ | ${name} |`));
    expect(result.summary).toContain('**8 of 8 checks failed**');
    expect(row('expired certificate')).toMatch(
      /\| CERT_HAS_EXPIRED; -36[56] days left: subject CN=expired\.dev\.example\.test;/
    );
    expect(row('certificate for another name')).toContain(
      `| not valid for ${LAB_HOST}: subject CN=other.example.test;`
    );
    expect(row('closed port')).toContain('ECONNREFUSED');
    expect(row('a name nobody published')).toContain('| any A record | NXDOMAIN (ENOTFOUND) |');
    expect(row('prod gateway is not where dev points')).toContain(
      '| dns *.dev.example.test equals ${facts.env_gateway_public_addresses.prod} (127.0.0.9) | A 127.0.0.2 for gates-'
    );
  });

  it.each([
    [
      'malformed checks YAML, with its file and line',
      'bad-yaml.yaml',
      '- kind: tcp\n  host: a\n  port: [1\n',
      /^bad-yaml\.yaml:4:1: \(root\): not valid YAML: /
    ],
    [
      'an unknown check kind',
      'unknown-kind.yaml',
      '- kind: tcp\n  host: a\n  port: 1\n- kind: icmp\n  host: b\n',
      /^unknown-kind\.yaml:4:9: checks\[1\]\.kind: unknown check kind "icmp": expected one of dns, tcp, tls, http, invariant$/
    ],
    [
      'a reference to a fact the facts file does not have',
      'unknown-fact.yaml',
      "- name: gw\n  kind: dns\n  host: a.test\n  expect: ['${facts.nope}']\n",
      /^unknown-fact\.yaml:4:12: checks\[0\]\.expect\[0\]: check 'gw': \$\{facts\.nope\} is not in outputs\.json: no fact 'nope'$/
    ],
    [
      'a reference to a sensitive output',
      'sensitive.yaml',
      '- kind: invariant\n  left: ${facts.database_password}\n  right: x\n',
      /refers to the sensitive output 'database_password'/
    ]
  ])('fails on %s, running no check and writing no report', async (_what, file, text, message) => {
    writeFileSync(join(lab.dir, file), text);
    const before = {
      dns: [...lab.dns.queries.values()].reduce((a, b) => a + b, 0),
      http: lab.http.requests.length
    };
    const result = await run(
      lab,
      { 'checks-file': file, 'report-path': `never/${file}.json` },
      node()
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.outputs).toEqual({});
    expect(existsSync(join(lab.dir, 'never'))).toBe(false);
    expect(readdirSync(lab.dir)).not.toContain('never');
    expect([...lab.dns.queries.values()].reduce((a, b) => a + b, 0)).toBe(before.dns);
    expect(lab.http.requests.length).toBe(before.http);
    expect(result.summary).toContain('<h3>verify-gates failed</h3>');
    expect(result.log).not.toContain(LAB_SECRET);
  });

  it('reads inline checks and a published facts.yaml (its facts block read at the top, provenance beside)', async () => {
    writeFileSync(
      join(lab.dir, 'facts.yaml'),
      `facts:\n  cluster_name: acme-dev-local\n  cluster_gateway_public_address: ${LAB_GATEWAY}\nprovenance:\n  commit: 0123abcd\n  run: 7\n`
    );
    const result = await run(
      lab,
      {
        'facts-file': 'facts.yaml',
        checks: [
          '- name: gateway',
          '  kind: invariant',
          '  left: ${facts.cluster_gateway_public_address}',
          "  right: {dns: '*.dev.example.test'}",
          '- name: published by run 7',
          '  kind: invariant',
          '  left: ${facts.provenance.run}',
          "  right: '7'"
        ].join('\n'),
        interval: '200ms',
        timeout: '3s'
      },
      node()
    );
    expect(result.errors).toEqual([]);
    expect(result.outputs['result']).toBe('passed');
    expect(result.summary).toContain('| ✅ | published by run 7 | invariant | 1 |');
  });

  it('fails on bad inputs, every one named, before reading any check', async () => {
    const result = await run(
      lab,
      { checks: '- {kind: tcp, host: a, port: 1}', timeout: 'ten', 'dns-server': 'localhost' },
      node()
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain("Input 'timeout' is 'ten': must be a duration");
    expect(result.errors.join('\n')).toContain(
      "Input 'dns-server' is 'localhost': must be the address of a DNS server"
    );
    expect(result.outputs).toEqual({});
  });
});
