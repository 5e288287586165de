import { COMMENT_LIMIT_CHARS, fitRows, inlineCode, tableCell } from '../markdown/budget.js';
import type { DriftReport } from './status.js';

/**
 * One issue per drifted stack, found again by a machine-readable marker in its body: opened when a
 * check finds drift, its body updated while the drift lasts, closed with a comment when a check
 * finds none. A check that failed (`error`) opens, updates and closes nothing. Pure: the decision
 * is data; the adapter in `github.ts` carries it out.
 */

export const DRIFT_LABEL = 'drift';

export interface DriftIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
}

export interface DriftCheck {
  /** When the check ran (ISO 8601). */
  time: string;
  /** The run that checked, shown in the issue (empty from a terminal). */
  runUrl: string;
}

export type DriftIssueAction =
  | { kind: 'create'; stack: string; title: string; body: string; labels: string[] }
  | { kind: 'update'; stack: string; number: number; body: string }
  | { kind: 'close'; stack: string; number: number; comment: string }
  | { kind: 'none'; stack: string; reason: string };

/** The marker that names the stack an issue is about; a stack name never holds `-->`. */
export function driftMarker(stack: string): string {
  return `<!-- platform-actions:drift stack=${encodeURIComponent(stack)} -->`;
}

/** The open issue of a stack among the repository's open drift issues (the oldest, if several). */
export function findDriftIssue(
  stack: string,
  issues: readonly DriftIssue[]
): DriftIssue | undefined {
  const marker = driftMarker(stack);
  return issues
    .filter((i) => i.state === 'open' && i.body.startsWith(marker))
    .sort((a, b) => a.number - b.number)[0];
}

export function driftTitle(stack: string): string {
  return `Drift detected in stack ${stack}`;
}

/**
 * The body of a stack's drift issue: the counts, then one row a resource (address and action: a
 * plan's values are never shown, so no sensitive value can be), within GitHub's limit on a body.
 */
export function renderDriftBody(
  report: DriftReport,
  check: DriftCheck,
  limitChars = COMMENT_LIMIT_CHARS
): string {
  const where = check.runUrl === '' ? '' : ` by [this run](${check.runUrl})`;
  const head =
    `${driftMarker(report.stack)}\n` +
    `### Drift in ${inlineCode(report.stack)}\n\n` +
    `Last checked ${check.time}${where}: the plan of this stack is not empty, so the real ` +
    `infrastructure or its state differs from the code.\n\n` +
    `**${report.add} to add, ${report.change} to change, ${report.destroy} to destroy** ` +
    `(${report.replace} replaced)${report.outputs.length > 0 ? `; ${report.outputs.length} output(s) change` : ''}.\n\n` +
    `| resource | action |\n| --- | --- |\n`;
  const rows = report.resources.map((r) => `| ${tableCell(r.address)} | ${r.action} |\n`);
  const tail =
    `\nValues are not shown here; see the plan of the check for them. This issue is updated ` +
    `while the drift lasts and closed by the first check that finds none.\n`;
  return fitRows({
    head,
    rows,
    tail,
    limitBytes: limitChars,
    omitted: (n) => (n === 0 ? '' : `| … ${n} more resource(s): see the plan of the check | |\n`)
  }).text;
}

/** What to do with a stack's issue after a check. */
export function decideDriftIssue(
  report: DriftReport,
  open: DriftIssue | undefined,
  check: DriftCheck
): DriftIssueAction {
  const stack = report.stack;
  if (report.drift === 'error')
    return {
      kind: 'none',
      stack,
      reason: `the check failed (${report.error?.kind ?? 'engine'}): no issue is opened, updated or closed`
    };
  if (report.drift === 'none') {
    if (open === undefined) return { kind: 'none', stack, reason: 'no drift and no open issue' };
    const where = check.runUrl === '' ? '' : ` (${check.runUrl})`;
    return {
      kind: 'close',
      stack,
      number: open.number,
      comment: `${driftMarker(stack)}\nThe check of ${check.time}${where} found no drift in ${inlineCode(stack)}: closing.\n`
    };
  }
  const body = renderDriftBody(report, check);
  if (open === undefined)
    return { kind: 'create', stack, title: driftTitle(stack), body, labels: [DRIFT_LABEL] };
  return { kind: 'update', stack, number: open.number, body };
}
