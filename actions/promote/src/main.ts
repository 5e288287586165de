import * as core from '@actions/core';
import { appendAudit } from '../../../src/audit/trail.js';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { readRunContext } from '../../../src/governance/event.js';
import { readPromoteInputs } from '../../../src/promote/inputs.js';
import { PromotionRefusedError, runPromote } from '../../../src/promote/job.js';
import { promotionOutputs } from '../../../src/promote/promotion.js';
import { renderPromotionSummary } from '../../../src/promote/summary.js';

export async function run(): Promise<void> {
  setOutput('promoted', 'false');
  await runAction('promote', async () => {
    const token = core.getInput('github-token');
    if (token !== '') core.setSecret(token);
    const inputs = readPromoteInputs(coreInputs, process.env);
    const context = readRunContext();
    try {
      const promotion = await runPromote(
        {
          ...inputs,
          actor: process.env['GITHUB_ACTOR'] ?? '',
          repository: context.repository,
          runUrl: context.runId === '' ? '' : context.runUrl
        },
        {
          log: coreLog,
          record: async (event) => {
            await appendAudit({ ...inputs.trail, events: [event], log: coreLog });
          }
        }
      );
      for (const [name, value] of Object.entries(promotionOutputs(promotion, inputs.dryRun)))
        setOutput(name, value);
      setOutput('promoted', String(!inputs.dryRun));
      await core.summary.addRaw(renderPromotionSummary(promotion, inputs.dryRun)).write();
    } catch (error) {
      if (error instanceof PromotionRefusedError)
        throw new PromotionRefusedError(`Promotion refused, nothing recorded: ${error.message}`);
      throw error;
    }
  });
}
