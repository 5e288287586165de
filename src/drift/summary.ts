import { inlineCode } from '../markdown/budget.js';
import { untrustedMarkdown } from '../markdown/escape.js';
import type { DriftIssueOutcome } from './job.js';
import { overallDrift, type DriftReport } from './status.js';

/** drift-report's outputs: the overall state, the stacks by state and the issue actions. */
export function driftReportOutputs(
  reports: readonly DriftReport[],
  issues: readonly DriftIssueOutcome[]
): Record<string, string> {
  const of = (state: DriftReport['drift']) =>
    reports
      .filter((r) => r.drift === state)
      .map((r) => r.stack)
      .join('\n');
  return {
    drift: overallDrift(reports),
    drifted: of('changes'),
    errored: of('error'),
    reports: JSON.stringify(
      reports.map((r) => ({
        stack: r.stack,
        drift: r.drift,
        add: r.add,
        change: r.change,
        destroy: r.destroy,
        replace: r.replace,
        ...(r.error === undefined ? {} : { error: r.error.kind })
      }))
    ),
    issues: JSON.stringify(
      issues.map((i) => ({
        stack: i.action.stack,
        action: i.action.kind,
        ...(i.number === undefined ? {} : { number: i.number, url: i.url })
      }))
    )
  };
}

/** The step summary: one row a stack, what the check found and what became of its issue. */
export function renderDriftReportSummary(
  reports: readonly DriftReport[],
  issues: readonly DriftIssueOutcome[]
): string {
  const rows = reports.map((r) => {
    const issue = issues.find((i) => i.action.stack === r.stack);
    const found =
      r.drift === 'error'
        ? `error (${r.error?.kind ?? 'engine'})`
        : r.drift === 'changes'
          ? `drift: ${r.add} to add, ${r.change} to change, ${r.destroy} to destroy`
          : 'no drift';
    const acted =
      issue === undefined
        ? ''
        : issue.number === undefined
          ? issue.action.kind === 'none'
            ? untrustedMarkdown(issue.action.reason)
            : issue.action.kind
          : `${issue.action.kind === 'create' ? 'opened' : issue.action.kind === 'update' ? 'updated' : 'closed'} [#${issue.number}](${issue.url ?? ''})`;
    return `| ${inlineCode(r.stack)} | ${found} | ${acted} |`;
  });
  const errors = reports
    .filter((r) => r.drift === 'error')
    .map(
      (r) =>
        `- ${inlineCode(r.stack)}: ${untrustedMarkdown((r.error?.message ?? '').split('\n')[0] ?? '')}`
    );
  return [
    `### Drift check: ${overallDrift(reports)}`,
    '',
    '| stack | found | issue |',
    '| --- | --- | --- |',
    ...rows,
    ...(errors.length === 0
      ? []
      : ['', 'Checks that could not tell (no issue touched):', ...errors]),
    ''
  ].join('\n');
}
