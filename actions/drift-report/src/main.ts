import * as core from '@actions/core';
import { getDriftReportInputs } from '../../../src/drift/inputs.js';
import { checkDrift, keepDriftIssues } from '../../../src/drift/job.js';
import { renderDriftReportSummary, driftReportOutputs } from '../../../src/drift/summary.js';
import { overallDrift, type DriftReport } from '../../../src/drift/status.js';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { readRunContext } from '../../../src/governance/event.js';
import { installEngine } from '../../../src/terraform/install.js';
import { runnerPaths } from '../../../src/terraform/stack-inputs.js';

export async function run(): Promise<void> {
  await runAction('drift-report', async () => {
    const token = core.getInput('github-token');
    if (token !== '') core.setSecret(token);
    const settings = getDriftReportInputs(coreInputs, runnerPaths());
    const context = readRunContext();
    const reports: DriftReport[] = [];
    for (const stack of settings.stacks)
      reports.push(
        await core.group(`Check ${stack.name}`, () =>
          checkDrift(stack, { log: coreLog, install: installEngine })
        )
      );
    const { createOperationsClient } = await import('../../../src/github/operations.js');
    const github = createOperationsClient({
      token,
      repository: context.repository,
      baseUrl: context.apiUrl,
      log: coreLog
    });
    const issues = await core.group('Drift issues', () =>
      keepDriftIssues(
        reports,
        github,
        { time: new Date().toISOString(), runUrl: context.runId === '' ? '' : context.runUrl },
        coreLog
      )
    );
    for (const [name, value] of Object.entries(driftReportOutputs(reports, issues)))
      setOutput(name, value);
    await core.summary.addRaw(renderDriftReportSummary(reports, issues)).write();
    const drift = overallDrift(reports);
    const errored = reports.filter((r) => r.drift === 'error');
    if (errored.length > 0 && settings.failOn !== 'never')
      throw new Error(
        `The drift check failed for ${errored.map((r) => `${r.stack} (${r.error?.kind ?? 'engine'}: ${(r.error?.message ?? '').split('\n')[0] ?? ''})`).join('; ')}: neither drift nor no drift is known there, and its issue was left as it is.`
      );
    if (drift === 'changes' && settings.failOn === 'drift')
      throw new Error(
        `Drift in ${reports
          .filter((r) => r.drift === 'changes')
          .map((r) => r.stack)
          .join(', ')}: see the drift issues.`
      );
  });
}
