import * as core from '@actions/core';
import { readInputGroups } from '../../../src/common/inputs.js';
import * as action from '../../../src/github/action.js';
import { auditRecorder } from '../../../src/governance/audit.js';
import { readRunContext } from '../../../src/governance/event.js';
import { readVerificationRecord } from '../../../src/promote/inputs.js';
import { runnerPaths } from '../../../src/terraform/stack-inputs.js';
import { systemClock } from '../../../src/verify/gates.js';
import { getInputs } from '../../../src/verify/inputs.js';
import { createProbe } from '../../../src/verify/probes.js';
import { runVerifyStep } from '../../../src/verify/step.js';

export async function run(): Promise<void> {
  await action.runAction('verify-gates', async () => {
    const { coreInputs: read, coreLog: log } = action;
    const paths = runnerPaths();
    const [gates, record] = readInputGroups(
      () => getInputs(read, paths),
      () => readVerificationRecord(read, process.env)
    );
    if (record?.audit.token !== undefined) core.setSecret(record.audit.token);
    const report = await runVerifyStep(
      {
        gates,
        ...(record === undefined ? {} : { record }),
        context: readRunContext(),
        actor: process.env['GITHUB_ACTOR'] ?? ''
      },
      {
        log,
        probe: createProbe({ dnsServer: gates.dnsServer }),
        clock: systemClock,
        recordAudit: auditRecorder(record?.audit, log)
      }
    );
    await action.settleStep(report);
    if (report.verdict !== undefined) core.setFailed(report.verdict);
  });
}
