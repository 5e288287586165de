import * as core from '@actions/core';
import {
  publishFactsOutputs,
  renderPublishSummary,
  runnerProvenance,
  runPublishFacts
} from '../../../src/facts/publish.js';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { getInputs } from '../../../src/facts/inputs.js';

export async function run(): Promise<void> {
  await runAction('publish-runtime-facts', async () => {
    // Masked before anything else can print it.
    const token = core.getInput('github-token');
    if (token !== '') core.setSecret(token);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const inputs = getInputs(coreInputs, workspace);
    const result = await runPublishFacts(inputs, {
      log: coreLog,
      now: () => new Date(),
      provenance: runnerProvenance(process.env)
    });
    for (const [name, value] of Object.entries(publishFactsOutputs(result))) setOutput(name, value);
    await core.summary.addRaw(renderPublishSummary(result)).write();
  });
}
