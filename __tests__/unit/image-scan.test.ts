import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { parseIgnoreText, isExpired, type AcceptedFinding } from '../../src/image/ignore-file.js';
import type { BuildScanPushResult } from '../../src/image/job.js';
import {
  countBySeverity,
  findingsOf,
  judgeScan,
  TrivyReportSchema,
  withoutAccepted,
  type Finding
} from '../../src/image/scan.js';
import { renderBuildScanPushSummary } from '../../src/image/summary.js';
import { ConfigError } from '../../src/config/yaml-source.js';
import { expectGolden, GOLDEN } from '../support/golden.js';

const REPORT = TrivyReportSchema.parse({
  SchemaVersion: 2,
  ArtifactName: '/tmp/oci',
  Results: [
    {
      Target: '/tmp/oci (alpine 3.22.2)',
      Class: 'os-pkgs',
      Vulnerabilities: [
        {
          VulnerabilityID: 'CVE-2023-42363',
          PkgName: 'busybox',
          InstalledVersion: '1.37.0-r19',
          FixedVersion: '1.37.0-r20',
          Severity: 'MEDIUM',
          Title: 'busybox: use-after-free in awk'
        },
        {
          VulnerabilityID: 'CVE-2022-48174',
          PkgName: 'busybox',
          InstalledVersion: '1.37.0-r19',
          FixedVersion: '1.37.0-r20',
          Severity: 'CRITICAL'
        },
        {
          VulnerabilityID: 'CVE-2024-0001',
          PkgName: 'ssl_client',
          InstalledVersion: '1.37.0-r19',
          Severity: 'HIGH',
          Title: 'a | pipe in the title'
        }
      ]
    },
    { Target: 'app/package-lock.json', Class: 'lang-pkgs', Vulnerabilities: null }
  ]
});

const entry = (id: string, expires: string, pkg?: string): AcceptedFinding => ({
  id,
  reason: `accepted ${id}`,
  expires,
  package: pkg
});

describe('Trivy findings', () => {
  it('reads every vulnerability, most severe first, with an unknown severity as UNKNOWN', () => {
    const findings = findingsOf(REPORT);
    expect(findings.map((f) => [f.severity, f.id, f.package, f.fixed])).toEqual([
      ['CRITICAL', 'CVE-2022-48174', 'busybox', '1.37.0-r20'],
      ['HIGH', 'CVE-2024-0001', 'ssl_client', ''],
      ['MEDIUM', 'CVE-2023-42363', 'busybox', '1.37.0-r20']
    ]);
    expect(
      findingsOf(
        TrivyReportSchema.parse({
          SchemaVersion: 2,
          Results: [
            {
              Target: 't',
              Vulnerabilities: [{ VulnerabilityID: 'X-1', PkgName: 'p', Severity: 'WEIRD' }]
            }
          ]
        })
      )[0]?.severity
    ).toBe('UNKNOWN');
  });

  it('counts by severity, every severity present', () => {
    expect(countBySeverity(findingsOf(REPORT))).toEqual({
      CRITICAL: 1,
      HIGH: 1,
      MEDIUM: 1,
      LOW: 0,
      UNKNOWN: 0
    });
  });
});

describe('the scan verdict', () => {
  const findings = findingsOf(REPORT);
  const TODAY = '2026-11-23';
  it.each<[string, string[], AcceptedFinding[], boolean, string[]]>([
    ['fails on a CRITICAL', ['CRITICAL', 'HIGH'], [], false, ['CVE-2022-48174', 'CVE-2024-0001']],
    ['passes when only lower severities are found', ['LOW'], [], true, []],
    ['counts MEDIUM when asked', ['MEDIUM'], [], false, ['CVE-2023-42363']],
    [
      'passes when current entries accept every blocking finding',
      ['CRITICAL', 'HIGH'],
      [entry('CVE-2022-48174', '2026-12-31'), entry('CVE-2024-0001', '2026-11-23')],
      true,
      []
    ],
    [
      'an entry expired yesterday no longer applies',
      ['CRITICAL'],
      [entry('CVE-2022-48174', '2026-11-22')],
      false,
      ['CVE-2022-48174']
    ],
    [
      'an entry for another package does not apply',
      ['HIGH'],
      [entry('CVE-2024-0001', '2027-01-01', 'busybox')],
      false,
      ['CVE-2024-0001']
    ]
  ])('%s', (_name, failOn, entries, passed, blocking) => {
    const verdict = judgeScan(findings, failOn as Finding['severity'][], entries, TODAY);
    expect(verdict.passed).toBe(passed);
    expect(verdict.blocking.map((f) => f.id)).toEqual(blocking);
  });

  it('lists expired and unused entries, and leaves accepted findings out of the open ones', () => {
    const verdict = judgeScan(
      findings,
      ['CRITICAL', 'HIGH'],
      [
        entry('CVE-2022-48174', '2027-01-01'),
        entry('CVE-2024-0001', '2025-01-01'),
        entry('CVE-1999-0001', '2027-01-01')
      ],
      TODAY
    );
    expect(verdict.accepted.map((a) => a.finding.id)).toEqual(['CVE-2022-48174']);
    expect(verdict.expired.map((a) => [a.finding.id, a.entry.expires])).toEqual([
      ['CVE-2024-0001', '2025-01-01']
    ]);
    expect(verdict.unused.map((e) => e.id)).toEqual(['CVE-1999-0001']);
    expect(verdict.open.map((f) => f.id)).toEqual(['CVE-2024-0001', 'CVE-2023-42363']);
    const open = withoutAccepted(REPORT, verdict.open);
    expect(open.Results?.[0]?.Vulnerabilities?.map((v) => v.VulnerabilityID)).toEqual([
      'CVE-2023-42363',
      'CVE-2024-0001'
    ]);
    expect((open as Record<string, unknown>)['ArtifactName']).toBe('/tmp/oci');
  });

  it('an entry applies through its expiry day', () => {
    expect(isExpired(entry('X', '2026-11-23'), '2026-11-23')).toBe(false);
    expect(isExpired(entry('X', '2026-11-22'), '2026-11-23')).toBe(true);
  });
});

describe('the ignore file', () => {
  it('reads entries with id, reason, expiry and an optional package', () => {
    const text = [
      'accept:',
      '  - id: CVE-2022-48174',
      '    reason: not reachable, the shell is never run',
      '    expires: 2026-12-31',
      '  - id: GHSA-aaaa-bbbb-cccc',
      '    package: lodash',
      '    reason: dev only',
      "    expires: '2027-01-15'",
      ''
    ].join('\n');
    expect(parseIgnoreText('.trivy-accept.yaml', text)).toEqual([
      {
        id: 'CVE-2022-48174',
        reason: 'not reachable, the shell is never run',
        expires: '2026-12-31',
        package: undefined
      },
      { id: 'GHSA-aaaa-bbbb-cccc', reason: 'dev only', expires: '2027-01-15', package: 'lodash' }
    ]);
    expect(parseIgnoreText('empty.yaml', '')).toEqual([]);
  });

  it.each([
    [
      'accept:\n  - id: CVE-1\n    reason: ""\n    expires: 2026-12-31\n',
      'bad.yaml:3:13: accept.0.reason: must say why the finding is accepted'
    ],
    [
      'accept:\n  - id: CVE-1\n    reason: ok\n    expires: 2026-02-30\n',
      'bad.yaml:4:14: accept.0.expires: must be a date written YYYY-MM-DD'
    ],
    [
      'accept:\n  - id: CVE-1\n    reason: ok\n',
      'bad.yaml:2:5: accept.0.expires: is required: the last day the entry applies, as YYYY-MM-DD'
    ],
    [
      'accept:\n  - id: CVE-1\n    reason: ok\n    expires: 2026-12-31\n    until: 2027-01-01\n',
      'bad.yaml:5:5: accept.0.until: unknown key'
    ],
    [
      'accept:\n  - id: CVE-1\n    reason: a\n    expires: 2026-12-31\n  - id: CVE-1\n    reason: b\n    expires: 2026-12-31\n',
      'bad.yaml:5:9: accept.1.id: repeats entry 1'
    ],
    ['accept: [\n', 'bad.yaml:2:1: (root): not valid YAML']
  ])('%#: says where the problem is', (text, message) => {
    let error: unknown;
    try {
      parseIgnoreText('bad.yaml', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(message);
  });
});

const DIGEST = `sha256:${'3c'.repeat(32)}`;

function result(over: Partial<BuildScanPushResult>): BuildScanPushResult {
  return {
    builder: 'buildah',
    repository: 'ghcr.io/acme/payments/api',
    digest: DIGEST,
    imageRef: `ghcr.io/acme/payments/api@${DIGEST}`,
    tags: ['1.4.2-3f9c2ab', 'stable'],
    createdEpoch: 1_700_000_000,
    scanResult: 'skipped',
    verdict: undefined,
    counts: undefined,
    sarifPath: undefined,
    reportPath: undefined,
    push: undefined,
    signatureRef: undefined,
    refused: undefined,
    failOn: ['CRITICAL', 'HIGH'],
    today: '2026-11-23',
    accepted: [],
    ...over
  };
}

describe('the step summary', () => {
  const findings = findingsOf(REPORT);
  it.each<[string, Partial<BuildScanPushResult>]>([
    [
      'failed-scan',
      (() => {
        const verdict = judgeScan(
          findings,
          ['CRITICAL', 'HIGH'],
          [entry('CVE-2023-42363', '2027-01-01'), entry('CVE-2024-0001', '2026-01-01')],
          '2026-11-23'
        );
        return {
          scanResult: 'failed' as const,
          verdict,
          counts: countBySeverity(verdict.open),
          sarifPath: '/runner/temp/build-scan-push-x/reports/trivy.sarif',
          refused:
            'The scan found 2 vulnerabilities at CRITICAL or HIGH that the ignore file does not accept: nothing was pushed.'
        };
      })()
    ],
    [
      'pushed-and-signed',
      (() => {
        const verdict = judgeScan(
          findings,
          ['CRITICAL', 'HIGH'],
          [entry('CVE-2022-48174', '2027-01-01'), entry('CVE-2024-0001', '2027-01-01')],
          '2026-11-23'
        );
        return {
          scanResult: 'passed' as const,
          verdict,
          counts: countBySeverity(verdict.open),
          sarifPath: '/runner/temp/build-scan-push-x/reports/trivy.sarif',
          push: { push: ['1.4.2-3f9c2ab'], present: ['stable'], conflicts: [] },
          signatureRef: `ghcr.io/acme/payments/api:sha256-${'3c'.repeat(32)}.sig`
        };
      })()
    ],
    [
      'tag-conflict',
      {
        push: {
          push: [],
          present: ['1.4.2-3f9c2ab'],
          conflicts: [{ tag: 'stable', digest: `sha256:${'99'.repeat(32)}` }]
        },
        refused: `Tags are immutable: stable already points to sha256:${'99'.repeat(32)}. Nothing was pushed; bump the version to publish this build.`
      }
    ]
  ])('%s', (name, over) => {
    expectGolden(
      join(GOLDEN, 'build-scan-push', `${name}.md`),
      renderBuildScanPushSummary(result(over))
    );
  });

  it('stays within the byte budget, saying how many findings were left out', () => {
    const many: Finding[] = Array.from({ length: 500 }, (_, i) => ({
      id: `CVE-2026-${String(i).padStart(5, '0')}`,
      severity: 'HIGH',
      package: 'pkg',
      installed: '1',
      fixed: '2',
      title: 'x'.repeat(100),
      target: 't'
    }));
    const verdict = judgeScan(many, ['HIGH'], [], '2026-11-23');
    const text = renderBuildScanPushSummary(
      result({ scanResult: 'failed', verdict, refused: 'no' }),
      8_000
    );
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(8_000);
    expect(text).toMatch(/…and \d+ more: see the SARIF report/);
  });
});
