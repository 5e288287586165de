import { fitRows, inlineCode, STEP_SUMMARY_LIMIT_BYTES, tableCell } from '../markdown/budget.js';
import type { ResourceProblem, Verdict } from './application.js';
import type { ArgoCdSyncResult } from './sync-job.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function headline(verdict: Verdict): string {
  if (verdict.kind === 'converged') return 'Synced and Healthy';
  return 'failed';
}

function stateRows(verdict: Verdict): string[] {
  const s = verdict.state;
  return [
    '| | |',
    '| --- | --- |',
    `| sync status | ${tableCell(s.syncStatus)} |`,
    `| health | ${tableCell(s.healthStatus)} |`,
    `| operation | ${tableCell(s.operationPhase || '-')}${s.operationMessage ? `: ${tableCell(s.operationMessage)}` : ''} |`,
    `| revision | ${s.revision === '' ? '-' : inlineCode(s.revision)} |`,
    `| operation started / finished | ${s.startedAt ?? '-'} / ${s.finishedAt ?? '-'} |`,
    `| reconciled at | ${s.reconciledAt ?? '-'} |`
  ];
}

function problemRows(problems: readonly ResourceProblem[]): string[] {
  return problems.map(
    (p) =>
      `| ${tableCell(p.kind)} | ${inlineCode(p.name)} | ${tableCell(p.health)} | ${tableCell(p.sync)} | ${tableCell(p.message)} |\n`
  );
}

/**
 * The step summary: the verdict, the application's state, the resources that are not healthy and
 * why (cut to the summary's limit, saying how many were left out), the rollback and the timings.
 * The token never appears: nothing here is derived from it.
 */
export function renderArgoCdSyncSummary(
  result: ArgoCdSyncResult,
  limitBytes = STEP_SUMMARY_LIMIT_BYTES
): string {
  const { verdict, rollback, timings } = result;
  const head: string[] = [
    `### argocd-sync: ${inlineCode(result.application)} ${verdict.kind === 'converged' ? '✅' : '❌'} ${headline(verdict)}`,
    '',
    `Server ${inlineCode(result.server)} · requested revision ${result.requestedRevision === undefined ? 'the application’s target revision' : inlineCode(result.requestedRevision)}`,
    ''
  ];
  if (result.failure !== undefined) head.push(`**${tableCell(result.failure)}**`, '');
  head.push(...stateRows(verdict), '');
  const timing =
    `Timings: waited ${seconds(timings.waitedForOperationMs)} for an operation already under way · ` +
    `sync ${seconds(timings.syncMs)}` +
    (rollback === undefined ? '' : ` · rollback ${seconds(timings.rollbackMs)}`) +
    ` · total ${seconds(timings.totalMs)} · ${result.polls} looks at the application`;

  const tail: string[] = [];
  if (rollback !== undefined) {
    tail.push('#### Rollback', '');
    if (rollback.refused !== undefined) tail.push(`Not rolled back: ${rollback.refused}.`);
    else if (rollback.verdict !== undefined) {
      const to = rollback.target?.revision ?? '?';
      tail.push(
        `Rolled back to history entry ${rollback.target?.id ?? '?'} (${inlineCode(to)}): ` +
          (rollback.verdict.kind === 'converged'
            ? '✅ Healthy.'
            : `❌ ${rollback.verdict.kind === 'failed' ? rollback.verdict.reason : 'no verdict'}.`),
        '',
        ...stateRows(rollback.verdict)
      );
    }
    tail.push('');
  }
  tail.push(timing, '');

  const problems = verdict.kind === 'converged' ? [] : verdict.problems;
  if (problems.length === 0) return `${[...head, ...tail].join('\n')}`;
  const table = [
    ...head,
    `**Resources not healthy (${problems.length})**`,
    '',
    '| kind | name | health | sync | message |',
    '| --- | --- | --- | --- | --- |',
    ''
  ].join('\n');
  return fitRows({
    head: table,
    rows: problemRows(problems),
    tail: `\n${tail.join('\n')}`,
    limitBytes,
    omitted: (count) =>
      count === 0
        ? ''
        : `\n${count} more resources are not healthy: see the application in Argo CD.\n`
  }).text;
}
