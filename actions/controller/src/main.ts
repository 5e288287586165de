import * as core from '@actions/core';
import { systemClock } from '../../../src/common/clock.js';
import * as action from '../../../src/github/action.js';
import { getControllerInputs } from '../../../src/controller/inputs.js';
import { readControllerEvent, runControllerStep } from '../../../src/controller/step.js';

export async function run(): Promise<void> {
  await action.runAction('controller', async () => {
    const { coreInputs: read, coreLog: log } = action;
    const env = process.env;
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const inputs = getControllerInputs(read, workspace, env);
    const controllerToken = read('controller-token');
    const auditToken = read('audit-token');
    for (const secret of [inputs.token, controllerToken, auditToken])
      if (secret !== '') core.setSecret(secret);
    const { context, event } = readControllerEvent(env);
    // Loaded once the inputs are good: a bad input fails the step without them.
    const { createGitHubClient } = await import('../../../src/github/client.js');
    const phases = await import('../../../src/controller/phases.js');
    const report = await runControllerStep(
      {
        inputs,
        controllerToken,
        auditToken,
        context,
        event,
        actor: env['GITHUB_ACTOR'] ?? '',
        workspace
      },
      {
        log,
        phases,
        clock: systemClock,
        connect: (token, repository) =>
          createGitHubClient({ token, repository, baseUrl: context.apiUrl, log })
      }
    );
    await action.settleStep(report);
  });
}
