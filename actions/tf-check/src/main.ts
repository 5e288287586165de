import * as core from '@actions/core';
import { getCheckInputs } from '../../../src/check/inputs.js';
import { failsThreshold, location, type JudgedFinding } from '../../../src/check/findings.js';
import { checkOutputs, runCheck, type CheckResult } from '../../../src/check/job.js';
import { renderCheckSummary } from '../../../src/check/summary.js';
import { coreInputs, coreLog, runAction } from '../../../src/github/action.js';
import { runnerPaths } from '../../../src/terraform/stack-inputs.js';

/** How many failing findings the failure message lists; the rest are in the summary and SARIF. */
const LISTED = 20;

function annotate(f: JudgedFinding, result: CheckResult): void {
  const props = {
    title: `${f.tool} ${f.rule}`,
    file: f.file,
    startLine: f.line,
    ...(f.endLine === undefined ? {} : { endLine: f.endLine })
  };
  const text = f.resource === undefined ? f.message : `${f.resource}: ${f.message}`;
  if (
    f.tool === 'baseline' ||
    (f.accepted === undefined && failsThreshold(f.severity, result.failOn))
  )
    core.error(`${f.severity}: ${text}`, props);
  else if (f.accepted === undefined) core.warning(`${f.severity}: ${text}`, props);
  else core.notice(`accepted until ${f.accepted.expires}: ${text} (${f.accepted.reason})`, props);
}

export async function run(): Promise<void> {
  await runAction('tf-check', async () => {
    const inputs = getCheckInputs(coreInputs, runnerPaths());
    const result = await coreLog.group('Static checks', () => runCheck(inputs, { log: coreLog }));
    for (const [name, value] of Object.entries(checkOutputs(result))) core.setOutput(name, value);
    if (inputs.annotations) for (const f of result.findings) annotate(f, result);
    await core.summary.addRaw(renderCheckSummary(result)).write();
    if (result.result === 'failed') {
      const listed = result.failing
        .slice(0, LISTED)
        .map((f) => `  ${location(f)} ${f.tool} ${f.rule} (${f.severity}): ${f.message}`);
      const more = result.failing.length - listed.length;
      core.setFailed(
        `tf-check failed: ${result.failing.length} finding(s) ${result.failOn === 'none' ? 'from the baseline' : `at ${result.failOn} or above`} that the baseline does not accept:\n` +
          listed.join('\n') +
          (more > 0 ? `\n  … and ${more} more (see the step summary and ${result.sarifPath})` : '')
      );
    }
  });
}
