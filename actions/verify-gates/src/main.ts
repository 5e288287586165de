import * as core from '@actions/core';
import { relative } from 'node:path';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { runnerPaths } from '../../../src/terraform/stack-inputs.js';
import { systemClock, renderGateSummary } from '../../../src/verify/gates.js';
import { failureMessage, runVerifyGates, verifyGatesOutputs } from '../../../src/verify/job.js';
import { createProbe } from '../../../src/verify/probes.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  await runAction('verify-gates', async () => {
    const paths = runnerPaths();
    const { workspace } = paths;
    const inputs = getInputs(coreInputs, paths);
    const result = await runVerifyGates(inputs, {
      log: coreLog,
      probe: createProbe({ dnsServer: inputs.dnsServer }),
      clock: systemClock
    });
    for (const [name, value] of Object.entries(verifyGatesOutputs(result))) setOutput(name, value);
    const shown = relative(workspace, result.reportPath);
    await core.summary
      .addRaw(renderGateSummary(result.report, shown.startsWith('..') ? result.reportPath : shown))
      .write();
    if (result.report.result === 'failed') core.setFailed(failureMessage(result.report));
  });
}
