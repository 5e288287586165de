import { fitRows, inlineCode, tableCell, codeCell } from '../markdown/budget.js';
import type { PolicyDecision } from './evaluate.js';

/** The policy verdict for a step summary or comment: verdict first, then one row a violation. */
export function renderPolicySummary(decision: PolicyDecision, limitBytes: number): string {
  const errors = decision.violations.filter((v) => v.severity === 'error').length;
  const warnings = decision.violations.length - errors;
  const head =
    `#### Policy: ${decision.result === 'passed' ? '✅ passed' : '❌ failed'}\n\n` +
    (decision.violations.length === 0
      ? 'No violations.\n'
      : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n\n` +
        '| severity | rule | address | message |\n| --- | --- | --- | --- |\n');
  const rows = decision.violations.map(
    (v) =>
      `| ${v.severity} | ${inlineCode(v.rule)} | ${codeCell(v.address)} | ${tableCell(v.message)} |\n`
  );
  return fitRows({
    head,
    rows,
    tail: '\n',
    limitBytes,
    omitted: (count) =>
      `\n_${count} more violations not shown; all are in the \`policy-violations\` output._\n`
  }).text;
}
