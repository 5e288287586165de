import * as core from '@actions/core';
import { coreInputs, coreLog, runAction } from '../../../src/github/action.js';
import { applyOutputs, runApplyJob } from '../../../src/terraform/apply-job.js';
import { installEngine } from '../../../src/terraform/install.js';
import { runnerPaths, stackSlug } from '../../../src/terraform/stack-inputs.js';
import { renderApplySummary } from '../../../src/terraform/summary.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  core.setOutput('applied', 'false');
  await runAction('tf-apply', async () => {
    const paths = runnerPaths();
    const inputs = getInputs(coreInputs, paths);
    const result = await runApplyJob(inputs, {
      log: coreLog,
      install: installEngine,
      maskSecret: (value) => core.setSecret(value)
    });
    for (const [name, value] of Object.entries(applyOutputs(result))) core.setOutput(name, value);
    await core.summary
      .addRaw(
        renderApplySummary({
          stack: stackSlug(inputs.workingDirectory, paths.workspace),
          planSha256: inputs.planSha256,
          outputs: result.outputs,
          outputsPath: result.outputsPath
        })
      )
      .write();
  });
}
