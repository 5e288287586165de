import { afterEach, describe, expect, it } from '@jest/globals';
import {
  applicationViolations,
  startArgoCdDouble,
  type ArgoCdDouble
} from '../support/argocd/double.js';
import { alreadyRunning, progressingThenHealthy, TOKEN } from '../support/argocd/scenarios.js';
import { runProcess } from '../../src/common/process.js';
import { REPO, tool } from '../support/tools.js';

/** The double checks what it is sent and what it sends: these tests show that the checks bite. */
let double: ArgoCdDouble;
afterEach(() => double.stop());

async function call(method: string, path: string, body?: unknown, token = TOKEN) {
  const response = await fetch(`${double.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(5000)
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the Argo CD double', () => {
  it('refuses a sync request body the swagger does not describe, and records it', async () => {
    double = await startArgoCdDouble({ token: TOKEN, apps: [progressingThenHealthy] });
    const answer = await call('POST', '/api/v1/applications/checkout/sync', {
      name: 'checkout',
      prune: 'yes',
      force: true
    });
    expect(answer.status).toBe(400);
    expect(double.violations).toHaveLength(1);
    expect(double.violations[0]).toContain('POST /api/v1/applications/checkout/sync: ');
    expect(double.violations[0]).toContain('data must NOT have additional properties');
    expect(double.violations[0]).toContain('data/prune must be boolean');
    expect(double.posts('checkout', 'sync')).toHaveLength(1);
  });

  it('refuses a rollback whose id is not an int64 as the gateway writes it', async () => {
    double = await startArgoCdDouble({ token: TOKEN, apps: [progressingThenHealthy] });
    const answer = await call('POST', '/api/v1/applications/checkout/rollback', { id: 'two' });
    expect(answer.status).toBe(400);
    expect(double.violations.join('\n')).toContain('data/id must match pattern');
  });

  it('answers a sync while an operation runs as Argo CD does: 400 FailedPrecondition', async () => {
    double = await startArgoCdDouble({ token: TOKEN, apps: [alreadyRunning] });
    const answer = await call('POST', '/api/v1/applications/payments/sync', {
      name: 'payments',
      prune: false
    });
    expect(answer).toEqual({
      status: 400,
      json: {
        error: 'another operation is already in progress',
        code: 9,
        message: 'another operation is already in progress',
        details: []
      }
    });
    expect(double.violations).toEqual([]);
  });

  it('answers a bad token with 401 and an unknown application with 404, as grpc-gateway errors', async () => {
    double = await startArgoCdDouble({ token: TOKEN, apps: [progressingThenHealthy] });
    expect(await call('GET', '/api/v1/applications/checkout', undefined, 'wrong')).toMatchObject({
      status: 401,
      json: { code: 16, message: 'invalid session: token signature is invalid' }
    });
    expect(await call('GET', '/api/v1/applications/nope')).toMatchObject({
      status: 404,
      json: { code: 5, message: 'applications.argoproj.io "nope" not found' }
    });
  });

  it('records any attempt to terminate an operation or to use another endpoint', async () => {
    double = await startArgoCdDouble({ token: TOKEN, apps: [progressingThenHealthy] });
    await call('DELETE', '/api/v1/applications/checkout/operation');
    await call('GET', '/api/v1/applications/checkout?refresh=true&watch=1');
    expect(double.violations).toEqual([
      'DELETE /api/v1/applications/checkout/operation: an operation was terminated',
      'GET /api/v1/applications/checkout: refresh=true is neither normal nor hard',
      'GET /api/v1/applications/checkout: unknown query parameter watch'
    ]);
  });

  it('advances a timeline one read at a time; a peek does not', async () => {
    double = await startArgoCdDouble({ token: TOKEN, apps: [alreadyRunning] });
    const phase = (app: Record<string, unknown>) =>
      (app['status'] as { operationState?: { phase?: string } }).operationState?.phase;
    expect(phase(double.peek('payments'))).toBe('Running');
    expect(phase(double.peek('payments'))).toBe('Running');
    const phases: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++)
      phases.push(phase((await call('GET', '/api/v1/applications/payments')).json));
    expect(phases).toEqual(['Running', 'Running', 'Running', 'Succeeded', 'Succeeded']);
    expect(double.violations).toEqual([]);
  });
});

describe('the double outside the tests', () => {
  it('starts from a plain Node 24 script, as the demo starts it', async () => {
    const script = `
      import { startArgoCdDouble } from './__tests__/support/argocd/double.ts';
      import { SCENARIOS, TOKEN } from './__tests__/support/argocd/scenarios.ts';
      const double = await startArgoCdDouble({ token: TOKEN, apps: SCENARIOS });
      const answer = await fetch(double.url + '/api/v1/applications/checkout?refresh=normal', {
        headers: { authorization: 'Bearer ' + TOKEN }
      });
      const app = await answer.json();
      console.log(JSON.stringify({ status: answer.status, sync: app.status.sync.status, violations: double.violations }));
      await double.stop();
    `;
    const result = await runProcess(tool('node24'), ['--input-type=module', '-e', script], {
      cwd: REPO,
      timeoutMs: 30_000
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ status: 200, sync: 'OutOfSync', violations: [] });
  });
});

describe('applicationViolations', () => {
  it('passes a realistic Application and flags what the schema or the enumerations refuse', () => {
    const good = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'shop', namespace: 'argocd' },
      spec: {
        project: 'default',
        source: { repoURL: 'https://git.example.com/a.git', path: '.', targetRevision: 'main' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' }
      },
      status: {
        sync: { status: 'Synced', revision: 'abc' },
        health: { status: 'Healthy' },
        reconciledAt: '2026-01-01T10:00:00Z'
      }
    };
    expect(applicationViolations(good)).toEqual([]);
    const bad = {
      ...good,
      status: {
        sync: { status: 'Maybe' },
        health: { status: 'Fine' },
        reconciledAt: 'yesterday',
        history: [{ id: 1 }],
        operationState: { phase: 'Done', startedAt: '2026-01-01T10:00:00Z', operation: {} }
      }
    };
    const problems = applicationViolations(bad).join('\n');
    expect(problems).toContain('must match format "date-time"');
    expect(problems).toContain("status.sync.status is 'Maybe'");
    expect(problems).toContain("status.health.status is 'Fine'");
    expect(problems).toContain("status.operationState.phase is 'Done'");
  });
});
