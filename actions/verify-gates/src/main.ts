import * as core from '@actions/core';
import { relative } from 'node:path';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { runnerPaths } from '../../../src/terraform/stack-inputs.js';
import { systemClock, renderGateSummary } from '../../../src/verify/gates.js';
import { failureMessage, runVerifyGates, verifyGatesOutputs } from '../../../src/verify/job.js';
import { createProbe } from '../../../src/verify/probes.js';
import { readInputGroups } from '../../../src/common/inputs.js';
import { sha256File } from '../../../src/common/hash.js';
import { recordAudit } from '../../../src/governance/audit.js';
import { readRunContext } from '../../../src/governance/event.js';
import { readVerificationRecord } from '../../../src/promote/inputs.js';
import { verificationEvent } from '../../../src/promote/promotion.js';
import { getInputs } from '../../../src/verify/inputs.js';

export async function run(): Promise<void> {
  await runAction('verify-gates', async () => {
    const paths = runnerPaths();
    const { workspace } = paths;
    const [inputs, record] = readInputGroups(
      () => getInputs(coreInputs, paths),
      () => readVerificationRecord(coreInputs, process.env)
    );
    if (record?.audit.token !== undefined) core.setSecret(record.audit.token);
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
    if (record !== undefined) {
      // Promotion reads this record, never a label: what passed, for which digest and commit.
      const context = readRunContext();
      const event = verificationEvent(
        {
          app: record.app,
          environment: record.environment,
          image: record.image,
          commit: record.commit,
          result: result.report.result === 'passed' ? 'passed' : 'failed',
          reportSha256: await sha256File(result.reportPath),
          checks: result.report.checks.length
        },
        {
          actor: process.env['GITHUB_ACTOR'] ?? '',
          time: new Date().toISOString(),
          repository: context.repository,
          runUrl: context.runUrl
        }
      );
      await coreLog.group('Audit trail', () => recordAudit(record.audit, [event], coreLog));
      core.setOutput('verification-recorded', 'true');
    }
    if (result.report.result === 'failed') core.setFailed(failureMessage(result.report));
  });
}
