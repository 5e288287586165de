import { backendConfigSecrets } from '../../../src/common/secrets.js';
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { errorMessage } from '../../../src/common/errors.js';
import { sha256File } from '../../../src/common/hash.js';
import { readInputGroups } from '../../../src/common/inputs.js';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import type { GitHubPort } from '../../../src/github/port.js';
import {
  announceGateDecision,
  decideGate,
  GateRefusedError,
  openGate,
  renderGateSummary,
  type GateRun
} from '../../../src/governance/apply-gate.js';
import {
  applyFinishedEvent,
  applyStartEvents,
  recordAudit,
  type AuditScope
} from '../../../src/governance/audit.js';
import { readRunContext, type RunContext } from '../../../src/governance/event.js';
import {
  applyOutputs,
  PlanFileMissingError,
  runApplyJob
} from '../../../src/terraform/apply-job.js';
import { installEngine } from '../../../src/terraform/install.js';
import { runnerPaths, stackSlug } from '../../../src/terraform/stack-inputs.js';
import { renderApplySummary } from '../../../src/terraform/summary.js';
import { getGateInputs, getInputs } from './inputs.js';

/** Reports the gate's decision (output, summary, thread) and stops the step when it refuses. */
async function settle(run: GateRun): Promise<void> {
  setOutput('gate', run.decision.gate);
  await core.summary.addRaw(renderGateSummary(run.decision)).write();
  if (run.github !== undefined && run.number !== undefined) {
    await announceGateDecision(run.github, run.number, run.decision, coreLog);
  }
  if (run.decision.gate !== 'passed') throw new GateRefusedError(run.decision);
}

export async function run(): Promise<void> {
  setOutput('applied', 'false');
  await runAction('tf-apply', async () => {
    const paths = runnerPaths();
    const [inputs, gateSettings] = readInputGroups(
      () => getInputs(coreInputs, paths),
      () => getGateInputs(coreInputs, paths)
    );
    if (gateSettings.token !== '') core.setSecret(gateSettings.token);
    for (const secret of backendConfigSecrets(inputs.backendConfig)) core.setSecret(secret);
    const context: RunContext = readRunContext();

    // The gate decides before the engine is installed: a refusal leaves the state untouched.
    const gate = await coreLog.group('Apply gate', async () => {
      if (!existsSync(inputs.planPath)) throw new PlanFileMissingError(inputs.planPath);
      const planSha256 = await sha256File(inputs.planPath);
      const connect = async (): Promise<GitHubPort> => {
        // Loaded only here, so an apply without a token never pays for the GitHub client.
        const { createGitHubClient } = await import('../../../src/github/client.js');
        return createGitHubClient({
          token: gateSettings.token,
          repository: context.repository,
          baseUrl: context.apiUrl,
          log: coreLog
        });
      };
      const opened = await openGate(gateSettings, context, planSha256, connect);
      for (const reason of opened.decision.reasons) coreLog.info(reason);
      if (opened.decision.gate !== 'passed') await settle(opened);
      return opened;
    });

    const audit = gateSettings.audit;
    let scope: AuditScope | undefined;
    const runJob = () =>
      runApplyJob(inputs, {
        log: coreLog,
        install: installEngine,
        maskSecret: (value) => core.setSecret(value),
        verifyPlanId: async (planId) => {
          const final =
            gate.facts.github === undefined
              ? gate
              : {
                  ...gate,
                  decision: decideGate({ ...gate.facts, plan: { ...gate.facts.plan, planId } })
                };
          for (const reason of final.decision.reasons.slice(-3)) coreLog.info(reason);
          await settle(final);
          if (audit === undefined) return;
          scope = {
            context,
            actor: process.env['GITHUB_ACTOR'] ?? '',
            commit: final.decision.planComment?.marker.commit ?? context.sha,
            stack: gateSettings.stack,
            planId
          };
          const events = applyStartEvents(scope, final.decision, inputs.planSha256, final.number);
          await coreLog.group('Audit trail', () => recordAudit(audit, events, coreLog));
        }
      });
    const finish = async (outcome: Parameters<typeof applyFinishedEvent>[1]) => {
      if (audit === undefined || scope === undefined) return;
      const events = [applyFinishedEvent(scope, outcome)];
      await coreLog.group('Audit trail', () => recordAudit(audit, events, coreLog));
    };
    let result: Awaited<ReturnType<typeof runApplyJob>>;
    try {
      result = await runJob();
    } catch (error) {
      try {
        await finish({ applied: false, error: errorMessage(error) });
      } catch (auditError) {
        core.warning(`The failed apply could not be recorded: ${errorMessage(auditError)}`);
      }
      throw error;
    }
    await finish({ applied: true });
    for (const [name, value] of Object.entries(applyOutputs(result))) setOutput(name, value);
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
