import * as core from '@actions/core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendConfigSecrets } from '../../../src/common/secrets.js';
import { readInputGroups } from '../../../src/common/inputs.js';
import { driftFromError, driftFromPlan, driftOutputs } from '../../../src/drift/status.js';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { byteLength, STEP_SUMMARY_LIMIT_BYTES } from '../../../src/markdown/budget.js';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { installOpa } from '../../../src/policy/opa.js';
import { renderPolicySummary } from '../../../src/policy/summary.js';
import { installEngine } from '../../../src/terraform/install.js';
import { planOutputs, runPlanJob } from '../../../src/terraform/plan-job.js';
import { runnerPaths, stackSlug } from '../../../src/terraform/stack-inputs.js';
import { renderPlanSummary } from '../../../src/terraform/summary.js';
import { targetBranch } from '../../../src/governance/branches.js';
import { planAuditEvents, recordAudit } from '../../../src/governance/audit.js';
import { readRunContext } from '../../../src/governance/event.js';
import { getGovernanceInputs, getInputs, getPolicyInputs } from './inputs.js';

/**
 * The policy library shipped beside the actions: this file is three levels below the package
 * root, as source (actions/tf-plan/src/main.ts) and as bundle (actions/tf-plan/dist/index.js).
 */
function bundledPolicyLibrary(): string {
  return join(dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url))))), 'policies');
}

export async function run(): Promise<void> {
  await runAction('tf-plan', async () => {
    const paths = runnerPaths();
    const [inputs, policy, governance] = readInputGroups(
      () => getInputs(coreInputs, paths),
      () => getPolicyInputs(coreInputs, paths, bundledPolicyLibrary()),
      () => getGovernanceInputs(coreInputs, paths)
    );
    if (governance.token !== '') core.setSecret(governance.token);
    for (const secret of backendConfigSecrets(inputs.backendConfig)) core.setSecret(secret);
    let result;
    try {
      result = await runPlanJob(inputs, {
        log: coreLog,
        install: installEngine,
        maskSecret: (value) => core.setSecret(value)
      });
    } catch (error) {
      // A drift check reads these even when the step fails: an error is neither drift nor none.
      const failed = driftOutputs(driftFromError(governance.stack, error));
      for (const [name, value] of Object.entries(failed)) setOutput(name, value);
      throw error;
    }
    for (const [name, value] of Object.entries(planOutputs(result))) setOutput(name, value);
    const drift = driftOutputs(driftFromPlan(governance.stack, result));
    for (const [name, value] of Object.entries(drift)) setOutput(name, value);

    const decision = await coreLog.group('Policy', async () => {
      const opa = await installOpa({ log: (m) => coreLog.info(m) });
      const verdict = await evaluatePolicy({
        opa: opa.binary,
        ...policy,
        planJsonPath: result.planJsonPath
      });
      coreLog.info(`Policy ${verdict.result}: ${verdict.violations.length} violation(s)`);
      for (const v of verdict.violations)
        coreLog.info(`  ${v.severity} ${v.rule} ${v.address}: ${v.message}`);
      return verdict;
    });
    setOutput('policy-result', decision.result);
    setOutput('policy-violations', JSON.stringify(decision.violations));

    const policyText = renderPolicySummary(decision, STEP_SUMMARY_LIMIT_BYTES / 2);
    const planText = renderPlanSummary({
      stack: stackSlug(inputs.workingDirectory, paths.workspace),
      engine: inputs.engine,
      summary: result.summary,
      planId: result.planId,
      planSha256: result.planSha256,
      planTextPath: result.planTextPath,
      limitBytes: STEP_SUMMARY_LIMIT_BYTES - byteLength(policyText)
    });
    await core.summary.addRaw(planText + '\n' + policyText).write();

    const context = readRunContext();
    let commit = context.headSha ?? context.sha;
    if (governance.token === '') {
      coreLog.info('No github-token: the plan is not posted to a pull request.');
    } else if (context.pullRequest === undefined) {
      coreLog.info(
        `The ${context.eventName || 'unknown'} event carries no pull request: nothing is posted.`
      );
    } else {
      const number = context.pullRequest;
      commit = await coreLog.group(`Comment on pull request #${number}`, async () => {
        // Loaded only here, so a plan without a token never pays for the GitHub client.
        const { createGitHubClient } = await import('../../../src/github/client.js');
        const { publishPlanComment } = await import('../../../src/governance/plan-comment.js');
        const github = createGitHubClient({
          token: governance.token,
          repository: context.repository,
          baseUrl: context.apiUrl,
          log: coreLog
        });
        const posted = await publishPlanComment(
          github,
          {
            number,
            ...(context.headSha === undefined ? {} : { headSha: context.headSha }),
            stack: governance.stack,
            environment: policy.environment,
            targetBranch: targetBranch(governance.branches, policy.environment),
            engine: inputs.engine,
            summary: result.summary,
            planId: result.planId,
            planSha256: result.planSha256,
            policy: decision,
            runId: context.runId,
            runUrl: context.runUrl
          },
          coreLog
        );
        setOutput('comment-url', posted.url);
        await core.summary
          .addRaw(`\nPlan comment for \`${governance.stack}\`: ${posted.url}\n`)
          .write();
        return posted.commit;
      });
    }

    const audit = governance.audit;
    if (audit !== undefined) {
      await coreLog.group('Audit trail', () =>
        recordAudit(
          audit,
          planAuditEvents(
            {
              context,
              actor: process.env['GITHUB_ACTOR'] ?? '',
              commit,
              stack: governance.stack,
              planId: result.planId
            },
            {
              summary: result.summary,
              planSha256: result.planSha256,
              environment: policy.environment,
              ...(context.pullRequest === undefined ? {} : { pullRequest: context.pullRequest })
            },
            decision
          ),
          coreLog
        )
      );
    }
  });
}
