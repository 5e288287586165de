import * as core from '@actions/core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreInputs, coreLog, runAction } from '../../../src/github/action.js';
import { byteLength, STEP_SUMMARY_LIMIT_BYTES } from '../../../src/markdown/budget.js';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { installOpa } from '../../../src/policy/opa.js';
import { renderPolicySummary } from '../../../src/policy/summary.js';
import { installEngine } from '../../../src/terraform/install.js';
import { planOutputs, runPlanJob } from '../../../src/terraform/plan-job.js';
import { runnerPaths, stackSlug } from '../../../src/terraform/stack-inputs.js';
import { renderPlanSummary } from '../../../src/terraform/summary.js';
import { getInputs, getPolicyInputs } from './inputs.js';

/**
 * The policy library shipped beside the actions: this file is three levels below the package
 * root, as source (actions/tf-plan/src/main.ts) and as bundle (actions/tf-plan/dist/index.js).
 */
function bundledPolicyLibrary(): string {
  return join(dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url))))), 'policies');
}

export async function run(): Promise<void> {
  await runAction('tf-plan', async () => {
    const paths = runnerPaths();
    const inputs = getInputs(coreInputs, paths);
    const policy = getPolicyInputs(coreInputs, paths, bundledPolicyLibrary());
    const result = await runPlanJob(inputs, { log: coreLog, install: installEngine });
    for (const [name, value] of Object.entries(planOutputs(result))) core.setOutput(name, value);

    const decision = await coreLog.group('Policy', async () => {
      const opa = await installOpa({ log: (m) => core.info(m) });
      const verdict = await evaluatePolicy({
        opa: opa.binary,
        ...policy,
        planJsonPath: result.planJsonPath
      });
      core.info(`Policy ${verdict.result}: ${verdict.violations.length} violation(s)`);
      for (const v of verdict.violations)
        core.info(`  ${v.severity} ${v.rule} ${v.address}: ${v.message}`);
      return verdict;
    });
    core.setOutput('policy-result', decision.result);
    core.setOutput('policy-violations', JSON.stringify(decision.violations));

    const policyText = renderPolicySummary(decision, STEP_SUMMARY_LIMIT_BYTES / 2);
    const planText = renderPlanSummary({
      stack: stackSlug(inputs.workingDirectory, paths.workspace),
      engine: inputs.engine,
      summary: result.summary,
      planId: result.planId,
      planSha256: result.planSha256,
      planTextPath: result.planTextPath,
      limitBytes: STEP_SUMMARY_LIMIT_BYTES - byteLength(policyText)
    });
    await core.summary.addRaw(planText + '\n' + policyText).write();
  });
}
