/**
 * Realistic timelines of an Argo CD Application for the double: what the tests, the bench and the
 * demo play out. Only type imports, so Node 24 runs this file as it is, like double.ts.
 */
import type { AppScript, ResourceFrame } from './double.js';

/** Commits of the runtime-facts repository. */
export const COMMITS = {
  earlier: '0b1e7c2d9a4f5e6b7c8d9e0f1a2b3c4d5e6f7a8b',
  deployed: '5d41402abc4b2a76b9719d911017c592ae2c1e3f',
  next: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'
} as const;

export const TOKEN = 'argocd-test-token-9c1e';

const web: ResourceFrame[] = [
  { kind: 'Service', name: 'web' },
  { kind: 'Deployment', name: 'web' },
  { kind: 'Ingress', name: 'web' }
];

const progressing = (message: string): ResourceFrame[] => [
  { kind: 'Service', name: 'web', health: 'Healthy' },
  { kind: 'Deployment', name: 'web', health: 'Progressing', message },
  { kind: 'Ingress', name: 'web', health: 'Healthy' }
];

const ROLLOUT = 'Waiting for rollout to finish: 1 of 3 updated replicas are available...';
const DEADLINE =
  'Deployment "web" exceeded its progress deadline: ReplicaSet "web-7d9f8b6c5d" has timed out progressing.';

/** An application at `deployed`, whose branch `main` now points at `next`. */
function app(name: string, rest: Omit<AppScript, 'name' | 'deployed' | 'resources'>): AppScript {
  return {
    name,
    deployed: COMMITS.deployed,
    earlier: [COMMITS.earlier],
    refs: { main: COMMITS.next },
    resources: web,
    ...rest
  };
}

/** The sync runs a while, the Deployment rolls out, then all is Healthy. */
export const progressingThenHealthy = app('checkout', {
  sync: [
    { phase: 'Pending', health: 'Healthy' },
    { phase: 'Running', health: 'Progressing', polls: 2, resources: progressing(ROLLOUT) },
    { phase: 'Succeeded', health: 'Progressing', polls: 2, resources: progressing(ROLLOUT) },
    { phase: 'Succeeded', health: 'Healthy' }
  ]
});

/** Someone else's sync is running when the run starts; it ends, then ours goes through. */
export const alreadyRunning = app('payments', {
  running: [
    {
      phase: 'Running',
      health: 'Progressing',
      polls: 3,
      message: 'waiting for completion of hook batch/Job/migrate'
    },
    { phase: 'Succeeded', health: 'Healthy' }
  ],
  sync: [
    { phase: 'Running', health: 'Progressing' },
    { phase: 'Succeeded', health: 'Healthy' }
  ]
});

/** The sync succeeds, but the Deployment never becomes available. */
export const degraded = app('search', {
  sync: [
    { phase: 'Running', health: 'Progressing', resources: progressing(ROLLOUT) },
    {
      phase: 'Succeeded',
      health: 'Degraded',
      resources: [
        { kind: 'Service', name: 'web', health: 'Healthy' },
        { kind: 'Deployment', name: 'web', health: 'Degraded', message: DEADLINE },
        { kind: 'Ingress', name: 'web', health: 'Healthy' }
      ]
    }
  ]
});

/**
 * After the operation ends, the status still shows Synced and Healthy from a reconcile before it
 * ended; the first reconcile after it finds the Deployment Degraded. Accepting the stale status
 * would report a broken deployment as done.
 */
export const staleThenDegraded = app('orders', {
  sync: [
    { phase: 'Running', health: 'Healthy' },
    { phase: 'Succeeded', health: 'Healthy', sync: 'Synced', stale: true, polls: 3 },
    {
      phase: 'Succeeded',
      health: 'Degraded',
      resources: [
        { kind: 'Service', name: 'web', health: 'Healthy' },
        {
          kind: 'Deployment',
          name: 'web',
          health: 'Degraded',
          message: 'Deployment "web" has 0 available replicas: CrashLoopBackOff'
        },
        { kind: 'Ingress', name: 'web', health: 'Healthy' }
      ]
    }
  ]
});

/** Stale for a while, then Healthy for real. */
export const staleThenHealthy = app('carts', {
  sync: [
    { phase: 'Running', health: 'Progressing' },
    { phase: 'Succeeded', health: 'Healthy', sync: 'Synced', stale: true, polls: 3 },
    { phase: 'Succeeded', health: 'Healthy' }
  ]
});

/** The operation fails: one object is refused by the cluster. */
export const failedOperation = app('billing', {
  sync: [
    { phase: 'Running', health: 'Progressing' },
    {
      phase: 'Failed',
      health: 'Missing',
      message:
        'one or more objects failed to apply, reason: Ingress.networking.k8s.io "web" is invalid',
      resources: [
        { kind: 'Service', name: 'web', health: 'Healthy' },
        { kind: 'Deployment', name: 'web', health: 'Healthy' },
        {
          kind: 'Ingress',
          name: 'web',
          health: 'Missing',
          sync: 'OutOfSync',
          syncFailed:
            'Ingress.networking.k8s.io "web" is invalid: spec.rules[0].host: Invalid value: "Web.example.com"'
        }
      ],
      conditions: [
        {
          type: 'SyncError',
          message: 'Failed sync attempt to 9f86d08: one or more objects failed to apply'
        }
      ]
    }
  ]
});

/** Never gets out of Progressing. */
export const stuckProgressing = app('reports', {
  sync: [
    { phase: 'Running', health: 'Progressing', resources: progressing(ROLLOUT) },
    { phase: 'Succeeded', health: 'Progressing', resources: progressing(ROLLOUT) }
  ]
});

/** The server answers 502 twice and then hangs once on reads; the sync itself goes well. */
export const flakyServer = app('flaky', {
  faults: [
    { method: 'GET', nth: [2, 3], status: 502 },
    { method: 'GET', nth: [5], hangMs: 1500 }
  ],
  sync: [
    { phase: 'Running', health: 'Progressing' },
    { phase: 'Succeeded', health: 'Healthy' }
  ]
});

/** The sync request gets a 502, but Argo CD registered it: sending it again would be a second sync. */
export const ambiguousSync = app('ambiguous', {
  faults: [{ method: 'POST', nth: [1], status: 502, applied: true }],
  sync: [
    { phase: 'Running', health: 'Progressing' },
    { phase: 'Succeeded', health: 'Healthy' }
  ]
});

/** Degraded after the sync, with a rollback to the previous deployment that goes well. */
export const degradedRollback = app('inventory', {
  sync: degraded.sync,
  rollback: [
    { phase: 'Running', health: 'Progressing' },
    { phase: 'Succeeded', health: 'Healthy', sync: 'OutOfSync' }
  ]
});

/** Degraded, with automated sync on: Argo CD refuses to roll it back. */
export const degradedAutomated = app('catalog', { automated: true, sync: degraded.sync });

/** Every scenario, for one double serving them all. */
export const SCENARIOS: AppScript[] = [
  progressingThenHealthy,
  alreadyRunning,
  degraded,
  staleThenDegraded,
  staleThenHealthy,
  failedOperation,
  stuckProgressing,
  flakyServer,
  ambiguousSync,
  degradedRollback,
  degradedAutomated
];
