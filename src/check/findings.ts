/**
 * What the static checks of Terraform code find, in one shape whatever the scanner: the tool, its
 * rule, a severity on one scale, and the file and line a person opens to fix it.
 */

export const CHECK_TOOLS = ['fmt', 'validate', 'tflint', 'trivy', 'checkov'] as const;
export type CheckTool = (typeof CHECK_TOOLS)[number];

/** Highest first. `info` never fails a check; the threshold decides about the rest. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The failure threshold: a severity, or `none` to report without ever failing on findings. */
export const THRESHOLDS = [...SEVERITIES, 'none'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export interface Finding {
  /** The scanner, or `baseline` for an acceptance that has expired. */
  tool: CheckTool | 'baseline';
  /** The scanner's rule id (AVD-AWS-0107, CKV_AWS_24, terraform_unused_declarations, …). */
  rule: string;
  severity: Severity;
  /** What is wrong, in the scanner's words. */
  message: string;
  /** Relative to the workspace, with `/` separators. */
  file: string;
  /** 1-based; the first line of the offending block or change. */
  line: number;
  endLine?: number;
  /** The resource address, when the scanner names one. */
  resource?: string;
  /** Where to read about the rule. */
  help?: string;
}

/** A finding a baseline entry accepts: still reported, but it does not fail the check. */
export interface Acceptance {
  reason: string;
  expires: string;
  /** Where the entry is in the baseline file (`file:line`). */
  entry: string;
}

export interface JudgedFinding extends Finding {
  accepted?: Acceptance;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Whether a finding of this severity fails a check with this threshold. */
export function failsThreshold(severity: Severity, threshold: Threshold): boolean {
  if (threshold === 'none' || severity === 'info') return false;
  return severityRank(severity) <= severityRank(threshold);
}

/**
 * One finding a key. The same module file is reached from each folder that calls it, and each
 * scanner names its resource by the path of calls it came through: the tool, rule and place are
 * what identify it.
 */
export function findingKey(f: Finding): string {
  return [f.tool, f.rule, f.file, f.line].join('\u0000');
}

/** Unique findings (named by their shortest resource address), in file and line order. */
export function normalizeFindings<T extends Finding>(findings: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const f of findings) {
    const key = findingKey(f);
    const had = seen.get(key);
    if (had === undefined || (f.resource ?? '').length < (had.resource ?? '').length)
      seen.set(key, f);
  }
  return [...seen.values()].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.tool.localeCompare(b.tool) ||
      a.rule.localeCompare(b.rule) ||
      (a.resource ?? '').localeCompare(b.resource ?? '')
  );
}

export function location(f: Finding): string {
  return `${f.file}:${f.line}`;
}
