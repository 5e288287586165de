import type { Clock } from '../common/clock.js';
import { ActionError } from '../common/errors.js';
import type { Log } from '../common/log.js';
import type { OperationsPort } from '../github/operations.js';
import type { RunContext } from '../governance/event.js';
import type { StepReport } from '../governance/step.js';
import type { StackDependencies } from '../terraform/stack.js';
import type { DriftFailOn, DriftReportSettings } from './inputs.js';
import { checkDrift, keepDriftIssues } from './job.js';
import { overallDrift, type DriftReport } from './status.js';
import { driftReportOutputs, renderDriftReportSummary } from './summary.js';

/** A check could not tell whether its stack drifted (and `fail-on` is not `never`). */
export class DriftCheckFailedError extends ActionError {}

/** A stack drifted and `fail-on` is `drift`. */
export class DriftFoundError extends ActionError {}

export interface DriftReportStepSettings extends Pick<DriftReportSettings, 'stacks' | 'failOn'> {
  /** The run shown in the issues (its URL only when it has an ID). */
  context: Pick<RunContext, 'runId' | 'runUrl'>;
}

/** What drift-report talks to, handed in: the engine's installer, GitHub's issues, the clock. */
export interface DriftReportStepAdapters {
  log: Log;
  install: StackDependencies['install'];
  engine?: StackDependencies['engine'];
  /** Called once every stack is checked, to keep the drift issues. */
  connect: () => Promise<OperationsPort>;
  clock: Clock;
}

/** Why the step fails once its outputs and summary are written, by `fail-on`; undefined: it passes. */
export function driftFailure(
  reports: readonly DriftReport[],
  failOn: DriftFailOn
): ActionError | undefined {
  const errored = reports.filter((r) => r.drift === 'error');
  if (errored.length > 0 && failOn !== 'never')
    return new DriftCheckFailedError(
      `The drift check failed for ${errored.map((r) => `${r.stack} (${r.error?.kind ?? 'engine'}: ${(r.error?.message ?? '').split('\n')[0] ?? ''})`).join('; ')}: neither drift nor no drift is known there, and its issue was left as it is.`
    );
  if (overallDrift(reports) === 'changes' && failOn === 'drift')
    return new DriftFoundError(
      `Drift in ${reports
        .filter((r) => r.drift === 'changes')
        .map((r) => r.stack)
        .join(', ')}: see the drift issues.`
    );
  return undefined;
}

/**
 * drift-report as one sequence: each stack planned (never applied) in its own log group, a failed
 * plan its report's error and not the end of the others; then the drift issues kept, the outputs
 * and the summary; then the failure `fail-on` asks for. A failure of GitHub ends the step with
 * no outputs.
 */
export async function runDriftReportStep(
  settings: DriftReportStepSettings,
  adapters: DriftReportStepAdapters
): Promise<StepReport> {
  const { log } = adapters;
  const report: StepReport = { outputs: {}, summary: '' };
  const deps: StackDependencies = {
    log,
    install: adapters.install,
    ...(adapters.engine === undefined ? {} : { engine: adapters.engine })
  };
  try {
    const reports: DriftReport[] = [];
    for (const stack of settings.stacks)
      reports.push(await log.group(`Check ${stack.name}`, () => checkDrift(stack, deps)));
    const github = await adapters.connect();
    const check = {
      time: new Date(adapters.clock.now()).toISOString(),
      runUrl: settings.context.runId === '' ? '' : settings.context.runUrl
    };
    const issues = await log.group('Drift issues', () =>
      keepDriftIssues(reports, github, check, log)
    );
    report.outputs = driftReportOutputs(reports, issues);
    report.summary = renderDriftReportSummary(reports, issues);
    const failure = driftFailure(reports, settings.failOn);
    if (failure !== undefined) report.failure = failure;
  } catch (error) {
    report.failure = error;
  }
  return report;
}
