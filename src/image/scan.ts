import { z } from 'zod';
import { isExpired, type AcceptedFinding } from './ignore-file.js';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One vulnerability the scanner found in one package. */
export interface Finding {
  id: string;
  severity: Severity;
  package: string;
  installed: string;
  /** Empty when no fixed version is known. */
  fixed: string;
  title: string;
  /** What was scanned: the OS packages or a lock file. */
  target: string;
}

/** The part of Trivy's JSON report (`--format json`) the action reads. */
const TrivyVulnerabilitySchema = z.looseObject({
  VulnerabilityID: z.string(),
  PkgName: z.string(),
  InstalledVersion: z.string().optional().default(''),
  FixedVersion: z.string().optional().default(''),
  Severity: z.string().optional().default('UNKNOWN'),
  Title: z.string().optional().default('')
});
export const TrivyReportSchema = z.looseObject({
  SchemaVersion: z.number(),
  Results: z
    .array(
      z.looseObject({
        Target: z.string(),
        Vulnerabilities: z.array(TrivyVulnerabilitySchema).nullish()
      })
    )
    .nullish()
});
export type TrivyReport = z.infer<typeof TrivyReportSchema>;

function severityOf(text: string): Severity {
  return (SEVERITIES as readonly string[]).includes(text) ? (text as Severity) : 'UNKNOWN';
}

/** Every finding of a Trivy report, most severe first, then by ID and package. */
export function findingsOf(report: TrivyReport): Finding[] {
  const findings: Finding[] = [];
  for (const result of report.Results ?? []) {
    for (const v of result.Vulnerabilities ?? []) {
      findings.push({
        id: v.VulnerabilityID,
        severity: severityOf(v.Severity),
        package: v.PkgName,
        installed: v.InstalledVersion,
        fixed: v.FixedVersion,
        title: v.Title,
        target: result.Target
      });
    }
  }
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return findings.sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      a.id.localeCompare(b.id) ||
      a.package.localeCompare(b.package)
  );
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** What the ignore file did to the findings. */
export interface ScanVerdict {
  passed: boolean;
  /** Findings at a failing severity that no entry accepts: these fail the scan. */
  blocking: Finding[];
  /** Findings at a failing severity accepted by a current entry, with the entry. */
  accepted: { finding: Finding; entry: AcceptedFinding }[];
  /** Findings that an entry would accept but for its expiry, with the entry. */
  expired: { finding: Finding; entry: AcceptedFinding }[];
  /** Entries that match no finding (candidates for removal). */
  unused: AcceptedFinding[];
  /** Every finding no current entry accepts, for the counts and the SARIF report. */
  open: Finding[];
}

function matches(entry: AcceptedFinding, finding: Finding): boolean {
  return (
    entry.id === finding.id && (entry.package === undefined || entry.package === finding.package)
  );
}

/**
 * Decides a scan: it fails when a finding at one of the `failOn` severities is not accepted by an
 * ignore-file entry that is still current on `today` (UTC `YYYY-MM-DD`). Expired entries accept
 * nothing.
 */
export function judgeScan(
  findings: readonly Finding[],
  failOn: readonly Severity[],
  entries: readonly AcceptedFinding[],
  today: string
): ScanVerdict {
  const blocking: Finding[] = [];
  const accepted: ScanVerdict['accepted'] = [];
  const expired: ScanVerdict['expired'] = [];
  const open: Finding[] = [];
  const used = new Set<AcceptedFinding>();
  for (const finding of findings) {
    const entry = entries.find((e) => matches(e, finding) && !isExpired(e, today));
    const stale = entries.find((e) => matches(e, finding) && isExpired(e, today));
    if (entry !== undefined) {
      used.add(entry);
      if (failOn.includes(finding.severity)) accepted.push({ finding, entry });
      continue;
    }
    open.push(finding);
    if (stale !== undefined) {
      used.add(stale);
      expired.push({ finding, entry: stale });
    }
    if (failOn.includes(finding.severity)) blocking.push(finding);
  }
  return {
    passed: blocking.length === 0,
    blocking,
    accepted,
    expired,
    unused: entries.filter((e) => !used.has(e)),
    open
  };
}

/** The report without the accepted findings, for the SARIF conversion. */
export function withoutAccepted(report: TrivyReport, open: readonly Finding[]): TrivyReport {
  const keep = new Set(
    open.map((f) => `${f.target}\u0000${f.id}\u0000${f.package}\u0000${f.installed}`)
  );
  return {
    ...report,
    Results: (report.Results ?? []).map((result) => ({
      ...result,
      Vulnerabilities: (result.Vulnerabilities ?? []).filter((v) =>
        keep.has(
          `${result.Target}\u0000${v.VulnerabilityID}\u0000${v.PkgName}\u0000${v.InstalledVersion}`
        )
      )
    }))
  };
}
