import * as core from '@actions/core';
import { systemClock } from '../../../src/common/clock.js';
import * as action from '../../../src/github/action.js';
import { recordAudit } from '../../../src/governance/audit.js';
import { readRunContext } from '../../../src/governance/event.js';
import { unlockGitHub } from '../../../src/state/github.js';
import { getStateUnlockInputs } from '../../../src/state/inputs.js';
import { runUnlockStep } from '../../../src/state/step.js';
import { installEngine } from '../../../src/terraform/install.js';
import { runnerPaths } from '../../../src/terraform/stack-inputs.js';

export async function run(): Promise<void> {
  action.setOutput('unlocked', 'false');
  await action.runAction('state-unlock', async () => {
    const { coreInputs: read, coreLog: log } = action;
    // Masked before anything else can print it, valid or not.
    const token = core.getInput('github-token');
    if (token !== '') core.setSecret(token);
    const settings = getStateUnlockInputs(read, runnerPaths(), process.env);
    const context = readRunContext();
    const report = await runUnlockStep(
      { ...settings, context, actor: process.env['GITHUB_ACTOR'] ?? '' },
      {
        log,
        install: installEngine,
        connect: () =>
          unlockGitHub({
            token: settings.token,
            repository: context.repository,
            baseUrl: context.apiUrl,
            log
          }),
        recordAudit: (audit, events) => recordAudit(audit, events, log),
        clock: systemClock
      }
    );
    await action.settleStep(report);
  });
}
