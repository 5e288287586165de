import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { ApplicationState, ResourceProblem } from '../../src/argocd/application.js';
import { renderArgoCdSyncSummary } from '../../src/argocd/summary.js';
import type { ArgoCdSyncResult } from '../../src/argocd/sync-job.js';
import { byteLength } from '../../src/markdown/budget.js';
import { expectGolden, GOLDEN } from '../support/golden.js';

const NEXT = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';
const OLD = '5d41402abc4b2a76b9719d911017c592ae2c1e3f';

const state = (over: Partial<ApplicationState> = {}): ApplicationState => ({
  syncStatus: 'Synced',
  healthStatus: 'Healthy',
  operationPhase: 'Succeeded',
  operationMessage: 'successfully synced (all tasks run)',
  revision: NEXT,
  startedAt: '2026-01-01T10:00:00Z',
  finishedAt: '2026-01-01T10:00:41Z',
  reconciledAt: '2026-01-01T10:01:02Z',
  ...over
});

const base: ArgoCdSyncResult = {
  application: 'checkout',
  server: 'https://argocd.example.com',
  requestedRevision: NEXT,
  verdict: { kind: 'converged', state: state() },
  failure: undefined,
  rollback: undefined,
  timings: { waitedForOperationMs: 12_300, syncMs: 62_000, rollbackMs: 0, totalMs: 75_100 },
  polls: 13
};

const degradedDeployment: ResourceProblem = {
  kind: 'Deployment',
  name: 'checkout/web',
  health: 'Degraded',
  sync: 'Synced',
  message:
    'Deployment "web" exceeded its progress deadline | ReplicaSet "web-7d9f8b6c5d" has timed out progressing.'
};

const degraded: ArgoCdSyncResult = {
  ...base,
  verdict: {
    kind: 'failed',
    reason: 'health is Degraded after the sync',
    problems: [degradedDeployment],
    state: state({ healthStatus: 'Degraded' })
  },
  failure: "The sync of 'checkout' failed: health is Degraded after the sync"
};

describe('renderArgoCdSyncSummary', () => {
  it('shows a converged sync with its state and timings', () => {
    expectGolden(join(GOLDEN, 'argocd-sync', 'converged.md'), renderArgoCdSyncSummary(base));
  });

  it('shows a failed sync with the resources not healthy and why', () => {
    expectGolden(join(GOLDEN, 'argocd-sync', 'degraded.md'), renderArgoCdSyncSummary(degraded));
  });

  it('shows the rollback that followed', () => {
    const result: ArgoCdSyncResult = {
      ...degraded,
      failure: `${degraded.failure ?? ''}. Rolled back to ${OLD}, which is healthy.`,
      rollback: {
        refused: undefined,
        target: { id: 2, revision: OLD },
        verdict: {
          kind: 'converged',
          state: state({ syncStatus: 'OutOfSync', revision: OLD })
        }
      },
      timings: { ...base.timings, rollbackMs: 31_000 }
    };
    expectGolden(join(GOLDEN, 'argocd-sync', 'rolled-back.md'), renderArgoCdSyncSummary(result));
  });

  it('says why there was no rollback', () => {
    const text = renderArgoCdSyncSummary({
      ...degraded,
      rollback: {
        refused: 'the application has automated sync',
        target: undefined,
        verdict: undefined
      }
    });
    expect(text).toContain('#### Rollback\n\nNot rolled back: the application has automated sync.');
  });

  it('cuts the table to the limit and says how many resources were left out', () => {
    const problems = Array.from({ length: 500 }, (_, i) => ({
      ...degradedDeployment,
      name: `checkout/web-${i}`
    }));
    const text = renderArgoCdSyncSummary(
      { ...degraded, verdict: { ...degraded.verdict, problems } as ArgoCdSyncResult['verdict'] },
      8000
    );
    expect(byteLength(text)).toBeLessThanOrEqual(8000);
    expect(text).toMatch(
      /\n\d+ more resources are not healthy: see the application in Argo CD\.\n/
    );
    expect(text).toContain('Timings:');
    expect(text).toContain('**Resources not healthy (500)**');
  });
});
