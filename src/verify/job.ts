import { dirname, isAbsolute, relative } from 'node:path';
import { writeFileSafely } from '../common/safe-fs.js';
import type { Log } from '../common/log.js';
import { readFactMap, type FactMap } from '../facts/fact-map.js';
import { loadChecks, type Check } from './checks.js';
import {
  formatDuration,
  renderReportJson,
  runGates,
  type Clock,
  type GateReport,
  type Probe
} from './gates.js';

/** How the log names each shape of facts file. */
const FACT_SHAPES: Record<FactMap['shape'], string> = {
  'engine-outputs': 'the engine outputs',
  published: 'the facts publish-runtime-facts wrote',
  mapping: 'a mapping of facts'
};

/** What verify-gates is asked to do, every path resolved. */
export interface VerifyGatesSettings {
  /** The checks as YAML, and what they are called in errors (a path, or `input checks`). */
  checks: { file: string; text: string };
  factsFile: string | undefined;
  timeoutMs: number;
  intervalMs: number;
  /** `host[:port]` of the DNS server; the system's resolvers when not given. */
  dnsServer: string | undefined;
  concurrency: number;
  reportPath: string;
  /** The folder the report must stay in, no link below it (default: the report's folder). */
  reportRoot?: string;
  workspace: string;
}

export interface VerifyGatesResult {
  report: GateReport;
  reportPath: string;
}

/** The checks, with their facts read and every reference resolved: no check has run yet. */
export function prepareChecks(settings: VerifyGatesSettings): {
  checks: Check[];
  facts: FactMap | undefined;
} {
  const facts =
    settings.factsFile === undefined
      ? undefined
      : readFactMap(settings.factsFile, shownPath(settings.workspace, settings.factsFile));
  const checks = loadChecks({
    file: settings.checks.file,
    text: settings.checks.text,
    facts,
    workspace: settings.workspace
  });
  return { checks, facts };
}

/**
 * verify-gates: reads the checks and the facts (any problem stops here, with nothing written),
 * runs every check until it passes or its time is up, then writes the report.
 */
export async function runVerifyGates(
  settings: VerifyGatesSettings,
  deps: { log: Log; probe: Probe; clock: Clock }
): Promise<VerifyGatesResult> {
  const { log } = deps;
  const { checks } = await log.group('Read the checks', async () => {
    const prepared = prepareChecks(settings);
    if (prepared.facts !== undefined)
      log.info(
        `Facts: ${prepared.facts.file} (${FACT_SHAPES[prepared.facts.shape]}${prepared.facts.sensitive.size > 0 ? `; ${prepared.facts.sensitive.size} sensitive outputs left out` : ''})`
      );
    for (const check of prepared.checks) log.info(`${check.kind.padEnd(9)} ${check.name}`);
    return prepared;
  });
  const report = await log.group(
    `Run ${checks.length} checks (up to ${formatDuration(settings.timeoutMs)} each, every ${formatDuration(settings.intervalMs)})`,
    () =>
      runGates(
        checks,
        deps.probe,
        deps.clock,
        {
          timeoutMs: settings.timeoutMs,
          intervalMs: settings.intervalMs,
          concurrency: settings.concurrency
        },
        (result) =>
          log.info(
            `${result.passed ? 'passed' : 'FAILED'}  ${result.name}  (${result.attempts} attempts, ${formatDuration(result.durationMs)}): ${result.passed ? result.seen : `expected ${result.expected}; seen ${result.seen}`}`
          )
      )
  );
  writeFileSafely(
    settings.reportRoot ?? dirname(settings.reportPath),
    settings.reportPath,
    renderReportJson(report)
  );
  log.info(`Report: ${settings.reportPath}`);
  return { report, reportPath: settings.reportPath };
}

/** A path as errors show it: relative to the workspace when inside it. */
export function shownPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Writes a sibling file, then renames it over the target: a reader sees the old file or the new. */
export function writeFileAtomically(path: string, text: string): void {
  writeFileSafely(dirname(path), path, text);
}

/** The action's outputs. */
export function verifyGatesOutputs(result: VerifyGatesResult): Record<string, string> {
  return {
    result: result.report.result,
    'report-path': result.reportPath,
    failed: JSON.stringify(result.report.checks.filter((c) => !c.passed).map((c) => c.name))
  };
}

/** The message a failed gate fails the step with. */
export function failureMessage(report: GateReport): string {
  const failed = report.checks.filter((c) => !c.passed);
  return `${failed.length} of ${report.checks.length} checks failed: ${failed.map((c) => c.name).join(', ')}`;
}
