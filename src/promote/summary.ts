import { untrustedMarkdown } from '../markdown/escape.js';
import type { Promotion } from './promotion.js';

/** The step summary of a promotion: what moved where, and why it may. */
export function renderPromotionSummary(p: Promotion, dryRun: boolean): string {
  const verb = dryRun ? 'Would promote' : p.unchanged ? 'Already in' : 'Promoted to';
  return [
    `### ${verb} ${p.to}: ${untrustedMarkdown(p.app)}${p.rollback ? ' (rollback)' : ''}`,
    '',
    `| image | tag | digest | commit |`,
    '| --- | --- | --- | --- |',
    `| ${untrustedMarkdown(p.image, 'code-cell')} | ${untrustedMarkdown(p.tag, 'code-cell')} | ${untrustedMarkdown(p.digest, 'code-cell')} | ${untrustedMarkdown(p.commit, 'code-cell')} |`,
    '',
    'Because:',
    ...p.why.map((w) => `- ${untrustedMarkdown(w)}`),
    '',
    dryRun
      ? 'Dry run: nothing was recorded.'
      : 'Nothing was built or pushed: deploy this digest (gen-values `image`, then argocd-sync).',
    ''
  ].join('\n');
}
