import type { Log } from '../common/log.js';
import type { Clock } from '../common/clock.js';
import { readEventPayload, runContext, type RunContext } from '../governance/event.js';
import type { StepReport } from '../governance/step.js';
import type { ControllerInputs } from './inputs.js';
import type * as PhaseModule from './phases.js';
import type { ControllerClient, PhaseContext, PhaseResult } from './phases.js';

/** The phases as `phases.ts` exports them (the entry loads it only once its inputs are good). */
export type ControllerPhases = Pick<
  typeof PhaseModule,
  'propose' | 'validate' | 'report' | 'merge' | 'applyCheck' | 'result'
>;

export interface ControllerStepSettings {
  inputs: ControllerInputs;
  /** The `controller-token` input: the merge writes the controller's own repository with it. */
  controllerToken: string;
  /** The `audit-token` input: the merge's audit trail is written with it when given. */
  auditToken: string;
  context: RunContext;
  /** The event's payload (`{}` when there is none). */
  event: unknown;
  /** Who started the run (GITHUB_ACTOR). */
  actor: string;
  workspace: string;
}

/** What the controller talks to, handed in: GitHub, for a token and a repository, and its phases. */
export interface ControllerStepAdapters {
  log: Log;
  connect: (token: string, repository: string) => ControllerClient;
  phases: ControllerPhases;
  /** When the merge's audit events happen (default: the system clock). */
  clock?: Clock;
}

/** The run's context and the event's payload, read once (an unreadable payload is `{}`). */
export function readControllerEvent(env: NodeJS.ProcessEnv = process.env): {
  context: RunContext;
  event: unknown;
} {
  const event = readEventPayload(env);
  return { context: runContext(env, event), event };
}

/** The phase the inputs name, run with its own inputs. */
function runPhase(
  inputs: ControllerInputs,
  ctx: PhaseContext,
  phases: ControllerPhases
): Promise<PhaseResult> {
  switch (inputs.phase) {
    case 'propose':
      return phases.propose(inputs, ctx);
    case 'validate':
      return phases.validate(inputs, ctx);
    case 'report':
      return phases.report(inputs, ctx);
    case 'merge':
      return phases.merge(inputs, ctx);
    case 'apply-check':
      return phases.applyCheck(inputs, ctx);
    case 'result':
      return phases.result(inputs, ctx);
  }
}

/**
 * The controller as one step: the phase its `phase` input names, given the run's context and a
 * GitHub that, in the merge, writes the controller's own repository (the apply's dispatch) with
 * `controller-token` when given, and the audit trail with `audit-token` when given.
 */
export async function runControllerStep(
  settings: ControllerStepSettings,
  adapters: ControllerStepAdapters
): Promise<StepReport> {
  const { context } = settings;
  let inputs = settings.inputs;
  const merging = inputs.phase === 'merge';
  if (inputs.phase === 'merge' && inputs.audit !== undefined && settings.auditToken !== '')
    inputs = { ...inputs, audit: { ...inputs.audit, token: settings.auditToken } };
  const mergeToken = settings.controllerToken || settings.inputs.token;
  const ctx: PhaseContext = {
    eventName: context.eventName,
    event: settings.event,
    repository: context.repository,
    serverUrl: context.serverUrl,
    runId: context.runId,
    runUrl: context.runUrl,
    actor: settings.actor,
    workspace: settings.workspace,
    log: adapters.log,
    ...(adapters.clock === undefined ? {} : { clock: adapters.clock }),
    connect: (token, repository) =>
      adapters.connect(
        merging && repository === context.repository ? mergeToken : token,
        repository
      )
  };
  try {
    const result = await runPhase(inputs, ctx, adapters.phases);
    return { outputs: result.outputs, summary: result.summary };
  } catch (error) {
    return { outputs: {}, summary: '', failure: error };
  }
}
