import { fitRows, inlineCode, STEP_SUMMARY_LIMIT_BYTES, tableCell } from '../markdown/budget.js';
import { CHECK_TOOLS, location, SEVERITIES, type JudgedFinding } from './findings.js';
import type { CheckResult } from './job.js';

const COLUMNS = [...CHECK_TOOLS, 'baseline'] as const;

/**
 * The step summary: the verdict and threshold, a table of findings by severity and tool (accepted
 * ones counted apart), then each failing finding at its file:line, the accepted ones with their
 * reason and expiry, and baseline entries that matched nothing.
 */
export function renderCheckSummary(
  result: CheckResult,
  limitBytes: number = STEP_SUMMARY_LIMIT_BYTES
): string {
  const verdict = result.result === 'passed' ? '✅ passed' : '❌ failed';
  const threshold =
    result.failOn === 'none' ? 'findings never fail' : `fails on ${result.failOn} and above`;
  const count = (pick: (f: JudgedFinding) => boolean, tool: (typeof COLUMNS)[number]) =>
    result.findings.filter((f) => f.tool === tool && pick(f)).length;
  const row = (label: string, pick: (f: JudgedFinding) => boolean) =>
    `| ${label} | ${COLUMNS.map((t) => count(pick, t)).join(' | ')} | ${result.findings.filter(pick).length} |\n`;
  let table = `| severity | ${COLUMNS.join(' | ')} | total |\n| --- |${COLUMNS.map(() => ' ---: |').join('')} ---: |\n`;
  for (const severity of SEVERITIES)
    table += row(severity, (f) => f.accepted === undefined && f.severity === severity);
  table += row('accepted', (f) => f.accepted !== undefined);

  const head =
    `### tf-check: ${verdict} (${threshold})\n\n` +
    `${result.failing.length} failing, ${result.findings.length} finding(s) in all, ${result.accepted} accepted by the baseline. SARIF: ${inlineCode(result.sarifPath)}\n\n` +
    table +
    '\n';
  const failingRows = result.failing.map(
    (f) =>
      `| ${inlineCode(location(f))} | ${f.tool} | ${inlineCode(f.rule)} | ${f.severity} | ${tableCell(f.resource === undefined ? f.message : `${f.resource}: ${f.message}`)} |\n`
  );
  const failing =
    failingRows.length === 0
      ? ''
      : fitRows({
          head: '#### Failing\n\n| where | tool | rule | severity | finding |\n| --- | --- | --- | --- | --- |\n',
          rows: failingRows,
          tail: '\n',
          limitBytes: Math.floor(limitBytes / 2),
          omitted: (n) => `\n_${n} more failing findings not shown; all are in the SARIF log._\n`
        }).text;
  const acceptedRows = result.findings
    .filter((f) => f.accepted !== undefined)
    .map(
      (f) =>
        `| ${inlineCode(location(f))} | ${f.tool} | ${inlineCode(f.rule)} | ${tableCell(f.accepted?.reason ?? '')} | ${f.accepted?.expires ?? ''} |\n`
    );
  const accepted =
    acceptedRows.length === 0
      ? ''
      : fitRows({
          head: '#### Accepted\n\n| where | tool | rule | reason | until |\n| --- | --- | --- | --- | --- |\n',
          rows: acceptedRows,
          tail: '\n',
          limitBytes: Math.floor(limitBytes / 4),
          omitted: (n) => `\n_${n} more accepted findings not shown; all are in the SARIF log._\n`
        }).text;
  const unused =
    result.unusedBaselineEntries.length === 0
      ? ''
      : `#### Baseline entries that matched nothing\n\n${result.unusedBaselineEntries
          .slice(0, 50)
          .map(
            (e) =>
              `- ${inlineCode(e.at)}: ${e.tool} ${inlineCode(e.rule)} on ${inlineCode(e.path)}\n`
          )
          .join('')}\n`;
  return head + failing + accepted + unused;
}
