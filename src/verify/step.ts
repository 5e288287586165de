import { ActionError } from '../common/errors.js';
import { sha256File } from '../common/hash.js';
import type { Log } from '../common/log.js';
import type { AuditRecorder } from '../governance/audit.js';
import type { RunContext } from '../governance/event.js';
import type { StepReport } from '../governance/step.js';
import type { VerificationRecordSettings } from '../promote/inputs.js';
import { verificationEvent } from '../promote/promotion.js';
import { renderGateSummary, type Clock, type Probe } from './gates.js';
import {
  failureMessage,
  runVerifyGates,
  shownPath,
  verifyGatesOutputs,
  type VerifyGatesSettings
} from './job.js';

export interface VerifyStepSettings {
  gates: VerifyGatesSettings;
  /** What the verification is of, for the audit trail; undefined: it is not recorded. */
  record?: VerificationRecordSettings;
  context: Pick<RunContext, 'repository' | 'runUrl'>;
  /** Who started the run (GITHUB_ACTOR). */
  actor: string;
}

/** What verify-gates talks to, handed in: the servers checked, the clock, the audit trail. */
export interface VerifyStepAdapters {
  log: Log;
  probe: Probe;
  clock: Clock;
  /** The trail of the record's audit settings; needed exactly when there is a record. */
  recordAudit?: AuditRecorder | undefined;
}

export interface VerifyStepReport extends StepReport {
  /**
   * The gate's verdict when a check failed: the step fails with it once its outputs, its summary
   * and the record of the failed verification are written (not an error: nothing went wrong).
   */
  verdict?: string;
}

/** The report's path as the summary shows it: relative to the workspace when inside it. */
/**
 * verify-gates as one sequence: the checks read (a bad one stops here, nothing written), run and
 * reported; the outputs and the summary; then, when asked, the verification recorded in the audit
 * trail (what passed or failed, for which image and commit: promotion reads this, never a label).
 */
export async function runVerifyStep(
  settings: VerifyStepSettings,
  adapters: VerifyStepAdapters
): Promise<VerifyStepReport> {
  const { log, clock } = adapters;
  const report: VerifyStepReport = { outputs: {}, summary: '' };
  try {
    const result = await runVerifyGates(settings.gates, { log, probe: adapters.probe, clock });
    report.outputs = verifyGatesOutputs(result);
    report.summary = renderGateSummary(
      result.report,
      shownPath(settings.gates.workspace, result.reportPath)
    );
    const record = settings.record;
    if (record !== undefined) {
      if (adapters.recordAudit === undefined)
        throw new ActionError(
          `The verification of ${record.app} in ${record.environment} is to be recorded, but no audit trail is given: name its branch (input 'audit-branch').`
        );
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
          actor: settings.actor,
          time: new Date(clock.now()).toISOString(),
          repository: settings.context.repository,
          runUrl: settings.context.runUrl
        }
      );
      await adapters.recordAudit([event]);
      report.outputs['verification-recorded'] = 'true';
    }
    if (result.report.result === 'failed') report.verdict = failureMessage(result.report);
  } catch (error) {
    report.failure = error;
  }
  return report;
}
