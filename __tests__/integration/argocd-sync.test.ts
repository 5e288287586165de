import { afterEach, describe, expect, it } from '@jest/globals';
import { ArgoCdHttpClient } from '../../src/argocd/client.js';
import {
  argoCdSyncOutputs,
  NothingSyncedError,
  runArgoCdSync,
  systemClock,
  type ArgoCdSyncResult,
  type ArgoCdSyncSettings
} from '../../src/argocd/sync-job.js';
import { memoryLog } from '../../src/common/log.js';
import { freePort } from '../support/servers.js';
import {
  startArgoCdDouble,
  type AppScript,
  type ArgoCdDouble,
  type ArgoCdDoubleOptions
} from '../support/argocd/double.js';
import * as scenarios from '../support/argocd/scenarios.js';
import { COMMITS, TOKEN } from '../support/argocd/scenarios.js';
import { makeTestPki } from '../support/argocd/tls.js';

/**
 * The sync job against the Argo CD double over real HTTP(S) on loopback, one double a test,
 * playing one scripted application. Every double must end with no schema violations.
 */
const doubles: ArgoCdDouble[] = [];
afterEach(async () => {
  for (const double of doubles.splice(0)) {
    await double.stop();
    expect(double.violations).toEqual([]);
  }
});

async function serve(
  apps: AppScript[],
  extra: Partial<ArgoCdDoubleOptions> = {}
): Promise<ArgoCdDouble> {
  const double = await startArgoCdDouble({ token: TOKEN, apps, ...extra });
  doubles.push(double);
  return double;
}

function settings(server: string, app: string, over: Partial<ArgoCdSyncSettings> = {}) {
  return {
    server,
    token: TOKEN,
    application: app,
    revision: COMMITS.next,
    prune: false,
    refresh: 'normal',
    timeoutMs: 15_000,
    intervalMs: 20,
    requestTimeoutMs: 1000,
    ca: undefined,
    rollbackOnFailure: false,
    ...over
  } satisfies ArgoCdSyncSettings;
}

async function sync(s: ArgoCdSyncSettings) {
  const log = memoryLog();
  const api = new ArgoCdHttpClient({
    server: s.server,
    token: s.token,
    ca: s.ca,
    requestTimeoutMs: s.requestTimeoutMs
  });
  const result = await runArgoCdSync(s, { api, clock: systemClock, log });
  return { result, log: log.lines.join('\n'), api };
}

async function syncScenario(script: AppScript, over: Partial<ArgoCdSyncSettings> = {}) {
  const double = await serve([script]);
  return { double, ...(await sync(settings(double.url, script.name, over))) };
}

const problemsOf = (result: ArgoCdSyncResult) =>
  result.verdict.kind === 'converged' ? [] : result.verdict.problems;

describe('argocd-sync against the Argo CD double', () => {
  it('refreshes, requests one sync and waits through Progressing until Healthy', async () => {
    const { double, result, log } = await syncScenario(scenarios.progressingThenHealthy);
    expect(result.failure).toBeUndefined();
    expect(result.verdict.kind).toBe('converged');
    expect(argoCdSyncOutputs(result)).toEqual({
      revision: COMMITS.next,
      'sync-status': 'Synced',
      'health-status': 'Healthy',
      'operation-phase': 'Succeeded',
      'rolled-back': 'false'
    });
    expect(double.requests[0]).toMatchObject({ method: 'GET', query: '?refresh=normal' });
    const posts = double.posts('checkout', 'sync');
    expect(posts.map((p) => p.body)).toEqual([
      { name: 'checkout', revision: COMMITS.next, prune: false, dryRun: false }
    ]);
    expect(log).toContain('the controller has not started it yet');
    expect(log).toContain('health is Progressing, not Healthy');
    // Pending, Running x2, Succeeded+Progressing x2, then Healthy: six reads after the sync.
    expect(result.polls).toBe(6);
  });

  it('waits for an operation already running, never fights it, then syncs once', async () => {
    const { double, result, log } = await syncScenario(scenarios.alreadyRunning);
    expect(result.verdict.kind).toBe('converged');
    expect(log).toContain('An operation is under way, waiting for it: Running since');
    expect(log).toContain('started by alice');
    const posts = double.posts('payments', 'sync');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.status).toBe(200);
    // The other operation ran for three reads after the refresh; the sync came after them.
    const before = double.requests.filter((r) => r.at < (posts[0]?.at ?? 0) && r.method === 'GET');
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(double.requests.some((r) => r.status === 400)).toBe(false);
  });

  it('fails on a Degraded application, naming the resource and why', async () => {
    const { double, result } = await syncScenario(scenarios.degraded);
    expect(result.failure).toMatch(/The sync of 'search' failed: health is Degraded/);
    expect(problemsOf(result)).toEqual([
      {
        kind: 'Deployment',
        name: 'search/web',
        health: 'Degraded',
        sync: 'Synced',
        message: expect.stringContaining('exceeded its progress deadline') as unknown as string
      }
    ]);
    expect(argoCdSyncOutputs(result)['health-status']).toBe('Degraded');
    expect(double.posts('search', 'sync')).toHaveLength(1);
    expect(double.posts('search', 'rollback')).toHaveLength(0);
  });

  it('does not take a status reconciled before the operation ended as the result', async () => {
    const { result, log } = await syncScenario(scenarios.staleThenDegraded);
    // The stale status says Synced and Healthy; the fresh one finds the Deployment Degraded.
    expect(log).toContain('before the operation finished at');
    expect(result.verdict.kind).toBe('failed');
    expect(result.failure).toContain('health is Degraded');
    expect(problemsOf(result)[0]?.message).toContain('CrashLoopBackOff');
  });

  it('calls a sync done only once the application reconciled after it', async () => {
    const { double, result } = await syncScenario(scenarios.staleThenHealthy);
    expect(result.verdict.kind).toBe('converged');
    // Running, then three stale reads, then the fresh one.
    expect(result.polls).toBe(5);
    expect(double.convergedAt('carts')).toBeDefined();
  });

  it('fails on a failed operation with its message and the resources it could not apply', async () => {
    const { result } = await syncScenario(scenarios.failedOperation);
    expect(result.failure).toContain('the sync operation ended with phase Failed');
    expect(result.failure).toContain('SyncError: Failed sync attempt');
    expect(problemsOf(result)).toContainEqual({
      kind: 'Ingress',
      name: 'billing/web',
      health: 'Missing',
      sync: 'OutOfSync',
      message: expect.stringContaining(
        'sync failed: Ingress.networking.k8s.io "web" is invalid'
      ) as unknown as string
    });
    expect(argoCdSyncOutputs(result)['operation-phase']).toBe('Failed');
  });

  it('fails at the timeout, listing what is still not healthy', async () => {
    const { double, result } = await syncScenario(scenarios.stuckProgressing, {
      timeoutMs: 1500,
      intervalMs: 50
    });
    expect(result.failure).toMatch(/timed out after 1\.5s with health is Progressing, not Healthy/);
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ kind: 'Deployment', health: 'Progressing' })
    ]);
    expect(double.posts('reports', 'sync')).toHaveLength(1);
  });

  it('retries reads that answer 502 or time out, within the timeout', async () => {
    const { double, result, log } = await syncScenario(scenarios.flakyServer, {
      requestTimeoutMs: 300
    });
    expect(result.verdict.kind).toBe('converged');
    expect(log).toContain('HTTP 502: upstream connect error; retrying');
    expect(log).toContain('no answer within 300 ms');
    expect(double.posts('flaky', 'sync')).toHaveLength(1);
  });

  it('does not send a second sync when the first answered 502 but was registered', async () => {
    const { double, result, log } = await syncScenario(scenarios.ambiguousSync);
    expect(result.verdict.kind).toBe('converged');
    expect(log).toContain('Argo CD did register the sync');
    expect(double.posts('ambiguous', 'sync').map((p) => p.status)).toEqual([502]);
  });

  it('rolls a failed sync back to the previous deployment and waits for it', async () => {
    const { double, result } = await syncScenario(scenarios.degradedRollback, {
      rollbackOnFailure: true
    });
    expect(double.posts('inventory', 'rollback').map((p) => p.body)).toEqual([
      { name: 'inventory', id: '2', prune: false, dryRun: false }
    ]);
    expect(result.rollback?.verdict?.kind).toBe('converged');
    expect(result.failure).toContain(`Rolled back to ${COMMITS.deployed}, which is healthy.`);
    expect(argoCdSyncOutputs(result)).toMatchObject({
      revision: COMMITS.deployed,
      'health-status': 'Healthy',
      'rolled-back': 'true'
    });
  });

  it('says an application with automated sync cannot be rolled back, and does not try', async () => {
    const { double, result } = await syncScenario(scenarios.degradedAutomated, {
      rollbackOnFailure: true
    });
    expect(result.rollback?.refused).toContain('automated sync');
    expect(result.failure).toContain('Not rolled back: the application has automated sync');
    expect(double.posts('catalog', 'rollback')).toHaveLength(0);
    expect(argoCdSyncOutputs(result)['rolled-back']).toBe('false');
  });
});

describe('argocd-sync refuses to start', () => {
  it('with a bad token (401), syncing nothing', async () => {
    const double = await serve([scenarios.progressingThenHealthy]);
    const run = sync(settings(double.url, 'checkout', { token: 'not-the-token' }));
    await expect(run).rejects.toThrow(NothingSyncedError);
    await expect(run).rejects.toThrow(
      /refused the token \(HTTP 401: invalid session: token signature is invalid\).*Nothing was synced/
    );
    expect(double.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('with an unknown application (404), syncing nothing', async () => {
    const double = await serve([scenarios.progressingThenHealthy]);
    await expect(sync(settings(double.url, 'no-such-app'))).rejects.toThrow(
      /has no application 'no-such-app' \(HTTP 404: applications.argoproj.io "no-such-app" not found\)/
    );
    expect(double.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('with an unreachable server, at once', async () => {
    const port = await freePort();
    const started = Date.now();
    await expect(sync(settings(`http://127.0.0.1:${port}`, 'checkout'))).rejects.toThrow(
      `cannot reach Argo CD at http://127.0.0.1:${port}: connection refused. Nothing was synced.`
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('argocd-sync over HTTPS', () => {
  const pki = makeTestPki();

  it('trusts a private CA given as ca', async () => {
    const double = await serve([scenarios.progressingThenHealthy], {
      tls: { cert: pki.cert, key: pki.key }
    });
    expect(double.url).toMatch(/^https:/);
    const { result } = await sync(settings(double.url, 'checkout', { ca: pki.ca }));
    expect(result.verdict.kind).toBe('converged');
  });

  it('refuses a certificate no trusted CA signed, saying so', async () => {
    const double = await serve([scenarios.progressingThenHealthy], { tls: pki.selfSigned });
    await expect(sync(settings(double.url, 'checkout', { ca: pki.ca }))).rejects.toThrow(
      /the TLS certificate of https:\/\/127\.0\.0\.1:\d+ is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT.*give the CA that signed it in ca-file/
    );
    expect(double.requests).toEqual([]);
  });
});
