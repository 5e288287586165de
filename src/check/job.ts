import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ActionError } from '../common/errors.js';
import type { Log } from '../common/log.js';
import { onPath } from '../image/tools.js';
import { applyBaseline, readBaseline, type BaselineEntry } from './baseline.js';
import {
  failsThreshold,
  normalizeFindings,
  SEVERITIES,
  type CheckTool,
  type Finding,
  type JudgedFinding,
  type Severity,
  type Threshold
} from './findings.js';
import { buildSarif } from './sarif.js';
import { execProcess, runScanner, scratchFolder, type Exec, type ScanContext } from './scanners.js';

export interface CheckSettings {
  workspace: string;
  /** Absolute folders, each scanned (recursively) by fmt, tflint, trivy and checkov. */
  directories: string[];
  /** Absolute root-module folders that `validate` inits and validates. */
  validateDirectories: string[];
  tools: CheckTool[];
  engine: 'tofu' | 'terraform';
  failOn: Threshold;
  /** Absolute path of the baseline file, if any. */
  baselineFile?: string;
  /** Absolute path the merged SARIF log is written to. */
  sarifPath: string;
}

export interface CheckDependencies {
  log: Log;
  exec?: Exec;
  env?: NodeJS.ProcessEnv;
  /** YYYY-MM-DD in UTC; the baseline's expiry dates are compared with it. */
  today?: string;
}

export interface CheckResult {
  result: 'passed' | 'failed';
  /** Every finding, accepted ones included, in file and line order. */
  findings: JudgedFinding[];
  /** The findings that fail the check: at or above the threshold and not accepted, or expired. */
  failing: JudgedFinding[];
  expired: Finding[];
  unusedBaselineEntries: BaselineEntry[];
  /** Findings not accepted, by severity. */
  counts: Record<Severity, number>;
  accepted: number;
  sarifPath: string;
  failOn: Threshold;
  /** Seconds each tool took, over all its folders. */
  seconds: Partial<Record<CheckTool, number>>;
}

const BINARY: Record<CheckTool, (engine: string) => string> = {
  fmt: (engine) => engine,
  validate: (engine) => engine,
  tflint: () => 'tflint',
  trivy: () => 'trivy',
  checkov: () => 'checkov'
};

/** A tool the check needs is not installed. */
export class ScannerMissingError extends ActionError {}

function locateTools(settings: CheckSettings, env: NodeJS.ProcessEnv): Record<CheckTool, string> {
  const found: Partial<Record<CheckTool, string>> = {};
  const missing: string[] = [];
  for (const tool of settings.tools) {
    const name = BINARY[tool](settings.engine);
    const path = onPath(name, env['PATH'] ?? '');
    if (path === undefined) missing.push(name);
    else found[tool] = path;
  }
  if (missing.length > 0)
    throw new ScannerMissingError(
      `${[...new Set(missing)].join(', ')} not found on PATH: install ${missing.length === 1 ? 'it' : 'them'} before this step, or leave ${missing.length === 1 ? 'it' : 'them'} out of the tools input`
    );
  return found as Record<CheckTool, string>;
}

/**
 * Runs the chosen scanners on every folder (the tools side by side, each tool's folders one after
 * another), merges what they find, applies the baseline and the threshold, and writes the SARIF
 * log. A scanner that crashes fails the whole check with its error; nothing is written then.
 */
export async function runCheck(
  settings: CheckSettings,
  deps: CheckDependencies
): Promise<CheckResult> {
  const env = deps.env ?? process.env;
  const today = deps.today ?? new Date().toISOString().slice(0, 10);
  // Read before any scanner runs: a bad baseline is an input error, not a finding.
  const baseline =
    settings.baselineFile === undefined
      ? undefined
      : readBaseline(settings.baselineFile, settings.workspace);
  const binaries = locateTools(settings, env);
  const scratch = scratchFolder();
  const ctx: ScanContext = {
    workspace: settings.workspace,
    binaries,
    env,
    exec: deps.exec ?? execProcess,
    scratch
  };
  const seconds: Partial<Record<CheckTool, number>> = {};
  let raw: Finding[];
  try {
    const perTool = await Promise.all(
      settings.tools.map(async (tool) => {
        const started = Date.now();
        const folders = tool === 'validate' ? settings.validateDirectories : settings.directories;
        const found = await runScanner(tool, folders, ctx);
        seconds[tool] = (Date.now() - started) / 1000;
        deps.log.info(
          `${tool}: ${found.length} finding(s) in ${folders.map((f) => relative(settings.workspace, f) || '.').join(', ')} (${seconds[tool]?.toFixed(1)}s)`
        );
        return found;
      })
    );
    raw = perTool.flat();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const verdict = applyBaseline(normalizeFindings(raw), baseline, today);
  const findings: JudgedFinding[] = normalizeFindings<JudgedFinding>([
    ...verdict.findings,
    ...verdict.expired
  ]);
  const failing = findings.filter(
    (f) =>
      f.tool === 'baseline' ||
      (f.accepted === undefined && failsThreshold(f.severity, settings.failOn))
  );
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (f.accepted === undefined) counts[f.severity] += 1;

  const sarif = buildSarif(findings, [...settings.tools, 'baseline']);
  mkdirSync(dirname(settings.sarifPath), { recursive: true });
  const partial = `${settings.sarifPath}.partial`;
  writeFileSync(partial, `${JSON.stringify(sarif, null, 2)}\n`);
  renameSync(partial, settings.sarifPath);

  return {
    result: failing.length > 0 ? 'failed' : 'passed',
    findings,
    failing,
    expired: verdict.expired,
    unusedBaselineEntries: verdict.unused,
    counts,
    accepted: findings.filter((f) => f.accepted !== undefined).length,
    sarifPath: settings.sarifPath,
    failOn: settings.failOn,
    seconds
  };
}

/** The outputs a workflow chains on. */
export function checkOutputs(result: CheckResult): Record<string, string> {
  return {
    result: result.result,
    'sarif-path': result.sarifPath,
    findings: String(result.findings.filter((f) => f.accepted === undefined).length),
    failing: String(result.failing.length),
    accepted: String(result.accepted),
    expired: String(result.expired.length),
    counts: JSON.stringify(result.counts)
  };
}
