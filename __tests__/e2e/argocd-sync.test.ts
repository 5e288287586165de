import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import { startArgoCdDouble, type ArgoCdDouble } from '../support/argocd/double.js';
import { COMMITS, SCENARIOS, TOKEN } from '../support/argocd/scenarios.js';
import { makeTestPki } from '../support/argocd/tls.js';
import { freePort } from '../support/servers.js';
import { REPO, tool } from '../support/tools.js';

/**
 * The bundled argocd-sync action, run as a runner runs it, under this Node.js and the Node 24 that
 * action.yml names, against the Argo CD double on loopback. Each runtime gets its own double
 * serving every scenario; every double must end with no schema violations.
 */
const runtimes: [string, () => string][] = [
  ['this Node.js', () => process.execPath],
  ['Node 24 (the runtime action.yml names)', () => tool('node24')]
];

const root = mkdtempSync(join(tmpdir(), 'argocd-sync-e2e-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pki = makeTestPki();
let workspaces = 0;

function workspace(): string {
  const ws = join(root, `ws-${++workspaces}`);
  mkdirSync(ws, { recursive: true });
  writeFileSync(join(ws, 'argocd-ca.pem'), pki.ca);
  return ws;
}

describe.each(runtimes)('argocd-sync under %s', (_label, node) => {
  let double: ArgoCdDouble;
  let tlsDouble: ArgoCdDouble;
  beforeAll(async () => {
    double = await startArgoCdDouble({ token: TOKEN, apps: SCENARIOS });
    tlsDouble = await startArgoCdDouble({
      token: TOKEN,
      apps: SCENARIOS,
      tls: { cert: pki.cert, key: pki.key }
    });
  });
  afterAll(async () => {
    await double.stop();
    await tlsDouble.stop();
    expect(double.violations).toEqual([]);
    expect(tlsDouble.violations).toEqual([]);
  });

  function run(inputs: Record<string, string>, server = double.url): Promise<LocalRunResult> {
    return runLocalAction({
      actionDir: join(REPO, 'actions', 'argocd-sync'),
      inputs: {
        server,
        'auth-token': TOKEN,
        revision: COMMITS.next,
        interval: '20ms',
        'request-timeout': '2s',
        timeout: '30s',
        ...inputs
      },
      node: node(),
      workspace: workspace(),
      timeoutMs: 60_000
    });
  }

  /** The token is masked and appears in no output and nowhere in the summary. */
  function expectTokenKept(result: LocalRunResult): void {
    expect(result.masked).toContain(TOKEN);
    expect(result.summary).not.toContain(TOKEN);
    expect(JSON.stringify(result.outputs)).not.toContain(TOKEN);
  }

  it('syncs through Progressing to Healthy, with outputs and a summary', async () => {
    const result = await run({ application: 'checkout', refresh: 'hard' });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      revision: COMMITS.next,
      'sync-status': 'Synced',
      'health-status': 'Healthy',
      'operation-phase': 'Succeeded',
      'rolled-back': 'false'
    });
    expect(result.summary).toContain('### argocd-sync: `checkout` ✅ Synced and Healthy');
    expect(result.summary).toMatch(/Timings: waited 0\.\d s for an operation already under way/);
    expect(double.requests.find((r) => r.app === 'checkout')?.query).toBe('?refresh=hard');
    expect(double.posts('checkout', 'sync')).toHaveLength(1);
    expectTokenKept(result);
  });

  it('waits for the operation already running and syncs once after it', async () => {
    const result = await run({ application: 'payments' });
    expect(result.exitCode).toBe(0);
    expect(result.log).toContain('An operation is under way, waiting for it: Running since');
    expect(double.posts('payments', 'sync').map((p) => p.status)).toEqual([200]);
  });

  it('fails on a Degraded application, listing the resource and why', async () => {
    const result = await run({ application: 'search' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      "The sync of 'search' failed: health is Degraded after the sync"
    ]);
    expect(result.outputs['health-status']).toBe('Degraded');
    expect(result.summary).toContain('**Resources not healthy (1)**');
    expect(result.summary).toContain(
      '| Deployment | `search/web` | Degraded | Synced | Deployment "web" exceeded its progress deadline'
    );
    expectTokenKept(result);
  });

  it('does not accept a status reconciled before the operation ended', async () => {
    const result = await run({ application: 'orders' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('before the operation finished at');
    expect(result.errors[0]).toContain('health is Degraded');
  });

  it('fails on a failed operation with Argo CD’s message', async () => {
    const result = await run({ application: 'billing' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain(
      'the sync operation ended with phase Failed: one or more objects failed to apply'
    );
    expect(result.outputs['operation-phase']).toBe('Failed');
    expect(result.summary).toContain('sync failed: Ingress.networking.k8s.io "web" is invalid');
  });

  it('fails at the timeout, saying what is still pending', async () => {
    const result = await run({ application: 'reports', timeout: '2s', interval: '100ms' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /timed out after 2\.0s with health is Progressing, not Healthy/
    );
    expect(result.summary).toContain('| Deployment | `reports/web` | Progressing |');
  });

  it('retries reads that answer 502 or time out', async () => {
    const result = await run({ application: 'flaky', 'request-timeout': '300ms' });
    expect(result.exitCode).toBe(0);
    expect(result.log).toContain('HTTP 502: upstream connect error; retrying');
    expect(result.log).toContain('no answer within 300 ms');
    expect(double.posts('flaky', 'sync')).toHaveLength(1);
  });

  it('rolls a failed sync back when asked, and still fails the step', async () => {
    const result = await run({ application: 'inventory', 'rollback-on-failure': 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'rolled-back': 'true', revision: COMMITS.deployed });
    expect(result.errors[0]).toContain(`Rolled back to ${COMMITS.deployed}, which is healthy.`);
    expect(double.posts('inventory', 'rollback').map((p) => p.body)).toEqual([
      { name: 'inventory', id: '2', prune: false, dryRun: false }
    ]);
    expect(result.summary).toContain('#### Rollback');
  });

  it('says an application with automated sync cannot be rolled back', async () => {
    const result = await run({ application: 'catalog', 'rollback-on-failure': 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.errors[0]).toContain('Not rolled back: the application has automated sync');
    expect(double.posts('catalog', 'rollback')).toEqual([]);
  });

  it('trusts the private CA of ca-file over HTTPS', async () => {
    const result = await run(
      { application: 'checkout', 'ca-file': 'argocd-ca.pem' },
      tlsDouble.url
    );
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('refuses an HTTPS server whose certificate it cannot verify', async () => {
    const result = await run({ application: 'payments' }, tlsDouble.url);
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /the TLS certificate of https:\/\/127\.0\.0\.1:\d+ is not trusted .*give the CA that signed it in ca-file\. Nothing was synced\./
    );
    expect(tlsDouble.posts('payments', 'sync')).toEqual([]);
  });

  describe('syncs nothing', () => {
    it('with a bad token (401)', async () => {
      const result = await run({ application: 'carts', 'auth-token': 'stale-token' });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toContain(
        'refused the token (HTTP 401: invalid session: token signature is invalid)'
      );
      expect(result.errors[0]).toContain('Nothing was synced.');
      expect(result.masked).toContain('stale-token');
      expect(double.posts('carts', 'sync')).toEqual([]);
    });

    it('for an unknown application (404)', async () => {
      const result = await run({ application: 'no-such-app' });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toContain(
        'has no application \'no-such-app\' (HTTP 404: applications.argoproj.io "no-such-app" not found)'
      );
      expect(double.requests.filter((r) => r.method === 'POST' && r.app === 'no-such-app')).toEqual(
        []
      );
    });

    it('when the server is unreachable', async () => {
      const port = await freePort();
      const result = await run({ application: 'carts' }, `http://127.0.0.1:${port}`);
      expect(result.exitCode).toBe(1);
      expect(result.errors).toEqual([
        `GET /api/v1/applications/carts?refresh=normal: cannot reach Argo CD at http://127.0.0.1:${port}: connection refused. Nothing was synced.`
      ]);
    });

    it('with bad inputs, all reported at once before any request', async () => {
      // Counted for this app only: a hung request of an earlier test is recorded when answered.
      const carts = () => double.requests.filter((r) => r.app === 'carts').length;
      const before = carts();
      const result = await run({
        application: 'carts',
        server: 'argocd.example.com',
        timeout: 'ten minutes',
        refresh: 'soft',
        'ca-file': 'missing-ca.pem'
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]?.split('\n')).toEqual([
        "Input 'server' is 'argocd.example.com': must be an http:// or https:// URL",
        "Input 'refresh' is 'soft': must be normal or hard",
        "Input 'timeout' is 'ten minutes': must be a duration such as 90s, 10m or 1h30m (the whole wait)",
        expect.stringContaining(
          "Input 'ca-file' is 'missing-ca.pem': no such file"
        ) as unknown as string
      ]);
      expect(carts()).toBe(before);
      expect(result.outputs).toEqual({ 'rolled-back': 'false' });
      expectTokenKept(result);
    });
  });
});
