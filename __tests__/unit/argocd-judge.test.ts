import { describe, expect, it } from '@jest/globals';
import {
  ApplicationSchema,
  isAutomated,
  judge,
  resourceProblems,
  rollbackTarget,
  runningOperation,
  sameRevision,
  type ApplicationView,
  type Expectation
} from '../../src/argocd/application.js';
import { applicationViolations } from '../support/argocd/double.js';

const NEXT = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';
const OLD = '5d41402abc4b2a76b9719d911017c592ae2c1e3f';
const PREVIOUS_START = '2026-01-01T09:00:00Z';
const T = (s: number) => `2026-01-01T10:00:${String(s).padStart(2, '0')}Z`;

type Phase = 'Running' | 'Terminating' | 'Succeeded' | 'Failed' | 'Error';
interface Shape {
  phase?: Phase | 'previous' | 'none';
  requested?: boolean;
  message?: string;
  synced?: string;
  compared?: string;
  sync?: string;
  health?: string;
  healthMessage?: string;
  finishedAt?: string | null;
  reconciledAt?: string;
  resources?: Record<string, unknown>[];
  results?: Record<string, unknown>[];
  conditions?: { type: string; message: string }[];
  automated?: Record<string, unknown>;
}

const deployment = (health: string, message?: string, extra: Record<string, unknown> = {}) => ({
  group: 'apps',
  version: 'v1',
  kind: 'Deployment',
  namespace: 'shop',
  name: 'web',
  status: 'Synced',
  health: { status: health, ...(message === undefined ? {} : { message }) },
  ...extra
});
const service = {
  group: '',
  version: 'v1',
  kind: 'Service',
  namespace: 'shop',
  name: 'web',
  status: 'Synced',
  health: { status: 'Healthy' }
};

/** A realistic Application as the API server returns it; every one is checked against the schema. */
function app(shape: Shape): Record<string, unknown> {
  const source = {
    repoURL: 'https://git.example.com/acme/facts.git',
    path: 'apps/shop',
    targetRevision: 'main'
  };
  const destination = { server: 'https://kubernetes.default.svc', namespace: 'shop' };
  const phase = shape.phase ?? 'Succeeded';
  const operation = { sync: { revision: NEXT, prune: false }, initiatedBy: { username: 'ci' } };
  const finished = ['Succeeded', 'Failed', 'Error'].includes(phase);
  const operationState =
    phase === 'none'
      ? undefined
      : phase === 'previous'
        ? {
            operation: { sync: { revision: OLD } },
            phase: 'Succeeded',
            startedAt: PREVIOUS_START,
            finishedAt: '2026-01-01T09:01:00Z',
            syncResult: { revision: OLD }
          }
        : {
            operation,
            phase,
            message: shape.message ?? 'successfully synced (all tasks run)',
            startedAt: T(0),
            ...(finished && shape.finishedAt !== null
              ? { finishedAt: shape.finishedAt ?? T(10) }
              : {}),
            ...(finished
              ? {
                  syncResult: {
                    revision: shape.synced ?? NEXT,
                    resources: (shape.results ?? []).map((r) => ({
                      group: 'apps',
                      version: 'v1',
                      namespace: 'shop',
                      ...r
                    }))
                  }
                }
              : {})
          };
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'shop', namespace: 'argocd' },
    spec: {
      project: 'default',
      source,
      destination,
      ...(shape.automated === undefined ? {} : { syncPolicy: { automated: shape.automated } })
    },
    // The controller holds `operation` until the operation has finished.
    ...(shape.requested === true || phase === 'Running' || phase === 'Terminating'
      ? { operation }
      : {}),
    status: {
      sync: { status: shape.sync ?? 'Synced', revision: shape.compared ?? NEXT },
      health: {
        status: shape.health ?? 'Healthy',
        ...(shape.healthMessage === undefined ? {} : { message: shape.healthMessage })
      },
      reconciledAt: shape.reconciledAt ?? T(12),
      resources: shape.resources ?? [service, deployment(shape.health ?? 'Healthy')],
      history: [
        { id: 1, revision: OLD, deployedAt: '2026-01-01T09:01:00Z' },
        { id: 2, revision: NEXT, deployedAt: T(10) }
      ],
      ...(operationState === undefined ? {} : { operationState }),
      ...(shape.conditions === undefined ? {} : { conditions: shape.conditions })
    }
  };
}

function view(shape: Shape): ApplicationView {
  const raw = app(shape);
  expect(applicationViolations(raw)).toEqual([]);
  return ApplicationSchema.parse(raw);
}

const sync: Expectation = { operation: 'sync', previousStartedAt: PREVIOUS_START, revision: NEXT };

describe('judge', () => {
  it.each<[string, Shape, Partial<Expectation>, 'converged' | 'waiting' | 'failed', string]>([
    ['Synced, Healthy, reconciled after the end', {}, {}, 'converged', ''],
    [
      'reconciled in the very second the operation ended',
      { reconciledAt: T(10) },
      {},
      'converged',
      ''
    ],
    ['an abbreviated SHA asked for', {}, { revision: NEXT.slice(0, 7) }, 'converged', ''],
    ['a branch asked for: Argo CD resolves it', {}, { revision: 'main' }, 'converged', ''],
    ['the application’s own target revision', {}, { revision: undefined }, 'converged', ''],
    [
      'only the previous operation so far',
      { phase: 'previous' },
      {},
      'waiting',
      'has not started yet'
    ],
    [
      'the previous operation, ours requested',
      { phase: 'previous', requested: true },
      {},
      'waiting',
      'the controller has not started it yet'
    ],
    [
      'no operation state at all',
      { phase: 'none' },
      { previousStartedAt: undefined },
      'waiting',
      'has not started yet'
    ],
    [
      'Running',
      {
        phase: 'Running',
        message: 'waiting for healthy state of apps/Deployment/web',
        health: 'Progressing'
      },
      {},
      'waiting',
      'the sync operation is Running: waiting for healthy state'
    ],
    [
      'Terminating',
      { phase: 'Terminating', health: 'Progressing' },
      {},
      'waiting',
      'is Terminating'
    ],
    [
      'Succeeded, the controller still holds the operation',
      { requested: true },
      {},
      'waiting',
      'still holds the operation'
    ],
    ['finished, no finish time yet', { finishedAt: null }, {}, 'waiting', 'no finish time'],
    [
      'reconciled before the operation ended',
      { reconciledAt: T(9) },
      {},
      'waiting',
      'last reconciled at 2026-01-01T10:00:09Z, before the operation finished at 2026-01-01T10:00:10Z'
    ],
    [
      'stale and Degraded: not a verdict yet',
      { reconciledAt: T(9), health: 'Degraded' },
      {},
      'waiting',
      'before the operation finished'
    ],
    ['OutOfSync', { sync: 'OutOfSync' }, {}, 'waiting', 'sync status is OutOfSync, not Synced'],
    [
      'compared with a newer commit',
      { compared: OLD },
      {},
      'waiting',
      `compares with revision ${OLD}, not the synced ${NEXT}`
    ],
    ['Progressing', { health: 'Progressing' }, {}, 'waiting', 'health is Progressing, not Healthy'],
    ['Suspended', { health: 'Suspended' }, {}, 'waiting', 'health is Suspended'],
    ['Missing', { health: 'Missing' }, {}, 'waiting', 'health is Missing'],
    [
      'Degraded while the operation runs (pods restarting)',
      { phase: 'Running', health: 'Degraded' },
      {},
      'waiting',
      'is Running'
    ],
    [
      'Degraded after the operation',
      { health: 'Degraded', healthMessage: 'Deployment web is degraded' },
      {},
      'failed',
      'health is Degraded after the sync: Deployment web is degraded'
    ],
    [
      'Failed',
      {
        phase: 'Failed',
        message: 'one or more objects failed to apply',
        conditions: [{ type: 'SyncError', message: 'Failed sync attempt' }]
      },
      {},
      'failed',
      'ended with phase Failed: one or more objects failed to apply (SyncError: Failed sync attempt)'
    ],
    [
      'Error',
      { phase: 'Error', message: 'rpc error: repository not accessible' },
      {},
      'failed',
      'ended with phase Error: rpc error'
    ],
    [
      'another commit synced than the one asked for',
      { synced: OLD, compared: OLD },
      {},
      'failed',
      `synced revision ${OLD}, not the requested ${NEXT}`
    ],
    [
      'a rollback: OutOfSync is expected',
      { sync: 'OutOfSync', synced: OLD },
      { operation: 'rollback', revision: OLD },
      'converged',
      ''
    ]
  ])('%s', (_name, shape, expectation, kind, text) => {
    const verdict = judge(view(shape), { ...sync, ...expectation });
    expect(verdict.kind).toBe(kind);
    const said =
      verdict.kind === 'waiting'
        ? verdict.pending.join('; ')
        : verdict.kind === 'failed'
          ? verdict.reason
          : '';
    expect(said).toContain(text);
  });

  it('reports the state a machine can chain', () => {
    expect(judge(view({}), sync).state).toEqual({
      syncStatus: 'Synced',
      healthStatus: 'Healthy',
      operationPhase: 'Succeeded',
      operationMessage: 'successfully synced (all tasks run)',
      revision: NEXT,
      startedAt: T(0),
      finishedAt: T(10),
      reconciledAt: T(12)
    });
  });
});

describe('resourceProblems', () => {
  it('lists resources not healthy or out of sync with Argo CD’s message, hooks left out', () => {
    const problems = resourceProblems(
      view({
        health: 'Degraded',
        resources: [
          service,
          deployment('Degraded', 'Deployment "web" exceeded its progress deadline'),
          {
            ...service,
            kind: 'ConfigMap',
            name: 'settings',
            status: 'OutOfSync',
            health: undefined
          },
          { ...service, kind: 'Pod', name: 'migrate', hook: true, health: { status: 'Degraded' } },
          {
            group: 'rbac.authorization.k8s.io',
            version: 'v1',
            kind: 'ClusterRole',
            name: 'reader',
            status: 'Synced',
            health: { status: 'Missing' }
          }
        ]
      })
    );
    expect(problems).toEqual([
      {
        kind: 'Deployment',
        name: 'shop/web',
        health: 'Degraded',
        sync: 'Synced',
        message: 'Deployment "web" exceeded its progress deadline'
      },
      {
        kind: 'ConfigMap',
        name: 'shop/settings',
        health: '-',
        sync: 'OutOfSync',
        message: 'differs from the desired state'
      },
      { kind: 'ClusterRole', name: 'reader', health: 'Missing', sync: 'Synced', message: '' }
    ]);
  });

  it('adds what the operation failed to apply, to the resource it concerns', () => {
    const problems = resourceProblems(
      view({
        phase: 'Failed',
        health: 'Missing',
        resources: [service, deployment('Missing')],
        results: [
          {
            kind: 'Deployment',
            name: 'web',
            status: 'SyncFailed',
            message: 'admission webhook denied the request'
          },
          {
            group: '',
            kind: 'Secret',
            name: 'db',
            status: 'SyncFailed',
            message: 'secrets "db" is forbidden'
          },
          {
            group: '',
            kind: 'Service',
            name: 'web',
            status: 'Synced',
            message: 'service/web unchanged'
          }
        ]
      })
    );
    expect(problems).toEqual([
      {
        kind: 'Deployment',
        name: 'shop/web',
        health: 'Missing',
        sync: 'Synced',
        message: 'sync failed: admission webhook denied the request'
      },
      {
        kind: 'Secret',
        name: 'shop/db',
        health: '-',
        sync: 'SyncFailed',
        message: 'sync failed: secrets "db" is forbidden'
      }
    ]);
  });
});

describe('runningOperation', () => {
  it('is undefined when the last operation has finished', () => {
    expect(runningOperation(view({ phase: 'previous' }))).toBeUndefined();
  });
  it('describes a running operation and who started it', () => {
    expect(
      runningOperation(view({ phase: 'Running', message: 'waiting for hook batch/Job/migrate' }))
    ).toBe(
      `Running since ${T(0)}, started by ci to revision ${NEXT}: waiting for hook batch/Job/migrate`
    );
  });
  it('describes an operation requested but not started', () => {
    expect(runningOperation(view({ phase: 'previous', requested: true }))).toBe(
      `requested by ci to revision ${NEXT}, not started yet`
    );
  });
});

describe('isAutomated', () => {
  it.each([
    [undefined, false],
    [{}, true],
    [{ prune: true, selfHeal: true }, true],
    [{ enabled: false }, false],
    [{ enabled: true }, true]
  ])('automated %j → %s', (automated, expected) => {
    expect(isAutomated(view(automated === undefined ? {} : { automated }))).toBe(expected);
  });
});

describe('rollbackTarget and sameRevision', () => {
  it('rolls back to the newest entry live before the sync', () => {
    const history = [
      { id: 3, revision: 'c' },
      { id: 1, revision: 'a' },
      { id: 2, revision: 'b' }
    ];
    expect(rollbackTarget(history)).toEqual({ id: 3, revision: 'c' });
    expect(rollbackTarget([])).toBeUndefined();
  });
  it.each([
    [NEXT, NEXT, true],
    [NEXT.slice(0, 7), NEXT, true],
    [NEXT.slice(0, 7), OLD, false],
    [NEXT, OLD, false],
    ['main', OLD, true],
    ['v1.4.2', NEXT, true]
  ])('asked %s, synced %s → %s', (asked, reported, same) => {
    expect(sameRevision(asked, reported)).toBe(same);
  });
});
