import * as core from '@actions/core';
import { systemClock } from '../../../src/common/clock.js';
import { readInputGroups } from '../../../src/common/inputs.js';
import { backendConfigSecrets } from '../../../src/common/secrets.js';
import * as action from '../../../src/github/action.js';
import { gitHubConnection } from '../../../src/github/connection.js';
import { runApplyStep } from '../../../src/governance/apply-step.js';
import { auditRecorder } from '../../../src/governance/audit.js';
import { readRunContext } from '../../../src/governance/event.js';
import { opaEvaluator } from '../../../src/policy/opa.js';
import { installEngine } from '../../../src/terraform/install.js';
import { runnerPaths, stackSlug } from '../../../src/terraform/stack-inputs.js';
import { getGateInputs, getInputs, getPolicyInputs } from '../../../src/terraform/apply-inputs.js';

export async function run(): Promise<void> {
  action.setOutput('applied', 'false');
  await action.runAction('tf-apply', async () => {
    const { coreInputs: read, coreLog: log } = action;
    const paths = runnerPaths();
    const [apply, gate, policy] = readInputGroups(
      () => getInputs(read, paths),
      () => getGateInputs(read, paths),
      () => getPolicyInputs(read, paths, action.bundledPolicyLibrary(import.meta.url))
    );
    if (gate.token !== '') core.setSecret(gate.token);
    for (const secret of backendConfigSecrets(apply.backendConfig)) core.setSecret(secret);
    const context = readRunContext();
    const report = await runApplyStep(
      {
        apply,
        gate,
        policy: { ...policy, environment: gate.environment },
        stackPath: stackSlug(apply.workingDirectory, paths.workspace),
        context,
        actor: process.env['GITHUB_ACTOR'] ?? ''
      },
      {
        log,
        install: installEngine,
        maskSecret: (value) => core.setSecret(value),
        evaluatePolicy: opaEvaluator(log),
        connect: gitHubConnection(gate.token, context),
        recordAudit: auditRecorder(gate.audit, log),
        clock: systemClock
      }
    );
    await action.settleStep(report);
  });
}
