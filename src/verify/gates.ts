import { redactUrlCredentials } from '../common/secrets.js';
import { fitRows, inlineCode, STEP_SUMMARY_LIMIT_BYTES, tableCell } from '../markdown/budget.js';
import type { Check, CheckKind } from './checks.js';
import { systemClock, type Clock } from '../common/clock.js';

/**
 * The gate's decisions, apart from the probes that talk to servers: each check is tried until it
 * passes or its time is up, the checks run a few at a time, and the results, in the order of the
 * checks, make the report and the step summary. Time and sleep are handed in.
 */

/** What one attempt of a check saw. */
export interface ProbeOutcome {
  ok: boolean;
  /** What the check expects, as a person reads it. */
  expected: string;
  /** What the attempt saw: the answer, the certificate, the status, or the error. */
  seen: string;
  /** Nothing can change the answer (a fact against a fact): no retry. */
  final?: boolean;
}

/** One attempt of a check, which must give up within `timeoutMs`. */
export type Probe = (check: Check, attempt: { timeoutMs: number }) => Promise<ProbeOutcome>;

export { systemClock, type Clock };

export interface GateSettings {
  /** Each check's time to pass, unless it sets its own. */
  timeoutMs: number;
  /** The wait between two attempts of a check. */
  intervalMs: number;
  /** How many checks run at once. */
  concurrency: number;
}

/** The most one attempt may take, so that a hung server still leaves time for retries. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/**
 * The least: an attempt that starts just before the deadline still gets a fair chance, rather
 * than ending the check with a time-out that says nothing about the server.
 */
export const ATTEMPT_MIN_TIMEOUT_MS = 1_000;

export interface CheckResult {
  name: string;
  kind: CheckKind;
  passed: boolean;
  attempts: number;
  durationMs: number;
  expected: string;
  /** What the last attempt saw. */
  seen: string;
}

export interface GateReport {
  result: 'passed' | 'failed';
  passed: number;
  failed: number;
  timeoutMs: number;
  intervalMs: number;
  durationMs: number;
  checks: CheckResult[];
}

/** Tries one check until it passes, its answer is final, or the next attempt would start too late. */
export async function runCheck(
  check: Check,
  probe: Probe,
  clock: Clock,
  settings: Pick<GateSettings, 'timeoutMs' | 'intervalMs'>
): Promise<CheckResult> {
  const started = clock.now();
  const deadline = started + (check.timeoutMs ?? settings.timeoutMs);
  let attempts = 0;
  for (;;) {
    attempts++;
    const timeoutMs = Math.min(
      ATTEMPT_TIMEOUT_MS,
      Math.max(ATTEMPT_MIN_TIMEOUT_MS, deadline - clock.now())
    );
    let outcome: ProbeOutcome;
    try {
      outcome = await probe(check, { timeoutMs });
    } catch (error) {
      // A probe reports what it saw; a throw is a defect of the probe, still shown, never retried.
      outcome = { ok: false, expected: '(the probe failed)', seen: String(error), final: true };
    }
    const done =
      outcome.ok || outcome.final === true || clock.now() + settings.intervalMs >= deadline;
    if (done)
      return {
        name: check.name,
        kind: check.kind,
        passed: outcome.ok,
        attempts,
        durationMs: clock.now() - started,
        expected: outcome.expected,
        seen: outcome.seen
      };
    await clock.sleep(settings.intervalMs);
  }
}

/** Runs every check, `concurrency` at a time; the report lists them in the order given. */
export async function runGates(
  checks: readonly Check[],
  probe: Probe,
  clock: Clock,
  settings: GateSettings,
  onResult: (result: CheckResult) => void = () => undefined
): Promise<GateReport> {
  const started = clock.now();
  const results: CheckResult[] = new Array<CheckResult>(checks.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      const check = checks[index];
      if (check === undefined) return;
      const result = await runCheck(check, probe, clock, settings);
      results[index] = result;
      onResult(result);
    }
  };
  const workers = Math.max(1, Math.min(settings.concurrency, checks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return gateReport(results, settings, clock.now() - started);
}

export function gateReport(
  results: CheckResult[],
  settings: Pick<GateSettings, 'timeoutMs' | 'intervalMs'>,
  durationMs: number
): GateReport {
  const failed = results.filter((r) => !r.passed).length;
  return {
    result: failed === 0 ? 'passed' : 'failed',
    passed: results.length - failed,
    failed,
    timeoutMs: settings.timeoutMs,
    intervalMs: settings.intervalMs,
    durationMs,
    checks: results
  };
}

/** The report file: stable key order, one trailing newline. */
export function renderReportJson(report: GateReport): string {
  // A check's URL may carry a user and password: the report shows `user:***@host`.
  return `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' ? redactUrlCredentials(value) : value), 2)}\n`;
}

/** `850 ms`, `12.4 s`, `3 min 5 s`: a duration as a person reads it. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${ms % 1000 === 0 ? ms / 1000 : (ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min${seconds === 0 ? '' : ` ${seconds} s`}`;
}

/** The step summary: a line for the verdict, then a row for each check, failures first. */
export function renderGateSummary(
  report: GateReport,
  reportShown: string,
  limitBytes = STEP_SUMMARY_LIMIT_BYTES
): string {
  const verdict =
    report.result === 'passed'
      ? `**All ${report.checks.length} checks passed** in ${formatDuration(report.durationMs)}.`
      : `**${report.failed} of ${report.checks.length} checks failed** (each tried for up to ${formatDuration(report.timeoutMs)} unless it sets its own timeout, every ${formatDuration(report.intervalMs)}).`;
  const head = [
    `### verify-gates: ${report.result}`,
    '',
    verdict,
    '',
    '| | check | kind | attempts | duration | expected | seen |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ''
  ].join('\n');
  const ordered = [
    ...report.checks.filter((c) => !c.passed),
    ...report.checks.filter((c) => c.passed)
  ];
  const rows = ordered.map(
    (c) =>
      `| ${c.passed ? '✅' : '❌'} | ${tableCell(c.name)} | ${c.kind} | ${c.attempts} | ${formatDuration(c.durationMs)} | ${c.passed ? '' : tableCell(c.expected)} | ${tableCell(c.seen)} |\n`
  );
  const tail = `\nThe full report: ${inlineCode(reportShown)} (JSON).\n`;
  return fitRows({
    head,
    rows,
    tail,
    limitBytes,
    omitted: (count) => `\n${count} more checks are not shown here: see the report.\n`
  }).text;
}

/** The results for a terminal: a line a check, failures with what was expected and seen. */
export function renderGateText(report: GateReport): string {
  const lines = report.checks.map((c) => {
    const head = `${c.passed ? 'pass' : 'FAIL'}  ${c.name}  (${c.kind}, ${c.attempts} attempts, ${formatDuration(c.durationMs)})`;
    return c.passed
      ? `${head}\n      ${c.seen}`
      : `${head}\n      expected: ${c.expected}\n      seen:     ${c.seen}`;
  });
  const verdict =
    report.result === 'passed'
      ? `All ${report.checks.length} checks passed in ${formatDuration(report.durationMs)}.`
      : `${report.failed} of ${report.checks.length} checks failed.`;
  return `${lines.join('\n')}\n\n${verdict}\n`;
}
