import * as core from '@actions/core';
import { coreInputs, coreLog, runAction } from '../../../src/github/action.js';
import { installEngine } from '../../../src/terraform/install.js';
import { planOutputs, runPlanJob } from '../../../src/terraform/plan-job.js';
import { runnerPaths, stackSlug } from '../../../src/terraform/stack-inputs.js';
import { renderPlanSummary } from '../../../src/terraform/summary.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  await runAction('tf-plan', async () => {
    const paths = runnerPaths();
    const inputs = getInputs(coreInputs, paths);
    const result = await runPlanJob(inputs, { log: coreLog, install: installEngine });
    for (const [name, value] of Object.entries(planOutputs(result))) core.setOutput(name, value);
    await core.summary
      .addRaw(
        renderPlanSummary({
          stack: stackSlug(inputs.workingDirectory, paths.workspace),
          engine: inputs.engine,
          summary: result.summary,
          planId: result.planId,
          planSha256: result.planSha256,
          planTextPath: result.planTextPath
        })
      )
      .write();
  });
}
