import * as core from '@actions/core';
import { coreInputs, runAction, setOutput } from '../../../src/github/action.js';
import { getTargetsInputs } from '../../../src/targets/inputs.js';
import { runTargetsJob, targetsOutputs, targetsSummary } from '../../../src/targets/targets-job.js';

export async function run(): Promise<void> {
  await runAction('tf-targets', async () => {
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const settings = getTargetsInputs(coreInputs, workspace);
    const result = await core.group('Detect the targets', () => runTargetsJob(settings));
    core.info(result.text.trimEnd());
    for (const [name, value] of Object.entries(targetsOutputs(result))) setOutput(name, value);
    await core.summary.addRaw(targetsSummary(result)).write();
  });
}
