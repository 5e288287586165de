import * as core from '@actions/core';
import { systemClock } from '../../../src/common/clock.js';
import { readInputGroups } from '../../../src/common/inputs.js';
import { backendConfigSecrets } from '../../../src/common/secrets.js';
import * as action from '../../../src/github/action.js';
import { gitHubConnection } from '../../../src/github/connection.js';
import { auditRecorder } from '../../../src/governance/audit.js';
import { readRunContext } from '../../../src/governance/event.js';
import { runPlanStep } from '../../../src/governance/plan-step.js';
import { opaEvaluator } from '../../../src/policy/opa.js';
import { installEngine } from '../../../src/terraform/install.js';
import { runnerPaths, stackSlug } from '../../../src/terraform/stack-inputs.js';
import * as inputs from '../../../src/terraform/plan-inputs.js';

export async function run(): Promise<void> {
  await action.runAction('tf-plan', async () => {
    const { coreInputs: read, coreLog: log } = action;
    const paths = runnerPaths();
    const [plan, policy, governance] = readInputGroups(
      () => inputs.getInputs(read, paths),
      () => inputs.getPolicyInputs(read, paths, action.bundledPolicyLibrary(import.meta.url)),
      () => inputs.getGovernanceInputs(read, paths)
    );
    if (governance.token !== '') core.setSecret(governance.token);
    for (const secret of backendConfigSecrets(plan.backendConfig)) core.setSecret(secret);
    const context = readRunContext();
    const report = await runPlanStep(
      {
        plan,
        policy,
        governance,
        stackPath: stackSlug(plan.workingDirectory, paths.workspace),
        context,
        actor: process.env['GITHUB_ACTOR'] ?? ''
      },
      {
        log,
        install: installEngine,
        maskSecret: (value) => core.setSecret(value),
        evaluatePolicy: opaEvaluator(log),
        connect: gitHubConnection(governance.token, context),
        recordAudit: auditRecorder(governance.audit, log),
        clock: systemClock
      }
    );
    await action.settleStep(report);
  });
}
