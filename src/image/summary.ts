import { fitRows, inlineCode, STEP_SUMMARY_LIMIT_BYTES, tableCell } from '../markdown/budget.js';
import type { BuildScanPushResult } from './model.js';
import { SEVERITIES } from './scan.js';

const code = (text: string) => inlineCode(text);

/**
 * The step summary: what was built, pushed and signed, and every finding at a failing severity with
 * its package, installed and fixed version, so a person knows what to upgrade. Accepted findings
 * and expired ignore-file entries are listed apart.
 */
export function renderBuildScanPushSummary(
  result: BuildScanPushResult,
  limitBytes = STEP_SUMMARY_LIMIT_BYTES
): string {
  const verdict = result.verdict;
  const status =
    result.refused !== undefined
      ? 'nothing pushed'
      : result.push === undefined
        ? 'built, not pushed'
        : result.push.push.length === 0
          ? 'already in the registry'
          : 'pushed';
  const head: string[] = [`### build-scan-push: ${code(result.repository)} — ${status}`, ''];
  if (result.refused !== undefined) head.push(`**${result.refused}**`, '');
  head.push('| | |', '| --- | --- |');
  head.push(`| digest | ${code(result.digest)} |`);
  const tagCell = result.tags
    .map((tag) => {
      const p = result.push;
      const state = p?.conflicts.some((c) => c.tag === tag)
        ? 'taken by another digest'
        : p?.present.includes(tag) === true
          ? 'already this digest'
          : p === undefined || result.refused !== undefined
            ? 'not pushed'
            : 'pushed';
      return `${code(tag)} (${state})`;
    })
    .join(', ');
  head.push(`| tags | ${tagCell} |`);
  head.push(
    `| built with | ${result.builder}, timestamps from the commit (${new Date(result.createdEpoch * 1000).toISOString()}) |`
  );
  const scanText =
    result.scanResult === 'skipped'
      ? 'skipped (scan: false)'
      : `${result.scanResult}: fails on ${result.failOn.join(', ')}`;
  head.push(`| scan | ${scanText} |`);
  if (result.counts !== undefined)
    head.push(
      `| findings not accepted | ${SEVERITIES.map((s) => `${result.counts?.[s] ?? 0} ${s}`).join(' · ')} |`
    );
  if (result.signatureRef !== undefined) head.push(`| signature | ${code(result.signatureRef)} |`);
  head.push('');

  const rows: string[] = [];
  if (verdict !== undefined && verdict.blocking.length > 0) {
    head.push(
      `#### ${verdict.blocking.length} finding${verdict.blocking.length === 1 ? '' : 's'} at ${result.failOn.join(' or ')}`,
      '',
      '| severity | ID | package | installed | fixed in | title |',
      '| --- | --- | --- | --- | --- | --- |'
    );
    for (const f of verdict.blocking)
      rows.push(
        `| ${f.severity} | ${tableCell(f.id)} | ${tableCell(f.package)} | ${tableCell(f.installed)} | ${f.fixed === '' ? 'no fix yet' : tableCell(f.fixed)} | ${tableCell(f.title)} |\n`
      );
  }
  const tail: string[] = [];
  if (verdict !== undefined && verdict.accepted.length > 0) {
    tail.push(
      '#### Accepted by the ignore file',
      '',
      '| ID | package | severity | until | reason |',
      '| --- | --- | --- | --- | --- |',
      ...verdict.accepted.map(
        ({ finding, entry }) =>
          `| ${tableCell(finding.id)} | ${tableCell(finding.package)} | ${finding.severity} | ${entry.expires} | ${tableCell(entry.reason)} |`
      ),
      ''
    );
  }
  if (verdict !== undefined && verdict.expired.length > 0) {
    tail.push(
      '#### Expired ignore-file entries (no longer applied)',
      '',
      '| ID | package | expired | reason |',
      '| --- | --- | --- | --- |',
      ...verdict.expired.map(
        ({ finding, entry }) =>
          `| ${tableCell(finding.id)} | ${tableCell(finding.package)} | ${entry.expires} | ${tableCell(entry.reason)} |`
      ),
      ''
    );
  }
  if (verdict !== undefined && verdict.unused.length > 0)
    tail.push(
      `Ignore-file entries that matched nothing (remove them): ${verdict.unused.map((e) => code(e.id)).join(', ')}`,
      ''
    );
  if (result.sarifPath !== undefined)
    tail.push(`SARIF report (accepted findings left out): ${code(result.sarifPath)}`, '');

  return fitRows({
    head: `${head.join('\n')}\n`,
    rows,
    tail: (rows.length > 0 ? '\n' : '') + tail.join('\n'),
    limitBytes,
    omitted: (count) => `\n…and ${count} more: see the SARIF report (sarif-path).\n`
  }).text;
}
