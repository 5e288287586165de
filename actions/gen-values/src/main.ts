import * as core from '@actions/core';
import { relative } from 'node:path';
import { runnerProvenance } from '../../../src/facts/publish.js';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { genValuesOutputs, renderGenValuesSummary, runGenValues } from '../../../src/gitops/job.js';
import { connectPullRequests } from '../../../src/gitops/publish.js';
import { getInputs } from '../../../src/gitops/inputs.js';

export async function run(): Promise<void> {
  await runAction('gen-values', async () => {
    // Masked before anything else can print it.
    const token = core.getInput('github-token');
    if (token !== '') core.setSecret(token);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const inputs = getInputs(coreInputs, workspace);
    const result = await runGenValues(inputs, {
      log: coreLog,
      provenance: runnerProvenance(process.env),
      ...(inputs.publish === undefined
        ? {}
        : { connect: connectPullRequests(inputs.publish, coreLog) })
    });
    for (const [name, value] of Object.entries(genValuesOutputs(result))) setOutput(name, value);
    await core.summary
      .addRaw(renderGenValuesSummary(result, relative(workspace, result.outDir) || '.'))
      .write();
  });
}
