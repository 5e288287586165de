import {
  byteLength,
  clampText,
  COMMENT_LIMIT_CHARS,
  fitRows,
  inlineCode,
  codeCell
} from '../markdown/budget.js';
import type { PolicyDecision } from '../policy/evaluate.js';
import { renderPolicySummary } from '../policy/summary.js';
import type { PlanSummary } from '../terraform/plan.js';
import { CHANGE_TABLE_HEAD, planChangeRows, planCounts } from '../terraform/summary.js';
import { renderMarker, type PlanMarker } from './marker.js';

export interface PlanCommentView {
  marker: PlanMarker;
  engine: string;
  /** The branch the environment deploys from (environment-branches). */
  targetBranch: string;
  summary: PlanSummary;
  policy: PolicyDecision;
  /** `{server}/{repo}/actions/runs/{run_id}`: where the full plan summary is. */
  runUrl: string;
  /** Default: GitHub's comment limit. */
  limit?: number;
}

/** The share of the comment the policy violations may take; the resource changes get the rest. */
const POLICY_SHARE = 0.25;

/**
 * The sticky plan comment of one stack: the marker, then what a reviewer decides on (environment,
 * counts, identities, policy verdict and violations), then the resource changes folded in a
 * `<details>` section. The summary always stays; the changes are cut to fit GitHub's limit with a
 * line saying how many were left out and linking the run, whose summary lists them all. Only
 * addresses and actions appear, never a value, so nothing sensitive can.
 */
export function renderPlanComment(view: PlanCommentView): string {
  const limit = view.limit ?? COMMENT_LIMIT_CHARS;
  const m = view.marker;
  const s = view.summary;
  const verdict = m.policyResult === 'passed' ? '✅ policy passed' : '❌ policy failed';
  const run = `[run ${m.runId}](${view.runUrl})`;
  const head =
    `${renderMarker(m)}\n` +
    `### Plan for ${inlineCode(m.stack)}: ${verdict}\n\n` +
    '| environment | target branch | commit | run |\n| --- | --- | --- | --- |\n' +
    `| ${m.environment === '' ? '(none)' : codeCell(m.environment)} | ` +
    `${codeCell(view.targetBranch)} | ${inlineCode(m.commit.slice(0, 12))} | ${run} |\n\n` +
    `${planCounts(s)}\n\n` +
    '| engine | plan-id | plan-sha256 |\n| --- | --- | --- |\n' +
    `| ${view.engine} ${s.engineVersion} | ${inlineCode(m.planId)} | ${inlineCode(m.planSha256)} |\n\n`;
  const policy = renderPolicySummary(view.policy, Math.floor(limit * POLICY_SHARE));
  const footer =
    `\n_tf-apply applies exactly this plan, and only after an approving review of commit ` +
    `${inlineCode(m.commit.slice(0, 12))} by someone with write access other than the author, ` +
    `with the policy passed or overridden by a special approver's \`OVERRIDE: <justification>\` ` +
    `comment. A new push needs a new plan and a new approval. Labels are for people; the gate ` +
    `never reads them._\n`;
  const rows = planChangeRows(s);
  let details = '';
  if (rows.length > 0) {
    const fixed = byteLength(head) + byteLength(policy) + byteLength(footer);
    details = fitRows({
      head: `<details><summary>Resource changes (${rows.length})</summary>\n\n` + CHANGE_TABLE_HEAD,
      rows,
      tail: '\n</details>\n',
      limitBytes: limit - fixed,
      omitted: (count) =>
        `\n_${count} more change${count === 1 ? '' : 's'} not shown: a comment is limited to ` +
        `${COMMENT_LIMIT_CHARS.toLocaleString('en-US')} characters. All are listed in the ` +
        `[run's summary](${view.runUrl})._\n`
    }).text;
  }
  return clampText(
    head + policy + details + footer,
    limit,
    `\n_The rest of this comment did not fit GitHub's limit: see the [run's summary](${view.runUrl})._\n`
  );
}
