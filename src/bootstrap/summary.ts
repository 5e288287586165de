import { fitRows, inlineCode, STEP_SUMMARY_LIMIT_BYTES, tableCell } from '../markdown/budget.js';
import type { ApplyOutcome } from './cluster.js';
import type { BootstrapResult, TeardownResult } from './job.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const OUTCOMES: ApplyOutcome[] = ['created', 'configured', 'unchanged'];

/**
 * The bootstrap's step summary: counts by outcome, the Argo CD version, what the API server
 * refused (kind, name, its message), the root objects no longer rendered and whether they were
 * pruned, then every object applied (cut to the summary's limit). Nothing in it comes from the
 * kubeconfig but the server's URL.
 */
export function renderBootstrapSummary(
  result: BootstrapResult,
  limitBytes = STEP_SUMMARY_LIMIT_BYTES
): string {
  const count = (o: ApplyOutcome) => result.applied.filter((a) => a.outcome === o).length;
  const ok = result.failure === undefined;
  const head = [
    `### gitops-bootstrap: Argo CD ${inlineCode(result.argocdVersion)} ${ok ? '✅' : '❌'} ${ok ? 'bootstrapped' : 'failed'}`,
    '',
    `API server ${result.server} (${result.serverVersion})`,
    ''
  ];
  if (!ok) head.push(`**${tableCell(result.failure ?? '')}**`, '');
  head.push(
    '| created | configured | unchanged | pruned | refused |',
    '| --- | --- | --- | --- | --- |',
    `| ${count('created')} | ${count('configured')} | ${count('unchanged')} | ${result.pruned.length} | ${result.refused.length} |`,
    ''
  );
  if (result.refused.length > 0) {
    head.push(
      '#### Refused by the API server',
      '',
      '| kind | name | message |',
      '| --- | --- | --- |'
    );
    for (const r of result.refused)
      head.push(
        `| ${tableCell(r.kind)} | ${inlineCode(r.namespace === undefined ? r.name : `${r.namespace}/${r.name}`)} | ${tableCell(r.message)} |`
      );
    head.push('');
  }
  if (result.stale.length > 0) {
    const pruned = new Set(result.pruned.map((r) => `${r.kind}/${r.name}`));
    head.push('#### No longer rendered', '');
    for (const r of result.stale)
      head.push(
        `- ${r.kind} ${inlineCode(r.name)}: ${pruned.has(`${r.kind}/${r.name}`) ? 'pruned' : 'kept (set `prune: true` to delete it)'}`
      );
    head.push('');
  }
  const tail = [
    `CRDs Established after ${seconds(result.crdsEstablishedMs)} · total ${seconds(result.totalMs)}`,
    ''
  ];
  const changed = result.applied.filter((a) => a.outcome !== 'unchanged');
  const rows = [...changed, ...result.applied.filter((a) => a.outcome === 'unchanged')]
    .filter((a) => OUTCOMES.includes(a.outcome))
    .map(
      (a) =>
        `| ${tableCell(a.kind)} | ${inlineCode(a.namespace === undefined ? a.name : `${a.namespace}/${a.name}`)} | ${a.outcome} |\n`
    );
  return fitRows({
    head: `${head.join('\n')}\n#### Objects applied\n\n| kind | name | outcome |\n| --- | --- | --- |\n`,
    rows,
    tail: `\n${tail.join('\n')}`,
    limitBytes,
    omitted: (left: number) => `| … | ${left} more objects not shown | |\n`
  }).text;
}

export function renderTeardownSummary(result: TeardownResult): string {
  const ok = result.failure === undefined;
  const lines = [
    `### gitops-bootstrap teardown ${ok ? '✅ done' : '❌ failed'}`,
    '',
    `API server ${result.server}`,
    ''
  ];
  if (!ok) lines.push(`**${tableCell(result.failure ?? '')}**`, '');
  lines.push(
    `Deleted with cascade: ${result.deleted.length === 0 ? 'nothing' : result.deleted.map((r) => `${r.kind} ${inlineCode(r.name)}`).join(', ')}`,
    ''
  );
  if (result.remaining.length > 0) {
    lines.push('| still there | name | why |', '| --- | --- | --- |');
    for (const b of result.remaining)
      lines.push(`| ${b.kind} | ${inlineCode(`${b.namespace}/${b.name}`)} | ${tableCell(b.why)} |`);
    lines.push('');
  }
  lines.push(`Waited ${seconds(result.waitedMs)}`, '');
  return lines.join('\n');
}
