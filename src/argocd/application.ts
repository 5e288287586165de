import { z } from 'zod';

/**
 * The part of an Argo CD `Application` that deciding a sync needs, read leniently from what the
 * API server returns (fields Argo CD omits when empty are optional here too). Field names and
 * values are those of Argo CD's `pkg/apis/application/v1alpha1/types.go` and gitops-engine.
 */
const Time = z.string();

const ResourceRef = {
  group: z.string().optional(),
  version: z.string().optional(),
  kind: z.string().optional(),
  namespace: z.string().optional(),
  name: z.string().optional()
};

const SyncOperationSchema = z.looseObject({
  revision: z.string().optional(),
  prune: z.boolean().optional()
});

const OperationSchema = z.looseObject({
  sync: SyncOperationSchema.optional(),
  initiatedBy: z
    .looseObject({ username: z.string().optional(), automated: z.boolean().optional() })
    .optional()
});

export const ApplicationSchema = z.looseObject({
  metadata: z.looseObject({ name: z.string(), namespace: z.string().optional() }),
  spec: z
    .looseObject({
      source: z.looseObject({ targetRevision: z.string().optional() }).optional(),
      syncPolicy: z
        .looseObject({
          automated: z.looseObject({ enabled: z.boolean().optional() }).optional()
        })
        .optional()
    })
    .optional(),
  /** Set while an operation is requested or running; the controller clears it when done. */
  operation: OperationSchema.optional(),
  status: z
    .looseObject({
      sync: z
        .looseObject({ status: z.string().optional(), revision: z.string().optional() })
        .optional(),
      health: z
        .looseObject({ status: z.string().optional(), message: z.string().optional() })
        .optional(),
      reconciledAt: Time.optional(),
      operationState: z
        .looseObject({
          phase: z.string(),
          message: z.string().optional(),
          startedAt: Time,
          finishedAt: Time.optional(),
          operation: OperationSchema.optional(),
          syncResult: z
            .looseObject({
              revision: z.string().optional(),
              resources: z
                .array(
                  z.looseObject({
                    ...ResourceRef,
                    status: z.string().optional(),
                    message: z.string().optional(),
                    hookPhase: z.string().optional()
                  })
                )
                .optional()
            })
            .optional()
        })
        .optional(),
      resources: z
        .array(
          z.looseObject({
            ...ResourceRef,
            status: z.string().optional(),
            hook: z.boolean().optional(),
            health: z
              .looseObject({ status: z.string().optional(), message: z.string().optional() })
              .optional()
          })
        )
        .optional(),
      history: z
        .array(
          z.looseObject({
            id: z.number(),
            revision: z.string().optional(),
            deployedAt: Time.optional()
          })
        )
        .optional(),
      conditions: z
        .array(z.looseObject({ type: z.string(), message: z.string().optional() }))
        .optional()
    })
    .optional()
});

export type ApplicationView = z.infer<typeof ApplicationSchema>;
export type HistoryEntry = NonNullable<NonNullable<ApplicationView['status']>['history']>[number];

/** An operation phase that has not finished (gitops-engine `OperationPhase`). */
const UNFINISHED_PHASES = ['Running', 'Terminating'];

/** What a run expects of the application before it calls the work done. */
export interface Expectation {
  /** What the operation is: our own sync, or the rollback after a failed one. */
  operation: 'sync' | 'rollback';
  /**
   * `startedAt` of the operation state seen before ours was requested: an operation state with it
   * is the previous operation's, not ours.
   */
  previousStartedAt: string | undefined;
  /**
   * The revision asked for: a commit SHA (full or abbreviated) is compared with the revision the
   * operation synced; a branch or tag is resolved by Argo CD, so only the resolved SHA is compared.
   */
  revision: string | undefined;
}

/** One resource that is not as it should be, and Argo CD's word on why. */
export interface ResourceProblem {
  kind: string;
  /** `namespace/name`, or the name of a cluster-scoped resource. */
  name: string;
  health: string;
  sync: string;
  message: string;
}

/** The application as the run last saw it, for outputs and the summary. */
export interface ApplicationState {
  syncStatus: string;
  healthStatus: string;
  /** Phase of the last operation (ours once it started), '' when there is none. */
  operationPhase: string;
  operationMessage: string;
  /** The revision the operation synced (resolved SHA), else the one the sync status compares. */
  revision: string;
  startedAt: string | undefined;
  finishedAt: string | undefined;
  reconciledAt: string | undefined;
}

export type Verdict =
  | { kind: 'converged'; state: ApplicationState }
  | { kind: 'waiting'; pending: string[]; problems: ResourceProblem[]; state: ApplicationState }
  | { kind: 'failed'; reason: string; problems: ResourceProblem[]; state: ApplicationState };

const FULL_SHA = /^[0-9a-f]{40}$/;
const SHORT_SHA = /^[0-9a-f]{7,39}$/;

/** A requested revision that names a commit, rather than a branch or tag Argo CD resolves. */
export function isCommitSha(revision: string): boolean {
  return FULL_SHA.test(revision) || SHORT_SHA.test(revision);
}

/** Whether the revision Argo CD reports is the one asked for (an abbreviated SHA matches its prefix). */
export function sameRevision(asked: string, reported: string): boolean {
  if (!isCommitSha(asked)) return true;
  return reported === asked || (reported.length === 40 && reported.startsWith(asked));
}

/** Whether automated sync is on (Argo CD 3 can switch it off with `enabled: false`). */
export function isAutomated(app: ApplicationView): boolean {
  const automated = app.spec?.syncPolicy?.automated;
  return automated !== undefined && automated.enabled !== false;
}

/**
 * The operation under way, if any: the requested operation (`operation` is set until the
 * controller has finished it) or an operation state still running. Undefined when idle.
 */
export function runningOperation(app: ApplicationView): string | undefined {
  const op = app.status?.operationState;
  const by = (initiator: { username?: string | undefined; automated?: boolean | undefined }) =>
    initiator.automated === true ? 'automated sync' : (initiator.username ?? 'someone');
  if (op !== undefined && UNFINISHED_PHASES.includes(op.phase)) {
    const initiator = op.operation?.initiatedBy ?? app.operation?.initiatedBy ?? {};
    const revision = op.operation?.sync?.revision;
    return (
      `${op.phase} since ${op.startedAt}, started by ${by(initiator)}` +
      (revision === undefined ? '' : ` to revision ${revision}`) +
      (op.message === undefined || op.message === '' ? '' : `: ${op.message}`)
    );
  }
  if (app.operation !== undefined) {
    const revision = app.operation.sync?.revision;
    return (
      `requested by ${by(app.operation.initiatedBy ?? {})}` +
      (revision === undefined ? '' : ` to revision ${revision}`) +
      ', not started yet'
    );
  }
  return undefined;
}

function describeRef(ref: {
  kind?: string | undefined;
  namespace?: string | undefined;
  name?: string | undefined;
}) {
  return {
    kind: ref.kind ?? '',
    name:
      ref.namespace === undefined || ref.namespace === ''
        ? (ref.name ?? '')
        : `${ref.namespace}/${ref.name ?? ''}`
  };
}

/**
 * The resources that are not Healthy or not Synced, with Argo CD's message, plus the resources the
 * operation failed to sync. Hooks are left out: they come and go with each sync.
 */
export function resourceProblems(app: ApplicationView): ResourceProblem[] {
  const problems: ResourceProblem[] = [];
  for (const resource of app.status?.resources ?? []) {
    if (resource.hook === true) continue;
    const health = resource.health?.status ?? '';
    const sync = resource.status ?? '';
    const unhealthy = health !== '' && health !== 'Healthy';
    if (!unhealthy && sync !== 'OutOfSync') continue;
    problems.push({
      ...describeRef(resource),
      health: health === '' ? '-' : health,
      sync: sync === '' ? '-' : sync,
      message:
        resource.health?.message ?? (sync === 'OutOfSync' ? 'differs from the desired state' : '')
    });
  }
  for (const result of app.status?.operationState?.syncResult?.resources ?? []) {
    if (result.status !== 'SyncFailed') continue;
    const ref = describeRef(result);
    const known = problems.find((p) => p.kind === ref.kind && p.name === ref.name);
    const message = `sync failed: ${result.message ?? ''}`.trim();
    if (known === undefined) problems.push({ ...ref, health: '-', sync: 'SyncFailed', message });
    else known.message = [message, known.message].filter((m) => m !== '').join('; ');
  }
  return problems;
}

function stateOf(app: ApplicationView): ApplicationState {
  const status = app.status ?? {};
  const op = status.operationState;
  return {
    syncStatus: status.sync?.status ?? 'Unknown',
    healthStatus: status.health?.status ?? 'Unknown',
    operationPhase: op?.phase ?? '',
    operationMessage: op?.message ?? '',
    revision: op?.syncResult?.revision ?? status.sync?.revision ?? '',
    startedAt: op?.startedAt,
    finishedAt: op?.finishedAt,
    reconciledAt: status.reconciledAt
  };
}

/** Errors Argo CD reports as application conditions (ComparisonError, SyncError, ...). */
function errorConditions(app: ApplicationView): string[] {
  return (app.status?.conditions ?? [])
    .filter((c) => c.type.endsWith('Error'))
    .map((c) => `${c.type}: ${c.message ?? ''}`.trim());
}

/**
 * Decides, from one look at the application, whether the operation the run started is done and
 * good (converged), bad (failed, with the resources at fault), or not yet decided (waiting, with
 * what is still pending). Done means all of: no operation under way; our operation finished with
 * phase Succeeded; the application reconciled at or after the operation finished (so its sync and
 * health are not from before it); for a sync, Synced at the requested revision; Healthy.
 */
export function judge(app: ApplicationView, expectation: Expectation): Verdict {
  const state = stateOf(app);
  const problems = resourceProblems(app);
  const waiting = (...pending: string[]): Verdict => ({
    kind: 'waiting',
    pending,
    problems,
    state
  });
  const op = app.status?.operationState;
  const ours = op !== undefined && op.startedAt !== expectation.previousStartedAt;

  if (!ours) {
    const requested = app.operation !== undefined;
    return waiting(
      requested
        ? `the ${expectation.operation} is requested; the controller has not started it yet`
        : `the ${expectation.operation} has not started yet`
    );
  }
  if (UNFINISHED_PHASES.includes(op.phase))
    return waiting(
      `the ${expectation.operation} operation is ${op.phase}` +
        (op.message === undefined || op.message === '' ? '' : `: ${op.message}`)
    );
  if (op.phase === 'Failed' || op.phase === 'Error') {
    const conditions = errorConditions(app);
    return {
      kind: 'failed',
      reason:
        `the ${expectation.operation} operation ended with phase ${op.phase}: ${op.message ?? 'no message'}` +
        (conditions.length === 0 ? '' : ` (${conditions.join('; ')})`),
      problems,
      state
    };
  }
  if (op.phase !== 'Succeeded')
    return waiting(`the ${expectation.operation} operation has phase ${op.phase}`);
  if (app.operation !== undefined)
    return waiting('the controller still holds the operation (it clears it when done)');

  const synced = op.syncResult?.revision ?? '';
  if (expectation.revision !== undefined && !sameRevision(expectation.revision, synced))
    return {
      kind: 'failed',
      reason: `the operation synced revision ${synced || '(none)'}, not the requested ${expectation.revision}`,
      problems,
      state
    };

  const finishedAt = op.finishedAt;
  const reconciledAt = app.status?.reconciledAt;
  if (finishedAt === undefined) return waiting('the operation has no finish time yet');
  if (reconciledAt === undefined || Date.parse(reconciledAt) < Date.parse(finishedAt))
    return waiting(
      `the application was last reconciled at ${reconciledAt ?? 'never'}, before the operation finished at ${finishedAt}: its sync and health status are from before it`
    );

  const pending: string[] = [];
  const health = state.healthStatus;
  if (expectation.operation === 'sync') {
    if (state.syncStatus !== 'Synced')
      pending.push(`sync status is ${state.syncStatus}, not Synced`);
    const compared = app.status?.sync?.revision ?? '';
    if (compared !== synced)
      pending.push(
        `Argo CD compares with revision ${compared || '(none)'}, not the synced ${synced}`
      );
  }
  if (health === 'Degraded') {
    return {
      kind: 'failed',
      reason:
        `health is Degraded after the ${expectation.operation}` +
        (app.status?.health?.message ? `: ${app.status.health.message}` : ''),
      problems,
      state
    };
  }
  if (health !== 'Healthy') pending.push(`health is ${health}, not Healthy`);
  return pending.length === 0 ? { kind: 'converged', state } : waiting(...pending);
}

/**
 * The deployment to roll back to: the newest history entry that was live before this run's sync
 * (Argo CD appends an entry for each successful sync). Undefined when there is none.
 */
export function rollbackTarget(historyBefore: readonly HistoryEntry[]): HistoryEntry | undefined {
  return [...historyBefore].sort((a, b) => a.id - b.id).at(-1);
}
