import {
  fitRows,
  inlineCode,
  STEP_SUMMARY_LIMIT_BYTES,
  tableCell,
  codeCell
} from '../markdown/budget.js';
import type { PlanSummary, PlannedAction } from './plan.js';

const ACTION_LABEL: Readonly<Record<PlannedAction, string>> = {
  create: '➕ create',
  update: '🔄 update',
  delete: '🗑️ delete',
  replace: '♻️ replace',
  read: '📖 read',
  forget: '🫥 forget',
  'no-op': 'no-op'
};

export const CHANGE_TABLE_HEAD = '| address | action |\n| --- | --- |\n';

/** One Markdown table row a resource or output change: address and action, never a value. */
export function planChangeRows(s: PlanSummary): string[] {
  return [
    ...s.resources.map(
      (r) =>
        `| ${codeCell(r.address)} | ${ACTION_LABEL[r.action]}${r.reason === undefined ? '' : ` (${tableCell(r.reason)})`} |\n`
    ),
    ...s.outputs.map((o) => `| output ${codeCell(o.name)} | ${ACTION_LABEL[o.action]} |\n`)
  ];
}

/** The counts line of a plan, as the engine words it. */
export function planCounts(s: PlanSummary): string {
  return s.hasChanges
    ? `**${s.add} to add, ${s.change} to change, ${s.destroy} to destroy**` +
        (s.replace > 0 ? ` (${s.replace} replaced)` : '') +
        (s.forget > 0 ? `, ${s.forget} to forget` : '')
    : '**No changes.** The infrastructure matches the configuration.';
}

export interface PlanSummaryView {
  stack: string;
  engine: string;
  summary: PlanSummary;
  planId: string;
  planSha256: string;
  planTextPath: string;
  limitBytes?: number;
}

/**
 * The step summary of a plan: counts and identities first, then one row a resource change. Values
 * never appear, only addresses and actions, so nothing sensitive can. Past the size limit the rows
 * are cut with a line that says how many and where the full plan text is.
 */
export function renderPlanSummary(view: PlanSummaryView): string {
  const s = view.summary;
  const head =
    `### Plan for ${inlineCode(view.stack)}\n\n` +
    `${planCounts(s)}\n\n` +
    `| engine | plan-id | plan-sha256 |\n| --- | --- | --- |\n` +
    `| ${view.engine} ${s.engineVersion} | ${inlineCode(view.planId)} | ${inlineCode(view.planSha256)} |\n\n`;
  const rows = planChangeRows(s);
  const tableHead = rows.length === 0 ? '' : CHANGE_TABLE_HEAD;
  return fitRows({
    head: head + tableHead,
    rows,
    tail: '',
    limitBytes: view.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES,
    omitted: (count) =>
      `\n_${count} more change${count === 1 ? '' : 's'} not shown: the step summary is limited to ` +
      `1 MiB. The full plan text is in ${inlineCode(view.planTextPath)} (upload it as an artifact to keep it)._\n`
  }).text;
}

export interface ApplySummaryView {
  stack: string;
  planSha256: string;
  /** Output values with the sensitive ones already replaced. */
  outputs: Record<string, unknown>;
  outputsPath: string;
  limitBytes?: number;
}

const VALUE_PREVIEW = 200;

/** The step summary of an apply: what was applied and its outputs, sensitive ones redacted. */
export function renderApplySummary(view: ApplySummaryView): string {
  const names = Object.keys(view.outputs).sort();
  const head =
    `### Applied ${inlineCode(view.stack)}\n\n` +
    `Plan ${inlineCode(view.planSha256)} applied. Outputs are in ${inlineCode(view.outputsPath)}.\n\n` +
    (names.length === 0 ? '' : '| output | value |\n| --- | --- |\n');
  const rows = names.map((name) => {
    const json = JSON.stringify(view.outputs[name]) ?? 'null';
    const preview = json.length > VALUE_PREVIEW ? `${json.slice(0, VALUE_PREVIEW)}…` : json;
    return `| ${codeCell(name)} | ${codeCell(preview)} |\n`;
  });
  return fitRows({
    head,
    rows,
    tail: '',
    limitBytes: view.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES,
    omitted: (count) =>
      `\n_${count} more outputs not shown; all are in ${inlineCode(view.outputsPath)}._\n`
  }).text;
}
