import { ActionError, errorMessage } from '../common/errors.js';
import type { Log } from '../common/log.js';
import {
  isAutomated,
  judge,
  rollbackTarget,
  runningOperation,
  type ApplicationState,
  type ApplicationView,
  type Expectation,
  type HistoryEntry,
  type ResourceProblem,
  type Verdict
} from './application.js';
import {
  ArgoCdHttpError,
  ArgoCdTransportError,
  isPermanentTransportError,
  isTransient,
  type ArgoCdApi
} from './client.js';
import { systemClock, type Clock } from '../common/clock.js';

/** What argocd-sync is asked to do, every input checked. */
export interface ArgoCdSyncSettings {
  server: string;
  token: string;
  application: string;
  /** Empty: the application's own target revision. */
  revision: string | undefined;
  prune: boolean;
  refresh: 'normal' | 'hard';
  /** The whole wait, for the sync and again for a rollback. */
  timeoutMs: number;
  /** Between two looks at the application. */
  intervalMs: number;
  /** Each HTTP request. */
  requestTimeoutMs: number;
  /** PEM of the CA to trust, read from `ca-file`. */
  ca: string | undefined;
  rollbackOnFailure: boolean;
}

export { systemClock, type Clock };

export interface RollbackOutcome {
  /** Why no rollback was made, when none was. */
  refused: string | undefined;
  /** The history entry rolled back to. */
  target: HistoryEntry | undefined;
  verdict: Verdict | undefined;
}

export interface ArgoCdSyncResult {
  application: string;
  server: string;
  requestedRevision: string | undefined;
  /** The sync's verdict: converged, failed, or failed by the timeout. */
  verdict: Verdict;
  /** Why the step fails; undefined when the application converged. */
  failure: string | undefined;
  rollback: RollbackOutcome | undefined;
  timings: {
    /** Waiting for an operation that was running before the sync. */
    waitedForOperationMs: number;
    /** From the sync request to the verdict. */
    syncMs: number;
    rollbackMs: number;
    totalMs: number;
  };
  /** How many times the application was read after the sync was requested. */
  polls: number;
}

/** The step fails before any sync was requested: nothing changed. */
export class NothingSyncedError extends ActionError {}

const ANOTHER_OPERATION = /another operation is already in progress/i;

/**
 * argocd-sync: refreshes the application, waits for any operation already running (never fights
 * it), requests one sync, and waits until judge() calls it converged or failed, or the timeout
 * passes. With rollbackOnFailure, a failed sync is rolled back to the deployment that was live
 * before it and that rollback is waited for too. Errors before the sync request throw
 * NothingSyncedError; a failed sync is returned with `failure` set, for outputs and the summary.
 */
export async function runArgoCdSync(
  settings: ArgoCdSyncSettings,
  deps: { api: ArgoCdApi; clock: Clock; log: Log }
): Promise<ArgoCdSyncResult> {
  const { api, clock, log } = deps;
  const name = settings.application;
  const started = clock.now();
  const deadline = started + settings.timeoutMs;
  let contacted = false;
  /** No request runs past the deadline by more than a moment. */
  const budget = (until: number) => Math.max(100, until - clock.now());

  /** Reads the application, retrying 5xx and timeouts until the deadline. */
  const read = async (until: number, refresh?: 'normal' | 'hard'): Promise<ApplicationView> => {
    let delay = Math.min(settings.intervalMs, 1000);
    for (;;) {
      try {
        const app = await api.getApplication(name, refresh, budget(until));
        contacted = true;
        return app;
      } catch (error) {
        // Before the first answer a refused connection is a wrong address, not a blip.
        const permanent = !contacted && isPermanentTransportError(error);
        if (!isTransient(error) || permanent) throw error;
        if (clock.now() + delay >= until)
          throw new ActionError(
            `Argo CD did not answer in time: ${errorMessage(error)} (retried until the timeout)`
          );
        log.warning(`${errorMessage(error)}; retrying in ${delay} ms`);
        await clock.sleep(delay);
        delay = Math.min(delay * 2, Math.max(settings.intervalMs, 10_000));
      }
    }
  };

  /** Waits while an operation is under way; returns the idle application. */
  const waitIdle = async (until: number, app: ApplicationView): Promise<ApplicationView> => {
    let current = app;
    let said = '';
    for (;;) {
      const running = runningOperation(current);
      if (running === undefined) return current;
      if (running !== said) log.info(`An operation is under way, waiting for it: ${running}`);
      said = running;
      if (clock.now() + settings.intervalMs >= until)
        throw new NothingSyncedError(
          `The operation already under way on '${name}' did not finish within the timeout (${running}). argocd-sync waits for it rather than cancel it; nothing was synced.`
        );
      await clock.sleep(settings.intervalMs);
      current = await read(until);
    }
  };

  // 1. Refresh, and learn the state before anything is changed.
  let before: ApplicationView;
  try {
    before = await log.group(`Refresh ${name} (${settings.refresh})`, () =>
      read(deadline, settings.refresh)
    );
  } catch (error) {
    throw new NothingSyncedError(firstContactMessage(error, settings, name));
  }
  const historyBefore = before.status?.history ?? [];
  log.info(
    `${name}: ${before.status?.sync?.status ?? 'Unknown'} at ${before.status?.sync?.revision ?? '(no revision)'}, ${before.status?.health?.status ?? 'Unknown'}`
  );

  // 2. Never fight an operation already running: wait for it.
  const waitStart = clock.now();
  let idle = await log.group('Wait for any operation under way', () => waitIdle(deadline, before));
  const waitedForOperationMs = clock.now() - waitStart;

  // 3. Request exactly one sync.
  const syncStart = clock.now();
  const previousStartedAt = await log.group(
    `Sync ${name} to ${settings.revision ?? 'its target revision'}`,
    async () => {
      for (;;) {
        const previous = idle.status?.operationState?.startedAt;
        try {
          await api.sync(
            name,
            {
              name,
              ...(settings.revision === undefined ? {} : { revision: settings.revision }),
              prune: settings.prune,
              dryRun: false
            },
            budget(deadline)
          );
          log.info('Sync requested.');
          return previous;
        } catch (error) {
          if (error instanceof ArgoCdHttpError && ANOTHER_OPERATION.test(error.grpcMessage)) {
            log.info('Argo CD says another operation started meanwhile: waiting for it first.');
            idle = await waitIdle(deadline, await read(deadline));
            continue;
          }
          if (error instanceof ArgoCdTransportError && error.notSent && contacted) {
            if (clock.now() + settings.intervalMs >= deadline)
              throw new NothingSyncedError(`The sync request could not be sent: ${error.message}`);
            log.warning(`${error.message}; the request was not sent, sending it again`);
            await clock.sleep(settings.intervalMs);
            continue;
          }
          if (isTransient(error)) {
            // The request may have got through: look before sending it again.
            const now = await read(deadline);
            if (accepted(now, previous)) {
              log.warning(`${errorMessage(error)}; Argo CD did register the sync`);
              return previous;
            }
            if (clock.now() + settings.intervalMs >= deadline)
              throw new NothingSyncedError(`The sync request failed: ${errorMessage(error)}`);
            log.warning(`${errorMessage(error)}; Argo CD has no such sync, sending it again`);
            idle = await waitIdle(deadline, now);
            continue;
          }
          throw new NothingSyncedError(
            `Argo CD refused the sync of '${name}': ${errorMessage(error)}. Nothing was synced.`
          );
        }
      }
    }
  );

  // 4. Wait for the verdict.
  let polls = 0;
  let last: ApplicationView = idle;
  const waitVerdict = async (expectation: Expectation, until: number): Promise<Verdict> => {
    let said = '';
    for (;;) {
      last = await read(until);
      polls++;
      const verdict = judge(last, expectation);
      if (verdict.kind !== 'waiting') return verdict;
      const text = verdict.pending.join('; ');
      if (text !== said) log.info(`Waiting: ${text}`);
      said = text;
      const left = until - clock.now();
      if (left <= 0)
        return {
          kind: 'failed',
          reason: `timed out after ${seconds(settings.timeoutMs)} with ${text}`,
          problems: verdict.problems,
          state: verdict.state
        };
      await clock.sleep(Math.min(settings.intervalMs, left));
    }
  };
  const verdict = await log.group('Wait until synced and healthy', () =>
    waitVerdict({ operation: 'sync', previousStartedAt, revision: settings.revision }, deadline)
  );
  const syncMs = clock.now() - syncStart;
  const failure =
    verdict.kind === 'failed' ? `The sync of '${name}' failed: ${verdict.reason}` : undefined;
  if (failure !== undefined) log.warning(failure);

  // 5. Roll back a failed sync when asked to.
  let rollback: RollbackOutcome | undefined;
  const rollbackStart = clock.now();
  if (failure !== undefined && settings.rollbackOnFailure) {
    rollback = await log.group('Roll back', async (): Promise<RollbackOutcome> => {
      const until = clock.now() + settings.timeoutMs;
      const target = rollbackTarget(historyBefore);
      const refuse = (refused: string): RollbackOutcome => {
        log.warning(`No rollback: ${refused}`);
        return { refused, target, verdict: undefined };
      };
      if (isAutomated(last))
        return refuse(
          'the application has automated sync, and Argo CD cannot roll back an application with automated sync (it would sync the newer revision again); revert the commit or turn automated sync off'
        );
      if (target === undefined)
        return refuse('the application has no earlier deployment in its history to go back to');
      try {
        last = await waitIdle(until, last);
      } catch {
        return refuse("the sync's operation is still running; a rollback would fight it");
      }
      const previous = last.status?.operationState?.startedAt;
      log.info(`Rolling back to history entry ${target.id} (revision ${target.revision ?? '?'})`);
      try {
        await api.rollback(
          name,
          { name, id: String(target.id), prune: settings.prune, dryRun: false },
          budget(until)
        );
      } catch (error) {
        return refuse(`Argo CD refused the rollback: ${errorMessage(error)}`);
      }
      const outcome = await waitVerdict(
        { operation: 'rollback', previousStartedAt: previous, revision: target.revision },
        until
      );
      log.info(
        outcome.kind === 'converged'
          ? `Rolled back to ${target.revision ?? `history entry ${target.id}`}: healthy.`
          : `The rollback did not converge: ${outcome.kind === 'failed' ? outcome.reason : ''}`
      );
      return { refused: undefined, target, verdict: outcome };
    });
  }

  const end = clock.now();
  return {
    application: name,
    server: api.server,
    requestedRevision: settings.revision,
    verdict,
    failure:
      failure === undefined
        ? undefined
        : failure + (rollback === undefined ? '' : `. ${rollbackSentence(rollback)}`),
    rollback,
    timings: {
      waitedForOperationMs,
      syncMs,
      rollbackMs: rollback === undefined ? 0 : end - rollbackStart,
      totalMs: end - started
    },
    polls
  };
}

/** Whether the application shows a sync requested or started after `previousStartedAt`. */
function accepted(app: ApplicationView, previousStartedAt: string | undefined): boolean {
  if (app.operation?.sync !== undefined) return true;
  const op = app.status?.operationState;
  return op !== undefined && op.startedAt !== previousStartedAt;
}

function rollbackSentence(rollback: RollbackOutcome): string {
  if (rollback.refused !== undefined) return `Not rolled back: ${rollback.refused}.`;
  const to = rollback.target?.revision ?? `history entry ${rollback.target?.id ?? '?'}`;
  if (rollback.verdict?.kind === 'converged') return `Rolled back to ${to}, which is healthy.`;
  const why = rollback.verdict?.kind === 'failed' ? rollback.verdict.reason : 'no verdict';
  return `The rollback to ${to} failed too: ${why}.`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s`;

/** The first request failed: say what is wrong in the user's terms. */
function firstContactMessage(error: unknown, settings: ArgoCdSyncSettings, name: string): string {
  const tail = 'Nothing was synced.';
  if (error instanceof ArgoCdHttpError) {
    if (error.status === 401)
      return `Argo CD at ${settings.server} refused the token (HTTP 401: ${error.grpcMessage}): check auth-token, an account or project token allowed to get and sync '${name}'. ${tail}`;
    if (error.status === 403)
      return `Argo CD at ${settings.server} denied access to application '${name}' (HTTP 403: ${error.grpcMessage}): the token may not see it, or it does not exist (Argo CD answers both alike). ${tail}`;
    if (error.status === 404)
      return `Argo CD at ${settings.server} has no application '${name}' (HTTP 404: ${error.grpcMessage}): check the application input. ${tail}`;
  }
  return `${errorMessage(error)}. ${tail}`;
}

/** The action's outputs, for the steps after it. */
export function argoCdSyncOutputs(result: ArgoCdSyncResult): Record<string, string> {
  const rolledBack = result.rollback?.verdict?.kind === 'converged';
  // After a rollback, the application is as the rollback left it.
  const state: ApplicationState = result.rollback?.verdict?.state ?? result.verdict.state;
  return {
    revision: state.revision,
    'sync-status': state.syncStatus,
    'health-status': state.healthStatus,
    'operation-phase': state.operationPhase,
    'rolled-back': String(rolledBack)
  };
}

export type { ResourceProblem };
