import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runProcess, type ProcessResult } from '../../src/common/process.js';
import { startArgoCdDouble, type ArgoCdDouble } from '../support/argocd/double.js';
import { COMMITS, SCENARIOS, TOKEN } from '../support/argocd/scenarios.js';
import { REPO } from '../support/tools.js';

/** `platformctl argocd sync` as a person runs it: the bundled CLI against the Argo CD double. */
let double: ArgoCdDouble;
beforeAll(async () => {
  double = await startArgoCdDouble({ token: TOKEN, apps: SCENARIOS });
});
afterAll(async () => {
  await double.stop();
  expect(double.violations).toEqual([]);
});

function platformctl(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runProcess(process.execPath, [join(REPO, 'bin', 'platformctl.js'), ...args], {
    env: { ...process.env, ARGOCD_AUTH_TOKEN: '', ...env },
    timeoutMs: 60_000
  });
}

const common = () => ['--server', double.url, '--interval', '20ms', '--revision', COMMITS.next];

describe('platformctl argocd sync', () => {
  it('syncs with the token from ARGOCD_AUTH_TOKEN and prints the outputs', async () => {
    const result = await platformctl(['argocd', 'sync', ...common(), '--application', 'checkout'], {
      ARGOCD_AUTH_TOKEN: TOKEN
    });
    expect(result.stderr).toContain('== Sync checkout to');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      `revision: ${COMMITS.next}\nsync-status: Synced\nhealth-status: Healthy\noperation-phase: Succeeded\nrolled-back: false\n`
    );
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('reports a Degraded application as JSON with the resources at fault, and exits 1', async () => {
    const result = await platformctl([
      'argocd',
      'sync',
      ...common(),
      '--auth-token',
      TOKEN,
      '--application',
      'search',
      '--format',
      'json'
    ]);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      'health-status': 'Degraded',
      failure: "The sync of 'search' failed: health is Degraded after the sync",
      problems: [{ kind: 'Deployment', name: 'search/web', health: 'Degraded' }]
    });
    expect(result.stderr).toContain("platformctl: The sync of 'search' failed");
  });

  it('refuses bad flags before any request, naming each', async () => {
    const before = double.requests.length;
    const result = await platformctl([
      'argocd',
      'sync',
      '--server',
      double.url,
      '--application',
      'carts',
      '--timeout',
      'soon'
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('--auth-token is empty: is required');
    expect(result.stderr).toContain("--timeout is 'soon': must be a duration");
    expect(double.requests.length).toBe(before);
  });

  it('is a usage error without --server or --application', async () => {
    const result = await platformctl(['argocd', 'sync', '--application', 'carts']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('platformctl: argocd sync needs --server');
    expect(result.stderr).toContain('Usage:\n  platformctl argocd sync --server URL');
  });
});
