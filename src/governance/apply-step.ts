import { existsSync } from 'node:fs';
import { errorMessage } from '../common/errors.js';
import { sha256File } from '../common/hash.js';
import { checkPlanJsonPolicy } from '../policy/check.js';
import { logPolicyDecision } from '../policy/evaluate.js';
import type { PolicySettings } from '../policy/inputs.js';
import {
  applyOutputs,
  applyPlanFile,
  PlanFileMissingError,
  readPlanFile,
  verifyPlanFile,
  type ApplyDependencies,
  type ApplyJobSettings
} from '../terraform/apply-job.js';
import { renderApplySummary } from '../terraform/summary.js';
import {
  announceGateDecision,
  decideGate,
  GateRefusedError,
  openGate,
  renderGateSummary,
  type ApplyGateSettings,
  type GateRun
} from './apply-gate.js';
import {
  applyFinishedEvent,
  applyRefusedEvents,
  applyStartEvents,
  type AuditScope
} from './audit.js';
import type { RunContext } from './event.js';
import type { StepAdapters, StepReport } from './step.js';

export interface ApplyStepSettings {
  apply: ApplyJobSettings;
  gate: ApplyGateSettings;
  /** The library and settings the plan is judged by: the workflow's own, never the PR's. */
  policy: PolicySettings;
  /** The stack's folder within the workspace, as the summary names it. */
  stackPath: string;
  context: RunContext;
  /** Who started the run (GITHUB_ACTOR). */
  actor: string;
}

export type ApplyStepAdapters = StepAdapters;

/**
 * tf-apply as one sequence: the gate on what GitHub says (before any engine runs, so a refusal
 * leaves everything as it was), the plan file's sha256, the engine reading the plan, the policy
 * evaluated on that plan and the gate decided again with its plan-id and verdict, the record of
 * the start, the apply, the record of the end.
 */
export async function runApplyStep(
  settings: ApplyStepSettings,
  adapters: ApplyStepAdapters
): Promise<StepReport> {
  const { log } = adapters;
  const report: StepReport = { outputs: { applied: 'false' }, summary: '' };
  const deps: ApplyDependencies = {
    log,
    install: adapters.install,
    maskSecret: adapters.maskSecret,
    ...(adapters.engine === undefined ? {} : { engine: adapters.engine })
  };
  const now = () => new Date(adapters.clock.now());
  const scopeOf = (run: GateRun, planId: string): AuditScope => ({
    context: settings.context,
    actor: settings.actor,
    commit: run.decision.planComment?.marker.commit ?? settings.context.sha,
    stack: settings.gate.stack,
    planId,
    now
  });

  /** The gate's decision for people and machines; a refusal ends the step. */
  const settle = async (run: GateRun): Promise<void> => {
    report.outputs['gate'] = run.decision.gate;
    report.summary = renderGateSummary(run.decision);
    if (run.github !== undefined && run.number !== undefined) {
      await announceGateDecision(run.github, run.number, run.decision, log);
    }
    if (run.decision.gate !== 'passed') throw new GateRefusedError(run.decision);
  };

  try {
    // 1. The gate on GitHub's facts and the plan file's sha256, before the engine is installed.
    const opened = await log.group('Apply gate', async () => {
      const planPath = settings.apply.planPath;
      if (!existsSync(planPath)) throw new PlanFileMissingError(planPath);
      const run = await openGate(
        settings.gate,
        settings.context,
        await sha256File(planPath),
        adapters.connect
      );
      for (const reason of run.decision.reasons) log.info(reason);
      if (run.decision.gate !== 'passed') await settle(run);
      return run;
    });

    // 2. The plan file is the approved one; the engine reads it.
    await verifyPlanFile(settings.apply, log);
    const plan = await readPlanFile(settings.apply, deps);

    // 3. The policy, evaluated on this plan: the comment's verdict is only compared with it.
    const policy = await log.group('Policy', async () => {
      const verdict = await checkPlanJsonPolicy(
        adapters.evaluatePolicy,
        plan.json,
        settings.policy
      );
      logPolicyDecision(log, verdict);
      return verdict;
    });
    report.outputs['policy-result'] = policy.result;

    // 4. The gate again, with the plan-id and the verdict of the plan about to be applied.
    const facts = { ...opened.facts, plan: { ...opened.facts.plan, planId: plan.planId }, policy };
    const final: GateRun = { ...opened, facts, decision: decideGate(facts) };
    const scope = scopeOf(final, plan.planId);
    for (const reason of final.decision.reasons.slice(-3)) log.info(reason);
    if (final.decision.gate !== 'passed') {
      const events = applyRefusedEvents(scope, final.decision, final.number);
      if (adapters.recordAudit !== undefined && events.length > 0)
        await adapters.recordAudit(events);
    }
    await settle(final);
    await adapters.recordAudit?.(
      applyStartEvents(scope, final.decision, settings.apply.planSha256, final.number)
    );

    // 5. The apply, and its end recorded whatever it was.
    let result;
    try {
      result = await applyPlanFile(settings.apply, deps, plan.engine);
    } catch (error) {
      try {
        await adapters.recordAudit?.([
          applyFinishedEvent(scope, { applied: false, error: errorMessage(error) })
        ]);
      } catch (auditError) {
        // Said, never hiding the apply's own error.
        log.warning(`The failed apply could not be recorded: ${errorMessage(auditError)}`);
      }
      throw error;
    }
    await adapters.recordAudit?.([applyFinishedEvent(scope, { applied: true })]);
    Object.assign(report.outputs, applyOutputs(result));
    report.summary += renderApplySummary({
      stack: settings.stackPath,
      planSha256: settings.apply.planSha256,
      outputs: result.outputs,
      outputsPath: result.outputsPath
    });
  } catch (error) {
    report.failure = error;
  }
  return report;
}
