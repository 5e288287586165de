import * as core from '@actions/core';
import { systemClock } from '../../../src/common/clock.js';
import { getDriftReportInputs } from '../../../src/drift/inputs.js';
import { runDriftReportStep } from '../../../src/drift/step.js';
import * as action from '../../../src/github/action.js';
import { readRunContext } from '../../../src/governance/event.js';
import { installEngine } from '../../../src/terraform/install.js';
import { runnerPaths } from '../../../src/terraform/stack-inputs.js';

export async function run(): Promise<void> {
  await action.runAction('drift-report', async () => {
    const { coreInputs: read, coreLog: log } = action;
    // Masked before anything else can print it, valid or not.
    const token = core.getInput('github-token');
    if (token !== '') core.setSecret(token);
    const settings = getDriftReportInputs(read, runnerPaths());
    const context = readRunContext();
    const report = await runDriftReportStep(
      { ...settings, context },
      {
        log,
        install: installEngine,
        connect: async () => {
          const { createOperationsClient } = await import('../../../src/github/operations.js');
          return createOperationsClient({
            token,
            repository: context.repository,
            baseUrl: context.apiUrl,
            log
          });
        },
        clock: systemClock
      }
    );
    await action.settleStep(report);
  });
}
